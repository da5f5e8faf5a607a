"""Correct a membership's application date and founding-member flag (audited).

Saves only what the user changed, from the membership version it was opened
with; after a change on another PC it offers to reload and apply again.
"""

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
from niro_desk.errors import StaleRecord
from niro_desk.formatting import format_date
from niro_desk.membership.organisations import (
    MembershipDetails,
    load_organisation,
    update_membership_details,
)
from niro_desk.ui.members.date_input import date_edit, date_of, set_date
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.reload_notice import ReloadNotice
from niro_desk.ui.members.service_action import save_and_close, stale_text


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
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.base = MembershipDetails(application_date, founding_member)
        self.version = version
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
        self.reload_notice = ReloadNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reload_notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def details(self) -> MembershipDetails:
        return MembershipDetails(
            date_of(self.application_date_edit), self.founding_member_box.isChecked()
        )

    def save(self) -> bool:
        details = self.details()
        return save_and_close(
            self,
            lambda session, user: update_membership_details(
                session,
                user,
                self.organisation_id,
                details.application_date,
                details.founding_member,
                base=self.base,
                expected_version=self.version,
            ),
            self.reload_and_reapply,
        )

    def reload_and_reapply(self, error: StaleRecord | None = None) -> None:
        """Show the membership as saved now, with the user's changes applied on top."""
        mine, loaded = self.details(), self.base
        with self.context.db.reading() as session:
            membership = load_organisation(session, self.organisation_id).membership
            if membership is None:
                return
            theirs = MembershipDetails(membership.application_date, membership.founding_member)
            self.version = membership.version
        self.base = theirs
        both: list[tuple[str, str]] = []
        day = theirs.application_date
        if mine.application_date != loaded.application_date:
            day = mine.application_date
            if theirs.application_date != loaded.application_date:
                both.append(
                    (
                        self.tr("Application date"),
                        format_date(theirs.application_date, self.context.language),
                    )
                )
        founding = theirs.founding_member
        if mine.founding_member != loaded.founding_member:
            founding = mine.founding_member
            if theirs.founding_member != loaded.founding_member:
                both.append(
                    (
                        self.tr("Founding member"),
                        self.tr("yes") if theirs.founding_member else self.tr("no"),
                    )
                )
        set_date(self.application_date_edit, day)
        self.founding_member_box.setChecked(founding)
        reason = stale_text(error, self.context.language) if error is not None else ""
        self.reload_notice.show_reloaded(reason, both)
