"""Create or change a procurement item: name, unit of measure, description, in use."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.models import OfficeUser, UnitOfMeasure
from niro_desk.procurement import categories
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.labels import unit_label


class ItemDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        category_id: int,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.category_id = category_id
        self.item_id = item_id
        self.setObjectName("itemDialog")
        self.setWindowTitle(self.tr("New item") if item_id is None else self.tr("Item"))
        self.messages = FieldMessages()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitCombo")
        for unit in UnitOfMeasure:
            self.unit_combo.addItem(unit_label(unit), str(unit))
        self.description_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("In use (offered in new collections)"))
        self.active_box.setChecked(True)
        if item_id is not None:
            with context.db.reading() as session:
                item = categories.get_item(session, item_id)
                self.name_edit.setText(item.name)
                self.unit_combo.setCurrentIndex(self.unit_combo.findData(str(item.unit)))
                self.description_edit.setText(item.description)
                self.active_box.setChecked(item.active)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.messages.field("name", self.name_edit))
        form.addRow(self.tr("&Unit:"), self.messages.field("unit", self.unit_combo))
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.active_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        name = self.name_edit.text()
        unit = UnitOfMeasure(self.unit_combo.currentData())
        description = self.description_edit.text()
        active = self.active_box.isChecked()

        def work(session: Session, user: OfficeUser) -> None:
            if self.item_id is None:
                categories.create_item(session, user, self.category_id, name, unit, description)
            else:
                categories.update_item(session, user, self.item_id, name, unit, description, active)

        return save_and_close(self, work)
