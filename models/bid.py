"""Bids: a supplier's prices for one lot in one round.

Until the round is opened the prices exist only as ``sealed_prices``, a
ciphertext to the tender's opening key. Opening decrypts them into
``BidPrice`` rows; a late bid that was not admitted stays sealed for good.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, unit_price, utcnow

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementItem
    from niro_desk.models.tender_lot import TenderLot
    from niro_desk.models.tender_round import TenderRound


class Bid(Base):
    __tablename__ = "bid"
    __table_args__ = (
        Index("ix_bid_round_lot_supplier", "round_id", "lot_id", "organisation_id"),
        CheckConstraint("NOT admitted OR late", name="admitted_only_if_late"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("tender_round.id", ondelete="CASCADE"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("tender_lot.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    conditions: Mapped[str] = mapped_column(Text, default="")
    is_current: Mapped[bool] = mapped_column(default=True)  # a later bid replaces it
    late: Mapped[bool] = mapped_column(default=False)
    admitted: Mapped[bool] = mapped_column(default=False)
    admitted_reason: Mapped[str] = mapped_column(Text, default="")
    admitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("office_user.id"))
    sealed_prices: Mapped[bytes] = mapped_column(LargeBinary)
    opened: Mapped[bool] = mapped_column(default=False)

    round: Mapped[TenderRound] = relationship()
    lot: Mapped[TenderLot] = relationship()
    organisation: Mapped[Organisation] = relationship()
    recorded_by: Mapped[OfficeUser] = relationship(foreign_keys=[recorded_by_id])
    prices: Mapped[list[BidPrice]] = relationship(
        back_populates="bid", cascade="all, delete-orphan"
    )

    @property
    def counts(self) -> bool:
        """Takes part in the evaluation: in time, or late and admitted; not replaced."""
        return self.is_current and (not self.late or self.admitted)


class BidPrice(Base):
    """A unit price of an opened bid (written only when the round is opened)."""

    __tablename__ = "bid_price"
    __table_args__ = (CheckConstraint("unit_price >= 0", name="price_not_negative"),)

    bid_id: Mapped[int] = mapped_column(ForeignKey("bid.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), primary_key=True)
    unit_price: Mapped[Decimal] = mapped_column(unit_price())

    bid: Mapped[Bid] = relationship(back_populates="prices")
    item: Mapped[ProcurementItem] = relationship()
