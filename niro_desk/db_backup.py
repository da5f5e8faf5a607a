"""Backup and restore: a NIRO Desk backup is always one SQLite file.

A SQLite database is copied online with the sqlite3 backup API. A PostgreSQL
database is copied table by table inside one REPEATABLE READ transaction (a
consistent snapshot) into a fresh SQLite file with the same schema, so one
backup format serves both engines and a backup can be opened anywhere.
Restore verifies the file first (integrity, known schema version, the tables
it should have) and replaces the data in one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from niro_desk import schema_migrations
from niro_desk.config import sqlite_url
from niro_desk.database import (
    BUSY_TIMEOUT_MS,
    Database,
    display_url,
    open_database,
    sqlite_path,
)
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError
from niro_desk.models.base import Base
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


def backup(db: Database, target: Path) -> dict[str, int] | None:
    """Write a consistent copy of ``db`` to the SQLite file ``target``."""
    if target.exists():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} exists already: choose a new file name."),
            path=str(target),
        )
    if db.is_sqlite:
        copy_sqlite_file(db.engine, target)
        log.info("backup of %s written to %s", display_url(db.url), target)
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
            counts = _copy_rows(source, sink)
    except BaseException:
        backup_db.dispose()
        target.unlink(missing_ok=True)
        raise
    backup_db.dispose()
    log.info("backup of %s written to %s", display_url(db.url), target)
    return counts


def verify_backup(path: Path) -> str:
    """Check a backup file before it replaces anything; returns its schema version."""
    if not path.is_file():
        raise DatabaseError(QT_TRANSLATE_NOOP("Messages", "{path} does not exist."), path=str(path))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision_row = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is not a NIRO Desk backup: {error}"),
            path=str(path),
            error=str(error),
        ) from error
    if result is None or result[0] != "ok":
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is damaged (integrity check failed)."),
            path=str(path),
        )
    if revision_row is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is not a NIRO Desk backup (no schema version)."),
            path=str(path),
        )
    revision = str(revision_row[0])
    if revision not in schema_migrations.known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} has schema version {revision}, unknown to this NIRO Desk"
                " (written by a newer version?).",
            ),
            path=str(path),
            revision=revision,
        )
    return revision


def restore(db: Database, source_path: Path) -> None:
    """Replace the data of ``db`` with the verified backup at ``source_path``."""
    verify_backup(source_path)
    source_db = open_database(sqlite_url(source_path), check_share=False)
    try:
        # Bring an older backup's schema to head on a scratch copy, never on the file itself.
        scratch = source_path.with_name(source_path.name + ".restoring")
        scratch.unlink(missing_ok=True)
        copy_sqlite_file(source_db.engine, scratch)
    finally:
        source_db.dispose()
    scratch_db = open_database(sqlite_url(scratch), check_share=False)
    try:
        schema_migrations.upgrade(scratch_db)
        for leftover in scratch.parent.glob(scratch.stem + ".before-upgrade-*"):
            leftover.unlink()  # the upgrade's own safety copy of the scratch file
        if db.is_sqlite:
            target = sqlite_path(db.url)
            assert target is not None
            db.dispose()
            # closing(): sqlite3's own context manager commits but keeps the file open,
            # and Windows cannot delete the scratch file below while it is.
            with (
                closing(sqlite3.connect(scratch)) as src,
                closing(sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)) as dst,
            ):
                src.backup(dst)  # page by page, in one step: the target is replaced whole
            return
        schema_migrations.upgrade(db)
        with scratch_db.engine.connect() as source, db.engine.begin() as sink:
            for table in reversed(Base.metadata.sorted_tables):
                sink.execute(delete(table))
            _copy_rows(source, sink)
            _reset_postgres_sequences(sink)
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Restore failed, nothing was changed: {error}"),
            error=str(getattr(error, "orig", None) or error),
        ) from error
    finally:
        scratch_db.dispose()
        scratch.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(str(scratch) + extra).unlink(missing_ok=True)


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table, for reports after backup and restore."""
    with db.engine.connect() as connection:
        return {
            table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
