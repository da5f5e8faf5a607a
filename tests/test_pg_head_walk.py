"""A procurement head walks the whole window on its own PostgreSQL login role.

The demo network gets database roles (``db_roles.setup_roles``, a prefix of its
own: roles are cluster-wide and tests run in parallel) and a procurement head
bound to the organisation with the most participations. It signs in as the
window does (``account_sign_in.sign_in``: a connection of its own role, under
the grants and row-level security), then opens every area, every tab, every
row of the lists (a few of each), the round and lot choices, and the dialogs it
may open. No error may be shown and no exception raised (the server refusing a
query would be one), and no table model nor label may name another member or
customer. The roles are dropped afterwards, also when the test fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from account_builders import PASSWORD, cheap_hashes
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from widget_text import widget_text

from niro_desk import account_sign_in, accounts, db_roles
from niro_desk.app_context import AppContext
from niro_desk.database import Database
from niro_desk.models import Role
from niro_desk.ui.main_window import MainWindow
from niro_desk.users import ensure_user

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROWS_PER_LIST = 3  # rows chosen in each list (the demo has hundreds of members)


@dataclass
class Walk:
    """The head's own database, its organisation, and what must stay hidden from it."""

    db: Database
    login: str
    own_name: str
    hidden_names: list[str]
    errors: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)  # the dialogs walked
    notes: list[str] = field(default_factory=list)  # information and questions shown


@pytest.fixture
def walk(
    request: pytest.FixtureRequest, backend: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Walk]:
    if backend == "sqlite":
        pytest.skip("database roles and row-level security exist only on PostgreSQL")
    demo_db: Database = request.getfixturevalue("demo_db")
    cheap_hashes(monkeypatch)
    prefix = "w" + uuid.uuid4().hex[:8]
    logins = [f"{prefix}.admin", f"{prefix}.head"]
    owner = create_engine(demo_db.url, poolclass=NullPool)
    opened: list[Database] = []
    try:
        with owner.connect() as connection:
            own_id, own_name = connection.execute(
                text(
                    "SELECT o.id, o.name FROM organisation o JOIN participation p"
                    " ON p.organisation_id = o.id GROUP BY o.id, o.name"
                    " ORDER BY count(*) DESC, o.id LIMIT 1"
                )
            ).one()
            hidden = list(
                connection.execute(
                    text(
                        "SELECT name FROM organisation WHERE kind <> 'supplier' AND id <> :own"
                        " AND name <> :name"
                    ),
                    {"own": own_id, "name": own_name},
                ).scalars()
            )
        with demo_db.transaction() as session:
            os_user = ensure_user(session, "os.user")
            accounts.add_user(session, os_user, logins[0], PASSWORD, [Role.ADMIN])
            accounts.add_user(
                session,
                os_user,
                logins[1],
                PASSWORD,
                [Role.PROCUREMENT_HEAD],
                organisation_id=own_id,
            )
            accounts.set_accounts_enabled(session, os_user, True)
        db_roles.setup_roles(owner, prefix)
        signed = account_sign_in.sign_in(demo_db, logins[1], PASSWORD)
        assert signed.outcome.user is not None
        assert signed.db is not demo_db  # its own role's connection
        opened.append(signed.db)
        with signed.db.reading() as session:
            assert session.execute(text("SELECT session_user")).scalar() == logins[1]
        yield Walk(signed.db, logins[1], own_name, hidden)
    finally:
        for database in opened:
            database.dispose()
        db_roles.drop_roles(owner, prefix, logins)
        owner.dispose()


# -- what the window shows ---------------------------------------------------------------------


