"""Tenders: created from closed collections, published with an opening passphrase, rounds.

States go draft → round open → evaluation → awarded / cancelled, and from
evaluation back to round open for a further (negotiation) round; nothing else.
Every transition is audited. Publishing creates the tender's opening key
(``sealing``) and round 1 with every invited supplier; round 2 and later may
invite a shortlist of the previous round's suppliers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    CollectionState,
    OfficeUser,
    ProcurementCategory,
    RoundState,
    RoundSupplier,
    Tender,
    TenderCollection,
    TenderCriterion,
    TenderLot,
    TenderLotItem,
    TenderLotRegion,
    TenderRound,
    TenderState,
    TenderSupplier,
    UnitOfMeasure,
)
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement import sealing
from niro_desk.procurement.requirement_collections import get_collection
from niro_desk.procurement.suppliers import require_supplier
from niro_desk.procurement.tender_lots import MINIMUM_PARTICIPANTS, pooled_items

TRANSITIONS: dict[TenderState, frozenset[TenderState]] = {
    TenderState.DRAFT: frozenset({TenderState.ROUND_OPEN, TenderState.CANCELLED}),
    TenderState.ROUND_OPEN: frozenset({TenderState.EVALUATION, TenderState.CANCELLED}),
    TenderState.EVALUATION: frozenset(
        {TenderState.ROUND_OPEN, TenderState.AWARDED, TenderState.CANCELLED}
    ),
    TenderState.AWARDED: frozenset(),
    TenderState.CANCELLED: frozenset(),
}

MINIMUM_PASSPHRASE_LENGTH = 12
PRICE_CRITERION = QT_TRANSLATE_NOOP("Messages", "Price")


@dataclass(frozen=True)
class LotInput:
    name: str
    item_ids: Sequence[int]


@dataclass(frozen=True)
class CriterionInput:
    name: str
    weight: int


@dataclass(frozen=True)
class TenderInput:
    title: str
    collection_ids: Sequence[int]
    lots: Sequence[LotInput]
    price_weight: int
    criteria: Sequence[CriterionInput] = ()
    supplier_ids: Sequence[int] = ()
    notes: str = ""


@dataclass(frozen=True)
class TenderRow:
    id: int
    title: str
    category: str
    state: TenderState
    lots: int
    suppliers: int
    current_round: int | None
    deadline: dt.datetime | None


def get_tender(session: Session, tender_id: int) -> Tender:
    tender = session.get(Tender, tender_id)
    if tender is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The tender #{id} no longer exists."), id=tender_id
        )
    return tender


def get_round(session: Session, round_id: int) -> TenderRound:
    tender_round = session.get(TenderRound, round_id)
    if tender_round is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The bidding round #{id} no longer exists."),
            id=round_id,
        )
    return tender_round


def round_by_number(session: Session, tender_id: int, number: int) -> TenderRound:
    tender_round = session.scalar(
        select(TenderRound).where(TenderRound.tender_id == tender_id, TenderRound.number == number)
    )
    if tender_round is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "Tender #{id} has no round {number}."),
            id=tender_id,
            number=number,
        )
    return tender_round


def list_tenders(session: Session) -> list[TenderRow]:
    """Every tender, newest first (any signed-in reader: no bid, no volume in it)."""
    require_viewer(session)
    lots = (
        select(TenderLot.tender_id, func.count().label("n"))
        .group_by(TenderLot.tender_id)
        .subquery()
    )
    suppliers = (
        select(TenderSupplier.tender_id, func.count().label("n"))
        .group_by(TenderSupplier.tender_id)
        .subquery()
    )
    last = (
        select(TenderRound.tender_id, func.max(TenderRound.number).label("number"))
        .group_by(TenderRound.tender_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Tender.id,
            Tender.title,
            ProcurementCategory.name,
            Tender.state,
            func.coalesce(lots.c.n, 0),
            func.coalesce(suppliers.c.n, 0),
            TenderRound.number,
            TenderRound.deadline,
        )
        .join(ProcurementCategory, ProcurementCategory.id == Tender.category_id)
        .outerjoin(lots, lots.c.tender_id == Tender.id)
        .outerjoin(suppliers, suppliers.c.tender_id == Tender.id)
        .outerjoin(last, last.c.tender_id == Tender.id)
        .outerjoin(
            TenderRound,
            (TenderRound.tender_id == Tender.id) & (TenderRound.number == last.c.number),
        )
        .order_by(Tender.created_at.desc(), Tender.id.desc())
    )
    return [
        TenderRow(i, t, c, TenderState(s), int(n_lots), int(n_sup), r, d)
        for i, t, c, s, n_lots, n_sup, r, d in rows
    ]


def change_state(
    session: Session, user: OfficeUser, tender: Tender, new: TenderState, summary: str
) -> None:
    """The one place a tender's state changes: only allowed transitions, always audited."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    old = tender.state
    if new not in TRANSITIONS[old]:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{title}: a tender cannot go from “{old}” to “{new}”."),
            title=tender.title,
            old=old.value,
            new=new.value,
        )
    tender.state = new
    if new in (TenderState.AWARDED, TenderState.CANCELLED):
        tender.finished_at = utcnow()
    session.flush()
    audit.record(
        session,
        user,
        "state",
        "tender",
        tender.id,
        summary,
        {"state": old.value},
        {"state": new.value},
    )


