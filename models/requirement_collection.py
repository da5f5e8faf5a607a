"""Requirement collections: one campaign per category and supply period."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.negotiation_round import NegotiationRound
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementCategory, ProcurementItem


class CollectionState(StrEnum):
    """draft → open → closed; nothing else."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class RequirementCollection(Base):
    """The office asks the invited participants for their yearly volumes of some items."""

    __tablename__ = "requirement_collection"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    supply_period: Mapped[str] = mapped_column(String(40))
    deadline: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[CollectionState] = mapped_column(
        str_enum(CollectionState, "collection_state"), default=CollectionState.DRAFT, index=True
    )
    negotiation_round_id: Mapped[int | None] = mapped_column(
        ForeignKey("negotiation_round.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    category: Mapped[ProcurementCategory] = relationship()
    negotiation_round: Mapped[NegotiationRound | None] = relationship()
    items: Mapped[list[CollectionItem]] = relationship(
        back_populates="collection", cascade="all, delete-orphan"
    )
    participants: Mapped[list[CollectionParticipant]] = relationship(
        back_populates="collection", cascade="all, delete-orphan"
    )


class CollectionItem(Base):
    """An item asked for in a collection (all items of the category, or a chosen list)."""

    __tablename__ = "collection_item"

    collection_id: Mapped[int] = mapped_column(
        ForeignKey("requirement_collection.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), primary_key=True)

    collection: Mapped[RequirementCollection] = relationship(back_populates="items")
    item: Mapped[ProcurementItem] = relationship()


class CollectionParticipant(Base):
    """An invited participant; ``removed_at`` set when it was taken out (e.g. it left)."""

    __tablename__ = "collection_participant"
    __table_args__ = (
        UniqueConstraint(
            "collection_id", "organisation_id", name="uq_collection_participant_organisation"
        ),
        Index("ix_collection_participant_organisation", "organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("requirement_collection.id", ondelete="CASCADE")
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    invited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    removed_reason: Mapped[str] = mapped_column(Text, default="")

    collection: Mapped[RequirementCollection] = relationship(back_populates="participants")
    organisation: Mapped[Organisation] = relationship()
