"""The Contacts tab: an organisation's people; add, edit, delete, GDPR export and erasure.

Deleting names the version of the contact the tab shows: a contact changed on
another PC meanwhile is not deleted unseen.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.membership.contacts import delete_contact, erase_contact, export_personal_data
from niro_desk.models import Contact
from niro_desk.ui.file_names import suggested_path
from niro_desk.ui.members import prompts
from niro_desk.ui.members.contact_model import EMAIL, EXPERTISE, FUNCTION, NAME, PHONE, ContactModel
from niro_desk.ui.members.service_action import Work, run_action
from niro_desk.ui.members.table_view import RowTableView

if TYPE_CHECKING:
    from niro_desk.ui.members.contact_dialog import ContactDialog


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id: int | None = None
        self.dialog: ContactDialog | None = None
        self.may_edit = True  # the acting user may edit members (set by the detail panel)
        self.may_export = True  # the GDPR export: for those who read every organisation
        self.model = ContactModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=EXPERTISE)
        self.view.setObjectName("contactsView")
        # short columns always show in full (long e-mail addresses, "Geschäftsführerin");
        # the expertise takes the rest of the width
        for column in (NAME, FUNCTION, EMAIL, PHONE):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.view.doubleClicked.connect(lambda _index: self.edit_contact())
        self.new_button = QPushButton(self.tr("&New contact…"))
        self.new_button.setObjectName("newContactButton")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("E&xport personal data…"))
        self.export_button.setToolTip(
            self.tr("Everything NIRO Desk holds about this person, as a JSON file (GDPR Art. 15)")
        )
        self.erase_button = QPushButton(self.tr("E&rase personal data…"))
        self.erase_button.setToolTip(
            self.tr("Erase the person on request (GDPR Art. 17); the history keeps only its shape")
        )
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        self.export_button.clicked.connect(lambda: self.export_contact())
        self.erase_button.clicked.connect(self.erase_contact)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_contacts(self, organisation_id: int | None, contacts: list[Contact]) -> None:
        selected = self.view.current_id()
        self.organisation_id = organisation_id
        self.model.set_rows(contacts)
        self.view.fit_columns(300)
        if selected is not None:
            self.view.select_id(selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.view.current_id() is not None
        self.new_button.setEnabled(self.may_edit and self.organisation_id is not None)
        for button in (self.edit_button, self.delete_button, self.erase_button):
            button.setEnabled(self.may_edit and has)
        self.export_button.setEnabled(self.may_export and has)

    def _current(self) -> Contact | None:
        row = self.view.current_row()
        return row if isinstance(row, Contact) else None

    def new_contact(self) -> ContactDialog | None:
        from niro_desk.ui.members.contact_dialog import ContactDialog

        if self.organisation_id is None:
            return None
        return self._open(ContactDialog(self.context, self.organisation_id, None, self))

    def edit_contact(self) -> ContactDialog | None:
        from niro_desk.ui.members.contact_dialog import ContactDialog

        contact = self._current()
        if contact is None or self.organisation_id is None or not self.may_edit:
            return None
        return self._open(ContactDialog(self.context, self.organisation_id, contact, self))

    def _open(self, dialog: ContactDialog) -> ContactDialog:
        dialog.saved.connect(lambda contact_id: self._saved(contact_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, contact_id: int) -> None:
        self.changed.emit()
        self.view.select_id(contact_id)

    def delete_contact(self) -> bool:
        contact = self._current()
        if contact is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Delete contact"),
            self.tr("Delete %1? The history keeps what was recorded about the person.").replace(
                "%1", contact.full_name
            ),
        ):
            return False
        return self._run(
            lambda session, user: delete_contact(
                session, user, contact.id, expected_version=contact.version
            )
        )

    def erase_contact(self) -> bool:
        contact = self._current()
        if contact is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase %1 for good? The contact is deleted and every history entry about the"
                " person is blanked out. This cannot be undone."
            ).replace("%1", contact.full_name),
        ):
            return False
        return self._run(lambda session, user: erase_contact(session, user, contact.id))

    def _run(self, work: Work) -> bool:
        # after a refusal (changed on another PC) "reload" shows the contacts as they are now
        if not run_action(self, self.context, work, on_stale=lambda _error: self.changed.emit()):
            return False
        self.changed.emit()
        return True

    def export_contact(self, path: Path | None = None) -> Path | None:
        """Write everything held about the selected person to a JSON file."""
        contact = self._current()
        if contact is None:
            return None
        if path is None:
            person = contact.last_name or str(contact.id)
            suggested = suggested_path(self.tr("personal-data-%1").replace("%1", person), ".json")
            path = prompts.save_file(
                self, self.tr("Export personal data"), suggested, self.tr("JSON files (*.json)")
            )
            if path is None:
                return None
        try:
            with self.context.db.reading() as session:
                data = export_personal_data(session, contact.id)
        except NiroDeskError as error:
            prompts.show_error(self, error)
            return None
        try:
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as error:
            prompts.show_error(self, error)
            return None
        prompts.inform(
            self,
            self.tr("Export personal data"),
            self.tr("The personal data of %1 is in %2.")
            .replace("%1", contact.full_name)
            .replace("%2", str(path)),
        )
        return path
