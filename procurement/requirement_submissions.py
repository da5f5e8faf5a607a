"""A participant's requirements for a collection: submit, replace, and the history.

A later submission replaces the earlier one: the earlier stays, marked as
replaced, so the history shows what the participant said when. Lines are in
the item's unit (``units.parse_volume`` converts what people type). An empty
submission is an answer too: the participant needs nothing this time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select, text, true
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation, ValidationError
from niro_desk.models import (
    CollectionItem,
    OfficeUser,
    OrganisationKind,
    ProcurementItem,
    RequirementLine,
    RequirementSubmission,
    SubmissionSource,
    UnitOfMeasure,
)
from niro_desk.models.column_types import utcnow
from niro_desk.models.requirement_submission import VOLUME_SCALE
from niro_desk.permissions import (
    Permission,
    require_for_organisation,
    require_sees,
    visible_organisation,
)
from niro_desk.procurement.participants import procurement_heads
from niro_desk.procurement.pooled_demand import ParticipantState
from niro_desk.procurement.requirement_collections import (
    _active_row,
    get_collection,
    require_open,
)

PRICE_SCALE = 4


class LineProblem(ValidationError):
    """A problem in one line (``row``, 0-based in the order given) of a submission."""

    def __init__(self, row: int, field: str, template: str, **params: object) -> None:
        self.row = row
        super().__init__(field, template, **params)


@dataclass(frozen=True)
class LineInput:
    item_id: int
    volume: Decimal
    delivery_sites: str = ""
    current_supplier: str = ""
    current_unit_price: Decimal | None = None
    contract_end: dt.date | None = None
    notice_date: dt.date | None = None


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _check_line(row: int, line: LineInput, items: Mapping[int, object]) -> None:
    if line.item_id not in items:
        raise LineProblem(
            row,
            "item",
            QT_TRANSLATE_NOOP("Messages", "This item is not asked for in the collection."),
        )
    if not line.volume.is_finite() or line.volume < 0:
        raise LineProblem(
            row, "volume", QT_TRANSLATE_NOOP("Messages", "A volume cannot be negative.")
        )
    if _places(line.volume) > VOLUME_SCALE:
        raise LineProblem(
            row,
            "volume",
            QT_TRANSLATE_NOOP("Messages", "{value} has more than three decimal places."),
            value=str(line.volume),
        )
    price = line.current_unit_price
    if price is not None:
        if not price.is_finite() or price < 0:
            raise LineProblem(
                row, "price", QT_TRANSLATE_NOOP("Messages", "A price cannot be negative.")
            )
        if _places(price) > PRICE_SCALE:
            raise LineProblem(
                row,
                "price",
                QT_TRANSLATE_NOOP("Messages", "A unit price has at most four decimal places."),
            )
    if line.contract_end and line.notice_date and line.notice_date > line.contract_end:
        raise LineProblem(
            row,
            "notice_date",
            QT_TRANSLATE_NOOP("Messages", "The notice date lies after the end of the contract."),
        )
    if len(line.current_supplier.strip()) > 200:
        raise LineProblem(
            row, "supplier", QT_TRANSLATE_NOOP("Messages", "The supplier's name is too long.")
        )


def _insert_lines(session: Session, rows: list[dict[str, object]]) -> None:
    """Write requirement lines in bulk (a workbook may hold 10,000 of them).

    PostgreSQL: ``COPY`` on the session's own connection (same transaction),
    five times faster than an ``executemany``; SQLite, and a PostgreSQL role
    under row-level security (a procurement head's, ``niro_desk.db_roles``:
    the server refuses ``COPY`` there): a Core ``executemany`` (no ORM
    bookkeeping per row). The rows were checked by ``_check_line``.
    """
    connection = session.connection()
    if (
        connection.dialect.name != "postgresql"
        or connection.execute(text("SELECT row_security_active('requirement_line')")).scalar()
    ):
        connection.execute(insert(RequirementLine.__table__), rows)
        return
    columns = list(rows[0])
    driver = connection.connection.driver_connection
    statement = f"COPY requirement_line ({', '.join(columns)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row([row[column] for column in columns])


def current_submission(
    session: Session, collection_id: int, organisation_id: int
) -> RequirementSubmission | None:
    require_sees(session, organisation_id)
    return session.scalar(
        select(RequirementSubmission)
        .options(selectinload(RequirementSubmission.lines).selectinload(RequirementLine.item))
        .where(
            RequirementSubmission.collection_id == collection_id,
            RequirementSubmission.organisation_id == organisation_id,
            RequirementSubmission.is_current == true(),
        )
    )


def submit(
    session: Session,
    user: OfficeUser,
    collection_id: int,
    organisation_id: int,
    lines: Sequence[LineInput],
    source: SubmissionSource = SubmissionSource.MANUAL,
    note: str = "",
) -> RequirementSubmission:
    """Record a participant's requirements; the previous submission becomes history.

    Only for an open collection and an invited participant. Every line is
    checked first; on any problem (``LineProblem`` with its row) nothing is written.
    """
    require_for_organisation(session, user, organisation_id, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    require_open(collection)
    participant = _active_row(collection, organisation_id)
    if participant is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "The organisation is not invited to {title}: it cannot answer."
            ),
            title=collection.title,
        )
    items: dict[int, UnitOfMeasure] = {
        item_id: UnitOfMeasure(unit)
        for item_id, unit in session.execute(  # plain rows: a workbook may hold 10,000 items
            select(ProcurementItem.id, ProcurementItem.unit)
            .join(CollectionItem, CollectionItem.item_id == ProcurementItem.id)
            .where(CollectionItem.collection_id == collection.id)
        )
    }
    for row, line in enumerate(lines):
        _check_line(row, line, items)
    previous = session.scalar(  # not current_submission(): its lines are not needed here
        select(RequirementSubmission).where(
            RequirementSubmission.collection_id == collection.id,
            RequirementSubmission.organisation_id == organisation_id,
            RequirementSubmission.is_current == true(),
        )
    )
    now = utcnow()
    if previous is not None:
        previous.is_current = False
        previous.replaced_at = now
        session.flush()  # before the new one becomes current
    submission = RequirementSubmission(
        collection_id=collection.id,
        organisation_id=organisation_id,
        submitted_at=now,
        recorded_by=user,
        source=SubmissionSource(source),
        is_current=True,
        note=note.strip(),
    )
    session.add(submission)
    session.flush()
    if lines:
        _insert_lines(
            session,
            [
                {
                    "submission_id": submission.id,
                    "item_id": line.item_id,
                    "volume": line.volume,
                    "unit": items[line.item_id].value,
                    "delivery_sites": line.delivery_sites.strip(),
                    "current_supplier": line.current_supplier.strip(),
                    "current_unit_price": line.current_unit_price,
                    "contract_end": line.contract_end,
                    "notice_date": line.notice_date,
                }
                for line in lines
            ],
        )
        session.expire(submission, ["lines"])
    audit.record(
        session,
        user,
        "submit",
        "requirement_collection",
        collection.id,
        f"Requirements of {participant.organisation.name} for {collection.title}:"
        f" {len(lines)} line(s)"
        + (
            f", replacing the submission of {previous.submitted_at.isoformat()}" if previous else ""
        ),
        {"submission_id": previous.id} if previous else None,
        {
            "submission_id": submission.id,
            "organisation_id": organisation_id,
            "source": str(source),
            "lines": len(lines),
        },
    )
    return submission


def history(
    session: Session, collection_id: int, organisation_id: int
) -> list[RequirementSubmission]:
    """Every submission of the participant for the collection, newest first, with lines."""
    require_sees(session, organisation_id)
    return list(
        session.scalars(
            select(RequirementSubmission)
            .options(
                selectinload(RequirementSubmission.lines).selectinload(RequirementLine.item),
                selectinload(RequirementSubmission.recorded_by),
            )
            .where(
                RequirementSubmission.collection_id == collection_id,
                RequirementSubmission.organisation_id == organisation_id,
            )
            .order_by(RequirementSubmission.submitted_at.desc(), RequirementSubmission.id.desc())
        )
    )


def own_state(session: Session, collection_id: int) -> ParticipantState | None:
    """The viewer's own organisation's answer to the collection (a procurement head's
    "Participants" tab: one row, its own); None when it is not invited or nobody is bound."""
    organisation_id = visible_organisation(session)
    if organisation_id is None:
        return None
    collection = get_collection(session, collection_id)
    row = next((p for p in collection.participants if p.organisation_id == organisation_id), None)
    if row is None:
        return None
    submission = current_submission(session, collection_id, organisation_id)
    organisation = row.organisation
    return ParticipantState(
        organisation.id,
        organisation.name,
        OrganisationKind(organisation.kind),
        organisation.region,
        row.removed_at is not None,
        row.removed_reason,
        submission.submitted_at if submission else None,
        SubmissionSource(submission.source) if submission else None,
        len(submission.lines) if submission else 0,
        [(c.full_name, c.email) for c in procurement_heads(organisation)],
    )
