"""The search text of an organisation: everything the directory search looks at, folded.

One row per organisation, kept current by ``niro_desk.membership.directory_search``
(on every flush) so a keystroke searches one column instead of joining
contacts, expertise and product markets through a folding function.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from niro_desk.models.base import Base
from niro_desk.models.column_types import str_enum
from niro_desk.models.organisation import MembershipStatus, OrganisationKind


class OrganisationSearch(Base):
    """Folded search text, sort keys and filter columns of one organisation (rebuildable)."""

    __tablename__ = "organisation_search"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(400), default="", index=True)
    sort_city: Mapped[str] = mapped_column(String(200), default="")
    # copies of the organisation's filter columns, so a keystroke reads one table
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind, "organisation_kind"))
    membership_status: Mapped[MembershipStatus | None] = mapped_column(
        str_enum(MembershipStatus, "membership_status")
    )
    region: Mapped[str] = mapped_column(String(100), default="")
