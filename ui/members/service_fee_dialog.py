"""Record or change one of a customer's service fees: from a day, for an agreement or the
pool as a whole, an annual amount and a note."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_number, parse_number
from niro_desk.models import ServiceFee
from niro_desk.procurement.service_fees import (
    add_service_fee,
    fee_agreements,
    update_service_fee,
)
from niro_desk.ui.members.date_input import date_edit, date_of, set_date
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.text_width import width_in_letters

EXAMPLE_AMOUNT = Decimal("1234.50")


class ServiceFeeDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        organisation_id: int,
        name: str,
        fee: ServiceFee | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.fee_id = fee.id if fee is not None else None
        self.setObjectName("serviceFeeDialog")
        title = self.tr("New service fee for %1") if fee is None else self.tr("Service fee of %1")
        self.setWindowTitle(title.replace("%1", name))
        self.messages = FieldMessages()
        self.valid_from_edit = date_edit(context.language)
        self.valid_from_edit.setObjectName("validFromEdit")
        self.agreement_combo = QComboBox()
        self.agreement_combo.setObjectName("agreementCombo")
        self.agreement_combo.addItem(self.tr("All agreements (pool as a whole)"), None)
        with context.db.reading() as session:
            for record in fee_agreements(session, organisation_id):
                reference = f" ({record.reference})" if record.reference else ""
                self.agreement_combo.addItem(record.title + reference, record.id)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setPlaceholderText(
            format_number(EXAMPLE_AMOUNT, context.language, 2) + " €"
        )
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMinimumWidth(width_in_letters(self.note_edit, 40))
        if fee is not None:
            set_date(self.valid_from_edit, fee.valid_from)
            index = self.agreement_combo.findData(fee.agreement_id)
            self.agreement_combo.setCurrentIndex(max(index, 0))
            self.amount_edit.setText(format_number(fee.annual_fee, context.language, 2))
            self.note_edit.setText(fee.note)
        form = QFormLayout()
        form.addRow(
            self.tr("Valid &from:"), self.messages.field("valid_from", self.valid_from_edit)
        )
        form.addRow(self.tr("&For:"), self.messages.field("agreement_id", self.agreement_combo))
        form.addRow(self.tr("&Annual fee:"), self.messages.field("annual_fee", self.amount_edit))
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.amount_edit.textChanged.connect(lambda _text: self.messages.set("annual_fee", ""))
        self.valid_from_edit.dateChanged.connect(lambda _day: self.messages.set("valid_from", ""))
        self.agreement_combo.currentIndexChanged.connect(
            lambda _index: self.messages.set("agreement_id", "")
        )

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
        agreement_id = self.agreement_combo.currentData()
        valid_from = date_of(self.valid_from_edit)
        note = self.note_edit.text()
        fee_id = self.fee_id
        if fee_id is None:
            return save_and_close(
                self,
                lambda session, user: add_service_fee(
                    session, user, self.organisation_id, agreement_id, valid_from, amount, note
                ),
            )
        return save_and_close(
            self,
            lambda session, user: update_service_fee(
                session, user, fee_id, agreement_id, valid_from, amount, note
            ),
        )
