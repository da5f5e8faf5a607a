"""Accounts for permission tests: one person per role, accounts on, and reading as one of them.

``office(db)`` adds, while accounts are still off, an administrator, office staff,
a manager and two procurement heads bound to two different member organisations,
then turns accounts on. ``act_as(db, login)`` makes every new session of ``db``
read as that account (``Database.acting``); services that write take the
``OfficeUser`` from ``Office.users``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from membership_builders import member
from sqlalchemy.orm import Session

from niro_desk import accounts
from niro_desk.database import Database
from niro_desk.models import OfficeUser, Role
from niro_desk.users import ensure_user

PASSWORD = "correct horse"
#: login of each role's person in ``office``
LOGINS = {
    "admin": "anna",
    "staff": "sven",
    "manager": "maria",
    "head": "hans",
    "other_head": "olga",
}
ROLES = {
    "admin": [Role.ADMIN],
    "staff": [Role.STAFF],
    "manager": [Role.MANAGER],
    "head": [Role.PROCUREMENT_HEAD],
    "other_head": [Role.PROCUREMENT_HEAD],
}


@dataclass
class Office:
    """The people of a test office and the two organisations the heads are bound to."""

    logins: dict[str, str]
    own_organisation_id: int  # "head" is bound to it
    other_organisation_id: int  # "other_head" is bound to it
    user_ids: dict[str, int] = field(default_factory=dict)

    def user(self, session: Session, who: str) -> OfficeUser:
        """The ``OfficeUser`` of ``who`` ("admin", "staff", "manager", "head", "other_head",
        or "nobody": a login that is no account) inside ``session``."""
        if who == "nobody":
            return ensure_user(session, "nobody")
        found = session.get(OfficeUser, self.user_ids[who])
        assert found is not None
        return found


def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with a small cost: the same checks, a fraction of the time."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


def office(
    db: Database,
    own_organisation_id: int | None = None,
    other_organisation_id: int | None = None,
) -> Office:
    """Add one account per role (the heads bound to two organisations, made when not given)
    and turn accounts on. Call ``cheap_hashes`` first to keep the test fast."""
    with db.transaction() as session:
        os_user = ensure_user(session, "os.user")
        if own_organisation_id is None:
            own_organisation_id = member(session, "Eigene Gießerei GmbH").id
        if other_organisation_id is None:
            other_organisation_id = member(session, "Andere Schmiede KG").id
        bound = {"head": own_organisation_id, "other_head": other_organisation_id}
        made = Office(dict(LOGINS), own_organisation_id, other_organisation_id)
        for who, login in LOGINS.items():
            account = accounts.add_user(
                session, os_user, login, PASSWORD, ROLES[who], organisation_id=bound.get(who)
            )
            made.user_ids[who] = account.id
        accounts.set_accounts_enabled(session, os_user, True)
    return made


def act_as(db: Database, who_login: str) -> None:
    """Every session ``db`` opens from now on reads as ``who_login``."""
    db.acting.login = who_login
