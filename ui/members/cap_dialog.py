"""Set the membership cap (a shared setting, audited through ``set_cap``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.membership.admission import cap_status
from niro_desk.membership.membership_cap import set_cap
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.text_width import width_in_letters


class CapDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("capDialog")
        self.setWindowTitle(self.tr("Membership cap"))
        self.messages = FieldMessages()
        with context.db.reading() as session:
            status = cap_status(session)
        self.cap_edit = QSpinBox()
        self.cap_edit.setObjectName("capEdit")
        self.cap_edit.setRange(1, 100_000)
        self.cap_edit.setValue(status.cap)
        explanation = QLabel(
            self.tr(
                "The network admits at most this many members (customers and applicants do not"
                " count). When it is full, applicants wait on the waiting list. Now: %1 members,"
                " %2 waiting."
            )
            .replace("%1", str(status.members))
            .replace("%2", str(status.waiting))
        )
        explanation.setWordWrap(True)
        self.below_label = QLabel()
        self.below_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Cap:"), self.messages.field("cap", self.cap_edit))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.below_label)
        layout.addWidget(self.buttons)
        # room for the explanation in a few lines, in whatever font and scaling
        self.setMinimumWidth(width_in_letters(self, 60))
        self._members = status.members
        self.cap_edit.valueChanged.connect(self._explain)
        self._explain(status.cap)

    def _explain(self, cap: int) -> None:
        self.below_label.setText(
            self.tr(
                "There are more members than that already: nobody is excluded, but nobody"
                " new is admitted until members leave."
            )
            if cap < self._members
            else ""
        )
        self.below_label.setVisible(cap < self._members)  # no empty gap above the buttons

    def save(self) -> bool:
        return save_and_close(
            self,
            lambda session, user: set_cap(session, user, self.cap_edit.value()),
        )
