"""The members directory as a table model: one row per organisation from ``list_directory``.

Search, filters and the row order come from the database; the proxy in front
of this model only re-sorts by column, using ``SortRole`` (plain values).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from niro_desk.formatting import format_date, format_money, format_number
from niro_desk.membership.member_directory import DirectoryRow
from niro_desk.models import MembershipStatus, OrganisationKind
from niro_desk.search_text import search_fold
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.labels import kind_label, status_label
from niro_desk.ui.members.row_table_model import RowTableModel, SortRole, SortValue

__all__ = ["DirectoryModel", "SortRole"]

NAME = 0
STATUS = 1
CITY = 2
REGION = 3
CODES = 4
CONTACTS = 5
EMPLOYEES = 6
FEE = 7
ADMITTED = 8
WAITING_SINCE = 9

_STATUS_ORDER = {
    MembershipStatus.MEMBER: 0,
    MembershipStatus.WAITING: 1,
    MembershipStatus.APPLICANT: 2,
    MembershipStatus.FORMER: 3,
}
_KIND_ORDER = {
    OrganisationKind.MEMBER: 0,
    OrganisationKind.CUSTOMER: 4,
    OrganisationKind.SUPPLIER: 5,
}


class DirectoryModel(RowTableModel):
    """Organisations with status, place, NACE classes, contacts, fee and dates."""

    right_aligned = frozenset({CONTACTS, EMPLOYEES, FEE})

    def __init__(self, language: str, members: bool = True, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self.members = members
        palette = QApplication.palette() if QApplication.instance() else QPalette()
        self._dimmed = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if self._dimmed.color() == QColor():
            self._dimmed = QBrush(QColor("#777777"))

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Status") if self.members else self.tr("Kind"),
            self.tr("City"),
            self.tr("Region"),
            self.tr("NACE classes"),
            self.tr("Contacts"),
            self.tr("Employees"),
            self.tr("Annual fee"),
            self.tr("Member since"),
            self.tr("Waiting since"),
        ]

    def display(self, row: DirectoryRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == STATUS:
            if row.kind == OrganisationKind.MEMBER:
                return status_label(row.status)
            return kind_label(row.kind)
        if column == CITY:
            return row.city
        if column == REGION:
            return row.region
        if column == CODES:
            return row.codes
        if column == CONTACTS:
            return str(row.contacts)
        if column == EMPLOYEES:
            return format_number(row.employees, self.language)
        if column == FEE:
            return format_money(row.annual_fee, self.language)
        if column == ADMITTED:
            return format_date(row.admission_date, self.language)
        if column == WAITING_SINCE:
            return format_date(local_day(row.waiting_since), self.language)
        return ""

    def sort_value(self, row: DirectoryRow, column: int) -> SortValue:
        if column == NAME:
            return search_fold(row.name) or ""
        if column == STATUS:
            if row.kind == OrganisationKind.MEMBER and row.status is not None:
                return _STATUS_ORDER[row.status]
            return _KIND_ORDER[row.kind]
        if column == CONTACTS:
            return row.contacts
        if column == EMPLOYEES:
            return row.employees if row.employees is not None else -1
        if column == FEE:
            return float(row.annual_fee) if row.annual_fee is not None else -1.0
        if column == ADMITTED:
            return row.admission_date.isoformat() if row.admission_date else ""
        if column == WAITING_SINCE:
            return row.waiting_since.isoformat() if row.waiting_since else ""
        return search_fold(self.display(row, column)) or ""

    def foreground(self, row: DirectoryRow) -> QBrush | None:
        return self._dimmed if row.status == MembershipStatus.FORMER else None
