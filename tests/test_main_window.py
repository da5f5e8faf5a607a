"""The main window: areas, navigation, status bar, remembered layout; and the app's start-up."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from niro_desk import demo, schema_migrations
from niro_desk.app import prepare_database
from niro_desk.app_context import AppContext
from niro_desk.database import Database, open_database, sqlite_path
from niro_desk.models import Organisation
from niro_desk.ui.main_window import MainWindow

# The offscreen platform says this whenever a top-level window shows; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AREAS = ["start", "members", "requirements", "tenders", "agreements", "suppliers", "reports"]


def make_window(qtbot: QtBot, context: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(context, settings)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_area_through_show_area(
    qtbot: QtBot, demo_context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, demo_context, settings)
    assert window.area_keys() == AREAS
    assert window.navigation.count() == len(AREAS)
    assert window.stack.count() == len(AREAS)
    seen: dict[str, QWidget] = {}
    for row, key in enumerate(AREAS):
        widget = window.show_area(key)
        assert window.navigation.currentRow() == row
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget() is widget
        assert widget.isVisible()
        assert settings.value("main_window/area") == key
        seen[key] = widget
    assert len({id(widget) for widget in seen.values()}) == len(AREAS)
    # A second visit shows the same widget, it is not built again.
    assert window.show_area("members") is seen["members"]
    assert window.stack.count() == len(AREAS)


def test_every_area_through_the_navigation_list(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, context, settings)
    for row in reversed(range(len(AREAS))):
        item = window.navigation.item(row)
        assert item.data(Qt.ItemDataRole.UserRole) == AREAS[row]
        rect = window.navigation.visualItemRect(item)
        assert rect.isValid()
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.navigation.currentRow() == row
        assert window.stack.currentIndex() == row
        current = window.stack.currentWidget()
        assert current.isVisible()
        assert window.show_area(AREAS[row]) is current  # the area's own widget, built once
        assert settings.value("main_window/area") == AREAS[row]


def test_status_bar_shows_database_and_user(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, context, settings)
    shown = window.database_label.text()
    assert shown.startswith("Database: ")
    path = sqlite_path(context.db.url)
    expected = str(path) if path else context.db.engine.url.render_as_string(hide_password=True)
    assert shown.removeprefix("Database: ") == expected  # a SQLite file shows as its path
    assert window.user_label.text() == "User: test.user"
    assert window.database_label.isVisible()
    assert window.user_label.isVisible()


def test_status_bar_hides_the_password(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    # The label shows the context's URL; the engine behind it is the test database.
    with_password = Database("postgresql+psycopg://office:s3cret@db.example:5432/niro", db.engine)
    window = make_window(qtbot, AppContext(with_password, "anna", "en"), settings)
    shown = window.database_label.text()
    assert "s3cret" not in shown
    assert "office:***@db.example:5432/niro" in shown
    assert window.user_label.text() == "User: anna"


def test_title_names_the_demo(
    qtbot: QtBot, context: AppContext, demo_context: AppContext, settings: QSettings
) -> None:
    plain = make_window(qtbot, context, settings)
    demo = make_window(qtbot, demo_context, settings)
    assert plain.windowTitle() == "NIRO Desk"
    assert demo.windowTitle() == "NIRO Desk – Demo network"


def test_reopening_restores_area_and_size(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    first = make_window(qtbot, context, settings)
    assert first.navigation.currentRow() == 0  # nothing saved: the first area
    first.show_area("reports")
    assert first.close()
    assert settings.value("main_window/area") == "reports"

    # A size above the window's minimum that fits the (offscreen) screen is restored exactly.
    second = make_window(qtbot, context, settings)
    assert second.navigation.currentRow() == AREAS.index("reports")
    assert second.stack.currentIndex() == AREAS.index("reports")
    assert second.stack.currentWidget() is second.show_area("reports")
    screen = second.screen().availableGeometry()
    least = second.minimumSizeHint().expandedTo(second.minimumSize())
    wanted = QSize(
        min(max(900, least.width() + 10), screen.width() - 40),
        min(max(600, least.height() + 10), screen.height() - 60),
    )
    second.resize(wanted)
    qtbot.waitUntil(lambda: second.size() == wanted)
    assert second.close()

    third = make_window(qtbot, context, settings)
    assert third.stack.currentIndex() == AREAS.index("reports")
    assert third.size() == wanted  # not the 1280x800 of a first start


def test_reopening_with_a_settings_file_on_disk(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = str(tmp_path / "window.ini")
    first = make_window(qtbot, context, QSettings(path, QSettings.Format.IniFormat))
    first.show_area("reports")
    first.close()
    second = make_window(qtbot, context, QSettings(path, QSettings.Format.IniFormat))
    assert second.stack.currentIndex() == AREAS.index("reports")


def test_unknown_saved_area_falls_back_to_the_first(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    settings.setValue("main_window/area", "area-of-a-newer-version")
    window = make_window(qtbot, context, settings)
    assert window.navigation.currentRow() == 0
    assert window.stack.currentIndex() == 0


def test_back_up_from_the_file_menu(
    qtbot: QtBot,
    context: AppContext,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "menu-backup.sqlite3"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(target), ""),
    )
    window = make_window(qtbot, context, settings)
    actions = {action.text(): action for action in window.menuBar().actions()}
    file_menu = actions["&File"].menu()
    backup = next(a for a in file_menu.actions() if a.text() == "&Back up database…")
    # The backup runs on a pool thread, and Python's garbage collector runs in whichever
    # thread allocates: freeing Qt objects left over from earlier tests there crashes the
    # process. The app has the same exposure until it collects on the GUI thread only (as
    # Anki's aqt does); here automatic collection is paused while the worker runs.
    gc.collect()
    gc.disable()
    try:
        backup.trigger()
        qtbot.waitUntil(
            lambda: "Backup written to" in window.statusBar().currentMessage(), timeout=10_000
        )
    finally:
        gc.enable()
    assert str(target) in window.statusBar().currentMessage()
    assert target.is_file()


def test_navigation_stays_put_on_a_click_outside_the_items(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, context, settings)
    window.show_area("suppliers")
    viewport = window.navigation.viewport()
    below_items = QPoint(5, viewport.height() - 2)
    assert window.navigation.itemAt(below_items) is None
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=below_items)
    assert window.stack.currentIndex() == AREAS.index("suppliers")


# -- start-up ---------------------------------------------------------------------------------
def _organisation_count(url: str) -> int:
    db = open_database(url)
    try:
        with db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(Organisation)) or 0)
    finally:
        db.dispose()


def test_prepare_database_migrates_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "niro_desk.sqlite3"
    db = prepare_database(f"sqlite:///{path}", demo=False, user_login="test.user")
    try:
        assert path.is_file()
        assert schema_migrations.check(db).ok
        assert demo.is_empty(db)
    finally:
        db.dispose()
    assert sorted(p.name for p in path.parent.iterdir() if "before-upgrade" in p.name) == []


def test_prepare_database_fills_the_demo_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'niro_desk_demo.sqlite3'}"
    db = prepare_database(url, demo=True, user_login="test.user")
    try:
        assert schema_migrations.check(db).ok
        assert not demo.is_empty(db)
    finally:
        db.dispose()
    filled = _organisation_count(url)
    assert filled > 0

    again = prepare_database(url, demo=True, user_login="test.user")
    again.dispose()
    assert _organisation_count(url) == filled
    assert not list(tmp_path.glob("*before-upgrade*"))  # already at head: no copy


def test_every_area_fits_a_1280_pixel_screen(
    qtbot: QtBot, demo_context: AppContext, settings: QSettings
) -> None:
    """A laptop's 1280 pixels hold every area filled with the demo network, nothing cut off."""
    window = make_window(qtbot, demo_context, settings)
    for key in AREAS:
        area = window.show_area(key)
        qtbot.wait(10)  # layouts, lazily built tabs
        assert area.minimumSizeHint().width() <= 1280 - window.navigation.width(), key
    assert window.minimumSizeHint().width() <= 1280
    window.resize(1280, 800)
    for key in AREAS:  # at that size no button or check box has its text cut
        area = window.show_area(key)
        qtbot.wait(10)
        cut = [
            (type(widget).__name__, widget.text())
            for kind in (QCheckBox, QPushButton)
            for widget in area.findChildren(kind)
            if widget.isVisible() and widget.width() < widget.sizeHint().width()
        ]
        assert cut == [], key
