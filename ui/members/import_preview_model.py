"""What an Excel import would do (new, update with each change, unchanged) and its problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from niro_desk.models import MembershipStatus
from niro_desk.ui.members.labels import status_label
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

ROW_SHEET = 0
ROW = 1
ACTION = 2
NAME = 3
STATUS = 4
CITY = 5
CODES = 6
CHANGES = 7

SHEET = 0
PROBLEM_ROW = 1
COLUMN = 2
PROBLEM = 3


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return ", ".join(str(item) for item in value)
    return str(value)


def _action_text(action: Any) -> str:
    value = str(getattr(action, "value", action))
    labels = {
        "new": QCoreApplication.translate("ImportPreview", "New"),
        "create": QCoreApplication.translate("ImportPreview", "New"),
        "update": QCoreApplication.translate("ImportPreview", "Update"),
        "unchanged": QCoreApplication.translate("ImportPreview", "Unchanged"),
    }
    return labels.get(value, value)


class ImportRowsModel(RowTableModel):
    """Rows are ``ImportPreviewRow`` (sheet, row, action, name, status, city, codes, changes)."""

    right_aligned = frozenset({ROW})

    def headers(self) -> list[str]:
        return [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Action"),
            self.tr("Name"),
            self.tr("Status"),
            self.tr("City"),
            self.tr("NACE classes"),
            self.tr("Changes (before → after)"),
        ]

    def row_id(self, row: Any) -> int | None:
        return None

    def display(self, row: Any, column: int) -> str:
        if column == ROW_SHEET:
            return _text(getattr(row, "sheet", ""))
        if column == ROW:
            return _text(row.row)
        if column == ACTION:
            return _action_text(row.action)
        if column == NAME:
            return _text(row.name)
        if column == STATUS:
            value = _text(getattr(row.status, "value", row.status))
            try:
                return status_label(MembershipStatus(value))
            except ValueError:
                return value
        if column == CITY:
            return _text(row.city)
        if column == CODES:
            return _text(row.codes)
        if column == CHANGES:
            return "; ".join(str(change) for change in getattr(row, "changes", ()))
        return ""

    def sort_value(self, row: Any, column: int) -> SortValue:
        if column == ROW and isinstance(row.row, int):
            return row.row
        return self.display(row, column).casefold()


class ImportProblemsModel(RowTableModel):
    """Rows are ``ImportProblem`` (sheet, row, column, ``text()``)."""

    right_aligned = frozenset({PROBLEM_ROW})

    def headers(self) -> list[str]:
        return [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def row_id(self, row: Any) -> int | None:
        return None

    def display(self, row: Any, column: int) -> str:
        if column == SHEET:
            return _text(getattr(row, "sheet", ""))
        if column == PROBLEM_ROW:
            return _text(getattr(row, "row", ""))
        if column == COLUMN:
            return _text(getattr(row, "column", ""))
        if column == PROBLEM:
            text = getattr(row, "text", None)
            return str(text()) if callable(text) else str(row)
        return ""

    def sort_value(self, row: Any, column: int) -> SortValue:
        value = getattr(row, "row", None)
        if column == PROBLEM_ROW and isinstance(value, int):
            return value
        return self.display(row, column).casefold()
