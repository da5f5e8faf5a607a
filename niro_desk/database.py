"""Engines and sessions, built from a URL; nothing is created at import time.

SQLite is opened with foreign keys on, WAL journal and a busy timeout, and
every transaction starts with ``BEGIN IMMEDIATE`` (no instant SQLITE_BUSY when
a reader turns writer). A SQLite file on a network share is refused.

A write transaction waits at most ``BUSY_TIMEOUT_MS`` for another writer on
both engines (SQLite's busy timeout, PostgreSQL's ``lock_timeout``); when that
strikes, or PostgreSQL reports a serialization failure or deadlock, the caller
gets ``DatabaseBusy`` in words instead of the driver's error, and a save from
an older copy that the version check catches at the UPDATE becomes
``StaleRecord``.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from niro_desk.acting import ACTING, Acting
from niro_desk.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseBusy,
    DatabaseError,
    StaleRecord,
    StatementTimeout,
)
from niro_desk.network_share import is_network_path
from niro_desk.search_text import plain_fold, search_fold

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 10_000
READ_ONLY_OPTION = "niro_read_only"
# PostgreSQL ends any statement of the application after this long (server-side, so a
# query of a killed client does not run on); searches set a shorter one of their own.
STATEMENT_TIMEOUT_MS = 60_000


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:") and _truthy(parsed.query.get("uri")):
        # sqlite:///file:folder/niro.sqlite3?uri=true: an SQLite URI, not a folder named "file:"
        location = urlsplit(parsed.database)
        mode = parsed.query.get("mode") or parse_qs(location.query).get("mode") or ()
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
        if "memory" in modes or location.path in ("", ":memory:"):
            return None
        return Path(unquote(location.path))
    return Path(parsed.database)


def _truthy(value: str | tuple[str, ...] | None) -> bool:
    values = (value,) if isinstance(value, str) else (value or ())
    return any(item.lower() in ("true", "1", "yes", "on") for item in values)


def display_url(url: str) -> str:
    """For the status bar and logs: a SQLite file's path, else the URL without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Driver-level autocommit: SQLAlchemy's "begin" below emits BEGIN itself.
        dbapi_connection.isolation_level = None
        dbapi_connection.create_function("niro_fold", 1, search_fold, deterministic=True)
        dbapi_connection.create_function("niro_fold_plain", 1, plain_fold, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at once (no SQLITE_BUSY on upgrade from
        # reader to writer); readers begin deferred and never block each other.
        reading = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def make_engine(url: str, *, check_share: bool = True, create: bool = True) -> Engine:
    """Build the engine for ``url`` with the settings NIRO Desk relies on.

    ``create=False``: a SQLite file that does not exist is an error, and neither the
    file nor its folder is created (for commands that only read).
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if check_share and is_network_path(path):
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The database file {path} lies on a network share. SQLite files"
                        " get corrupted there. For several office PCs, use one PostgreSQL"
                        " database instead (--database postgresql+psycopg://...).",
                    ),
                    path=str(path),
                )
            if not create and not path.exists():
                from niro_desk.database_problems import missing_file

                raise missing_file(path)
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        # libpq waits for ever on a server that does not answer: give up after a while.
        connect_args: dict[str, Any] = {"options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = 10
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        event.listen(engine, "handle_error", _statement_timeout_in_words)
        return engine
    raise DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages", "Unsupported database '{url}': use a SQLite file or PostgreSQL."
        ),
        url=display_url(url),
    )


# SQLSTATEs of PostgreSQL that mean "another transaction was in the way"
_PG_BUSY_STATES = {
    "55P03": "lock_not_available",  # lock_timeout
    "40001": "serialization_failure",
    "40P01": "deadlock_detected",
}


def is_busy_error(error: DBAPIError) -> bool:
    """True for a lock timeout, busy database, serialization failure or deadlock."""
    original = error.orig
    if isinstance(original, sqlite3.OperationalError):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        return "is locked" in str(original)
    return getattr(original, "sqlstate", None) in _PG_BUSY_STATES


def _busy() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database is busy: another office PC is saving at the same moment and"
            " did not finish within {seconds} seconds. Nothing was saved. Try again in a"
            " moment.",
        ),
        seconds=max(int(BUSY_TIMEOUT_MS) // 1000, 1),
    )


def _statement_timeout_in_words(context: Any) -> Exception | None:
    """PostgreSQL's "canceling statement due to statement timeout" as a ``StatementTimeout``."""
    original = context.original_exception
    if getattr(original, "sqlstate", None) == "57014" and "statement timeout" in str(original):
        return StatementTimeout(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database server stopped this request because it took too long."
                " Nothing was changed by it. Try again; if it happens again, ask for less"
                " (for example, search with fewer or more specific words).",
            )
        )
    return None


@dataclass
class Database:
    """An opened database: the engine and a session factory.

    ``origin`` names this process in change notifications, ``own_audit_ids``
    collects the audit entries it wrote (see ``niro_desk.audit``).
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    reading_sessions: sessionmaker[Session] = field(init=False)
    origin: str = field(init=False, default_factory=lambda: uuid.uuid4().hex)
    own_audit_ids: set[int] = field(init=False, default_factory=set)
    #: whom the sessions act and read for (``niro_desk.permissions``)
    acting: Acting = field(init=False, default_factory=lambda: Acting())

    def __post_init__(self) -> None:
        from niro_desk import audit  # late: audit imports the models
        from niro_desk.membership.directory_search import install

        install()  # every flush keeps the directory's search text current
        info = {
            audit.ORIGIN: self.origin,
            audit.OWN_AUDIT_IDS: self.own_audit_ids,
            ACTING: self.acting,
        }
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        reader = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self.reading_sessions = sessionmaker(
            reader, expire_on_commit=False, info={ACTING: self.acting}
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session in one transaction: committed on success, rolled back on error.

        A lock that does not come free in time raises ``DatabaseBusy``; a version
        conflict found at the UPDATE raises ``StaleRecord``.
        """
        try:
            with self.sessions() as session, session.begin():
                if not self.is_sqlite:
                    session.execute(text(f"SET LOCAL lock_timeout = {int(BUSY_TIMEOUT_MS)}"))
                yield session
        except DBAPIError as error:
            if is_busy_error(error):
                raise _busy() from error
            raise
        except StaleDataError as error:
            raise StaleRecord(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The record was changed on another PC at the same moment, so nothing"
                    " was saved. Reload it and apply your changes again.",
                )
            ) from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading (no write lock on SQLite); nothing is committed."""
        with self.reading_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, check_share: bool = True, create: bool = True) -> Database:
    """Open (but do not migrate) the database at ``url``; see ``make_engine`` for ``create``."""
    log.info("opening database %s", display_url(url))
    return Database(url, make_engine(url, check_share=check_share, create=create))
