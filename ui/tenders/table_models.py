"""Table models of the Tenders area (rows prepared by the services; ``data()`` is O(1)).

Before a round is opened the services return no price at all, so these
models cannot show one: the bid model has no price column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from niro_desk.formatting import format_date, format_money, format_number
from niro_desk.models import UnitOfMeasure
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.bids import SealedBidRow
from niro_desk.procurement.tender_brief import BriefItem
from niro_desk.procurement.tender_evaluation import LotItemRow, RankedOffer, SupplierOffer
from niro_desk.procurement.tenders import TenderRow
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.requirements.labels import price_text, volume_text
from niro_desk.ui.tenders.labels import other_regions, tender_state_label

GREY = QBrush(QColor("#777777"))
RED = QBrush(QColor("#b3261e"))
BEST = QBrush(QColor("#dff3e4"))


class TenderListModel(RowTableModel):
    TITLE, STATE, ROUND, DEADLINE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Tender"), self.tr("State"), self.tr("Round"), self.tr("Deadline")]

    def display(self, row: TenderRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.STATE:
            return tender_state_label(row.state)
        if column == self.ROUND:
            return str(row.current_round or "")
        return berlin_text(row.deadline)

    def sort_value(self, row: TenderRow, column: int) -> SortValue:
        if column == self.DEADLINE:
            return row.deadline.timestamp() if row.deadline else 0.0
        return super().sort_value(row, column)


class LotItemModel(RowTableModel):
    """Lot items with pooled volume and merged regions (what suppliers are told)."""

    LOT, ITEM, VOLUME, REGIONS = range(4)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.lot_of: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Lot"),
            self.tr("Item"),
            self.tr("Pooled volume per year"),
            self.tr("Delivery regions"),
        ]

    def row_id(self, row: BriefItem) -> int:
        return row.item_id

    def display(self, row: BriefItem, column: int) -> str:
        if column == self.LOT:
            return self.lot_of.get(row.item_id, "")
        if column == self.ITEM:
            return row.name
        if column == self.VOLUME:
            return volume_text(row.volume, self.language, UnitOfMeasure(row.unit))
        return "; ".join(
            f"{r.region or other_regions()}: {volume_text(r.volume, self.language)}"
            for r in row.regions
        )


class SealedBidModel(RowTableModel):
    """Bids of a round: supplier, lot, time received, validity, status — never a price."""

    SUPPLIER, LOT, RECEIVED, VALID, STATUS = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Supplier"),
            self.tr("Lot"),
            self.tr("Received"),
            self.tr("Valid until"),
            self.tr("Status"),
        ]

    def display(self, row: SealedBidRow, column: int) -> str:
        if column == self.SUPPLIER:
            return row.supplier
        if column == self.LOT:
            return f"{row.lot_number} {row.lot}"
        if column == self.RECEIVED:
            return berlin_text(row.received_at)
        if column == self.VALID:
            return format_date(row.valid_until, self.language)
        if not row.is_current:
            return self.tr("replaced by a later bid")
        if row.late and row.admitted:
            return self.tr("late, admitted: %1").replace("%1", row.admitted_reason)
        if row.late:
            return self.tr("late: excluded unless admitted")
        return self.tr("opened") if row.opened else self.tr("sealed")

    def sort_value(self, row: SealedBidRow, column: int) -> SortValue:
        if column == self.RECEIVED:
            return row.received_at.timestamp()
        return super().sort_value(row, column)

    def foreground(self, row: SealedBidRow) -> QBrush | None:
        if not row.is_current:
            return GREY
        return RED if row.late and not row.admitted else None


class ComparisonModel(RowTableModel):
    """Suppliers × items of the latest opened round, total at pooled volume, change; best green."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.items: list[LotItemRow] = []

    def set_comparison(self, items: list[LotItemRow], offers: list[SupplierOffer]) -> None:
        self._headers = None
        self.items = items
        self.set_rows(offers)

    def headers(self) -> list[str]:
        return [
            self.tr("Supplier"),
            *(i.name for i in self.items),
            self.tr("Total at pooled volume"),
            self.tr("Change against previous round"),
        ]

    def display(self, row: SupplierOffer, column: int) -> str:
        if column == 0:
            return row.supplier
        if column <= len(self.items):
            return price_text(row.prices.get(self.items[column - 1].item_id), self.language)
        if column == len(self.items) + 1:
            return format_money(row.total, self.language)
        if row.change is None:
            return ""
        text = format_money(row.change, self.language)
        if row.change_percent is not None:
            text += f" ({format_number(row.change_percent, self.language, 2)} %)"
        return text

    def sort_value(self, row: SupplierOffer, column: int) -> SortValue:
        if column == len(self.items) + 1:
            return float(row.total)
        if 0 < column <= len(self.items):
            price = row.prices.get(self.items[column - 1].item_id)
            return float(price) if price is not None else 0.0
        return super().sort_value(row, column)

    def row_id(self, row: SupplierOffer) -> int:
        return row.supplier_id

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and self.row_at(index.row()).best:
            if role == Qt.ItemDataRole.BackgroundRole:
                return BEST
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class RankingModel(RowTableModel):
    RANK, SUPPLIER, TOTAL, POINTS, SCORES, WEIGHTED, SAVINGS = range(7)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.criteria: list[tuple[int, str]] = []  # non-price (id, name)

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Supplier"),
            self.tr("Total"),
            self.tr("Price points"),
            self.tr("Criterion scores"),
            self.tr("Weighted score"),
            self.tr("Savings estimate"),
        ]

    def row_id(self, row: RankedOffer) -> int:
        return row.supplier_id

    def display(self, row: RankedOffer, column: int) -> str:
        if column == self.RANK:
            return str(row.rank)
        if column == self.SUPPLIER:
            return row.supplier
        if column == self.TOTAL:
            return format_money(row.total, self.language)
        if column == self.POINTS:
            return format_number(row.price_points, self.language, 2)
        if column == self.SCORES:
            return ", ".join(
                f"{name} {row.scores[cid]}" if cid in row.scores else f"{name} –"
                for cid, name in self.criteria
            )
        if column == self.WEIGHTED:
            text = format_number(row.weighted, self.language, 2)
            return text if row.complete else text + " " + self.tr("(not fully scored)")
        return format_money(row.savings, self.language)

    def sort_value(self, row: RankedOffer, column: int) -> SortValue:
        if column == self.RANK:
            return row.rank
        if column in (self.TOTAL, self.POINTS, self.WEIGHTED):
            return float({2: row.total, 3: row.price_points, 5: row.weighted}[column])
        if column == self.SAVINGS:
            return float(row.savings or 0)
        return super().sort_value(row, column)
