"""The audit history of one organisation, newest first: when, who, what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from niro_desk.formatting import format_date
from niro_desk.ui.members.labels import action_label
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

WHEN = 0
WHO = 1
ACTION = 2
SUMMARY = 3


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    summary: str


class HistoryModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def display(self, row: HistoryRow, column: int) -> str:
        if column == WHEN:
            local = row.at.astimezone()
            return f"{format_date(local.date(), self.language)} {local:%H:%M}"
        if column == WHO:
            return row.user
        if column == ACTION:
            return action_label(row.action)
        if column == SUMMARY:
            return row.summary
        return ""

    def sort_value(self, row: HistoryRow, column: int) -> SortValue:
        if column == WHEN:
            return f"{row.at.astimezone(dt.UTC).isoformat()}#{row.id:012d}"
        return self.display(row, column).casefold()
