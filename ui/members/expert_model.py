"""Answers to "who knows about X?": people, their organisation and expertise."""

from __future__ import annotations

from niro_desk.membership.contacts import ExpertRow
from niro_desk.ui.members.row_table_model import RowTableModel

NAME = 0
FUNCTION = 1
ORGANISATION = 2
EXPERTISE = 3
EMAIL = 4
PHONE = 5


class ExpertModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Function"),
            self.tr("Organisation"),
            self.tr("Expertise"),
            self.tr("E-mail"),
            self.tr("Phone"),
        ]

    def row_id(self, row: ExpertRow) -> int | None:
        return row.contact_id

    def display(self, row: ExpertRow, column: int) -> str:
        values = (row.name, row.function, row.organisation, row.expertise, row.email, row.phone)
        return values[column] if 0 <= column < len(values) else ""
