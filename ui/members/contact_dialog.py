"""Create or edit a contact: a person with function, e-mail, phone and expertise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    update_contact,
    validate_contact,
)
from niro_desk.models import Contact
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages


class ContactDialog(QDialog):
    """Validation messages at the fields while typing; Save only when valid."""

    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        organisation_id: int,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.contact_id = contact.id if contact is not None else None
        self.setObjectName("contactDialog")
        self.setMinimumWidth(480)
        self.setWindowTitle(
            self.tr("Edit contact %1").replace("%1", contact.full_name)
            if contact is not None
            else self.tr("New contact")
        )
        self.messages = FieldMessages()
        self._shown: set[str] = set()

        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.function_edit = QLineEdit()
        self.function_edit.setPlaceholderText(self.tr("e.g. Head of purchasing"))
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("02303 123456")
        self.expertise_edit = QLineEdit()
        self.expertise_edit.setPlaceholderText(self.tr("Separated by commas, e.g. ISO 9001, CNC"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(70)
        for name, edit in self._edits().items():
            edit.setObjectName(f"{name}Edit")

        form = QFormLayout()
        form.addRow(
            self.tr("&First name:"), self.messages.field("first_name", self.first_name_edit)
        )
        form.addRow(self.tr("&Last name:"), self.messages.field("last_name", self.last_name_edit))
        form.addRow(self.tr("F&unction:"), self.messages.field("function", self.function_edit))
        form.addRow(self.tr("&E-mail:"), self.messages.field("email", self.email_edit))
        form.addRow(self.tr("&Phone:"), self.messages.field("phone", self.phone_edit))
        form.addRow(self.tr("E&xpertise:"), self.messages.field("expertise", self.expertise_edit))
        form.addRow(self.tr("N&otes:"), self.messages.field("notes", self.notes_edit))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if contact is not None:
            self.first_name_edit.setText(contact.first_name)
            self.last_name_edit.setText(contact.last_name)
            self.function_edit.setText(contact.function)
            self.email_edit.setText(contact.email)
            self.phone_edit.setText(contact.phone)
            self.expertise_edit.setText(", ".join(item.name for item in contact.expertise))
            self.notes_edit.setPlainText(contact.notes)
            self._shown = set(self.messages.labels)
        for name, edit in self._edits().items():
            edit.textChanged.connect(lambda _text, field=name: self._changed(field))
        self.validate()

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "first_name": self.first_name_edit,
            "last_name": self.last_name_edit,
            "function": self.function_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "expertise": self.expertise_edit,
        }

    def data(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            function=self.function_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
            expertise=[
                part.strip() for part in self.expertise_edit.text().split(",") if part.strip()
            ],
        )

    def _changed(self, field: str) -> None:
        self._shown.add(field)
        self.validate()

    def validate(self) -> bool:
        problems = validate_contact(self.data())
        self.messages.show(problems, self._shown)
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> bool:
        self._shown = set(self.messages.labels)
        if not self.validate():
            return False
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                if self.contact_id is None:
                    contact = create_contact(session, user, self.organisation_id, self.data())
                else:
                    contact = update_contact(session, user, self.contact_id, self.data())
                contact_id = contact.id
        except ValidationError as error:
            if not self.messages.show_error(error):
                prompts.show_error(self, error)
            return False
        except NiroDeskError as error:
            prompts.show_error(self, error)
            return False
        self.contact_id = contact_id
        self.saved.emit(contact_id)
        self.accept()
        return True