def _criteria(data: TenderInput) -> list[TenderCriterion]:
    if not 0 < data.price_weight <= 100:
        raise ValidationError(
            "criteria",
            QT_TRANSLATE_NOOP(
                "Messages", "Price is always a criterion: give it a weight between 1 and 100 %."
            ),
        )
    criteria = [TenderCriterion(name=PRICE_CRITERION, weight=data.price_weight, is_price=True)]
    seen = {PRICE_CRITERION.casefold()}
    for entry in data.criteria:
        name = " ".join(entry.name.split())
        if not name or entry.weight == 0:
            continue
        if name.casefold() in seen or entry.weight < 0:
            raise ValidationError(
                "criteria",
                QT_TRANSLATE_NOOP("Messages", "The criterion “{name}” is given twice or below 0."),
                name=name,
            )
        seen.add(name.casefold())
        criteria.append(TenderCriterion(name=name, weight=entry.weight))
    total = sum(c.weight for c in criteria)
    if total != 100:
        raise ValidationError(
            "criteria",
            QT_TRANSLATE_NOOP(
                "Messages", "The weights of the criteria add up to {total} %, not 100 %."
            ),
            total=total,
        )
    for position, criterion in enumerate(criteria):
        criterion.position = position
    return criteria


def _lots(session: Session, data: TenderInput) -> list[TenderLot]:
    pooled = pooled_items(session, data.collection_ids)
    if not data.lots:
        raise ValidationError(
            "lots", QT_TRANSLATE_NOOP("Messages", "A tender needs at least one lot.")
        )
    used: set[int] = set()
    lots = []
    for number, lot in enumerate(data.lots, start=1):
        name = " ".join(lot.name.split()) or f"Los {number}"
        if not lot.item_ids:
            raise ValidationError(
                "lots", QT_TRANSLATE_NOOP("Messages", "Lot {number} has no items."), number=number
            )
        items = []
        for position, item_id in enumerate(lot.item_ids):
            if item_id in used:
                raise ValidationError(
                    "lots",
                    QT_TRANSLATE_NOOP("Messages", "An item can be in one lot only (item #{id})."),
                    id=item_id,
                )
            used.add(item_id)
            item = pooled.get(item_id)
            if item is None:
                raise ValidationError(
                    "lots",
                    QT_TRANSLATE_NOOP(
                        "Messages", "Item #{id} was not asked for in the chosen collections."
                    ),
                    id=item_id,
                )
            if item.participants < MINIMUM_PARTICIPANTS:
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Only {count} participants need “{item}”: its pooled volume would show"
                        " suppliers what they need. Leave it out of the tender (at least {minimum}"
                        " participants are needed).",
                    ),
                    count=item.participants,
                    item=item.name,
                    minimum=MINIMUM_PARTICIPANTS,
                )
            items.append(
                TenderLotItem(
                    item_id=item_id,
                    position=position,
                    volume=item.volume,
                    unit=UnitOfMeasure(item.unit),
                    regions=[
                        TenderLotRegion(position=p, region=r.region, volume=r.volume)
                        for p, r in enumerate(item.regions)
                    ],
                )
            )
        lots.append(TenderLot(number=number, name=name, items=items))
    return lots


