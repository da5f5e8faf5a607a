"""Table models of the Agreements area (rows prepared by the services; ``data()`` is O(1))."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QBrush, QColor

from niro_desk.formatting import format_date, format_number
from niro_desk.models import AgreementState, UnitOfMeasure
from niro_desk.procurement.agreements import AgreementRow, DocumentRow, ItemRow
from niro_desk.procurement.participations import ParticipationRow
from niro_desk.ui.agreements.labels import state_label
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue
from niro_desk.ui.requirements.labels import kind_label, price_text, unit_label, volume_text

GREY = QBrush(QColor("#777777"))
RED = QBrush(QColor("#b3261e"))


def _date_sort(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else 0


def _unit(unit: str) -> UnitOfMeasure | None:
    try:
        return UnitOfMeasure(unit)
    except ValueError:
        return None


class AgreementListModel(RowTableModel):
    TITLE, STATE, TERM_END, NOTICE, PARTICIPANTS, SUPPLIER, CATEGORY = range(7)
    right_aligned = frozenset({PARTICIPANTS})

    def __init__(self, language: str, parent: object = None) -> None:
        super().__init__(language, parent)  # type: ignore[arg-type]
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Agreement"),
            self.tr("State"),
            self.tr("Term ends"),
            self.tr("Notice by"),
            self.tr("Participants"),
            self.tr("Supplier"),
            self.tr("Category"),
        ]

    def display(self, row: AgreementRow, column: int) -> str:
        if column == self.TITLE:
            return f"{row.title} ({row.reference})" if row.reference else row.title
        if column == self.SUPPLIER:
            return row.supplier
        if column == self.CATEGORY:
            return row.category
        if column == self.STATE:
            return state_label(row.state)
        if column == self.TERM_END:
            text = format_date(row.term_end, self.language)
            return f"{text} ↻" if row.auto_renewal and text else text
        if column == self.NOTICE:
            return format_date(row.notice_deadline, self.language)
        return str(row.participants)

    def sort_value(self, row: AgreementRow, column: int) -> SortValue:
        if column == self.TERM_END:
            return _date_sort(row.term_end)
        if column == self.NOTICE:
            return _date_sort(row.notice_deadline)
        if column == self.PARTICIPANTS:
            return row.participants
        return super().sort_value(row, column)

    def foreground(self, row: AgreementRow) -> QBrush | None:
        if row.state in (AgreementState.EXPIRED, AgreementState.TERMINATED):
            return GREY
        soon = self.today + dt.timedelta(days=30)
        if row.state == AgreementState.ACTIVE and (
            (row.notice_deadline is not None and row.notice_deadline <= soon)
            or (not row.auto_renewal and row.term_end is not None and row.term_end <= soon)
        ):
            return RED
        return None


class AgreementItemModel(RowTableModel):
    ITEM, PRICE, SHARE, VALID, ADJUSTMENT = range(5)
    right_aligned = frozenset({PRICE, SHARE})

    def headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self.tr("Unit price"),
            self.tr("Share"),
            self.tr("Price valid until"),
            self.tr("Price adjustment"),
        ]

    def row_id(self, row: ItemRow) -> int:
        return row.item_id

    def display(self, row: ItemRow, column: int) -> str:
        if column == self.ITEM:
            unit = _unit(row.unit)
            return f"{row.name} ({unit_label(unit)})" if unit is not None else row.name
        if column == self.PRICE:
            return price_text(row.unit_price, self.language)
        if column == self.SHARE:
            return f"{format_number(row.share.normalize(), self.language)}\u00a0%"
        if column == self.VALID:
            return format_date(row.price_valid_until, self.language)
        return row.price_adjustment

    def sort_value(self, row: ItemRow, column: int) -> SortValue:
        if column == self.PRICE:
            return float(row.unit_price)
        if column == self.VALID:
            return _date_sort(row.price_valid_until)
        return super().sort_value(row, column)


def _volumes(row: ParticipationRow, language: str) -> str:
    return "; ".join(
        f"{line.name}: {volume_text(line.yearly_volume, language, _unit(line.unit))}"
        for line in row.lines
    )


def _baselines(row: ParticipationRow, language: str) -> str:
    return "; ".join(
        f"{line.name}: {price_text(line.baseline_price, language)}"
        for line in row.lines
        if line.baseline_price is not None
    )


class ParticipantModel(RowTableModel):
    """The agreement's participants with their volumes and baselines."""

    NAME, KIND, JOINED, LEFT, VOLUMES, BASELINES, CONSENT = range(7)

    def __init__(self, language: str, parent: object = None) -> None:
        super().__init__(language, parent)  # type: ignore[arg-type]
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Participant"),
            self.tr("Kind"),
            self.tr("Joined"),
            self.tr("Left"),
            self.tr("Volume per year"),
            self.tr("Baseline price"),
            self.tr("Named to supplier"),
        ]

    def display(self, row: ParticipationRow, column: int) -> str:
        if column == self.NAME:
            return row.organisation
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.JOINED:
            return format_date(row.joined_on, self.language)
        if column == self.LEFT:
            return format_date(row.left_on, self.language)
        if column == self.VOLUMES:
            return _volumes(row, self.language)
        if column == self.BASELINES:
            return _baselines(row, self.language)
        return self.tr("yes") if row.consent_to_share else self.tr("no")

    def sort_value(self, row: ParticipationRow, column: int) -> SortValue:
        if column == self.JOINED:
            return _date_sort(row.joined_on)
        if column == self.LEFT:
            return _date_sort(row.left_on)
        return super().sort_value(row, column)

    def foreground(self, row: ParticipationRow) -> QBrush | None:
        return None if row.is_open(self.today) else GREY


