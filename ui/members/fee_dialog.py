"""Add a step to a member's fee history: from a date, a new annual fee.

The step is saved against the fee history the user saw (the membership's
version): when another PC changed the history meanwhile, the dialog says who
and when, and on request takes the new history as its base, keeping the
user's entries for a review.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import StaleRecord
from niro_desk.formatting import format_number, parse_number
from niro_desk.membership.organisations import load_organisation, set_fee
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.reload_notice import ReloadNotice
from niro_desk.ui.members.service_action import save_and_close, stale_text
from niro_desk.ui.text_width import width_in_letters

EXAMPLE_AMOUNT = Decimal("1234.50")


class FeeDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        organisation_id: int,
        name: str,
        parent: QWidget | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.version = version  # of the membership whose fee history the user saw
        self.setObjectName("feeDialog")
        self.setWindowTitle(self.tr("New fee step for %1").replace("%1", name))
        self.messages = FieldMessages()
        self.valid_from_edit = date_edit(context.language)
        self.valid_from_edit.setObjectName("validFromEdit")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setPlaceholderText(
            format_number(EXAMPLE_AMOUNT, context.language, 2) + " €"
        )
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMinimumWidth(width_in_letters(self.note_edit, 40))
        form = QFormLayout()
        form.addRow(
            self.tr("Valid &from:"), self.messages.field("valid_from", self.valid_from_edit)
        )
        form.addRow(self.tr("&Annual fee:"), self.messages.field("annual_fee", self.amount_edit))
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_notice = ReloadNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reload_notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.amount_edit.textChanged.connect(lambda _text: self.messages.set("annual_fee", ""))

    def save(self) -> bool:
        try:
            amount = parse_number(self.amount_edit.text(), self.context.language)
        except ValueError:
            self.messages.set(
                "annual_fee",
                self.tr("Enter an amount such as %1.").replace(
                    "%1", format_number(EXAMPLE_AMOUNT, self.context.language, 2)
                ),
            )
            return False
        return save_and_close(
            self,
            lambda session, user: set_fee(
                session,
                user,
                self.organisation_id,
                date_of(self.valid_from_edit),
                amount,
                self.note_edit.text(),
                expected_version=self.version,
            ),
            self.reload,
        )

    def reload(self, error: StaleRecord | None = None) -> None:
        """Take the fee history as saved now as the base; the user's entries stay."""
        with self.context.db.reading() as session:
            membership = load_organisation(session, self.organisation_id).membership
            self.version = membership.version if membership is not None else None
        reason = stale_text(error, self.context.language) if error is not None else ""
        self.reload_notice.show_reloaded(reason, [])
        self.changed.emit()  # the fee history behind the dialog shows the other change
