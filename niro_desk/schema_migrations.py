"""Applies the Alembic migrations shipped in the package, and checks the schema.

On SQLite, foreign keys are switched off for the migration (table copies in
batch mode would otherwise cascade) and checked afterwards; an existing file
is copied next to itself before it is upgraded.

Alembic (with Mako) costs a third of a second to import, so a start on a
database that is already at ``SCHEMA_HEAD`` reads the version table directly
and never imports it; tests/test_migrations.py keeps ``SCHEMA_HEAD`` equal to
Alembic's head.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

import niro_desk.models  # noqa: F401 - registers every model on the metadata
from niro_desk import __version__
from niro_desk.backup_seal import SEAL_TABLE, seal
from niro_desk.database import READ_ONLY_OPTION, Database, sqlite_path
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError
from niro_desk.messages import translate_message
from niro_desk.models.base import Base
from niro_desk.sqlite_backup import copy_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
SCHEMA_HEAD = "0012"  # the newest migration in niro_desk/migrations/versions


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "niro_desk:migrations")
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The schema version stored in the database (None for an empty database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def safety_copy_path(path: Path, label: str) -> Path:
    """A new file next to ``path`` for a copy of it: ``niro_desk.<label>-<time>.sqlite3``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{number}{path.suffix}")
        number += 1
    return target


def write_sqlite_safety_copy(db: Database, label: str) -> Path | None:
    """Copy an existing SQLite database next to itself, sealed so that it can be restored."""
    path = sqlite_path(db.url)
    if path is None or not path.exists():
        return None
    target = safety_copy_path(path, label)
    copy_sqlite_file(db.engine, target)
    seal(target, __version__, str(path))
    log.info("safety copy (%s) written to %s", label, target)
    return target


def upgrade(db: Database, *, safety_copy: bool = True) -> Path | None:
    """Bring the schema to head. Returns the safety copy written first, if any."""
    with db.engine.connect() as connection:
        revision = current_revision(connection)
    if revision == SCHEMA_HEAD:
        return None  # the everyday start: no Alembic import at all
    from alembic import command

    head = head_revision()
    if revision == head:
        return None
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database has schema version {revision}, which this NIRO Desk does not"
                " know. It was probably written by a newer version: update NIRO Desk.",
            ),
            revision=revision,
        )
    backup = (
        write_sqlite_safety_copy(db, f"before-upgrade-{revision}")
        if revision is not None and safety_copy
        else None
    )
    log.info("upgrading schema from %s to %s", revision, head)
    config = alembic_config()
    with db.engine.connect() as connection:
        # SQLite ignores this pragma inside a transaction, so it goes to the driver
        # connection before SQLAlchemy's BEGIN IMMEDIATE.
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            # One transaction for all migrations: Alembic joins it, and the check
            # below can still roll everything back.
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if raw is None:
                    _grant_on_new_tables(connection)
                if raw is not None:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise DatabaseError(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "The upgrade left {count} broken references in the database.",
                            ),
                            count=len(problems),
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return backup


def _grant_on_new_tables(connection: Connection) -> None:
    """PostgreSQL with database roles set up: grants and policies on the upgraded schema."""
    from niro_desk import db_roles

    prefix = db_roles.role_prefix(connection)
    if prefix is not None:
        log.info("granting the database roles %s_* on the upgraded schema", prefix)
        db_roles.apply_privileges(connection, prefix)


