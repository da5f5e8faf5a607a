"""Consistent online copies of SQLite databases (the sqlite3 backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def copy_sqlite_file(engine: Engine, target: Path) -> None:
    """Copy the live SQLite database behind ``engine`` to ``target`` page by page."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
