"""The award of a lot: one supplier, or several with shares adding up to 100 %."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import ExactDecimal, UTCDateTime, utcnow

if TYPE_CHECKING:
    from niro_desk.models.organisation import Organisation


class LotAward(Base):
    __tablename__ = "lot_award"
    __table_args__ = (CheckConstraint("share > 0", name="share_positive"),)

    lot_id: Mapped[int] = mapped_column(
        ForeignKey("tender_lot.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    share: Mapped[Decimal] = mapped_column(ExactDecimal(7, 2))  # percent
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))

    organisation: Mapped[Organisation] = relationship()
