"""Procurement categories (a tree) and the items of the chosen category, each in one unit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import categories
from niro_desk.ui.members import prompts
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights
from niro_desk.ui.requirements.item_dialog import ItemDialog
from niro_desk.ui.requirements.table_models import ItemModel

IdRole = Qt.ItemDataRole.UserRole + 1


class CategoriesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("categoriesTab")
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_items())
        self.item_model = ItemModel(context.language, self)
        self.item_view = RowTableView(self.item_model, stretch_column=ItemModel.NAME)
        self.item_view.setObjectName("itemView")
        self.item_view.doubleClicked.connect(lambda _index: self.edit_item())

        def button(text: str, name: str, slot: object) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.clicked.connect(slot)
            return made

        self.new_button = button(self.tr("New category…"), "newCategoryButton", self.new_top)
        self.sub_button = button(self.tr("New subcategory…"), "newSubcategoryButton", self.new_sub)
        self.rename_button = button(self.tr("Rename…"), "renameCategoryButton", self.rename)
        self.delete_button = button(self.tr("Delete"), "deleteCategoryButton", self.delete)
        self.new_item_button = button(self.tr("New item…"), "newItemButton", self.new_item)
        self.edit_item_button = button(self.tr("Edit item…"), "editItemButton", self.edit_item)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Categories")))
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for made in (self.new_button, self.sub_button, self.rename_button, self.delete_button):
            row.addWidget(made)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.items_label = QLabel()
        right_layout.addWidget(self.items_label)
        right_layout.addWidget(self.item_view, 1)
        hint = QLabel(
            self.tr(
                "Each item is bought in one unit. Volumes typed in another unit of the same"
                " kind are converted exactly (kWh ↔ MWh, kg ↔ t, l ↔ m³)."
            )
        )
        hint.setWordWrap(True)
        right_layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.new_item_button)
        row.addWidget(self.edit_item_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 750])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def current_category(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(IdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def reload(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.current_category()
        with self.context.db.reading() as session:
            nodes = categories.category_tree(session)
        self.tree_model.clear()
        items: dict[int, QStandardItem] = {}
        for node in nodes:
            item = QStandardItem(node.name + (f" ({node.item_count})" if node.item_count else ""))
            item.setData(node.id, IdRole)
            parent = items.get(node.parent_id) if node.parent_id else None
            (parent or self.tree_model.invisibleRootItem()).appendRow(item)
            items[node.id] = item
        self.tree.expandAll()
        target = items.get(chosen) if chosen is not None else None
        if target is None and nodes:
            target = items[nodes[0].id]
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        self._show_items()

    def _show_items(self) -> None:
        category_id = self.current_category()
        chosen = category_id is not None
        office = pool_rights(self.context).edit
        self.new_button.setEnabled(office)
        for made in (self.sub_button, self.rename_button, self.delete_button):
            made.setEnabled(chosen and office)
        self.new_item_button.setEnabled(chosen and office)
        if category_id is None:
            self.items_label.setText(self.tr("Create a category first."))
            self.item_model.set_rows([])
            return
        with self.context.db.reading() as session:
            category = categories.get_category(session, category_id)
            name = category.name
            rows = list(category.items)
        self.items_label.setText(self.tr("Items of %1").replace("%1", name))
        self.item_model.set_rows(rows)
        self.edit_item_button.setEnabled(bool(rows) and pool_rights(self.context).edit)

    def _ask_name(self, title: str, text: str = "") -> str | None:
        return prompts.ask_text(self, title, self.tr("Name:"), text)

    def new_top(self) -> bool:
        return self._create(None)

    def new_sub(self) -> bool:
        parent = self.current_category()
        return parent is not None and self._create(parent)

    def _create(self, parent_id: int | None) -> bool:
        name = self._ask_name(self.tr("New category"))
        if not name:
            return False
        created: list[int] = []
        saved = run_action(
            self,
            self.context,
            lambda session, user: created.append(
                categories.create_category(session, user, name, parent_id).id
            ),
        )
        if saved:
            self.reload(created[0])
        return saved

    def rename(self) -> bool:
        category_id = self.current_category()
        if category_id is None:
            return False
        with self.context.db.reading() as session:
            category = categories.get_category(session, category_id)
            old, description = category.name, category.description
        name = self._ask_name(self.tr("Rename category"), old)
        if not name:
            return False
        saved = run_action(
            self,
            self.context,
            lambda session, user: categories.rename_category(
                session, user, category_id, name, description
            ),
        )
        if saved:
            self.reload(category_id)
        return saved

    def delete(self) -> bool:
        category_id = self.current_category()
        if category_id is None or not prompts.confirm(
            self, self.tr("Delete category"), self.tr("Delete the empty category?")
        ):
            return False
        saved = run_action(
            self,
            self.context,
            lambda session, user: categories.delete_category(session, user, category_id),
        )
        if saved:
            self.tree.setCurrentIndex(QModelIndex())
            self.reload()
        return saved

    def new_item(self) -> ItemDialog | None:
        category_id = self.current_category()
        if category_id is None:
            return None
        dialog = ItemDialog(self.context, category_id, None, self)
        dialog.changed.connect(lambda: self.reload(category_id))
        dialog.open()
        return dialog

    def edit_item(self) -> ItemDialog | None:
        category_id = self.current_category()
        item_id = self.item_view.current_id()
        if category_id is None or item_id is None:
            return None
        dialog = ItemDialog(self.context, category_id, item_id, self)
        dialog.changed.connect(lambda: self.reload(category_id))
        dialog.open()
        return dialog
