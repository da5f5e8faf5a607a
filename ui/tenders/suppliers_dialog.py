"""Suppliers' records for tenders: categories served, certificates with expiry, tender history.

A certificate that runs out within ``suppliers.CERTIFICATE_WARNING_DAYS``
(or has run out) is coloured in the certificates list and named in the
suppliers list, so the office sees it where it edits the certificates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.models import SupplierCertificate
from niro_desk.models.supplier_certificate import COMMON_CERTIFICATES
from niro_desk.procurement import suppliers
from niro_desk.procurement.categories import category_tree
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.row_table_model import RowTableModel
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.check_list import CheckList
from niro_desk.ui.tenders.access import tender_access
from niro_desk.ui.tenders.supplier_history_tab import SupplierHistoryTab

EXPIRED = QBrush(QColor("#b3261e"))
EXPIRING = QBrush(QColor("#a15c00"))


def certificate_state(days: int | None) -> str:
    """The state of a certificate in words: expires in N days, expired N days ago, valid."""
    if days is None:
        return QCoreApplication.translate("SuppliersDialog", "no expiry date")
    if days < 0:
        return QCoreApplication.translate("SuppliersDialog", "expired %1 days ago").replace(
            "%1", str(-days)
        )
    if days == 0:
        return QCoreApplication.translate("SuppliersDialog", "expires today")
    if days <= suppliers.CERTIFICATE_WARNING_DAYS:
        return QCoreApplication.translate("SuppliersDialog", "expires in %1 days").replace(
            "%1", str(days)
        )
    return QCoreApplication.translate("SuppliersDialog", "valid")


def certificate_brush(days: int | None) -> QBrush | None:
    if days is None or days > suppliers.CERTIFICATE_WARNING_DAYS:
        return None
    return EXPIRED if days < 0 else EXPIRING


@dataclass(frozen=True)
class SupplierEntry:
    id: int
    name: str
    categories: tuple[str, ...]
    warning: suppliers.ExpiringCertificate | None  # the certificate running out first


class SupplierListModel(RowTableModel):
    NAME, CERTIFICATES, CATEGORIES = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Supplier"), self.tr("Certificates"), self.tr("Categories served")]

    def display(self, row: SupplierEntry, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.CATEGORIES:
            return ", ".join(row.categories)
        if row.warning is None:
            return ""
        return f"{row.warning.standard}: {certificate_state(row.warning.days_left)}"

    def foreground(self, row: SupplierEntry) -> QBrush | None:
        return certificate_brush(row.warning.days_left) if row.warning else None


class CertificateModel(RowTableModel):
    STANDARD, NUMBER, VALID, STATE = range(4)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [self.tr("Certificate"), self.tr("Number"), self.tr("Valid until"), self.tr("State")]

    def display(self, row: SupplierCertificate, column: int) -> str:
        if column == self.STANDARD:
            return row.standard
        if column == self.NUMBER:
            return row.number
        if column == self.VALID:
            return format_date(row.valid_until, self.language)
        return certificate_state(suppliers.days_left(row.valid_until, self.today))

    def sort_value(self, row: SupplierCertificate, column: int) -> str | int:
        if column in (self.VALID, self.STATE):
            return row.valid_until.toordinal() if row.valid_until else 10**7
        return super().sort_value(row, column)

    def foreground(self, row: SupplierCertificate) -> QBrush | None:
        return certificate_brush(suppliers.days_left(row.valid_until, self.today))


class SuppliersDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("suppliersDialog")
        self.setWindowTitle(self.tr("Suppliers: categories, certificates and tenders"))
        self.model = SupplierListModel(context.language, self)
        self.view = RowTableView(self.model)
        self.view.setObjectName("supplierList")
        self.categories = CheckList()
        self.categories.setObjectName("servedCategories")
        self.save_categories = QPushButton(self.tr("Save categories"))
        self.save_categories.setObjectName("saveCategories")
        self.save_categories.clicked.connect(self._save_categories)
        self.certificate_model = CertificateModel(context.language, self)
        self.certificate_view = RowTableView(self.certificate_model)
        self.certificate_view.setObjectName("certificates")
        self.standard = QComboBox()
        self.standard.setObjectName("standard")
        self.standard.setEditable(True)
        self.standard.addItems(COMMON_CERTIFICATES)
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.valid_until = date_edit(context.language, dt.date.today() + dt.timedelta(days=365))
        self.valid_until.setObjectName("validUntil")
        self.access = tender_access(context)
        add = QPushButton(self.tr("Add certificate"))
        add.setObjectName("addCertificate")
        add.clicked.connect(self._add_certificate)
        remove = QPushButton(self.tr("Remove certificate"))
        remove.setObjectName("removeCertificate")
        remove.clicked.connect(self._remove_certificate)
        records = QWidget()
        right_layout = QVBoxLayout(records)
        right_layout.addWidget(QLabel(self.tr("Categories served")))
        right_layout.addWidget(self.categories, 2)
        right_layout.addWidget(self.save_categories)
        right_layout.addWidget(QLabel(self.tr("Certificates")))
        right_layout.addWidget(self.certificate_view, 2)
        form = QFormLayout()
        form.addRow(self.tr("Certificate"), self.standard)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Valid until"), self.valid_until)
        right_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        # who may not edit suppliers reads them only; the services refuse as well
        for button in (self.save_categories, add, remove):
            button.setEnabled(self.access.edits)
        row.addStretch(1)
        right_layout.addLayout(row)
        self.history = SupplierHistoryTab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supplierTabs")
        self.tabs.addTab(records, self.tr("Categories and certificates"))
        self.tabs.addTab(self.history, self.tr("Tenders"))
        self.tabs.setTabEnabled(1, self.access.sees_bids)  # bids and totals: the office only
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 900])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.resize(1280, 640)
        self.reload()
        self.view.select_first()

    def reload(self) -> None:
        chosen = self.view.current_id()
        with self.context.db.reading() as session:
            rows = suppliers.list_suppliers(session)
            warnings: dict[int, suppliers.ExpiringCertificate] = {}
            for entry in suppliers.expiring_certificates(session):  # soonest first
                warnings.setdefault(entry.organisation_id, entry)
            self.tree = [(n.id, n.path, "") for n in category_tree(session)]
        self.model.set_rows(
            SupplierEntry(r.id, r.name, r.categories, warnings.get(r.id)) for r in rows
        )
        self.view.fit_columns()
        if chosen is not None:
            self.view.select_id(chosen)

    def _show_current(self) -> None:
        supplier_id = self.view.current_id()
        if supplier_id is None:
            return
        with self.context.db.reading() as session:
            served = suppliers.served_category_ids(session, supplier_id)
            certificates = suppliers.certificates(session, supplier_id)
            session.expunge_all()
        self.categories.set_rows(self.tree, checked=served)
        self.certificate_model.set_rows(certificates)
        self.certificate_view.fit_columns()
        self.history.show_supplier(supplier_id)

    def _save_categories(self) -> None:
        supplier_id, chosen = self.view.current_id(), self.categories.checked_ids()
        if supplier_id is None:
            return
        if run_action(
            self,
            self.context,
            lambda session, user: suppliers.set_categories(session, user, supplier_id, chosen),
        ):
            self.reload()
            self.changed.emit()

    def _add_certificate(self) -> None:
        supplier_id = self.view.current_id()
        if supplier_id is None:
            return
        data = suppliers.CertificateInput(
            self.standard.currentText(), date_of(self.valid_until), self.number.text()
        )
        if run_action(
            self,
            self.context,
            lambda session, user: suppliers.add_certificate(session, user, supplier_id, data),
        ):
            self.number.clear()
            self.reload()
            self._show_current()
            self.changed.emit()

    def _remove_certificate(self) -> None:
        certificate_id = self.certificate_view.current_id()
        if certificate_id is None:
            return
        if run_action(
            self,
            self.context,
            lambda session, user: suppliers.remove_certificate(session, user, certificate_id),
        ):
            self.reload()
            self._show_current()
            self.changed.emit()
