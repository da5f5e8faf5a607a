"""Edit the office's letterhead (name, address, e-mail, phone) used by the printed documents.

Saved through ``niro_desk.office_settings.set_office_details`` (a shared
setting, audited) with the one action helper.
"""

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
from niro_desk.office_settings import OfficeDetails, office_details, set_office_details
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.text_width import width_in_letters


class LetterheadDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Letterhead"))
        self.messages = FieldMessages()
        with context.db.reading() as session:
            details = office_details(session)
        self.name_edit = QLineEdit(details.name)
        self.name_edit.setObjectName("letterheadName")
        self.address_edit = QPlainTextEdit(details.address)
        self.address_edit.setObjectName("letterheadAddress")
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.email_edit = QLineEdit(details.email)
        self.email_edit.setObjectName("letterheadEmail")
        self.phone_edit = QLineEdit(details.phone)
        self.phone_edit.setObjectName("letterheadPhone")
        explanation = QLabel(
            self.tr(
                "The office as it appears on agreement summaries and member statements; the"
                " last two address lines also form the return address above the window."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.messages.field("name", self.name_edit))
        form.addRow(self.tr("&Address:"), self.messages.field("address", self.address_edit))
        form.addRow(self.tr("&E-mail:"), self.messages.field("email", self.email_edit))
        form.addRow(self.tr("&Phone:"), self.messages.field("phone", self.phone_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(width_in_letters(self, 60))

    def details(self) -> OfficeDetails:
        return OfficeDetails(
            self.name_edit.text(),
            self.address_edit.toPlainText(),
            self.email_edit.text(),
            self.phone_edit.text(),
        )

    def save(self) -> bool:
        details = self.details()
        return save_and_close(
            self, lambda session, user: set_office_details(session, user, details)
        )
