"""Admit an applicant: the competitor check and the cap are shown before the user confirms.

With conflicts, the board decision (date and reason) is required; the
service refuses the admission without it. Afterwards the dialog says what
happened: admitted, or put on the waiting list at position k.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import CompetitorConflict, NiroDeskError, ValidationError
from niro_desk.formatting import format_date
from niro_desk.membership import admission
from niro_desk.membership.admission import (
    AdmissionOutcome,
    AdmissionResult,
    BoardDecisionInput,
    CapStatus,
    cap_status,
    waiting_list,
)
from niro_desk.membership.competitor_check import CheckResult, check_competitors
from niro_desk.membership.organisations import get_organisation
from niro_desk.messages import render_error
from niro_desk.models import MembershipStatus
from niro_desk.ui.members.check_report import check_html
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import ERROR_COLOUR, FieldMessages
from niro_desk.ui.members.labels import status_label


class AdmissionDialog(QDialog):
    """Check result and seats first, then admit (with a board decision if needed)."""

    changed = Signal()

    def __init__(
        self, context: AppContext, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.result: AdmissionResult | None = None
        self.setObjectName("admissionDialog")
        self.resize(680, 640)
        self.messages = FieldMessages()
        language = context.language

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.cap_label = QLabel()
        self.cap_label.setObjectName("capLabel")
        self.cap_label.setWordWrap(True)
        self.seat_label = QLabel()
        self.seat_label.setObjectName("seatLabel")
        self.seat_label.setWordWrap(True)
        cap_box = QGroupBox(self.tr("Membership cap"))
        cap_layout = QVBoxLayout(cap_box)
        cap_layout.addWidget(self.cap_label)
        cap_layout.addWidget(self.seat_label)

        self.check_view = QTextBrowser()
        self.check_view.setObjectName("checkView")
        self.check_view.setOpenLinks(False)
        check_box = QGroupBox(self.tr("Competitor check"))
        QVBoxLayout(check_box).addWidget(self.check_view)

        self.admission_date_edit = date_edit(language)
        self.admission_date_edit.setObjectName("admissionDateEdit")
        date_form = QFormLayout()
        date_form.addRow(self.tr("Admission &date:"), self.admission_date_edit)

        self.board_box = QGroupBox(self.tr("Board decision to admit despite the conflicts"))
        self.board_box.setObjectName("boardBox")
        self.decided_on_edit = date_edit(language)
        self.decided_on_edit.setObjectName("decidedOnEdit")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("Why the board admits the organisation despite the conflicts (required)")
        )
        self.reason_edit.setMaximumHeight(80)
        board_form = QFormLayout(self.board_box)
        board_form.addRow(self.tr("Decided &on:"), self.decided_on_edit)
        board_form.addRow(self.tr("&Reason:"), self.messages.field("reason", self.reason_edit))

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setVisible(False)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("outcomeLabel")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.admit_button = QPushButton(self.tr("Admit"))
        self.admit_button.setObjectName("admitButton")
        self.admit_button.setDefault(True)
        self.buttons.addButton(self.admit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.admit_button.clicked.connect(self.admit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(cap_box)
        layout.addWidget(check_box, 1)
        layout.addLayout(date_form)
        layout.addWidget(self.board_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(self._update_button)
        self.reload()

    # -- what is shown before confirming ----------------------------------------------------
    def reload(self) -> None:
        """Run the check and read the cap again (read only)."""
        with self.context.db.reading() as session:
            organisation = get_organisation(session, self.organisation_id)
            self.name = organisation.name
            self.status = organisation.membership_status
            check = check_competitors(session, organisation)
            cap = cap_status(session)
            waiting_ids = [o.id for o in waiting_list(session)]
        self.setWindowTitle(self.tr("Admit %1").replace("%1", self.name))
        self.heading.setText(f"<h2>{escape(self.name)}</h2>{escape(status_label(self.status))}")
        self._show_cap(cap, waiting_ids)
        self.show_check(check)
        admissible = self.status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING)
        if not admissible:
            self._error(
                self.tr(
                    "%1 cannot be admitted: only applicants and those on the waiting list can."
                ).replace("%1", self.name)
            )
        self.admission_date_edit.setEnabled(admissible)
        self.board_box.setEnabled(admissible)
        self._admissible = admissible
        self._update_button()

    def _show_cap(self, cap: CapStatus, waiting_ids: list[int]) -> None:
        self.cap_status = cap
        self.cap_label.setText(
            self.tr("Members: %1 / %2 · free seats: %3 · waiting list: %4")
            .replace("%1", str(cap.members))
            .replace("%2", str(cap.cap))
            .replace("%3", str(cap.free))
            .replace("%4", str(cap.waiting))
        )
        ahead = (
            waiting_ids.index(self.organisation_id)
            if self.organisation_id in waiting_ids
            else len(waiting_ids)
        )
        self.will_wait = cap.cap - cap.members - ahead <= 0
        if self.will_wait:
            text = self.tr(
                "No seat is free for %1: admitting puts it on the waiting list at position %2"
                " (first come, first served)."
            )
            self.seat_label.setText(
                "<b>" + escape(text.replace("%1", self.name).replace("%2", str(ahead + 1))) + "</b>"
            )
        elif ahead:
            self.seat_label.setText(
                escape(
                    self.tr(
                        "A seat is free for %1 even after the %2 on the waiting list, who come"
                        " first."
                    )
                    .replace("%1", self.name)
                    .replace("%2", str(ahead))
                )
            )
        else:
            self.seat_label.setText(
                escape(self.tr("A seat is free: %1 can be admitted now.").replace("%1", self.name))
            )

    def show_check(self, check: CheckResult) -> None:
        self.check = check
        self.check_view.setHtml(check_html(check, self.context.language))
        self.board_box.setVisible(check.has_conflict)

    def _update_button(self) -> None:
        needs_reason = self.check.has_conflict and not self.reason_edit.toPlainText().strip()
        self.admit_button.setEnabled(self._admissible and not needs_reason and self.result is None)
        if self.check.has_conflict:
            self.messages.set(
                "reason",
                self.tr("Required: the check found conflicts.") if needs_reason else "",
            )

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- confirming ----------------------------------------------------------------------------
    def board_decision(self) -> BoardDecisionInput | None:
        reason = self.reason_edit.toPlainText().strip()
        if not self.check.has_conflict or not reason:
            return None
        return BoardDecisionInput(date_of(self.decided_on_edit), reason)

    def admit(self) -> AdmissionResult | None:
        """Admit in one transaction; the service refuses a conflict without a board decision."""
        self._error("")
        day: dt.date = date_of(self.admission_date_edit)
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                result = admission.admit(
                    session, user, self.organisation_id, day, self.board_decision()
                )
        except CompetitorConflict as error:
            if isinstance(error.result, CheckResult):
                self.show_check(error.result)
            self._error(render_error(error))
            self._update_button()
            return None
        except ValidationError as error:
            if not self.messages.show_error(error):
                self._error(render_error(error))
            return None
        except NiroDeskError as error:
            self._error(render_error(error))
            return None
        self.result = result
        self._show_outcome(result, day)
        self.changed.emit()
        return result

    def _show_outcome(self, result: AdmissionResult, day: dt.date) -> None:
        if result.outcome == AdmissionOutcome.ADMITTED:
            text = (
                self.tr("%1 is a member from %2. Members now: %3 / %4.")
                .replace("%1", self.name)
                .replace("%2", format_date(day, self.context.language))
                .replace("%3", str(result.member_count))
                .replace("%4", str(result.cap))
            )
            colour = "#1b6e20"
        else:
            text = (
                self.tr("The network is full: %1 is on the waiting list at position %2.")
                .replace("%1", self.name)
                .replace("%2", str(result.waiting_position))
            )
            colour = "#8a5a00"
        self.outcome_label.setText(f"<b style='color:{colour}'>{escape(text)}</b>")
        self.outcome_label.setVisible(True)
        self.admit_button.setVisible(False)
        self.admission_date_edit.setEnabled(False)
        self.board_box.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
