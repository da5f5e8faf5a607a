"""NACE classes (code and title in the UI language), for the sales-profile dialog."""

from __future__ import annotations

from dataclasses import dataclass

from niro_desk.ui.members.row_table_model import RowTableModel

CODE = 0
TITLE = 1


@dataclass(frozen=True)
class IndustryClassRow:
    code: str
    title: str


class IndustryClassModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Class"), self.tr("Title")]

    def display(self, row: IndustryClassRow, column: int) -> str:
        return row.code if column == CODE else row.title if column == TITLE else ""

    def codes(self) -> list[str]:
        return [row.code for row in self.rows()]
