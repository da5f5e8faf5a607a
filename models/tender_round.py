"""Bidding rounds of a tender: deadline, invited suppliers, open → closed → opened."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.tender import Tender


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    OPENED = "opened"


class TenderRound(Base):
    """Round ``number`` of a tender; ``deadline`` is aware UTC (entered in Europe/Berlin)."""

    __tablename__ = "tender_round"
    __table_args__ = (UniqueConstraint("tender_id", "number", name="uq_tender_round_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"))
    number: Mapped[int]
    deadline: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    state: Mapped[RoundState] = mapped_column(
        str_enum(RoundState, "round_state"), default=RoundState.OPEN
    )
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("office_user.id"))
    present: Mapped[str] = mapped_column(Text, default="")  # one person per line

    tender: Mapped[Tender] = relationship(back_populates="rounds")
    opened_by: Mapped[OfficeUser | None] = relationship()
    suppliers: Mapped[list[RoundSupplier]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )


class RoundSupplier(Base):
    """A supplier invited to this round (round 2+ may be a shortlist)."""

    __tablename__ = "round_supplier"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("tender_round.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id"), primary_key=True, index=True
    )

    round: Mapped[TenderRound] = relationship(back_populates="suppliers")
    organisation: Mapped[Organisation] = relationship()
