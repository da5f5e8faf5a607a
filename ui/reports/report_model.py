"""A table model for any ``procurement.reports.ReportTable``: formatted once, sorted by value.

Money, volumes and whole numbers are right-aligned and sort as numbers; dates
sort by day. ``coloured`` columns show negative amounts red and positive ones
green (the membership value's difference).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from niro_desk.formatting import format_date, format_money, format_number
from niro_desk.procurement.reports import Kind, ReportTable
from niro_desk.ui.members.row_table_model import ModelIndex, RowTableModel, SortValue

GAIN = QColor("#1a7f37")
LOSS = QColor("#c62828")


class ReportRow:
    __slots__ = ("id", "values")

    def __init__(self, row_id: int | None, values: list[Any]) -> None:
        self.id = row_id
        self.values = values


class ReportTableModel(RowTableModel):
    def __init__(
        self, language: str, coloured: tuple[str, ...] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(language, parent)
        self.table: ReportTable | None = None
        self._coloured_keys = coloured
        self._coloured: set[int] = set()

    def set_table(self, table: ReportTable) -> None:
        changed = self.table is None or [c.header for c in self.table.columns] != [
            c.header for c in table.columns
        ]
        if changed:
            self.beginResetModel()
            self.table = table
            self._headers = None
            self.right_aligned = frozenset(
                index for index, c in enumerate(table.columns) if c.kind != Kind.TEXT
            )
            self._coloured = {
                index for index, c in enumerate(table.columns) if c.key in self._coloured_keys
            }
            self.endResetModel()
        self.table = table
        self.set_rows(ReportRow(i, v) for i, v in zip(table.row_ids, table.rows, strict=True))

    def headers(self) -> list[str]:
        return [] if self.table is None else [c.header for c in self.table.columns]

    def kind(self, column: int) -> Kind:
        assert self.table is not None
        return self.table.columns[column].kind

    def display(self, row: ReportRow, column: int) -> str:
        value = row.values[column]
        if value is None:
            return ""
        kind = self.kind(column)
        if kind == Kind.MONEY:
            return format_money(value, self.language)
        if kind == Kind.VOLUME:
            return format_number(value, self.language)
        if kind == Kind.RATIO:
            return format_number(value, self.language, 2)
        if kind == Kind.WHOLE:
            return format_number(value, self.language, 0)
        if kind == Kind.DATE:
            return format_date(value, self.language)
        return str(value)

    def sort_value(self, row: ReportRow, column: int) -> SortValue:
        value = row.values[column]
        kind = self.kind(column)
        if kind == Kind.TEXT:
            return str(value or "").casefold()
        if value is None:
            return float("-inf")
        if isinstance(value, dt.date):
            return value.toordinal()
        return float(value)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if index.column() in self._coloured:
                value = self.row_at(index.row()).values[index.column()]
                if isinstance(value, Decimal) and value:
                    return QBrush(GAIN if value > 0 else LOSS)
            return None
        return super().data(index, role)
