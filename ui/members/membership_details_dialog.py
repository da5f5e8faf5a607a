"""Correct a membership's application date and founding-member flag (audited)."""

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
from niro_desk.membership.organisations import update_membership_details
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close


class MembershipDetailsDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        organisation_id: int,
        name: str,
        application_date: dt.date,
        founding_member: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.setObjectName("membershipDetailsDialog")
        self.setWindowTitle(self.tr("Membership of %1").replace("%1", name))
        self.messages = FieldMessages()
        self.application_date_edit = date_edit(context.language, application_date)
        self.founding_member_box = QCheckBox(self.tr("Founding member"))
        self.founding_member_box.setChecked(founding_member)
        form = QFormLayout()
        form.addRow(
            self.tr("&Application date:"),
            self.messages.field("application_date", self.application_date_edit),
        )
        form.addRow("", self.founding_member_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        return save_and_close(
            self,
            lambda session, user: update_membership_details(
                session,
                user,
                self.organisation_id,
                date_of(self.application_date_edit),
                self.founding_member_box.isChecked(),
            ),
        )
