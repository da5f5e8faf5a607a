"""A member leaves (exit date, reason); then the next on the waiting list is offered the seat."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.formatting import format_date
from niro_desk.membership import admission
from niro_desk.membership.competitor_check import CheckResult
from niro_desk.membership.organisations import get_organisation
from niro_desk.messages import render_error
from niro_desk.ui.members.admission_dialog import AdmissionDialog
from niro_desk.ui.members.check_report import CheckReportView
from niro_desk.ui.members.date_input import date_edit, date_of, local_day
from niro_desk.ui.members.field_message import ERROR_COLOUR, FieldMessages


class LeaveDialog(QDialog):
    """Record the exit; afterwards offer the next waiting applicant with its check."""

    changed = Signal()

    def __init__(
        self, context: AppContext, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.next_waiting_id: int | None = None
        self.next_check: CheckResult | None = None
        self.admission_dialog: AdmissionDialog | None = None
        self.done_leaving = False
        self.setObjectName("leaveDialog")
        self.resize(620, 300)
        self.messages = FieldMessages()
        with context.db.reading() as session:
            self.name = get_organisation(session, organisation_id).name
        self.setWindowTitle(self.tr("%1 leaves the network").replace("%1", self.name))

        heading = QLabel(f"<h2>{escape(self.name)}</h2>")
        self.exit_date_edit = date_edit(context.language)
        self.exit_date_edit.setObjectName("exitDateEdit")
        self.reason_edit = QComboBox()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setEditable(True)
        self.reason_edit.addItems(
            [
                "",
                self.tr("Notice given by the member"),
                self.tr("Company closed"),
                self.tr("Insolvency"),
                self.tr("Merged or taken over"),
                self.tr("Excluded by the board"),
            ]
        )
        self.form_box = QGroupBox(self.tr("Exit"))
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("E&xit date:"), self.messages.field("exit_date", self.exit_date_edit))
        form.addRow(self.tr("&Reason:"), self.messages.field("reason", self.reason_edit))

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setVisible(False)

        self.next_box = QGroupBox(self.tr("A seat is free"))
        self.next_box.setObjectName("nextBox")
        self.next_label = QLabel()
        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        self.next_check_report = CheckReportView(context.language)
        self.next_check_view = self.next_check_report.browser
        self.next_check_view.setObjectName("nextCheckView")
        self.admit_next_button = QPushButton()
        self.admit_next_button.setObjectName("admitNextButton")
        self.admit_next_button.clicked.connect(self.open_admission)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addWidget(self.next_label)
        next_layout.addWidget(self.next_check_report, 1)
        next_layout.addWidget(self.admit_next_button)
        self.next_box.setVisible(False)

        self.done_label = QLabel()
        self.done_label.setObjectName("doneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.leave_button = QPushButton(self.tr("Record exit"))
        self.leave_button.setObjectName("leaveButton")
        self.buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.leave_button.clicked.connect(self.leave)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.next_box, 1)
        layout.addWidget(self.buttons)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def leave(self) -> bool:
        """Record the exit in one transaction; then show who is next on the waiting list."""
        self._error("")
        day = date_of(self.exit_date_edit)
        reason = self.reason_edit.currentText()
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                result = admission.leave(session, user, self.organisation_id, day, reason)
                following = result.next_waiting
                if following is not None:
                    membership = following.membership
                    next_info = (
                        following.id,
                        following.name,
                        local_day(membership.waiting_since if membership else None),
                    )
                else:
                    next_info = None
        except ValidationError as error:
            if not self.messages.show_error(error):
                self._error(render_error(error))
            return False
        except NiroDeskError as error:
            self._error(render_error(error))
            return False
        self.done_leaving = True
        language = self.context.language
        self.done_label.setText(
            self.tr("%1 left the network on %2.")
            .replace("%1", self.name)
            .replace("%2", format_date(day, language))
            + self._collections_note(result.removed_from_collections)
            + self._agreements_note(result.ended_participations)
        )
        self.done_label.setVisible(True)
        self.form_box.setEnabled(False)
        self.leave_button.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        if next_info is not None and result.next_check is not None:
            self.next_waiting_id, next_name, since = next_info
            self.next_check = result.next_check
            self.next_label.setText(
                self.tr("Next on the waiting list: <b>%1</b>, waiting since %2.")
                .replace("%1", escape(next_name))
                .replace("%2", format_date(since, language))
            )
            self.next_check_report.show_check(result.next_check)
            self.admit_next_button.setText(self.tr("Admit %1…").replace("%1", next_name))
            self.next_box.setVisible(True)
            self.resize(self.width(), max(self.height(), 600))
        self.changed.emit()
        return True

    def _collections_note(self, titles: list[str]) -> str:
        """Tells which open requirement collections the member was taken out of."""
        if not titles:
            return ""
        return " " + self.tr("It was taken out of these open requirement collections: %1.").replace(
            "%1", ", ".join(titles)
        )

    def _agreements_note(self, titles: list[str]) -> str:
        """Tells which framework agreements the member's participation ended in."""
        if not titles:
            return ""
        return " " + self.tr(
            "Its participation in these framework agreements ended on the exit date: %1."
        ).replace("%1", ", ".join(titles))

    def open_admission(self) -> AdmissionDialog | None:
        """The admission dialog for the next waiting applicant (opened, not blocking)."""
        if self.next_waiting_id is None:
            return None
        dialog = AdmissionDialog(self.context, self.next_waiting_id, self.parentWidget())
        dialog.changed.connect(self.changed)
        self.admission_dialog = dialog
        self.accept()
        dialog.open()
        return dialog
