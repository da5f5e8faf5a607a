"""Pooled demand of a collection: totals per item, splits, and who has not answered yet.

Every total comes from the database (``GROUP BY``), never from adding rows in
Python; on SQLite volumes are scaled integers, so sums are exact there too.
What counts: the current submission of each participant still invited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, Subquery, and_, case, func, literal, select, text, true
from sqlalchemy.orm import Session, selectinload

from niro_desk.models import (
    CollectionItem,
    CollectionParticipant,
    Organisation,
    OrganisationKind,
    ProcurementItem,
    RequirementLine,
    RequirementSubmission,
    SubmissionSource,
    UnitOfMeasure,
)
from niro_desk.models.requirement_submission import volume_type
from niro_desk.permissions import viewer
from niro_desk.procurement.access import require_office_reader, require_reader
from niro_desk.procurement.participants import procurement_heads

ZERO = Decimal("0.000")


@dataclass(frozen=True)
class ItemTotal:
    item_id: int
    item: str
    unit: UnitOfMeasure
    total: Decimal
    participants: int
    members_total: Decimal
    members: int
    customers_total: Decimal
    customers: int


@dataclass(frozen=True)
class RegionTotal:
    item_id: int
    region: str
    total: Decimal
    participants: int


@dataclass(frozen=True)
class ParticipantState:
    organisation_id: int
    name: str
    kind: OrganisationKind
    region: str
    removed: bool
    removed_reason: str
    submitted_at: dt.datetime | None
    source: SubmissionSource | None
    lines: int
    heads: list[tuple[str, str]] = field(default_factory=list)  # (name, e-mail)

    @property
    def answered(self) -> bool:
        return self.submitted_at is not None


def _counted_lines(collection_id: int) -> Select[tuple[()]]:
    """FROM/WHERE of the lines that count: current submissions of invited participants."""
    return (
        select()
        .select_from(RequirementLine)
        .join(RequirementSubmission, RequirementSubmission.id == RequirementLine.submission_id)
        .join(
            CollectionParticipant,
            and_(
                CollectionParticipant.collection_id == RequirementSubmission.collection_id,
                CollectionParticipant.organisation_id == RequirementSubmission.organisation_id,
            ),
        )
        .join(Organisation, Organisation.id == RequirementSubmission.organisation_id)
        .where(
            RequirementSubmission.collection_id == collection_id,
            RequirementSubmission.is_current == true(),
            CollectionParticipant.removed_at.is_(None),
        )
    )


def _per_participant(collection_id: int, *keys: Any) -> Subquery:
    """Stage one: each participant's volume per item (and ``keys``), one GROUP BY.

    Summing per participant first lets stage two count participants with
    ``COUNT(*)`` instead of ``COUNT(DISTINCT …)``, which PostgreSQL can only
    do by sorting.
    """
    return (
        _counted_lines(collection_id)
        .add_columns(
            RequirementLine.item_id.label("item_id"),
            RequirementSubmission.organisation_id.label("organisation_id"),
            *keys,
            func.sum(RequirementLine.volume).label("volume"),
        )
        .group_by(RequirementLine.item_id, RequirementSubmission.organisation_id, *keys)
        .subquery()
    )


def item_totals_query(collection_id: int) -> Select[tuple[object, ...]]:
    """Per item: total volume, participants, members' and customers' share (GROUP BY)."""
    stage = _per_participant(collection_id, Organisation.kind.label("kind"))
    member = stage.c.kind == OrganisationKind.MEMBER.value
    zero = literal(0, volume_type())
    return select(
        stage.c.item_id,
        func.sum(stage.c.volume).label("total"),
        func.count().label("participants"),
        func.sum(case((member, stage.c.volume), else_=zero)).label("members_total"),
        func.sum(case((member, 1), else_=0)).label("members"),
        func.sum(case((member, zero), else_=stage.c.volume)).label("customers_total"),
        func.sum(case((member, 0), else_=1)).label("customers"),
    ).group_by(stage.c.item_id)


def region_totals_query(collection_id: int) -> Select[tuple[object, ...]]:
    """Per item and region of the participant: total volume and participants (GROUP BY)."""
    stage = _per_participant(collection_id, Organisation.region.label("region"))
    return (
        select(
            stage.c.item_id,
            stage.c.region,
            func.sum(stage.c.volume).label("total"),
            func.count().label("participants"),
        )
        .group_by(stage.c.item_id, stage.c.region)
        .order_by(stage.c.item_id, stage.c.region)
    )


def _totals_from_function(session: Session) -> bool:
    """Whether row-level security would hide the other participants' lines from this reader.

    On PostgreSQL a reader without READ_ALL (a procurement head, connected as its
    own database role) sees only its own lines; the pooled totals then come from a
    SECURITY DEFINER function (migration 0012) that adds up all of them.
    """
    return session.get_bind().dialect.name == "postgresql" and not viewer(session).reads_all


def item_totals(session: Session, collection_id: int) -> list[ItemTotal]:
    """Every item of the collection with its pooled totals (zero where nobody needs it)."""
    require_reader(session)
    if _totals_from_function(session):
        query: Any = text(
            "SELECT item_id, total, participants, members_total, members, customers_total,"
            " customers FROM niro_desk_pooled_item_totals(:collection)"
        ).bindparams(collection=collection_id)
    else:
        query = item_totals_query(collection_id)
    sums = {row[0]: row[1:] for row in session.execute(query)}
    items = session.execute(
        select(ProcurementItem.id, ProcurementItem.name, ProcurementItem.unit)
        .join(CollectionItem, CollectionItem.item_id == ProcurementItem.id)
        .where(CollectionItem.collection_id == collection_id)
        .order_by(ProcurementItem.name)
    )
    result = []
    for item_id, name, unit in items:
        total, participants, members_total, members, customers_total, customers = sums.get(
            item_id, (ZERO, 0, ZERO, 0, ZERO, 0)
        )
        result.append(
            ItemTotal(
                item_id,
                name,
                UnitOfMeasure(unit),
                total,
                int(participants),
                members_total,
                int(members),
                customers_total,
                int(customers),
            )
        )
    return result


def region_totals(session: Session, collection_id: int) -> list[RegionTotal]:
    require_reader(session)
    if _totals_from_function(session):
        query: Any = text(
            "SELECT item_id, region, total, participants"
            " FROM niro_desk_pooled_region_totals(:collection)"
        ).bindparams(collection=collection_id)
    else:
        query = region_totals_query(collection_id)
    return [
        RegionTotal(item_id, region or "", total, int(count))
        for item_id, region, total, count in session.execute(query)
    ]


def participant_states(session: Session, collection_id: int) -> list[ParticipantState]:
    """Every participant ever invited: answered when and how, or not yet; removed ones last."""
    require_office_reader(session)
    line_counts = (
        select(RequirementLine.submission_id, func.count().label("lines"))
        .join(RequirementSubmission, RequirementSubmission.id == RequirementLine.submission_id)
        .where(
            RequirementSubmission.collection_id == collection_id,
            RequirementSubmission.is_current == true(),
        )
        .group_by(RequirementLine.submission_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Organisation,
            CollectionParticipant.removed_at,
            CollectionParticipant.removed_reason,
            RequirementSubmission.submitted_at,
            RequirementSubmission.source,
            func.coalesce(line_counts.c.lines, 0),
        )
        .join(CollectionParticipant, CollectionParticipant.organisation_id == Organisation.id)
        .outerjoin(
            RequirementSubmission,
            and_(
                RequirementSubmission.collection_id == CollectionParticipant.collection_id,
                RequirementSubmission.organisation_id == Organisation.id,
                RequirementSubmission.is_current == true(),
            ),
        )
        .outerjoin(line_counts, line_counts.c.submission_id == RequirementSubmission.id)
        .where(CollectionParticipant.collection_id == collection_id)
        .options(selectinload(Organisation.contacts))
        .order_by(CollectionParticipant.removed_at.is_not(None), Organisation.name)
    )
    return [
        ParticipantState(
            organisation.id,
            organisation.name,
            organisation.kind,
            organisation.region,
            removed_at is not None,
            reason,
            submitted_at,
            SubmissionSource(source) if source else None,
            int(lines),
            [(c.full_name, c.email) for c in procurement_heads(organisation)],
        )
        for organisation, removed_at, reason, submitted_at, source, lines in rows
    ]


def not_answered(session: Session, collection_id: int) -> list[ParticipantState]:
    """The reminder list: invited participants without an answer yet."""
    require_office_reader(session)
    return [
        state
        for state in participant_states(session, collection_id)
        if not state.removed and not state.answered
    ]


def reminder_addresses(states: list[ParticipantState]) -> str:
    """The heads' e-mail addresses, ``;``-separated, to paste into a mail's To or Bcc."""
    addresses = dict.fromkeys(email for s in states for _name, email in s.heads if email)
    return "; ".join(addresses)
