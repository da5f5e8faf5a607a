"""Tells a window what other office PCs changed, so it can show it without F5.

Every change is audited (``niro_desk.audit``), so the audit log doubles as the
change feed:

- PostgreSQL: each committed transaction that recorded audit entries sends a
  ``NOTIFY`` naming the changed records; ``PostgresChangeFeed`` LISTENs on a
  dedicated psycopg connection and collects them without waiting.
- SQLite: ``SqliteChangeFeed`` reads the newest audit id (the last entry of
  the primary key, a few pages at most) and, when it moved, the entries
  written since the last look.

Both skip what this process wrote itself (``Database.origin`` /
``Database.own_audit_ids``). ``poll()`` never blocks for long; the UI calls it
from a timer (``niro_desk.ui.change_watcher``).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from niro_desk import audit
from niro_desk.database import Database
from niro_desk.models import AuditEntry

log = logging.getLogger(__name__)
RECONNECT_AFTER_S = 30.0
MAX_NAMED = 500  # more changes than this at once: "everything may have changed"

EntityRef = tuple[str, int]


@dataclass(frozen=True)
class Change:
    """What changed elsewhere: the records, or None when it cannot be said exactly.

    A record is (entity type, id) as in the audit log; id 0 stands for an entry
    about no single record (e.g. the membership cap setting).
    """

    entities: frozenset[EntityRef] | None

    def touches(self, *entity_types: str) -> bool:
        """True when a record of one of ``entity_types`` (or anything unknown) changed."""
        if self.entities is None:
            return True
        return any(kind in entity_types for kind, _id in self.entities)

    def touches_entity(self, entity_type: str, entity_id: int) -> bool:
        return self.entities is None or (entity_type, entity_id) in self.entities


def _merge(changes: list[Change]) -> Change | None:
    if not changes:
        return None
    if any(change.entities is None for change in changes):
        return Change(None)
    named = frozenset().union(*(change.entities or frozenset() for change in changes))
    return Change(named if len(named) <= MAX_NAMED else None)


class ChangeFeed(Protocol):
    def poll(self) -> Change | None: ...

    def close(self) -> None: ...


class SqliteChangeFeed:
    """Polls the newest audit id (the primary key's last entry: no table scan)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._last_id = self._newest()

    def _newest(self) -> int:
        with self.db.reading() as session:
            return int(session.scalar(select(func.max(AuditEntry.id))) or 0)

    def poll(self) -> Change | None:
        newest = self._newest()
        if newest == self._last_id:
            return None
        if newest < self._last_id:  # the data was replaced (a restore): anything may differ
            self._last_id = newest
            return Change(None)
        with self.db.reading() as session:
            rows = session.execute(
                select(AuditEntry.id, AuditEntry.entity_type, AuditEntry.entity_id)
                .where(AuditEntry.id > self._last_id, AuditEntry.id <= newest)
                .order_by(AuditEntry.id)
                .limit(MAX_NAMED + 1)
            ).all()
        self._last_id = newest
        own = self.db.own_audit_ids
        others = [row for row in rows if row.id not in own]
        own.difference_update(row.id for row in rows)
        if not others:
            return None
        if len(rows) > MAX_NAMED:
            return Change(None)
        return Change(frozenset((row.entity_type, row.entity_id or 0) for row in others))

    def close(self) -> None:
        """Nothing to close: each look borrows a pooled connection."""


def _psycopg_conninfo(url: str) -> str:
    """The libpq connection string of a SQLAlchemy ``postgresql+psycopg://`` URL.

    Key/value pairs quoted by psycopg rather than a URI: SQLAlchemy renders a
    password with spaces (a signed-in account's own) unescaped, which libpq refuses.
    """
    from psycopg.conninfo import make_conninfo

    parts = make_url(url)
    given = {
        "host": parts.host,
        "port": parts.port,
        "dbname": parts.database,
        "user": parts.username,
        "password": parts.password,
    }
    options = {key: str(value) for key, value in parts.query.items() if isinstance(value, str)}
    return make_conninfo(**{k: v for k, v in given.items() if v is not None}, **options)


class PostgresChangeFeed:
    """LISTENs on a dedicated connection; ``poll`` takes what arrived, without waiting."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._connection: Any = None
        self._failed_at: float | None = None
        self._connect()

    def _connect(self) -> None:
        import psycopg

        self._connection = psycopg.connect(
            _psycopg_conninfo(self.db.url), autocommit=True, connect_timeout=5
        )
        self._connection.execute(f"LISTEN {audit.CHANGES_CHANNEL}")

    def _parse(self, payload: str) -> Change | None:
        try:
            data = json.loads(payload)
        except ValueError:
            return Change(None)
        if data.get("origin") == self.db.origin:
            return None
        entities = data.get("entities")
        if entities is None:
            return Change(None)
        return Change(frozenset((str(kind), int(ident)) for kind, ident in entities))

    def poll(self) -> Change | None:
        import psycopg

        if self._connection is None:
            if (
                self._failed_at is not None
                and time.monotonic() - self._failed_at < RECONNECT_AFTER_S
            ):
                return None
            try:
                self._connect()
            except psycopg.Error as error:
                log.warning("change feed: cannot reconnect: %s", error)
                self._failed_at = time.monotonic()
                return None
            return Change(None)  # notifications may have been missed meanwhile
        changes: list[Change] = []
        try:
            for notify in self._connection.notifies(timeout=0):
                change = self._parse(notify.payload)
                if change is not None:
                    changes.append(change)
        except psycopg.Error as error:
            log.warning("change feed: connection lost: %s", error)
            self.close()
            self._failed_at = time.monotonic()
            return None
        return _merge(changes)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __del__(self) -> None:
        self.close()


def open_change_feed(db: Database) -> ChangeFeed:
    """The feed that suits the database's engine."""
    if db.is_sqlite:
        return SqliteChangeFeed(db)
    return PostgresChangeFeed(db)
