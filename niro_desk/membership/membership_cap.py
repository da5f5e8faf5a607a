"""The membership cap: how many members the network admits (80 by default).

Admissions lock the cap's settings row (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already serialises writers) before
they count, so two office PCs admitting at the same moment cannot both take
the last seat.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.models import AppSetting, MembershipStatus, OfficeUser, Organisation
from niro_desk.permissions import Permission, require

CAP_KEY = "membership_cap"
DEFAULT_CAP = 80


def _cap_row(session: Session, lock: bool) -> AppSetting:
    query = select(AppSetting).where(AppSetting.key == CAP_KEY)
    if lock:
        query = query.with_for_update()
    row = session.scalar(query)
    if row is None:  # a database from before migration 0002's insert, or a deleted row
        row = AppSetting(key=CAP_KEY, value=str(DEFAULT_CAP))
        session.add(row)
        session.flush()
    return row


def get_cap(session: Session) -> int:
    return int(_cap_row(session, lock=False).value)


def lock_cap(session: Session) -> int:
    """Lock the cap row for this transaction and return the cap."""
    return int(_cap_row(session, lock=True).value)


def member_count(session: Session) -> int:
    """Current members (status member); customers and applicants do not count."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.membership_status == MembershipStatus.MEMBER)
        )
        or 0
    )


def set_cap(session: Session, user: OfficeUser, cap: int) -> None:
    """Change the cap (audited, naming ``user``; needs ``MANAGE_SETTINGS``); at least 1."""
    require(session, user, Permission.MANAGE_SETTINGS)
    if cap < 1:
        raise ValidationError(
            "cap", QT_TRANSLATE_NOOP("Messages", "The membership cap must be at least 1.")
        )
    row = _cap_row(session, lock=True)
    before = int(row.value)
    if before == cap:
        return
    row.value = str(cap)
    audit.record(
        session,
        user,
        "update",
        "setting",
        None,
        f"Membership cap {before} → {cap}",
        {CAP_KEY: before},
        {CAP_KEY: cap},
    )
