"""The collections list (model/view) next to the chosen collection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.procurement import requirement_collections as collections
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights
from niro_desk.ui.requirements.collection_dialog import CollectionDialog
from niro_desk.ui.requirements.collection_view import CollectionView
from niro_desk.ui.requirements.table_models import CollectionListModel


class CollectionsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("collectionsTab")
        self.model = CollectionListModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=CollectionListModel.TITLE)
        self.view.setObjectName("collectionList")
        self.new_button = QPushButton(self.tr("New collection…"))
        self.new_button.setObjectName("newCollectionButton")
        self.new_button.clicked.connect(self.new_collection)
        self.detail = CollectionView(context)
        self.detail.changed.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())

        left = QWidget()
        # room for a collection's name ("Arbeitshandschuhe und Sicherheitsschuhe 2026") next to
        # its deadline, state and answers, in the current font
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 44))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        self.view.select_first()

    def reload(self) -> None:
        chosen = self.detail.collection_id
        with self.context.db.reading() as session:
            rows = collections.list_collections(session)
        self.model.set_rows(rows)
        self.view.fit_columns()
        self.new_button.setEnabled(pool_rights(self.context).edit)
        if chosen is not None:
            self.view.select_id(chosen)

    def _show_current(self) -> None:
        self.detail.show_collection(self.view.current_id())

    def new_collection(self) -> CollectionDialog:
        dialog = CollectionDialog(self.context, None, self)
        dialog.changed.connect(lambda: self._created(dialog.saved_id))
        dialog.open()
        return dialog

    def _created(self, collection_id: int | None) -> None:
        self.reload()
        if collection_id is not None:
            self.view.select_id(collection_id)
