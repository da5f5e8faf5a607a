"""Insert many rows and learn their ids, in a few statements on every engine.

SQLAlchemy's ``insert(...).returning(..., sort_by_parameter_order=True)``
batches on PostgreSQL, but on SQLite it cannot tell which returned row belongs
to which parameter set and falls back to one INSERT a row (10,000 new members
with their audit entries: 100,000 statements). On SQLite the ids are therefore
given explicitly: the write transaction holds the database's write lock from
its ``BEGIN IMMEDIATE`` (``Database.transaction``), so nobody else can insert
meanwhile, and ``max(id) + 1 …`` are the ids SQLite itself would have given
(the tables have no AUTOINCREMENT), written with one ``executemany``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, func, insert, select


def insert_returning_ids(
    connection: Connection, table: Table, values: list[dict[str, Any]]
) -> list[int]:
    """Insert ``values`` into ``table`` (integer key ``id``); the new ids in their order.

    On SQLite the caller must be in a write transaction (``db.transaction()``).
    """
    if not values:
        return []
    if connection.dialect.name == "sqlite":
        start = int(connection.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(start, start + len(values)))
        connection.execute(
            insert(table), [dict(row, id=key) for row, key in zip(values, ids, strict=True)]
        )
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, values).scalars())
