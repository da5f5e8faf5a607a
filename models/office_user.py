"""Office users: who acts. Until accounts exist, a user is the OS login name."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow


class OfficeUser(Base):
    """A person in the office who changes data."""

    __tablename__ = "office_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
