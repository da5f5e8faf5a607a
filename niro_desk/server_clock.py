"""The database server's clock, as a SQL expression for stamping rows.

Two office PCs with clocks a minute apart must not reorder the waiting list,
so the moment an applicant joins it is taken from the one database server:
``clock_timestamp()`` on PostgreSQL (the time of the statement, so several
stamps in one transaction stay in order), ``strftime(... 'now')`` with
milliseconds on SQLite, written in the format SQLAlchemy stores datetimes in
there (``YYYY-MM-DD HH:MM:SS.ffffff``, UTC).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from niro_desk.models.column_types import UTCDateTime


class server_now(FunctionElement[dt.datetime]):  # noqa: N801 - reads like a SQL function
    """SQL: the database server's current time (UTC on SQLite)."""

    type = UTCDateTime()
    inherit_cache = True
    name = "server_now"


@compiles(server_now)
def _compile_default(element: server_now, compiler: Any, **kw: Any) -> str:
    return "clock_timestamp()"


@compiles(server_now, "sqlite")
def _compile_sqlite(element: server_now, compiler: Any, **kw: Any) -> str:
    return "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
