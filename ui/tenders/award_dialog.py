"""Award the lots: per lot a share (%) per supplier with an opened bid; 100 % to one, or split.

A lot whose shares are all 0 is not awarded. Saving awards everything in one
transaction and creates the draft framework agreements.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import tender_award
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close


class AwardDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        tender_id: int,
        lots: list[tuple[int, str, list[tuple[int, str]]]],  # (lot id, label, ranked suppliers)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tender_id = tender_id
        self.messages = FieldMessages()
        self.setObjectName("awardDialog")
        self.setWindowTitle(self.tr("Award"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give each lot to one supplier (100 %) or split it; the shares of a lot add up"
                " to 100 %. The award creates a draft framework agreement per supplier."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.shares: dict[int, dict[int, QSpinBox]] = {}
        for lot_id, label, suppliers in lots:
            group = QGroupBox(label)
            form = QFormLayout(group)
            spins = {}
            for index, (supplier_id, name) in enumerate(suppliers):
                spin = QSpinBox()
                spin.setRange(0, 100)
                spin.setSuffix(" %")
                spin.setValue(100 if index == 0 else 0)
                spin.setObjectName(f"share_{lot_id}_{supplier_id}")
                spins[supplier_id] = spin
                form.addRow(name, spin)
            self.shares[lot_id] = spins
            layout.addWidget(group)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        reason_form = QFormLayout()
        reason_form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(reason_form)
        layout.addWidget(self.messages.message("award"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Award"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def decisions(self) -> dict[int, list[tender_award.Share]]:
        return {
            lot_id: [
                tender_award.Share(supplier_id, Decimal(spin.value()))
                for supplier_id, spin in spins.items()
                if spin.value()
            ]
            for lot_id, spins in self.shares.items()
        }

    def save(self) -> None:
        decisions, reason = self.decisions(), self.reason.text()
        save_and_close(
            self,
            lambda session, user: tender_award.award_tender(
                session, user, self.tender_id, decisions, reason
            ),
        )
