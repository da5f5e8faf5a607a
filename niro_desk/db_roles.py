"""Database roles on a shared PostgreSQL server: each account is a role, the rules are grants.

The application checks permissions in its services (``niro_desk.permissions``);
on PostgreSQL the server enforces the confidentiality rules as well, so an
account's credentials cannot read more with psql than through the app:

* four group roles (NOLOGIN) ``<prefix>_admin``, ``<prefix>_staff``,
  ``<prefix>_manager``, ``<prefix>_procurement_head`` hold the privileges;
* each account has a LOGIN role named like its ``office_user.login``, member
  of the group roles of its roles (``ensure_login_role``);
* row-level security limits a procurement head to its own organisation's
  requirement lines, submissions, participations and fees
  (``niro_desk_viewer_organisation()``, migration 0012), and its own member
  page (contacts, sales profile, fees); it has no privilege at all on bids and
  what is derived from them, and of a tender's rounds and invited suppliers
  only the columns the tender list shows (``HEAD_COLUMN_READS``);
* the audit log is append-only: application roles may only SELECT and INSERT;
  a trigger (migration 0012) refuses UPDATE/DELETE to anyone but the owner,
  and GDPR erasure goes through ``niro_desk_erase_contact_history``.

``setup_roles`` is the one-time step of the database owner
(``niro-desk db setup-roles``); it is idempotent and stores the prefix in the
app setting ``db_role_prefix`` (its presence means the roles are set up). Role
names are cluster-wide, hence the prefix. Every role this module makes carries
a comment naming it, and it refuses to touch roles that are not its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, inspect, select, text

from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, NiroDeskError, ValidationError
from niro_desk.models import AppSetting, OfficeUser, OfficeUserRole, Role
from niro_desk.permissions import ROLE_PREFIX_SETTING

DEFAULT_PREFIX = "niro_desk"
PREFIX_SETTING = ROLE_PREFIX_SETTING  # read by permissions.accounts_enabled
MAX_NAME_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]*")
_PREFIX = re.compile(r"[a-z_][a-z0-9_]*")
_RESERVED = {"public", "postgres", "none", "current_user", "session_user", "current_role", "all"}

# -- what each group may do --------------------------------------------------------------------
AUDIT_TABLE = "audit_entry"
OWNER_ONLY = ("alembic_version",)  # everyone reads it (schema check), only the owner writes
HEAD_READS = (
    "app_setting",
    "procurement_category",
    "procurement_item",
    "framework_agreement",
    "agreement_item",
    "agreement_document",
    "tender",
    "tender_lot",
    "tender_lot_item",
    "tender_lot_region",
    "tender_collection",
    "tender_criterion",  # the published criteria and weights (the scores are bids')
    "requirement_collection",
    "collection_item",
    "supplier_category",
    "supplier_certificate",
    "glossary_entry",
    # reference lists the member page and the sales profile name things by
    "industry_code",
    "expertise",
    # negotiation rounds: when, what was on the agenda, what was decided; who attended and
    # ranked what only as contact ids (contact itself is row-level secured), so a head gets
    # the round's count of attendees and its combined ranking (Borda) but no names
    "negotiation_round",
    "negotiation_agenda_item",
    "negotiation_decision",
    "negotiation_attendee",
    "category_ranking",
)
# Accounts are the administrators' (MANAGE_ACCOUNTS): staff would otherwise be able to
# rebind a head to another organisation in SQL. Everyone may update the sign-in columns
# of its own account (accounts.sign_in counts attempts and may rehash the password,
# after locking the row, which needs an UPDATE privilege too).
ACCOUNT_TABLES = ("office_user", "office_user_role")
SIGN_IN_COLUMNS = "failed_attempts, not_before, password_hash"
OWN_ACCOUNT = "login = session_user"
# table -> policy condition for a procurement head (read and, for HEAD_WRITES, write)
_OWN_ORGANISATION = "organisation_id = (SELECT niro_desk_viewer_organisation())"
HEAD_OWN_ROWS = {
    "requirement_submission": _OWN_ORGANISATION,
    "requirement_line": (
        "submission_id IN (SELECT id FROM requirement_submission"
        " WHERE organisation_id = (SELECT niro_desk_viewer_organisation()))"
    ),
    "participation": _OWN_ORGANISATION,
    "participation_line": (
        "participation_id IN (SELECT id FROM participation"
        " WHERE organisation_id = (SELECT niro_desk_viewer_organisation()))"
    ),
    "collection_participant": _OWN_ORGANISATION,
    "service_fee": _OWN_ORGANISATION,
    "membership": _OWN_ORGANISATION,  # whether it may join an agreement on a day
    # its own member page: contacts, sales profile, membership fees, search row
    "contact": _OWN_ORGANISATION,
    "contact_expertise": (
        "contact_id IN (SELECT id FROM contact"
        " WHERE organisation_id = (SELECT niro_desk_viewer_organisation()))"
    ),
    "organisation_sales_code": _OWN_ORGANISATION,
    "product_market": _OWN_ORGANISATION,
    "material": _OWN_ORGANISATION,
    "membership_fee": (
        "membership_id IN (SELECT id FROM membership"
        " WHERE organisation_id = (SELECT niro_desk_viewer_organisation()))"
    ),
    "organisation_search": (
        "organisation_id = (SELECT niro_desk_viewer_organisation())"
        " OR organisation_id IN (SELECT id FROM organisation WHERE kind = 'supplier')"
    ),
    # its own organisation, and suppliers (an agreement names its supplier)
    "organisation": "id = (SELECT niro_desk_viewer_organisation()) OR kind = 'supplier'",
    "office_user": OWN_ACCOUNT,
    "office_user_role": "user_id = (SELECT niro_desk_viewer_user_id())",
    AUDIT_TABLE: "user_id = (SELECT niro_desk_viewer_user_id())",
}
POLICY_SUFFIXES = ("all", "read", "own", "own_insert", "own_update")
HEAD_WRITES = ("requirement_submission", "requirement_line", "participation", "participation_line")
MANAGER_WRITES = {"board_decision": "INSERT, UPDATE"}  # recording board decisions
# A participation locks its agreement (SELECT … FOR UPDATE), which PostgreSQL allows only
# with UPDATE on a column; the version column is the least a head can do harm with.
HEAD_COLUMN_UPDATES = {"framework_agreement": "version"}
# The tender list names each tender's current round, its deadline and how many suppliers
# were invited (procurement/tenders.list_tenders, for every reader): those columns only,
# never the round's opening record, the suppliers' names or anything of a bid.
HEAD_COLUMN_READS = {
    "tender_round": ("id", "tender_id", "number", "deadline", "state", "opened_at"),
    "tender_supplier": ("tender_id",),
}
EVERYONE_EXECUTES = (
    "niro_desk_viewer_organisation()",
    "niro_desk_viewer_user_id()",
    "niro_desk_pooled_item_totals(integer)",
    "niro_desk_pooled_region_totals(integer)",
)
STAFF_EXECUTES = ("niro_desk_erase_contact_history(integer, integer)",)

# -- messages ----------------------------------------------------------------------------------
NEEDS_POSTGRES = QT_TRANSLATE_NOOP(
    "Messages",
    "Database roles exist only on a shared PostgreSQL database; this database is SQLite,"
    " where the application's own checks are all there is.",
)
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Messages",
    "{login} cannot be a database role name: use at most 63 letters, digits and . _ @ -,"
    " starting with a letter or _, and not a reserved name.",
)
BAD_PREFIX = QT_TRANSLATE_NOOP(
    "Messages",
    "{prefix} cannot be a role prefix: use at most 40 lowercase letters, digits and _,"
    " starting with a letter or _.",
)
FOREIGN_ROLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server already has a role {login} that NIRO Desk did not create;"
    " it is left alone. Choose another login name.",
)
OTHER_PREFIX = QT_TRANSLATE_NOOP(
    "Messages",
    "The roles of this database are already set up with the prefix {prefix};"
    " run setup-roles with --prefix {prefix} again, or not at all.",
)
NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Messages",
    "The database roles are not set up yet: the database owner runs niro-desk db setup-roles once.",
)


@dataclass
class SetupReport:
    """What ``setup_roles`` did (for the CLI to print)."""

    prefix: str
    groups_created: list[str] = field(default_factory=list)
    logins_created: list[str] = field(default_factory=list)
    logins_updated: list[str] = field(default_factory=list)
    logins_skipped: list[tuple[str, NiroDeskError]] = field(default_factory=list)  # (login, why)
    tables: int = 0
    policies: int = 0


def quote(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_role(prefix: str, role: Role) -> str:
    """The group role holding ``role``'s privileges, e.g. ``niro_desk_procurement_head``."""
    return f"{prefix}_{role.value}"


