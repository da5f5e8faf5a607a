"""New agreement (entered by hand, e.g. one that predates the software) or edit one.

Terms, dates, notice and renewal, and the items with their prices, validity
and price adjustment clause. Supplier and category change only in a draft
(the service says so otherwise). Prices are typed in the user's format
(``189,40``); a cell that is not a number or date is marked, nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import StaleRecord
from niro_desk.formatting import format_date, parse_number
from niro_desk.models import AgreementState
from niro_desk.procurement import agreements, categories, suppliers
from niro_desk.procurement.agreements import AgreementInput, ItemInput
from niro_desk.ui.agreements.cell_table import CellRow, CellTableModel
from niro_desk.ui.members.date_input import date_edit, date_of, set_date
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.labels import price_text, unit_label
from niro_desk.ui.requirements.line_edit_model import parse_date_text

PRICE, VALID, ADJUSTMENT = 1, 2, 3


class AgreementDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, agreement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id = agreement_id
        self.version: int | None = None
        self.messages = FieldMessages()
        self.setObjectName("agreementDialog")
        self.setWindowTitle(
            self.tr("New framework agreement")
            if agreement_id is None
            else self.tr("Edit agreement")
        )
        language = context.language
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("e.g. RV-2026-03"))
        self.supplier = QComboBox()
        self.supplier.setObjectName("supplier")
        self.category = QComboBox()
        self.category.setObjectName("category")
        with context.db.reading() as session:
            for row in suppliers.list_suppliers(session):
                self.supplier.addItem(row.name, row.id)
            for node in categories.category_tree(session):
                self.category.addItem("    " * node.depth + node.name, node.id)
        next_year = dt.date.today().year + 1
        self.start = date_edit(language, dt.date(next_year, 1, 1))
        self.start.setObjectName("startDate")
        self.end = date_edit(language, dt.date(next_year + 1, 12, 31))
        self.end.setObjectName("endDate")
        self.notice = QSpinBox()
        self.notice.setObjectName("noticeMonths")
        self.notice.setRange(0, agreements.MAX_MONTHS)
        self.notice.setValue(3)
        self.notice.setSuffix(" " + self.tr("months"))
        self.notice.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.renews = QCheckBox(self.tr("renews automatically by"))
        self.renews.setObjectName("autoRenewal")
        self.renewal = QSpinBox()
        self.renewal.setObjectName("renewalMonths")
        self.renewal.setRange(1, agreements.MAX_MONTHS)
        self.renewal.setValue(12)
        self.renewal.setSuffix(" " + self.tr("months"))
        self.renews.toggled.connect(self.renewal.setEnabled)
        self.renewal.setEnabled(False)
        renewal_row = QHBoxLayout()
        renewal_row.addWidget(self.renews)
        renewal_row.addWidget(self.renewal)
        renewal_row.addStretch(1)
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("terms")
        self.terms.setMaximumHeight(80)

        self.item_model = CellTableModel(
            [
                self.tr("Item"),
                self.tr("Unit price (€)"),
                self.tr("Price valid until"),
                self.tr("Price adjustment"),
            ],
            {PRICE, VALID, ADJUSTMENT},
            {PRICE},
            self,
        )
        self.item_view = QTableView()
        self.item_view.setObjectName("itemTable")
        self.item_view.setModel(self.item_model)
        self.item_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.item_view.verticalHeader().setVisible(False)
        self.item_view.horizontalHeader().setSectionResizeMode(
            ADJUSTMENT, QHeaderView.ResizeMode.Stretch
        )
        self.item_choice = QComboBox()
        self.item_choice.setObjectName("itemChoice")
        add = QPushButton(self.tr("Add item"))
        add.setObjectName("addItemButton")
        add.clicked.connect(self.add_item)
        remove = QPushButton(self.tr("Remove item"))
        remove.setObjectName("removeItemButton")
        remove.clicked.connect(self.remove_item)
        item_bar = QHBoxLayout()
        item_bar.addWidget(self.item_choice, 1)
        item_bar.addWidget(add)
        item_bar.addWidget(remove)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.messages.field("title", self.title))
        form.addRow(self.tr("&Reference"), self.messages.field("reference", self.reference))
        form.addRow(self.tr("&Supplier"), self.supplier)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End of term"), self.messages.field("end_date", self.end))
        form.addRow(self.tr("Notice period"), self.messages.field("notice_months", self.notice))
        form.addRow(self.tr("Renewal"), renewal_row)
        form.addRow("", self.messages.message("renewal_months"))
        form.addRow(self.tr("Terms"), self.terms)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.cell_problems = QLabel()
        self.cell_problems.setObjectName("cellProblems")
        self.cell_problems.setWordWrap(True)
        self.cell_problems.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Items and agreed prices") + "</b>"))
        layout.addWidget(self.item_view, 1)
        layout.addLayout(item_bar)
        layout.addWidget(self.messages.message("items"))
        layout.addWidget(self.cell_problems)
        layout.addWidget(buttons)
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.units: dict[int, str] = {}
        if agreement_id is not None:
            self._load()
        self._category_changed()
        self.resize(760, 720)

    def _load(self) -> None:
        assert self.agreement_id is not None
        language = self.context.language
        with self.context.db.reading() as session:
            overview = agreements.agreement_overview(session, self.agreement_id)
        self.version = overview.version
        self.title.setText(overview.title)
        self.reference.setText(overview.reference)
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(overview.supplier_id)))
        self.category.setCurrentIndex(max(0, self.category.findData(overview.category_id)))
        draft = overview.state == AgreementState.DRAFT
        self.supplier.setEnabled(draft)
        self.category.setEnabled(draft)
        if overview.start_date is not None:
            set_date(self.start, overview.start_date)
        if overview.end_date is not None:
            set_date(self.end, overview.end_date)
        self.notice.setValue(overview.notice_months)
        self.renews.setChecked(overview.auto_renewal)
        self.renewal.setValue(overview.renewal_months)
        self.terms.setPlainText(overview.terms)
        self.item_model.set_rows(
            [
                CellRow(
                    item.item_id,
                    item.name,
                    [
                        price_text(item.unit_price, language).replace("\u00a0€", ""),
                        format_date(item.price_valid_until, language),
                        item.price_adjustment,
                    ],
                )
                for item in overview.items
            ]
        )
        self.item_view.resizeColumnsToContents()

    def _category_changed(self) -> None:
        category_id = self.category.currentData()
        self.item_choice.clear()
        if category_id is None:
            return
        with self.context.db.reading() as session:
            items = categories.items_of(session, category_id)
            for item in items:
                self.item_choice.addItem(f"{item.name} ({unit_label(item.unit)})", item.id)

    def add_item(self) -> None:
        item_id = self.item_choice.currentData()
        if item_id is None or any(row.key == item_id for row in self.item_model.rows):
            return
        self.item_model.add_row(CellRow(item_id, self.item_choice.currentText(), ["", "", ""]))
        self.item_view.setCurrentIndex(self.item_model.index(len(self.item_model.rows) - 1, PRICE))

    def remove_item(self) -> None:
        rows = self.item_view.selectionModel().selectedRows() or (
            [self.item_view.currentIndex()] if self.item_view.currentIndex().isValid() else []
        )
        for index in sorted((i.row() for i in rows), reverse=True):
            self.item_model.remove_row(index)

    def _items(self) -> list[ItemInput] | None:
        language = self.context.language
        self.item_model.clear_marks()
        problems = []
        items = []
        for position, row in enumerate(self.item_model.rows):
            price: Decimal | None = None
            valid: dt.date | None = None
            try:
                price = parse_number(row.cells[0], language)
            except ValueError:
                self.item_model.mark(position, PRICE, self.tr("not a number"))
                problems.append(row.label)
            try:
                valid = parse_date_text(row.cells[1])
            except ValueError:
                self.item_model.mark(position, VALID, self.tr("not a date such as 31.12.2026"))
                problems.append(row.label)
            if price is not None:
                items.append(ItemInput(row.key, price, valid, row.cells[2]))
        if problems:
            self.cell_problems.setText(
                self.tr("Check the marked cells: %1").replace("%1", ", ".join(problems))
            )
            return None
        self.cell_problems.setText("")
        return items

    def data(self) -> AgreementInput | None:
        items = self._items()
        if items is None:
            return None
        return AgreementInput(
            title=self.title.text(),
            supplier_id=self.supplier.currentData() or 0,
            category_id=self.category.currentData() or 0,
            items=items,
            reference=self.reference.text(),
            start_date=date_of(self.start),
            end_date=date_of(self.end),
            notice_months=self.notice.value(),
            auto_renewal=self.renews.isChecked(),
            renewal_months=self.renewal.value(),
            terms=self.terms.toPlainText(),
        )

    def save(self) -> bool:
        data = self.data()
        if data is None:
            return False
        agreement_id, version = self.agreement_id, self.version
        if agreement_id is None:
            return save_and_close(
                self, lambda session, user: agreements.create_agreement(session, user, data)
            )
        return save_and_close(
            self,
            lambda session, user: agreements.update_agreement(
                session, user, agreement_id, data, version
            ),
            self._reload,
        )

    def _reload(self, _error: StaleRecord) -> None:
        self._load()
