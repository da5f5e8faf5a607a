"""The Membership & fees tab: status and dates, fee history, declared relations.

Its dialogs and actions carry the versions of what the tab shows, so a change
made on another PC meanwhile is refused with who and when, not overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date, format_money
from niro_desk.membership.admission import reapply, withdraw_application
from niro_desk.membership.relations import remove_relation
from niro_desk.models import MembershipStatus, Organisation
from niro_desk.ui.members import prompts
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.fee_model import ANNUAL_FEE, NOTE, VALID_FROM, FeeModel
from niro_desk.ui.members.labels import status_label
from niro_desk.ui.members.relation_model import NOTE as RELATION_NOTE
from niro_desk.ui.members.relation_model import RelationModel, RelationRow
from niro_desk.ui.members.service_action import Work, run_action
from niro_desk.ui.members.table_view import RowTableView

if TYPE_CHECKING:
    pass


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class MembershipTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation: Organisation | None = None
        self.relations: list[RelationRow] = []
        self.may_edit = True  # the acting user may edit members (set by the detail panel)
        self.dialog: QDialog | None = None

        self.status_value = _value_label()
        self.status_value.setObjectName("statusValue")
        self.applied_value = _value_label()
        self.waiting_value = _value_label()
        self.admitted_value = _value_label()
        self.exit_value = _value_label()
        self.founding_value = _value_label()
        self.fee_value = _value_label()
        self.fee_value.setObjectName("currentFeeValue")
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status_value)
        form.addRow(self.tr("Applied on:"), self.applied_value)
        self.waiting_row_label = QLabel(self.tr("Waiting since:"))
        form.addRow(self.waiting_row_label, self.waiting_value)
        form.addRow(self.tr("Member since:"), self.admitted_value)
        self.exit_row_label = QLabel(self.tr("Left on:"))
        form.addRow(self.exit_row_label, self.exit_value)
        form.addRow(self.tr("Founding member:"), self.founding_value)
        form.addRow(self.tr("Annual fee now:"), self.fee_value)

        self.details_button = QPushButton(self.tr("Edit &membership…"))
        self.details_button.clicked.connect(self.edit_details)
        self.withdraw_button = QPushButton(self.tr("&Withdraw application…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.reapply_button = QPushButton(self.tr("Apply a&gain"))
        self.reapply_button.clicked.connect(self.apply_again)
        # one above the other: side by side they made the tab wider than a 1280 px window
        status_buttons = QVBoxLayout()
        for button in (self.details_button, self.withdraw_button, self.reapply_button):
            status_buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

        self.fee_model = FeeModel(context.language, self)
        self.fee_view = RowTableView(self.fee_model, stretch_column=NOTE)
        self.fee_view.setObjectName("feeView")
        # the note wraps onto more lines instead of being cut; date and amount fit their text
        self.fee_view.setWordWrap(True)
        self.fee_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (VALID_FROM, ANNUAL_FEE):
            self.fee_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.add_fee_button = QPushButton(self.tr("&Add fee step…"))
        self.add_fee_button.setObjectName("addFeeButton")
        self.add_fee_button.clicked.connect(self.add_fee)
        fees_box = QGroupBox(self.tr("Fee history"))
        fees_layout = QVBoxLayout(fees_box)
        fees_layout.addWidget(self.fee_view)
        fees_layout.addWidget(self.add_fee_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.relation_model = RelationModel(context.language, self)
        self.relation_view = RowTableView(self.relation_model, stretch_column=RELATION_NOTE)
        self.relation_view.setObjectName("relationView")
        self.add_relation_button = QPushButton(self.tr("&Declare relation…"))
        self.add_relation_button.clicked.connect(self.add_relation)
        self.remove_relation_button = QPushButton(self.tr("&Remove relation"))
        self.remove_relation_button.clicked.connect(self.remove_relation)
        relation_buttons = QHBoxLayout()
        relation_buttons.addWidget(self.add_relation_button)
        relation_buttons.addWidget(self.remove_relation_button)
        relation_buttons.addStretch(1)
        relations_box = QGroupBox(self.tr("Declared relations (competitor check)"))
        self.relations_box = relations_box
        relations_layout = QVBoxLayout(relations_box)
        relations_layout.addWidget(self.relation_view)
        relations_layout.addLayout(relation_buttons)

        status_column = QVBoxLayout()
        status_column.addLayout(form)
        status_column.addLayout(status_buttons)
        status_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(status_column)  # as wide as its labels need; the tables share the rest
        layout.addWidget(fees_box, 1)
        layout.addWidget(relations_box, 1)
        self.relation_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_membership(
        self, organisation: Organisation | None, relations: list[RelationRow]
    ) -> None:
        self.organisation = organisation
        membership = organisation.membership if organisation is not None else None
        language = self.context.language
        status = organisation.membership_status if organisation is not None else None
        self.status_value.setText(f"<b>{status_label(status)}</b>" if status else "")
        self.applied_value.setText(
            format_date(membership.application_date, language) if membership else ""
        )
        waiting = local_day(membership.waiting_since) if membership else None
        self.waiting_value.setText(format_date(waiting, language))
        self.waiting_value.setVisible(waiting is not None)
        self.waiting_row_label.setVisible(waiting is not None)
        admitted = membership.admission_date if membership else None
        self.admitted_value.setText(format_date(admitted, language) or "—")
        left = membership.exit_date if membership else None
        exit_text = format_date(left, language)
        if membership and membership.exit_reason:
            exit_text += f" ({membership.exit_reason})"
        self.exit_value.setText(exit_text)
        self.exit_value.setVisible(left is not None)
        self.exit_row_label.setVisible(left is not None)
        self.founding_value.setText(
            (self.tr("yes") if membership.founding_member else self.tr("no")) if membership else ""
        )
        fee = membership.fee_on(dt.date.today()) if membership else None
        self.fee_value.setText(format_money(fee, language) if fee is not None else "—")
        self.fee_model.set_rows(
            sorted(membership.fees, key=lambda f: f.valid_from, reverse=True) if membership else []
        )
        self.fee_view.fit_columns()
        self.relations = relations
        self.relation_model.set_rows(relations)
        self.relation_view.fit_columns(220)
        self._update_buttons()

    def _update_buttons(self) -> None:
        organisation = self.organisation
        status = organisation.membership_status if organisation is not None else None
        has_membership = organisation is not None and organisation.membership is not None
        may = self.may_edit
        self.details_button.setEnabled(may and has_membership)
        self.add_fee_button.setEnabled(may and has_membership)
        self.withdraw_button.setVisible(
            status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING)
        )
        self.withdraw_button.setEnabled(may)
        self.reapply_button.setVisible(status == MembershipStatus.FORMER)
        self.reapply_button.setEnabled(may)
        self.add_relation_button.setEnabled(may and organisation is not None)
        self.remove_relation_button.setEnabled(may and self.relation_view.current_id() is not None)

    # -- actions ---------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.changed.connect(self.changed)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_details(self) -> QDialog | None:
        from niro_desk.ui.members.membership_details_dialog import MembershipDetailsDialog

        organisation = self.organisation
        if organisation is None or organisation.membership is None:
            return None
        return self._open(
            MembershipDetailsDialog(
                self.context,
                organisation.id,
                organisation.name,
                organisation.membership.application_date,
                organisation.membership.founding_member,
                self,
                version=organisation.membership.version,
            )
        )

    def add_fee(self) -> QDialog | None:
        from niro_desk.ui.members.fee_dialog import FeeDialog

        organisation = self.organisation
        if organisation is None:
            return None
        version = organisation.membership.version if organisation.membership else None
        return self._open(
            FeeDialog(self.context, organisation.id, organisation.name, self, version=version)
        )

    def add_relation(self) -> QDialog | None:
        from niro_desk.ui.members.relation_dialog import RelationDialog

        if self.organisation is None:
            return None
        seen = {row.other_id: row.version for row in self.relations}
        return self._open(
            RelationDialog(
                self.context, self.organisation.id, self.organisation.name, self, seen=seen
            )
        )

    def remove_relation(self) -> bool:
        row = self.relation_view.current_row()
        if not isinstance(row, RelationRow) or self.organisation is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Remove relation"),
            self.tr(
                "Remove the declared relation with %1? The competitor check then compares"
                " the two again by what they sell."
            ).replace("%1", row.other_name),
        ):
            return False
        return self._run(
            lambda session, user: remove_relation(
                session, user, row.id, expected_version=row.version
            )
        )

    def withdraw(self) -> bool:
        organisation = self.organisation
        if organisation is None:
            return False
        reason = prompts.ask_text(
            self,
            self.tr("Withdraw application"),
            self.tr("Why is the application of %1 closed?").replace("%1", organisation.name),
        )
        if reason is None:
            return False
        return self._run(
            lambda session, user: withdraw_application(session, user, organisation.id, reason)
        )

    def apply_again(self) -> bool:
        organisation = self.organisation
        if organisation is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Apply again"),
            self.tr("%1 applies again today: it becomes an applicant.").replace(
                "%1", organisation.name
            ),
        ):
            return False
        return self._run(
            lambda session, user: reapply(session, user, organisation.id, dt.date.today())
        )

    def _run(self, work: Work) -> bool:
        # after a refusal (changed on another PC) "reload" shows the record as it is now
        if not run_action(self, self.context, work, on_stale=lambda _error: self.changed.emit()):
            return False
        self.changed.emit()
        return True
