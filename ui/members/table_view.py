"""A read-only, row-selecting table view with a sorting proxy, as the members area uses it.

With ``sort_in_model=True`` the proxy passes a header click on to the model
(``QIdentityProxyModel``: no rows re-sorted in memory), for models that sort in
the database and fetch their rows page by page, such as the members directory.
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from niro_desk.ui.members.row_table_model import IdRole, RowTableModel, SortRole


class RowTableView(QTableView):
    """Shows a ``RowTableModel`` sortable by column (through ``SortRole``)."""

    def __init__(
        self,
        model: RowTableModel,
        parent: QWidget | None = None,
        sortable: bool = True,
        stretch_column: int | None = None,
        sort_in_model: bool = False,
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy: QSortFilterProxyModel | QIdentityProxyModel
        if sort_in_model:
            # QAbstractProxyModel forwards sort() and fetchMore() to the model.
            self.proxy = QIdentityProxyModel(self)
        else:
            self.proxy = QSortFilterProxyModel(self)
            self.proxy.setSortRole(SortRole)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        if sortable:
            self.setSortingEnabled(True)
            self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order

    def current_row(self) -> object | None:
        """The selected source row object, or None."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            rows = self.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        source = self.proxy.mapToSource(index)
        return self.source.row_at(source.row())

    def current_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(IdRole)
        return value if isinstance(value, int) else None

    def select_id(self, row_id: int) -> bool:
        row = self.source.row_of_id(row_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        self.setCurrentIndex(index)
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.selectRow(0)

    def fit_columns(self, maximum: int = 320) -> None:
        """Columns as wide as their contents, but none wider than ``maximum`` pixels."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, min(header.sectionSize(column), maximum))
