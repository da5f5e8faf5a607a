"""A new tender from a closed collection: lots, criteria with weights, invited suppliers.

Items needed by fewer than three participants are left out and named (their
pooled volume would tell suppliers what a single company needs). Suppliers
serving the collection's category are ticked in advance.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.models import CollectionState
from niro_desk.procurement import suppliers, tenders
from niro_desk.procurement.requirement_collections import get_collection, list_collections
from niro_desk.procurement.tender_lots import MINIMUM_PARTICIPANTS, pooled_items
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.check_list import CheckList


class TenderDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.messages = FieldMessages()
        self.setObjectName("tenderDialog")
        self.setWindowTitle(self.tr("New tender"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.collection = QComboBox()
        self.collection.setObjectName("collection")
        with context.db.reading() as session:
            for row in list_collections(session):
                if row.state == CollectionState.CLOSED:
                    self.collection.addItem(f"{row.title} ({row.category})", row.id)
        self.one_lot = QRadioButton(self.tr("one lot with all items"))
        self.one_lot.setChecked(True)
        self.lot_per_item = QRadioButton(self.tr("one lot per item"))
        lots = QHBoxLayout()
        lots.addWidget(self.one_lot)
        lots.addWidget(self.lot_per_item)
        lots.addStretch(1)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.price_weight = QSpinBox()
        self.price_weight.setRange(1, 100)
        self.price_weight.setSuffix(" %")
        self.price_weight.setValue(60)
        self.criteria: list[tuple[QLineEdit, QSpinBox]] = []
        criteria_box = QVBoxLayout()
        for name, weight in (
            (self.tr("Quality"), 20),
            (self.tr("Delivery and service"), 10),
            (self.tr("Sustainability"), 10),
        ):
            edit, spin = QLineEdit(name), QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(weight)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(spin)
            criteria_box.addLayout(row)
            self.criteria.append((edit, spin))
        self.suppliers = CheckList()
        self.suppliers.setObjectName("suppliers")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.messages.field("title", self.title))
        form.addRow(
            self.tr("Closed collection"), self.messages.field("collections", self.collection)
        )
        form.addRow(self.tr("Lots"), lots)
        form.addRow("", self.left_out)
        form.addRow(self.tr("Price weight"), self.price_weight)
        form.addRow(self.tr("Other criteria"), criteria_box)
        form.addRow("", self.messages.message("criteria"))
        form.addRow(self.tr("Invited suppliers"), self.suppliers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messages.message("lots"))
        layout.addWidget(buttons)
        self.collection.currentIndexChanged.connect(lambda _i: self._collection_changed())
        self.item_ids: list[tuple[int, str]] = []
        self._collection_changed()
        self.resize(620, 640)

    def _collection_changed(self) -> None:
        collection_id = self.collection.currentData()
        if collection_id is None:
            self.suppliers.set_rows([])
            return
        with self.context.db.reading() as session:
            collection = get_collection(session, collection_id)
            if not self.title.text():
                self.title.setText(collection.title)
            pooled = sorted(pooled_items(session, [collection_id]).values(), key=lambda p: p.name)
            serving = {s.id for s in suppliers.list_suppliers(session, collection.category_id)}
            every = suppliers.list_suppliers(session)
        self.item_ids = [
            (p.item_id, p.name) for p in pooled if p.participants >= MINIMUM_PARTICIPANTS
        ]
        small = [p.name for p in pooled if p.participants < MINIMUM_PARTICIPANTS]
        self.left_out.setText(
            self.tr("Left out (fewer than three participants): %1").replace("%1", ", ".join(small))
            if small
            else ""
        )
        self.suppliers.set_rows(
            [(s.id, s.name, ", ".join(s.categories)) for s in every], checked=serving
        )

    def save(self) -> None:
        if self.one_lot.isChecked():
            lots = [tenders.LotInput(self.title.text(), [i for i, _n in self.item_ids])]
        else:
            lots = [tenders.LotInput(name, [item_id]) for item_id, name in self.item_ids]
        collection_id = self.collection.currentData()
        data = tenders.TenderInput(
            self.title.text(),
            [collection_id] if collection_id is not None else [],
            lots,
            self.price_weight.value(),
            [tenders.CriterionInput(edit.text(), spin.value()) for edit, spin in self.criteria],
            self.suppliers.checked_ids(),
        )
        save_and_close(self, lambda session, user: tenders.create_tender(session, user, data))
