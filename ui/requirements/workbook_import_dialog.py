"""Import returned workbooks into a collection: check every file, preview, then save.

Files come from "Add files…", "Add folder…" or are dropped on the dialog (or
on the collection view, which opens this dialog). Checking runs off the UI
thread with progress and can be cancelled; the table lists every file with
its participant, lines and result, and the problems of the chosen file with
sheet, row and column. "Save" writes each valid workbook in its own
transaction (also off the UI thread); a workbook with problems saves nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement.collection_import import ImportPlan, WorkbookCheck
from niro_desk.ui.members.field_message import ERROR_COLOUR
from niro_desk.ui.members.import_preview_model import PROBLEM, ImportProblemsModel
from niro_desk.ui.members.row_table_model import RowRole
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation, Progress, run_operation
from niro_desk.ui.requirements.workbook_import_model import RESULT, WorkbookFilesModel


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Local files and folders in a drag (anything else is ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class WorkbookImportDialog(QDialog):
    """``changed`` after workbooks were saved."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        collection_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.collection_id = collection_id
        self.paths: list[Path] = []
        self.plan: ImportPlan | None = None
        self.operation: Operation | None = None
        self.cancel_event = threading.Event()
        self.setObjectName("workbookImportDialog")
        self.setWindowTitle(self.tr("Import returned workbooks: %1").replace("%1", title))
        self.setAcceptDrops(True)
        self.resize(1000, 620)

        add_files = QPushButton(self.tr("Add &files…"))
        add_files.setObjectName("addFilesButton")
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton(self.tr("Add f&older…"))
        add_folder.setObjectName("addFolderButton")
        add_folder.clicked.connect(self.choose_folder)
        choose_row = QHBoxLayout()
        choose_row.addWidget(add_files)
        choose_row.addWidget(add_folder)
        choose_row.addStretch(1)

        self.summary_label = QLabel(
            self.tr(
                "Add the workbooks the participants sent back (or drop them here). NIRO Desk"
                " checks every file first; nothing is saved before you press Save, and"
                " nothing from a workbook with problems."
            )
        )
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        self.files_model = WorkbookFilesModel(context.language, self)
        self.files_view = RowTableView(self.files_model, stretch_column=RESULT)
        self.files_view.setObjectName("filesView")
        self.files_view.selectionModel().currentRowChanged.connect(self._show_file)
        self.problems_model = ImportProblemsModel(context.language, self)
        self.problems_view = RowTableView(self.problems_model, stretch_column=PROBLEM)
        self.problems_view.setObjectName("problemsView")
        self.problems_view.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files_box = QGroupBox(self.tr("Workbooks"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files_view)
        self.problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.detail_label)
        problems_layout.addWidget(self.problems_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(files_box)
        splitter.addWidget(self.problems_box)
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.start_save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # -- choosing files ------------------------------------------------------------------------
    def choose_files(self) -> Operation | None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Returned workbooks"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        return self.add_paths([Path(name) for name in names]) if names else None

    def choose_folder(self) -> Operation | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder with returned workbooks"))
        return self.add_paths([Path(name)]) if name else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> Operation:
        """Add files or folders and check everything chosen so far (off the UI thread)."""
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        return self.check()

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> Operation:
        from niro_desk.procurement.collection_import import check_workbooks

        self.plan = None
        self.save_button.setEnabled(False)
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Checking the workbooks…"))
        paths, collection_id, db = list(self.paths), self.collection_id, self.context.db
        cancelled = self.cancel_event = threading.Event()

        def work(progress: Progress) -> Any:
            with db.reading() as session:
                return check_workbooks(
                    session, collection_id, paths, progress, cancelled=cancelled.is_set
                )

        self.operation = run_operation(
            self,
            self.tr("Checking the workbooks…"),
            work,
            self._show_plan,
            self._failed,
            cancelled.set,
        )
        return self.operation

    def _show_plan(self, plan: ImportPlan) -> None:
        if self.cancel_event.is_set():
            self.summary_label.setText(self.tr("Cancelled: nothing was checked or saved."))
            return
        self.plan = plan
        self._refresh()
        accepted = len(plan.accepted)
        rejected = len(plan.rejected)
        text = (
            self.tr("%1 workbook(s) ready to save, %2 with problems or refused, %3 skipped.")
            .replace("%1", str(accepted))
            .replace("%2", str(rejected))
            .replace("%3", str(len(plan.superseded)))
        )
        if not plan.checks:
            text = self.tr("No workbooks found there.")
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};" if rejected else "")
        self.save_button.setText(self.tr("&Save %1 workbook(s)").replace("%1", str(accepted)))
        self.save_button.setEnabled(accepted > 0)

    def _refresh(self) -> None:
        plan = self.plan
        self.files_model.set_rows(plan.checks if plan is not None else [])
        self.files_view.fit_columns(420)
        first = self._first_interesting()
        if first is not None:
            self.files_view.setCurrentIndex(self.files_view.proxy.index(first, 0))
        else:
            self._show_check(None)

    def _first_interesting(self) -> int | None:
        proxy = self.files_view.proxy
        rows = [proxy.index(r, 0).data(RowRole) for r in range(proxy.rowCount())]
        for position, check in enumerate(rows):
            if check.rejected or check.warnings:
                return position
        return 0 if rows else None

    def _show_file(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_check(current.data(RowRole) if current.isValid() else None)

    def _show_check(self, check: WorkbookCheck | None) -> None:
        problems = list(check.problems) if check is not None else []
        self.problems_model.set_rows(problems)
        self.problems_view.fit_columns(500)
        self.problems_box.setTitle(
            self.tr("Problems in %1 (%2)")
            .replace("%1", check.file if check is not None else "")
            .replace("%2", str(len(problems)))
            if check is not None
            else self.tr("Problems")
        )
        lines = []
        if check is not None and check.refusal:
            lines.append(check.refusal)
        if check is not None:
            lines.extend(f"⚠ {warning}" for warning in check.warnings)
        self.detail_label.setText("\n".join(lines))
        self.detail_label.setStyleSheet(
            f"color: {ERROR_COLOUR};" if check is not None and check.refusal else ""
        )
        self.detail_label.setVisible(bool(lines))

    def _failed(self, error: Exception) -> None:
        from niro_desk.ui.operation import show_error

        self.summary_label.setText(self.tr("The workbooks could not be checked."))
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        show_error(self, error)

    # -- saving --------------------------------------------------------------------------------
    def start_save(self) -> Operation | None:
        from niro_desk.procurement.collection_import import save_import

        plan = self.plan
        if plan is None or not plan.accepted:
            return None
        self.save_button.setEnabled(False)
        context = self.context

        def work(progress: Progress) -> Any:
            return save_import(context.db, context.acting_user, plan, progress)

        self.operation = run_operation(
            self, self.tr("Saving the workbooks…"), work, self._saved, self._failed
        )
        return self.operation

    def _saved(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._refresh()
        saved = sum(1 for check in plan.checks if check.saved)
        self.summary_label.setText(
            self.tr("%1 workbook(s) saved; the pooled demand is up to date.").replace(
                "%1", str(saved)
            )
        )
        self.save_button.setText(self.tr("&Save"))
        if saved:
            self.changed.emit()
