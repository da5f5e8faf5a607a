"""Start-up of the desktop app, in explicit logged phases.

config → Qt application and translations → database and migrations →
demo data (when asked) → main window. Nothing happens at import time.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from niro_desk import APP_NAME, config, schema_migrations
from niro_desk.app_context import AppContext
from niro_desk.database import Database, open_database
from niro_desk.errors import NiroDeskError
from niro_desk.i18n import choose_language, install_translators
from niro_desk.messages import render_error
from niro_desk.ui.app_font import ensure_readable_font
from niro_desk.users import os_login

log = logging.getLogger(__name__)


@dataclass
class StartOptions:
    database_url: str | None = None
    demo: bool = False
    language: str | None = None
    quit_after_show: bool = False


def app_settings() -> QSettings:
    """The app's settings file, in the data folder next to the default database."""
    path = config.data_dir() / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def prepare_database(url: str, demo: bool, user_login: str) -> Database:
    """Open, migrate and (for the demo) fill the database."""
    db = open_database(url)
    backup = schema_migrations.upgrade(db)
    if backup is not None:
        log.info("the database was upgraded; the old version is kept in %s", backup)
    if demo:
        from niro_desk import demo_network

    if demo and demo_network.is_empty(db):
        log.info("filling the demo network")
        demo_network.fill(db, user_login)
    return db


def run_gui(options: StartOptions) -> int:
    started = time.perf_counter()
    log.info("phase 1: configuration")
    choice = config.choose_database(options.database_url, options.demo)

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

    log.info("phase 3: database %s (%s)", choice.url, choice.source)
    user_login = os_login()
    try:
        db = prepare_database(choice.url, options.demo, user_login)
    except NiroDeskError as error:
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, APP_NAME, render_error(error))
        return 2

    log.info("phase 4: main window")
    from niro_desk.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, user_login, language, demo=options.demo), settings)
    from niro_desk.ui.garbage_collector import GarbageCollector

    collector = GarbageCollector(app)
    window.show()
    log.info("main window shown after %.2f s", time.perf_counter() - started)
    if options.quit_after_show:
        QTimer.singleShot(0, window.close)
    exit_code = app.exec()
    collector.stop()
    del translators
    db.dispose()
    return int(exit_code)
