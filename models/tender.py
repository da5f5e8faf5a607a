"""Tenders: a bidding procedure on pooled volumes, in lots, over one or more rounds.

The tender holds its opening key: an X25519 public key that bids are sealed
to, and the private key encrypted with a key derived from the opening
passphrase (scrypt, AES-GCM). Without the passphrase the database alone does
not reveal any bid price (see ``procurement/sealing.py``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementCategory
    from niro_desk.models.requirement_collection import RequirementCollection
    from niro_desk.models.tender_criterion import TenderCriterion
    from niro_desk.models.tender_lot import TenderLot
    from niro_desk.models.tender_round import TenderRound


class TenderState(StrEnum):
    """draft → round open → evaluation → awarded / cancelled (evaluation → round open again)."""

    DRAFT = "draft"
    ROUND_OPEN = "round_open"
    EVALUATION = "evaluation"
    AWARDED = "awarded"
    CANCELLED = "cancelled"


class Tender(Base):
    __tablename__ = "tender"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    state: Mapped[TenderState] = mapped_column(
        str_enum(TenderState, "tender_state"), default=TenderState.DRAFT, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # the opening key (set when the tender is published)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    locked_private_key: Mapped[bytes | None] = mapped_column(LargeBinary(128))
    kdf_salt: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    kdf_cost: Mapped[int | None] = mapped_column(Integer)  # scrypt n = 2**kdf_cost

    category: Mapped[ProcurementCategory] = relationship()
    collections: Mapped[list[TenderCollection]] = relationship(
        back_populates="tender", cascade="all, delete-orphan"
    )
    suppliers: Mapped[list[TenderSupplier]] = relationship(
        back_populates="tender", cascade="all, delete-orphan"
    )
    lots: Mapped[list[TenderLot]] = relationship(
        back_populates="tender", cascade="all, delete-orphan", order_by="TenderLot.number"
    )
    criteria: Mapped[list[TenderCriterion]] = relationship(
        back_populates="tender", cascade="all, delete-orphan", order_by="TenderCriterion.position"
    )
    rounds: Mapped[list[TenderRound]] = relationship(
        back_populates="tender", cascade="all, delete-orphan", order_by="TenderRound.number"
    )


class TenderCollection(Base):
    """A closed requirement collection whose pooled demand the tender puts out."""

    __tablename__ = "tender_collection"

    tender_id: Mapped[int] = mapped_column(
        ForeignKey("tender.id", ondelete="CASCADE"), primary_key=True
    )
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("requirement_collection.id"), primary_key=True, index=True
    )

    tender: Mapped[Tender] = relationship(back_populates="collections")
    collection: Mapped[RequirementCollection] = relationship()


class TenderSupplier(Base):
    """A supplier invited to the tender (round 1 invites them all)."""

    __tablename__ = "tender_supplier"

    tender_id: Mapped[int] = mapped_column(
        ForeignKey("tender.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id"), primary_key=True, index=True
    )

    tender: Mapped[Tender] = relationship(back_populates="suppliers")
    organisation: Mapped[Organisation] = relationship()
