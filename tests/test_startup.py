"""Start-up: the window shows first, then opens the database; when that fails, it asks.

The window never vanishes: a database that cannot be opened is explained in a
dialog (words, "Show Details…", the log file) that offers to try again, to
choose another database, to open the demo, or to quit. Driven through the real
widgets with pytest-qt, on real failures (a garbage file, a closed port).
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLabel, QTextEdit
from pytestqt.qtbot import QtBot

from niro_desk import cli, log_file
from niro_desk.app import open_for_window
from niro_desk.app_context import AppContext
from niro_desk.database import sqlite_path
from niro_desk.database_problems import DatabaseUnavailable, ProblemKind, open_checked
from niro_desk.ui.database_opening import DatabaseOpening
from niro_desk.ui.database_problem_dialog import (
    Answer,
    DatabaseProblemDialog,
    OtherDatabaseDialog,
)
from niro_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNREACHABLE = "postgresql+psycopg://office:s3cret@127.0.0.1:1/niro"
LOGIN = "test.user"


def garbage_url(folder: Path) -> str:
    path = folder / "Mitglieder.sqlite3"
    path.write_bytes(b"Vorname;Nachname;Firma\n" * 300)
    return f"sqlite:///{path}"


def problem_for(url: str):  # type: ignore[no-untyped-def]
    with pytest.raises(DatabaseUnavailable) as raised:
        open_checked(url)
    return raised.value.problem


def shell(qtbot: QtBot, settings: QSettings, demo: bool = False) -> MainWindow:
    window = MainWindow(None, settings, user_login=LOGIN, language="en", demo=demo)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def opening_for(window: MainWindow, url: str, demo_url: str) -> DatabaseOpening:
    return DatabaseOpening(
        window,
        url,
        False,
        demo_url,
        lambda chosen, demo: open_for_window(chosen, demo, LOGIN),
        Path("/var/log/niro-desk.log"),
    )


def next_problem(
    qtbot: QtBot, opening: DatabaseOpening, seen: list[object]
) -> DatabaseProblemDialog:
    """The problem dialog shown after the ones in ``seen``."""

    def shown() -> bool:
        dialog = opening.dialog
        return (
            isinstance(dialog, DatabaseProblemDialog) and dialog not in seen and dialog.isVisible()
        )

    qtbot.waitUntil(shown, timeout=20_000)
    dialog = opening.dialog
    assert isinstance(dialog, DatabaseProblemDialog)
    seen.append(dialog)
    return dialog


def attach_when_opened(window: MainWindow, opening: DatabaseOpening, opened: list[object]) -> None:
    def attach(db, demo: bool) -> None:  # type: ignore[no-untyped-def]
        opened.append(db)
        window.attach(AppContext(db, LOGIN, "en", demo=demo))

    opening.opened.connect(attach)


def directory_rows(window: MainWindow) -> int:
    """The members list's rows once the database is open (the window lands on the start page)."""
    if window.context is None:
        return -1
    view = window.show_area("members").findChild(QAbstractItemView, "directoryView")
    return view.model().rowCount() if view is not None else -1


def sqlite_copy(url: str, target: Path) -> str:
    source = sqlite_path(url)
    assert source is not None
    shutil.copyfile(source, target)
    return f"sqlite:///{target}"


