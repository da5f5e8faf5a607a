"""The office's scores (0–100) of one supplier on the non-price criteria of a lot."""

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
from niro_desk.procurement import tender_evaluation
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close


class ScoresDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        lot_id: int,
        supplier_id: int,
        supplier: str,
        criteria: list[tuple[int, str, int]],  # (id, name, weight) of the non-price criteria
        current: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lot_id = lot_id
        self.supplier_id = supplier_id
        self.messages = FieldMessages()
        self.setObjectName("scoresDialog")
        self.setWindowTitle(self.tr("Scores of %1").replace("%1", supplier))
        form = QFormLayout()
        self.spins: dict[int, QSpinBox] = {}
        for criterion_id, name, weight in criteria:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(current.get(criterion_id, 0))
            spin.setObjectName(f"score{criterion_id}")
            self.spins[criterion_id] = spin
            form.addRow(f"{name} ({weight} %)", spin)
        hint = QLabel(self.tr("0 = unacceptable … 100 = excellent. Price is scored from the bids."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.messages.message("scores"))
        layout.addWidget(buttons)

    def save(self) -> None:
        scores = {cid: spin.value() for cid, spin in self.spins.items()}
        save_and_close(
            self,
            lambda session, user: tender_evaluation.set_scores(
                session, user, self.lot_id, self.supplier_id, scores
            ),
        )
