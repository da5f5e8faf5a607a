"""The append-only audit log: who changed what, when, before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow
from niro_desk.models.office_user import OfficeUser


class AuditEntry(Base):
    """One change, written by a service in the same transaction as the change."""

    __tablename__ = "audit_entry"
    # The audit log viewer filters by person or by record and pages newest first.
    __table_args__ = (
        Index("ix_audit_entry_user_id_at", "user_id", "at"),
        Index("ix_audit_entry_entity_type_entity_id_at", "entity_type", "entity_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    user: Mapped[OfficeUser] = relationship()
