"""Requirement collections: items, invited participants, and the states draft → open → closed.

Only members and customers can be invited (``participants``). Items and
invitations are set while the collection is a draft; participants may still be
invited while it is open. Every change is audited. A member who leaves is
taken out of every open (and draft) collection by ``remove_from_open_collections``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    CollectionItem,
    CollectionParticipant,
    CollectionState,
    OfficeUser,
    Organisation,
    ProcurementCategory,
    ProcurementItem,
    RequirementCollection,
    RequirementSubmission,
)
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require, visible_organisation
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.categories import get_category, items_of
from niro_desk.procurement.participants import require_participant

#: the only state changes there are
TRANSITIONS: dict[CollectionState, frozenset[CollectionState]] = {
    CollectionState.DRAFT: frozenset({CollectionState.OPEN}),
    CollectionState.OPEN: frozenset({CollectionState.CLOSED}),
    CollectionState.CLOSED: frozenset(),
}


@dataclass(frozen=True)
class CollectionInput:
    title: str
    category_id: int
    supply_period: str
    deadline: dt.date
    item_ids: Sequence[int] = ()  # empty: every item of the category and its subcategories
    notes: str = ""
    negotiation_round_id: int | None = None


@dataclass(frozen=True)
class CollectionRow:
    id: int
    title: str
    category: str
    supply_period: str
    deadline: dt.date
    state: CollectionState
    invited: int
    answered: int

    @property
    def missing(self) -> int:
        return self.invited - self.answered


def get_collection(session: Session, collection_id: int) -> RequirementCollection:
    require_reader(session)
    collection = session.get(RequirementCollection, collection_id)
    if collection is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The requirement collection #{id} no longer exists."),
            id=collection_id,
        )
    return collection


def list_collections(session: Session) -> list[CollectionRow]:
    """Every collection with its number of invited and answered participants (GROUP BY)."""
    visible = visible_organisation(session)
    active = CollectionParticipant.removed_at.is_(None)
    answered = (
        select(RequirementSubmission.id)
        .where(
            RequirementSubmission.collection_id == CollectionParticipant.collection_id,
            RequirementSubmission.organisation_id == CollectionParticipant.organisation_id,
            RequirementSubmission.is_current == true(),
        )
        .exists()
    )
    counts = (
        select(
            CollectionParticipant.collection_id.label("collection_id"),
            func.count().label("invited"),
            func.sum(case((answered, 1), else_=0)).label("answered"),
        )
        .where(active)
        .group_by(CollectionParticipant.collection_id)
        .subquery()
    )
    query = (
        select(
            RequirementCollection.id,
            RequirementCollection.title,
            ProcurementCategory.name,
            RequirementCollection.supply_period,
            RequirementCollection.deadline,
            RequirementCollection.state,
            func.coalesce(counts.c.invited, 0),
            func.coalesce(counts.c.answered, 0),
        )
        .join(ProcurementCategory, ProcurementCategory.id == RequirementCollection.category_id)
        .outerjoin(counts, counts.c.collection_id == RequirementCollection.id)
        .order_by(RequirementCollection.deadline.desc(), RequirementCollection.id.desc())
    )
    if visible is not None:  # a procurement head: the collections its organisation is asked in
        query = query.where(
            select(CollectionParticipant.id)
            .where(
                CollectionParticipant.collection_id == RequirementCollection.id,
                CollectionParticipant.organisation_id == visible,
                active,
            )
            .exists()
        )
    rows = session.execute(query)
    return [
        CollectionRow(i, t, c, p, d, CollectionState(s), int(n), int(a))
        for i, t, c, p, d, s, n, a in rows
    ]


def require_changeable(collection: RequirementCollection) -> None:
    """Refuse changes to a closed collection."""
    if collection.state == CollectionState.CLOSED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{title} is closed: nothing in it can change any more."),
            title=collection.title,
        )


def require_open(collection: RequirementCollection) -> None:
    """Refuse answers unless the collection is open."""
    require_changeable(collection)
    if collection.state != CollectionState.OPEN:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} is still a draft: answers are recorded once it is open."
            ),
            title=collection.title,
        )


def _validated(session: Session, data: CollectionInput) -> tuple[str, str, list[int]]:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(
            "title", QT_TRANSLATE_NOOP("Messages", "The title must not be empty.")
        )
    period = data.supply_period.strip()
    if not period:
        raise ValidationError(
            "supply_period",
            QT_TRANSLATE_NOOP("Messages", "Say which supply period is meant (e.g. 2027)."),
        )
    get_category(session, data.category_id)
    allowed = {item.id for item in items_of(session, data.category_id)}
    item_ids = list(dict.fromkeys(data.item_ids)) or sorted(allowed)
    if not item_ids:
        raise ValidationError(
            "items",
            QT_TRANSLATE_NOOP("Messages", "The category has no items yet: add items first."),
        )
    for item_id in item_ids:
        if item_id not in allowed:
            raise ValidationError(
                "items",
                QT_TRANSLATE_NOOP(
                    "Messages", "Item #{id} does not belong to the collection's category."
                ),
                id=item_id,
            )
    return title, period, item_ids


def _snapshot(collection: RequirementCollection) -> dict[str, object]:
    data = audit.snapshot(collection)
    data["items"] = sorted(i.item_id for i in collection.items)
    return data


def create_collection(
    session: Session,
    user: OfficeUser,
    data: CollectionInput,
    participant_ids: Sequence[int] = (),
) -> RequirementCollection:
    """A new draft collection; ``participant_ids`` are invited at once (members/customers only)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    title, period, item_ids = _validated(session, data)
    collection = RequirementCollection(
        title=title,
        category_id=data.category_id,
        supply_period=period,
        deadline=data.deadline,
        notes=data.notes.strip(),
        negotiation_round_id=data.negotiation_round_id,
        state=CollectionState.DRAFT,
        items=[CollectionItem(item_id=i) for i in item_ids],
    )
    session.add(collection)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "requirement_collection",
        collection.id,
        f"Requirement collection {title} created",
        None,
        _snapshot(collection),
    )
    invite(session, user, collection.id, participant_ids)
    return collection


