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

from niro_desk.permissions import Permission, require_sees, require_viewer

__all__ = ["require_reads_all", "require_sees"]


def require_reads_all(session: Session) -> None:
    """Refuse unless the viewer reads every organisation's data."""
    require_viewer(session, Permission.READ_ALL)
