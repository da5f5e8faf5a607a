"""The PostgreSQL login roles of accounts, as the account services need them.

On a shared PostgreSQL database (``niro-desk db setup-roles`` stored the role
prefix in the app setting ``db_role_prefix``) every account is a login role of
the same name, member of the group roles of its office roles. The work is
done by ``niro_desk.db_roles`` (``role_prefix``, ``check_role_name``,
``ensure_login_role``, ``set_login_password``, ``set_login_enabled``,
``drop_login_role``); until that module is merged, minimal equivalents below
stand in with the same names, signatures and role markers.

``sync_login_role`` is what the services call after changing an account: it
brings the login role in line with the account (roles, password, LOGIN or
NOLOGIN) on the session's connection, so it commits or rolls back together
with the ``office_user`` change (role DDL is transactional on PostgreSQL).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, ValidationError
from niro_desk.models import AppSetting, Role
from niro_desk.permissions import ROLE_PREFIX_SETTING

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser

PREFIX_SETTING = ROLE_PREFIX_SETTING  # app_setting key; present: roles are set up (shared database)

BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Messages",
    "{login} cannot be a database role name: use at most 63 letters, digits and . _ @ -,"
    " starting with a letter or _, and not a reserved name.",
)
FOREIGN_ROLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server already has a role {login} that NIRO Desk did not create;"
    " it is left alone. Choose another login name.",
)

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]*")
_RESERVED = {"public", "postgres", "none", "current_user", "session_user", "current_role", "all"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_role(prefix: str, role: Role) -> str:
    """The group role holding ``role``'s privileges, e.g. ``niro_desk_staff``."""
    return f"{prefix}_{role.value}"


def role_prefix(connection: Connection) -> str | None:
    """The prefix ``setup-roles`` stored, or None (not shared; always None on SQLite)."""
    if connection.dialect.name != "postgresql":
        return None
    return connection.execute(
        select(AppSetting.value).where(AppSetting.key == PREFIX_SETTING)
    ).scalar()


def check_role_name(login: str) -> str:
    """``login`` unchanged if it can be a login role name, else ``ValidationError``."""
    if (
        not _NAME.fullmatch(login)
        or len(login.encode()) > 63
        or login.lower().startswith("pg_")
        or login.lower() in _RESERVED
    ):
        raise ValidationError("login", BAD_LOGIN, login=login)
    return login


def _own_login(connection: Connection, login: str) -> bool:
    row = connection.execute(
        text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name"),
        {"name": login},
    ).first()
    if row is not None and not (row[0] or "").startswith("niro_desk login role ("):
        raise DatabaseError(FOREIGN_ROLE, login=login)
    return row is not None


def set_login_password(connection: Connection, login: str, password: str | None) -> None:
    """The login role's password, sent as a SCRAM verifier (never in clear)."""
    check_role_name(login)
    if password is None:
        connection.exec_driver_sql(f"ALTER ROLE {_quote(login)} PASSWORD NULL")
        return
    driver = connection.connection.driver_connection
    verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode(), login.encode(), b"scram-sha-256"
    )
    connection.exec_driver_sql(
        f"ALTER ROLE {_quote(login)} PASSWORD {_literal(bytes(verifier).decode('ascii'))}"
    )


def set_login_enabled(connection: Connection, login: str, enabled: bool) -> None:
    """LOGIN or NOLOGIN: a deactivated account cannot connect at all."""
    check_role_name(login)
    connection.exec_driver_sql(f"ALTER ROLE {_quote(login)} {'LOGIN' if enabled else 'NOLOGIN'}")


def ensure_login_role(
    connection: Connection,
    prefix: str,
    login: str,
    roles: Iterable[Role],
    password: str | None = None,
) -> bool:
    """Create or update an account's login role (member of exactly its group roles)."""
    check_role_name(login)
    wanted = set(roles)
    exists = _own_login(connection, login)
    name = _quote(login)
    createrole = "CREATEROLE" if Role.ADMIN in wanted else "NOCREATEROLE"
    if exists:
        connection.exec_driver_sql(f"ALTER ROLE {name} LOGIN {createrole}")
    else:
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN INHERIT {createrole}")
        marker = _literal(f"niro_desk login role ({prefix})")
        connection.exec_driver_sql(f"COMMENT ON ROLE {name} IS {marker}")
    for role in Role:
        group = _quote(group_role(prefix, role))
        if role in wanted:
            connection.exec_driver_sql(f"GRANT {group} TO {name}")
        elif exists:
            connection.exec_driver_sql(f"REVOKE {group} FROM {name}")
    if password is not None:
        set_login_password(connection, login, password)
    return not exists


def drop_login_role(connection: Connection, login: str) -> None:
    """Drop an account's login role (only one NIRO Desk made; none is fine)."""
    check_role_name(login)
    if _own_login(connection, login):
        connection.exec_driver_sql(f"DROP ROLE {_quote(login)}")


with contextlib.suppress(ModuleNotFoundError):  # until niro_desk.db_roles is merged
    # pg-roles' module, once merged, does the work (same names and signatures)
    from niro_desk.db_roles import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        check_role_name,
        drop_login_role,
        ensure_login_role,
        group_role,
        role_prefix,
        set_login_enabled,
        set_login_password,
    )

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
