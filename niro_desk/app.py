"""Start-up of the desktop app, in explicit logged phases.

config → Qt application and translations → main window shown → (after its first
paint, off the GUI thread) database, migrations and demo data → the current
area filled. SQLAlchemy, the models and the areas are imported only in the
last phase, so the window shows after little more than Qt's own start-up; a
database that cannot be opened is explained in a dialog that offers a way on
(``ui/database_opening.py``), the window never vanishes. Nothing happens at
import time.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from niro_desk import APP_NAME, config, log_file
from niro_desk.gc_tuning import settle_start_up, thaw_start_up
from niro_desk.i18n import choose_language, install_translators, remove_translators
from niro_desk.ui.app_font import ensure_readable_font
from niro_desk.users import os_login

if TYPE_CHECKING:
    from niro_desk.database import Database
    from niro_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
FILLED_POLL_MS = 5
FILLED_TIMEOUT_S = 60.0
# Imported by the worker that opens the database, while the window is already shown.
WARM_UP_MODULES = ("niro_desk.app_context", "niro_desk.ui.members.members_area")
# what the area the window opens on needs, imported off the GUI thread with the database
# (the start page needs neither the members area nor its detail panel: 0.2–0.4 s of imports)
FIRST_AREA_MODULES = {
    "start": ("niro_desk.app_context", "niro_desk.ui.start.start_page"),
    "members": WARM_UP_MODULES,
    "suppliers": WARM_UP_MODULES,
}


@dataclass
class StartOptions:
    database_url: str | None = None
    demo: bool = False
    language: str | None = None
    # For benchmarks/startup.py: quit at the first paint ("shown") or once the list of the
    # current area has rows ("filled").
    quit_after: str | None = None


def app_settings() -> QSettings:
    """The app's settings file, in the data folder next to the default database."""
    path = config.data_dir() / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def _is_empty(db: Database) -> bool:
    """``niro_desk.demo.is_empty`` without importing the demo (and procurement) modules."""
    from sqlalchemy import select

    from niro_desk.models import Organisation

    with db.reading() as session:
        return session.scalar(select(Organisation.id).limit(1)) is None


def prepare_database(url: str, demo: bool, user_login: str) -> Database:
    """Open (``DatabaseUnavailable`` when that fails), migrate and (for the demo) fill."""
    from niro_desk import schema_migrations
    from niro_desk.database_problems import open_checked

    db = open_checked(url)
    try:
        backup = schema_migrations.upgrade(db)
        if backup is not None:
            log.info("the database was upgraded; the old version is kept in %s", backup)
        if demo and _is_empty(db):
            from niro_desk.demo import fill  # 0.6 s of imports: only to write the network

            log.info("filling the demo network")
            fill(db, user_login)
    except BaseException:
        db.dispose()
        raise
    return db


def open_for_window(
    url: str, demo: bool, user_login: str, modules: Sequence[str] = WARM_UP_MODULES
) -> Database:
    """``prepare_database``, then the imports the first area needs (runs off the GUI thread)."""
    db = prepare_database(url, demo, user_login)
    for module in modules:
        importlib.import_module(module)
    return db


def run_gui(options: StartOptions) -> int:
    started = time.perf_counter()
    log.info("phase 1: configuration")
    choice = config.choose_database(options.database_url, options.demo)
    demo_url = config.choose_database(None, True).url

    log.info("phase 2: Qt application and translations")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NIRO")
    ensure_readable_font(app)
    settings = app_settings()
    saved_language = settings.value("language")
    language = choose_language(
        options.language, saved_language if isinstance(saved_language, str) else None
    )
    translators = install_translators(app, language)

    log.info("phase 3: main window")
    from niro_desk.ui.database_opening import DatabaseOpening
    from niro_desk.ui.garbage_collector import GarbageCollector
    from niro_desk.ui.main_window import MainWindow

    user_login = os_login()
    window = MainWindow(None, settings, user_login=user_login, language=language, demo=options.demo)
    collector = GarbageCollector(app)
    first_area = window.area_keys()[max(window.navigation.currentRow(), 0)]
    first_area_modules = FIRST_AREA_MODULES.get(first_area, ("niro_desk.app_context",))
    opening = DatabaseOpening(
        window,
        choice.url,
        options.demo,
        demo_url,
        lambda url, demo: open_for_window(url, demo, user_login, first_area_modules),
        log_file.current_path(),
    )
    outcome = {"exit": 0}

    def finish(code: int) -> None:
        outcome["exit"] = code
        window.close()
        app.exit(code)

    def shown() -> None:
        log.info("main window shown after %.2f s", time.perf_counter() - started)
        if options.quit_after == "shown":
            QTimer.singleShot(0, lambda: finish(0))
            return
        log.info("phase 4: database %s (%s)", _shown_url(choice.url), choice.source)
        QTimer.singleShot(0, opening.start)  # out of the paint event

    def opened(db: Database, demo: bool) -> None:
        from niro_desk.app_context import AppContext

        log.info("database open after %.2f s", time.perf_counter() - started)
        log.info("%d objects of start-up left out of garbage collection", settle_start_up())
        window.attach(AppContext(db, user_login, language, demo=demo))
        databases.append(db)
        when_filled(window, filled)

    def filled() -> None:
        log.info("list filled after %.2f s", time.perf_counter() - started)
        if options.quit_after == "filled":
            QTimer.singleShot(0, lambda: finish(0))

    def gave_up() -> None:
        log.info("no database: quitting")
        finish(2)

    databases: list[Database] = []
    window.first_painted.connect(shown)
    opening.opened.connect(opened)
    opening.gave_up.connect(gave_up)
    window.show()
    exit_code = app.exec()
    # The window closing inside exec() posted a Quit event that exec() did not get to; left
    # queued it would end the next event loop of this process (run_gui may run in-process).
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    settings.sync()  # written now: the process may end without Qt's teardown (cli.entry)
    # A database still being opened when the window closed: let the worker finish first.
    QThreadPool.globalInstance().waitForDone()
    collector.stop()
    remove_translators(app, translators)  # run_gui may run in-process (tests)
    if window.context is not None and window.context.db not in databases:
        databases.append(window.context.db)  # the account's own, after a shared sign-in
    for db in databases:
        db.dispose()
    thaw_start_up()  # run_gui may run in-process (tests)
    return outcome["exit"] or int(exit_code)


def when_filled(window: MainWindow, then: Callable[[], None]) -> None:
    """Call ``then()`` once the current area is built and its list (if any) has rows or,
    for the start page, its agenda is loaded."""
    from PySide6.QtWidgets import QAbstractItemView

    deadline = time.perf_counter() + FILLED_TIMEOUT_S
    timer = QTimer(window)

    def check() -> None:
        area = window.stack.currentWidget()
        view = area.findChild(QAbstractItemView, "directoryView") if area else None
        built = area is not None and area.objectName() != "openingLabel"
        has_rows = view is None or view.model().rowCount() > 0
        loading = getattr(area, "is_loading", None)  # the start page loads off the UI thread
        has_rows = has_rows and not (callable(loading) and loading())
        if (built and has_rows) or time.perf_counter() > deadline:
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(check)
    timer.start(FILLED_POLL_MS)
    check()


def _shown_url(url: str) -> str:
    from niro_desk.database_problems import mask_password

    return mask_password(url)
