"""Who may read what in the procurement pool (issue 11): the checks the pool's services share.

Office staff, managers and administrators read everything. A procurement head
reads the pool's common ground (categories, items, collections it is invited
to, agreements' prices and terms, pooled totals) and its own organisation's
requirements, participations, savings and value — never another participant's.
Results that only make sense for the office (lists of every participant, the
summary PDF and the participants export) need ``READ_ALL``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from niro_desk.permissions import Permission, Viewer, require_viewer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def require_reader(session: Session) -> Viewer:
    """Anyone signed in (everyone while accounts are off): the pool's common ground."""
    return require_viewer(session)


def require_office_reader(session: Session, *also: Permission) -> Viewer:
    """The office's view of every participant (``READ_ALL`` and ``also``)."""
    who = require_viewer(session, Permission.READ_ALL)
    for permission in also:
        require_viewer(session, permission)
    return who
