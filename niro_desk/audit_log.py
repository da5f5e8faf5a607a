"""Reading the audit log: filtered pages, one entry's before/after, export to Excel.

Only ``Permission.VIEW_AUDIT_LOG`` may read it (managers and administrators;
everyone while accounts are off). Filters: person, area, record (type and id),
words in the summary, period. The database does the work: ``count_entries``
counts with ``COUNT(*)``, ``page`` returns at most ``PAGE_SIZE`` rows newest
first and pages on by the last row's (time, id), so the hundredth page costs
what the first does; indexes on (user, time) and (record type, record id, time)
keep the filters fast at 100,000 entries and more on both engines.

The area is derived from the record type (``AREAS``); entries about record
types no area names fall under "other". Entries erased for GDPR (see
``niro_desk.membership.contacts.erase_contact``) keep their shape: their
fields are shown with the value "[erased]" like any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound
from niro_desk.models import AuditEntry, OfficeUser
from niro_desk.permissions import Permission, require

PAGE_SIZE = 200
EXPORT_LIMIT = 100_000
OTHER = "other"
AREAS: dict[str, tuple[str, ...]] = {
    "members": ("organisation", "contact", "glossary_entry", "membership", "board_decision"),
    "procurement": (
        "requirement_collection",
        "procurement_category",
        "procurement_item",
        "negotiation_round",
        "requirement_submission",
    ),
    "tenders": ("tender", "supplier_certificate", "bid", "framework_agreement"),
    "accounts": ("office_user",),
    "settings": ("setting", "demo"),
}
AREA_NAMES = {
    "members": QT_TRANSLATE_NOOP("AuditArea", "Members"),
    "procurement": QT_TRANSLATE_NOOP("AuditArea", "Requirements"),
    "tenders": QT_TRANSLATE_NOOP("AuditArea", "Tenders"),
    "accounts": QT_TRANSLATE_NOOP("AuditArea", "Accounts"),
    "settings": QT_TRANSLATE_NOOP("AuditArea", "Settings"),
    OTHER: QT_TRANSLATE_NOOP("AuditArea", "Other"),
}
_AREA_OF = {record_type: area for area, types in AREAS.items() for record_type in types}
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("Messages", "There is no audit entry with the id {id}.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} entries match: narrow the filter to at most {limit} for an export.",
)


def area_of(record_type: str) -> str:
    return _AREA_OF.get(record_type, OTHER)


@dataclass(frozen=True)
class AuditFilter:
    """What to show; ``until`` is exclusive. Empty fields do not filter."""

    user_id: int | None = None
    area: str | None = None
    record_type: str | None = None
    record_id: int | None = None
    text: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    login: str
    person: str
    action: str
    area: str
    record_type: str
    record_id: int | None
    summary: str

    @property
    def key(self) -> tuple[dt.datetime, int]:
        return (self.at, self.id)


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any
    changed: bool


@dataclass(frozen=True)
class EntryDetail:
    row: AuditRow
    has_before: bool
    has_after: bool
    fields: list[FieldChange]


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    conditions: list[Any] = []
    if flt.user_id is not None:
        conditions.append(AuditEntry.user_id == flt.user_id)
    if flt.area:
        if flt.area == OTHER:
            conditions.append(AuditEntry.entity_type.not_in(list(_AREA_OF)))
        else:
            conditions.append(AuditEntry.entity_type.in_(AREAS.get(flt.area, ())))
    if flt.record_type:
        conditions.append(AuditEntry.entity_type == flt.record_type)
    if flt.record_id is not None:
        conditions.append(AuditEntry.entity_id == flt.record_id)
    if flt.text.strip():
        words = flt.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(AuditEntry.summary.ilike(f"%{words}%", escape="\\"))
    if flt.since is not None:
        conditions.append(AuditEntry.at >= flt.since)
    if flt.until is not None:
        conditions.append(AuditEntry.at < flt.until)
    return query.where(*conditions) if conditions else query


def _row(entry: AuditEntry, login: str, display_name: str) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        login=login,
        person=display_name or login,
        action=entry.action,
        area=area_of(entry.entity_type),
        record_type=entry.entity_type,
        record_id=entry.entity_id,
        summary=entry.summary,
    )


def count_entries(session: Session, user: OfficeUser, flt: AuditFilter) -> int:
    require(session, user, Permission.VIEW_AUDIT_LOG)
    return int(session.scalar(_filtered(select(func.count(AuditEntry.id)), flt)) or 0)


def _rows(
    session: Session, flt: AuditFilter, limit: int, after: tuple[dt.datetime, int] | None
) -> list[AuditRow]:
    query = _filtered(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.entity_type,
            AuditEntry.entity_id,
            AuditEntry.summary,
            OfficeUser.login,
            OfficeUser.display_name,
        ).join(OfficeUser, OfficeUser.id == AuditEntry.user_id),
        flt,
    )
    if after is not None:
        at, entry_id = after
        query = query.where(
            or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < entry_id))
        )
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    return [
        AuditRow(
            id=r.id,
            at=r.at,
            login=r.login,
            person=r.display_name or r.login,
            action=r.action,
            area=area_of(r.entity_type),
            record_type=r.entity_type,
            record_id=r.entity_id,
            summary=r.summary,
        )
        for r in session.execute(query)
    ]


def page(
    session: Session,
    user: OfficeUser,
    flt: AuditFilter,
    after: tuple[dt.datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditRow]:
    """At most ``limit`` entries newest first, older than ``after`` (the last row's key)."""
    require(session, user, Permission.VIEW_AUDIT_LOG)
    return _rows(session, flt, min(limit, PAGE_SIZE), after)


def entry_detail(session: Session, user: OfficeUser, entry_id: int) -> EntryDetail:
    """One entry with its fields before and after, side by side (changed ones marked)."""
    require(session, user, Permission.VIEW_AUDIT_LOG)
    entry = session.get(AuditEntry, entry_id)
    if entry is None:
        raise NotFound(UNKNOWN_ENTRY, id=entry_id)
    before = entry.before or {}
    after = entry.after or {}
    names = list(before) + [name for name in after if name not in before]
    fields = [
        FieldChange(
            name,
            before.get(name),
            after.get(name),
            entry.before is not None
            and entry.after is not None
            and (name not in before or name not in after or before[name] != after[name]),
        )
        for name in names
    ]
    return EntryDetail(
        _row(entry, entry.user.login, entry.user.display_name),
        entry.before is not None,
        entry.after is not None,
        fields,
    )


def people(session: Session, user: OfficeUser) -> list[tuple[int, str]]:
    """Everyone who may appear in the log, by name: (id, shown name)."""
    require(session, user, Permission.VIEW_AUDIT_LOG)
    rows = session.execute(
        select(OfficeUser.id, OfficeUser.login, OfficeUser.display_name).order_by(OfficeUser.login)
    )
    return [
        (
            r.id,
            r.login
            if not r.display_name or r.display_name == r.login
            else f"{r.display_name} ({r.login})",
        )
        for r in rows
    ]


def record_types(session: Session, user: OfficeUser) -> list[str]:
    """The record types in the log (from the index, not a scan of the entries)."""
    require(session, user, Permission.VIEW_AUDIT_LOG)
    return list(
        session.scalars(select(AuditEntry.entity_type).distinct().order_by(AuditEntry.entity_type))
    )


def changes_text(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """The change in one line per field: ``field: before → after``."""
    if before is None and after is None:
        return ""
    if before is None:
        return "\n".join(f"{k}: {v}" for k, v in (after or {}).items())
    if after is None:
        return "\n".join(f"{k}: {v} → –" for k, v in before.items())
    names = list(before) + [name for name in after if name not in before]
    return "\n".join(
        f"{name}: {before.get(name)} → {after.get(name)}"
        for name in names
        if before.get(name) != after.get(name)
    )


def export_entries(
    session: Session,
    user: OfficeUser,
    flt: AuditFilter,
    path: Path,
    headers: Sequence[str] | None = None,
    area_names: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the matching entries (newest first) to an .xlsx file; returns how many.

    Times are written in local time. More than ``EXPORT_LIMIT`` entries are refused.
    """
    from niro_desk.errors import RuleViolation
    from niro_desk.workbook.sheet_writer import Column, new_workbook, save_workbook, write_table

    total = count_entries(session, user, flt)
    if total > EXPORT_LIMIT:
        raise RuleViolation(TOO_MANY, count=total, limit=EXPORT_LIMIT)
    names = list(
        headers
        or (
            "When",
            "Person",
            "Sign-in name",
            "Area",
            "Action",
            "Record",
            "Id",
            "Summary",
            "Changes",
        )
    )
    keys = ("at", "person", "login", "area", "action", "record", "id", "summary", "changes")
    formats = {"at": "DD.MM.YYYY HH:MM:SS", "id": "0"}
    columns = [
        Column(key, header, number_format=formats.get(key), wrap=key == "changes")
        for key, header in zip(keys, names, strict=True)
    ]
    query = _filtered(
        select(AuditEntry, OfficeUser.login, OfficeUser.display_name).join(
            OfficeUser, OfficeUser.id == AuditEntry.user_id
        ),
        flt,
    ).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    rows: list[list[Any]] = []
    for entry, login, display_name in session.execute(query.execution_options(yield_per=2000)):
        area = area_of(entry.entity_type)
        rows.append(
            [
                entry.at.astimezone().replace(tzinfo=None),
                display_name or login,
                login,
                (area_names or {}).get(area, area),
                entry.action,
                entry.entity_type,
                entry.entity_id,
                entry.summary,
                changes_text(entry.before, entry.after),
            ]
        )
        if progress is not None and len(rows) % 2000 == 0:
            progress(len(rows), total)
    workbook = new_workbook("NIRO Desk audit log")
    write_table(workbook, "Audit log", columns, rows)
    save_workbook(workbook, path)
    return len(rows)
