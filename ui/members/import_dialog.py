"""Import members from an Excel workbook: preview first, then import in one transaction.

The preview runs off the UI thread and lists every row of every sheet (new,
update with each change old → new, or unchanged) and every problem with
sheet, row and column. Import is only offered when there are no problems and
something to do; it writes the checked plan off the UI thread in one short
transaction and writes nothing if anything is wrong (``ImportRejected``).
Both steps show progress and can be cancelled (cancel = nothing written).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import ImportRejected
from niro_desk.messages import render_error
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import ERROR_COLOUR
from niro_desk.ui.members.import_preview_model import (
    CHANGES,
    NAME,
    PROBLEM,
    ImportProblemsModel,
    ImportRowsModel,
)
from niro_desk.ui.members.row_table_model import RowRole
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation, Progress, run_operation


class ImportDialog(QDialog):
    """Choose a workbook, look at what would happen, then import (or not)."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.preview: Any = None
        self.plan: Any = None
        self.imported: Any = None
        self.cancel_event = threading.Event()
        self.operation: Operation | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.resize(1000, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose an Excel workbook (.xlsx)"))
        choose_button = QPushButton(self.tr("&Choose file…"))
        choose_button.setObjectName("chooseButton")
        choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose_button)

        self.summary_label = QLabel(
            self.tr(
                "NIRO Desk first shows what the import would do. Nothing is written before you"
                " press Import, and nothing at all if the workbook has problems."
            )
        )
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        self.rows_model = ImportRowsModel(context.language, self)
        self.rows_view = RowTableView(self.rows_model, stretch_column=NAME)
        self.rows_view.setObjectName("importRowsView")
        self.problems_model = ImportProblemsModel(context.language, self)
        self.problems_view = RowTableView(self.problems_model, stretch_column=PROBLEM)
        self.problems_view.setObjectName("importProblemsView")
        self.problems_view.setWordWrap(True)
        self.rows_view.selectionModel().currentRowChanged.connect(self._show_changes)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("changesLabel")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_label.setVisible(False)
        rows_box = QGroupBox(self.tr("Rows"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self.rows_view, 1)
        rows_layout.addWidget(self.changes_label)
        self.problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_view)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(False)
        problems_layout.addWidget(self.warnings_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(rows_box)
        splitter.addWidget(self.problems_box)
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(path_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> Operation | None:
        path = prompts.open_file(
            self, self.tr("Import members from Excel"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return None
        return self.load_preview(path)

    # -- preview -------------------------------------------------------------------------------
    def load_preview(self, path: Path) -> Operation:
        """Read the workbook off the UI thread and show what an import would do."""
        from niro_desk.membership.member_import import check_import

        self.path = path
        self.preview = None
        self.plan = None
        self.imported = None
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.rows_model.set_rows([])
        self.problems_model.set_rows([])
        self.summary_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        language = self.context.language
        cancelled = self._new_cancel_event()

        def work(progress: Progress) -> Any:
            with self.context.db.reading() as session:
                return check_import(
                    session, path, progress, language=language, cancelled=cancelled.is_set
                )

        self.operation = run_operation(
            self,
            self.tr("Reading the workbook…"),
            work,
            self._show_preview,
            self._preview_failed,
            cancelled.set,
        )
        return self.operation

    def _new_cancel_event(self) -> threading.Event:
        self.cancel_event = threading.Event()
        return self.cancel_event

    def _show_preview(self, plan: Any) -> None:
        self.plan = plan
        preview = plan.preview
        self.preview = preview
        self.rows_model.set_rows(preview.rows)
        self.rows_view.fit_columns()
        header = self.rows_view.horizontalHeader()
        header.resizeSection(CHANGES, min(header.sectionSize(CHANGES), 240))  # full text below
        self._select_first_change()
        self._show_problems(list(preview.problems), list(preview.warnings))
        if preview.problems:
            text = self.tr(
                "%1 problem(s) found: nothing can be imported until the workbook is corrected."
                " Each problem names its sheet, row and column."
            ).replace("%1", str(len(preview.problems)))
            self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif preview.nothing_to_do:
            text = self.tr(
                "Nothing to do: all %1 rows match what NIRO Desk already holds."
            ).replace("%1", str(len(preview.rows)))
            self.summary_label.setStyleSheet("")
        else:
            text = (
                self.tr("Ready to import: %1 new, %2 to update, %3 unchanged.")
                .replace("%1", str(preview.new_count))
                .replace("%2", str(preview.update_count))
                .replace("%3", str(preview.unchanged_count))
            )
            self.summary_label.setStyleSheet("")
        self.summary_label.setText(text)
        self.import_button.setEnabled(not preview.problems and not preview.nothing_to_do)

    def _select_first_change(self) -> None:
        """Show the first row that changes something, with its changes below the table."""
        self.changes_label.setVisible(False)
        proxy = self.rows_view.proxy
        for position in range(proxy.rowCount()):
            index = proxy.index(position, 0)
            if getattr(index.data(RowRole), "changes", ()):
                self.rows_view.setCurrentIndex(index)
                return

    def _show_changes(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        changes = getattr(row, "changes", ())
        if not changes:
            self.changes_label.setVisible(False)
            return
        title = (
            self.tr("Changes in row %1 of sheet “%2”:")
            .replace("%1", str(row.row))
            .replace("%2", row.sheet)
        )
        self.changes_label.setText("\n".join([title, *(f"  • {change}" for change in changes)]))
        self.changes_label.setVisible(True)

    def _show_problems(self, problems: list[Any], warnings: list[str]) -> None:
        self.problems_model.set_rows(problems)
        self.problems_view.fit_columns(500)
        self.problems_box.setTitle(self.tr("Problems (%1)").replace("%1", str(len(problems))))
        self.warnings_label.setText("\n".join(f"⚠ {warning}" for warning in warnings))
        self.warnings_label.setVisible(bool(warnings))

    def _preview_failed(self, error: Exception) -> None:
        self.summary_label.setText(self._error_text(error))
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")

    # -- import ----------------------------------------------------------------------------------
    def start_import(self) -> Operation | None:
        """Import in one transaction off the UI thread; all or nothing."""
        from niro_desk.membership.member_import import run_import

        path, plan = self.path, self.plan
        if path is None or plan is None or plan.preview.problems:
            return None
        self.import_button.setEnabled(False)
        language = self.context.language
        cancelled = self._new_cancel_event()
        context = self.context

        def work(progress: Progress) -> Any:
            return run_import(
                context.db,
                context.acting_user,
                path,
                progress,
                language=language,
                cancelled=cancelled.is_set,
                plan=plan,
            )

        self.operation = run_operation(
            self,
            self.tr("Importing members…"),
            work,
            self._imported,
            self._import_failed,
            cancelled.set,
        )
        return self.operation

    def _imported(self, result: Any) -> None:
        self.imported = result
        self.summary_label.setStyleSheet("color: #1b6e20;")
        self.summary_label.setText(
            self.tr("Imported: %1 new, %2 updated.")
            .replace("%1", str(result.new_count))
            .replace("%2", str(result.update_count))
        )
        self.import_button.setVisible(False)
        self.changed.emit()

    def _import_failed(self, error: Exception) -> None:
        from niro_desk.membership.member_import import ImportCancelled

        if isinstance(error, ImportRejected):
            self._show_problems(list(error.problems), [])
        text = self._error_text(error)
        if not isinstance(error, ImportCancelled):
            text += " " + self.tr("Nothing was imported.")
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.import_button.setEnabled(isinstance(error, ImportCancelled))

    @staticmethod
    def _error_text(error: Exception) -> str:
        from niro_desk.errors import NiroDeskError

        if isinstance(error, NiroDeskError):
            return render_error(error)
        return f"{type(error).__name__}: {error}"
