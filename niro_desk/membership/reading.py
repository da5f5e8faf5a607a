"""Who may read what in the members area: the checks the membership services share.

Staff, managers and administrators read every organisation. A procurement
head reads only its own organisation (directory, search, detail, contacts,
export: filtered with ``visible_organisation`` in the query); the waiting list,
the cap's counts, relations and other organisations are not for it. A login
that is no account (accounts on) reads nothing. While accounts are off,
everyone reads everything (``niro_desk.permissions``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from niro_desk.errors import PermissionDenied
from niro_desk.permissions import (
    OTHER_ORGANISATION,
    Permission,
    require_viewer,
    viewer,
    visible_organisation,
)


def require_reads_all(session: Session) -> None:
    """Refuse unless the viewer reads every organisation's data."""
    require_viewer(session, Permission.READ_ALL)


def require_sees(session: Session, organisation_id: int) -> None:
    """Refuse unless the viewer may read the data of ``organisation_id``."""
    visible = visible_organisation(session)
    if visible is not None and visible != organisation_id:
        raise PermissionDenied(OTHER_ORGANISATION, user=viewer(session).login)
