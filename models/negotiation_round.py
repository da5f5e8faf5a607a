"""Negotiation rounds: the procurement heads' meetings that set the pool's priorities."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from niro_desk.models.contact import Contact
    from niro_desk.models.procurement_category import ProcurementCategory


class NegotiationRound(Base):
    """One meeting: date, the categories on the agenda, who attended, rankings, decisions."""

    __tablename__ = "negotiation_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    agenda: Mapped[list[NegotiationAgendaItem]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )
    attendees: Mapped[list[NegotiationAttendee]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )
    rankings: Mapped[list[CategoryRanking]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[NegotiationDecision]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )


class NegotiationAgendaItem(Base):
    """A category the heads were asked to rank in a round."""

    __tablename__ = "negotiation_agenda_item"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("negotiation_round.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("procurement_category.id"), primary_key=True
    )

    round: Mapped[NegotiationRound] = relationship(back_populates="agenda")
    category: Mapped[ProcurementCategory] = relationship()


class NegotiationAttendee(Base):
    """A procurement head (a contact of a participant) who attended a round."""

    __tablename__ = "negotiation_attendee"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("negotiation_round.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )

    round: Mapped[NegotiationRound] = relationship(back_populates="attendees")
    contact: Mapped[Contact] = relationship()


class CategoryRanking(Base):
    """One head's place for one category in a round (1 = most important)."""

    __tablename__ = "category_ranking"
    __table_args__ = (
        UniqueConstraint("round_id", "contact_id", "category_id", name="uq_category_ranking_vote"),
        UniqueConstraint("round_id", "contact_id", "place", name="uq_category_ranking_place"),
        CheckConstraint("place >= 1", name="place_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("negotiation_round.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"))
    place: Mapped[int]

    round: Mapped[NegotiationRound] = relationship(back_populates="rankings")
    contact: Mapped[Contact] = relationship()
    category: Mapped[ProcurementCategory] = relationship()


class NegotiationDecision(Base):
    """A decision of a round: this category goes to a requirement collection next."""

    __tablename__ = "negotiation_decision"
    __table_args__ = (
        UniqueConstraint("round_id", "category_id", name="uq_negotiation_decision_category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("negotiation_round.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[NegotiationRound] = relationship(back_populates="decisions")
    category: Mapped[ProcurementCategory] = relationship()
