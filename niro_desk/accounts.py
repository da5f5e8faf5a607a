"""Office accounts: add, roles, passwords, deactivate, sign in, accounts on/off.

Every service takes ``(session, acting_user, ...)``, checks
``Permission.MANAGE_ACCOUNTS`` (``niro_desk.permissions``: while accounts are
off, everyone may, as before) and records an audit entry in the same
transaction. Passwords are hashed with argon2id (argon2-cffi); the hash never
goes into the audit log.

Failed sign-ins slow further attempts down: after ``FREE_ATTEMPTS`` failures
each one moves ``not_before`` (stored on the account, so every office PC sees
it) ``5 s × 2^(n − FREE_ATTEMPTS)`` into the future, at most ``MAX_DELAY``.
An attempt before that time is refused without checking the password. Times
come from the database server's clock. ``sign_in`` returns a ``SignInOutcome``
instead of raising, so the caller commits the counted failure.

While accounts are on, at least one active administrator with a password is
kept: the last one cannot be deactivated or lose the role.

On a shared PostgreSQL database (``niro-desk db setup-roles`` was run) accounts
are always on, and every account is also a login role of the same name
(``niro_desk.account_roles``): adding an account, changing its roles, its
password or whether it is active changes the role in the same transaction, and
a sign-in name must be a valid role name there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.account_roles import check_role_name, shared_prefix, sync_login_role
from niro_desk.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    RuleViolation,
    SignInRefused,
    ValidationError,
)
from niro_desk.models import AppSetting, OfficeUser, OfficeUserRole, Organisation, Role
from niro_desk.permissions import (
    ACCOUNTS_SETTING,
    Permission,
    accounts_enabled,
    forget_viewer,
    require,
)
from niro_desk.server_clock import server_now

ENTITY = "office_user"
SETTING_ENTITY = "setting"
MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 3
FIRST_DELAY = dt.timedelta(seconds=5)
MAX_DELAY = dt.timedelta(minutes=15)

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Messages", "The name or the password is wrong. Check both and try again."
)
SLOWED_DOWN = QT_TRANSLATE_NOOP(
    "Messages",
    "Too many wrong passwords for {login}. The next attempt is possible in {seconds} seconds.",
)
DEACTIVATED = QT_TRANSLATE_NOOP(
    "Messages", "The account {login} is deactivated. An administrator can turn it on again."
)
UNKNOWN_ACCOUNT = QT_TRANSLATE_NOOP("Messages", "There is no account with the id {id}.")
UNKNOWN_LOGIN = QT_TRANSLATE_NOOP("Messages", "There is no account named {login}.")
LOGIN_EMPTY = QT_TRANSLATE_NOOP("Messages", "A sign-in name is needed (letters, digits, . - _).")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Messages", "The sign-in name {login} is already an account.")
PASSWORD_SHORT = QT_TRANSLATE_NOOP("Messages", "The password needs at least {length} characters.")
NO_ROLES = QT_TRANSLATE_NOOP("Messages", "An account needs at least one role.")
HEAD_NEEDS_ORGANISATION = QT_TRANSLATE_NOOP(
    "Messages", "A procurement head is bound to one participant organisation: choose it."
)
ORGANISATION_ONLY_FOR_HEAD = QT_TRANSLATE_NOOP(
    "Messages", "Only a procurement head is bound to an organisation."
)
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Messages",
    "{login} is the last active administrator while accounts are on. Make another account"
    " an administrator first, or turn accounts off.",
)
ALWAYS_ON = QT_TRANSLATE_NOOP(
    "Messages",
    "Accounts cannot be turned off on a shared PostgreSQL database: there every account is"
    " a database role, and signing in is how the database knows who is working.",
)
NEEDS_ADMIN = QT_TRANSLATE_NOOP(
    "Messages",
    "Accounts can be turned on only when there is an active administrator with a password"
    " (niro-desk user add NAME --role admin).",
)


@dataclass(frozen=True)
class SignInOutcome:
    """``user`` when signed in; otherwise ``refusal`` says why (commit either way)."""

    user: OfficeUser | None
    refusal: SignInRefused | None = None


@dataclass(frozen=True)
class AccountRow:
    id: int
    login: str
    display_name: str
    roles: tuple[Role, ...]
    organisation: str
    active: bool
    has_password: bool
    failed_attempts: int
    organisation_id: int | None = None


# -- passwords ---------------------------------------------------------------------------------
@cache
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Checked for unknown names, so they take as long as a wrong password."""
    return str(_hasher().hash("not a password of anyone"))


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", PASSWORD_SHORT, length=MIN_PASSWORD_LENGTH)


# -- reading -----------------------------------------------------------------------------------
def _now(session: Session) -> dt.datetime:
    now = session.scalar(select(server_now()))
    assert now is not None
    return now


def get_account(session: Session, account_id: int, *, lock: bool = False) -> OfficeUser:
    query = select(OfficeUser).where(OfficeUser.id == account_id)
    if lock:
        query = query.with_for_update()
    account = session.scalar(query)
    if account is None:
        raise NotFound(UNKNOWN_ACCOUNT, id=account_id)
    return account


