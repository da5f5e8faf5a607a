"""What the acting user may do in the members area, worked out once per reload.

Actions the user may not do are disabled; that is a courtesy, not the rule:
the services refuse on their own (``niro_desk.permissions``). While accounts
are off, everything is permitted, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.permissions import Permission, viewer


@dataclass(frozen=True)
class Permitted:
    """The members area's permissions of the acting user."""

    signed_in: bool = True  # a login that is no account (accounts on) sees nothing
    reads_all: bool = True  # False: a procurement head, its own organisation only
    edit_members: bool = True
    record_board_decisions: bool = True
    manage_settings: bool = True


def permitted_in(session: Session) -> Permitted:
    """What the acting user may do, read in ``session``.

    The session reads as the login the UI acts for (``AppContext.act_as``): its
    viewer holds that account's permissions, the ones the services check.
    """
    who = viewer(session)
    return Permitted(
        signed_in=who.signed_in,
        reads_all=who.signed_in and who.reads_all,
        edit_members=who.may(Permission.EDIT_MEMBERS),
        record_board_decisions=who.may(Permission.RECORD_BOARD_DECISIONS),
        manage_settings=who.may(Permission.MANAGE_SETTINGS),
    )


def permitted(context: AppContext) -> Permitted:
    """What ``context``'s acting user may do (one short reading session)."""
    with context.db.reading() as session:
        return permitted_in(session)
