"""Start a further round: its deadline and the shortlist of the previous round's suppliers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import tenders
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.tenders.deadline_input import DeadlineEdit


class NextRoundDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        tender_id: int,
        suppliers: tuple[tuple[int, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tender_id = tender_id
        self.messages = FieldMessages()
        self.setObjectName("nextRoundDialog")
        self.setWindowTitle(self.tr("Further round"))
        self.deadline = DeadlineEdit(dt.date.today() + dt.timedelta(days=10))
        form = QFormLayout()
        form.addRow(
            self.tr("Deadline (Berlin time)"), self.messages.field("deadline", self.deadline)
        )
        self.boxes: dict[int, QCheckBox] = {}
        for supplier_id, name in suppliers:
            box = QCheckBox(name)
            box.setChecked(True)
            self.boxes[supplier_id] = box
            form.addRow("" if self.boxes.keys() - {supplier_id} else self.tr("Shortlist"), box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages.message("suppliers"))
        layout.addWidget(buttons)

    def save(self) -> None:
        chosen = [s for s, box in self.boxes.items() if box.isChecked()]
        deadline = self.deadline.deadline()
        save_and_close(
            self,
            lambda session, user: tenders.start_next_round(
                session, user, self.tender_id, deadline, chosen
            ),
        )
