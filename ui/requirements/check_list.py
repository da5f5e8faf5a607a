"""A checkable list (model/view) with a filter line, for choosing items and participants."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

IdRole = Qt.ItemDataRole.UserRole + 1
TagRole = Qt.ItemDataRole.UserRole + 2


class CheckList(QWidget):
    """Rows of (id, text, tag), each with a check box; ``filterable`` adds a search line."""

    def __init__(self, filterable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if filterable:
            layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)

    def set_rows(self, rows: Iterable[tuple[int, str, str]], checked: Iterable[int] = ()) -> None:
        chosen = set(checked)
        self.model.clear()
        for row_id, text, tag in rows:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if row_id in chosen else Qt.CheckState.Unchecked
            )
            item.setData(row_id, IdRole)
            item.setData(tag, TagRole)
            self.model.appendRow(item)

    def checked_ids(self) -> list[int]:
        return [
            int(self.model.item(row).data(IdRole))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Iterable[int] | None = None, tag: str | None = None) -> None:
        """Check the rows with these ids, or with this tag; None for both clears all."""
        wanted = set(ids or ())
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            on = int(item.data(IdRole)) in wanted or (tag is not None and item.data(TagRole) == tag)
            if ids is None and tag is not None and not on:
                continue  # adding a tag keeps what is checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
