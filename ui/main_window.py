"""The main window: navigation between the areas, status bar, menus, remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from niro_desk import APP_NAME, __version__, db_backup
from niro_desk.app_context import AppContext
from niro_desk.database import display_url
from niro_desk.ui.members.members_area import MembersArea, suppliers_customers_area
from niro_desk.ui.operation import run_operation
from niro_desk.ui.placeholder_area import PlaceholderArea
from niro_desk.ui.requirements.requirements_area import RequirementsArea


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen area on the right."""

    def __init__(self, context: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        title = APP_NAME + (" – " + self.tr("Demo network") if context.demo else "")
        self.setWindowTitle(title)
        self.setObjectName("mainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.areas = self._areas()
        self._area_widgets: dict[str, QWidget] = {}
        icons = [
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_FileDialogContentsView,
            QStyle.StandardPixmap.SP_DialogApplyButton,
            QStyle.StandardPixmap.SP_DriveNetIcon,
            QStyle.StandardPixmap.SP_FileDialogInfoView,
        ]
        for index, area in enumerate(self.areas):
            item = QListWidgetItem(self.style().standardIcon(icons[index % len(icons)]), area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # built on first visit
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

    # -- areas -------------------------------------------------------------------------------
    def _tenders_area(self) -> QWidget:
        from niro_desk.ui.tenders.tenders_area import TendersArea  # built when first shown

        return TendersArea(self.context)

    def _areas(self) -> list[Area]:
        def placeholder(title: str, planned: str) -> Callable[[], QWidget]:
            return lambda: PlaceholderArea(title, planned)

        return [
            Area("members", self.tr("Members"), lambda: MembersArea(self.context)),
            Area(
                "requirements",
                self.tr("Requirements"),
                lambda: RequirementsArea(self.context),
            ),
            Area("tenders", self.tr("Tenders"), self._tenders_area),
            Area(
                "agreements",
                self.tr("Agreements"),
                placeholder(
                    self.tr("Agreements"),
                    self.tr(
                        "framework agreements, opt-ins by participants, savings and"
                        " printed summaries."
                    ),
                ),
            ),
            Area(
                "suppliers",
                self.tr("Suppliers & customers"),
                lambda: suppliers_customers_area(self.context),
            ),
            Area(
                "reports",
                self.tr("Reports"),
                placeholder(
                    self.tr("Reports"),
                    self.tr(
                        "savings per participant against the membership fee, pooled volumes"
                        " and the network at a glance."
                    ),
                ),
            ),
        ]

    def area_keys(self) -> list[str]:
        return [area.key for area in self.areas]

    def show_area(self, key: str) -> QWidget:
        """Switch to the area ``key`` and return its widget."""
        self.navigation.setCurrentRow(self.area_keys().index(key))
        return self._area_widgets[key]

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        if area.key not in self._area_widgets:
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
        backup = QAction(self.tr("&Back up database…"), self)
        backup.triggered.connect(self.back_up_database)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("de", "Deutsch"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.context.language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About NIRO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", display_url(self.context.db.url))
        )
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.context.user_login))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def _choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        QMessageBox.information(
            self, APP_NAME, self.tr("The language changes when NIRO Desk starts next time.")
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About NIRO Desk"),
            self.tr(
                "NIRO Desk %1<br>Members CRM and joint procurement pool of the network."
            ).replace("%1", __version__),
        )

    def back_up_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(Path.home() / "niro-desk-backup.sqlite3"),
            self.tr("NIRO Desk backup (*.sqlite3)"),
        )
        if not path:
            return
        target = Path(path)
        run_operation(
            self,
            self.tr("Backing up the database…"),
            lambda _progress: db_backup.backup(self.context.db, target),
            lambda _result: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(target)), 10_000
            ),
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
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