def check_prefix(prefix: str) -> str:
    if not _PREFIX.fullmatch(prefix) or len(prefix) > 40 or prefix.startswith("pg_"):
        raise ValidationError("prefix", BAD_PREFIX, prefix=prefix)
    return prefix


def check_role_name(login: str) -> str:
    """``login`` unchanged if it can be a login role name, else ``ValidationError``."""
    if (
        not _NAME.fullmatch(login)
        or len(login.encode()) > MAX_NAME_BYTES
        or login.lower().startswith("pg_")
        or login.lower() in _RESERVED
    ):
        raise ValidationError("login", BAD_LOGIN, login=login)
    return login


def _require_postgres(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise DatabaseError(NEEDS_POSTGRES)


def _marker(prefix: str) -> str:
    return f"niro_desk login role ({prefix})"


def _group_marker(prefix: str) -> str:
    return f"niro_desk group role ({prefix})"


def _exec(connection: Connection, sql: str) -> None:
    # exec_driver_sql: DDL takes no bind parameters, and text() would read ":..." as one.
    connection.exec_driver_sql(sql)


def role_prefix(connection: Connection) -> str | None:
    """The prefix ``setup_roles`` stored, or None (roles not set up; always None on SQLite)."""
    if connection.dialect.name != "postgresql":
        return None
    return connection.execute(
        select(AppSetting.value).where(AppSetting.key == PREFIX_SETTING)
    ).scalar()


def _existing_role(connection: Connection, name: str) -> tuple[bool, str | None]:
    row = connection.execute(
        text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name"),
        {"name": name},
    ).first()
    return (row is not None, None if row is None else row[0])


def _own_login(connection: Connection, login: str) -> bool:
    """Whether the login role exists; refuses one NIRO Desk did not make."""
    exists, comment = _existing_role(connection, login)
    if exists and not (comment or "").startswith("niro_desk login role ("):
        raise DatabaseError(FOREIGN_ROLE, login=login)
    return exists


def ensure_login_role(
    connection: Connection,
    prefix: str,
    login: str,
    roles: Iterable[Role],
    password: str | None = None,
) -> bool:
    """Create or update the login role of an account; True when it was created.

    Member of exactly the group roles of ``roles`` (others of this prefix are
    revoked); CREATEROLE only for an admin, whose connection manages accounts.
    ``password`` is set when given (sent as a SCRAM verifier, never in clear).
    """
    _require_postgres(connection)
    check_prefix(prefix)
    check_role_name(login)
    wanted = set(roles)
    exists = _own_login(connection, login)
    name = quote(login)
    createrole = "CREATEROLE" if Role.ADMIN in wanted else "NOCREATEROLE"
    if exists:
        _exec(connection, f"ALTER ROLE {name} LOGIN {createrole}")
    else:
        _exec(connection, f"CREATE ROLE {name} LOGIN INHERIT {createrole}")
        _exec(connection, f"COMMENT ON ROLE {name} IS {_literal(_marker(prefix))}")
    for role in Role:
        group = quote(group_role(prefix, role))
        if role in wanted:
            _exec(connection, f"GRANT {group} TO {name}")
        elif exists:
            _exec(connection, f"REVOKE {group} FROM {name}")
    if password is not None:
        set_login_password(connection, login, password)
    return not exists


def _scram_verifier(connection: Connection, login: str, password: str) -> str:
    driver = connection.connection.driver_connection
    verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode(), login.encode(), b"scram-sha-256"
    )
    return bytes(verifier).decode("ascii")


