"""An editable table of text cells (prices, volumes, dates as typed), read back on save.

A row has a fixed first column (an item's name) and editable text cells; the
dialog parses the cells and marks the ones it cannot read, so nothing reaches
a service that is not a valid number or date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QBrush(QColor("#f9d6d5"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class CellRow:
    key: int
    label: str
    cells: list[str] = field(default_factory=list)


class CellTableModel(QAbstractTableModel):
    """Column 0 is the row's label; columns 1… are the row's cells (``editable`` ones too)."""

    def __init__(
        self,
        headers: list[str],
        editable: set[int],
        right_aligned: set[int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self.editable = editable
        self.right_aligned = right_aligned or set()
        self.rows: list[CellRow] = []
        self.errors: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list[CellRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.errors = {}
        self.endResetModel()

    def add_row(self, row: CellRow) -> None:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(row)
        self.endInsertRows()

    def remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.errors = {}
        self.endRemoveRows()

    def cell(self, row: int, column: int) -> str:
        return self.rows[row].cells[column - 1]

    def mark(self, row: int, column: int, text: str) -> None:
        self.errors[(row, column)] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def clear_marks(self) -> None:
        self.errors = {}
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self._headers) - 1)
            )

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.label if column == 0 else row.cells[column - 1]
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self.errors:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((index.row(), column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return RIGHT
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.editable:
            return False
        self.rows[index.row()].cells[index.column() - 1] = str(value)
        self.errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        return True
