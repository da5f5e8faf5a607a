"""Framework agreements, their items, documents, participations and customers' service fees.

An agreement is with one supplier for one category: created as a draft by an
award (``tender_id`` set) or entered by hand for one that predates the
software. Its items carry the agreed unit prices (with validity and an
optional price adjustment clause in words) and, for a split award, the
supplier's share of the lot. Validity: ``start_date`` to ``end_date``; when
``auto_renewal`` is set it renews by ``renewal_months`` unless notice is given
``notice_months`` before the end (the dates are computed in
``procurement/agreement_dates.py``). State: draft → active → expired /
terminated.

Participants (members and customers) opt in with a ``Participation``: its
expected yearly volume and baseline price per item (``ParticipationLine``),
joined on / left on, and whether the participant consents to being named to
the supplier. Documents (e.g. the signed PDF) are stored in the database with
their SHA-256 checksum, so a backup contains them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import (
    ExactDecimal,
    UTCDateTime,
    money,
    str_enum,
    unit_price,
    utcnow,
)
from niro_desk.models.requirement_submission import volume_type

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation
    from niro_desk.models.procurement_category import ProcurementCategory, ProcurementItem


class AgreementState(StrEnum):
    """draft → active → expired / terminated."""

    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class FrameworkAgreement(Base):
    __tablename__ = "framework_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    #: the office's reference, e.g. "RV-2026-03" (free text, may be empty)
    reference: Mapped[str] = mapped_column(String(40), default="", server_default="")
    supplier_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("procurement_category.id"), index=True)
    tender_id: Mapped[int | None] = mapped_column(
        ForeignKey("tender.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[AgreementState] = mapped_column(
        str_enum(AgreementState, "agreement_state"), default=AgreementState.DRAFT
    )
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    #: end of the current term (moved on by each automatic renewal)
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notice_months: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    auto_renewal: Mapped[bool] = mapped_column(default=False, server_default=false())
    renewal_months: Mapped[int] = mapped_column(Integer, default=12, server_default=text("12"))
    terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    supplier: Mapped[Organisation] = relationship()
    category: Mapped[ProcurementCategory] = relationship()
    items: Mapped[list[AgreementItem]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementItem.id"
    )
    documents: Mapped[list[AgreementDocument]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementDocument.id",
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Participation.id"
    )


class AgreementItem(Base):
    """An item with its agreed unit price; ``lot_id`` and ``share`` when it came from an award."""

    __tablename__ = "agreement_item"
    __table_args__ = (UniqueConstraint("agreement_id", "item_id", name="uq_agreement_item_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("framework_agreement.id", ondelete="CASCADE")
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("tender_lot.id", ondelete="SET NULL"))
    unit_price: Mapped[Decimal] = mapped_column(unit_price())
    share: Mapped[Decimal] = mapped_column(ExactDecimal(7, 2), default=Decimal(100))
    #: the price holds until this day (None: for the agreement's term)
    price_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    #: an optional price adjustment clause in words, e.g. tied to an index
    price_adjustment: Mapped[str] = mapped_column(Text, default="", server_default="")

    agreement: Mapped[FrameworkAgreement] = relationship(back_populates="items")
    item: Mapped[ProcurementItem] = relationship()


class AgreementDocument(Base):
    """A file attached to an agreement (e.g. the signed PDF), stored with its checksum."""

    __tablename__ = "agreement_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("framework_agreement.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    description: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("office_user.id"))

    agreement: Mapped[FrameworkAgreement] = relationship(back_populates="documents")
    added_by: Mapped[OfficeUser | None] = relationship()


class Participation(Base):
    """A member or customer taking part in an agreement from ``joined_on`` to ``left_on``."""

    __tablename__ = "participation"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("framework_agreement.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    leave_reason: Mapped[str] = mapped_column(Text, default="")
    #: the participant agrees to be named (with its volumes) to the supplier
    consent_to_share: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    agreement: Mapped[FrameworkAgreement] = relationship(back_populates="participations")
    organisation: Mapped[Organisation] = relationship()
    lines: Mapped[list[ParticipationLine]] = relationship(
        back_populates="participation",
        cascade="all, delete-orphan",
        order_by="ParticipationLine.item_id",
    )


class ParticipationLine(Base):
    """Expected yearly volume and baseline unit price of one item for one participation."""

    __tablename__ = "participation_line"

    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("procurement_item.id"), primary_key=True)
    yearly_volume: Mapped[Decimal] = mapped_column(volume_type())
    #: the price paid before the agreement (from the requirement when there is one)
    baseline_price: Mapped[Decimal | None] = mapped_column(unit_price())

    participation: Mapped[Participation] = relationship(back_populates="lines")
    item: Mapped[ProcurementItem] = relationship()


class ServiceFee(Base):
    """A customer's service fee: per year for all agreements, or per agreement and year."""

    __tablename__ = "service_fee"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    #: None: a yearly fee for taking part in the pool at all
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("framework_agreement.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[dt.date] = mapped_column(Date)
    annual_fee: Mapped[Decimal] = mapped_column(money())
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship()
    agreement: Mapped[FrameworkAgreement | None] = relationship()
