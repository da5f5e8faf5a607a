"""The Requirements area of the main window: collections, negotiation rounds, categories."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.ui.requirements.categories_tab import CategoriesTab
from niro_desk.ui.requirements.collections_tab import CollectionsTab
from niro_desk.ui.requirements.rounds_tab import RoundsTab


class RequirementsArea(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("requirementsArea")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("requirementsTabs")
        self.collections = CollectionsTab(context)
        self.rounds = RoundsTab(context)
        self.categories = CategoriesTab(context)
        self.tabs.addTab(self.collections, self.tr("Requirement collections"))
        self.tabs.addTab(self.rounds, self.tr("Negotiation rounds"))
        self.tabs.addTab(self.categories, self.tr("Categories and items"))
        self.tabs.currentChanged.connect(self._refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def show_record(self, record_type: str, record_id: int) -> bool:
        """Show the collection ``record_id`` on its tab (the start page jumps here)."""
        if record_type != "collection":
            return False
        if self.tabs.currentWidget() is self.collections:
            self.collections.reload()  # it may be newer than this list
        else:
            self.tabs.setCurrentWidget(self.collections)  # reloads it
        return self.collections.view.select_id(record_id)

    def _refresh(self, index: int) -> None:
        """Another tab may have changed what this one shows (e.g. new items)."""
        widget = self.tabs.widget(index)
        if widget is self.collections:
            self.collections.reload()
        elif widget is self.rounds:
            self.rounds.reload()
