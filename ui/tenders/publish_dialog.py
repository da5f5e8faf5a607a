"""Publish a tender: the opening passphrase (twice, with a strength hint) and round 1's deadline.

The dialog says up front what losing the passphrase means: nobody, not even
the office with full database access, can open the bids; they must be
requested again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import tenders
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.tenders.deadline_input import DeadlineEdit


def strength_hint(passphrase: str) -> tuple[int, str]:
    """0–3 and a word; length and variety only (a hint, not a guarantee)."""
    length = len(passphrase)
    words = len(passphrase.split())
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if length < tenders.MINIMUM_PASSPHRASE_LENGTH:
        return 0, QCoreApplication.translate("PublishDialog", "too short")
    if length >= 24 or (length >= 18 and words >= 3):
        return 3, QCoreApplication.translate("PublishDialog", "strong")
    if length >= 16 or kinds >= 3:
        return 2, QCoreApplication.translate("PublishDialog", "good")
    return 1, QCoreApplication.translate("PublishDialog", "weak: longer is better (a few words)")


class PublishDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, tender_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tender_id = tender_id
        self.messages = FieldMessages()
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish tender"))
        warning = QLabel(
            self.tr(
                "<b>Keep the opening passphrase safe.</b> The bids are encrypted to it: before"
                " opening nobody can read a price, not even with full access to the database."
                " The opening committee needs it to open each round. <b>If the passphrase is"
                " lost, the bids cannot be opened by anyone and must be requested again from"
                " the suppliers.</b> NIRO Desk does not store it."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("passphraseWarning")
        warning.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e8853d; padding: 8px; }"
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.deadline = DeadlineEdit(dt.date.today() + dt.timedelta(days=21))
        self.deadline.setObjectName("deadline")
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Tender"), QLabel(title))
        form.addRow(
            self.tr("Deadline of round 1 (Berlin time)"),
            self.messages.field("deadline", self.deadline),
        )
        form.addRow(
            self.tr("Opening passphrase"), self.messages.field("passphrase", self.passphrase)
        )
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        form.addRow("", self.strength)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        level, word = strength_hint(self.passphrase.text())
        same = self.passphrase.text() == self.repeat.text()
        text = self.tr("Strength: %1").replace("%1", word)
        if self.repeat.text() and not same:
            text += " — " + self.tr("the two entries differ")
        colour = ("#b3261e", "#bf8700", "#2da44e", "#1a7f37")[level]
        self.strength.setText(text)
        self.strength.setStyleSheet(f"color: {colour};")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(level > 0 and same)

    def save(self) -> None:
        passphrase, deadline = self.passphrase.text(), self.deadline.deadline()
        save_and_close(
            self,
            lambda session, user: tenders.publish_tender(
                session, user, self.tender_id, passphrase, deadline
            ),
        )
