"""The checksum a backup carries inside itself, so a file altered afterwards is noticed.

A sealed backup holds one extra table, ``niro_backup_seal``, with a SHA-256
over a canonical dump of everything else in the file: the schema entries of
``sqlite_master`` and every row of every table, rows in a fixed order (by all
columns, so neither ``VACUUM`` nor copying changes it), together with the time
the backup was written. The seal lives in the file, so it survives copying the
one file anywhere. It guards against accidents (an edit with a database tool, a
truncated copy, bit rot), not against someone who recomputes it on purpose.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SEAL_TABLE = "niro_backup_seal"
ALGORITHM = "sha256-rows-v1"


@dataclass(frozen=True)
class Seal:
    """What a backup says about itself."""

    algorithm: str
    digest: str
    written_at: dt.datetime
    app_version: str
    source: str


def content_digest(connection: sqlite3.Connection, written_at: str) -> str:
    """SHA-256 over the schema and every row of the file, the seal table left out."""
    digest = hashlib.sha256(f"niro-desk-backup\0{ALGORITHM}\0{written_at}\0".encode())
    previous = connection.text_factory
    connection.text_factory = bytes  # any bytes a TEXT column holds, valid UTF-8 or not
    try:
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> ? ORDER BY type, name",
            (SEAL_TABLE,),
        ).fetchall()
        for entry in schema:
            digest.update(b"S" + repr(entry).encode() + b"\n")
        tables = [bytes(name).decode() for kind, name, _table, _sql in schema if kind == b"table"]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            width = len(connection.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(place) for place in range(1, width + 1))
            digest.update(b"T" + repr(table).encode() + b"\n")
            for row in connection.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
                digest.update(repr(row).encode() + b"\n")
    finally:
        connection.text_factory = previous
    return digest.hexdigest()


def seal(path: Path, app_version: str, source: str) -> Seal:
    """Write the seal into the SQLite file ``path`` (as one self-contained file, no WAL)."""
    written_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = written_at.isoformat()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        with connection:
            connection.execute(f"DROP TABLE IF EXISTS {SEAL_TABLE}")
            digest = content_digest(connection, stamp)
            connection.execute(
                f"CREATE TABLE {SEAL_TABLE} (algorithm TEXT NOT NULL, digest TEXT NOT NULL,"
                " written_at TEXT NOT NULL, app_version TEXT NOT NULL, source TEXT NOT NULL)"
            )
            connection.execute(
                f"INSERT INTO {SEAL_TABLE} VALUES (?, ?, ?, ?, ?)",
                (ALGORITHM, digest, stamp, app_version, source),
            )
    return Seal(ALGORITHM, digest, written_at, app_version, source)


def read_seal(connection: sqlite3.Connection) -> tuple[Seal, str] | None:
    """The seal stored in the file and the digest its content has now (None: no seal)."""
    present = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEAL_TABLE,)
    ).fetchone()
    if present is None:
        return None
    rows = connection.execute(
        f"SELECT algorithm, digest, written_at, app_version, source FROM {SEAL_TABLE}"
    ).fetchall()
    if len(rows) != 1:
        return None
    algorithm, digest, stamp, app_version, source = (str(value) for value in rows[0])
    try:
        written_at = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    stored = Seal(algorithm, digest, written_at, app_version, source)
    actual = content_digest(connection, stamp) if algorithm == ALGORITHM else ""
    return stored, actual
