"""The fee history of one membership: from when, how much a year, and a note."""

from __future__ import annotations

from niro_desk.formatting import format_date, format_money
from niro_desk.models import MembershipFee
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

VALID_FROM = 0
ANNUAL_FEE = 1
NOTE = 2


class FeeModel(RowTableModel):
    right_aligned = frozenset({ANNUAL_FEE})

    def headers(self) -> list[str]:
        return [self.tr("Valid from"), self.tr("Annual fee"), self.tr("Note")]

    def display(self, row: MembershipFee, column: int) -> str:
        if column == VALID_FROM:
            return format_date(row.valid_from, self.language)
        if column == ANNUAL_FEE:
            return format_money(row.annual_fee, self.language)
        if column == NOTE:
            return row.note
        return ""

    def sort_value(self, row: MembershipFee, column: int) -> SortValue:
        if column == VALID_FROM:
            return row.valid_from.isoformat()
        if column == ANNUAL_FEE:
            return float(row.annual_fee)
        return row.note.casefold()
