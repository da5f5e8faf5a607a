"""Procurement categories (a tree) and the items bought within them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow
from niro_desk.models.unit_of_measure import UnitOfMeasure


class ProcurementCategory(Base):
    """A node of the category tree, e.g. Energy › Electricity."""

    __tablename__ = "procurement_category"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_procurement_category_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    parent: Mapped[ProcurementCategory | None] = relationship(
        remote_side="ProcurementCategory.id", back_populates="children"
    )
    children: Mapped[list[ProcurementCategory]] = relationship(
        back_populates="parent",
        order_by="(ProcurementCategory.position, ProcurementCategory.name)",
    )
    items: Mapped[list[ProcurementItem]] = relationship(
        back_populates="category", order_by="ProcurementItem.name"
    )


class ProcurementItem(Base):
    """Something the pool buys, in exactly one unit of measure (e.g. electricity in MWh)."""

    __tablename__ = "procurement_item"
    __table_args__ = (UniqueConstraint("category_id", "name", name="uq_procurement_item_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    unit: Mapped[UnitOfMeasure] = mapped_column(str_enum(UnitOfMeasure, "unit_of_measure"))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    category: Mapped[ProcurementCategory] = relationship(back_populates="items")
