"""A supplier's certificates (ISO 9001, 14001, 50001, …) with their expiry."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow

#: the standards offered first in the dialogs; any other name may be typed
COMMON_CERTIFICATES = ("ISO 9001", "ISO 14001", "ISO 50001", "ISO 45001", "EMAS")


class SupplierCertificate(Base):
    """One certificate of a supplier; ``valid_until`` drives the expiry warning."""

    __tablename__ = "supplier_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    standard: Mapped[str] = mapped_column(String(80))
    number: Mapped[str] = mapped_column(String(80), default="")
    issuer: Mapped[str] = mapped_column(String(120), default="")
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
