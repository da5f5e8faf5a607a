"""The office's score (0–100) of a supplier on a non-price criterion, per lot."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from niro_desk.models.base import Base


class CriterionScore(Base):
    __tablename__ = "criterion_score"
    __table_args__ = (CheckConstraint("score >= 0 AND score <= 100", name="score_range"),)

    lot_id: Mapped[int] = mapped_column(
        ForeignKey("tender_lot.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("tender_criterion.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int]
