"""Open a round: the passphrase and who is present; a wrong passphrase is refused (and recorded)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import tender_opening
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.tenders import RoundRow
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import run_action


class OpenRoundDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, tender_round: RoundRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round = tender_round
        self.messages = FieldMessages()
        self.result_of_opening: tender_opening.OpeningResult | None = None
        self.setObjectName("openRoundDialog")
        self.setWindowTitle(self.tr("Open round %1").replace("%1", str(tender_round.number)))
        intro = QLabel(
            self.tr(
                "Deadline: %1 (Berlin time). Opening decrypts the bids received in time (and"
                " late bids that were admitted); it is recorded with your name, the time and"
                " who is present."
            ).replace("%1", berlin_text(tender_round.deadline))
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.present = QPlainTextEdit()
        self.present.setObjectName("present")
        self.present.setPlaceholderText(self.tr("One person per line, e.g. a board member"))
        self.present.setFixedHeight(80)
        self.refused = QLabel()
        self.refused.setObjectName("refused")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Present"), self.messages.field("present", self.present))
        form.addRow(self.tr("Opening passphrase"), self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the bids"))
        buttons.accepted.connect(self.open_bids)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(buttons)
        self.resize(500, self.sizeHint().height())

    def open_bids(self) -> None:
        passphrase = self.passphrase.text()
        present = self.present.toPlainText().splitlines()
        results: list[tender_opening.OpeningResult] = []

        def work(session: object, user: object) -> None:
            results.append(
                tender_opening.open_round(session, user, self.round.id, passphrase, present)  # type: ignore[arg-type]
            )

        self.passphrase.clear()
        if not run_action(self, self.context, work, self.messages):  # type: ignore[arg-type]
            return
        self.result_of_opening = results[0]
        if not results[0].opened:
            self.refused.setText(
                self.tr(
                    "The passphrase does not open this round. Nothing was opened; the attempt"
                    " is recorded."
                )
            )
            self.changed.emit()  # the audit log has a new entry
            return
        self.changed.emit()
        self.accept()
