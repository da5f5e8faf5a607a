"""Framework agreements (minimal, issue 10 extends them): created as drafts by an award.

An agreement is with one supplier for one category; its items carry the agreed
unit prices and, for a split award, the supplier's share of the lot. Issue 10
adds validity, notice, renewal, terms, documents and participations.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import ExactDecimal, UTCDateTime, str_enum, unit_price, utcnow

if TYPE_CHECKING:
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementCategory, ProcurementItem


class AgreementState(StrEnum):
    """draft → active → expired / terminated (only draft is made so far)."""

    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class FrameworkAgreement(Base):
    __tablename__ = "framework_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    tender_id: Mapped[int | None] = mapped_column(
        ForeignKey("tender.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[AgreementState] = mapped_column(
        str_enum(AgreementState, "agreement_state"), default=AgreementState.DRAFT
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    supplier: Mapped[Organisation] = relationship()
    category: Mapped[ProcurementCategory] = relationship()
    items: Mapped[list[AgreementItem]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementItem.id"
    )


class AgreementItem(Base):
    """An item with its agreed unit price; ``lot_id`` and ``share`` when it came from an award."""

    __tablename__ = "agreement_item"
    __table_args__ = (UniqueConstraint("agreement_id", "item_id", name="uq_agreement_item_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("framework_agreement.id", ondelete="CASCADE")
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("tender_lot.id", ondelete="SET NULL"))
    unit_price: Mapped[Decimal] = mapped_column(unit_price())
    share: Mapped[Decimal] = mapped_column(ExactDecimal(7, 2), default=Decimal(100))

    agreement: Mapped[FrameworkAgreement] = relationship(back_populates="items")
    item: Mapped[ProcurementItem] = relationship()
