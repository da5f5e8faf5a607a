"""What an organisation sells (NACE classes, product markets) and uses (materials).

The competitor check compares the first two; materials never conflict.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser
    from niro_desk.models.organisation import Organisation

organisation_sales_code = Table(
    "organisation_sales_code",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("code", ForeignKey("industry_code.code"), primary_key=True),
)


class ProductMarket(Base):
    """A product market the organisation sells in, in free words (e.g. "Hydraulikpumpen")."""

    __tablename__ = "product_market"
    __table_args__ = (UniqueConstraint("organisation_id", "key", name="uq_product_market_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="product_markets")


class Material(Base):
    """A material or input the organisation buys (e.g. "Stahl", "Strom")."""

    __tablename__ = "material"
    __table_args__ = (UniqueConstraint("organisation_id", "key", name="uq_material_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)

    organisation: Mapped[Organisation] = relationship(back_populates="materials")


class RelationKind(StrEnum):
    COMPETES = "competes"
    DOES_NOT_COMPETE = "does_not_compete"


class CompetitorRelation(Base):
    """A relation the office declared between two organisations (stored low id first)."""

    __tablename__ = "competitor_relation"
    __table_args__ = (
        UniqueConstraint("first_id", "second_id", name="uq_competitor_relation_pair"),
        CheckConstraint("first_id < second_id", name="ordered_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RelationKind] = mapped_column(str_enum(RelationKind, "relation_kind"))
    note: Mapped[str] = mapped_column(Text, default="")
    declared_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    declared_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    first: Mapped[Organisation] = relationship(foreign_keys=[first_id])
    second: Mapped[Organisation] = relationship(foreign_keys=[second_id])
    declared_by: Mapped[OfficeUser] = relationship()

    def other(self, organisation_id: int) -> Organisation:
        return self.second if organisation_id == self.first_id else self.first
