"""Admit an applicant: the competitor check and the seats are shown before the user confirms.

- Seats in one sentence: how many are taken and free, how many applicants
  wait ahead of this one, and whether it can be admitted now or which number
  it will be on the waiting list.
- With conflicts, the board decision (date and reason) is required; a
  decision kept with the application (recorded while the network was full)
  applies without deciding again, unless the sales profile has changed
  since, which the dialog says.
- When nothing is recorded about what the company sells, the check cannot
  judge: the office records the sales profile from here, or admits it
  without a check, with a reason (audited).

The services hold every rule; afterwards the dialog says what happened.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
    KeptDecision,
    SeatOutlook,
    WithoutCheck,
    cap_status,
    seat_outlook,
)
from niro_desk.membership.board_decisions import Standing, kept_decision
from niro_desk.membership.competitor_check import CheckResult, check_competitors
from niro_desk.membership.organisations import get_organisation
from niro_desk.messages import render_error
from niro_desk.models import MembershipStatus
from niro_desk.ui.members.check_report import CheckReportView
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import ERROR_COLOUR, FieldMessages
from niro_desk.ui.members.labels import status_label
from niro_desk.ui.members.permitted import permitted_in

ADMITTED_COLOUR = "#1b6e20"
WAITING_COLOUR = "#8a5a00"


translate = QCoreApplication.translate  # called with its context, so lupdate finds it


def _free_phrase(free: int) -> str:
    if free == 0:
        return translate("AdmissionDialog", "no seat is free")
    if free == 1:
        return translate("AdmissionDialog", "1 seat is free")
    return translate("AdmissionDialog", "%1 seats are free").replace("%1", str(free))


def _ahead_phrase(ahead: int) -> str:
    if ahead == 0:
        return translate("AdmissionDialog", "nobody is waiting ahead of this one")
    if ahead == 1:
        return translate("AdmissionDialog", "1 applicant is waiting ahead of this one")
    return translate("AdmissionDialog", "%1 applicants are waiting ahead of this one").replace(
        "%1", str(ahead)
    )


def seat_sentence(outlook: SeatOutlook) -> str:
    """Seats in one plain sentence, e.g. "67 of 68 seats taken; 1 seat is free, but 4 …"."""
    taken = (
        translate("AdmissionDialog", "%1 of %2 seats taken")
        .replace("%1", str(outlook.members))
        .replace("%2", str(outlook.cap))
    )
    free = _free_phrase(outlook.free)
    ahead = _ahead_phrase(outlook.ahead)
    if outlook.can_admit_now:
        template = translate("AdmissionDialog", "%1; %2 and %3: it can be admitted now.")
    elif outlook.free and outlook.on_list:
        template = translate(
            "AdmissionDialog", "%1; %2, but %3: it stays number %4 on the waiting list."
        )
    elif outlook.free:
        template = translate(
            "AdmissionDialog", "%1; %2, but %3: it will be number %4 on the waiting list."
        )
    elif outlook.on_list:
        template = translate(
            "AdmissionDialog", "%1; %2 and %3: it stays number %4 on the waiting list."
        )
    else:
        template = translate(
            "AdmissionDialog", "%1; %2 and %3: it will be number %4 on the waiting list."
        )
    return (
        template.replace("%1", taken)
        .replace("%2", free)
        .replace("%3", ahead)
        .replace("%4", str(outlook.position))
    )


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
        self.kept: KeptDecision | None = None
        self.sales_dialog: QDialog | None = None
        self.setObjectName("admissionDialog")
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

        self.report = CheckReportView(language)
        self.check_view = self.report.browser
        check_box = QGroupBox(self.tr("Competitor check"))
        QVBoxLayout(check_box).addWidget(self.report)

        self.admission_date_edit = date_edit(language)
        self.admission_date_edit.setObjectName("admissionDateEdit")
        date_form = QFormLayout()
        date_form.addRow(self.tr("Admission &date:"), self.admission_date_edit)

        # nothing recorded about what it sells: record it, or admit without a check
        self.unchecked_box = QGroupBox(self.tr("The check cannot judge"))
        self.unchecked_box.setObjectName("uncheckedBox")
        self.record_sales_button = QPushButton(self.tr("Record what it &sells…"))
        self.record_sales_button.setObjectName("recordSalesButton")
        self.record_sales_button.clicked.connect(self.open_sales_profile)
        self.without_check_box = QCheckBox(self.tr("Admit &without a competitor check"))
        self.without_check_box.setObjectName("withoutCheckBox")
        self.without_check_reason = QLineEdit()
        self.without_check_reason.setObjectName("withoutCheckReason")
        self.without_check_reason.setPlaceholderText(
            self.tr("Why the office admits it without a check (required, audited)")
        )
        self.without_check_reason.setEnabled(False)
        unchecked_form = QFormLayout(self.unchecked_box)
        unchecked_form.addRow(self.record_sales_button)
        unchecked_form.addRow(self.without_check_box)
        unchecked_form.addRow(
            self.tr("Rea&son:"),
            self.messages.field("without_check_reason", self.without_check_reason),
        )

        self.board_box = QGroupBox(self.tr("Board decision to admit despite the conflicts"))
        self.board_box.setObjectName("boardBox")
        self.kept_label = QLabel()
        self.kept_label.setObjectName("keptDecisionLabel")
        self.kept_label.setWordWrap(True)
        self.decided_on_edit = date_edit(language)
        self.decided_on_edit.setObjectName("decidedOnEdit")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("Why the board admits the organisation despite the conflicts (required)")
        )
        lines = self.reason_edit.fontMetrics().lineSpacing()
        self.reason_edit.setMaximumHeight(4 * lines + 12)
        self.decision_fields = QWidget()
        board_form = QFormLayout(self.decision_fields)
        board_form.setContentsMargins(0, 0, 0, 0)
        board_form.addRow(self.tr("Decided &on:"), self.decided_on_edit)
        board_form.addRow(self.tr("&Reason:"), self.messages.field("reason", self.reason_edit))
        board_layout = QVBoxLayout(self.board_box)
        board_layout.addWidget(self.kept_label)
        board_layout.addWidget(self.decision_fields)

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
        layout.addWidget(self.unchecked_box)
        layout.addWidget(self.board_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(self._update_button)
        self.without_check_reason.textChanged.connect(self._update_button)
        self.without_check_box.toggled.connect(self._without_check_toggled)
        self.reload()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(self.sizeHint().width(), 72 * em), max(self.sizeHint().height(), 50 * em))

    # -- what is shown before confirming ----------------------------------------------------
    def reload(self) -> None:
        """Run the check and read the seats again (read only)."""
        with self.context.db.reading() as session:
            organisation = get_organisation(session, self.organisation_id)
            self.name = organisation.name
            self.status = organisation.membership_status
            check = check_competitors(session, organisation)
            cap = cap_status(session)
            admissible = self.status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING)
            outlook = seat_outlook(session, self.organisation_id) if admissible else None
            kept = kept_decision(session, organisation, check) if check.has_conflict else None
            may_decide = permitted_in(session).record_board_decisions
        self.setWindowTitle(self.tr("Admit %1").replace("%1", self.name))
        self.heading.setText(f"<h2>{escape(self.name)}</h2>{escape(status_label(self.status))}")
        self._show_cap(cap, outlook)
        self.kept = kept
        self.show_check(check)
        if not admissible:
            self._error(
                self.tr(
                    "%1 cannot be admitted: only applicants and those on the waiting list can."
                ).replace("%1", self.name)
            )
        self.admission_date_edit.setEnabled(admissible)
        self.board_box.setEnabled(admissible)
        # the service refuses it too; the fields say so before anything is typed
        self.decision_fields.setEnabled(may_decide)
        self.decision_fields.setToolTip(
            ""
            if may_decide
            else self.tr(
                "Only a manager or an administrator records a board decision; a decision kept"
                " with the application still applies."
            )
        )
        self.unchecked_box.setEnabled(admissible)
        self._admissible = admissible
        self._update_button()

    def _show_cap(self, cap: CapStatus, outlook: SeatOutlook | None) -> None:
        self.cap_status = cap
        self.outlook = outlook
        self.cap_label.setText(
            self.tr("Members: %1 / %2 · free seats: %3 · waiting list: %4")
            .replace("%1", str(cap.members))
            .replace("%2", str(cap.cap))
            .replace("%3", str(cap.free))
            .replace("%4", str(cap.waiting))
        )
        self.will_wait = outlook is not None and not outlook.can_admit_now
        if outlook is None:
            self.seat_label.setText("")
            return
        sentence = escape(seat_sentence(outlook))
        self.seat_label.setText(f"<b>{sentence}</b>" if self.will_wait else sentence)
        if not self.will_wait:
            self.admit_button.setText(self.tr("Admit"))
        elif outlook.on_list:
            self.admit_button.setText(self.tr("Keep on the waiting list"))
        else:
            self.admit_button.setText(self.tr("Put on the waiting list"))

    def show_check(self, check: CheckResult) -> None:
        self.check = check
        self.report.show_check(check)
        self.board_box.setVisible(check.has_conflict)
        self.unchecked_box.setVisible(not check.can_judge)
        self._show_kept_decision()

    def _show_kept_decision(self) -> None:
        kept = self.kept
        language = self.context.language
        if kept is None:
            self.kept_label.setVisible(False)
            self.decision_fields.setVisible(True)
            return
        decided = format_date(kept.decided_on, language)
        if kept.applies and self.will_wait:
            text = (
                self.tr(
                    "The board decided on %1 to admit despite the conflicts (“%2”). The decision"
                    " is kept with the application and applies when a seat comes free."
                )
                .replace("%1", decided)
                .replace("%2", kept.reason)
            )
        elif kept.applies:
            text = (
                self.tr(
                    "The board decided on %1 to admit despite the conflicts (“%2”). The decision"
                    " is kept with the application and applies: no new decision is needed."
                )
                .replace("%1", decided)
                .replace("%2", kept.reason)
            )
        elif kept.standing == Standing.PROFILE_CHANGED:
            changes = []
            if kept.added:
                changes.append(self.tr("now also sells: %1").replace("%1", ", ".join(kept.added)))
            if kept.removed:
                changes.append(
                    self.tr("no longer sells: %1").replace("%1", ", ".join(kept.removed))
                )
            text = (
                self.tr(
                    "The board decided on %1 to admit despite the conflicts, but the sales"
                    " profile has changed since (%2). The board must decide again."
                )
                .replace("%1", decided)
                .replace("%2", "; ".join(changes))
            )
        else:
            text = (
                self.tr(
                    "The board decided on %1 to admit despite the conflicts, but the check now"
                    " also finds conflicts with %2, which the decision does not cover. The board"
                    " must decide again."
                )
                .replace("%1", decided)
                .replace("%2", ", ".join(kept.new_conflicts))
            )
        self.kept_label.setText(escape(text))
        self.kept_label.setStyleSheet("" if kept.applies else f"color: {WAITING_COLOUR};")
        self.kept_label.setVisible(True)
        self.decision_fields.setVisible(not kept.applies)

    def _needs_new_decision(self) -> bool:
        return self.check.has_conflict and not (self.kept is not None and self.kept.applies)

    def _without_check_toggled(self, checked: bool) -> None:
        self.without_check_reason.setEnabled(checked)
        if checked:
            self.without_check_reason.setFocus()
        self._update_button()

    def _update_button(self) -> None:
        needs_reason = self._needs_new_decision() and not self.reason_edit.toPlainText().strip()
        needs_override = not self.check.can_judge and (
            not self.without_check_box.isChecked() or not self.without_check_reason.text().strip()
        )
        # already waiting and still no seat: only a new board decision changes anything
        nothing_to_do = (
            self.outlook is not None
            and self.outlook.on_list
            and self.will_wait
            and not self._needs_new_decision()
        )
        self.admit_button.setEnabled(
            self._admissible
            and not needs_reason
            and not needs_override
            and not nothing_to_do
            and self.result is None
        )
        if self.check.has_conflict:
            self.messages.set(
                "reason",
                self.tr("Required: the check found conflicts.") if needs_reason else "",
            )
        missing_override = self.without_check_box.isChecked() and needs_override
        self.messages.set(
            "without_check_reason",
            self.tr("Required: say why the office admits it without a check.")
            if missing_override
            else "",
        )

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def open_sales_profile(self) -> QDialog:
        """Record what the company sells, then run the check again."""
        from niro_desk.ui.members.sales_profile_dialog import SalesProfileDialog

        dialog = SalesProfileDialog(self.context, self.organisation_id, self)
        dialog.saved.connect(lambda _id: self.reload())
        self.sales_dialog = dialog
        dialog.open()
        return dialog

    # -- confirming ----------------------------------------------------------------------------
    def board_decision(self) -> BoardDecisionInput | None:
        reason = self.reason_edit.toPlainText().strip()
        if not self._needs_new_decision() or not reason:
            return None
        return BoardDecisionInput(date_of(self.decided_on_edit), reason)

    def without_check(self) -> WithoutCheck | None:
        if self.check.can_judge or not self.without_check_box.isChecked():
            return None
        return WithoutCheck(self.without_check_reason.text())

    def admit(self) -> AdmissionResult | None:
        """Admit in one transaction; the service refuses what the rules do not allow."""
        self._error("")
        day: dt.date = date_of(self.admission_date_edit)
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                result = admission.admit(
                    session,
                    user,
                    self.organisation_id,
                    day,
                    self.board_decision(),
                    self.without_check(),
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
            if result.board_decision_id is not None:
                text += " " + self.tr("The board decision is recorded with the admission.")
            colour = ADMITTED_COLOUR
        else:
            text = (
                self.tr("The network is full: %1 is on the waiting list at position %2.")
                .replace("%1", self.name)
                .replace("%2", str(result.waiting_position))
            )
            if result.decision_kept:
                text += " " + self.tr(
                    "The board decision is kept with the application and applies when a seat"
                    " comes free."
                )
            colour = WAITING_COLOUR
        self.outcome_label.setText(f"<b style='color:{colour}'>{escape(text)}</b>")
        self.outcome_label.setVisible(True)
        self.admit_button.setVisible(False)
        self.admission_date_edit.setEnabled(False)
        self.board_box.setEnabled(False)
        self.unchecked_box.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
