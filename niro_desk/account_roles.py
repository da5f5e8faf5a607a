"""The PostgreSQL login roles of accounts, as the account services need them.

On a shared PostgreSQL database (``niro-desk db setup-roles`` stored the role
prefix in the app setting ``db_role_prefix``) every account is a login role of
the same name, member of the group roles of its office roles. The SQL is in
``niro_desk.db_roles``; this module adds what the account services call.

``sync_login_role`` brings the login role in line with the account (roles,
password, LOGIN or NOLOGIN) on the session's connection, so it commits or rolls
back together with the ``office_user`` change (role DDL is transactional on
PostgreSQL).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from niro_desk.db_roles import (
    PREFIX_SETTING,
    check_role_name,
    drop_login_role,
    ensure_login_role,
    group_role,
    role_prefix,
    set_login_enabled,
    set_login_password,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser

__all__ = [
    "PREFIX_SETTING",
    "check_role_name",
    "drop_login_role",
    "ensure_login_role",
    "group_role",
    "role_prefix",
    "set_login_enabled",
    "set_login_password",
    "shared_prefix",
    "sync_login_role",
]


# -- for the account services -------------------------------------------------------------------
def shared_prefix(session: Session) -> str | None:
    """The role prefix when the session's database is a shared PostgreSQL database."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return role_prefix(session.connection())


def sync_login_role(session: Session, account: OfficeUser, password: str | None = None) -> None:
    """On a shared PostgreSQL database: the account's login role as the account says
    (group roles, ``password`` when given, LOGIN only while active). Nothing elsewhere."""
    prefix = shared_prefix(session)
    if prefix is None or account.password_hash is None:
        return
    connection = session.connection()
    ensure_login_role(connection, prefix, account.login, account.role_set(), password)
    if not account.active:
        set_login_enabled(connection, account.login, False)
