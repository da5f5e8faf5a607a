"""The waiting list in first-come-first-served order, with the day each one started waiting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from niro_desk.formatting import format_date
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

POSITION = 0
NAME = 1
CITY = 2
APPLIED = 3
WAITING_SINCE = 4


@dataclass(frozen=True)
class WaitingRow:
    position: int
    id: int
    name: str
    city: str
    application_date: dt.date | None
    waiting_since: dt.datetime | None


class WaitingListModel(RowTableModel):
    right_aligned = frozenset({POSITION})

    def headers(self) -> list[str]:
        return [
            self.tr("Position"),
            self.tr("Name"),
            self.tr("City"),
            self.tr("Applied on"),
            self.tr("Waiting since"),
        ]

    def display(self, row: WaitingRow, column: int) -> str:
        if column == POSITION:
            return str(row.position)
        if column == NAME:
            return row.name
        if column == CITY:
            return row.city
        if column == APPLIED:
            return format_date(row.application_date, self.language)
        if column == WAITING_SINCE:
            return format_date(local_day(row.waiting_since), self.language)
        return ""

    def sort_value(self, row: WaitingRow, column: int) -> SortValue:
        if column == POSITION:
            return row.position
        if column == APPLIED:
            return row.application_date.isoformat() if row.application_date else ""
        if column == WAITING_SINCE:
            return row.waiting_since.isoformat() if row.waiting_since else ""
        return self.display(row, column).casefold()
