"""Keeps ``organisation_search`` current: the folded text the directory search looks at.

What is searched per organisation: its name, city and postal code, its product
markets, its contacts' names and functions and their areas of expertise,
folded by ``search_fold`` (and, where an umlaut makes a difference, by
``plain_fold`` as well). NACE classes are matched at search time against the
reference table, so new titles never leave stale text behind.

``install()`` hooks every ORM session: each flush notes the organisations
whose data it touched, and before the transaction commits their rows are
rebuilt in it, once per transaction (an import of thousands of rows costs a
few batched queries, not a few per row).

``rebuild(connection)`` writes every row afresh (migration 0007, the
large-network generator); ``refresh(connection, ids)`` is for code that
writes organisations, contacts or product markets past the ORM (bulk
inserts; ``insert_new`` writes the rows of new organisations such code
already knows); ``missing_ids`` finds organisations such code left without a row
(the members area adds them when it loads); ``stale_rows(connection)`` is what
a check or a test compares against.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, delete, event, inspect, select
from sqlalchemy.orm import Session

from niro_desk.bulk_insert import insert_many
from niro_desk.models import (
    Contact,
    Expertise,
    Organisation,
    OrganisationSearch,
    ProductMarket,
    contact_expertise,
)
from niro_desk.search_text import both_folds, search_fold

_PENDING = "niro_desk.search_pending"  # session.info: objects seen by the running flush
_IDS = "niro_desk.search_ids"  # session.info: organisations to rebuild at commit
_CHUNK = 500
_COLUMNS = (
    "organisation_id",
    "text",
    "sort_name",
    "sort_city",
    "kind",
    "membership_status",
    "region",
)
SearchRow = tuple[Any, ...]  # text, sort name, sort city, kind, membership status, region


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def search_text(parts: Iterable[str]) -> str:
    """Folded parts, one a line; parts whose umlauts fold differently appear twice."""
    lines: list[str] = []
    extra: list[str] = []
    for part in parts:
        if not part:
            continue
        expanded, plain = both_folds(part)
        lines.append(expanded)
        if plain != expanded:
            extra.append(plain)
    return "\n".join(lines + extra)


def compute_rows(connection: Connection, ids: list[int] | None) -> dict[int, SearchRow]:
    """The search rows of ``ids`` (every organisation when None), from the database."""
    result: dict[int, SearchRow] = {}
    batches: Iterable[list[int] | None] = [None] if ids is None else _chunks(sorted(ids))
    for batch in batches:
        parts: dict[int, list[str]] = {}
        names: dict[int, tuple[Any, ...]] = {}

        def where(column: Any, batch: list[int] | None = batch) -> Any:
            return column.in_(batch) if batch is not None else True

        for row in connection.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.city,
                Organisation.postal_code,
                Organisation.kind,
                Organisation.membership_status,
                Organisation.region,
            ).where(where(Organisation.id))
        ):
            names[row.id] = (row.name, row.city, row.kind, row.membership_status, row.region)
            parts[row.id] = [row.name, row.city, row.postal_code]
        for organisation_id, name in connection.execute(
            select(ProductMarket.organisation_id, ProductMarket.name)
            .where(where(ProductMarket.organisation_id))
            .order_by(ProductMarket.id)
        ):
            parts.setdefault(organisation_id, []).append(name)
        for organisation_id, first, last, function in connection.execute(
            select(Contact.organisation_id, Contact.first_name, Contact.last_name, Contact.function)
            .where(where(Contact.organisation_id))
            .order_by(Contact.id)
        ):
            parts.setdefault(organisation_id, []).extend((first, last, function))
        for organisation_id, name in connection.execute(
            select(Contact.organisation_id, Expertise.name)
            .join(contact_expertise, contact_expertise.c.contact_id == Contact.id)
            .join(Expertise, Expertise.id == contact_expertise.c.expertise_id)
            .where(where(Contact.organisation_id))
            .order_by(Contact.id, Expertise.id)
        ):
            parts.setdefault(organisation_id, []).append(name)
        for organisation_id, (name, city, kind, status, region) in names.items():
            result[organisation_id] = search_row(
                parts[organisation_id], name, city, kind, status, region
            )
    return result


def search_row(
    parts: Iterable[str], name: str, city: str, kind: Any, status: Any, region: str
) -> SearchRow:
    """One organisation's search row: ``parts`` are its name, city, postal code, product
    markets (in the order they were added), then its contacts' names, functions and
    expertise."""
    return (
        search_text(parts),
        search_fold(name) or "",
        search_fold(city) or "",
        kind,
        status,
        region,
    )


def insert_new(connection: Connection, rows: dict[int, SearchRow]) -> None:
    """Write the rows of organisations just inserted past the ORM, built from what was written.

    For bulk inserts that know every searched value already (no second pass
    reading them back); anything the ORM changes later in the transaction is
    rebuilt at commit as usual.
    """
    _write(connection, rows)


def _write(connection: Connection, rows: dict[int, SearchRow]) -> None:
    values = [dict(zip(_COLUMNS, (key, *row), strict=True)) for key, row in sorted(rows.items())]
    for start in range(0, len(values), _CHUNK):
        insert_many(connection, OrganisationSearch.__table__, values[start : start + _CHUNK])


def refresh(connection: Connection, ids: Iterable[int]) -> None:
    """Rebuild the search rows of ``ids`` (organisations that no longer exist lose theirs)."""
    wanted = sorted(set(ids))
    for batch in _chunks(wanted):
        connection.execute(
            delete(OrganisationSearch).where(OrganisationSearch.organisation_id.in_(batch))
        )
    _write(connection, compute_rows(connection, wanted))


def rebuild(connection: Connection) -> int:
    """Every search row afresh; returns how many were written."""
    rows = compute_rows(connection, None)
    connection.execute(delete(OrganisationSearch))
    _write(connection, rows)
    return len(rows)


def missing_ids(connection: Connection) -> list[int]:
    """Organisations without a search row (written past the ORM, e.g. by a bulk insert)."""
    have = select(OrganisationSearch.organisation_id)
    return list(
        connection.execute(select(Organisation.id).where(Organisation.id.not_in(have))).scalars()
    )


def stale_rows(connection: Connection) -> list[int]:
    """Organisations whose stored search row differs from what their data gives (or is missing)."""
    expected = compute_rows(connection, None)
    stored = {
        row[0]: tuple(row[1:])
        for row in connection.execute(
            select(*(getattr(OrganisationSearch, column) for column in _COLUMNS))
        )
    }
    return sorted(
        key for key in expected.keys() | stored.keys() if expected.get(key) != stored.get(key)
    )


# -- keeping it current on every flush -------------------------------------------------------


def _organisation_ids(obj: Any) -> set[Any]:
    """Organisation ids an object belongs to (now and before this flush), without loading."""
    state = inspect(obj)
    if isinstance(obj, Organisation):
        return {state.identity[0]} if state.identity else {obj}
    found: set[Any] = set()
    history = state.attrs.organisation_id.history
    found.update(value for value in itertools.chain(history.deleted, history.unchanged) if value)
    current = state.dict.get("organisation_id")
    if current:
        found.add(current)
    organisation = state.dict.get("organisation")
    if organisation is not None:
        found.add(organisation)
    return found


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending: dict[str, set[Any]] = session.info.setdefault(
        _PENDING, {"organisations": set(), "expertise": set()}
    )
    for obj in itertools.chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, (Organisation, Contact, ProductMarket)):
            pending["organisations"].update(_organisation_ids(obj))
        elif isinstance(obj, Expertise) and inspect(obj).attrs.name.history.has_changes():
            pending["expertise"].add(obj)


def _after_flush(session: Session, _context: Any) -> None:
    """Turn the flushed objects into ids (new ones have theirs now); written at commit."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    ids: set[int] = session.info.setdefault(_IDS, set())
    for item in pending["organisations"]:
        if isinstance(item, Organisation):
            identity = inspect(item).identity
            if identity:
                ids.add(identity[0])
        elif isinstance(item, int):
            ids.add(item)
    expertise_ids = [
        inspect(item).identity[0] for item in pending["expertise"] if inspect(item).identity
    ]
    if expertise_ids:
        ids.update(
            session.connection()
            .execute(
                select(Contact.organisation_id)
                .join(contact_expertise, contact_expertise.c.contact_id == Contact.id)
                .where(contact_expertise.c.expertise_id.in_(expertise_ids))
            )
            .scalars()
        )


def _before_commit(session: Session) -> None:
    """Rebuild the rows of every organisation the transaction touched, once, before it ends."""
    session.flush()
    ids = session.info.pop(_IDS, None)
    if ids:
        refresh(session.connection(), ids)


def mark_changed(session: Session, ids: Iterable[int]) -> None:
    """Queue organisations written past the ORM (bulk inserts) for the rebuild at commit."""
    session.info.setdefault(_IDS, set()).update(ids)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_IDS, None)


def install() -> None:
    """Hook every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush_postexec", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_rollback", _forget)
