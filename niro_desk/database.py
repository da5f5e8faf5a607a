"""Engines and sessions, built from a URL; nothing is created at import time.

SQLite is opened with foreign keys on, WAL journal and a busy timeout, and
every transaction starts with ``BEGIN IMMEDIATE`` (no instant SQLITE_BUSY when
a reader turns writer). A SQLite file on a network share is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, StatementTimeout
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
    return Path(parsed.database)


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
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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


def make_engine(url: str, *, check_share: bool = True) -> Engine:
    """Build the engine for ``url`` with the settings NIRO Desk relies on."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if check_share and is_network_path(path.parent):
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The database file {path} lies on a network share. SQLite files"
                        " get corrupted there. For several office PCs, use one PostgreSQL"
                        " database instead (--database postgresql+psycopg://...).",
                    ),
                    path=str(path),
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"},
        )
        event.listen(engine, "handle_error", _statement_timeout_in_words)
        return engine
    raise DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages", "Unsupported database '{url}': use a SQLite file or PostgreSQL."
        ),
        url=display_url(url),
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
    """An opened database: the engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    reading_sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        from niro_desk.membership.directory_search import install

        install()  # every flush keeps the directory's search text current
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader = self.engine.execution_options(**{READ_ONLY_OPTION: True})
        self.reading_sessions = sessionmaker(reader, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading (no write lock on SQLite); nothing is committed."""
        with self.reading_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, check_share: bool = True) -> Database:
    """Open (but do not migrate) the database at ``url``."""
    log.info("opening database %s", display_url(url))
    return Database(url, make_engine(url, check_share=check_share))
