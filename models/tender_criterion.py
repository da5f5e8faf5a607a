"""Evaluation criteria of a tender with their weights (adding up to 100 %, price always one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base

if TYPE_CHECKING:
    from niro_desk.models.tender import Tender


class TenderCriterion(Base):
    __tablename__ = "tender_criterion"
    __table_args__ = (CheckConstraint("weight > 0 AND weight <= 100", name="weight_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tender_id: Mapped[int] = mapped_column(ForeignKey("tender.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(120))
    weight: Mapped[int]  # percent
    is_price: Mapped[bool] = mapped_column(default=False)

    tender: Mapped[Tender] = relationship(back_populates="criteria")
