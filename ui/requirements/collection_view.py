"""One collection: its state and actions, who has answered, live pooled totals and the chart."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.models import CollectionState
from niro_desk.procurement import pooled_demand, requirement_submissions
from niro_desk.procurement import requirement_collections as collections
from niro_desk.ui.checked_files_panel import dropped_paths
from niro_desk.ui.members import prompts
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation
from niro_desk.ui.requirements.access import PoolRights, pool_rights
from niro_desk.ui.requirements.collection_dialog import CollectionDialog
from niro_desk.ui.requirements.history_dialog import HistoryDialog
from niro_desk.ui.requirements.labels import region_label, state_label, volume_text
from niro_desk.ui.requirements.lines_dialog import LinesDialog
from niro_desk.ui.requirements.region_chart import ChartBar, RegionChart
from niro_desk.ui.requirements.reminder_dialog import ReminderDialog
from niro_desk.ui.requirements.table_models import ItemTotalModel, ParticipantStateModel
from niro_desk.ui.requirements.workbook_actions import Mode, write_workbooks
from niro_desk.ui.requirements.workbook_import_dialog import WorkbookImportDialog


class CollectionView(QWidget):
    """Shows the chosen collection; ``changed`` after anything was saved."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.collection_id: int | None = None
        self.state: CollectionState | None = None
        self.rights: PoolRights = pool_rights(context)
        self.setObjectName("collectionView")

        self.heading = QLabel()
        self.heading.setObjectName("collectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit / invite…"))
        self.edit_button.setObjectName("editCollectionButton")
        self.edit_button.clicked.connect(self.edit)
        self.open_button = QPushButton(self.tr("Open collection"))
        self.open_button.setObjectName("openCollectionButton")
        self.open_button.clicked.connect(lambda: self.change_state(CollectionState.OPEN))
        self.close_button = QPushButton(self.tr("Close collection"))
        self.close_button.setObjectName("closeCollectionButton")
        self.close_button.clicked.connect(lambda: self.change_state(CollectionState.CLOSED))
        self.enter_button = QPushButton(self.tr("Enter requirements…"))
        self.enter_button.setObjectName("enterLinesButton")
        self.enter_button.clicked.connect(self.enter_lines)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.show_history)
        self.reminder_button = QPushButton(self.tr("Not answered yet…"))
        self.reminder_button.setObjectName("reminderButton")
        self.reminder_button.clicked.connect(self.show_reminders)
        self.workbooks_button = QPushButton(self.tr("Write workbooks…"))
        self.workbooks_button.setObjectName("workbooksButton")
        self.workbooks_button.clicked.connect(lambda: self.write_workbooks(Mode.WORKBOOKS))
        self.emails_button = QPushButton(self.tr("Prepare e-mails…"))
        self.emails_button.setObjectName("emailsButton")
        self.emails_button.clicked.connect(lambda: self.write_workbooks(Mode.EMAILS))
        self.import_button = QPushButton(self.tr("Import returned workbooks…"))
        self.import_button.setObjectName("importWorkbooksButton")
        self.import_button.setToolTip(self.tr("You can also drop workbooks on this view."))
        self.import_button.clicked.connect(lambda: self.import_workbooks())
        self.setAcceptDrops(True)
        actions = QVBoxLayout()
        for group in (
            (self.edit_button, self.open_button, self.close_button),
            (self.enter_button, self.history_button, self.reminder_button),
            (self.workbooks_button, self.emails_button, self.import_button),
        ):
            row = QHBoxLayout()
            for button in group:
                row.addWidget(button)
            row.addStretch(1)
            actions.addLayout(row)

        self.participant_model = ParticipantStateModel(context.language, self)
        self.participant_view = RowTableView(self.participant_model)
        self.participant_view.setObjectName("participantView")
        self.participant_view.doubleClicked.connect(lambda _index: self.enter_lines())
        self.total_model = ItemTotalModel(context.language, self)
        self.total_view = RowTableView(self.total_model)
        self.total_view.setObjectName("totalView")
        self.chart = RegionChart()
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)

        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(self.total_view, 2)
        chart_title = QLabel(
            self.tr("Pooled volume per item by region (each bar is the item's total)")
        )
        totals_layout.addWidget(chart_title)
        totals_layout.addWidget(self.chart, 3)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("collectionTabs")
        self.tabs.addTab(totals, self.tr("Pooled demand"))
        self.tabs.addTab(self.participant_view, self.tr("Participants"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.show_collection(None)

    # -- loading -----------------------------------------------------------------------------
    def show_collection(self, collection_id: int | None) -> None:
        self.collection_id = collection_id
        self.reload()

    def reload(self) -> None:
        language = self.context.language
        self.rights = pool_rights(self.context)
        if self.collection_id is None:
            self.state = None
            self.heading.setText(self.tr("Choose a collection on the left, or create one."))
            self.summary.clear()
            self.participant_model.set_rows([])
            self.total_model.set_rows([])
            self.chart.set_bars([], "")
            self._enable()
            return
        with self.context.db.reading() as session:
            collection = collections.get_collection(session, self.collection_id)
            title, period, deadline = (
                collection.title,
                collection.supply_period,
                collection.deadline,
            )
            category = collection.category.name
            self.state = collection.state
            if self.rights.read_all:
                states = pooled_demand.participant_states(session, self.collection_id)
            else:  # a procurement head: its own organisation's row only
                own = requirement_submissions.own_state(session, self.collection_id)
                states = [] if own is None else [own]
            totals = pooled_demand.item_totals(session, self.collection_id)
            regions = pooled_demand.region_totals(session, self.collection_id)
        self.heading.setText(
            f"<h2>{escape(title)}</h2>"
            + escape(
                self.tr("%1 · supply period %2 · deadline %3 · %4")
                .replace("%1", category)
                .replace("%2", period)
                .replace("%3", format_date(deadline, language))
                .replace("%4", state_label(self.state))
            )
        )
        invited = [s for s in states if not s.removed]
        answered = sum(1 for s in invited if s.answered)
        self.summary.setText(
            self.tr("%1 of %2 invited participants have answered.")
            .replace("%1", str(answered))
            .replace("%2", str(len(invited)))
        )
        self.participant_model.set_rows(states)
        self.total_model.set_rows(totals)
        self.total_view.fit_columns()
        self.participant_view.fit_columns()
        by_item: dict[int, list[tuple[str, object]]] = {}
        for region in regions:
            by_item.setdefault(region.item_id, []).append(
                (region_label(region.region), region.total)
            )
        self.chart.set_bars(
            [
                ChartBar(
                    t.item,
                    volume_text(t.total, language, t.unit),
                    t.total,
                    by_item.get(t.item_id, []),  # type: ignore[arg-type]
                )
                for t in totals
            ],
            self.tr("No requirements yet."),
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.collection_id is not None
        office = self.rights.edit  # the office's actions; a procurement head enters its own
        is_open = self.state == CollectionState.OPEN
        self.edit_button.setEnabled(office and chosen and self.state != CollectionState.CLOSED)
        self.open_button.setEnabled(office and self.state == CollectionState.DRAFT)
        self.close_button.setEnabled(office and is_open)
        self.enter_button.setEnabled(is_open and (office or self.rights.edits_own))
        self.history_button.setEnabled(chosen and self.rights.signed_in)
        self.reminder_button.setEnabled(office and is_open)
        outgoing = self.state in (CollectionState.DRAFT, CollectionState.OPEN)
        self.workbooks_button.setEnabled(office and outgoing)
        self.emails_button.setEnabled(office and outgoing)
        self.import_button.setEnabled(office and is_open)

    # -- actions -----------------------------------------------------------------------------
    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def edit(self) -> CollectionDialog | None:
        if self.collection_id is None:
            return None
        dialog = CollectionDialog(self.context, self.collection_id, self)
        dialog.changed.connect(self._saved)
        dialog.open()
        return dialog

    def change_state(self, target: CollectionState) -> bool:
        if self.collection_id is None:
            return False
        if target == CollectionState.CLOSED and not prompts.confirm(
            self,
            self.tr("Close collection"),
            self.tr("Close the collection? Afterwards no requirements can be entered or changed."),
        ):
            return False
        collection_id = self.collection_id
        saved = run_action(
            self,
            self.context,
            lambda session, user: collections.change_state(session, user, collection_id, target),
        )
        if saved:
            self._saved()
        return saved

    def selected_participant(self) -> tuple[int, str] | None:
        row = self.participant_view.current_row()
        if row is None:
            return None
        return row.organisation_id, row.name  # type: ignore[attr-defined]

    def _own_participant(self) -> tuple[int, str] | None:
        """A procurement head's own organisation, when it is on the Participants tab."""
        own = self.rights.organisation_id
        for row in self.participant_model.rows():
            if own is not None and row.organisation_id == own:
                return row.organisation_id, row.name
        return None

    def enter_lines(self) -> LinesDialog | None:
        if self.collection_id is None or self.state != CollectionState.OPEN:
            return None
        chosen = self.selected_participant()
        organisation_id = chosen[0] if chosen else self.rights.organisation_id
        dialog = LinesDialog(self.context, self.collection_id, organisation_id, self)
        dialog.changed.connect(self._saved)
        dialog.open()
        return dialog

    def show_history(self) -> HistoryDialog | None:
        chosen = self.selected_participant() or self._own_participant()
        if self.collection_id is None:
            return None
        if chosen is None:
            prompts.inform(
                self,
                self.tr("History"),
                self.tr("Choose a participant on the Participants tab first."),
            )
            self.tabs.setCurrentIndex(1)
            return None
        dialog = HistoryDialog(self.context, self.collection_id, chosen[0], chosen[1], self)
        dialog.open()
        return dialog

    def show_reminders(self) -> ReminderDialog | None:
        if self.collection_id is None:
            return None
        dialog = ReminderDialog(self.context, self.collection_id, self)
        dialog.open()
        return dialog

    # -- workbooks ---------------------------------------------------------------------------
    def write_workbooks(self, mode: Mode, folder: Path | None = None) -> Operation | None:
        if self.collection_id is None:
            return None
        return write_workbooks(self, self.context, self.collection_id, mode, folder)

    def import_workbooks(self, paths: list[Path] | None = None) -> WorkbookImportDialog | None:
        """The import dialog for this collection; with ``paths`` (dropped files) checking them."""
        if self.collection_id is None or self.state != CollectionState.OPEN:
            return None
        with self.context.db.reading() as session:
            title = collections.get_collection(session, self.collection_id).title
        dialog = WorkbookImportDialog(self.context, self.collection_id, title, self)
        dialog.changed.connect(self._saved)
        dialog.open()
        if paths:
            dialog.add_paths(paths)
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.state == CollectionState.OPEN and self.rights.edit and dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths and self.state == CollectionState.OPEN and self.rights.edit:
            event.acceptProposedAction()
            self.import_workbooks(paths)
