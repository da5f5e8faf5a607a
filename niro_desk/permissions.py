"""Roles → permissions, and the checks every service makes.

While accounts are off (a single-PC installation, as before) everyone may do
everything and the acting user is the OS login name. Once an administrator
turns accounts on (``niro_desk.accounts.set_accounts_enabled``) the acting
user's roles decide:

- a service that *changes* something takes the acting user and calls
  ``require(session, user, permission)`` (or ``require_for_organisation`` when a
  procurement head may do it for its own organisation);
- a service that *reads* asks who is looking: ``viewer(session)``. The reader
  is the login the ``Database`` acts for (``Database.acting``, set at sign-in
  and by the CLI), carried into every session it opens, just as a PostgreSQL
  connection carries its role into row-level security. Reads of one
  participant's data filter with ``visible_organisation(session)``: ``None``
  means every organisation, a number means only that one; anyone else is
  refused.

On PostgreSQL the same rules are also grants and row-level security
(``niro-desk db setup-roles``), so they hold even outside the application.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from niro_desk.acting import ACTING, Acting
from niro_desk.errors import QT_TRANSLATE_NOOP, PermissionDenied
from niro_desk.models.office_user import Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser

ACCOUNTS_SETTING = "accounts_enabled"  # app_setting key; "1" when accounts are on
# app_setting key written by ``niro-desk db setup-roles``: a shared PostgreSQL database whose
# accounts are database roles; accounts are always on there
ROLE_PREFIX_SETTING = "db_role_prefix"
_VIEWER = "niro_desk.viewer"  # session.info: the ``Viewer`` worked out once per session
_ACCOUNTS_ON = "niro_desk.accounts_on"  # session.info: ``accounts_enabled`` once per session


class Permission(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"  # add users, roles, passwords, accounts on/off
    MANAGE_SETTINGS = "manage_settings"  # caps, reference data, office settings
    VIEW_AUDIT_LOG = "view_audit_log"
    READ_ALL = "read_all"  # every organisation's data (not only the bound one)
    EDIT_MEMBERS = "edit_members"  # members, contacts, admissions, fees
    EDIT_PROCUREMENT = "edit_procurement"  # collections, tenders, agreements
    RECORD_BOARD_DECISIONS = "record_board_decisions"
    PRINT_REPORTS = "print_reports"
    EDIT_OWN_REQUIREMENTS = "edit_own_requirements"  # a procurement head's own organisation


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.STAFF: frozenset(
        {
            Permission.READ_ALL,
            Permission.EDIT_MEMBERS,
            Permission.EDIT_PROCUREMENT,
            Permission.PRINT_REPORTS,
        }
    ),
    Role.MANAGER: frozenset(
        {
            Permission.READ_ALL,
            Permission.VIEW_AUDIT_LOG,
            Permission.RECORD_BOARD_DECISIONS,
            Permission.PRINT_REPORTS,
        }
    ),
    Role.PROCUREMENT_HEAD: frozenset({Permission.EDIT_OWN_REQUIREMENTS}),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Messages", "{user} may not do this: it needs the permission “{permission}”."
)
NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "Messages", "{user} is not an active account: sign in with an account to do this."
)


NOT_SIGNED_IN = QT_TRANSLATE_NOOP(
    "Messages", "Accounts are on: sign in with an account to see or change this."
)
OTHER_ORGANISATION = QT_TRANSLATE_NOOP(
    "Messages",
    "{user} may only see and change the data of its own organisation.",
)


@dataclass(frozen=True)
class Viewer:
    """Who reads in a session: the login, what it may do, the organisation it is bound to."""

    login: str
    permissions: frozenset[Permission]
    organisation_id: int | None = None
    signed_in: bool = True

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def reads_all(self) -> bool:
        return Permission.READ_ALL in self.permissions


def acting_login(session: Session) -> str:
    """The login the session's database acts for ("" when nobody was named)."""
    acting = session.info.get(ACTING)
    return acting.login if isinstance(acting, Acting) else ""


def viewer(session: Session) -> Viewer:
    """Who is reading in ``session`` (worked out once per session).

    Accounts off: the acting login, allowed everything. Accounts on: the
    account's permissions and bound organisation; a login that is not an active
    account with a password may do nothing.
    """
    cached = session.info.get(_VIEWER)
    if isinstance(cached, Viewer):
        return cached
    login = acting_login(session)
    if not accounts_enabled(session):
        found = Viewer(login, frozenset(Permission))
    else:
        from sqlalchemy import select

        from niro_desk.models import OfficeUser

        user = (
            session.scalar(select(OfficeUser).where(OfficeUser.login == login)) if login else None
        )
        if user is None or not user.active or user.password_hash is None:
            found = Viewer(login, frozenset(), signed_in=False)
        else:
            found = Viewer(login, permissions_of(user.role_set()), user.organisation_id)
    session.info[_VIEWER] = found
    return found


