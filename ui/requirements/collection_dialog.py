"""Create or change a requirement collection: category, items, period, deadline, participants.

Only current members and customers are offered as participants (the service
refuses anyone else). Category and items can change while it is a draft.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.models import CollectionState, OfficeUser, OrganisationKind
from niro_desk.procurement import categories, negotiation_rounds, participants
from niro_desk.procurement import requirement_collections as collections
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.check_list import CheckList
from niro_desk.ui.requirements.labels import kind_label, unit_label


class CollectionDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, collection_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.collection_id = collection_id
        self.saved_id: int | None = collection_id
        self.setObjectName("collectionDialog")
        self.resize(900, 640)
        self.messages = FieldMessages()
        language = context.language
        with context.db.reading() as session:
            self.nodes = categories.category_tree(session)
            self.items_by_category = {
                node.id: [
                    (i.id, f"{i.name} ({unit_label(i.unit)})", "")
                    for i in categories.items_of(session, node.id)
                ]
                for node in self.nodes
            }
            self.eligible = participants.eligible_participants(session)
            self.rounds = negotiation_rounds.list_rounds(session)
            existing = collections.get_collection(session, collection_id) if collection_id else None
            self.state = existing.state if existing else CollectionState.DRAFT
            invited = (
                [p.organisation_id for p in existing.participants if p.removed_at is None]
                if existing
                else []
            )
            self.invited = set(invited)
            chosen_items = [i.item_id for i in existing.items] if existing else None
            values = (
                (
                    existing.title,
                    existing.category_id,
                    existing.supply_period,
                    existing.deadline,
                    existing.notes,
                    existing.negotiation_round_id,
                )
                if existing
                else None
            )
        self.setWindowTitle(
            self.tr("New requirement collection") if existing is None else self.tr("Collection")
        )

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        for node in self.nodes:
            self.category_combo.addItem(node.path, node.id)
        self.period_edit = QLineEdit(str(dt.date.today().year + 1))
        self.period_edit.setObjectName("periodEdit")
        self.deadline_edit = date_edit(language, dt.date.today() + dt.timedelta(days=28))
        self.deadline_edit.setObjectName("deadlineEdit")
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.addItem(self.tr("(none)"), None)
        for row in self.rounds:
            self.round_combo.addItem(f"{format_date(row.held_on, language)} – {row.title}", row.id)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setMaximumHeight(60)

        self.items_list = CheckList()
        self.items_list.setObjectName("itemsList")
        self.participants_list = CheckList(filterable=True)
        self.participants_list.setObjectName("participantsList")
        self.participants_list.set_rows(
            (
                (p.id, f"{p.name} – {kind_label(p.kind)}, {p.region or p.city}", str(p.kind))
                for p in self.eligible
            ),
            self.invited,
        )
        all_members = QPushButton(self.tr("All members"))
        all_members.clicked.connect(
            lambda: self.participants_list.set_checked(None, str(OrganisationKind.MEMBER))
        )
        all_customers = QPushButton(self.tr("All customers"))
        all_customers.clicked.connect(
            lambda: self.participants_list.set_checked(None, str(OrganisationKind.CUSTOMER))
        )
        nobody = QPushButton(self.tr("None"))
        nobody.clicked.connect(lambda: self.participants_list.set_checked([]))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.messages.field("title", self.title_edit))
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(
            self.tr("Supply &period:"), self.messages.field("supply_period", self.period_edit)
        )
        form.addRow(self.tr("&Deadline:"), self.messages.field("deadline", self.deadline_edit))
        form.addRow(self.tr("Decided in &round:"), self.round_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        items_box = QGroupBox(self.tr("Items asked for"))
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.items_list)
        items_layout.addWidget(self.messages.message("items"))
        people_box = QGroupBox(self.tr("Invited participants (members and customers)"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.participants_list)
        buttons_row = QHBoxLayout()
        for button in (all_members, all_customers, nobody):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        people_layout.addLayout(buttons_row)

        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addWidget(items_box, 1, 0)
        grid.addWidget(people_box, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)

        self.category_combo.currentIndexChanged.connect(lambda _i: self._fill_items(None))
        if values is not None:
            title, category_id, period, deadline, notes, round_id = values
            self.title_edit.setText(title)
            self.category_combo.setCurrentIndex(self.category_combo.findData(category_id))
            self.period_edit.setText(period)
            self.deadline_edit.setDate(deadline)
            self.notes_edit.setPlainText(notes)
            self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(round_id)))
        self._fill_items(chosen_items)
        draft = self.state == CollectionState.DRAFT
        self.category_combo.setEnabled(draft)
        self.items_list.setEnabled(draft)
        if self.state == CollectionState.CLOSED:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _fill_items(self, chosen: list[int] | None) -> None:
        category_id = self.category_combo.currentData()
        rows = self.items_by_category.get(category_id, []) if category_id is not None else []
        self.items_list.set_rows(rows, chosen if chosen is not None else [r[0] for r in rows])

    def data(self) -> collections.CollectionInput:
        return collections.CollectionInput(
            title=self.title_edit.text(),
            category_id=int(self.category_combo.currentData() or 0),
            supply_period=self.period_edit.text(),
            deadline=date_of(self.deadline_edit),
            item_ids=self.items_list.checked_ids(),
            notes=self.notes_edit.toPlainText(),
            negotiation_round_id=self.round_combo.currentData(),
        )

    def save(self) -> bool:
        for name in ("title", "supply_period", "deadline", "items"):
            self.messages.set(name, "")
        if self.category_combo.currentData() is None:
            self.messages.set("items", self.tr("Create a category with items first."))
            return False
        data = self.data()
        if not data.item_ids:
            self.messages.set("items", self.tr("Choose at least one item."))
            return False
        chosen = self.participants_list.checked_ids()
        reason = self.tr("taken out by the office")

        def work(session: Session, user: OfficeUser) -> None:
            if self.collection_id is None:
                self.saved_id = collections.create_collection(session, user, data, chosen).id
                return
            collections.update_collection(session, user, self.collection_id, data)
            collections.invite(session, user, self.collection_id, chosen)
            for organisation_id in sorted(self.invited - set(chosen)):
                collections.remove_participant(
                    session, user, self.collection_id, organisation_id, reason
                )

        return save_and_close(self, work)
