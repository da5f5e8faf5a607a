"""Contacts of one organisation as a table: name, function, e-mail, phone, expertise."""

from __future__ import annotations

from niro_desk.models import Contact
from niro_desk.search_text import search_fold
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

NAME = 0
FUNCTION = 1
EMAIL = 2
PHONE = 3
EXPERTISE = 4


class ContactModel(RowTableModel):
    """Rows are ``Contact`` objects loaded with their expertise (usable detached)."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Function"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Expertise"),
        ]

    def display(self, row: Contact, column: int) -> str:
        if column == NAME:
            return row.full_name
        if column == FUNCTION:
            return row.function
        if column == EMAIL:
            return row.email
        if column == PHONE:
            return row.phone
        if column == EXPERTISE:
            return ", ".join(item.name for item in row.expertise)
        return ""

    def sort_value(self, row: Contact, column: int) -> SortValue:
        if column == NAME:
            return search_fold(f"{row.last_name} {row.first_name}") or ""
        return search_fold(self.display(row, column)) or ""
