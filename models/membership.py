"""Membership of an organisation: dates, fees, board decisions, the cap setting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, money, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation


class Membership(Base):
    """The membership record of a member organisation (one per organisation)."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), unique=True
    )
    application_date: Mapped[dt.date] = mapped_column(Date)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    admission_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_reason: Mapped[str] = mapped_column(Text, default="")
    founding_member: Mapped[bool] = mapped_column(default=False)
    # checked in every UPDATE; a change of the fee history raises it too
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    organisation: Mapped[Organisation] = relationship(back_populates="membership")
    fees: Mapped[list[MembershipFee]] = relationship(
        back_populates="membership",
        cascade="all, delete-orphan",
        order_by="MembershipFee.valid_from",
    )

    def fee_on(self, day: dt.date) -> Decimal | None:
        """The annual fee in force on ``day`` (latest ``valid_from`` on or before it)."""
        current = [fee for fee in self.fees if fee.valid_from <= day]
        return current[-1].annual_fee if current else None


class MembershipFee(Base):
    """One step of the fee history: from ``valid_from`` the annual fee is ``annual_fee``."""

    __tablename__ = "membership_fee"
    __table_args__ = (
        UniqueConstraint("membership_id", "valid_from", name="uq_membership_fee_per_day"),
        CheckConstraint("annual_fee >= 0", name="fee_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[dt.date] = mapped_column(Date)
    annual_fee: Mapped[Decimal] = mapped_column(money())
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    membership: Mapped[Membership] = relationship(back_populates="fees")


class BoardDecisionKind(StrEnum):
    ADMISSION_DESPITE_CONFLICT = "admission_despite_conflict"


class BoardDecisionState(StrEnum):
    """Where a decision stands: kept with the application until a seat is free, then applied."""

    PENDING = "pending"  # recorded while the network was full; kept with the application
    APPLIED = "applied"  # the admission it allowed has happened
    SUPERSEDED = "superseded"  # the board decided again, or the application was closed


class BoardDecision(Base):
    """A recorded decision of the managing board, e.g. to admit despite a conflict.

    ``sales_profile`` and its ``sales_profile_fingerprint`` are what the
    organisation sold when the board decided: a pending decision applies only
    while the fingerprint is unchanged.
    """

    __tablename__ = "board_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[BoardDecisionKind] = mapped_column(
        str_enum(BoardDecisionKind, "board_decision_kind")
    )
    decided_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    conflicts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[BoardDecisionState] = mapped_column(
        str_enum(BoardDecisionState, "board_decision_state"), default=BoardDecisionState.APPLIED
    )
    sales_profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sales_profile_fingerprint: Mapped[str | None] = mapped_column(String(64))
    applied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    recorded_by: Mapped[OfficeUser] = relationship()


class AppSetting(Base):
    """A setting shared by every office PC (e.g. the membership cap)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
