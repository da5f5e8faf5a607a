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

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement.collection_import import ImportPlan
from niro_desk.ui.checked_files_panel import CheckedFilesPanel, dropped_paths
from niro_desk.ui.members.field_message import ERROR_COLOUR
from niro_desk.ui.operation import Operation, Progress, run_operation
from niro_desk.ui.requirements.workbook_import_model import RESULT, WorkbookFilesModel


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
        self.files_panel = CheckedFilesPanel(
            self.files_model, RESULT, self.tr("Workbooks"), context.language
        )
        self.files_view = self.files_panel.files_view
        self.problems_model = self.files_panel.problems_model
        self.detail_label = self.files_panel.detail_label

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
        layout.addWidget(self.files_panel, 1)
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
        self.files_panel.show_checks(self.plan.checks if self.plan is not None else [])

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
