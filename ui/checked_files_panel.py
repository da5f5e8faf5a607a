"""The checked files of an import of returned workbooks, above the problems of the chosen one.

Both imports of workbooks that went out and came back (a collection's requirement
workbooks, a tender's bid workbooks) check every file first and show the same
thing: a table with one row per file (its own columns: participant and lines, or
supplier, lots and time received) and, for the file chosen in it, why it was
refused, its warnings and its problems with sheet, row and column. The dialogs
add their own texts, buttons, check and save; this panel is the part they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from niro_desk.ui.members.field_message import ERROR_COLOUR
from niro_desk.ui.members.import_preview_model import PROBLEM, ImportProblemsModel
from niro_desk.ui.members.row_table_model import RowRole, RowTableModel
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.workbook.problems import WorkbookProblem


class CheckedFile(Protocol):
    """What the panel reads of one checked file (``WorkbookCheck``, ``BidCheck``)."""

    @property
    def file(self) -> str: ...

    @property
    def refusal(self) -> str: ...

    @property
    def warnings(self) -> Sequence[str]: ...

    @property
    def problems(self) -> Sequence[WorkbookProblem]: ...

    @property
    def rejected(self) -> bool: ...


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Local files and folders in a drag (anything else is ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class CheckedFilesPanel(QSplitter):
    """Files (``files_model``, one row per check) above the chosen file's problems."""

    def __init__(
        self,
        files_model: RowTableModel,
        result_column: int,
        files_title: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.files_model = files_model
        self.files_view = RowTableView(files_model, stretch_column=result_column)
        self.files_view.setObjectName("filesView")
        self.files_view.selectionModel().currentRowChanged.connect(self._show_file)
        self.problems_model = ImportProblemsModel(language, self)
        self.problems_view = RowTableView(self.problems_model, stretch_column=PROBLEM)
        self.problems_view.setObjectName("problemsView")
        self.problems_view.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files_box = QGroupBox(files_title)
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files_view)
        self.problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.detail_label)
        problems_layout.addWidget(self.problems_view, 1)
        self.addWidget(files_box)
        self.addWidget(self.problems_box)
        self.setChildrenCollapsible(False)

    def show_checks(self, checks: Sequence[CheckedFile]) -> None:
        """List ``checks`` and choose the first file with something to say (or the first)."""
        self.files_model.set_rows(list(checks))
        self.files_view.fit_columns(420)
        first = self._first_interesting()
        if first is not None:
            self.files_view.setCurrentIndex(self.files_view.proxy.index(first, 0))
        else:
            self.show_check(None)

    def _first_interesting(self) -> int | None:
        proxy = self.files_view.proxy
        rows = [proxy.index(r, 0).data(RowRole) for r in range(proxy.rowCount())]
        for position, check in enumerate(rows):
            if check.rejected or check.warnings:
                return position
        return 0 if rows else None

    def _show_file(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_check(current.data(RowRole) if current.isValid() else None)

    def show_check(self, check: CheckedFile | None) -> None:
        """The refusal, warnings and problems of ``check`` (nothing for ``None``)."""
        problems = list(check.problems) if check is not None else []
        self.problems_model.set_rows(problems)
        self.problems_view.fit_columns(500)
        lines: list[str] = []
        if check is None:
            self.problems_box.setTitle(self.tr("Problems"))
        else:
            self.problems_box.setTitle(
                self.tr("Problems in %1 (%2)")
                .replace("%1", check.file)
                .replace("%2", str(len(problems)))
            )
            lines = ([check.refusal] if check.refusal else []) + [
                f"⚠ {warning}" for warning in check.warnings
            ]
        self.detail_label.setText("\n".join(lines))
        refused = check is not None and bool(check.refusal)
        self.detail_label.setStyleSheet(f"color: {ERROR_COLOUR};" if refused else "")
        self.detail_label.setVisible(bool(lines))
