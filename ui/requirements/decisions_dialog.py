"""The decisions of a negotiation round: which categories go to a collection next, and notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import negotiation_rounds
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.check_list import CheckList


class DecisionsDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.setObjectName("decisionsDialog")
        self.setWindowTitle(self.tr("Decisions of the round"))
        self.resize(560, 520)
        self.messages = FieldMessages()
        with context.db.reading() as session:
            ranking = negotiation_rounds.combined_ranking(session, round_id)
            found = negotiation_rounds.get_round(session, round_id)
            decided = {d.category_id: d.note for d in found.decisions}
            notes = found.notes
        self.notes_by_category = decided
        self.list = CheckList()
        self.list.setObjectName("decisionList")
        self.list.set_rows(
            (
                (
                    r.category_id,
                    self.tr("%1. %2 (%3 points)")
                    .replace("%1", str(r.position))
                    .replace("%2", r.name)
                    .replace("%3", str(r.points)),
                    "",
                )
                for r in ranking
            ),
            decided,
        )
        self.notes_edit = QPlainTextEdit(notes)
        self.notes_edit.setObjectName("notesEdit")
        box = QGroupBox(self.tr("Go to a requirement collection next"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addWidget(QLabel(self.tr("Notes of the round:")))
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.messages.message("decisions"))
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        decisions = {c: self.notes_by_category.get(c, "") for c in self.list.checked_ids()}
        notes = self.notes_edit.toPlainText()
        return save_and_close(
            self,
            lambda session, user: negotiation_rounds.set_decisions(
                session, user, self.round_id, decisions, notes
            ),
        )
