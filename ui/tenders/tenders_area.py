"""The Tenders area of the main window: the tenders list (model/view) next to the chosen tender.

Every signed-in account sees the list; only who may edit procurement gets "New tender…".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.errors import PermissionDenied
from niro_desk.messages import render_error
from niro_desk.procurement import suppliers, tenders
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.tenders.access import tender_access
from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog
from niro_desk.ui.tenders.table_models import TenderListModel
from niro_desk.ui.tenders.tender_dialog import TenderDialog
from niro_desk.ui.tenders.tender_view import TenderView


class TendersArea(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("tendersArea")
        self.model = TenderListModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=TenderListModel.TITLE)
        self.view.setObjectName("tenderList")
        self.certificates = QLabel()
        self.certificates.setObjectName("certificateWarning")
        self.certificates.setWordWrap(True)
        self.detail = TenderView(context)
        self.detail.changed.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        left = QWidget()
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 52))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        self.new_button = QPushButton(self.tr("New tender…"))
        self.new_button.setObjectName("newTenderButton")
        self.new_button.clicked.connect(self.new_tender)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        self.suppliers_button = QPushButton(self.tr("Suppliers…"))
        self.suppliers_button.setObjectName("suppliersButton")
        self.suppliers_button.clicked.connect(self.edit_suppliers)
        buttons.addWidget(self.suppliers_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.certificates)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.reload()
        self.view.select_first()

    def reload(self) -> None:
        chosen = self.detail.tender_id
        access = tender_access(self.context)
        self.new_button.setEnabled(access.edits)
        self.suppliers_button.setEnabled(access.signed_in)
        try:
            with self.context.db.reading() as session:
                rows = tenders.list_tenders(session)
                expiring = suppliers.expiring_certificates(session)
        except PermissionDenied as error:  # not signed in: nothing to list
            self.model.set_rows([])
            self.certificates.setText(render_error(error))
            return
        self.model.set_rows(rows)
        self.view.fit_columns()
        if chosen is not None:
            self.view.select_id(chosen)
        lines = [
            (
                self.tr("%1: %2 expired %3 days ago")
                if entry.expired
                else self.tr("%1: %2 runs out in %3 days")
            )
            .replace("%1", entry.supplier)
            .replace("%2", entry.standard)
            .replace("%3", str(abs(entry.days_left)))
            for entry in expiring
        ]
        self.certificates.setText(
            "<b>" + self.tr("Suppliers' certificates") + "</b><br>" + "<br>".join(lines)
            if lines
            else ""
        )

    def show_record(self, record_type: str, record_id: int) -> bool:
        """Select the tender ``record_id`` (the start page jumps here); False if not listed."""
        if record_type != "tender":
            return False
        self.reload()  # it may be newer than this list
        return self.view.select_id(record_id)

    def new_tender(self) -> None:
        dialog = TenderDialog(self.context, self)
        dialog.changed.connect(self.reload)
        dialog.exec()

    def edit_suppliers(self) -> None:
        dialog = SuppliersDialog(self.context, self)
        dialog.changed.connect(self.reload)
        dialog.exec()

    def _show_current(self) -> None:
        self.detail.show_tender(self.view.current_id())
