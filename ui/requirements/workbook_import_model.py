"""The files of a workbook import: participant, lines, and what happens (or happened) to each."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush

from niro_desk.procurement.collection_import import WorkbookCheck
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.requirements.table_models import GREY, RED

FILE, PARTICIPANT, LINES, RESULT = range(4)


class WorkbookFilesModel(RowTableModel):
    """Rows are ``WorkbookCheck``\\ s."""

    right_aligned = frozenset({LINES})

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Participant"), self.tr("Lines"), self.tr("Result")]

    def row_id(self, row: Any) -> int | None:
        return None

    def result(self, row: WorkbookCheck) -> str:
        if row.refusal:
            return self.tr("Refused: %1").replace("%1", row.refusal)
        if row.problems:
            return self.tr("%1 problem(s): nothing will be saved").replace(
                "%1", str(len(row.problems))
            )
        if row.superseded:
            return self.tr("Skipped: %1").replace("%1", " ".join(row.warnings))
        if row.saved:
            return self.tr("Saved")
        if not row.lines:
            return self.tr("Ready: no volumes (needs nothing)")
        return self.tr("Ready to save")

    def display(self, row: WorkbookCheck, column: int) -> str:
        if column == FILE:
            return row.file
        if column == PARTICIPANT:
            return row.participant
        if column == LINES:
            return str(len(row.lines)) if not row.rejected else ""
        return self.result(row)

    def sort_value(self, row: WorkbookCheck, column: int) -> SortValue:
        if column == LINES:
            return len(row.lines)
        return super().sort_value(row, column)

    def foreground(self, row: WorkbookCheck) -> QBrush | None:
        if row.rejected:
            return RED
        return GREY if row.superseded else None
