"""The audit log viewer (File → Audit log…): filters, entries page by page, side by side, export.

The list asks ``niro_desk.audit_log`` for one page at a time (``fetchMore``
when the view scrolls to the end), and the count comes from the database, so
the window opens as fast on 100,000 entries as on ten. Selecting an entry
shows its fields before and after side by side, changed ones marked. The
export writes the filtered entries to Excel off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from niro_desk import audit_log
from niro_desk.app_context import AppContext
from niro_desk.audit_log import AREA_NAMES, AuditFilter, AuditRow, EntryDetail
from niro_desk.errors import NiroDeskError
from niro_desk.formatting import format_date, qt_date_pattern
from niro_desk.ui.operation import show_error
from niro_desk.ui.text_width import width_in_letters

ModelIndex = QModelIndex | QPersistentModelIndex
CHANGED_BRUSH = QBrush(QColor("#fff2cc"))


def area_name(area: str) -> str:
    return QCoreApplication.translate("AuditArea", AREA_NAMES.get(area, area))


def local_time(value: dt.datetime, language: str) -> str:
    local = value.astimezone()
    return f"{format_date(local.date(), language)} {local:%H:%M:%S}"


def shown_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditLog", "yes" if value else "no")
    return str(value)


class AuditEntriesModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time through the service."""

    WHEN, PERSON, AREA, ACTION, RECORD, SUMMARY = range(6)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def set_filter(self, flt: AuditFilter) -> None:
        with self.context.db.reading() as session:
            user = self.context.acting_user(session)
            total = audit_log.count_entries(session, user, flt)
            rows = audit_log.page(session, user, flt)
        self.beginResetModel()
        self.filter, self.total, self.rows = flt, total, rows
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        with self.context.db.reading() as session:
            user = self.context.acting_user(session)
            more = audit_log.page(session, user, self.filter, self.rows[-1].key)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("When"),
            self.tr("Person"),
            self.tr("Area"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Summary"),
        ][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SUMMARY:
            return row.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            return local_time(row.at, self.context.language)
        if column == self.PERSON:
            return row.person
        if column == self.AREA:
            return area_name(row.area)
        if column == self.ACTION:
            return row.action
        if column == self.RECORD:
            return f"{row.record_type} #{row.record_id}" if row.record_id else row.record_type
        return row.summary


class ChangesModel(QAbstractTableModel):
    """One entry's fields: name, before, after; changed rows tinted and bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.detail: EntryDetail | None = None

    def set_detail(self, detail: EntryDetail | None) -> None:
        self.beginResetModel()
        self.detail = detail
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.detail is None else len(self.detail.fields)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Field"), self.tr("Before"), self.tr("After")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.detail is None:
            return None
        field = self.detail.fields[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return field.field
            if index.column() == 1:
                return shown_value(field.before) if self.detail.has_before else "–"
            return shown_value(field.after) if self.detail.has_after else "–"
        if role == Qt.ItemDataRole.BackgroundRole and field.changed:
            return CHANGED_BRUSH
        if role == Qt.ItemDataRole.FontRole and field.changed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AuditLogDialog(QDialog):
    """Who changed what and when, with filters; for managers and administrators."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        with context.db.reading() as session:
            user = context.acting_user(session)
            people = audit_log.people(session, user)
            record_types = audit_log.record_types(session, user)

        self.person_combo = QComboBox()
        self.person_combo.setObjectName("personCombo")
        self.person_combo.addItem(self.tr("Everyone"), None)
        for ident, name in people:
            self.person_combo.addItem(name, ident)
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("areaCombo")
        self.area_combo.addItem(self.tr("All areas"), None)
        for area in AREA_NAMES:
            self.area_combo.addItem(area_name(area), area)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("recordTypeCombo")
        self.type_combo.addItem(self.tr("All records"), None)
        for record_type in record_types:
            self.type_combo.addItem(record_type, record_type)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("recordIdEdit")
        self.id_edit.setPlaceholderText(self.tr("id"))
        self.id_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.id_edit.setMaximumWidth(width_in_letters(self, 10))
        self.words_edit = QLineEdit()
        self.words_edit.setObjectName("wordsEdit")
        self.words_edit.setPlaceholderText(self.tr("words in the summary"))
        self.words_edit.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("&From:"))
        self.since_check.setObjectName("sinceCheck")
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.since_edit.setObjectName("sinceEdit")
        self.until_check = QCheckBox(self.tr("&Until:"))
        self.until_check.setObjectName("untilCheck")
        self.until_edit = QDateEdit(today)
        self.until_edit.setObjectName("untilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_date_pattern(context.language))

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Person:")), 0, 0)
        filters.addWidget(self.person_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("Area:")), 0, 2)
        filters.addWidget(self.area_combo, 0, 3)
        filters.addWidget(QLabel(self.tr("Record:")), 0, 4)
        filters.addWidget(self.type_combo, 0, 5)
        filters.addWidget(self.id_edit, 0, 6)
        filters.addWidget(QLabel(self.tr("Words:")), 1, 0)
        filters.addWidget(self.words_edit, 1, 1, 1, 3)
        filters.addWidget(self.since_check, 1, 4)
        filters.addWidget(self.since_edit, 1, 5)
        filters.addWidget(self.until_check, 2, 4)
        filters.addWidget(self.until_edit, 2, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.model = AuditEntriesModel(context, self)
        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, letters in ((0, 22), (1, 16), (2, 12), (3, 14), (4, 22)):
            self.view.setColumnWidth(column, width_in_letters(self, letters))

        self.detail_label = QLabel(self.tr("Select an entry to see its change side by side."))
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.changes = ChangesModel(self)
        self.changes_view = QTableView()
        self.changes_view.setObjectName("changesView")
        self.changes_view.setModel(self.changes)
        self.changes_view.verticalHeader().setVisible(False)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.changes_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.changes_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(width_in_letters(self, 140), self.fontMetrics().height() * 40)

        for combo in (self.person_combo, self.area_combo, self.type_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.id_edit, self.words_edit):
            edit.editingFinished.connect(self.apply_filter)
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self.apply_filter)
        for date_edit in (self.since_edit, self.until_edit):
            date_edit.dateChanged.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(self._show_entry)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        def start_of(day: QDate) -> dt.datetime:
            return dt.datetime(day.year(), day.month(), day.day()).astimezone()

        record_id = int(self.id_edit.text()) if self.id_edit.text().isdigit() else None
        return AuditFilter(
            user_id=self.person_combo.currentData(),
            area=self.area_combo.currentData(),
            record_type=self.type_combo.currentData(),
            record_id=record_id,
            text=self.words_edit.text(),
            since=start_of(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=start_of(self.until_edit.date().addDays(1))
            if self.until_check.isChecked()
            else None,
        )

    def apply_filter(self, *_args: object) -> None:
        flt = self.current_filter()
        if flt == self.model.filter and self.model.rows:
            return
        try:
            self.model.set_filter(flt)
        except NiroDeskError as error:
            show_error(self, error)
            return
        self.count_label.setText(
            self.tr("Entries: %1").replace("%1", f"{self.model.total:,}".replace(",", "."))
        )
        self.changes.set_detail(None)
        self.detail_label.setText(self.tr("Select an entry to see its change side by side."))

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        try:
            with self.context.db.reading() as session:
                detail = audit_log.entry_detail(session, self.context.acting_user(session), row.id)
        except NiroDeskError as error:
            show_error(self, error)
            return
        self.detail_label.setText(
            f"{local_time(row.at, self.context.language)} · {row.person} · {row.summary}"
        )
        self.changes.set_detail(detail)

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from niro_desk.ui.file_names import suggested_path
        from niro_desk.ui.operation import run_operation

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(suggested_path(self.tr("audit-log"), ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        flt = self.model.filter
        context = self.context
        headers = [
            self.tr("When"),
            self.tr("Person"),
            self.tr("Sign-in name"),
            self.tr("Area"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Id"),
            self.tr("Summary"),
            self.tr("Changes"),
        ]
        names = {area: area_name(area) for area in AREA_NAMES}

        def work(_progress: Any) -> int:
            with context.db.reading() as session:
                return audit_log.export_entries(
                    session, context.acting_user(session), flt, target, headers, names
                )

        self.export_operation = run_operation(
            self,
            self.tr("Exporting the audit log…"),
            work,
            lambda count: self.count_label.setText(
                self.tr("%1 entries written to %2")
                .replace("%1", str(count))
                .replace("%2", str(target))
            ),
        )