def _settle(qtbot: QtBot, widget: QWidget) -> None:
    """Let searches and loads off the GUI thread finish."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    loading = [
        w
        for w in [widget, *widget.findChildren(QWidget)]
        if callable(getattr(w, "is_loading", None))
    ]
    for candidate in loading:
        qtbot.waitUntil(lambda c=candidate: not c.is_loading(), timeout=20000)  # type: ignore[misc]
    qtbot.wait(50)


def _visible_views(widget: QWidget) -> list[QAbstractItemView]:
    return [v for v in widget.findChildren(QAbstractItemView) if v.isVisible()]


def _choose_rows(qtbot: QtBot, walk: Walk, widget: QWidget, view: QAbstractItemView) -> None:
    model = view.model()
    if model is None:
        return
    for row in range(min(model.rowCount(), ROWS_PER_LIST)):
        view.setCurrentIndex(model.index(row, 0))
        _settle(qtbot, widget)
        _walk_combos(qtbot, walk, widget)
        walk.seen.append(widget_text(widget))


def _walk_combos(qtbot: QtBot, walk: Walk, widget: QWidget) -> None:
    """The round and lot choices of a tender (the combos that pick what a detail shows)."""
    tender_views = [w for w in widget.findChildren(QWidget) if hasattr(w, "round_choice")]
    for view in tender_views:
        rounds: QComboBox = view.round_choice  # type: ignore[attr-defined]
        lots: QComboBox = view.lot_choice  # type: ignore[attr-defined]
        for index in range(rounds.count()):
            rounds.setCurrentIndex(index)
            for lot in range(lots.count()):
                lots.setCurrentIndex(lot)
                _settle(qtbot, widget)
                walk.seen.append(widget_text(widget))


def _walk_widget(qtbot: QtBot, walk: Walk, widget: QWidget, depth: int = 0) -> None:
    """Every tab of every tab widget, and a few rows of every list that shows."""
    _settle(qtbot, widget)
    walk.seen.append(widget_text(widget))
    walked: set[int] = set()
    for view in _visible_views(widget):
        walked.add(id(view))
        _choose_rows(qtbot, walk, widget, view)
    if depth > 2:
        return
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot, widget)
            walk.seen.append(widget_text(widget))
            for view in _visible_views(tabs.widget(index)):
                if id(view) not in walked:
                    walked.add(id(view))
                    _choose_rows(qtbot, walk, widget, view)


# -- the test ----------------------------------------------------------------------------------
def _catch_errors(monkeypatch: pytest.MonkeyPatch, walk: Walk) -> None:
    """Every message box is recorded instead of shown (none may wait for a click); a
    warning or an error is a failure of the walk, a note or a question is not."""

    def shown(kind: str, into: list[str]):  # type: ignore[no-untyped-def]
        def record(_parent: object, _title: str, message: str, *_args: object) -> object:
            into.append(f"{kind}: {message}")
            return QMessageBox.StandardButton.No

        return record

    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, shown(kind, walk.errors))
    for kind in ("information", "question"):
        monkeypatch.setattr(QMessageBox, kind, shown(kind, walk.notes))


def test_a_procurement_head_walks_every_area_on_its_own_role(
    qtbot: QtBot, walk: Walk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _catch_errors(monkeypatch, walk)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(walk.db, walk.login, "en", demo=True)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for key in window.area_keys():
        area = window.show_area(key)
        _walk_widget(qtbot, walk, area)
    _walk_dialogs(qtbot, walk, window)
    assert walk.errors == []
    assert {"LinesDialog", "HistoryDialog", "SuppliersDialog"} <= set(walk.dialogs), walk.dialogs
    everything = "\n".join(walk.seen)
    assert walk.own_name in everything
    named = [name for name in walk.hidden_names if name in everything]
    assert named == []
    window.close()


def _open_dialogs(qtbot: QtBot, walk: Walk) -> None:
    """Walk and close the dialogs that opened (``open()``, not modal loops)."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]:
        if dialog.isVisible():
            walk.dialogs.append(type(dialog).__name__)
            _walk_widget(qtbot, walk, dialog)
            dialog.reject()
            _settle(qtbot, dialog)


def _click_each(
    qtbot: QtBot, walk: Walk, view: QAbstractItemView, buttons: list[QPushButton]
) -> None:
    """For a few rows of ``view``: every enabled button of ``buttons``, its dialog walked."""
    model = view.model()
    for row in range(min(model.rowCount(), ROWS_PER_LIST)):
        view.setCurrentIndex(model.index(row, 0))
        _settle(qtbot, view)
        for button in buttons:
            if button.isEnabled():
                button.click()
                _open_dialogs(qtbot, walk)


def _walk_dialogs(qtbot: QtBot, walk: Walk, window: MainWindow) -> None:
    """The dialogs a head may open: its own requirements and their history, opting in
    and out of an agreement, the suppliers of the tenders."""
    from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog

    requirements = window.show_area("requirements")
    requirements.tabs.setCurrentWidget(requirements.collections)
    detail = requirements.collections.detail
    _click_each(
        qtbot,
        walk,
        requirements.collections.view,
        [detail.enter_button, detail.history_button],
    )
    agreements = window.show_area("agreements")
    buttons = agreements.detail.buttons
    _click_each(qtbot, walk, agreements.view, [buttons["opt_in"], buttons["opt_out"]])
    suppliers = SuppliersDialog(window.context)
    qtbot.addWidget(suppliers)
    suppliers.show()
    _walk_widget(qtbot, walk, suppliers)
    walk.dialogs.append(type(suppliers).__name__)
    suppliers.reject()


def test_the_change_feed_connects_with_a_password_with_spaces() -> None:
    """The account's own connection carries the typed password, spaces and all (the
    window's look for changes on other PCs failed on it)."""
    from psycopg.conninfo import conninfo_to_dict

    from niro_desk.change_feed import _psycopg_conninfo

    url = account_sign_in.account_url(
        "postgresql+psycopg://postgres@127.0.0.1:5432/pool?sslmode=disable",
        "w1.head",
        "correct horse 'x' @/:",
    )
    assert conninfo_to_dict(_psycopg_conninfo(url)) == {
        "host": "127.0.0.1",
        "port": "5432",
        "dbname": "pool",
        "user": "w1.head",
        "password": "correct horse 'x' @/:",
        "sslmode": "disable",
    }
