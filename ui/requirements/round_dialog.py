"""Create or change a negotiation round: date, title, agenda categories, attending heads, notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.models import OfficeUser
from niro_desk.procurement import categories, negotiation_rounds, participants
from niro_desk.ui.members.date_input import date_edit, date_of, set_date
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.check_list import CheckList


class RoundDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, round_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.saved_id = round_id
        self.setObjectName("roundDialog")
        self.setWindowTitle(
            self.tr("New negotiation round") if round_id is None else self.tr("Negotiation round")
        )
        self.resize(900, 600)
        self.messages = FieldMessages()
        with context.db.reading() as session:
            nodes = categories.category_tree(session)
            heads = participants.participant_heads(session)
            existing = negotiation_rounds.get_round(session, round_id) if round_id else None
            values = (
                (
                    existing.held_on,
                    existing.title,
                    existing.notes,
                    [a.category_id for a in existing.agenda],
                    [a.contact_id for a in existing.attendees],
                )
                if existing
                else None
            )
        self.date_edit = date_edit(context.language, dt.date.today())
        self.date_edit.setObjectName("heldOnEdit")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setMaximumHeight(70)
        self.agenda_list = CheckList()
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.set_rows((n.id, "    " * n.depth + n.name, "") for n in nodes)
        self.heads_list = CheckList(filterable=True)
        self.heads_list.setObjectName("headsList")
        self.heads_list.set_rows(
            (h.contact_id, f"{h.name} – {h.organisation_name}", "") for h in heads
        )
        if values is not None:
            held_on, title, notes, agenda, attendees = values
            set_date(self.date_edit, held_on)
            self.title_edit.setText(title)
            self.notes_edit.setPlainText(notes)
            self.agenda_list.set_checked(agenda)
            self.heads_list.set_checked(attendees)

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Title:"), self.messages.field("title", self.title_edit))
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        agenda_box = QGroupBox(self.tr("Categories on the agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_list)
        agenda_layout.addWidget(self.messages.message("agenda"))
        heads_box = QGroupBox(self.tr("Attending procurement heads (members and customers)"))
        heads_layout = QVBoxLayout(heads_box)
        heads_layout.addWidget(self.heads_list)
        lists = QHBoxLayout()
        lists.addWidget(agenda_box, 1)
        lists.addWidget(heads_box, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        held_on = date_of(self.date_edit)
        title = self.title_edit.text()
        agenda = self.agenda_list.checked_ids()
        attendees = self.heads_list.checked_ids()
        notes = self.notes_edit.toPlainText()

        def work(session: Session, user: OfficeUser) -> None:
            saved = negotiation_rounds.save_round(
                session, user, self.round_id, held_on, title, agenda, attendees, notes
            )
            self.saved_id = saved.id

        return save_and_close(self, work)
