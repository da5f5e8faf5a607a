"""Why a database cannot be opened, in the office's words; shared by the start-up dialog and CLI.

``open_checked(url)`` opens a database and makes one connection, so every way
of failing shows up at once and as one ``DatabaseUnavailable`` error:
PostgreSQL unreachable, no such database on the server, a user the server does
not let in, a SQLite file that is no database (or is damaged, or cannot be
created), a file that does not exist where nothing may be created, an address
that cannot be understood. ``classify(error, url)`` turns any such exception
into a ``DatabaseProblem``: which case it is, the words to show, and the
technical detail (for the "Details" button and the log file, never with a
password).

No Qt here (the messages are marked with ``QT_TRANSLATE_NOOP`` and translated
by the front ends), and no SQLAlchemy at import time: the window imports this
before the first paint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, NiroDeskError

if TYPE_CHECKING:
    from niro_desk.database import Database

DEFAULT_POSTGRES_PORT = 5432
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class ProblemKind(StrEnum):
    INVALID_ADDRESS = "invalid address"
    UNSUPPORTED = "unsupported database"
    DRIVER_MISSING = "driver missing"
    MISSING_FILE = "file does not exist"
    NOT_A_DATABASE = "not a database"
    DAMAGED = "damaged file"
    CANNOT_OPEN_FILE = "cannot open the file"
    SERVER_UNREACHABLE = "server unreachable"
    UNKNOWN_DATABASE = "unknown database"
    ACCESS_DENIED = "access denied"
    REFUSED = "refused by NIRO Desk"  # our own checks: network share, newer schema, ...
    OTHER = "other"


CONNECTION_KINDS = frozenset(
    {ProblemKind.SERVER_UNREACHABLE, ProblemKind.UNKNOWN_DATABASE, ProblemKind.ACCESS_DENIED}
)


INVALID_ADDRESS = QT_TRANSLATE_NOOP(
    "Messages",
    "The database address '{url}' cannot be understood. A SQLite file is written"
    " sqlite:///path/to/file.sqlite3, a PostgreSQL database"
    " postgresql+psycopg://user@server/database.",
)
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "NIRO Desk cannot work with the database '{url}': it uses a SQLite file or a"
    " PostgreSQL database (postgresql+psycopg://user@server/database).",
)
DRIVER_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "The PostgreSQL driver is not installed on this PC, so the database on {server}"
    " cannot be opened. Install NIRO Desk with its PostgreSQL part"
    " (pip install 'niro-desk[postgres]').",
)
MISSING_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file {path} does not exist. Check the path; a new database is"
    " created by starting NIRO Desk on it or with niro-desk db upgrade.",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file {path} is not a NIRO Desk database: it is no database at all. Perhaps the"
    " wrong file was chosen. Choose another file, or restore a backup.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file {path} is damaged and cannot be read. Restore the newest backup.",
)
CANNOT_OPEN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database file {path} cannot be opened or created. Check that its folder exists"
    " and that you may write there.",
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server {server} cannot be reached. Is it switched on, and is this PC"
    " connected to the office network? Try again in a moment, or ask whoever looks after"
    " the server.",
)
UNKNOWN_DATABASE = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server {server} has no database named '{database}'. Check the name in"
    " the address, or ask whoever looks after the server to create it.",
)
ACCESS_DENIED = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server {server} does not let the user '{user}' in: the user is unknown"
    " there, the password is wrong, or this PC is not allowed. Check the user and password"
    " in the address.",
)
OTHER = QT_TRANSLATE_NOOP("Messages", "The database {database} cannot be used: {reason}")
FAILED_DURING_USE = QT_TRANSLATE_NOOP("Messages", "The database reported an error: {reason}")

# libpq's words (English, and German where the server or client speaks German).
_UNKNOWN_DATABASE = re.compile(
    r'database "[^"]*" does not exist|datenbank »[^«]*« existiert nicht', re.IGNORECASE
)
_ACCESS_DENIED = re.compile(
    r'role "[^"]*" does not exist|rolle »[^«]*« existiert nicht|authentication failed'
    r"|authentifizierung[^\n]* fehlgeschlagen|no pg_hba\.conf entry|kein pg_hba\.conf-eintrag"
    r"|no password supplied|is not permitted to log in|permission denied for database",
    re.IGNORECASE,
)
_UNREACHABLE = re.compile(
    r"connection refused|verbindung verweigert|could not connect|failed to resolve host"
    r"|could not translate host name|name or service not known|temporary failure in name"
    r"|timeout expired|timed out|no route to host|network is unreachable"
    r"|server closed the connection unexpectedly|connection reset|no such file or directory"
    r"|the database system is (starting up|shutting down)",
    re.IGNORECASE,
)
_PASSWORD = re.compile(r"(//[^:/@]*:)[^@/]*@")


@dataclass(frozen=True)
class DatabaseProblem:
    """Which case it is, the words to show (a message template and its values), the detail."""

    kind: ProblemKind
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str = ""

    def message(self) -> str:
        """The English words; front ends translate ``template`` and fill in ``params``."""
        return self.template.format(**self.params)


class DatabaseUnavailable(DatabaseError):
    """The database cannot be opened at all; ``problem`` says why."""

    def __init__(self, problem: DatabaseProblem) -> None:
        self.problem = problem
        super().__init__(problem.template, **problem.params)


def mask_password(url: str) -> str:
    """``url`` with any password replaced by ***, also when it cannot be parsed."""
    return _PASSWORD.sub(r"\1***@", url)


def classify(error: BaseException, url: str) -> DatabaseProblem:
    """The problem behind ``error``, raised while opening or using the database at ``url``."""
    if isinstance(error, DatabaseUnavailable):
        return error.problem
    address = mask_password(url)
    detail = _detail(error, address)
    if isinstance(error, NiroDeskError):
        return DatabaseProblem(ProblemKind.REFUSED, error.template, dict(error.params), detail)
    parsed = _parse(url)
    if parsed is None:
        return DatabaseProblem(
            ProblemKind.INVALID_ADDRESS, INVALID_ADDRESS, {"url": address}, detail
        )
    from sqlalchemy import exc

    backend = parsed.get_backend_name()
    if isinstance(error, exc.NoSuchModuleError):
        return DatabaseProblem(ProblemKind.UNSUPPORTED, UNSUPPORTED, {"url": address}, detail)
    if isinstance(error, ModuleNotFoundError):
        if backend == "postgresql":
            server = _server(parsed)
            return DatabaseProblem(
                ProblemKind.DRIVER_MISSING, DRIVER_MISSING, {"server": server}, detail
            )
        return DatabaseProblem(ProblemKind.UNSUPPORTED, UNSUPPORTED, {"url": address}, detail)
    if isinstance(error, exc.ArgumentError):
        return DatabaseProblem(
            ProblemKind.INVALID_ADDRESS, INVALID_ADDRESS, {"url": address}, detail
        )
    original = getattr(error, "orig", None) or error
    reason = _first_line(original)
    if backend == "sqlite":
        return _sqlite_problem(original, parsed.database or "", reason, detail)
    if backend == "postgresql" and isinstance(error, exc.OperationalError | OSError):
        server = _server(parsed)
        if _UNKNOWN_DATABASE.search(reason):
            return DatabaseProblem(
                ProblemKind.UNKNOWN_DATABASE,
                UNKNOWN_DATABASE,
                {"server": server, "database": parsed.database or ""},
                detail,
            )
        if _ACCESS_DENIED.search(reason):
            return DatabaseProblem(
                ProblemKind.ACCESS_DENIED,
                ACCESS_DENIED,
                {"server": server, "user": parsed.username or ""},
                detail,
            )
        if _UNREACHABLE.search(str(original)):
            return DatabaseProblem(
                ProblemKind.SERVER_UNREACHABLE, SERVER_UNREACHABLE, {"server": server}, detail
            )
    return DatabaseProblem(
        ProblemKind.OTHER, OTHER, {"database": _shown(parsed, address), "reason": reason}, detail
    )


def classify_during_use(error: BaseException, url: str) -> DatabaseProblem:
    """Like ``classify``, for an error after the database was opened: only a lost or
    refused connection is about the database itself; anything else (such as a file the
    command writes) is reported as what the database said, kind ``OTHER``."""
    problem = classify(error, url)
    if problem.kind in CONNECTION_KINDS:
        return problem
    original = getattr(error, "orig", None) or error
    return DatabaseProblem(
        ProblemKind.OTHER, FAILED_DURING_USE, {"reason": _first_line(original)}, problem.detail
    )


def open_checked(url: str, *, create: bool = True) -> Database:
    """Open the database at ``url`` and connect once; ``DatabaseUnavailable`` when that fails.

    ``create=False`` is for commands that only read: a SQLite file that does not
    exist is then a ``MISSING_FILE`` problem, and neither it nor its folder is created.
    """
    from niro_desk.database import open_database

    parsed = _parse(url)
    if parsed is None:
        raise DatabaseUnavailable(classify(ValueError(url), url))
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseUnavailable(
            DatabaseProblem(ProblemKind.UNSUPPORTED, UNSUPPORTED, {"url": mask_password(url)})
        )
    try:
        db = open_database(url, create=create)
    except Exception as error:
        raise DatabaseUnavailable(classify(error, url)) from error
    try:
        with db.engine.connect():
            pass
    except Exception as error:
        db.dispose()
        raise DatabaseUnavailable(classify(error, url)) from error
    return db


def missing_file(path: Path) -> DatabaseUnavailable:
    """The error for a SQLite file that does not exist where nothing may be created."""
    return DatabaseUnavailable(
        DatabaseProblem(ProblemKind.MISSING_FILE, MISSING_FILE, {"path": str(path)})
    )


# -- helpers ----------------------------------------------------------------------------------
def _parse(url: str) -> Any:
    """The parsed SQLAlchemy URL, or None when ``url`` cannot be parsed."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
        parsed.get_backend_name()
    except (ArgumentError, ValueError, TypeError):
        return None
    return parsed