def forget_viewer(session: Session) -> None:
    """Work the viewer out again (after roles or the accounts setting changed)."""
    session.info.pop(_VIEWER, None)
    session.info.pop(_ACCOUNTS_ON, None)


def _denied(who: Viewer, permission: Permission | None) -> PermissionDenied:
    if not who.signed_in:
        return PermissionDenied(NOT_SIGNED_IN)
    if permission is None:
        return PermissionDenied(OTHER_ORGANISATION, user=who.login)
    return PermissionDenied(NOT_ALLOWED, user=who.login, permission=permission.value)


def require_viewer(session: Session, permission: Permission | None = None) -> Viewer:
    """The viewer, refused unless signed in (and holding ``permission`` when one is named)."""
    who = viewer(session)
    if not who.signed_in or (permission is not None and not who.may(permission)):
        raise _denied(who, permission)
    return who


def visible_organisation(session: Session) -> int | None:
    """Whose participant data the viewer may read: ``None`` for every organisation,
    else the one organisation a procurement head is bound to; anyone else is refused."""
    who = require_viewer(session)
    if who.reads_all:
        return None
    if who.may(Permission.EDIT_OWN_REQUIREMENTS) and who.organisation_id is not None:
        return who.organisation_id
    raise _denied(who, Permission.READ_ALL)


def require_sees(session: Session, organisation_id: int) -> None:
    """Refuse unless the viewer may read the participant data of ``organisation_id``."""
    visible = visible_organisation(session)
    if visible is not None and visible != organisation_id:
        raise PermissionDenied(OTHER_ORGANISATION, user=viewer(session).login)


def may_see_organisation(session: Session, organisation_id: int) -> bool:
    """Whether the viewer may read this organisation's participant data."""
    try:
        visible = visible_organisation(session)
    except PermissionDenied:
        return False
    return visible is None or visible == organisation_id


def require_for_organisation(
    session: Session, user: OfficeUser, organisation_id: int, permission: Permission
) -> None:
    """Allow ``permission`` for every organisation, or — for a procurement head bound to
    ``organisation_id`` — the same change to its own organisation's data."""
    if allowed(session, user, permission):
        return
    if (
        allowed(session, user, Permission.EDIT_OWN_REQUIREMENTS)
        and user.organisation_id is not None
        and user.organisation_id == organisation_id
    ):
        return
    if not user.active or user.password_hash is None:
        raise PermissionDenied(NO_ACCOUNT, user=user.login)
    if allowed(session, user, Permission.EDIT_OWN_REQUIREMENTS):
        raise PermissionDenied(OTHER_ORGANISATION, user=user.login)
    raise PermissionDenied(NOT_ALLOWED, user=user.login, permission=permission.value)


def permissions_of(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def accounts_enabled(session: Session) -> bool:
    """Whether accounts are on: the shared setting (off when never set), and always on a
    shared PostgreSQL database whose roles are set up. One query, once per session."""
    cached = session.info.get(_ACCOUNTS_ON)
    if isinstance(cached, bool):
        return cached
    from sqlalchemy import select

    from niro_desk.models import AppSetting

    rows = session.execute(
        select(AppSetting.key, AppSetting.value).where(
            AppSetting.key.in_((ACCOUNTS_SETTING, ROLE_PREFIX_SETTING))
        )
    )
    settings = {row.key: row.value for row in rows}
    on_postgres = session.get_bind().dialect.name == "postgresql"
    shared = on_postgres and bool(settings.get(ROLE_PREFIX_SETTING))
    found = settings.get(ACCOUNTS_SETTING) == "1" or shared
    session.info[_ACCOUNTS_ON] = found
    return found


def allowed(session: Session, user: OfficeUser, permission: Permission) -> bool:
    """Whether ``user`` may do what ``permission`` covers (always, while accounts are off)."""
    if not accounts_enabled(session):
        return True
    if not user.active or user.password_hash is None:
        return False
    return permission in permissions_of(user.role_set())


def require(session: Session, user: OfficeUser, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``user`` may do what ``permission`` covers."""
    if allowed(session, user, permission):
        return
    if not user.active or user.password_hash is None:
        raise PermissionDenied(NO_ACCOUNT, user=user.login)
    raise PermissionDenied(NOT_ALLOWED, user=user.login, permission=permission.value)
