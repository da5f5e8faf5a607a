"""The editable table of the manual-entry dialog: one requirement line per row, as text.

Cells hold what the user typed; ``lines()`` parses them (German numbers and
dates, a unit typed after the volume) and marks each cell it cannot read, so
nothing reaches the service that is not a valid number or date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.formatting import format_date, parse_number
from niro_desk.messages import render_error
from niro_desk.models import RequirementLine, UnitOfMeasure
from niro_desk.procurement.requirement_submissions import LineInput
from niro_desk.procurement.units import parse_volume
from niro_desk.ui.requirements.labels import price_text, unit_label, volume_text

ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QBrush(QColor("#f9d6d5"))
_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date_text(text: str) -> dt.date | None:
    """``22.11.2026``, ``22/11/2026`` or ``2026-11-22``; None for empty; ValueError otherwise."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    raise ValueError(text)


@dataclass
class EditRow:
    item_id: int
    item: str
    unit: UnitOfMeasure
    cells: list[str] = field(default_factory=lambda: [""] * 6)


class LineEditModel(QAbstractTableModel):
    ITEM, VOLUME, SITES, SUPPLIER, PRICE, CONTRACT_END, NOTICE = range(7)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[EditRow] = []
        self.errors: dict[tuple[int, int], str] = {}

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: list[EditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.errors = {}
        self.endResetModel()

    @staticmethod
    def row_from_line(line: RequirementLine, language: str) -> EditRow:
        return EditRow(
            line.item_id,
            line.item.name,
            line.unit,
            [
                volume_text(line.volume, language),
                line.delivery_sites,
                line.current_supplier,
                price_text(line.current_unit_price, language).replace("\u00a0€", ""),
                format_date(line.contract_end, language),
                format_date(line.notice_date, language),
            ],
        )

    def add_row(self, row: EditRow, after: int | None = None) -> int:
        position = len(self.rows) if after is None else after + 1
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, row)
        self.errors = {}
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.errors = {}
        self.endRemoveRows()

    def lines(self) -> tuple[list[LineInput], list[int], list[str]]:
        """The lines with a volume, their table rows, and the problems found (empty if none)."""
        self.errors = {}
        lines: list[LineInput] = []
        positions: list[int] = []
        for position, row in enumerate(self.rows):
            volume_cell, sites, supplier, price_cell, end_cell, notice_cell = row.cells
            if not volume_cell.strip():
                continue
            volume = self._read(
                position, self.VOLUME, parse_volume, volume_cell, row.unit, self.language
            )
            price = self._read(position, self.PRICE, self._price, price_cell)
            end = self._read(position, self.CONTRACT_END, parse_date_text, end_cell)
            notice = self._read(position, self.NOTICE, parse_date_text, notice_cell)
            if (position, self.VOLUME) in self.errors:
                continue
            lines.append(
                LineInput(
                    row.item_id,
                    volume if isinstance(volume, Decimal) else Decimal(0),
                    sites,
                    supplier,
                    price if isinstance(price, Decimal) else None,
                    end if isinstance(end, dt.date) else None,
                    notice if isinstance(notice, dt.date) else None,
                )
            )
            positions.append(position)
        self._changed_all()
        problems = [
            self.tr("Line %1, %2: %3")
            .replace("%1", str(position + 1))
            .replace("%2", self.headers()[column])
            .replace("%3", text)
            for (position, column), text in sorted(self.errors.items())
        ]
        return lines, positions, problems

    def mark(self, position: int, field_name: str, text: str) -> None:
        column = {
            "item": self.ITEM,
            "volume": self.VOLUME,
            "price": self.PRICE,
            "notice_date": self.NOTICE,
            "supplier": self.SUPPLIER,
        }.get(field_name, self.VOLUME)
        self.errors[(position, column)] = text
        self._changed_all()

    def _price(self, text: str) -> Decimal | None:
        if not text.strip():
            return None
        return parse_number(text, self.language)

    def _read(self, position: int, column: int, parse: Any, *arguments: Any) -> object:
        try:
            return parse(*arguments)
        except ValidationError as error:
            self.errors[(position, column)] = render_error(error)
        except NiroDeskError as error:
            self.errors[(position, column)] = render_error(error)
        except ValueError:
            self.errors[(position, column)] = (
                self.tr("not a date such as 31.12.2026")
                if column in (self.CONTRACT_END, self.NOTICE)
                else self.tr("not a number")
            )
        return None

    def _changed_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    # -- Qt ----------------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Volume per year"),
            self.tr("Delivery sites"),
            self.tr("Today's supplier"),
            self.tr("Today's unit price (€)"),
            self.tr("Contract ends"),
            self.tr("Notice by"),
        ]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ITEM:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ITEM:
                return f"{row.item} ({unit_label(row.unit)})"
            return row.cells[column - 1]
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self.errors:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((index.row(), column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VOLUME, self.PRICE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == self.ITEM:
            return False
        self.rows[index.row()].cells[index.column() - 1] = str(value)
        self.errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        return True
