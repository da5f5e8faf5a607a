"""Enter a bid by hand: the prices typed go straight into the seal and are never shown back.

After saving, the dialog shows only the receipt — supplier, lots covered,
validity and time received — and empties the price fields, so the next bid
can be entered. Prices are typed as German or English numbers (``0,1234``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.formatting import format_date, parse_number
from niro_desk.models import UnitOfMeasure
from niro_desk.procurement import bids
from niro_desk.procurement.berlin_time import berlin_text, in_berlin
from niro_desk.procurement.tender_brief import TenderBrief
from niro_desk.procurement.tenders import RoundRow
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.requirements.labels import unit_label
from niro_desk.ui.tenders.deadline_input import DeadlineEdit


class BidDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        tender_round: RoundRow,
        brief: TenderBrief,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round = tender_round
        self.messages = FieldMessages()
        self.setObjectName("bidDialog")
        self.setWindowTitle(
            self.tr("Enter a sealed bid — round %1").replace("%1", str(tender_round.number))
        )
        note = QLabel(
            self.tr(
                "The prices are encrypted as soon as you save and are not shown again until"
                " the round is opened with the passphrase after the deadline (%1)."
            ).replace("%1", berlin_text(tender_round.deadline))
        )
        note.setWordWrap(True)
        self.supplier = QComboBox()
        self.supplier.setObjectName("supplier")
        for supplier_id, name in tender_round.suppliers:
            self.supplier.addItem(name, supplier_id)
        now = in_berlin(dt.datetime.now(dt.UTC))
        self.received = DeadlineEdit(now.date())
        self.received.setObjectName("receivedAt")
        self.received.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.valid_until = date_edit(context.language, dt.date.today() + dt.timedelta(days=90))
        self.valid_until.setObjectName("validUntil")
        self.conditions = QPlainTextEdit()
        self.conditions.setObjectName("conditions")
        self.conditions.setFixedHeight(54)
        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(
            self.tr("Received (Berlin time)"), self.messages.field("received_at", self.received)
        )
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Conditions"), self.conditions)

        self.lot_boxes: dict[int, QCheckBox] = {}
        self.price_inputs: dict[int, dict[int, QLineEdit]] = {}
        lots_widget = QWidget()
        lots_layout = QVBoxLayout(lots_widget)
        for lot in brief.lots:
            group = QGroupBox()
            box = QCheckBox(
                self.tr("Lot %1: %2").replace("%1", str(lot.number)).replace("%2", lot.name)
            )
            box.setObjectName(f"lot{lot.number}")
            box.setChecked(True)
            self.lot_boxes[lot.lot_id] = box
            group_form = QFormLayout(group)
            group_form.addRow(box)
            inputs = {}
            for item in lot.items:
                edit = QLineEdit()
                edit.setObjectName(f"price_{lot.number}_{item.item_id}")
                edit.setPlaceholderText(
                    self.tr("€ per %1").replace("%1", unit_label(UnitOfMeasure(item.unit)))
                )
                inputs[item.item_id] = edit
                group_form.addRow(item.name, edit)
            box.toggled.connect(lambda on, edits=inputs: [e.setEnabled(on) for e in edits.values()])
            self.price_inputs[lot.lot_id] = inputs
            lots_layout.addWidget(group)
        lots_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(lots_widget)
        self.price_message = self.messages.message("prices")
        self.receipt = QLabel()
        self.receipt.setObjectName("receipt")
        self.receipt.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Seal and save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.price_message)
        layout.addWidget(self.receipt)
        layout.addWidget(self.buttons)
        self.resize(560, 620)

    def _prices(self) -> dict[int, dict[int, Decimal]]:
        lots: dict[int, dict[int, Decimal]] = {}
        for lot_id, box in self.lot_boxes.items():
            if not box.isChecked():
                continue
            prices = {}
            for item_id, edit in self.price_inputs[lot_id].items():
                if not edit.text().strip():
                    continue  # the service names what is missing
                try:
                    prices[item_id] = parse_number(edit.text(), self.context.language)
                except ValueError:
                    raise ValidationError(
                        "prices",
                        QT_TRANSLATE_NOOP(
                            "Messages", "A price is not a number: type it like 0.1234."
                        ),
                    ) from None
            lots[lot_id] = prices
        return lots

    def save(self) -> None:
        self.messages.set("prices", "")
        receipts: list[bids.BidReceipt] = []

        def work(session: object, user: object) -> None:
            data = bids.BidInput(
                self.round.id,
                int(self.supplier.currentData()),
                self._prices(),
                date_of(self.valid_until),
                self.conditions.toPlainText(),
                self.received.deadline(),
            )
            receipts.append(bids.enter_bid(session, user, data))  # type: ignore[arg-type]

        if not run_action(self, self.context, work, self.messages):  # type: ignore[arg-type]
            return
        receipt = receipts[0]
        for inputs in self.price_inputs.values():
            for edit in inputs.values():
                edit.clear()
        text = (
            self.tr("Sealed: %1, lots %2, valid until %3, received %4.")
            .replace("%1", receipt.supplier)
            .replace("%2", ", ".join(map(str, receipt.lots)))
            .replace("%3", format_date(receipt.valid_until, self.context.language) or "–")
            .replace("%4", berlin_text(receipt.received_at))
        )
        if receipt.late:
            text += " " + self.tr("It came after the deadline: late, excluded unless admitted.")
        self.receipt.setText(text)
        self.changed.emit()