@dataclass(frozen=True)
class Finding:
    """One problem ``db check`` (or the check of a backup) found, in words.

    ``template`` is an English sentence marked for translation; ``str()`` gives
    the English text, ``text()`` the user's language.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return translate_message(self.template, **self.params)

    def __str__(self) -> str:
        return self.template.format(**self.params)


EMPTY_DATABASE = QT_TRANSLATE_NOOP("Messages", "The database is empty: run `niro-desk db upgrade`.")
OLDER_VERSION = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is at an older version ({revision}, newest {head}): run `niro-desk db upgrade`.",
)
UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "Messages",
    "The database has schema version {revision}, which this NIRO Desk does not know"
    " (written by a newer version?).",
)
NO_VERSION = QT_TRANSLATE_NOOP(
    "Messages",
    "The database has tables but no NIRO Desk schema version: it is not a NIRO Desk database.",
)
NO_TABLES = QT_TRANSLATE_NOOP(
    "Messages", "None of NIRO Desk's tables are there (only the schema version)."
)
MISSING_TABLE = QT_TRANSLATE_NOOP("Messages", "Table {table} is missing.")
EXTRA_TABLE = QT_TRANSLATE_NOOP("Messages", "Table {table} does not belong to NIRO Desk.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Messages", "Table {table} lacks column {column}.")
EXTRA_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "Table {table} has a column {column} that NIRO Desk does not know."
)
COLUMN_TYPE = QT_TRANSLATE_NOOP(
    "Messages", "Column {table}.{column} has type {found}; NIRO Desk expects {expected}."
)
COLUMN_REQUIRED = QT_TRANSLATE_NOOP(
    "Messages", "Column {table}.{column} accepts empty values; NIRO Desk requires a value."
)
COLUMN_OPTIONAL = QT_TRANSLATE_NOOP(
    "Messages", "Column {table}.{column} requires a value; NIRO Desk allows it to be empty."
)
MISSING_INDEX = QT_TRANSLATE_NOOP("Messages", "Table {table} lacks the index {name}.")
EXTRA_INDEX = QT_TRANSLATE_NOOP("Messages", "Table {table} has an extra index {name}.")
MISSING_CONSTRAINT = QT_TRANSLATE_NOOP("Messages", "Table {table} lacks the rule {name}.")
EXTRA_CONSTRAINT = QT_TRANSLATE_NOOP("Messages", "Table {table} has an extra rule {name}.")
OTHER_DIFFERENCE = QT_TRANSLATE_NOOP(
    "Messages", "Table {table} differs from NIRO Desk's models ({kind})."
)
INTEGRITY = QT_TRANSLATE_NOOP("Messages", "SQLite's integrity check reports: {detail}")
BROKEN_REFERENCE = QT_TRANSLATE_NOOP(
    "Messages", "Row {row} of table {table} refers to a missing row of table {parent}."
)
RULE_BROKEN = QT_TRANSLATE_NOOP(
    "Messages", "{count} rows of table {table} break the rule {rule} (first: row {row})."
)
VALUE_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "{count} rows of table {table} have no value in column {column} (first: row {row})."
)
CONSTRAINT_NOT_VALID = QT_TRANSLATE_NOOP(
    "Messages", "Rule {name} of table {table} is not validated for the existing rows."
)


def _name(item: Any) -> str:
    return str(getattr(item, "name", None) or item)


def _table_of(item: Any) -> str:
    table = getattr(item, "table", None)
    return _name(table) if table is not None else "?"


def _words_for(diff: Any) -> Finding:
    """One Alembic comparison entry in words."""
    kind = diff[0]
    if kind == "add_table":
        return Finding(MISSING_TABLE, {"table": diff[1].name})
    if kind == "remove_table":
        return Finding(EXTRA_TABLE, {"table": diff[1].name})
    if kind == "add_column":
        return Finding(MISSING_COLUMN, {"table": diff[2], "column": diff[3].name})
    if kind == "remove_column":
        return Finding(EXTRA_COLUMN, {"table": diff[2], "column": diff[3].name})
    if kind == "modify_type":
        return Finding(
            COLUMN_TYPE,
            {"table": diff[2], "column": diff[3], "found": str(diff[5]), "expected": str(diff[6])},
        )
    if kind == "modify_nullable":
        template = COLUMN_REQUIRED if diff[6] is False else COLUMN_OPTIONAL
        return Finding(template, {"table": diff[2], "column": diff[3]})
    if kind in ("add_index", "remove_index"):
        template = MISSING_INDEX if kind == "add_index" else EXTRA_INDEX
        return Finding(template, {"table": _table_of(diff[1]), "name": _name(diff[1])})
    if kind in ("add_constraint", "add_fk", "remove_constraint", "remove_fk"):
        template = MISSING_CONSTRAINT if kind.startswith("add") else EXTRA_CONSTRAINT
        return Finding(template, {"table": _table_of(diff[1]), "name": _name(diff[1])})
    table = diff[2] if len(diff) > 2 and isinstance(diff[2], str) else _table_of(diff[1])
    return Finding(OTHER_DIFFERENCE, {"table": table, "kind": kind.replace("_", " ")})


def schema_differences(connection: Connection) -> list[Finding]:
    """How the tables differ from the models, in words: empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "target_metadata": Base.metadata,
            # A sealed backup renamed into place keeps its seal: not a foreign table.
            "include_name": lambda name, kind, _parent: (
                not (kind == "table" and name == SEAL_TABLE)
            ),
        },
    )
    diffs = compare_metadata(context, Base.metadata)
    flat = [item for diff in diffs for item in (diff if isinstance(diff, list) else [diff])]
    model_tables = set(Base.metadata.tables)
    missing = {diff[1].name for diff in flat if diff[0] == "add_table"}
    if model_tables and missing == model_tables:
        # Only the version table is left: one sentence, not one per table and index.
        return [Finding(NO_TABLES)]
    findings: list[Finding] = []
    for diff in flat:
        if diff[0] in ("add_index", "add_constraint", "add_fk") and _table_of(diff[1]) in missing:
            continue  # said by "table x is missing"
        findings.append(_words_for(diff))
    return findings


