"""Create or edit a contact: a person with function, e-mail, phone and expertise.

Editing saves only the fields the user changed, from the version it loaded;
a contact changed on another PC meanwhile is reloaded on request with the
user's changes applied on top (see ``organisation_dialog``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

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
from niro_desk.errors import StaleRecord
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    load_contact,
    update_contact,
    validate_contact,
)
from niro_desk.models import Contact
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.reload_notice import ReloadNotice
from niro_desk.ui.members.service_action import run_action, stale_text


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
        self.base = ContactInput.from_contact(contact) if contact is not None else None
        self.version = contact.version if contact is not None else None
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
        self.reload_notice = ReloadNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reload_notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if self.base is not None:
            self._show_input(self.base)
        for name, edit in self._edits().items():
            edit.textChanged.connect(lambda _text, field=name: self._changed(field))
        self.validate()

    def _show_input(self, data: ContactInput) -> None:
        self.first_name_edit.setText(data.first_name)
        self.last_name_edit.setText(data.last_name)
        self.function_edit.setText(data.function)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.expertise_edit.setText(", ".join(data.expertise))
        self.notes_edit.setPlainText(data.notes)
        self._shown = set(self.messages.labels)

    def field_labels(self) -> dict[str, str]:
        return {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "function": self.tr("Function"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "expertise": self.tr("Expertise"),
            "notes": self.tr("Notes"),
        }

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
        data = self.data()
        saved: list[int] = []

        def work(session: Any, user: Any) -> None:
            if self.contact_id is None:
                contact = create_contact(session, user, self.organisation_id, data)
            else:
                contact = update_contact(
                    session,
                    user,
                    self.contact_id,
                    data,
                    base=self.base,
                    expected_version=self.version,
                )
            saved.append(contact.id)

        if not run_action(self, self.context, work, self.messages, self.reload_and_reapply):
            return False
        self.contact_id = saved[0]
        self.saved.emit(saved[0])
        self.accept()
        return True

    def reload_and_reapply(self, error: StaleRecord | None = None) -> None:
        """Show the contact as saved now, with the user's changed fields applied on top."""
        if self.contact_id is None or self.base is None:
            return
        changes = self.data().changes_from(self.base)
        loaded = self.base
        with self.context.db.reading() as session:
            contact = load_contact(session, self.contact_id)
            self.version = contact.version
            theirs = ContactInput.from_contact(contact)
        self.base = theirs
        self._show_input(replace(theirs, **changes))
        labels = self.field_labels()
        both = [
            (labels[name], _text(getattr(theirs, name)))
            for name in changes
            if getattr(theirs, name) != getattr(loaded, name)
        ]
        reason = stale_text(error, self.context.language) if error is not None else ""
        self.reload_notice.show_reloaded(reason, both)
        self.validate()


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