def update_collection(
    session: Session, user: OfficeUser, collection_id: int, data: CollectionInput
) -> RequirementCollection:
    """Change title, period, deadline, notes; category and items only in a draft."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    require_changeable(collection)
    title, period, item_ids = _validated(session, data)
    changes_items = data.category_id != collection.category_id or set(item_ids) != {
        i.item_id for i in collection.items
    }
    if changes_items and collection.state != CollectionState.DRAFT:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{title} is open: its category and items can only change while it is a draft.",
            ),
            title=collection.title,
        )
    before = _snapshot(collection)
    collection.title = title
    collection.supply_period = period
    collection.deadline = data.deadline
    collection.notes = data.notes.strip()
    collection.negotiation_round_id = data.negotiation_round_id
    if changes_items:
        collection.category_id = data.category_id
        existing = {i.item_id: i for i in collection.items}
        collection.items = [existing.get(i) or CollectionItem(item_id=i) for i in item_ids]
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "requirement_collection",
        collection.id,
        f"Requirement collection {title} changed",
        before,
        _snapshot(collection),
    )
    return collection


def invite(
    session: Session, user: OfficeUser, collection_id: int, organisation_ids: Sequence[int]
) -> list[int]:
    """Invite participants (draft or open); returns the ids newly invited.

    Refuses (and writes nothing) when any of them is not a current member or
    customer. Inviting one who was taken out earlier invites it again.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    require_changeable(collection)
    organisations = [require_participant(session, i) for i in dict.fromkeys(organisation_ids)]
    existing = {p.organisation_id: p for p in collection.participants}
    added: list[int] = []
    for organisation in organisations:
        row = existing.get(organisation.id)
        if row is not None and row.removed_at is None:
            continue
        if row is None:
            collection.participants.append(CollectionParticipant(organisation_id=organisation.id))
        else:
            row.removed_at = None
            row.removed_reason = ""
            row.invited_at = utcnow()
        added.append(organisation.id)
    if added:
        session.flush()
        audit.record(
            session,
            user,
            "invite",
            "requirement_collection",
            collection.id,
            f"{len(added)} participant(s) invited to {collection.title}",
            None,
            {"invited": added},
        )
    return added


