"""Table models of the Requirements area (rows prepared by the services; ``data()`` is O(1))."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor

from niro_desk.formatting import format_date
from niro_desk.models import CollectionState, RequirementLine
from niro_desk.procurement.borda import BordaResult
from niro_desk.procurement.negotiation_rounds import RoundRow
from niro_desk.procurement.pooled_demand import ItemTotal, ParticipantState
from niro_desk.procurement.requirement_collections import CollectionRow
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.requirements.labels import (
    kind_label,
    price_text,
    source_label,
    state_label,
    unit_label,
    volume_text,
)

GREY = QBrush(QColor("#777777"))
RED = QBrush(QColor("#b3261e"))


class CollectionListModel(RowTableModel):
    TITLE, DEADLINE, STATE, ANSWERED = range(4)
    right_aligned = frozenset({ANSWERED})

    def headers(self) -> list[str]:
        return [
            self.tr("Collection"),
            self.tr("Deadline"),
            self.tr("State"),
            self.tr("Answered"),
        ]

    def display(self, row: CollectionRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.DEADLINE:
            return format_date(row.deadline, self.language)
        if column == self.STATE:
            return state_label(row.state)
        return self.tr("%1 of %2").replace("%1", str(row.answered)).replace("%2", str(row.invited))

    def sort_value(self, row: CollectionRow, column: int) -> SortValue:
        if column == self.DEADLINE:
            return row.deadline.toordinal()
        if column == self.ANSWERED:
            return row.answered / row.invited if row.invited else 0.0
        return super().sort_value(row, column)

    def foreground(self, row: CollectionRow) -> QBrush | None:
        return GREY if row.state == CollectionState.CLOSED else None


class ParticipantStateModel(RowTableModel):
    NAME, KIND, REGION, STATE, LINES, HEADS = range(6)
    right_aligned = frozenset({LINES})

    def headers(self) -> list[str]:
        return [
            self.tr("Participant"),
            self.tr("Kind"),
            self.tr("Region"),
            self.tr("Answer"),
            self.tr("Lines"),
            self.tr("Procurement head"),
        ]

    def row_id(self, row: ParticipantState) -> int:
        return row.organisation_id

    def display(self, row: ParticipantState, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.REGION:
            return row.region
        if column == self.STATE:
            if row.removed:
                return self.tr("taken out: %1").replace("%1", row.removed_reason)
            if row.submitted_at is None:
                return self.tr("not answered yet")
            return (
                self.tr("answered on %1 (%2)")
                .replace("%1", format_date(local_day(row.submitted_at), self.language))
                .replace("%2", source_label(row.source))
            )
        if column == self.LINES:
            return str(row.lines) if row.answered else ""
        return ", ".join(f"{name} <{email}>" if email else name for name, email in row.heads)

    def sort_value(self, row: ParticipantState, column: int) -> SortValue:
        if column == self.LINES:
            return row.lines
        if column == self.STATE:
            return row.submitted_at.timestamp() if row.submitted_at else -1.0
        return super().sort_value(row, column)

    def foreground(self, row: ParticipantState) -> QBrush | None:
        if row.removed:
            return GREY
        return RED if not row.answered else None


class ItemTotalModel(RowTableModel):
    ITEM, TOTAL, PARTICIPANTS, MEMBERS, CUSTOMERS = range(5)
    right_aligned = frozenset({TOTAL, PARTICIPANTS, MEMBERS, CUSTOMERS})

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Pooled volume per year"),
            self.tr("Participants"),
            self.tr("Members"),
            self.tr("Customers"),
        ]

    def row_id(self, row: ItemTotal) -> int:
        return row.item_id

    def display(self, row: ItemTotal, column: int) -> str:
        if column == self.ITEM:
            return row.item
        if column == self.TOTAL:
            return volume_text(row.total, self.language, row.unit)
        if column == self.PARTICIPANTS:
            return str(row.participants)
        if column == self.MEMBERS:
            return (
                self.tr("%1 (%2)")
                .replace("%1", volume_text(row.members_total, self.language, row.unit))
                .replace("%2", str(row.members))
            )
        return (
            self.tr("%1 (%2)")
            .replace("%1", volume_text(row.customers_total, self.language, row.unit))
            .replace("%2", str(row.customers))
        )

    def sort_value(self, row: ItemTotal, column: int) -> SortValue:
        if column == self.TOTAL:
            return float(row.total)
        if column == self.PARTICIPANTS:
            return row.participants
        if column == self.MEMBERS:
            return float(row.members_total)
        if column == self.CUSTOMERS:
            return float(row.customers_total)
        return super().sort_value(row, column)


class RequirementLineModel(RowTableModel):
    """Read-only lines of one submission (the history dialog)."""

    ITEM, VOLUME, SITES, SUPPLIER, PRICE, CONTRACT_END, NOTICE = range(7)
    right_aligned = frozenset({VOLUME, PRICE})

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Volume per year"),
            self.tr("Delivery sites"),
            self.tr("Today's supplier"),
            self.tr("Today's unit price"),
            self.tr("Contract ends"),
            self.tr("Notice by"),
        ]

    def display(self, row: RequirementLine, column: int) -> str:
        if column == self.ITEM:
            return row.item.name
        if column == self.VOLUME:
            return volume_text(row.volume, self.language, row.unit)
        if column == self.SITES:
            return row.delivery_sites
        if column == self.SUPPLIER:
            return row.current_supplier
        if column == self.PRICE:
            return price_text(row.current_unit_price, self.language)
        if column == self.CONTRACT_END:
            return format_date(row.contract_end, self.language)
        return format_date(row.notice_date, self.language)


class ItemModel(RowTableModel):
    NAME, UNIT, ACTIVE = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Unit"), self.tr("In use")]

    def display(self, row: Any, column: int) -> str:
        if column == self.NAME:
            return str(row.name)
        if column == self.UNIT:
            return unit_label(row.unit)
        return self.tr("yes") if row.active else self.tr("no")


class RoundListModel(RowTableModel):
    DATE, TITLE, ATTENDEES, DECISIONS = range(4)
    right_aligned = frozenset({ATTENDEES})

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Round"), self.tr("Heads"), self.tr("Decided")]

    def display(self, row: RoundRow, column: int) -> str:
        if column == self.DATE:
            return format_date(row.held_on, self.language)
        if column == self.TITLE:
            return row.title
        if column == self.ATTENDEES:
            return str(row.attendees)
        return row.decisions

    def sort_value(self, row: RoundRow, column: int) -> SortValue:
        if column == self.DATE:
            return row.held_on.toordinal()
        if column == self.ATTENDEES:
            return row.attendees
        return super().sort_value(row, column)


class BordaModel(RowTableModel):
    POSITION, CATEGORY, POINTS, FIRSTS, VOTERS, DECIDED = range(6)
    right_aligned = frozenset({POSITION, POINTS, FIRSTS, VOTERS})

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.decided: set[int] = set()

    def headers(self) -> list[str]:
        return [
            self.tr("Place"),
            self.tr("Category"),
            self.tr("Borda points"),
            self.tr("First places"),
            self.tr("Ranked by"),
            self.tr("Decision"),
        ]

    def row_id(self, row: BordaResult) -> int:
        return row.category_id

    def display(self, row: BordaResult, column: int) -> str:
        values = {
            self.POSITION: str(row.position),
            self.CATEGORY: row.name,
            self.POINTS: str(row.points),
            self.FIRSTS: str(row.first_places),
            self.VOTERS: str(row.voters),
        }
        if column == self.DECIDED:
            return self.tr("to a collection next") if row.category_id in self.decided else ""
        return values[column]

    def sort_value(self, row: BordaResult, column: int) -> SortValue:
        numbers = {
            self.POSITION: row.position,
            self.POINTS: row.points,
            self.FIRSTS: row.first_places,
            self.VOTERS: row.voters,
        }
        return numbers.get(column, super().sort_value(row, column))