class OrganisationAgreementModel(RowTableModel):
    """A participant's agreements (its page in the members area)."""

    AGREEMENT, SUPPLIER, STATE, JOINED, LEFT, VOLUMES = range(6)

    def __init__(self, language: str, parent: object = None) -> None:
        super().__init__(language, parent)  # type: ignore[arg-type]
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Agreement"),
            self.tr("Supplier"),
            self.tr("State"),
            self.tr("Joined"),
            self.tr("Left"),
            self.tr("Volume per year"),
        ]

    def display(self, row: ParticipationRow, column: int) -> str:
        if column == self.AGREEMENT:
            return row.agreement
        if column == self.SUPPLIER:
            return row.supplier
        if column == self.STATE:
            return state_label(row.agreement_state)
        if column == self.JOINED:
            return format_date(row.joined_on, self.language)
        if column == self.LEFT:
            return format_date(row.left_on, self.language)
        return _volumes(row, self.language)

    def sort_value(self, row: ParticipationRow, column: int) -> SortValue:
        if column == self.JOINED:
            return _date_sort(row.joined_on)
        if column == self.LEFT:
            return _date_sort(row.left_on)
        return super().sort_value(row, column)

    def foreground(self, row: ParticipationRow) -> QBrush | None:
        return None if row.is_open(self.today) else GREY


class DocumentModel(RowTableModel):
    NAME, SIZE, ADDED, BY, CHECKSUM = range(5)
    right_aligned = frozenset({SIZE})

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Size"),
            self.tr("Added"),
            self.tr("By"),
            self.tr("SHA-256"),
        ]

    def display(self, row: DocumentRow, column: int) -> str:
        if column == self.NAME:
            return row.file_name
        if column == self.SIZE:
            return f"{format_number(Decimal(row.size) / 1024, self.language, 1)}\u00a0KB"
        if column == self.ADDED:
            return format_date(row.added_at.astimezone().date(), self.language)
        if column == self.BY:
            return row.added_by
        return row.sha256[:16] + "…"

    def sort_value(self, row: DocumentRow, column: int) -> SortValue:
        if column == self.SIZE:
            return row.size
        if column == self.ADDED:
            return row.added_at.timestamp()
        return super().sort_value(row, column)
