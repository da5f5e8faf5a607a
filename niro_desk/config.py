"""Where NIRO Desk keeps its data, and which database it opens.

Order for the database URL: ``--database`` on the command line, then the
environment variable ``NIRO_DESK_DATABASE_URL``, then a SQLite file in the
user's data folder (``--demo`` uses a separate demo file there). The data
folder itself can be moved with ``NIRO_DESK_DATA_DIR``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

DATABASE_URL_VARIABLE = "NIRO_DESK_DATABASE_URL"
DATA_DIR_VARIABLE = "NIRO_DESK_DATA_DIR"
DATABASE_FILE = "niro_desk.sqlite3"
DEMO_DATABASE_FILE = "niro_desk_demo.sqlite3"


def data_dir() -> Path:
    """The user's data folder for NIRO Desk (created on demand by the caller)."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return user_data_path("niro-desk", "NIRO", roaming=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class DatabaseChoice:
    """The database the app will open, and why."""

    url: str
    source: str  # "command line", "environment", "default", "demo"


def choose_database(cli_url: str | None, demo: bool) -> DatabaseChoice:
    """Resolve the database URL from the command line, the environment or the defaults."""
    if cli_url:
        return DatabaseChoice(cli_url, "command line")
    if demo:
        return DatabaseChoice(sqlite_url(data_dir() / DEMO_DATABASE_FILE), "demo")
    env_url = os.environ.get(DATABASE_URL_VARIABLE)
    if env_url:
        return DatabaseChoice(env_url, "environment")
    return DatabaseChoice(sqlite_url(data_dir() / DATABASE_FILE), "default")


def database_url_from_input(text: str) -> str:
    """What the office typed or chose: a database URL, or the path of a SQLite file."""
    text = text.strip()
    if "://" in text or text.startswith("sqlite:"):
        return text
    return sqlite_url(Path(text).expanduser().absolute())