def account_by_login(session: Session, login: str) -> OfficeUser | None:
    return session.scalar(select(OfficeUser).where(OfficeUser.login == login.strip()))


def list_accounts(session: Session, user: OfficeUser) -> list[AccountRow]:
    """Every office user (accounts and OS login names seen so far), by name."""
    require(session, user, Permission.MANAGE_ACCOUNTS)
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    return [
        AccountRow(
            id=account.id,
            login=account.login,
            display_name=account.display_name,
            roles=tuple(sorted(account.role_set(), key=list(Role).index)),
            organisation=names.get(account.organisation_id, "") if account.organisation_id else "",
            active=account.active,
            has_password=account.password_hash is not None,
            failed_attempts=account.failed_attempts,
            organisation_id=account.organisation_id,
        )
        for account in session.scalars(select(OfficeUser).order_by(OfficeUser.login))
    ]


def participant_choices(session: Session, user: OfficeUser) -> list[tuple[int, str]]:
    """The organisations a procurement head may be bound to: (id, name) by name."""
    from niro_desk.procurement.participants import participant_condition

    require(session, user, Permission.MANAGE_ACCOUNTS)
    rows = session.execute(
        select(Organisation.id, Organisation.name)
        .where(participant_condition())
        .order_by(Organisation.name)
    )
    return [(row.id, row.name) for row in rows]


def _snapshot(account: OfficeUser) -> dict[str, Any]:
    data = audit.snapshot(
        account,
        exclude=("created_at", "password_hash", "failed_attempts", "not_before"),
    )
    data["roles"] = sorted(role.value for role in account.role_set())
    data["has_password"] = account.password_hash is not None
    return data


def _active_admins(session: Session) -> list[OfficeUser]:
    return list(
        session.scalars(
            select(OfficeUser)
            .join(OfficeUserRole)
            .where(
                OfficeUserRole.role == Role.ADMIN,
                OfficeUser.active.is_(True),
                OfficeUser.password_hash.is_not(None),
            )
        )
    )


def _keep_an_admin(session: Session, account: OfficeUser) -> None:
    """While accounts are on, ``account`` must not be the last active administrator."""
    if not accounts_enabled(session):
        return
    others = [admin for admin in _active_admins(session) if admin.id != account.id]
    if not others:
        raise RuleViolation(LAST_ADMIN, login=account.login)


def _check_roles(
    session: Session, roles: Iterable[Role | str], organisation_id: int | None
) -> set[Role]:
    chosen = {Role(role) for role in roles}
    if not chosen:
        raise ValidationError("roles", NO_ROLES)
    if Role.PROCUREMENT_HEAD in chosen:
        if organisation_id is None:
            raise ValidationError("organisation", HEAD_NEEDS_ORGANISATION)
        from niro_desk.procurement.participants import require_participant

        require_participant(session, organisation_id)  # a current member or a customer
    elif organisation_id is not None:
        raise ValidationError("organisation", ORGANISATION_ONLY_FOR_HEAD)
    return chosen


def _apply_roles(account: OfficeUser, roles: set[Role]) -> None:
    current = {grant.role: grant for grant in account.roles}
    for role, grant in current.items():
        if role not in roles:
            account.roles.remove(grant)
    for role in roles - set(current):
        account.roles.append(OfficeUserRole(role=role))


# -- changing ----------------------------------------------------------------------------------
def add_user(
    session: Session,
    user: OfficeUser,
    login: str,
    password: str,
    roles: Iterable[Role | str],
    *,
    display_name: str = "",
    organisation_id: int | None = None,
) -> OfficeUser:
    """A new account. An OS login name already seen (no password yet) becomes the account,
    so its history stays with it."""
    require(session, user, Permission.MANAGE_ACCOUNTS)
    login = login.strip()
    if not login or len(login) > 100 or any(ch.isspace() for ch in login):
        raise ValidationError("login", LOGIN_EMPTY)
    if shared_prefix(session) is not None:
        check_role_name(login)  # the account's database role has the same name
    _check_password(password)
    chosen = _check_roles(session, roles, organisation_id)
    account = account_by_login(session, login)
    if account is not None and account.password_hash is not None:
        raise ValidationError("login", LOGIN_TAKEN, login=login)
    before = _snapshot(account) if account is not None else None
    if account is None:
        account = OfficeUser(login=login, display_name=display_name.strip() or login)
        session.add(account)
    elif display_name.strip():
        account.display_name = display_name.strip()
    account.password_hash = hash_password(password)
    account.active = True
    account.failed_attempts = 0
    account.not_before = None
    account.organisation_id = organisation_id
    _apply_roles(account, chosen)
    session.flush()
    sync_login_role(session, account, password)
    audit.record(
        session,
        user,
        "create" if before is None else "update",
        ENTITY,
        account.id,
        f"Account {login} added ({', '.join(sorted(r.value for r in chosen))})",
        before,
        _snapshot(account),
    )
    return account


