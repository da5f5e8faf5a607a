"""A supplier's tender history (model/view): rounds, bids, opened totals, ranks, awards, agreements.

Everything comes from ``procurement.supplier_history``, which hands out a
total only for an opened round; a sealed bid shows as received, never priced.
A reader without ``read_all`` (a procurement head) is not shown the history at all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date, format_money, format_number
from niro_desk.models import AgreementState, RoundState
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.supplier_history import AgreementRow, HistoryRow, supplier_history
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.tenders.access import tender_access
from niro_desk.ui.tenders.labels import tender_state_label

AWARDED = QBrush(QColor("#1b6e20"))


def agreement_state_label(state: AgreementState) -> str:
    labels = {
        AgreementState.DRAFT: QCoreApplication.translate("TenderLabels", "draft"),
        AgreementState.ACTIVE: QCoreApplication.translate("TenderLabels", "active"),
        AgreementState.EXPIRED: QCoreApplication.translate("TenderLabels", "expired"),
        AgreementState.TERMINATED: QCoreApplication.translate("TenderLabels", "terminated"),
    }
    return labels[state]


class SupplierHistoryModel(RowTableModel):
    # what the office looks for first (how it went) left, the circumstances right
    TENDER, ROUND, LOT, BID, TOTAL, RANK, SHARE, RECEIVED, DEADLINE, STATE = range(10)
    right_aligned = frozenset({ROUND, TOTAL, RANK, SHARE})

    def headers(self) -> list[str]:
        return [
            self.tr("Tender"),
            self.tr("Round"),
            self.tr("Lot"),
            self.tr("Bid"),
            self.tr("Total (opened)"),
            self.tr("Rank"),
            self.tr("Awarded share"),
            self.tr("Received"),
            self.tr("Deadline"),
            self.tr("State"),
        ]

    def display(self, row: HistoryRow, column: int) -> str:
        if column == self.TENDER:
            return row.tender
        if column == self.STATE:
            return tender_state_label(row.tender_state)
        if column == self.ROUND:
            return "" if row.round_number is None else str(row.round_number)
        if column == self.DEADLINE:
            return berlin_text(row.deadline)
        if column == self.LOT:
            return "" if row.lot_number is None else f"{row.lot_number}: {row.lot}"
        if column == self.BID:
            return self._bid_text(row)
        if column == self.RECEIVED:
            return berlin_text(row.received_at)
        if column == self.TOTAL:
            if row.total is not None:
                return format_money(row.total, self.language)
            if row.bid and row.round_state != RoundState.OPENED:
                return self.tr("sealed")
            return ""
        if column == self.RANK:
            if row.rank is None:
                return ""
            return self.tr("%1 of %2").replace("%1", str(row.rank)).replace("%2", str(row.of))
        if row.share is None:
            return ""
        return f"{format_number(row.share, self.language, 0)} %"

    def _bid_text(self, row: HistoryRow) -> str:
        if row.round_number is None:
            return self.tr("invited, no round yet")
        if not row.bid:
            if row.round_state == RoundState.OPEN:
                return self.tr("no bid yet")
            return self.tr("no bid")
        if row.late and row.admitted:
            return self.tr("late, admitted")
        if row.late:
            return self.tr("late, excluded")
        return self.tr("in time")

    def sort_value(self, row: HistoryRow, column: int) -> SortValue:
        if column == self.ROUND:
            return row.round_number or 0
        if column == self.DEADLINE:
            return row.deadline.isoformat() if row.deadline else ""
        if column == self.RECEIVED:
            return row.received_at.isoformat() if row.received_at else ""
        if column == self.TOTAL:
            return float(row.total) if row.total is not None else -1.0
        if column == self.RANK:
            return row.rank or 0
        if column == self.SHARE:
            return float(row.share or 0)
        return super().sort_value(row, column)

    def foreground(self, row: HistoryRow) -> QBrush | None:
        return AWARDED if row.share else None


class AgreementModel(RowTableModel):
    TITLE, TENDER, STATE, ITEMS, CREATED = range(5)
    right_aligned = frozenset({ITEMS})

    def headers(self) -> list[str]:
        return [
            self.tr("Framework agreement"),
            self.tr("From tender"),
            self.tr("State"),
            self.tr("Items"),
            self.tr("Created"),
        ]

    def display(self, row: AgreementRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.TENDER:
            return row.tender
        if column == self.STATE:
            return agreement_state_label(row.state)
        if column == self.ITEMS:
            return str(row.items)
        return format_date(row.created_at.date(), self.language)


class SupplierHistoryTab(QWidget):
    """The "Tenders" tab of a supplier: its history and the agreements its awards created."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("supplierHistory")
        self.summary = QLabel()
        self.summary.setObjectName("supplierHistorySummary")
        self.summary.setWordWrap(True)
        self.model = SupplierHistoryModel(context.language, self)
        self.view = RowTableView(self.model)
        self.view.setObjectName("supplierHistoryRows")
        self.agreement_model = AgreementModel(context.language, self)
        self.agreement_view = RowTableView(
            self.agreement_model, stretch_column=AgreementModel.TITLE
        )
        self.agreement_view.setObjectName("supplierAgreements")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(self.tr("Framework agreements from awards")))
        layout.addWidget(self.agreement_view, 1)

    def show_supplier(self, supplier_id: int | None) -> None:
        if supplier_id is None or not tender_access(self.context).sees_bids:
            self.model.set_rows([])
            self.agreement_model.set_rows([])
            self.summary.setText(
                ""
                if supplier_id is None
                else self.tr("Bids are shown to the office only: your account does not see them.")
            )
            return
        with self.context.db.reading() as session:
            history = supplier_history(session, supplier_id)
        self.model.set_rows(history.rows)
        self.agreement_model.set_rows(history.agreements)
        self.view.fit_columns()
        self.agreement_view.fit_columns()
        bids = len({(r.tender_id, r.round_number) for r in history.rows if r.bid})
        won = len({(r.tender_id, r.lot_number) for r in history.rows if r.share})
        self.summary.setText(
            self.tr("Invited to %1 tender(s), bid in %2 round(s), awarded %3 lot(s).")
            .replace("%1", str(history.tenders))
            .replace("%2", str(bids))
            .replace("%3", str(won))
            if history.rows
            else self.tr("Not invited to any tender yet.")
        )
