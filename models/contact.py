"""Contacts: people at organisations, with their function and areas of expertise."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from niro_desk.models.organisation import Organisation

contact_expertise = Table(
    "contact_expertise",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("expertise_id", ForeignKey("expertise.id", ondelete="CASCADE"), primary_key=True),
)


class Contact(Base):
    """A person at an organisation."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    function: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # checked in every UPDATE and DELETE (see models/organisation.py)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")
    expertise: Mapped[list[Expertise]] = relationship(
        secondary=contact_expertise, back_populates="contacts", order_by="Expertise.name"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Expertise(Base):
    """An area of expertise (a free tag), shared between contacts."""

    __tablename__ = "expertise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100), unique=True)

    contacts: Mapped[list[Contact]] = relationship(
        secondary=contact_expertise, back_populates="expertise"
    )