def create_tender(session: Session, user: OfficeUser, data: TenderInput) -> Tender:
    """A draft tender on the pooled demand of closed collections of one category."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(
            "title", QT_TRANSLATE_NOOP("Messages", "The title must not be empty.")
        )
    collection_ids = list(dict.fromkeys(data.collection_ids))
    if not collection_ids:
        raise ValidationError(
            "collections",
            QT_TRANSLATE_NOOP("Messages", "Choose the closed collection the tender is built on."),
        )
    collections = [get_collection(session, c) for c in collection_ids]
    for collection in collections:
        if collection.state != CollectionState.CLOSED:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{title} is not closed yet: a tender is built on closed collections only.",
                ),
                title=collection.title,
            )
    if len({c.category_id for c in collections}) > 1:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "The collections of one tender must be of the same category."
            )
        )
    tender = Tender(
        title=title,
        category_id=collections[0].category_id,
        notes=data.notes.strip(),
        state=TenderState.DRAFT,
        collections=[TenderCollection(collection_id=c) for c in collection_ids],
        criteria=_criteria(data),
        lots=_lots(session, data),
        suppliers=[
            TenderSupplier(organisation_id=require_supplier(session, s).id)
            for s in dict.fromkeys(data.supplier_ids)
        ],
    )
    session.add(tender)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "tender",
        tender.id,
        f"Tender {title} created",
        None,
        {
            "title": title,
            "collections": collection_ids,
            "lots": [[i.item_id for i in lot.items] for lot in tender.lots],
            "criteria": {c.name: c.weight for c in tender.criteria},
            "suppliers": sorted(s.organisation_id for s in tender.suppliers),
        },
    )
    return tender


def set_suppliers(
    session: Session, user: OfficeUser, tender_id: int, supplier_ids: Sequence[int]
) -> None:
    """Change who is invited, while the tender is a draft."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    tender = get_tender(session, tender_id)
    if tender.state != TenderState.DRAFT:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{title} is published: round 1's suppliers are fixed; later rounds choose"
                " their own shortlist.",
            ),
            title=tender.title,
        )
    before = sorted(s.organisation_id for s in tender.suppliers)
    wanted = [require_supplier(session, s).id for s in dict.fromkeys(supplier_ids)]
    existing = {s.organisation_id: s for s in tender.suppliers}
    tender.suppliers = [existing.get(s) or TenderSupplier(organisation_id=s) for s in wanted]
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "tender",
        tender.id,
        f"Suppliers of tender {tender.title} changed",
        {"suppliers": before},
        {"suppliers": sorted(wanted)},
    )


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MINIMUM_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "Messages",
                "The opening passphrase needs at least {minimum} characters (a few words are"
                " easiest to remember).",
            ),
            minimum=MINIMUM_PASSPHRASE_LENGTH,
        )


def _check_deadline(deadline: dt.datetime, now: dt.datetime) -> None:
    if deadline.tzinfo is None or deadline <= now:
        raise ValidationError(
            "deadline",
            QT_TRANSLATE_NOOP("Messages", "The deadline for bids must lie in the future."),
        )


def publish_tender(
    session: Session,
    user: OfficeUser,
    tender_id: int,
    passphrase: str,
    deadline: dt.datetime,
    now: dt.datetime | None = None,
    cost: int = sealing.DEFAULT_COST,
) -> TenderRound:
    """Create the opening key from ``passphrase`` and open round 1 for every invited supplier.

    The passphrase is never stored: whoever loses it cannot open the bids,
    which must then be requested again.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    tender = get_tender(session, tender_id)
    if tender.state != TenderState.DRAFT:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{title} is published already."), title=tender.title
        )
    if not tender.suppliers:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{title} invites no supplier yet."), title=tender.title
        )
    check_passphrase(passphrase)
    _check_deadline(deadline, now)
    key = sealing.create_opening_key(passphrase, cost)
    tender.public_key = key.public_key
    tender.locked_private_key = key.locked_private_key
    tender.kdf_salt = key.salt
    tender.kdf_cost = key.cost
    tender.published_at = now
    first = TenderRound(
        number=1,
        deadline=deadline,
        state=RoundState.OPEN,
        started_at=now,
        suppliers=[RoundSupplier(organisation_id=s.organisation_id) for s in tender.suppliers],
    )
    tender.rounds.append(first)
    change_state(
        session, user, tender, TenderState.ROUND_OPEN, f"Tender {tender.title} published, round 1"
    )
    return first


def start_next_round(
    session: Session,
    user: OfficeUser,
    tender_id: int,
    deadline: dt.datetime,
    supplier_ids: Sequence[int],
    now: dt.datetime | None = None,
) -> TenderRound:
    """A further round after an opened one, for all or a shortlist of its suppliers."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    tender = get_tender(session, tender_id)
    if tender.state != TenderState.EVALUATION:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title}: a further round starts after the last one was opened."
            ),
            title=tender.title,
        )
    previous = tender.rounds[-1]
    allowed = {s.organisation_id for s in previous.suppliers}
    chosen = list(dict.fromkeys(supplier_ids))
    if not chosen:
        raise ValidationError(
            "suppliers", QT_TRANSLATE_NOOP("Messages", "Invite at least one supplier.")
        )
    if not set(chosen) <= allowed:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A further round invites suppliers of the previous round only (a shortlist).",
            )
        )
    _check_deadline(deadline, now)
    new_round = TenderRound(
        number=previous.number + 1,
        deadline=deadline,
        state=RoundState.OPEN,
        started_at=now,
        suppliers=[RoundSupplier(organisation_id=s) for s in chosen],
    )
    tender.rounds.append(new_round)
    change_state(
        session,
        user,
        tender,
        TenderState.ROUND_OPEN,
        f"Tender {tender.title}: round {new_round.number} started with {len(chosen)} suppliers",
    )
    return new_round


