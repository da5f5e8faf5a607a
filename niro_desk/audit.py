"""The audit log: services record every change in the same transaction.

Entries are only ever added. ``snapshot`` turns a model's columns into JSON
(Decimal and dates as text), so before/after can be compared in the history.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from niro_desk.models import AuditEntry, Base, OfficeUser


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def snapshot(
    entity: Base, exclude: tuple[str, ...] = ("created_at", "updated_at")
) -> dict[str, Any]:
    """The entity's column values as JSON-safe data."""
    mapper = inspect(entity).mapper
    return {
        column.key: _json_value(getattr(entity, column.key))
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
    return entry


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
