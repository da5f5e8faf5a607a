"""Backup and restore: a NIRO Desk backup is always one sealed SQLite file.

A SQLite database is copied online with the sqlite3 backup API. A PostgreSQL
database is copied table by table inside one REPEATABLE READ transaction (a
consistent snapshot) into a fresh SQLite file with the same schema, so one
backup format serves both engines and a backup can be opened anywhere. Every
backup carries a checksum of its content (``backup_seal``).

Restore never trusts the file: it copies it to a scratch folder and checks
the copy with everything ``db check`` knows (integrity, a known schema
version, the checksum, tables and columns equal to the models, references,
CHECK rules, required values) before anything is replaced; an older backup
is upgraded on that copy. Each kind of damage is refused with its own reason.
Before the data is replaced, a sealed safety copy of it is written (as before
a schema upgrade), and the replacement is one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from niro_desk import __version__, backup_seal, config, schema_migrations
from niro_desk.config import sqlite_url
from niro_desk.database import (
    BUSY_TIMEOUT_MS,
    Database,
    display_url,
    open_database,
    sqlite_path,
)
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, NiroDeskError
from niro_desk.formatting import format_date, format_number
from niro_desk.messages import render_error, translate_message
from niro_desk.models import AppSetting, MembershipStatus, Organisation
from niro_desk.models.base import Base
from niro_desk.permissions import Permission, require_viewer
from niro_desk.sqlite_backup import copy_sqlite_file

log = logging.getLogger(__name__)
BATCH = 1000


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a table that references itself (industry codes) in an order its keys accept."""
    links = [
        (fk.parent.name, fk.column.name) for fk in table.foreign_keys if fk.column.table is table
    ]
    if not links:
        return rows
    placed: dict[str, set[Any]] = {target: set() for _, target in links}
    ordered: list[dict[str, Any]] = []
    pending = rows
    while pending:
        ready = [
            row
            for row in pending
            if all(row[source] is None or row[source] in placed[target] for source, target in links)
        ]
        if not ready:  # a cycle or a dangling reference: the database will name it
            return ordered + pending
        for row in ready:
            for _, target in links:
                placed[target].add(row[target])
        ordered += ready
        done = {id(row) for row in ready}
        pending = [row for row in pending if id(row) not in done]
    return ordered


def _copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        rows = _parents_first(table, [dict(row._mapping) for row in source.execute(select(table))])
        for start in range(0, len(rows), BATCH):
            target.execute(insert(table), rows[start : start + BATCH])
        counts[table.name] = len(rows)
    return counts


def _reset_postgres_sequences(connection: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto"
                and column.type.python_type is int
                and len(table.primary_key.columns) == 1
            ):
                connection.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:table, :column),"
                        f" COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                    ),
                    {"table": table.name, "column": column.name},
                )


# -- why a backup is refused: one reason per kind of damage -----------------------------------
MISSING = QT_TRANSLATE_NOOP("Messages", "{path} does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("Messages", "{path} cannot be read: {error}")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Messages", "{path} is not a NIRO Desk backup: it is not a SQLite database file."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "{path} is damaged: SQLite's integrity check fails ({detail})."
)
NO_VERSION = QT_TRANSLATE_NOOP(
    "Messages", "{path} is not a NIRO Desk backup: it has no schema version."
)
UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} has schema version {revision}, unknown to this NIRO Desk"
    " (written by a newer version?).",
)
NO_CHECKSUM = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} carries no checksum: it was not written by NIRO Desk's backup, or was changed.",
)
ALTERED = QT_TRANSLATE_NOOP(
    "Messages",
    "{path} was changed after the backup was written: its checksum does not match its content.",
)
NOT_UPGRADABLE = QT_TRANSLATE_NOOP(
    "Messages", "{path} cannot be brought to the current schema version: {error}"
)
DOES_NOT_MATCH = QT_TRANSLATE_NOOP("Messages", "{path} cannot be restored: {problems}")
CHANGED_SINCE_CHECK = QT_TRANSLATE_NOOP(
    "Messages", "{path} changed after it was checked: nothing was restored. Try again."
)
NO_SAFETY_COPY = QT_TRANSLATE_NOOP(
    "Messages",
    "No safety copy of the current data could be written ({error}); nothing was changed.",
)
RESTORE_FAILED = QT_TRANSLATE_NOOP("Messages", "Restore failed, nothing was changed: {error}")
OWNER_RESTORES = QT_TRANSLATE_NOOP(
    "Messages",
    "A restore replaces the audit log too, which on this PostgreSQL database only its owner"
    " may do. Connect with the owner's address (niro-desk --database URL db restore FILE);"
    " nothing was changed.",
)
# ... and why a backup cannot be written.
TARGET_EXISTS = QT_TRANSLATE_NOOP("Messages", "{path} exists already: choose a new file name.")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "Messages", "Cannot write the backup: the folder {folder} does not exist."
)
NOT_WRITABLE = QT_TRANSLATE_NOOP("Messages", "Cannot write the backup to {path}: {error}")
SHOWN_PROBLEMS = 5