def set_roles(
    session: Session,
    user: OfficeUser,
    account_id: int,
    roles: Iterable[Role | str],
    organisation_id: int | None = None,
) -> OfficeUser:
    require(session, user, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, account_id, lock=True)
    chosen = _check_roles(session, roles, organisation_id)
    if Role.ADMIN not in chosen and Role.ADMIN in account.role_set():
        _keep_an_admin(session, account)
    before = _snapshot(account)
    account.organisation_id = organisation_id
    _apply_roles(account, chosen)
    session.flush()
    sync_login_role(session, account)
    audit.record(
        session,
        user,
        "update",
        ENTITY,
        account.id,
        f"Roles of {account.login}: {', '.join(sorted(r.value for r in chosen))}",
        before,
        _snapshot(account),
    )
    return account


def reset_password(
    session: Session, user: OfficeUser, account_id: int, new_password: str
) -> OfficeUser:
    """A new password set by an administrator; the slowdown of failed attempts ends."""
    require(session, user, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, account_id, lock=True)
    _check_password(new_password)
    account.password_hash = hash_password(new_password)
    account.failed_attempts = 0
    account.not_before = None
    session.flush()
    sync_login_role(session, account, new_password)
    audit.record(
        session,
        user,
        "reset_password",
        ENTITY,
        account.id,
        f"Password of {account.login} reset",
        {"password": "…"},
        {"password": "(new)"},
    )
    return account


def set_active(session: Session, user: OfficeUser, account_id: int, active: bool) -> OfficeUser:
    """Deactivate (or turn on again) an account; a deactivated account cannot sign in."""
    require(session, user, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, account_id, lock=True)
    if account.active == active:
        return account
    if not active and Role.ADMIN in account.role_set():
        _keep_an_admin(session, account)
    before = _snapshot(account)
    account.active = active
    session.flush()
    sync_login_role(session, account)
    audit.record(
        session,
        user,
        "activate" if active else "deactivate",
        ENTITY,
        account.id,
        f"Account {account.login} {'activated' if active else 'deactivated'}",
        before,
        _snapshot(account),
    )
    return account


def deactivate(session: Session, user: OfficeUser, account_id: int) -> OfficeUser:
    return set_active(session, user, account_id, False)


def set_accounts_enabled(session: Session, user: OfficeUser, enabled: bool) -> None:
    """Turn accounts on or off (one shared setting, audited)."""
    require(session, user, Permission.MANAGE_ACCOUNTS)
    row = session.scalar(
        select(AppSetting).where(AppSetting.key == ACCOUNTS_SETTING).with_for_update()
    )
    was = row is not None and row.value == "1"
    if not enabled and shared_prefix(session) is not None:
        raise RuleViolation(ALWAYS_ON)
    if was == enabled:
        return
    if enabled and not _active_admins(session):
        raise RuleViolation(NEEDS_ADMIN)
    if row is None:
        row = AppSetting(key=ACCOUNTS_SETTING, value="0")
        session.add(row)
    row.value = "1" if enabled else "0"
    session.flush()
    forget_viewer(session)
    audit.record(
        session,
        user,
        "update",
        SETTING_ENTITY,
        None,
        "Accounts turned on" if enabled else "Accounts turned off",
        {ACCOUNTS_SETTING: was},
        {ACCOUNTS_SETTING: enabled},
    )


# -- signing in --------------------------------------------------------------------------------
def delay_after(failures: int) -> dt.timedelta:
    """How long the next attempt waits after ``failures`` failed ones in a row."""
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


def wrong_name_or_password(password: str) -> SignInOutcome:
    """The refusal for a name that cannot be an account, after as long as a wrong password."""
    _verify(_dummy_hash(), password)
    return SignInOutcome(None, SignInRefused(WRONG_PASSWORD))


def sign_in(session: Session, login: str, password: str) -> SignInOutcome:
    """Check a name and password; count a failure (and slow the next attempt down)."""
    account = session.scalar(
        select(OfficeUser).where(OfficeUser.login == login.strip()).with_for_update()
    )
    if account is None or account.password_hash is None:
        _verify(_dummy_hash(), password)  # the same time as a wrong password
        return SignInOutcome(None, SignInRefused(WRONG_PASSWORD))
    now = _now(session)
    if account.not_before is not None and now < account.not_before:
        seconds = max(1, int((account.not_before - now).total_seconds() + 0.999))
        return SignInOutcome(
            None,
            SignInRefused(
                SLOWED_DOWN, wait_until=account.not_before, login=account.login, seconds=seconds
            ),
        )
    if not _verify(account.password_hash, password):
        account.failed_attempts += 1
        wait = delay_after(account.failed_attempts)
        account.not_before = now + wait if wait else None
        session.flush()
        audit.record(
            session,
            account,
            "sign_in_failed",
            ENTITY,
            account.id,
            f"Failed sign-in as {account.login} ({account.failed_attempts} in a row)",
        )
        return SignInOutcome(None, SignInRefused(WRONG_PASSWORD, wait_until=account.not_before))
    if not account.active:
        return SignInOutcome(None, SignInRefused(DEACTIVATED, login=account.login))
    if _hasher().check_needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    account.failed_attempts = 0
    account.not_before = None
    session.flush()
    audit.record(session, account, "sign_in", ENTITY, account.id, f"{account.login} signed in")
    return SignInOutcome(account)
