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

# data() is asked several roles for every visible cell after each keystroke: plain ints,
# and the roles it answers in one set, keep the unanswered ones (most calls) cheap
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, SortRole, IdRole, RowRole})
_MEMO_LIMIT = 5_000  # formatted rows kept across results (a search shows the same rows again)
Cells = tuple[list[str], list[SortValue], QBrush | None]


class RowTableModel(QAbstractTableModel):
    """Read-only table of rows; subclasses define the columns."""

    #: columns whose numbers align right
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._headers: list[str] | None = None
        self._rows: list[Any] = []
        self._cells: list[Cells | None] = []
        self._memo: dict[Any, Cells] = {}
        """Formatted cells of rows shown before, by row (rows that are hashable values)."""

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
        self._cells = [self._remembered(row) for row in self._rows]
        self.endResetModel()

    def _remembered(self, row: Any) -> Cells | None:
        """The cells formatted for an equal row before (the next keystroke shows it again)."""
        return self._memo.get(row) if _is_value(row) else None

    def append_rows(self, rows: Iterable[Any]) -> None:
        """Add rows at the end; the caller wraps this in ``beginInsertRows``/``endInsertRows``."""
        added = list(rows)
        self._rows.extend(added)
        self._cells.extend([None] * len(added))

    def _formatted(self, number: int) -> Cells:
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
            if _is_value(row):
                if len(self._memo) >= _MEMO_LIMIT:
                    self._memo.clear()
                self._memo[row] = cells
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
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if role == _DISPLAY:
            return (self._cells[row] or self._formatted(row))[0][index.column()]
        if role == _TOOLTIP:
            text = self._formatted(row)[0][index.column()]
            return text if len(text) > 30 else None
        if role == SortRole:
            return self._formatted(row)[1][index.column()]
        if role == IdRole:
            return self.row_id(self._rows[row])
        if role == RowRole:
            return self._rows[row]
        if role == _ALIGNMENT:
            return RIGHT if index.column() in self.right_aligned else None
        return self._formatted(row)[2]  # _FOREGROUND

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


def _is_value(row: Any) -> bool:
    """Whether ``row`` is an immutable value (a frozen dataclass, a tuple of such): equal rows
    format alike. Objects compared by identity (ORM objects) may change and are never
    remembered."""
    if type(row).__hash__ is object.__hash__ or type(row).__hash__ is None:
        return False
    try:
        hash(row)
    except TypeError:
        return False
    return True