# -- the window comes first -------------------------------------------------------------------
def test_the_window_needs_no_database_code_to_show() -> None:
    """What runs before the first paint imports no SQLAlchemy, models, Alembic, areas, Excel."""
    probe = (
        "import sys\n"
        "import niro_desk.cli, niro_desk.app, niro_desk.i18n, niro_desk.log_file\n"
        "import niro_desk.ui.main_window, niro_desk.ui.database_opening\n"
        "import niro_desk.ui.garbage_collector\n"
        "heavy = ('sqlalchemy', 'alembic', 'openpyxl', 'babel', 'reportlab', 'niro_desk.models',"
        " 'niro_desk.database', 'niro_desk.ui.members', 'niro_desk.membership')\n"
        "loaded = [m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy)]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_members_list_imports_no_dialog() -> None:
    """The members area (list, detail panel, tabs) imports its dialogs when they are opened."""
    probe = (
        "import sys\n"
        "import niro_desk.ui.main_window\n"
        "import niro_desk.ui.members.members_area\n"
        "heavy = ('openpyxl', 'reportlab', 'phonenumbers', 'niro_desk.membership.member_import',"
        " 'niro_desk.membership.member_export', 'niro_desk.procurement')\n"
        "loaded = [m for m in sys.modules if m.endswith('_dialog')"
        " or any(m == h or m.startswith(h + '.') for h in heavy)]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_shell_before_the_database_is_open(
    qtbot: QtBot, settings: QSettings, demo_context: AppContext
) -> None:
    window = MainWindow(None, settings, user_login="anna", language="en")
    qtbot.add_widget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    assert window.windowTitle() == "NIRO Desk"
    assert window.database_label.text() == "Opening the database…"
    assert window.user_label.text() == "User: anna"
    assert not window.backup_action.isEnabled()
    for row in range(window.navigation.count()):  # every area waits, none is built yet
        window.navigation.setCurrentRow(row)
        label = window.stack.currentWidget()
        assert isinstance(label, QLabel) and label.text() == "Opening the database…"
    window.navigation.setCurrentRow(0)

    window.attach(demo_context)
    assert window.windowTitle() == "NIRO Desk – Demo network"
    assert window.database_label.text().startswith("Database: ")
    assert window.backup_action.isEnabled()
    start = window.stack.currentWidget()  # the start page, its agenda loading off the UI thread
    assert start.objectName() == "startPage"
    qtbot.waitUntil(lambda: not start.is_loading(), timeout=20_000)
    assert directory_rows(window) > 0  # the members list is filled
    assert window.show_area("members") is window.stack.currentWidget()


# -- the dialog -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("button", "answer"),
    [
        ("retry_button", Answer.RETRY),
        ("other_button", Answer.OTHER),
        ("demo_button", Answer.DEMO),
        ("quit_button", Answer.QUIT),
    ],
)
def test_problem_dialog_buttons(qtbot: QtBot, tmp_path: Path, button: str, answer: Answer) -> None:
    dialog = DatabaseProblemDialog(problem_for(garbage_url(tmp_path)), tmp_path / "niro-desk.log")
    qtbot.add_widget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert chosen.args == [answer]
    assert not dialog.isVisible()


def test_problem_dialog_says_what_and_hides_the_detail(qtbot: QtBot, tmp_path: Path) -> None:
    url = garbage_url(tmp_path)
    log = tmp_path / "niro-desk.log"
    dialog = DatabaseProblemDialog(problem_for(url), log)
    qtbot.add_widget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    words = dialog.informativeText()
    assert words.startswith(f"The file {sqlite_path(url)} is not a NIRO Desk database")
    assert f"The details are also written to {log}." in words
    assert "file is not a database" not in words  # the technical words are behind Details
    buttons = (dialog.retry_button, dialog.other_button, dialog.demo_button, dialog.quit_button)
    assert [button.text() for button in buttons] == [
        "Try again",
        "Choose another database…",
        "Open the demo",
        "Quit",
    ]
    assert dialog.defaultButton() is dialog.retry_button
    assert dialog.escapeButton() is dialog.quit_button

    details = dialog.details_button()
    assert details is not None and details.isVisible()
    detail_view = dialog.findChild(QTextEdit)
    assert detail_view is not None and not detail_view.isVisible()
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    assert detail_view.isVisible()
    assert "sqlite3.DatabaseError: file is not a database" in detail_view.toPlainText()
    assert f"Log file: {log}" in detail_view.toPlainText()


