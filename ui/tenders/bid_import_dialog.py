"""Import returned bid workbooks into a tender's open round: check every file, preview, import.

Files come from "Add files…", "Add folder…" or are dropped on the dialog.
Checking runs off the UI thread with progress and can be cancelled; the table
lists every file with its supplier, the lots covered, the validity, the time
received and whether it came late (never a price: the bids are sealed), and
the problems of the chosen file with sheet, row and column.

All or nothing: "Import" stays disabled while any file is refused or has
problems; the office removes that file from the list ("Remove from list")
or replaces it and the rest is checked again. Import then enters every bid in
one transaction (``bid_import.save_bid_import`` through ``run_action``).
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
from niro_desk.procurement.bid_import import BidCheck, BidImportPlan
from niro_desk.ui.checked_files_panel import CheckedFilesPanel, dropped_paths
from niro_desk.ui.members.field_message import ERROR_COLOUR
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.operation import Operation, Progress, run_operation
from niro_desk.ui.tenders.bid_import_model import RESULT, BidFilesModel


class BidImportDialog(QDialog):
    """``changed`` after bids were entered."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        tender_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tender_id = tender_id
        self.paths: list[Path] = []
        self.plan: BidImportPlan | None = None
        self.operation: Operation | None = None
        self.cancel_event = threading.Event()
        self.setObjectName("bidImportDialog")
        self.setWindowTitle(self.tr("Import bids: %1").replace("%1", title))
        self.setAcceptDrops(True)
        self.resize(1100, 640)

        add_files = QPushButton(self.tr("Add &files…"))
        add_files.setObjectName("addFilesButton")
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton(self.tr("Add f&older…"))
        add_folder.setObjectName("addFolderButton")
        add_folder.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(self.tr("&Remove from list"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_chosen)
        choose_row = QHBoxLayout()
        choose_row.addWidget(add_files)
        choose_row.addWidget(add_folder)
        choose_row.addWidget(self.remove_button)
        choose_row.addStretch(1)

        self.summary_label = QLabel(
            self.tr(
                "Add the bid workbooks the suppliers sent back (or drop them here). NIRO Desk"
                " checks every file first and shows supplier, lots covered, validity and the"
                " time received, never a price: the bids stay sealed until the opening."
                " Nothing is entered before you press Import, and nothing at all while a file"
                " is refused."
            )
        )
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        self.files_model = BidFilesModel(context.language, self)
        self.files_panel = CheckedFilesPanel(
            self.files_model, RESULT, self.tr("Bid workbooks"), context.language
        )
        self.files_view = self.files_panel.files_view
        self.problems_model = self.files_panel.problems_model
        self.detail_label = self.files_panel.detail_label

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.files_panel, 1)
        layout.addWidget(self.buttons)

    # -- choosing files ------------------------------------------------------------------------
    def choose_files(self) -> Operation | None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Returned bid workbooks"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        return self.add_paths([Path(name) for name in names]) if names else None

    def choose_folder(self) -> Operation | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder with returned bid workbooks"))
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

    def remove_chosen(self) -> Operation | None:
        """Take the chosen file off the list (a folder's file: the folder becomes its files)."""
        check = self.files_view.current_row()
        if not isinstance(check, BidCheck) or self.plan is None:
            return None
        self.paths = [c.path for c in self.plan.checks if c.path != check.path]
        return self.check()

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> Operation:
        from niro_desk.procurement.bid_import import check_bid_workbooks

        self.plan = None
        self.import_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Checking the bid workbooks…"))
        paths, tender_id, db = list(self.paths), self.tender_id, self.context.db
        cancelled = self.cancel_event = threading.Event()

        def work(progress: Progress) -> Any:
            with db.reading() as session:
                return check_bid_workbooks(
                    session, tender_id, paths, progress, cancelled=cancelled.is_set
                )

        self.operation = run_operation(
            self,
            self.tr("Checking the bid workbooks…"),
            work,
            self._show_plan,
            self._failed,
            cancelled.set,
        )
        return self.operation

    def _show_plan(self, plan: BidImportPlan) -> None:
        if self.cancel_event.is_set():
            self.summary_label.setText(self.tr("Cancelled: nothing was checked or imported."))
            return
        self.plan = plan
        self._refresh()
        accepted, rejected = len(plan.accepted), len(plan.rejected)
        late = sum(1 for c in plan.accepted if c.late)
        if not plan.checks:
            text = self.tr("No workbooks found there.")
        elif rejected:
            text = (
                self.tr(
                    "%1 file(s) refused or with problems: nothing can be imported until you"
                    " remove them from the list (or replace them). %2 bid(s) would be ready."
                )
                .replace("%1", str(rejected))
                .replace("%2", str(accepted))
            )
        else:
            text = (
                self.tr("%1 bid(s) ready to import (%2 late), %3 skipped.")
                .replace("%1", str(accepted))
                .replace("%2", str(late))
                .replace("%3", str(len(plan.superseded)))
            )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};" if rejected else "")
        self.import_button.setText(self.tr("&Import %1 bid(s)").replace("%1", str(accepted)))
        self.import_button.setEnabled(accepted > 0 and not rejected)
        self.remove_button.setEnabled(bool(plan.checks))

    def _refresh(self) -> None:
        self.files_panel.show_checks(self.plan.checks if self.plan is not None else [])

    def _failed(self, error: Exception) -> None:
        from niro_desk.ui.operation import show_error

        self.summary_label.setText(self.tr("The bid workbooks could not be checked."))
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        show_error(self, error)

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> bool:
        from niro_desk.procurement.bid_import import save_bid_import

        plan = self.plan
        if plan is None or plan.rejected or not plan.accepted:
            return False
        self.import_button.setEnabled(False)
        if not run_action(
            self, self.context, lambda session, user: save_bid_import(session, user, plan)
        ):
            self.import_button.setEnabled(True)
            return False
        self._refresh()
        saved = len(plan.saved)
        self.plan = None  # entered: the plan (and its prices) is done with
        self.paths = []
        self.remove_button.setEnabled(False)
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(
            self.tr(
                "%1 bid(s) entered and sealed; they stay sealed until the round is opened."
            ).replace("%1", str(saved))
        )
        self.import_button.setText(self.tr("&Import"))
        if saved:
            self.changed.emit()
        return True
