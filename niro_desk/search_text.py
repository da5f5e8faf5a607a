"""Case- and umlaut-insensitive search that runs inside the database.

``search_fold(text)`` lowercases and maps ä→a, ö→o, ü→u, ß→s in Python;
``folded(column)`` does the same in SQL: ``lower(translate(...))`` on
PostgreSQL and the function ``niro_fold`` that ``niro_desk.database``
registers on every SQLite connection (SQLite's own lower() is ASCII-only).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

_UPPER = "ÄÖÜäöüßÉéÈèÁáÀàÇç"
_PLAIN = "aouaousEeEeAaAaCc"
_TABLE = str.maketrans(_UPPER, _PLAIN)


def search_fold(text: str | None) -> str | None:
    if text is None:
        return None
    return text.translate(_TABLE).lower()


class folded(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """SQL: the column folded like ``search_fold``."""

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded)
def _compile_default(element: folded, compiler: Any, **kw: Any) -> str:
    argument = compiler.process(element.clauses, **kw)
    return f"lower(translate({argument}, '{_UPPER}', '{_PLAIN}'))"


@compiles(folded, "sqlite")
def _compile_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"niro_fold({compiler.process(element.clauses, **kw)})"


def contains_folded(column: Any, word: str) -> ColumnElement[bool]:
    """``column`` contains ``word``, ignoring case and umlauts; ``word`` is escaped."""
    folded_word = search_fold(word) or ""
    escaped = folded_word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return folded(column).like(f"%{escaped}%", escape="\\")