def set_login_password(connection: Connection, login: str, password: str | None) -> None:
    """Set (or with None remove) the password of an account's login role."""
    _require_postgres(connection)
    check_role_name(login)
    if not _own_login(connection, login):
        raise DatabaseError(NOT_SET_UP)
    if password is None:
        _exec(connection, f"ALTER ROLE {quote(login)} PASSWORD NULL")
        return
    verifier = _scram_verifier(connection, login, password)
    _exec(connection, f"ALTER ROLE {quote(login)} PASSWORD {_literal(verifier)}")


def set_login_enabled(connection: Connection, login: str, enabled: bool) -> None:
    """LOGIN or NOLOGIN: a deactivated account cannot connect at all."""
    _require_postgres(connection)
    check_role_name(login)
    if not _own_login(connection, login):
        raise DatabaseError(NOT_SET_UP)
    _exec(connection, f"ALTER ROLE {quote(login)} {'LOGIN' if enabled else 'NOLOGIN'}")


def drop_login_role(connection: Connection, login: str) -> None:
    """Drop an account's login role (only one NIRO Desk made; none is fine)."""
    _require_postgres(connection)
    check_role_name(login)
    if _own_login(connection, login):
        _exec(connection, f"DROP ROLE {quote(login)}")


# -- the one-time set-up -----------------------------------------------------------------------
def _tables(connection: Connection) -> list[str]:
    return sorted(inspect(connection).get_table_names())


