"""Everything a person could read in a widget: every item model's headers, cells and
tooltips (tree children too) and every label; for tests that look for data that must not
be shown (a procurement head walking the window)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget


def model_text(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """The headers and every cell's display text and tooltip of ``model`` below ``parent``."""
    parent = parent or QModelIndex()
    found = []
    for column in range(model.columnCount(parent)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            found.append(str(header))
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    found.append(str(value))
            if column == 0 and model.rowCount(index) > 0:
                found.extend(model_text(model, index))
    return found


def widget_text(widget: QWidget) -> str:
    """Every cell of every item model under ``widget`` and every label, one per line."""
    parts: list[str] = []
    for model in widget.findChildren(QAbstractItemModel):
        parts.extend(model_text(model))
    for label in widget.findChildren(QLabel):
        parts.append(label.text())
    return "\n".join(parts)