_RULE_LINE = re.compile(r"^(?:CHECK constraint failed in |NULL value in )(\w+)")


def rule_table(integrity_line: str) -> str | None:
    """The table of an integrity-check line about a broken rule (CHECK, NOT NULL), else None.

    Such lines are not damage to the file: ``data_problems`` says which rule and row.
    """
    match = _RULE_LINE.match(integrity_line)
    return match.group(1) if match else None


def data_problems(connection: Connection) -> list[Finding]:
    """Rows that break the models' rules: CHECK constraints, required values, references."""
    findings: list[Finding] = []
    present = set(inspect(connection).get_table_names())
    sqlite = connection.dialect.name == "sqlite"
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        key = "rowid" if sqlite else _first_key(table)
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            condition = str(
                constraint.sqltext.compile(
                    dialect=connection.dialect, compile_kwargs={"literal_binds": True}
                )
            )
            findings += _violations(
                connection,
                f"SELECT {key} FROM {table.name} WHERE NOT ({condition})",
                RULE_BROKEN,
                table=table.name,
                rule=_name(constraint),
            )
        for column in table.columns:
            if column.nullable or column.primary_key:
                continue
            findings += _violations(
                connection,
                f"SELECT {key} FROM {table.name} WHERE {column.name} IS NULL",
                VALUE_MISSING,
                table=table.name,
                column=column.name,
            )
    if sqlite:
        for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            findings.append(
                Finding(BROKEN_REFERENCE, {"table": row[0], "row": row[1], "parent": row[2]})
            )
    return findings


def _first_key(table: Any) -> str:
    columns = list(table.primary_key.columns)
    return columns[0].name if columns else "1"


def _violations(connection: Connection, sql: str, template: str, **params: Any) -> list[Finding]:
    try:
        with connection.begin_nested():  # PostgreSQL: a failed query must not end the check
            rows = connection.exec_driver_sql(sql + " LIMIT 1000").fetchall()
    except SQLAlchemyError:
        return []  # a column the rule needs is missing: the schema comparison says so
    if not rows:
        return []
    return [Finding(template, {**params, "count": len(rows), "row": rows[0][0]})]


@dataclass
class SchemaReport:
    """What ``db check`` found."""

    revision: str | None
    head: str
    version_problem: Finding | None = None
    differences: list[Finding] = field(default_factory=list)
    integrity_problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.revision == self.head
            and self.version_problem is None
            and not self.differences
            and not self.integrity_problems
        )

    @property
    def findings(self) -> list[Finding]:
        """Everything found, the version first."""
        first = [self.version_problem] if self.version_problem else []
        return first + self.differences + self.integrity_problems


def _version_problem(connection: Connection, revision: str | None, head: str) -> Finding | None:
    if revision == head:
        return None
    if revision is None:
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
        return Finding(NO_VERSION) if tables else Finding(EMPTY_DATABASE)
    if revision not in known_revisions():
        return Finding(UNKNOWN_VERSION, {"revision": revision})
    return Finding(OLDER_VERSION, {"revision": revision, "head": head})


def check(db: Database) -> SchemaReport:
    """Schema at head, models and tables agree, rows keep the rules, integrity checks pass."""
    with db.engine.connect() as connection:
        # Reading only: on SQLite no write lock (BEGIN, not BEGIN IMMEDIATE).
        return check_connection(connection.execution_options(**{READ_ONLY_OPTION: True}))


def check_connection(connection: Connection) -> SchemaReport:
    """``check`` on an open connection (also used on a backup's scratch copy)."""
    revision = current_revision(connection)
    head = head_revision()
    report = SchemaReport(revision, head, _version_problem(connection, revision, head))
    if revision != head:
        # An empty, older or unknown schema: comparing tables would only list what an
        # upgrade does (or cannot do); the version line says what to do.
        return report
    report.differences = schema_differences(connection)
    rule_problems = data_problems(connection)
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
        said = {finding.params.get("table") for finding in rule_problems}
        report.integrity_problems += [
            Finding(INTEGRITY, {"detail": row[0]})
            for row in rows
            if row[0] != "ok" and rule_table(row[0]) not in said
        ]
    report.integrity_problems += rule_problems
    if connection.dialect.name != "sqlite":
        invalid = connection.execute(
            text(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            )
        ).fetchall()
        report.integrity_problems += [
            Finding(CONSTRAINT_NOT_VALID, {"table": table, "name": name}) for table, name in invalid
        ]
    return report