def _sequence(connection: Connection, table: str) -> str | None:
    return connection.execute(
        text(
            "SELECT pg_get_serial_sequence(quote_ident(:t), a.attname) FROM pg_attribute a"
            " WHERE a.attrelid = to_regclass(quote_ident(:t)) AND a.attname = 'id'"
            " AND NOT a.attisdropped"
        ),
        {"t": table},
    ).scalar()


def _ensure_groups(connection: Connection, prefix: str, report: SetupReport) -> None:
    for role in Role:
        name = group_role(prefix, role)
        exists, comment = _existing_role(connection, name)
        if exists and comment != _group_marker(prefix):
            raise DatabaseError(FOREIGN_ROLE, login=name)
        if not exists:
            _exec(connection, f"CREATE ROLE {quote(name)} NOLOGIN")
            _exec(connection, f"COMMENT ON ROLE {quote(name)} IS {_literal(_group_marker(prefix))}")
            report.groups_created.append(name)


def _grant(connection: Connection, prefix: str, report: SetupReport) -> None:
    groups = {role: quote(group_role(prefix, role)) for role in Role}
    admin, staff = groups[Role.ADMIN], groups[Role.STAFF]
    manager, head = groups[Role.MANAGER], groups[Role.PROCUREMENT_HEAD]
    everyone = ", ".join(groups.values())
    schema = connection.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    database = connection.exec_driver_sql("SELECT quote_ident(current_database())").scalar()
    _exec(connection, f"GRANT CONNECT ON DATABASE {database} TO {everyone}")
    _exec(connection, f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    # start from nothing, so a second run (after a schema change) leaves no stale grant
    _exec(connection, f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}")
    _exec(connection, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {everyone}")
    tables = _tables(connection)
    for table in tables:
        name = quote(table)
        if table in OWNER_ONLY:
            _exec(connection, f"GRANT SELECT ON {name} TO {everyone}")
            continue
        if table in ACCOUNT_TABLES:
            _exec(connection, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {admin}")
            _exec(connection, f"GRANT SELECT ON {name} TO {staff}")
            if table == "office_user":
                _exec(
                    connection,
                    f"GRANT UPDATE ({SIGN_IN_COLUMNS}) ON {name} TO {staff}, {manager}, {head}",
                )
        else:
            office = "SELECT, INSERT" if table == AUDIT_TABLE else "SELECT, INSERT, UPDATE, DELETE"
            _exec(connection, f"GRANT {office} ON {name} TO {admin}, {staff}")
        manager_writes = "INSERT" if table == AUDIT_TABLE else MANAGER_WRITES.get(table)
        _exec(
            connection,
            f"GRANT SELECT{', ' + manager_writes if manager_writes else ''} ON {name} TO {manager}",
        )
        if table in HEAD_READS:
            _exec(connection, f"GRANT SELECT ON {name} TO {head}")
            if table in HEAD_COLUMN_UPDATES:
                column = quote(HEAD_COLUMN_UPDATES[table])
                _exec(connection, f"GRANT UPDATE ({column}) ON {name} TO {head}")
        elif table in HEAD_WRITES:
            _exec(connection, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {head}")
        elif table == AUDIT_TABLE:
            _exec(connection, f"GRANT SELECT, INSERT ON {name} TO {head}")
        elif table in HEAD_OWN_ROWS:
            _exec(connection, f"GRANT SELECT ON {name} TO {head}")
        elif table in HEAD_COLUMN_READS:
            columns = ", ".join(quote(column) for column in HEAD_COLUMN_READS[table])
            _exec(connection, f"GRANT SELECT ({columns}) ON {name} TO {head}")
    _exec(
        connection, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {admin}, {staff}"
    )
    for table, grantee in [
        (AUDIT_TABLE, f"{manager}, {head}"),
        *((t, manager) for t in MANAGER_WRITES),
        *((t, head) for t in HEAD_WRITES),
    ]:
        sequence = _sequence(connection, table) if table in tables else None
        if sequence:
            _exec(connection, f"GRANT USAGE ON SEQUENCE {sequence} TO {grantee}")
    for function in EVERYONE_EXECUTES:
        _exec(connection, f"GRANT EXECUTE ON FUNCTION {function} TO {everyone}")
    for function in STAFF_EXECUTES:
        _exec(connection, f"GRANT EXECUTE ON FUNCTION {function} TO {admin}, {staff}")
    report.tables = len(tables)


def _policies(connection: Connection, prefix: str, report: SetupReport) -> None:
    groups = {role: quote(group_role(prefix, role)) for role in Role}
    office = ", ".join(groups[r] for r in (Role.ADMIN, Role.STAFF, Role.MANAGER))
    head = groups[Role.PROCUREMENT_HEAD]
    tables = set(_tables(connection))
    for table, condition in HEAD_OWN_ROWS.items():
        if table not in tables:
            continue
        name = quote(table)
        _exec(connection, f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        for suffix in POLICY_SUFFIXES:
            _exec(connection, f"DROP POLICY IF EXISTS {quote(f'{prefix}_{suffix}')} ON {name}")
        if table in ACCOUNT_TABLES:
            readers = f"{groups[Role.STAFF]}, {groups[Role.MANAGER]}"
            _exec(
                connection,
                f"CREATE POLICY {quote(prefix + '_all')} ON {name} FOR ALL TO {groups[Role.ADMIN]}"
                " USING (true) WITH CHECK (true)",
            )
            _exec(
                connection,
                f"CREATE POLICY {quote(prefix + '_read')} ON {name} FOR SELECT TO {readers}"
                " USING (true)",
            )
            report.policies += 1
            if table == "office_user":
                _exec(
                    connection,
                    f"CREATE POLICY {quote(prefix + '_own_update')} ON {name} FOR UPDATE"
                    f" TO {readers}, {head} USING ({OWN_ACCOUNT}) WITH CHECK ({OWN_ACCOUNT})",
                )
                report.policies += 1
        else:
            _exec(
                connection,
                f"CREATE POLICY {quote(prefix + '_all')} ON {name} FOR ALL TO {office}"
                " USING (true) WITH CHECK (true)",
            )
        if table in HEAD_WRITES:
            own = f"FOR ALL TO {head} USING ({condition}) WITH CHECK ({condition})"
        else:
            own = f"FOR SELECT TO {head} USING ({condition})"
        _exec(connection, f"CREATE POLICY {quote(prefix + '_own')} ON {name} {own}")
        report.policies += 2
        if table == AUDIT_TABLE:  # a head writes entries only in its own name
            _exec(
                connection,
                f"CREATE POLICY {quote(prefix + '_own_insert')} ON {name} FOR INSERT TO {head}"
                f" WITH CHECK ({condition})",
            )
            report.policies += 1


def apply_privileges(
    connection: Connection, prefix: str, report: SetupReport | None = None
) -> SetupReport:
    """Grants and policies of the group roles on every table there is now (idempotent).

    ``schema_migrations.upgrade`` calls it after a migration when the roles are
    set up, so a new table is never left to the owner alone.
    """
    report = report or SetupReport(prefix)
    _grant(connection, prefix, report)
    _policies(connection, prefix, report)
    return report


def _accounts(connection: Connection) -> list[tuple[str, frozenset[Role]]]:
    users = connection.execute(
        select(OfficeUser.id, OfficeUser.login).where(OfficeUser.active.is_(True))
    ).all()
    roles: dict[int, set[Role]] = {}
    for user_id, role in connection.execute(select(OfficeUserRole.user_id, OfficeUserRole.role)):
        roles.setdefault(user_id, set()).add(Role(role))
    return [(login, frozenset(roles[user_id])) for user_id, login in users if user_id in roles]


def setup_roles(engine: Engine, prefix: str = DEFAULT_PREFIX) -> SetupReport:
    """The one-time step of the database owner: group roles, grants, policies, login roles.

    Idempotent (run it again after a schema upgrade to grant on new tables).
    Login roles are made for active accounts with roles, without a password:
    the admin sets passwords through the app.
    """
    check_prefix(prefix)
    report = SetupReport(prefix)
    with engine.begin() as connection:
        _require_postgres(connection)
        stored = role_prefix(connection)
        if stored is not None and stored != prefix:
            raise DatabaseError(OTHER_PREFIX, prefix=stored)
        _ensure_groups(connection, prefix, report)
        apply_privileges(connection, prefix, report)
        for login, roles in _accounts(connection):
            try:
                check_role_name(login)
                if ensure_login_role(connection, prefix, login, roles):
                    report.logins_created.append(login)
                else:
                    report.logins_updated.append(login)
            except (ValidationError, DatabaseError) as error:
                report.logins_skipped.append((login, error))
        if stored is None:
            connection.execute(
                AppSetting.__table__.insert().values(key=PREFIX_SETTING, value=prefix)
            )
    return report


def drop_roles(engine: Engine, prefix: str, logins: Iterable[str] = ()) -> None:
    """Undo ``setup_roles`` in this database and drop the roles (tests; a prefix no longer used).

    The group roles' privileges and policies in other databases must be gone
    first (DROP ROLE refuses otherwise).
    """
    with engine.begin() as connection:
        _require_postgres(connection)
        for login in logins:
            drop_login_role(connection, login)
        for table in HEAD_OWN_ROWS:
            for suffix in POLICY_SUFFIXES:
                if connection.exec_driver_sql(
                    f"SELECT to_regclass({_literal(quote(table))})"
                ).scalar():
                    _exec(
                        connection,
                        f"DROP POLICY IF EXISTS {quote(f'{prefix}_{suffix}')} ON {quote(table)}",
                    )
        for role in Role:
            name = group_role(prefix, role)
            exists, comment = _existing_role(connection, name)
            if exists and comment == _group_marker(prefix):
                _exec(connection, f"DROP OWNED BY {quote(name)}")
                _exec(connection, f"DROP ROLE {quote(name)}")
        connection.execute(
            AppSetting.__table__.delete().where(
                AppSetting.key == PREFIX_SETTING, AppSetting.value == prefix
            )
        )
