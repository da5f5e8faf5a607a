"""Who has not answered yet, with the procurement heads' e-mail addresses to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.procurement import pooled_demand
from niro_desk.procurement import requirement_collections as collections
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation
from niro_desk.ui.requirements.table_models import ParticipantStateModel
from niro_desk.ui.requirements.workbook_actions import Mode, write_workbooks


class ReminderDialog(QDialog):
    def __init__(
        self, context: AppContext, collection_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.resize(900, 520)
        with context.db.reading() as session:
            collection = collections.get_collection(session, collection_id)
            title, deadline = collection.title, collection.deadline
            missing = pooled_demand.not_answered(session, collection_id)
        self.setWindowTitle(self.tr("Not answered yet: %1").replace("%1", title))
        self.addresses = pooled_demand.reminder_addresses(missing)
        heading = QLabel(
            self.tr("%1 participant(s) have not answered; the deadline is %2.")
            .replace("%1", str(len(missing)))
            .replace("%2", format_date(deadline, context.language))
        )
        self.model = ParticipantStateModel(context.language, self)
        self.model.set_rows(missing)
        self.view = RowTableView(self.model)
        self.view.setObjectName("reminderView")
        self.address_edit = QPlainTextEdit(self.addresses)
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setReadOnly(True)
        self.address_edit.setMaximumHeight(90)
        self.copy_button = QPushButton(self.tr("Copy addresses"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy)
        self.emails_button = QPushButton(self.tr("Prepare reminder e-mails…"))
        self.emails_button.setObjectName("reminderEmailsButton")
        self.emails_button.setEnabled(bool(missing))
        self.emails_button.clicked.connect(lambda: self.prepare_emails())
        self.context, self.collection_id = context, collection_id
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.emails_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            QLabel(self.tr("E-mail addresses of their procurement heads (for To or Bcc):"))
        )
        layout.addWidget(self.address_edit)
        layout.addWidget(buttons)
        self.view.fit_columns()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.addresses)

    def prepare_emails(self, folder: Path | None = None) -> Operation | None:
        """Reminder drafts (.eml, workbook attached) for everyone who has not answered."""
        return write_workbooks(self, self.context, self.collection_id, Mode.REMINDERS, folder)
