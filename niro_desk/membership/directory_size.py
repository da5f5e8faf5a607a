"""Whether the office has recorded any organisations yet (of some kinds).

The members area greets an empty database with its first steps instead of an
empty list; this tells an empty database from a search that found nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.models import Organisation, OrganisationKind
from niro_desk.permissions import visible_organisation


def has_organisations(session: Session, kinds: Iterable[OrganisationKind]) -> bool:
    """True when at least one organisation of ``kinds`` exists (any status, left ones too)."""
    query = select(Organisation.id).where(Organisation.kind.in_(list(kinds))).limit(1)
    visible = visible_organisation(session)  # a procurement head: only its own organisation
    if visible is not None:
        query = query.where(Organisation.id == visible)
    return session.scalar(query) is not None