def test_other_database_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = OtherDatabaseDialog(UNREACHABLE)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert dialog.address_edit.text() == ""  # an address with a password is not shown again
    assert not open_button.isEnabled()

    qtbot.keyClicks(dialog.address_edit, "postgresql+psycopg://anna@db.office/niro")
    assert open_button.isEnabled()
    assert dialog.url() == "postgresql+psycopg://anna@db.office/niro"

    chosen = tmp_path / "Büro" / "niro_desk.sqlite3"
    monkeypatch.setattr(
        "niro_desk.ui.database_problem_dialog.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(chosen), ""),
    )
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.url() == f"sqlite:///{chosen}"
    dialog.address_edit.setText("~/niro.sqlite3")  # a typed path becomes a file URL
    assert dialog.url() == f"sqlite:///{Path.home() / 'niro.sqlite3'}"


# -- the whole way: fails, asks, goes on ------------------------------------------------------
@pytest.mark.parametrize("backend", ["sqlite"])
def test_try_again_after_the_file_was_put_right(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, demo_database_url: str
) -> None:
    url = garbage_url(tmp_path)
    window = shell(qtbot, settings)
    opening = opening_for(window, url, demo_url="sqlite:///unused.sqlite3")
    opened: list[object] = []
    attach_when_opened(window, opening, opened)
    seen: list[object] = []
    opening.start()
    first = next_problem(qtbot, opening, seen)
    assert first.problem.kind is ProblemKind.NOT_A_DATABASE
    assert window.isVisible()  # the window does not vanish

    qtbot.mouseClick(first.retry_button, Qt.MouseButton.LeftButton)  # still garbage
    second = next_problem(qtbot, opening, seen)
    assert second.problem.kind is ProblemKind.NOT_A_DATABASE

    sqlite_copy(demo_database_url, Path(str(sqlite_path(url))))  # the office restores the file
    qtbot.mouseClick(second.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory_rows(window) > 0, timeout=20_000)
    assert len(opened) == 1
    assert window.windowTitle() == "NIRO Desk"
    assert str(sqlite_path(url)) in window.database_label.text()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_choose_another_database(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, demo_database_url: str
) -> None:
    good = sqlite_copy(demo_database_url, tmp_path / "Kopie.sqlite3")
    window = shell(qtbot, settings)
    opening = opening_for(window, UNREACHABLE, demo_url="sqlite:///unused.sqlite3")
    opened: list[object] = []
    attach_when_opened(window, opening, opened)
    seen: list[object] = []
    opening.start()
    problem = next_problem(qtbot, opening, seen)
    assert problem.problem.kind is ProblemKind.SERVER_UNREACHABLE
    assert "127.0.0.1:1 cannot be reached" in problem.informativeText()

    # Cancelled: the question comes back (without trying the server again).
    qtbot.mouseClick(problem.other_button, Qt.MouseButton.LeftButton)
    other = opening.dialog
    assert isinstance(other, OtherDatabaseDialog) and other.isVisible()
    other.reject()
    again = next_problem(qtbot, opening, seen)
    assert again.problem is problem.problem

    qtbot.mouseClick(again.other_button, Qt.MouseButton.LeftButton)
    other = opening.dialog
    assert isinstance(other, OtherDatabaseDialog)
    other.address_edit.setText(str(sqlite_path(good)))
    qtbot.mouseClick(
        other.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: directory_rows(window) > 0, timeout=20_000)
    assert "Kopie.sqlite3" in window.database_label.text()
    assert window.windowTitle() == "NIRO Desk"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_open_the_demo_instead(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, demo_database_url: str
) -> None:
    window = shell(qtbot, settings)
    opening = opening_for(window, garbage_url(tmp_path), demo_url=demo_database_url)
    opened: list[object] = []
    attach_when_opened(window, opening, opened)
    opening.start()
    problem = next_problem(qtbot, opening, [])
    qtbot.mouseClick(problem.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory_rows(window) > 0, timeout=20_000)
    assert window.windowTitle() == "NIRO Desk – Demo network"


