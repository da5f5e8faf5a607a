"""The files of a bid import: supplier, lots covered, validity, received, late, result.

Rows are ``BidCheck``\\ s; no column can show a price (a check holds none in
its visible fields, see ``procurement.bid_import``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush

from niro_desk.formatting import format_date
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.bid_import import BidCheck
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.requirements.table_models import GREY, RED

FILE, SUPPLIER, LOTS, VALID, RECEIVED, LATE, RESULT = range(7)


class BidFilesModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Supplier"),
            self.tr("Lots covered"),
            self.tr("Valid until"),
            self.tr("Received (Berlin time)"),
            self.tr("Late"),
            self.tr("Result"),
        ]

    def row_id(self, row: Any) -> int | None:
        return None

    def result(self, row: BidCheck) -> str:
        if row.refusal:
            return self.tr("Refused: %1").replace("%1", row.refusal)
        if row.problems:
            return self.tr("%1 problem(s): nothing will be imported").replace(
                "%1", str(len(row.problems))
            )
        if row.superseded:
            return self.tr("Skipped: %1").replace("%1", " ".join(row.warnings))
        if row.saved:
            return self.tr("Bid entered (sealed)")
        return self.tr("Ready to import")

    def display(self, row: BidCheck, column: int) -> str:
        if column == FILE:
            return row.file
        if column == SUPPLIER:
            return row.supplier
        if row.rejected and column not in (RESULT, RECEIVED):
            return ""
        if column == LOTS:
            return ", ".join(str(number) for number in row.lots)
        if column == VALID:
            return format_date(row.valid_until, self.language)
        if column == RECEIVED:
            return berlin_text(row.received_at)
        if column == LATE:
            return self.tr("late") if row.late else ""
        return self.result(row)

    def sort_value(self, row: BidCheck, column: int) -> SortValue:
        if column == RECEIVED and row.received_at is not None:
            return row.received_at.isoformat()
        if column == VALID and row.valid_until is not None:
            return row.valid_until.isoformat()
        return super().sort_value(row, column)

    def foreground(self, row: BidCheck) -> QBrush | None:
        if row.rejected or row.late:
            return RED
        return GREY if row.superseded else None
