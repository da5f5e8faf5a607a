"""Roles → permissions, and the one check every service makes: ``require``.

While accounts are off (a single-PC installation, as before) everyone may do
everything and the acting user is the OS login name. Once an administrator
turns accounts on (``niro_desk.accounts.set_accounts_enabled``) the acting
user's roles decide. The account services and the audit log viewer check now;
the other services will call ``require`` in the next step of issue 11, and on
PostgreSQL the same rules then become grants and row-level security.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from niro_desk.errors import QT_TRANSLATE_NOOP, PermissionDenied
from niro_desk.models.office_user import Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser

ACCOUNTS_SETTING = "accounts_enabled"  # app_setting key; "1" when accounts are on


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


def permissions_of(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def accounts_enabled(session: Session) -> bool:
    """Whether accounts are on (one shared setting; off when never set)."""
    from niro_desk.models import AppSetting

    setting = session.get(AppSetting, ACCOUNTS_SETTING)
    return setting is not None and setting.value == "1"


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
