"""The main window: navigation between the areas, status bar, menus, remembered layout.

It can show before the database is open (``MainWindow(None, settings, ...)``):
navigation, menus and layout come up at once, the areas say "Opening the
database…", and ``attach(context)`` builds the current area once the database
is open. Nothing here imports SQLAlchemy, the models or an area at module level,
so the window shows after little more than Qt's own start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# Nothing here touches PySide6's ``Qt`` namespace or QStyle before the first paint: each
# costs a tenth of a bare window's start-up the first time it is used.
from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from niro_desk import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from niro_desk import db_backup
    from niro_desk.app_context import AppContext
    from niro_desk.change_feed import Change
    from niro_desk.database import Database
    from niro_desk.ui.change_watcher import ChangeWatcher

AREA_KEY_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the navigation item's area key
#: the area that shows each kind of record the start page refers to (``RecordRef``)
RECORD_AREAS = {
    "agreement": "agreements",
    "organisation": "suppliers",
    "collection": "requirements",
    "tender": "tenders",
}


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen area on the right."""

    first_painted = Signal()
    #: a record to show (a ``procurement.office_agenda.RecordRef``), after switching to its area
    record_requested = Signal(object)
    splitter_warm_up_ms = 5_000

    def __init__(
        self,
        context: AppContext | None,
        settings: QSettings,
        *,
        user_login: str = "",
        language: str = "en",
        demo: bool = False,
    ) -> None:
        """With ``context`` None the window waits for ``attach``; the keywords say what
        it shows meanwhile (with a context, they come from the context)."""
        super().__init__()
        self.context = context
        self.settings = settings
        if context is not None:
            user_login, language, demo = context.user_login, context.language, context.demo
        self.user_login = user_login
        self.language = language
        self._painted = False
        self._awaiting_sign_in = False  # no data is shown until the account signed in
        self.change_watcher: ChangeWatcher | None = None
        self._set_title(demo)
        self.setObjectName("mainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.areas = self._areas()
        self._area_widgets: dict[str, QWidget] = {}
        for area in self.areas:  # the icons follow the first paint (_after_first_paint)
            item = QListWidgetItem(area.title)
            item.setData(AREA_KEY_ROLE, area.key)
            self.navigation.addItem(item)
            self.stack.addWidget(self._opening_label())  # built on first visit
        self.navigation.currentRowChanged.connect(self._show_area)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        if context is not None:
            self._show_permitted_actions()
            self._watch_other_pcs(context)

    def _set_title(self, demo: bool) -> None:
        self.setWindowTitle(APP_NAME + (" – " + self.tr("Demo network") if demo else ""))

    def _opening_label(self) -> QWidget:
        label = QLabel(self.tr("Opening the database…"))
        label.setObjectName("openingLabel")
        label.setMargin(24)
        return label

    def attach(self, context: AppContext) -> None:
        """The database is open: show it in the status bar, ask to sign in when accounts are
        on, then build the current area."""
        self.context = context
        self._set_title(context.demo)
        self._show_database()
        if self._accounts_on(context):
            self._awaiting_sign_in = True
            self._ask_to_sign_in(context)
            return
        self._signed_in(context)

    def _accounts_on(self, context: AppContext) -> bool:
        from niro_desk.permissions import accounts_enabled

        with context.db.reading() as session:
            return accounts_enabled(session)

    def _ask_to_sign_in(self, context: AppContext) -> None:
        """The sign-in dialog; the account becomes the acting user, Cancel closes the window."""
        from niro_desk.ui.accounts.sign_in_dialog import SignInDialog

        dialog = SignInDialog(context.db, context.user_login, self)
        dialog.accepted.connect(lambda: self._signed_in(context, dialog.login, dialog.database))
        dialog.rejected.connect(self.close)
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in(
        self, context: AppContext, login: str | None = None, database: Database | None = None
    ) -> None:
        """Show the data: as ``login`` when one signed in, through ``database`` when the
        sign-in connected as the account (a shared PostgreSQL database)."""
        if database is not None and database is not context.db:
            previous, context.db = context.db, database
            previous.dispose()  # the connection before sign-in is not used again
            self._show_database()
        self._awaiting_sign_in = False
        if login:
            self._act_as(login)
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(True)
        self._show_permitted_actions()
        self._show_area(self.navigation.currentRow())
        self._watch_other_pcs(context)

    def _act_as(self, login: str) -> None:
        assert self.context is not None
        self.context.act_as(login)
        self.user_login = login
        self.user_label.setText(self.tr("User: %1").replace("%1", login))

    def _show_permitted_actions(self) -> None:
        """Menu entries the acting user's roles allow (everyone's while accounts are off)."""
        from niro_desk.permissions import Permission, allowed

        assert self.context is not None
        with self.context.db.reading() as session:
            user = self.context.acting_user(session)
            self.audit_log_action.setVisible(allowed(session, user, Permission.VIEW_AUDIT_LOG))
            self.accounts_action.setVisible(allowed(session, user, Permission.MANAGE_ACCOUNTS))

    def _watch_other_pcs(self, context: AppContext) -> None:
        """Changes saved on other office PCs show up without F5."""
        from niro_desk.ui.change_watcher import ChangeWatcher

        if self.change_watcher is not None:
            self.change_watcher.stop()
        self.change_watcher = ChangeWatcher(context.db, self)
        self.change_watcher.changed.connect(self._notice_changes)
        self.change_watcher.start()

    def _notice_changes(self, change: Change) -> None:
        for widget in self._area_widgets.values():
            notice = getattr(widget, "notice_changes", None)
            if callable(notice):
                notice(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The navigation's icons and the Quit shortcut, right after the first paint: Qt's
        styles and the enums of the ``Qt`` namespace take a fifth of a bare window's start-up
        to load (``benchmarks/startup.py``)."""
        if not self.isVisible():  # closed at once (benchmarks/startup.py)
            return
        from PySide6.QtWidgets import QStyle

        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        pixmap = QStyle.StandardPixmap
        icons = [
            pixmap.SP_DesktopIcon,
            pixmap.SP_DirHomeIcon,
            pixmap.SP_FileDialogDetailedView,
            pixmap.SP_FileDialogContentsView,
            pixmap.SP_DialogApplyButton,
            pixmap.SP_DriveNetIcon,
            pixmap.SP_FileDialogInfoView,
        ]
        for row in range(self.navigation.count()):
            icon = self.style().standardIcon(icons[row % len(icons)])
            self.navigation.item(row).setIcon(icon)
        QTimer.singleShot(self.splitter_warm_up_ms, self, self._warm_up_splitter)

    def _warm_up_splitter(self) -> None:
        """The competitor check's compound splitter, off the UI thread: on Python 3.11 its
        first load on a computer builds an n-gram store (seconds of CPU). A few seconds
        after the first paint, so the database and the members list come first."""
        from niro_desk.membership.compound_splitter import prepare_in_background

        prepare_in_background()

    # -- areas -------------------------------------------------------------------------------
    def _tenders_area(self) -> QWidget:
        from niro_desk.ui.tenders.tenders_area import TendersArea  # built when first shown

        return TendersArea(self.context)

    def _agreements_area(self) -> QWidget:
        from niro_desk.ui.agreements.agreements_area import AgreementsArea  # built when shown

        assert self.context is not None
        return AgreementsArea(self.context)

    def _reports_area(self) -> QWidget:
        from niro_desk.ui.reports.reports_area import ReportsArea  # built when first shown

        assert self.context is not None
        return ReportsArea(self.context)

    def _start_page(self) -> QWidget:
        from niro_desk.ui.start.start_page import StartPage  # built when first shown

        assert self.context is not None
        page = StartPage(self.context)
        page.open_requested.connect(self.open_record)
        page.first_step_requested.connect(self._first_step)
        return page

    def _areas(self) -> list[Area]:
        def members() -> QWidget:
            from niro_desk.ui.members.members_area import MembersArea

            assert self.context is not None
            return MembersArea(self.context)

        def requirements() -> QWidget:
            from niro_desk.ui.requirements.requirements_area import RequirementsArea

            assert self.context is not None
            return RequirementsArea(self.context)

        def suppliers_customers() -> QWidget:
            from niro_desk.ui.members.members_area import suppliers_customers_area

            assert self.context is not None
            return suppliers_customers_area(self.context)

        return [
            Area("start", self.tr("Start"), self._start_page),
            Area("members", self.tr("Members"), members),
            Area(
                "requirements",
                self.tr("Requirements"),
                requirements,
            ),
            Area("tenders", self.tr("Tenders"), self._tenders_area),
            Area("agreements", self.tr("Agreements"), self._agreements_area),
            Area(
                "suppliers",
                self.tr("Suppliers & customers"),
                suppliers_customers,
            ),
            Area("reports", self.tr("Reports"), self._reports_area),
        ]

    def area_keys(self) -> list[str]:
        return [area.key for area in self.areas]

    def show_area(self, key: str) -> QWidget:
        """Switch to the area ``key`` and return its widget (once the database is open)."""
        self.navigation.setCurrentRow(self.area_keys().index(key))
        return self._area_widgets[key]

    def open_record(self, reference: object) -> None:
        """Switch to the area of ``reference`` (a ``RecordRef``) and let it show the record,
        when the area offers ``show_record(record_type, record_id)``; ``record_requested``
        tells anyone else (e.g. an area built later)."""
        record_type = str(getattr(reference, "record_type", ""))
        record_id = getattr(reference, "record_id", None)
        key = RECORD_AREAS.get(record_type)
        if key is None or self.context is None or self._awaiting_sign_in:
            return
        widget = self.show_area(key)
        show_record = getattr(widget, "show_record", None)
        if callable(show_record) and isinstance(record_id, int):
            show_record(record_type, record_id)
        self.record_requested.emit(reference)

    def _first_step(self, step: str) -> None:
        """A first step chosen on the start page of an empty database: the Members area's own."""
        members = self.show_area("members")
        action = getattr(members, "import_action" if step == "import" else "new_action", None)
        if action is not None:
            action.trigger()

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        if (
            area.key not in self._area_widgets
            and self.context is not None
            and not self._awaiting_sign_in
        ):
            widget = area.build()
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._area_widgets[area.key] = widget
        self.stack.setCurrentIndex(row)
        self.settings.setValue("main_window/area", area.key)

    # -- menus and status bar ----------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up database…"), self)
        self.backup_action.triggered.connect(self.back_up_database)
        self.backup_action.setEnabled(self.context is not None)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore database…"), self)
        self.restore_action.triggered.connect(self.restore_database)
        self.restore_action.setEnabled(self.context is not None)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.audit_log_action = QAction(self.tr("Audit &log…"), self)
        self.audit_log_action.setObjectName("auditLogAction")
        self.audit_log_action.triggered.connect(self.show_audit_log)
        self.audit_log_action.setVisible(False)  # shown by _show_permitted_actions
        file_menu.addAction(self.audit_log_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)  # shortcut: _after_first_paint
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("de", "Deutsch"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        self.accounts_action = QAction(self.tr("&Accounts…"), self)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.show_accounts)
        self.accounts_action.setVisible(False)  # shown by _show_permitted_actions
        settings_menu.addAction(self.accounts_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About NIRO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.user_login))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        if self.context is not None:
            self._show_database()

    def _show_database(self) -> None:
        from niro_desk.database import display_url

        assert self.context is not None
        self.database_label.setText(
            self.tr("Database: %1").replace("%1", display_url(self.context.db.url))
        )

    def _choose_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.settings.setValue("language", code)
        QMessageBox.information(
            self, APP_NAME, self.tr("The language changes when NIRO Desk starts next time.")
        )

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About NIRO Desk"),
            self.tr(
                "NIRO Desk %1<br>Members CRM and joint procurement pool of the network."
            ).replace("%1", __version__),
        )

    def show_audit_log(self) -> QWidget | None:
        from PySide6.QtCore import Qt

        from niro_desk.ui.audit.audit_log_dialog import AuditLogDialog

        if self.context is None or self._awaiting_sign_in:
            return None
        dialog = AuditLogDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_accounts(self) -> QWidget | None:
        from PySide6.QtCore import Qt

        from niro_desk.ui.accounts.accounts_dialog import AccountsDialog

        if self.context is None or self._awaiting_sign_in:
            return None
        dialog = AccountsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._act_as)
        dialog.finished.connect(lambda _result: self._show_permitted_actions())
        dialog.open()
        return dialog

    def back_up_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from niro_desk import db_backup
        from niro_desk.ui.file_names import suggested_path
        from niro_desk.ui.operation import run_operation

        context = self.context
        if context is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(suggested_path(self.tr("niro-desk-backup"), ".sqlite3")),
            self.tr("NIRO Desk backup (*.sqlite3)"),
        )
        if not path:
            return
        target = Path(path)
        run_operation(
            self,
            self.tr("Backing up the database…"),
            lambda _progress: db_backup.backup(context.db, target),
            lambda _result: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(target)), 10_000
            ),
        )

    def restore_database(self) -> None:
        """Choose a backup, check it, show what it replaces, ask, restore, say where the copy is."""
        from PySide6.QtWidgets import QFileDialog

        from niro_desk import db_backup
        from niro_desk.database import display_url
        from niro_desk.ui.operation import run_operation
        from niro_desk.ui.restore_confirmation import confirm_restore

        context = self.context
        if context is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore database"),
            str(Path.home()),
            self.tr("NIRO Desk backup (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        source = Path(path)
        db = context.db

        def checked(found: tuple[db_backup.BackupSummary, dict[str, int] | None]) -> None:
            summary, current = found
            if confirm_restore(self, summary, current, display_url(db.url), context.language):
                run_operation(
                    self,
                    self.tr("Restoring the database…"),
                    lambda _progress: db_backup.restore(db, source, expected_digest=summary.digest),
                    self._restored,
                )

        run_operation(
            self,
            self.tr("Checking the backup…"),
            lambda _progress: (db_backup.verify_backup(source), db_backup.current_counts(db)),
            checked,
        )

    def _restored(self, result: db_backup.RestoreResult) -> None:
        from PySide6.QtWidgets import QMessageBox

        for widget in self._area_widgets.values():
            reload = getattr(widget, "reload", None)
            if callable(reload):
                reload()
        self.statusBar().showMessage(
            self.tr("Database restored from %1").replace("%1", str(result.backup.path)), 10_000
        )
        QMessageBox.information(
            self,
            self.tr("Database restored"),
            self.tr("The data was restored from %1.\n\nThe replaced data was saved first to:\n%2")
            .replace("%1", str(result.backup.path))
            .replace("%2", str(result.safety_copy)),
        )

    # -- layout memory -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        keys = self.area_keys()
        saved = self.settings.value("main_window/area", keys[0])
        self.navigation.setCurrentRow(keys.index(saved) if saved in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.change_watcher is not None:
            self.change_watcher.stop()
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        self._stop_background_reads()
        super().closeEvent(event)

    def _stop_background_reads(self) -> None:
        """Cancel and wait for the areas' background reads (start page, searches): none may
        outlive the window and hold a connection while the database is closed."""
        latest_search = sys.modules.get("niro_desk.ui.latest_search")
        if latest_search is None:
            return  # no area with background reads was built: spare importing SQLAlchemy to quit
        for search in self.findChildren(latest_search.LatestSearch):
            search.supersede()
            search.wait(10_000)
