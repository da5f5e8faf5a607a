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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

import niro_desk.models  # noqa: F401 - registers every model on the metadata
from niro_desk.database import Database, sqlite_path
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError
from niro_desk.models.base import Base
from niro_desk.sqlite_backup import copy_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
SCHEMA_HEAD = "0009"  # the newest migration in niro_desk/migrations/versions


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


def _backup_before_upgrade(db: Database, revision: str) -> Path | None:
    path = sqlite_path(db.url)
    if path is None or not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    copy_sqlite_file(db.engine, target)
    log.info("backup before upgrade written to %s", target)
    return target


def upgrade(db: Database) -> Path | None:
    """Bring the schema to head. Returns the backup written first, if any."""
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
    backup = _backup_before_upgrade(db, revision) if revision is not None else None
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


@dataclass
class SchemaReport:
    """What ``db check`` found."""

    revision: str | None
    head: str
    differences: list[str] = field(default_factory=list)
    integrity_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.revision == self.head and not self.differences and not self.integrity_problems


def schema_differences(connection: Connection) -> list[str]:
    """What autogenerate would change: empty when models and database agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "target_metadata": Base.metadata},
    )
    return [repr(diff) for diff in compare_metadata(context, Base.metadata)]


def check(db: Database) -> SchemaReport:
    """Schema at head, models and tables agree, and the engine's integrity checks pass."""
    with db.engine.connect() as connection:
        report = SchemaReport(current_revision(connection), head_revision())
        report.differences = schema_differences(connection)
        if db.is_sqlite:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            report.integrity_problems += [row[0] for row in rows if row[0] != "ok"]
            fk_rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.integrity_problems += [
                f"broken reference in {row[0]} row {row[1]} to {row[2]}" for row in fk_rows
            ]
        else:
            invalid = connection.execute(
                text(
                    "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                    " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
                )
            ).fetchall()
            report.integrity_problems += [
                f"constraint {name} on {table} not valid" for table, name in invalid
            ]
    return report
