"""The Service fees tab of a customer: what it pays the pool's service company.

A fee per agreement and year, or one yearly fee for the pool as a whole; each
runs from its day until the next one for the same agreement. Add, edit and
remove go through the service (``procurement/service_fees.py``), audited.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date, format_money
from niro_desk.models import ServiceFee
from niro_desk.permissions import may_see_organisation
from niro_desk.procurement.service_fees import list_service_fees, remove_service_fee
from niro_desk.ui.members import prompts
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.service_fee_dialog import ServiceFeeDialog
from niro_desk.ui.members.service_fee_model import NOTE, ServiceFeeModel
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights


class ServiceFeesTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id: int | None = None
        self.name = ""
        self.dialog: ServiceFeeDialog | None = None
        self.setObjectName("serviceFeesTab")
        self.model = ServiceFeeModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=NOTE)
        self.view.setObjectName("serviceFeesView")
        self.view.doubleClicked.connect(lambda _index: self.edit_fee())
        self.empty_label = QLabel(self.tr("No service fee recorded."))
        self.empty_label.setObjectName("serviceFeesEmptyLabel")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addServiceFeeButton")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editServiceFeeButton")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeServiceFeeButton")
        self.add_button.clicked.connect(self.add_fee)
        self.edit_button.clicked.connect(self.edit_fee)
        self.remove_button.clicked.connect(self.remove_fee)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_customer(self, organisation_id: int | None, name: str = "") -> None:
        """Load and show the customer's service fees (None: nothing)."""
        selected = self.view.current_id()
        self.organisation_id = organisation_id
        self.name = name
        fees: list[ServiceFee] = []
        if organisation_id is not None:
            with self.context.db.reading() as session:
                # another organisation's fees stay hidden from a procurement head
                if may_see_organisation(session, organisation_id):
                    fees = list_service_fees(session, organisation_id)
        self.model.set_rows(fees)
        self.view.fit_columns(320)
        if selected is not None:
            self.view.select_id(selected)
        self.empty_label.setVisible(not fees)
        self._update_buttons()

    def reload(self) -> None:
        self.show_customer(self.organisation_id, self.name)

    def _update_buttons(self) -> None:
        has = self._current() is not None
        office = pool_rights(self.context).edit  # fees are the office's to change
        self.add_button.setEnabled(office and self.organisation_id is not None)
        self.edit_button.setEnabled(office and has)
        self.remove_button.setEnabled(office and has)

    def _current(self) -> ServiceFee | None:
        row = self.view.current_row()
        return row if isinstance(row, ServiceFee) else None

    def add_fee(self) -> ServiceFeeDialog | None:
        if self.organisation_id is None:
            return None
        return self._open(
            ServiceFeeDialog(self.context, self.organisation_id, self.name, None, self)
        )

    def edit_fee(self) -> ServiceFeeDialog | None:
        fee = self._current()
        if fee is None or self.organisation_id is None:
            return None
        return self._open(
            ServiceFeeDialog(self.context, self.organisation_id, self.name, fee, self)
        )

    def _open(self, dialog: ServiceFeeDialog) -> ServiceFeeDialog:
        dialog.changed.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def remove_fee(self) -> bool:
        fee = self._current()
        if fee is None:
            return False
        language = self.context.language
        if not prompts.confirm(
            self,
            self.tr("Remove service fee"),
            self.tr("Remove the service fee of %1 a year valid from %2? The history keeps it.")
            .replace("%1", format_money(fee.annual_fee, language))
            .replace("%2", format_date(fee.valid_from, language)),
        ):
            return False
        fee_id = fee.id
        if not run_action(
            self, self.context, lambda session, user: remove_service_fee(session, user, fee_id)
        ):
            self.reload()  # removed on another PC meanwhile: show what is there now
            return False
        self._saved()
        return True
