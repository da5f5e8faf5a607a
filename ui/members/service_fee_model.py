"""A customer's service fees: from when, for which agreement, how much a year, and a note."""

from __future__ import annotations

from niro_desk.formatting import format_date, format_money
from niro_desk.models import ServiceFee
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

VALID_FROM = 0
AGREEMENT = 1
ANNUAL_FEE = 2
NOTE = 3


class ServiceFeeModel(RowTableModel):
    right_aligned = frozenset({ANNUAL_FEE})

    def headers(self) -> list[str]:
        return [self.tr("Valid from"), self.tr("For"), self.tr("Annual fee"), self.tr("Note")]

    def display(self, row: ServiceFee, column: int) -> str:
        if column == VALID_FROM:
            return format_date(row.valid_from, self.language)
        if column == AGREEMENT:
            if row.agreement is None:
                return self.tr("all agreements (pool as a whole)")
            reference = f" ({row.agreement.reference})" if row.agreement.reference else ""
            return row.agreement.title + reference
        if column == ANNUAL_FEE:
            return format_money(row.annual_fee, self.language)
        if column == NOTE:
            return row.note
        return ""

    def sort_value(self, row: ServiceFee, column: int) -> SortValue:
        if column == VALID_FROM:
            return row.valid_from.isoformat()
        if column == ANNUAL_FEE:
            return float(row.annual_fee)
        return self.display(row, column).casefold()
