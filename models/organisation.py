"""Organisations: members (in every membership status), customers and suppliers."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.contact import Contact
    from niro_desk.models.membership import Membership
    from niro_desk.models.sales_profile import Material, ProductMarket


class OrganisationKind(StrEnum):
    """What the office deals with an organisation as (glossary)."""

    MEMBER = "member"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"


class MembershipStatus(StrEnum):
    """Where a member organisation stands: applicant → waiting → member → former."""

    APPLICANT = "applicant"
    WAITING = "waiting"
    MEMBER = "member"
    FORMER = "former"


class Organisation(Base):
    """Any company the office deals with."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'member' AND membership_status IS NOT NULL)"
            " OR (kind <> 'member' AND membership_status IS NULL)",
            name="membership_status_for_members_only",
        ),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind, "organisation_kind"))
    membership_status: Mapped[MembershipStatus | None] = mapped_column(
        str_enum(MembershipStatus, "membership_status")
    )
    legal_form: Mapped[str] = mapped_column(String(40), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="", index=True)
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE")
    website: Mapped[str] = mapped_column(String(200), default="")
    vat_id: Mapped[str] = mapped_column(String(20), default="")
    employees: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # checked in every UPDATE: a save from an older copy is refused, not silently lost
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Contact.last_name"
    )

    membership: Mapped[Membership | None] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )
    sales_codes: Mapped[list[IndustryCode]] = relationship(
        secondary="organisation_sales_code", order_by="IndustryCode.code"
    )
    product_markets: Mapped[list[ProductMarket]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="ProductMarket.name"
    )
    materials: Mapped[list[Material]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Material.name"
    )

    def __repr__(self) -> str:
        return f"Organisation(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"


class IndustryCode(Base):
    """A NACE Rev. 2 code (= WZ 2008 down to the 4-digit class)."""

    __tablename__ = "industry_code"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    level: Mapped[str] = mapped_column(String(10))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("industry_code.code"))
    title_en: Mapped[str] = mapped_column(String(300))
    title_de: Mapped[str] = mapped_column(String(300), default="")

    def title(self, language: str) -> str:
        """The title in the language, falling back to English where no German one exists."""
        if language == "de" and self.title_de:
            return self.title_de
        return self.title_en
