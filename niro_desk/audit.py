"""The audit log: services record every change in the same transaction.

Entries are only ever added: here a flush that changes or deletes one is
refused (except GDPR redaction on SQLite); on PostgreSQL the database refuses
it too (grants and a trigger, ``niro_desk.db_roles``, migration 0012).
``snapshot`` turns a model's columns into JSON (Decimal and dates as text), so
before/after can be compared in the history.

The log is also the change feed between office PCs: on PostgreSQL a
transaction that recorded entries sends one ``NOTIFY`` (channel
``CHANGES_CHANNEL``) naming the changed records, delivered only if it commits;
the ids of entries this process wrote are remembered in the session's
``OWN_AUDIT_IDS`` set, so a SQLite poll can tell other PCs' changes from our
own (see ``niro_desk.change_feed``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session

from niro_desk.bulk_insert import insert_returning_ids
from niro_desk.models import AuditEntry, Base, OfficeUser

CHANGES_CHANNEL = "niro_desk_changes"
ORIGIN = "niro_origin"  # session.info key: the process that writes (Database.origin)
OWN_AUDIT_IDS = "niro_own_audit_ids"  # session.info key: a set shared with the Database
_PENDING = "niro_pending_audit"  # session.info key: entries recorded in this transaction
_MAX_PAYLOAD = 7000  # NOTIFY payloads must stay below 8000 bytes


def json_value(value: Any) -> Any:
    """``value`` as JSON-safe data (enums by value, Decimal and dates as text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def snapshot(
    entity: Base, exclude: tuple[str, ...] = ("created_at", "updated_at", "version")
) -> dict[str, Any]:
    """The entity's column values as JSON-safe data."""
    mapper = inspect(entity).mapper
    return {
        column.key: json_value(getattr(entity, column.key))
        for column in mapper.column_attrs
        if column.key not in exclude
    }


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only the keys whose values differ, from ``after``."""
    return {key: value for key, value in after.items() if before.get(key) != value}


def record(
    session: Session,
    user: OfficeUser,
    action: str,
    entity_type: str,
    entity_id: int | None,
    summary: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit entry to the session's transaction."""
    entry = AuditEntry(
        user=user,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        summary=summary,
        before=before,
        after=after,
    )
    session.add(entry)
    session.info.setdefault(_PENDING, []).append(entry)
    return entry


@dataclass(frozen=True)
class Written:
    """An entry ``record_many`` wrote past the ORM: enough for the change feed."""

    id: int
    entity_type: str
    entity_id: int | None


AuditRow = tuple[str, str, int | None, str, dict[str, Any] | None, dict[str, Any] | None]
"""action, entity_type, entity_id, summary, before, after: what ``record`` takes."""


def record_many(session: Session, user: OfficeUser, rows: Iterable[AuditRow]) -> list[int]:
    """Add many entries to the session's transaction in a few batched INSERTs.

    Each entry is what ``record`` would write with the same arguments (same
    columns, the same ``at`` default); for bulk writers such as the member
    import, which would otherwise flush once per entry. Returns the new ids
    in the order of ``rows``.
    """
    values = [
        {
            "user_id": user.id,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "summary": summary,
            "before": before,
            "after": after,
        }
        for action, entity_type, entity_id, summary, before, after in rows
    ]
    if not values:
        return []
    session.flush()  # ``user`` (and whatever the rows describe) first
    ids = insert_returning_ids(session.connection(), AuditEntry.__table__, values)
    pending = session.info.setdefault(_PENDING, [])
    pending.extend(
        Written(entry_id, value["entity_type"], value["entity_id"])
        for entry_id, value in zip(ids, values, strict=True)
    )
    return ids


def last_change(session: Session, entity_type: str, entity_id: int) -> AuditEntry | None:
    """The newest entry about one entity: who changed it last, and when."""
    return session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    )


def changes_payload(origin: str, entries: list[AuditEntry] | list[Written]) -> str:
    """The NOTIFY text: who sent it and which records changed (null: too many to name)."""
    refs = sorted({(e.entity_type, e.entity_id or 0) for e in entries})
    payload = json.dumps({"origin": origin, "entities": refs})
    if len(payload) > _MAX_PAYLOAD:
        payload = json.dumps({"origin": origin, "entities": None})
    return payload


@event.listens_for(Session, "before_commit")
def _announce_changes(session: Session) -> None:
    entries = session.info.get(_PENDING)
    if not entries or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {
            "channel": CHANGES_CHANNEL,
            "payload": changes_payload(session.info.get(ORIGIN, ""), entries),
        },
    )


@event.listens_for(Session, "after_commit")
def _remember_own_entries(session: Session) -> None:
    entries = session.info.pop(_PENDING, None)
    own = session.info.get(OWN_AUDIT_IDS)
    if entries and own is not None:
        for entry in entries:
            if isinstance(entry, Written):
                own.add(entry.id)
                continue
            identity = inspect(entry).identity  # no SQL: the key is kept after commit
            if identity is not None:
                own.add(identity[0])


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back_entries(session: Session) -> None:
    session.info.pop(_PENDING, None)


def history(session: Session, entity_type: str, entity_id: int) -> list[AuditEntry]:
    """All entries about one entity, newest first."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        )
    )


class AuditLogAppendOnlyError(RuntimeError):
    """Raised when code tries to change or delete an audit entry through the ORM."""


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, _context: Any, _instances: Any) -> None:
    allowed = session.info.get("audit_redaction", False)
    for entity in list(session.dirty) + list(session.deleted):
        if isinstance(entity, AuditEntry) and not allowed:
            raise AuditLogAppendOnlyError("audit entries are never changed or deleted")