def test_quit(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> None:
    window = shell(qtbot, settings)
    opening = opening_for(window, garbage_url(tmp_path), demo_url="sqlite:///unused.sqlite3")
    opening.start()
    problem = next_problem(qtbot, opening, [])
    with qtbot.waitSignal(opening.gave_up):
        qtbot.mouseClick(problem.quit_button, Qt.MouseButton.LeftButton)


# -- run_gui through the command ---------------------------------------------------------------
def answer_when_asked(button: str, seen: list[str], window_visible: list[bool]) -> None:
    """Poll for the problem dialog, note what it says, then press ``button``."""

    def poll() -> None:
        dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, DatabaseProblemDialog) and widget.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, poll)
            return
        dialog = dialogs[0]
        seen.append(dialog.informativeText())
        parent = dialog.parentWidget()
        window_visible.append(parent is not None and parent.isVisible())
        getattr(dialog, button).click()

    QTimer.singleShot(20, poll)


@pytest.mark.own_process
def test_the_app_asks_instead_of_vanishing(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(data))
    url = garbage_url(tmp_path)
    seen: list[str] = []
    window_visible: list[bool] = []
    answer_when_asked("quit_button", seen, window_visible)
    code = cli.main(["--database", url, "--lang", "en"])
    assert code == 2
    assert window_visible == [True]
    assert len(seen) == 1 and "is not a NIRO Desk database" in seen[0]
    assert f"The details are also written to {data / 'niro-desk.log'}." in seen[0]
    logged = log_file.log_path(data).read_text(encoding="utf-8")
    assert "file is not a database" in logged and "Traceback" in logged


@pytest.mark.own_process
@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_app_shows_the_window_then_fills_the_list(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    demo_database_url: str,
) -> None:
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(tmp_path / "data"))
    caplog.set_level(logging.INFO, logger="niro_desk")
    code = cli.main(["--database", demo_database_url, "--lang", "en", "--quit-after", "filled"])
    assert code == 0
    said = [record.getMessage() for record in caplog.records if record.name == "niro_desk.app"]
    shown = next(i for i, text in enumerate(said) if text.startswith("main window shown after"))
    opened = next(i for i, text in enumerate(said) if text.startswith("database open after"))
    filled = next(i for i, text in enumerate(said) if text.startswith("list filled after"))
    assert shown < opened < filled
    frozen = next(text for text in said if text.endswith("left out of garbage collection"))
    assert int(frozen.split()[0]) > 10_000  # the imports, mappers and widgets of start-up
    assert gc.get_freeze_count() == 0  # thawed again: this process goes on


def test_the_process_ends_at_once_with_its_work_kept(
    tmp_path: Path, demo_database_url: str
) -> None:
    """``python -m niro_desk`` ends through ``cli.entry`` (no interpreter teardown): the exit
    code, the log file, the settings and what the commands print are all there."""
    data = tmp_path / "data"
    environment = {**os.environ, "NIRO_DESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    base = [sys.executable, "-m", "niro_desk", "--database", demo_database_url, "--lang", "en"]
    window = subprocess.run(
        [*base, "--quit-after", "filled"], env=environment, capture_output=True, text=True
    )
    assert window.returncode == 0, window.stderr
    logged = log_file.log_path(data).read_text(encoding="utf-8")
    assert "list filled after" in logged
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("main_window/geometry") is not None  # synced before the fast end

    check = subprocess.run([*base, "db", "check"], env=environment, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip()  # printed and flushed before os._exit
    wrong = subprocess.run(
        [*base, "agreement", "summary", "999999", "-o", str(tmp_path / "summary.pdf")],
        env=environment,
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == 1, wrong.stderr
    assert "niro-desk: error:" in wrong.stderr


def test_the_log_file_is_rotated_when_large(tmp_path: Path) -> None:
    log = log_file.log_path(tmp_path)
    log.write_bytes(b"x" * (log_file.MAX_BYTES + 1))
    (tmp_path / "niro-desk.log.1").write_text("older", encoding="utf-8")
    handler = log_file.install(tmp_path, create_folder=False)
    try:
        logging.getLogger("niro_desk").warning("after the rotation")
    finally:
        log_file.uninstall(handler)
    assert "after the rotation" in log.read_text(encoding="utf-8")
    assert (tmp_path / "niro-desk.log.1").stat().st_size == log_file.MAX_BYTES + 1
    assert (tmp_path / "niro-desk.log.2").read_text(encoding="utf-8") == "older"
