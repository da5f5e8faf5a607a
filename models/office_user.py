"""Office users: who acts, and — once accounts are on — who may sign in with which roles.

While accounts are off (the default, as before) a user is the OS login name and
has no password. An account is the same row with a password hash (argon2id,
``niro_desk.accounts``) and roles in ``office_user_role``; a procurement head is
bound to one participant organisation. Failed sign-ins are counted and push
``not_before`` further out (the slowdown lives in the database, so every office
PC sees it).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, str_enum, utcnow


class Role(StrEnum):
    """What a person does in the office; a person may hold several."""

    ADMIN = "admin"  # office administrator: everything, including accounts and settings
    STAFF = "staff"  # office staff: daily work
    PROCUREMENT_HEAD = "procurement_head"  # bound to one participant organisation
    MANAGER = "manager"  # manager / board: reads everything, prints, records board decisions


class OfficeUser(Base):
    """A person in the office who changes data."""

    __tablename__ = "office_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    not_before: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )

    roles: Mapped[list[OfficeUserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    def role_set(self) -> frozenset[Role]:
        return frozenset(grant.role for grant in self.roles)


class OfficeUserRole(Base):
    """One role of one person."""

    __tablename__ = "office_user_role"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("office_user.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role, "office_role"), primary_key=True)

    user: Mapped[OfficeUser] = relationship(back_populates="roles")
