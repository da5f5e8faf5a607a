"""Base of the members area's table models: rows of plain objects, formatted once.

A subclass names its columns (constants plus ``headers()``), says how a row
shows in each column (``display``) and how it sorts (``sort_value``: plain
str/int/float so ``QSortFilterProxyModel`` can compare them). ``set_rows()``
resets the model; a row's cells are formatted once, the first time one of them
is asked for, so ``data()`` is a list lookup with no database access and a
large page costs only the rows on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

SortValue = str | int | float
ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel):
    """Read-only table of rows; subclasses define the columns."""

    #: columns whose numbers align right
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._headers: list[str] | None = None
        self._rows: list[Any] = []
        self._cells: list[tuple[list[str], list[SortValue], QBrush | None] | None] = []

    # -- what subclasses say -----------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> SortValue:
        return self.display(row, column).casefold()

    def row_id(self, row: Any) -> int | None:
        value = getattr(row, "id", None)
        return value if isinstance(value, int) else None

    def foreground(self, row: Any) -> QBrush | None:
        return None

    def _header_texts(self) -> list[str]:
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def append_rows(self, rows: Iterable[Any]) -> None:
        """Add rows at the end; the caller wraps this in ``beginInsertRows``/``endInsertRows``."""
        added = list(rows)
        self._rows.extend(added)
        self._cells.extend([None] * len(added))

    def _formatted(self, number: int) -> tuple[list[str], list[SortValue], QBrush | None]:
        cells = self._cells[number]
        if cells is None:
            row = self._rows[number]
            columns = range(len(self._header_texts()))
            cells = (
                [self.display(row, c) for c in columns],
                [self.sort_value(row, c) for c in columns],
                self.foreground(row),
            )
            self._cells[number] = cells
        return cells

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return None

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._formatted(row)[0][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._formatted(row)[0][column]
            return text if len(text) > 30 else None
        if role == SortRole:
            return self._formatted(row)[1][column]
        if role == IdRole:
            return self.row_id(self._rows[row])
        if role == RowRole:
            return self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._formatted(row)[2]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._header_texts())
        ):
            return self._header_texts()[section]
        return None
