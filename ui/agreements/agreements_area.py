"""The Agreements area: filters above the agreements list (model/view), the agreement beside it.

The filters (category, supplier, state, "ends within N days", "notice by
within N days") run in the service's query. When the area is first shown,
active agreements without renewal whose end has passed become expired
(``agreements.expire_ended``); "Update states" does it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.models import AgreementState
from niro_desk.procurement import agreements, categories
from niro_desk.procurement.agreements import AgreementFilter
from niro_desk.ui.agreements.agreement_dialog import AgreementDialog
from niro_desk.ui.agreements.agreement_view import AgreementView
from niro_desk.ui.agreements.labels import state_label
from niro_desk.ui.agreements.table_models import AgreementListModel
from niro_desk.ui.members import prompts
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights


class AgreementsArea(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("agreementsArea")
        self.dialog: AgreementDialog | None = None
        self.model = AgreementListModel(context.language, self)
        self.view = RowTableView(self.model)
        self.view.setObjectName("agreementList")
        self.detail = AgreementView(context)
        self.detail.changed.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())

        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.supplier = QComboBox()
        self.supplier.setObjectName("supplierFilter")
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("all states"), None)
        for state in AgreementState:
            self.state.addItem(state_label(state), state.value)
        self.ends = QCheckBox(self.tr("ends within"))
        self.ends.setObjectName("endsFilter")
        self.ends_days = QSpinBox()
        self.ends_days.setObjectName("endsDays")
        self.ends_days.setRange(1, 3650)
        self.ends_days.setValue(90)
        self.ends_days.setSuffix(" " + self.tr("days"))
        self.notice = QCheckBox(self.tr("notice deadline within"))
        self.notice.setObjectName("noticeFilter")
        self.notice_days = QSpinBox()
        self.notice_days.setObjectName("noticeDays")
        self.notice_days.setRange(1, 3650)
        self.notice_days.setValue(60)
        self.notice_days.setSuffix(" " + self.tr("days"))
        self._fill_choices()
        for combo in (self.category, self.supplier):  # long names must not widen the area
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        for combo in (self.category, self.supplier, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for box in (self.ends, self.notice):
            box.toggled.connect(lambda _on: self.reload())
        for spin in (self.ends_days, self.notice_days):
            spin.valueChanged.connect(lambda _v: self.reload())
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Category")), 0, 0)
        filters.addWidget(self.category, 0, 1)
        filters.addWidget(QLabel(self.tr("Supplier")), 0, 2)
        filters.addWidget(self.supplier, 0, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        # two short rows: the state, then the two day windows under each other, so no
        # label is cut in a 1280 pixel window
        days = QGridLayout()
        days.addWidget(self.state, 0, 0)
        days.addWidget(self.ends, 0, 1)
        days.addWidget(self.ends_days, 0, 2)
        days.addWidget(self.notice, 1, 1)
        days.addWidget(self.notice_days, 1, 2)
        days.setColumnStretch(3, 1)

        self.count = QLabel()
        self.count.setObjectName("agreementCount")
        self.expired_note = QLabel()
        self.expired_note.setObjectName("expiredNote")
        self.expired_note.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New agreement…"))
        self.new_button.setObjectName("newAgreementButton")
        self.new_button.setToolTip(
            self.tr(
                "Enter an agreement by hand, e.g. one from before"
                " NIRO Desk; awards create theirs as drafts."
            )
        )
        self.new_button.clicked.connect(self.new_agreement)
        self.expire_button = QPushButton(self.tr("Update states"))
        self.expire_button.setObjectName("expireButton")
        self.expire_button.setToolTip(
            self.tr("Agreements without renewal whose end has passed become expired.")
        )
        self.expire_button.clicked.connect(self.expire_ended)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.expire_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        left = QWidget()
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 64))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(days)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.expired_note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.expire_ended(quiet=True)
        self.view.select_first()

    def _fill_choices(self) -> None:
        with self.context.db.reading() as session:
            nodes = categories.category_tree(session)
            supplier_rows = agreements.supplier_choices(session)
        for combo, everything, rows in (
            (
                self.category,
                self.tr("all categories"),
                [(n.id, "    " * n.depth + n.name) for n in nodes],
            ),
            (self.supplier, self.tr("all suppliers"), supplier_rows),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for row_id, name in rows:
                combo.addItem(name, row_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def filters(self) -> AgreementFilter:
        state = self.state.currentData()
        return AgreementFilter(
            category_id=self.category.currentData(),
            supplier_id=self.supplier.currentData(),
            state=AgreementState(state) if state else None,
            ends_within_days=self.ends_days.value() if self.ends.isChecked() else None,
            notice_within_days=self.notice_days.value() if self.notice.isChecked() else None,
        )

    def reload(self) -> None:
        chosen = self.detail.agreement_id
        with self.context.db.reading() as session:
            rows = agreements.list_agreements(session, self.filters())
        self.model.set_rows(rows)
        self.view.fit_columns(230)
        office = pool_rights(self.context).edit
        self.new_button.setEnabled(office)
        self.expire_button.setEnabled(office)
        self.count.setText(self.tr("%1 agreements").replace("%1", str(len(rows))))
        if chosen is not None and not self.view.select_id(chosen):
            self.detail.show_agreement(None)

    def expire_ended(self, quiet: bool = False) -> list[str]:
        """Expire agreements whose end has passed; tell which (in a line under the list)."""
        if quiet and not pool_rights(self.context).edit:  # only the office changes states
            self._fill_choices()
            self.reload()
            return []
        try:
            with self.context.db.transaction() as session:
                titles = agreements.expire_ended(session, self.context.acting_user(session))
        except NiroDeskError as error:
            if not quiet:
                prompts.show_error(self, error)
            titles = []
        if titles:
            self.expired_note.setText(
                self.tr("Expired, their end has passed: %1").replace("%1", ", ".join(titles))
            )
        elif not quiet:
            self.expired_note.setText(self.tr("No agreement has passed its end."))
        self._fill_choices()
        self.reload()
        return titles

    def show_record(self, record_type: str, record_id: int) -> bool:
        """Show the agreement ``record_id`` (the start page jumps here).

        Selected in the list when the filters let it through; shown on the right
        in any case. False for another kind of record.
        """
        if record_type != "agreement":
            return False
        self.reload()  # it may be newer than this list
        if not self.view.select_id(record_id):
            self.detail.show_agreement(record_id)
        return True

    def new_agreement(self) -> AgreementDialog:
        dialog = AgreementDialog(self.context, parent=self)
        dialog.changed.connect(self._after_new)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_new(self) -> None:
        self._fill_choices()
        self.reload()

    def _show_current(self) -> None:
        self.detail.show_agreement(self.view.current_id())
