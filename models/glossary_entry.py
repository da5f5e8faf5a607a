"""The office's own entries in the product glossary the competitor check matches with.

The shipped glossary is a data file (``resources/data/product_glossary.csv``);
these rows extend it: a German term, its English term, synonyms (``|``
between them), optionally the German term of a broader entry, and the kind.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.column_types import UTCDateTime, utcnow

if TYPE_CHECKING:
    from niro_desk.models.office_user import OfficeUser


class GlossaryEntry(Base):
    """One product term the office added, in German and English."""

    __tablename__ = "glossary_entry"
    __table_args__ = (UniqueConstraint("key", name="uq_glossary_entry_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    german: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200))  # the German term folded (text_keys.fold)
    english: Mapped[str] = mapped_column(String(200), default="")
    synonyms: Mapped[str] = mapped_column(Text, default="")
    broader: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="product")
    added_by_id: Mapped[int] = mapped_column(ForeignKey("office_user.id"))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    added_by: Mapped[OfficeUser] = relationship()