def _sqlite_problem(
    original: BaseException, path: str, reason: str, detail: str
) -> DatabaseProblem:
    code = getattr(original, "sqlite_errorname", "")
    params = {"path": path}
    if code == "SQLITE_NOTADB" or "file is not a database" in reason:
        return DatabaseProblem(ProblemKind.NOT_A_DATABASE, NOT_A_DATABASE, params, detail)
    if code == "SQLITE_CORRUPT" or "malformed" in reason:
        return DatabaseProblem(ProblemKind.DAMAGED, DAMAGED, params, detail)
    if (
        code in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY")
        or "unable to open database file" in reason
        or isinstance(original, OSError)
    ):
        return DatabaseProblem(ProblemKind.CANNOT_OPEN_FILE, CANNOT_OPEN_FILE, params, detail)
    return DatabaseProblem(ProblemKind.OTHER, OTHER, {"database": path, "reason": reason}, detail)


def _server(parsed: Any) -> str:
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{host}:{parsed.port or DEFAULT_POSTGRES_PORT}"


def _shown(parsed: Any, address: str) -> str:
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or address
    return str(parsed.render_as_string(hide_password=True))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _detail(error: BaseException, address: str) -> str:
    original = getattr(error, "orig", None) or error
    kind = type(original)
    name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
    text = mask_password(str(original).strip())
    return f"{address}\n{name}: {text}"