def remove_participant(
    session: Session, user: OfficeUser, collection_id: int, organisation_id: int, reason: str
) -> None:
    """Take a participant out of a draft or open collection; its answers stay in the history."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    require_changeable(collection)
    row = _active_row(collection, organisation_id)
    if row is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "The organisation is not invited to {title}."),
            title=collection.title,
        )
    _remove(session, user, collection, row, reason)


def _active_row(
    collection: RequirementCollection, organisation_id: int
) -> CollectionParticipant | None:
    for row in collection.participants:
        if row.organisation_id == organisation_id and row.removed_at is None:
            return row
    return None


def _remove(
    session: Session,
    user: OfficeUser,
    collection: RequirementCollection,
    row: CollectionParticipant,
    reason: str,
) -> None:
    row.removed_at = utcnow()
    row.removed_reason = reason.strip()
    session.flush()
    audit.record(
        session,
        user,
        "remove_participant",
        "requirement_collection",
        collection.id,
        f"{row.organisation.name} taken out of {collection.title} ({reason.strip()})",
        {"organisation_id": row.organisation_id, "invited": True},
        {"organisation_id": row.organisation_id, "invited": False, "reason": reason.strip()},
    )


def remove_from_open_collections(
    session: Session, user: OfficeUser, organisation_id: int, reason: str
) -> list[str]:
    """Take a participant out of every draft and open collection; the titles affected.

    Called when a member leaves the network. Closed collections keep it: their
    totals are what was pooled at the time.
    """
    require(session, user, Permission.EDIT_MEMBERS)  # part of a member's exit
    collections = session.scalars(
        select(RequirementCollection)
        .join(
            CollectionParticipant,
            and_(
                CollectionParticipant.collection_id == RequirementCollection.id,
                CollectionParticipant.organisation_id == organisation_id,
                CollectionParticipant.removed_at.is_(None),
            ),
        )
        .where(RequirementCollection.state.in_([CollectionState.DRAFT, CollectionState.OPEN]))
        .order_by(RequirementCollection.title)
    ).all()
    titles = []
    for collection in collections:
        row = _active_row(collection, organisation_id)
        assert row is not None
        _remove(session, user, collection, row, reason)
        titles.append(collection.title)
    return titles


def change_state(
    session: Session, user: OfficeUser, collection_id: int, target: CollectionState
) -> RequirementCollection:
    """Move the collection to ``target`` if that transition is allowed; audited.

    Opening needs items and at least one invited participant, and a deadline
    that has not passed.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    target = CollectionState(target)
    if target not in TRANSITIONS[collection.state]:
        if target == CollectionState.OPEN:
            template = QT_TRANSLATE_NOOP(
                "Messages", "Only a draft can be opened; {title} is not a draft any more."
            )
        elif target == CollectionState.CLOSED:
            template = QT_TRANSLATE_NOOP(
                "Messages", "Only an open collection can be closed; {title} is not open."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages", "{title} cannot go back to a draft once it has been opened."
            )
        raise RuleViolation(template, title=collection.title)
    if target == CollectionState.OPEN:
        if not any(p.removed_at is None for p in collection.participants):
            raise RuleViolation(
                QT_TRANSLATE_NOOP("Messages", "Invite participants before opening {title}."),
                title=collection.title,
            )
        if collection.deadline < dt.date.today():
            raise ValidationError(
                "deadline",
                QT_TRANSLATE_NOOP(
                    "Messages", "The deadline of {title} has passed: set a new one first."
                ),
                title=collection.title,
            )
        collection.opened_at = utcnow()
    if target == CollectionState.CLOSED:
        collection.closed_at = utcnow()
    before = str(collection.state)
    collection.state = target
    session.flush()
    audit.record(
        session,
        user,
        "state",
        "requirement_collection",
        collection.id,
        f"Requirement collection {collection.title}: {before} → {target}",
        {"state": before},
        {"state": str(target)},
    )
    return collection


def collection_items(session: Session, collection_id: int) -> list[ProcurementItem]:
    """The items asked for, by name."""
    require_reader(session)
    return list(
        session.scalars(
            select(ProcurementItem)
            .join(CollectionItem, CollectionItem.item_id == ProcurementItem.id)
            .where(CollectionItem.collection_id == collection_id)
            .order_by(ProcurementItem.name)
        )
    )


def active_participants(session: Session, collection_id: int) -> list[Organisation]:
    """The invited participants (a procurement head: only its own organisation)."""
    visible = visible_organisation(session)
    return list(
        session.scalars(
            select(Organisation)
            .join(CollectionParticipant, CollectionParticipant.organisation_id == Organisation.id)
            .where(
                CollectionParticipant.collection_id == collection_id,
                CollectionParticipant.removed_at.is_(None),
                true() if visible is None else Organisation.id == visible,
            )
            .order_by(Organisation.name)
        )
    )
