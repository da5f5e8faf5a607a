"""The members directory as a table model: one row per organisation, fetched page by page.

Search, filters and the row order all come from the database: ``set_result``
takes the count and the first page of ``search_directory`` plus a loader for
further pages, which Qt asks for through ``canFetchMore``/``fetchMore`` as the
user scrolls. A click on a column header calls ``sort``, which records the
column and emits ``sort_changed``; the members area then asks the database
again, so the order is right even for rows not fetched yet. Every cell is
formatted once when its page arrives, so ``data()`` is a list lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from niro_desk.formatting import format_date, format_money, format_number
from niro_desk.membership.member_directory import PAGE_SIZE, DirectoryRow, DirectorySort
from niro_desk.models import MembershipStatus, OrganisationKind
from niro_desk.search_text import search_fold
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.labels import kind_label, status_label
from niro_desk.ui.members.row_table_model import ModelIndex, RowTableModel, SortRole, SortValue

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
_COLUMN_SORT = {
    NAME: DirectorySort.NAME,
    STATUS: DirectorySort.STATUS,
    CITY: DirectorySort.CITY,
    REGION: DirectorySort.REGION,
    CODES: DirectorySort.CODES,
    CONTACTS: DirectorySort.CONTACTS,
    EMPLOYEES: DirectorySort.EMPLOYEES,
    FEE: DirectorySort.FEE,
    ADMITTED: DirectorySort.ADMITTED,
    WAITING_SINCE: DirectorySort.WAITING_SINCE,
}
# loads ``count`` rows from ``offset`` on, in the current order
PageLoader = Callable[[int, int], list[DirectoryRow]]
_KIND_ORDER = {
    OrganisationKind.MEMBER: 0,
    OrganisationKind.CUSTOMER: 4,
    OrganisationKind.SUPPLIER: 5,
}


class DirectoryModel(RowTableModel):
    """Organisations with status, place, NACE classes, contacts, fee and dates."""

    right_aligned = frozenset({CONTACTS, EMPLOYEES, FEE})
    # the user asked for another order (the owner then loads the rows afresh)
    sort_changed = Signal()

    def __init__(self, language: str, members: bool = True, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self.members = members
        self.sort_key = DirectorySort.NAME
        self.descending = False
        self._total: int | None = 0
        self._loader: PageLoader | None = None
        self._positions: dict[int, int] = {}
        self._fetching = False
        palette = QApplication.palette() if QApplication.instance() else QPalette()
        self._dimmed = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if self._dimmed.color() == QColor():
            self._dimmed = QBrush(QColor("#777777"))

    # -- rows, page by page ------------------------------------------------------------------
    def set_rows(self, rows: Iterable[DirectoryRow]) -> None:
        """All rows at once (no further pages)."""
        listed = list(rows)
        self.set_result(len(listed), listed, None)

    def set_result(
        self, total: int | None, rows: list[DirectoryRow], loader: PageLoader | None
    ) -> None:
        """``total`` matching rows (None: not counted yet), of which ``rows`` are the first;
        ``loader`` fetches more."""
        self._total = None if total is None else max(total, len(rows))
        self._loader = loader
        super().set_rows(rows)
        self._positions = {row.id: number for number, row in enumerate(self._rows)}

    def total(self) -> int:
        """How many rows match (fetched or not); the fetched ones while not counted yet."""
        return len(self._rows) if self._total is None else self._total

    def counted(self) -> bool:
        return self._total is not None

    def set_total(self, total: int) -> None:
        """The count arrived after the first page."""
        self._total = max(total, len(self._rows))

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loader is None:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self._fetching or not self.canFetchMore(parent) or self._loader is None:
            return  # (views may ask again while rows are being inserted)
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        assert self._loader is not None
        rows = self._loader(len(self._rows), PAGE_SIZE)
        if len(rows) < PAGE_SIZE and (self._total is None or not rows):
            # the last page (or fewer rows than counted: deleted meanwhile)
            self._total = len(self._rows) + len(rows)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.append_rows(rows)
        for number, row in enumerate(rows, start=first):
            self._positions[row.id] = number
        self.endInsertRows()

    def row_of_id(self, row_id: int) -> int | None:
        """The row of ``row_id`` among the fetched rows."""
        return self._positions.get(row_id)

    def fetch_until(self, row_id: int) -> bool:
        """Fetch further pages until ``row_id`` is there (or none are left)."""
        while row_id not in self._positions and self.canFetchMore():
            self.fetchMore()
        return row_id in self._positions

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Record the order the user asked for; ``sort_changed`` tells the owner to reload."""
        key = _COLUMN_SORT.get(column, DirectorySort.NAME)
        descending = column >= 0 and order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_changed.emit()

    # -- columns -------------------------------------------------------------------------------
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