# What the restore confirmation compares, in this order.
COUNT_LABELS: dict[str, str] = {
    "organisations": QT_TRANSLATE_NOOP("Messages", "Organisations"),
    "members": QT_TRANSLATE_NOOP("Messages", "of which members"),
    "contacts": QT_TRANSLATE_NOOP("Messages", "Contacts"),
    "board_decisions": QT_TRANSLATE_NOOP("Messages", "Board decisions"),
    "audit_entries": QT_TRANSLATE_NOOP("Messages", "Audit log entries"),
    "other": QT_TRANSLATE_NOOP("Messages", "Other records"),
}
_COUNTED_TABLES = {
    "organisations": "organisation",
    "contacts": "contact",
    "board_decisions": "board_decision",
    "audit_entries": "audit_entry",
}
REFERENCE_TABLES = {"industry_code", "app_setting"}  # shipped with NIRO Desk, not office data


@dataclass(frozen=True)
class BackupSummary:
    """A verified backup: when it was written, from where, and what it holds."""

    path: Path
    revision: str
    written_at: dt.datetime
    app_version: str
    source: str
    digest: str
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup it restored and where the replaced data went."""

    backup: BackupSummary
    safety_copy: Path


def content_counts(connection: Connection) -> dict[str, int]:
    """The numbers the restore confirmation shows (see ``COUNT_LABELS``)."""
    totals = {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }
    counts = {key: totals[table] for key, table in _COUNTED_TABLES.items()}
    counts["members"] = int(
        connection.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.membership_status == MembershipStatus.MEMBER)
        )
        or 0
    )
    skipped = REFERENCE_TABLES | set(_COUNTED_TABLES.values())
    counts["other"] = sum(count for name, count in totals.items() if name not in skipped)
    return {key: counts[key] for key in COUNT_LABELS}


def current_counts(db: Database) -> dict[str, int] | None:
    """``content_counts`` of the live database; None when it cannot be read (empty, damaged)."""
    try:
        with db.engine.connect() as connection:
            return content_counts(connection)
    except SQLAlchemyError:
        log.info("current database cannot be counted", exc_info=True)
        return None


WRITTEN = QT_TRANSLATE_NOOP(
    "Messages",
    "Backup of {source}, written {when} by NIRO Desk {version} (schema version {revision}).",
)


def describe_backup(summary: BackupSummary, language: str) -> str:
    """One sentence about a verified backup: where from, when (local time), which version."""
    local = summary.written_at.astimezone()
    when = f"{format_date(local.date(), language)} {local:%H:%M}"
    return translate_message(
        WRITTEN,
        source=summary.source,
        when=when,
        version=summary.app_version,
        revision=summary.revision,
    )


def comparison_rows(
    current: dict[str, int] | None, summary: BackupSummary, language: str
) -> list[tuple[str, str, str]]:
    """(what, now in the database, in the backup) for the restore confirmation."""
    return [
        (
            translate_message(label),
            "–" if current is None else format_number(current[key], language),
            format_number(summary.counts[key], language),
        )
        for key, label in COUNT_LABELS.items()
    ]


# -- backup -----------------------------------------------------------------------------------
def _claim(target: Path) -> None:
    """Create ``target`` empty, or say in one line why it cannot be written."""
    if target.exists():
        raise DatabaseError(TARGET_EXISTS, path=str(target))
    if not target.parent.is_dir():
        raise DatabaseError(NO_FOLDER, folder=str(target.parent))
    try:
        with target.open("xb"):
            pass
    except FileExistsError as error:
        raise DatabaseError(TARGET_EXISTS, path=str(target)) from error
    except OSError as error:
        raise DatabaseError(
            NOT_WRITABLE, path=str(target), error=error.strerror or str(error)
        ) from error


def require_acting(db: Database, permission: Permission) -> None:
    """Refuse unless the login ``db`` acts for holds ``permission``.

    As ``permissions.require``: always allowed while accounts are off, and so in
    a database without tables yet (a restore onto a new, empty database).
    """
    with db.engine.connect() as connection:
        if not inspect(connection).has_table(AppSetting.__tablename__):
            return
    with db.reading() as session:
        require_viewer(session, permission)


def backup(db: Database, target: Path) -> dict[str, int] | None:
    """Write a consistent, sealed copy of ``db`` to the new SQLite file ``target``.

    The backup holds everything: only for those who read all (``READ_ALL``).
    """
    require_acting(db, Permission.READ_ALL)
    _claim(target)
    try:
        counts = _write_backup(db, target)
        backup_seal.seal(target, __version__, display_url(db.url))
    except BaseException as error:
        target.unlink(missing_ok=True)
        for extra in ("-wal", "-shm", "-journal"):
            Path(str(target) + extra).unlink(missing_ok=True)
        if isinstance(error, NiroDeskError):
            raise
        if isinstance(error, (OSError, sqlite3.Error, SQLAlchemyError)):
            raise DatabaseError(NOT_WRITABLE, path=str(target), error=_reason(error)) from error
        raise
    log.info("backup of %s written to %s", display_url(db.url), target)
    return counts


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError) and original.strerror:
        return original.strerror
    return str(original).splitlines()[0] if str(original) else type(original).__name__


def _write_backup(db: Database, target: Path) -> dict[str, int] | None:
    if db.is_sqlite:
        copy_sqlite_file(db.engine, target)
        return None
    backup_db = open_database(sqlite_url(target), check_share=False)
    try:
        schema_migrations.upgrade(backup_db)
        snapshot = db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as source, source.begin(), backup_db.engine.begin() as sink:
            revision = schema_migrations.current_revision(source)
            if revision != schema_migrations.head_revision():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Upgrade the database before a backup (niro-desk db upgrade)."
                    )
                )
            # The migrations seed reference data (NACE codes, settings): the source's wins.
            for table in reversed(Base.metadata.sorted_tables):
                sink.execute(delete(table))
            return _copy_rows(source, sink)
    finally:
        backup_db.dispose()


def write_safety_copy(db: Database, label: str = "before-restore") -> Path:
    """A sealed backup of the current data, as the schema upgrade writes one.

    SQLite: next to the database file. PostgreSQL: in the data folder, named
    after the database.
    """
    path = sqlite_path(db.url)
    if path is None:
        name = make_url(db.url).database or "postgresql"
        path = config.data_dir() / f"{name}.sqlite3"
    target = schema_migrations.safety_copy_path(path, label)
    target.parent.mkdir(parents=True, exist_ok=True)
    backup(db, target)
    log.info("safety copy (%s) written to %s", label, target)
    return target


# -- verify -----------------------------------------------------------------------------------
def _refuse(template: str, path: Path, **params: Any) -> DatabaseError:
    return DatabaseError(template, path=str(path), **params)


def _check_file(path: Path, scratch: Path) -> tuple[str, backup_seal.Seal]:
    """Checks on the untouched copy: a SQLite file, intact, a known version, the checksum."""
    with scratch.open("rb") as file:
        if file.read(16) != b"SQLite format 3\x00":
            raise _refuse(NOT_SQLITE, path)
    try:
        with closing(sqlite3.connect(scratch)) as connection:
            problems = [
                str(row[0])
                for row in connection.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok" and schema_migrations.rule_table(str(row[0])) is None
            ]
            if problems:
                raise _refuse(DAMAGED, path, detail=problems[0])
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            rows = (
                connection.execute("SELECT version_num FROM alembic_version").fetchall()
                if has_version
                else []
            )
            if len(rows) != 1 or not rows[0][0]:
                raise _refuse(NO_VERSION, path)
            revision = str(rows[0][0])
            if revision not in schema_migrations.known_revisions():
                raise _refuse(UNKNOWN_VERSION, path, revision=revision)
            sealed = backup_seal.read_seal(connection)
            if sealed is None:
                raise _refuse(NO_CHECKSUM, path)
            stored, actual = sealed
            if stored.digest != actual:
                raise _refuse(ALTERED, path)
            # The seal has done its work; the tables must now equal the models exactly.
            with connection:
                connection.execute(f"DROP TABLE {backup_seal.SEAL_TABLE}")
    except sqlite3.DatabaseError as error:
        raise _refuse(DAMAGED, path, detail=str(error)) from error
    return revision, stored


def _check_schema(path: Path, scratch: Path, revision: str) -> dict[str, int]:
    """Upgrade the scratch copy when it is older, then check it as ``db check`` would."""
    scratch_db = open_database(sqlite_url(scratch), check_share=False)
    try:
        if revision != schema_migrations.head_revision():
            try:
                schema_migrations.upgrade(scratch_db, safety_copy=False)
            except (SQLAlchemyError, DatabaseError) as error:
                detail = render_reason(error)
                raise _refuse(NOT_UPGRADABLE, path, error=detail) from error
        with scratch_db.engine.connect() as connection:
            report = schema_migrations.check_connection(connection)
            if not report.ok:
                findings = report.findings
                shown = " ".join(finding.text() for finding in findings[:SHOWN_PROBLEMS])
                if len(findings) > SHOWN_PROBLEMS:
                    shown += f" (+{len(findings) - SHOWN_PROBLEMS})"
                raise _refuse(DOES_NOT_MATCH, path, problems=shown)
            return content_counts(connection)
    finally:
        scratch_db.dispose()


def render_reason(error: BaseException) -> str:
    if isinstance(error, NiroDeskError):
        return render_error(error)
    return _reason(error)


@contextmanager
def _verified_copy(path: Path) -> Iterator[tuple[BackupSummary, Path]]:
    """A checked scratch copy of the backup at head, with its summary; removed afterwards."""
    if not path.is_file():
        raise _refuse(MISSING, path)
    folder = Path(tempfile.mkdtemp(prefix="niro-desk-restore-"))
    try:
        scratch = folder / "restoring.sqlite3"
        try:
            shutil.copyfile(path, scratch)
        except OSError as error:
            raise _refuse(UNREADABLE, path, error=error.strerror or str(error)) from error
        revision, stored = _check_file(path, scratch)
        counts = _check_schema(path, scratch, revision)
        yield (
            BackupSummary(
                path=path,
                revision=revision,
                written_at=stored.written_at,
                app_version=stored.app_version,
                source=stored.source,
                digest=stored.digest,
                counts=counts,
            ),
            scratch,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def verify_backup(path: Path) -> BackupSummary:
    """Check a backup file with everything ``db check`` knows; nothing is changed."""
    with _verified_copy(path) as (summary, _scratch):
        return summary


# -- restore ----------------------------------------------------------------------------------
def restore(
    db: Database, source_path: Path, *, expected_digest: str | None = None
) -> RestoreResult:
    """Replace the data of ``db`` with the backup at ``source_path``, checked again first.

    ``expected_digest`` is the checksum of the backup the user confirmed: a file
    replaced in between is refused. Needs ``MANAGE_SETTINGS`` (once accounts are on).
    """
    require_acting(db, Permission.MANAGE_SETTINGS)
    _require_owner(db)
    with _verified_copy(source_path) as (summary, scratch):
        if expected_digest is not None and summary.digest != expected_digest:
            raise _refuse(CHANGED_SINCE_CHECK, source_path)
        try:
            if not db.is_sqlite:
                schema_migrations.upgrade(db)  # the safety copy is written at head
            safety = write_safety_copy(db)
        except (NiroDeskError, SQLAlchemyError, OSError, sqlite3.Error) as error:
            raise DatabaseError(NO_SAFETY_COPY, error=render_reason(error)) from error
        try:
            _replace(db, scratch)
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise DatabaseError(RESTORE_FAILED, error=_reason(error)) from error
    log.info("restored %s from %s; safety copy %s", display_url(db.url), source_path, safety)
    return RestoreResult(summary, safety)


def _require_owner(db: Database) -> None:
    """On PostgreSQL, refuse before anything is checked or copied unless the connection may
    replace the audit log: its owner (or a member of the owner role, or a superuser). An
    account's own login role on a shared database may not (migration 0012's trigger)."""
    if db.is_sqlite:
        return
    with db.engine.connect() as connection:
        owner = connection.execute(
            text(
                "SELECT pg_has_role(current_user, t.tableowner, 'MEMBER')"
                " FROM pg_tables t WHERE t.schemaname = current_schema()"
                " AND t.tablename = 'audit_entry'"
            )
        ).scalar()
    if owner is False:
        raise DatabaseError(OWNER_RESTORES)


def _replace(db: Database, scratch: Path) -> None:
    if db.is_sqlite:
        target = sqlite_path(db.url)
        assert target is not None
        db.dispose()
        # closing(): sqlite3's own context manager commits but keeps the file open,
        # and Windows cannot delete the scratch file while it is.
        with (
            closing(sqlite3.connect(scratch)) as src,
            closing(sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)) as dst,
        ):
            src.backup(dst)  # page by page, in one step: the target is replaced whole
        return
    scratch_db = open_database(sqlite_url(scratch), check_share=False)
    try:
        with scratch_db.engine.connect() as source, db.engine.begin() as sink:
            for table in reversed(Base.metadata.sorted_tables):
                sink.execute(delete(table))
            _copy_rows(source, sink)
            _reset_postgres_sequences(sink)
    finally:
        scratch_db.dispose()


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table, for reports after backup and restore."""
    with db.engine.connect() as connection:
        return {
            table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
