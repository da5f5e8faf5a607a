"""Suppliers' records for tenders: the categories each serves and its certificates with expiry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
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


class SupplierListModel(RowTableModel):
    NAME, CATEGORIES = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Supplier"), self.tr("Categories served")]

    def display(self, row: suppliers.SupplierRow, column: int) -> str:
        return row.name if column == self.NAME else ", ".join(row.categories)


class CertificateModel(RowTableModel):
    STANDARD, NUMBER, VALID = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Certificate"), self.tr("Number"), self.tr("Valid until")]

    def display(self, row: SupplierCertificate, column: int) -> str:
        if column == self.STANDARD:
            return row.standard
        if column == self.NUMBER:
            return row.number
        return format_date(row.valid_until, self.language)


class SuppliersDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("suppliersDialog")
        self.setWindowTitle(self.tr("Suppliers: categories and certificates"))
        self.model = SupplierListModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=SupplierListModel.CATEGORIES)
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
        add = QPushButton(self.tr("Add certificate"))
        add.setObjectName("addCertificate")
        add.clicked.connect(self._add_certificate)
        remove = QPushButton(self.tr("Remove certificate"))
        remove.setObjectName("removeCertificate")
        remove.clicked.connect(self._remove_certificate)
        right = QWidget()
        right_layout = QVBoxLayout(right)
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
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setSizes([420, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.resize(960, 620)
        self.reload()
        self.view.select_first()

    def reload(self) -> None:
        chosen = self.view.current_id()
        with self.context.db.reading() as session:
            rows = suppliers.list_suppliers(session)
            self.tree = [(n.id, n.path, "") for n in category_tree(session)]
        self.model.set_rows(rows)
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
            self._show_current()
            self.changed.emit()
