"""Lots of a tender: groups of items with their pooled, anonymised volumes and regions.

The volumes are a snapshot taken when the tender is created from its closed
collections; regions with fewer than three participants are already merged
(``procurement/tender_lots.py``), so what is stored here may go to suppliers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import str_enum
from niro_desk.models.requirement_submission import volume_type
from niro_desk.models.unit_of_measure import UnitOfMeasure

if TYPE_CHECKING:
    from niro_desk.models.procurement_category import ProcurementItem
    from niro_desk.models.tender import Tender


class TenderLot(Base):
    __tablename__ = "tender_lot"
    __table_args__ = (UniqueConstraint("tender_id", "number", name="uq_tender_lot_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"))
    number: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))

    tender: Mapped[Tender] = relationship(back_populates="lots")
    items: Mapped[list[TenderLotItem]] = relationship(
        back_populates="lot", cascade="all, delete-orphan", order_by="TenderLotItem.position"
    )


class TenderLotItem(Base):
    """An item of a lot with its pooled yearly volume (all participants together)."""

    __tablename__ = "tender_lot_item"
    __table_args__ = (UniqueConstraint("lot_id", "item_id", name="uq_tender_lot_item_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("tender_lot.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    volume: Mapped[Decimal] = mapped_column(volume_type())
    unit: Mapped[UnitOfMeasure] = mapped_column(str_enum(UnitOfMeasure, "unit_of_measure"))

    lot: Mapped[TenderLot] = relationship(back_populates="items")
    item: Mapped[ProcurementItem] = relationship()
    regions: Mapped[list[TenderLotRegion]] = relationship(
        back_populates="lot_item", cascade="all, delete-orphan", order_by="TenderLotRegion.position"
    )


class TenderLotRegion(Base):
    """Delivery region of a lot item with its volume; ``region`` empty = "other regions"."""

    __tablename__ = "tender_lot_region"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_item_id: Mapped[int] = mapped_column(
        ForeignKey("tender_lot_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    region: Mapped[str] = mapped_column(String(100), default="")
    volume: Mapped[Decimal] = mapped_column(volume_type())

    lot_item: Mapped[TenderLotItem] = relationship(back_populates="regions")
