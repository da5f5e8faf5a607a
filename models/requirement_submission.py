"""A participant's answer to a collection, and its requirement lines.

A later submission replaces the earlier one (``is_current``); the earlier ones
stay as the history. An empty submission is an answer too ("nothing needed").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import (
    ExactDecimal,
    UTCDateTime,
    str_enum,
    unit_price,
    utcnow,
)
from niro_desk.models.unit_of_measure import UnitOfMeasure

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementItem

VOLUME_SCALE = 3


def volume_type() -> ExactDecimal:
    """Yearly volumes: three places, exact on both engines (so SUM stays exact)."""
    return ExactDecimal(18, VOLUME_SCALE)


class SubmissionSource(StrEnum):
    MANUAL = "manual"
    WORKBOOK = "workbook"


class RequirementSubmission(Base):
    """What one participant stated for one collection at one moment."""

    __tablename__ = "requirement_submission"
    __table_args__ = (
        Index(
            "ix_requirement_submission_current",
            "collection_id",
            "is_current",
            "organisation_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("requirement_collection.id", ondelete="CASCADE")
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    source: Mapped[SubmissionSource] = mapped_column(
        str_enum(SubmissionSource, "submission_source"), default=SubmissionSource.MANUAL
    )
    is_current: Mapped[bool] = mapped_column(default=True)
    replaced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship()
    recorded_by: Mapped[OfficeUser] = relationship()
    lines: Mapped[list[RequirementLine]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="RequirementLine.id"
    )


class RequirementLine(Base):
    """One participant's yearly volume of one item, with today's supplier and price."""

    __tablename__ = "requirement_line"
    __table_args__ = (
        CheckConstraint("volume >= 0", name="volume_not_negative"),
        CheckConstraint(
            "current_unit_price IS NULL OR current_unit_price >= 0", name="price_not_negative"
        ),
        Index("ix_requirement_line_submission_item", "submission_id", "item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("requirement_submission.id", ondelete="CASCADE")
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), index=True)
    volume: Mapped[Decimal] = mapped_column(volume_type())
    unit: Mapped[UnitOfMeasure] = mapped_column(str_enum(UnitOfMeasure, "unit_of_measure"))
    delivery_sites: Mapped[str] = mapped_column(Text, default="")
    current_supplier: Mapped[str] = mapped_column(String(200), default="")
    current_unit_price: Mapped[Decimal | None] = mapped_column(unit_price())
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    notice_date: Mapped[dt.date | None] = mapped_column(Date)

    submission: Mapped[RequirementSubmission] = relationship(back_populates="lines")
    item: Mapped[ProcurementItem] = relationship()