def cancel_tender(session: Session, user: OfficeUser, tender_id: int, reason: str) -> None:
    require(session, user, Permission.EDIT_PROCUREMENT)
    tender = get_tender(session, tender_id)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("Messages", "Say why the tender is cancelled.")
        )
    tender.cancel_reason = reason
    change_state(
        session, user, tender, TenderState.CANCELLED, f"Tender {tender.title} cancelled: {reason}"
    )


@dataclass(frozen=True)
class RoundRow:
    id: int
    number: int
    deadline: dt.datetime
    state: RoundState
    suppliers: tuple[tuple[int, str], ...]  # (id, name)
    opened_at: dt.datetime | None
    opened_by: str
    present: tuple[str, ...]


@dataclass(frozen=True)
class TenderOverview:
    id: int
    title: str
    category: str
    state: TenderState
    notes: str
    cancel_reason: str
    collections: tuple[str, ...]
    suppliers: tuple[tuple[int, str], ...]
    rounds: tuple[RoundRow, ...]
    suppliers_hidden: bool = False  # who is invited is the office's (a procurement head)

    @property
    def current_round(self) -> RoundRow | None:
        return self.rounds[-1] if self.rounds else None


def tender_overview(session: Session, tender_id: int) -> TenderOverview:
    """Everything the tender view shows except lots (``tender_brief``) and bids (``bids``):
    any signed-in reader, never a price. Who is invited and who opened a round only for
    viewers who read everything: a procurement head gets the rounds' numbers, deadlines
    and states (on PostgreSQL its role may read no more of them)."""
    if not require_viewer(session).reads_all:
        return _participant_overview(session, get_tender(session, tender_id))
    tender = get_tender(session, tender_id)
    return TenderOverview(
        tender.id,
        tender.title,
        tender.category.name,
        tender.state,
        tender.notes,
        tender.cancel_reason,
        tuple(c.collection.title for c in tender.collections),
        tuple(
            sorted(
                ((s.organisation_id, s.organisation.name) for s in tender.suppliers),
                key=lambda pair: pair[1],
            )
        ),
        tuple(
            RoundRow(
                r.id,
                r.number,
                r.deadline,
                r.state,
                tuple(
                    sorted(
                        ((s.organisation_id, s.organisation.name) for s in r.suppliers),
                        key=lambda pair: pair[1],
                    )
                ),
                r.opened_at,
                (r.opened_by.display_name or r.opened_by.login) if r.opened_by else "",
                tuple(p for p in r.present.splitlines() if p.strip()),
            )
            for r in tender.rounds
        ),
    )


def _participant_overview(session: Session, tender: Tender) -> TenderOverview:
    rounds = session.execute(
        select(
            TenderRound.id,
            TenderRound.number,
            TenderRound.deadline,
            TenderRound.state,
            TenderRound.opened_at,
        )
        .where(TenderRound.tender_id == tender.id)
        .order_by(TenderRound.number)
    )
    return TenderOverview(
        tender.id,
        tender.title,
        tender.category.name,
        tender.state,
        tender.notes,
        tender.cancel_reason,
        tuple(c.collection.title for c in tender.collections),
        (),
        tuple(
            RoundRow(i, number, deadline, RoundState(state), (), opened_at, "", ())
            for i, number, deadline, state, opened_at in rounds
        ),
        suppliers_hidden=True,
    )
