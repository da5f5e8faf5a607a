"""The demo network's procurement pool: categories, negotiation rounds, requirement collections.

``fill(session, user, organisations)`` adds, inside the demo's transaction:
the category tree with items in their units (electricity and natural gas in
MWh, industrial gases in m³, work gloves and safety shoes in pairs, diesel via
fuel cards in litres, …), two past negotiation rounds of the procurement heads
with their rankings and decisions, and four requirement collections: two
closed (energy 2027, work clothing 2026) and two open (industrial gases 2027,
fuel cards 2027) in which some participants have not answered yet and some
have answered twice (so the history shows). Everything is made up and the
same on every run (``random.Random``); dates are relative to today so the open
collections stay open.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from niro_desk.demo import tenders as demo_tenders
from niro_desk.models import (
    CategoryRanking,
    CollectionItem,
    CollectionParticipant,
    CollectionState,
    NegotiationAgendaItem,
    NegotiationAttendee,
    NegotiationDecision,
    NegotiationRound,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProcurementCategory,
    ProcurementItem,
    RequirementCollection,
    RequirementLine,
    RequirementSubmission,
    SubmissionSource,
    UnitOfMeasure,
)
from niro_desk.models.column_types import utcnow
from niro_desk.procurement.participants import is_participant, procurement_heads

SEED = 2027
U = UnitOfMeasure


class _Item(NamedTuple):
    name: str
    unit: UnitOfMeasure
    per_employee: tuple[float, float]  # yearly volume per employee, low and high
    price: tuple[str, str]  # unit price in € per unit, low and high
    suppliers: tuple[str, ...]


#: category path → items (a path without items is a parent category)
TREE: dict[tuple[str, ...], tuple[_Item, ...]] = {
    ("Energie",): (),
    ("Energie", "Strom"): (
        _Item(
            "Strom Mittelspannung (RLM)",
            U.MWH,
            (4, 14),
            ("168.50", "246.80"),
            ("Hellweg Energiehandel GmbH", "Ruhr-Lippe Energie AG", "Stadtwerke"),
        ),
        _Item(
            "Strom Niederspannung (SLP)",
            U.MWH,
            (0.3, 1.5),
            ("212.00", "298.40"),
            ("Stadtwerke", "Ruhr-Lippe Energie AG"),
        ),
    ),
    ("Energie", "Erdgas"): (
        _Item(
            "Erdgas (RLM)",
            U.MWH,
            (3, 18),
            ("41.20", "68.90"),
            ("Westfalen Gashandel GmbH", "Stadtwerke"),
        ),
    ),
    ("Betriebsstoffe",): (),
    ("Betriebsstoffe", "Technische Gase"): (
        _Item(
            "Stickstoff",
            U.CUBIC_METRE,
            (40, 260),
            ("0.3850", "0.8900"),
            ("Rhein-Ruhr Industriegase GmbH", "Sauerland Gase GmbH & Co. KG"),
        ),
        _Item(
            "Argon",
            U.CUBIC_METRE,
            (5, 45),
            ("2.9500", "5.4000"),
            ("Rhein-Ruhr Industriegase GmbH", "Sauerland Gase GmbH & Co. KG"),
        ),
        _Item(
            "Sauerstoff",
            U.CUBIC_METRE,
            (3, 30),
            ("0.9500", "2.1000"),
            ("Sauerland Gase GmbH & Co. KG",),
        ),
        _Item(
            "Schweißmischgas Ar/CO2",
            U.CUBIC_METRE,
            (4, 40),
            ("3.1000", "5.9000"),
            ("Rhein-Ruhr Industriegase GmbH",),
        ),
    ),
    ("Betriebsstoffe", "Schmierstoffe"): (
        _Item("Hydrauliköl HLP 46", U.LITRE, (2, 12), ("2.4500", "3.9000"), ("Fuchs-Händler",)),
        _Item("Kühlschmierstoff", U.LITRE, (3, 20), ("3.1000", "4.8000"), ("Fuchs-Händler",)),
    ),
    ("Arbeitskleidung und PSA",): (
        _Item(
            "Arbeitshandschuhe Schnittschutz",
            U.PAIR,
            (8, 30),
            ("1.1900", "4.6000"),
            ("Arbeitsschutz Hellweg KG", "Berufsmode Westfalen GmbH"),
        ),
        _Item(
            "Sicherheitsschuhe S3",
            U.PAIR,
            (0.6, 1.2),
            ("48.0000", "96.0000"),
            ("Arbeitsschutz Hellweg KG",),
        ),
        _Item(
            "Warnschutzjacke",
            U.PIECE,
            (0.1, 0.5),
            ("28.0000", "59.0000"),
            ("Berufsmode Westfalen GmbH",),
        ),
    ),
    ("Tankkarten",): (
        _Item(
            "Diesel über Tankkarte",
            U.LITRE,
            (60, 320),
            ("1.4590", "1.7490"),
            ("Tankkarten Westfalen GmbH", "Markentankstellen-Karte"),
        ),
        _Item(
            "Benzin über Tankkarte",
            U.LITRE,
            (5, 60),
            ("1.6290", "1.8890"),
            ("Tankkarten Westfalen GmbH",),
        ),
    ),
    ("Logistik",): (
        _Item("Stückgut national", U.SHIPMENT, (1, 8), ("58.0000", "96.0000"), ("Lippe Logistik",)),
    ),
    ("IT-Hardware",): (
        _Item(
            "Notebook Standard", U.PIECE, (0.05, 0.2), ("720.0000", "1100.0000"), ("Systemhaus",)
        ),
        _Item("Monitor 27 Zoll", U.PIECE, (0.05, 0.2), ("180.0000", "290.0000"), ("Systemhaus",)),
    ),
    ("Entsorgung",): (
        _Item("Gewerbeabfall", U.TONNE, (0.1, 0.8), ("145.0000", "230.0000"), ("Entsorger",)),
        _Item("Metallspäne", U.TONNE, (0.2, 3), ("0.0000", "15.0000"), ("Entsorger",)),
    ),
    ("Versicherungen",): (
        _Item("Betriebshaftpflicht", U.CONTRACT, (0, 0), ("0", "0"), ("Versicherer",)),
    ),
}

ROUNDS = (
    (
        "Einkaufsleiterrunde Frühjahr",
        250,
        (
            "Strom",
            "Erdgas",
            "Technische Gase",
            "Arbeitskleidung und PSA",
            "Tankkarten",
            "IT-Hardware",
        ),
        ("Strom", "Erdgas", "Arbeitskleidung und PSA"),
        "Strom und Erdgas gemeinsam für 2027 ausschreiben; PSA zuerst für 2026.",
    ),
    (
        "Einkaufsleiterrunde Herbst",
        60,
        (
            "Technische Gase",
            "Tankkarten",
            "Logistik",
            "Entsorgung",
            "Versicherungen",
            "Schmierstoffe",
        ),
        ("Technische Gase", "Tankkarten"),
        "Technische Gase und Tankkarten für 2027; Entsorgung im nächsten Jahr erneut.",
    ),
)


class _Collection(NamedTuple):
    title: str
    category: str
    items: tuple[str, ...]  # empty: every item of the category
    period: str
    deadline_days: int  # relative to today
    state: CollectionState
    invited_share: float
    answered_share: float
    round_index: int


COLLECTIONS = (
    _Collection("Energie 2027", "Energie", (), "2027", -75, CollectionState.CLOSED, 0.55, 0.95, 0),
    _Collection(
        "Arbeitshandschuhe und Sicherheitsschuhe 2026",
        "Arbeitskleidung und PSA",
        ("Arbeitshandschuhe Schnittschutz", "Sicherheitsschuhe S3"),
        "2026",
        -160,
        CollectionState.CLOSED,
        0.4,
        1.0,
        0,
    ),
    _Collection(
        "Technische Gase 2027",
        "Technische Gase",
        (),
        "2027",
        24,
        CollectionState.OPEN,
        0.45,
        0.65,
        1,
    ),
    _Collection(
        "Tankkarten 2027",
        "Tankkarten",
        ("Diesel über Tankkarte",),
        "2027",
        38,
        CollectionState.OPEN,
        0.5,
        0.55,
        1,
    ),
)


def _money(rng: random.Random, low: str, high: str) -> Decimal:
    places = 4
    low_value, high_value = Decimal(low), Decimal(high)
    step = Decimal(1).scaleb(-places)
    steps = int((high_value - low_value) / step)
    return (low_value + step * rng.randint(0, max(steps, 0))).quantize(step)


def _volume(rng: random.Random, employees: int, item: _Item) -> Decimal:
    low, high = item.per_employee
    if item.unit == U.CONTRACT:
        return Decimal("1.000")
    value = Decimal(str(round(employees * rng.uniform(low, high))))
    if item.unit in (U.MWH, U.TONNE):
        value = Decimal(str(round(employees * rng.uniform(low, high), 1)))
    return max(value, Decimal(1)).quantize(Decimal("0.001"))


def _sites(organisation: Organisation, rng: random.Random) -> list[str]:
    sites = [f"Werk {organisation.city}, {organisation.street}".strip(", ")]
    employees = organisation.employees or 0
    if employees > 120 and rng.random() < 0.6:
        sites.append(f"Werk 2 {organisation.city}")
    if employees > 300 and rng.random() < 0.5:
        sites.append("Lager Hamm-Uentrop")
    return sites


def _lines(
    rng: random.Random,
    organisation: Organisation,
    items: Sequence[tuple[ProcurementItem, _Item]],
    period_year: int,
) -> list[RequirementLine]:
    employees = organisation.employees or 20
    lines = []
    needed = [pair for pair in items if rng.random() < 0.85] or [items[0]]
    for item, spec in needed:
        sites = _sites(organisation, rng) if spec.unit == U.MWH else [organisation.city]
        supplier = rng.choice(spec.suppliers)
        if supplier == "Stadtwerke":
            supplier = f"Stadtwerke {organisation.city}"
        contract_end = dt.date(period_year - 1, 12, 31)
        notice = dt.date(period_year - 1, rng.choice((6, 9, 9, 10)), 30)
        for site in sites:
            lines.append(
                RequirementLine(
                    item=item,
                    volume=_volume(rng, employees // len(sites) or 1, spec),
                    unit=item.unit,
                    delivery_sites=site,
                    current_supplier=supplier,
                    current_unit_price=_money(rng, *spec.price),
                    contract_end=contract_end,
                    notice_date=notice,
                )
            )
    return lines


def fill(session: Session, user: OfficeUser, organisations: Sequence[Organisation]) -> None:
    """Add the procurement pool of the demo network (ids of ``organisations`` must be flushed)."""
    rng = random.Random(SEED)
    today = dt.date.today()
    categories: dict[str, ProcurementCategory] = {}
    items: dict[str, tuple[ProcurementItem, _Item]] = {}
    for position, (path, specs) in enumerate(TREE.items()):
        parent = categories[path[-2]] if len(path) > 1 else None
        category = ProcurementCategory(name=path[-1], parent=parent, position=position)
        categories[path[-1]] = category
        for spec in specs:
            item = ProcurementItem(name=spec.name, unit=spec.unit, category=category)
            items[spec.name] = (item, spec)
    session.add_all(categories.values())
    session.flush()

    participants = [o for o in organisations if is_participant(o)]
    members = [o for o in participants if o.kind == OrganisationKind.MEMBER]
    heads = [head for o in members for head in procurement_heads(o)[:1]]
    rounds = []
    for title, days_ago, agenda, decided, notes in ROUNDS:
        attending = rng.sample(heads, min(len(heads), rng.randint(8, 11)))
        negotiation = NegotiationRound(
            held_on=today - dt.timedelta(days=days_ago),
            title=title,
            notes=notes,
            agenda=[NegotiationAgendaItem(category=categories[name]) for name in agenda],
            attendees=[NegotiationAttendee(contact=head) for head in attending],
            decisions=[NegotiationDecision(category=categories[name], note="") for name in decided],
        )
        favourites = list(decided) + [name for name in agenda if name not in decided]
        for head in attending:
            ranked = sorted(
                agenda,
                key=lambda name: (favourites.index(name) + rng.uniform(-1.5, 2.5), name),
            )[: rng.randint(3, len(agenda))]
            negotiation.rankings.extend(
                CategoryRanking(contact=head, category=categories[name], place=place)
                for place, name in enumerate(ranked, start=1)
            )
        rounds.append(negotiation)
    session.add_all(rounds)
    session.flush()

    for spec in COLLECTIONS:
        _collection(session, user, rng, spec, categories, items, participants, rounds, today)
    demo_tenders.fill(session, user, organisations, today)  # the tenders (issue 9)
    from niro_desk.demo import agreements as demo_agreements  # agreements (issue 10)

    demo_agreements.fill(session, user, organisations, today)


def _collection(
    session: Session,
    user: OfficeUser,
    rng: random.Random,
    spec: _Collection,
    categories: dict[str, ProcurementCategory],
    items: dict[str, tuple[ProcurementItem, _Item]],
    participants: Sequence[Organisation],
    rounds: Sequence[NegotiationRound],
    today: dt.date,
) -> None:
    category = categories[spec.category]
    below = {category.id} | {c.id for c in categories.values() if c.parent_id == category.id}
    chosen = [
        pair
        for name, pair in items.items()
        if pair[0].category_id in below and (not spec.items or name in spec.items)
    ]
    deadline = today + dt.timedelta(days=spec.deadline_days)
    invited = [o for o in participants if rng.random() < spec.invited_share]
    created = utcnow() - dt.timedelta(days=max(20, 30 - spec.deadline_days))
    collection = RequirementCollection(
        title=spec.title,
        category=category,
        supply_period=spec.period,
        deadline=deadline,
        state=spec.state,
        negotiation_round=rounds[spec.round_index],
        created_at=created,
        opened_at=created + dt.timedelta(days=2),
        closed_at=(
            utcnow() - dt.timedelta(days=-spec.deadline_days - 3)
            if spec.state == CollectionState.CLOSED
            else None
        ),
        items=[CollectionItem(item=item) for item, _spec in chosen],
        participants=[
            CollectionParticipant(organisation_id=o.id, invited_at=created) for o in invited
        ],
    )
    session.add(collection)
    session.flush()
    year = int(spec.period)
    for organisation in invited:
        if rng.random() >= spec.answered_share:
            continue  # has not answered (yet)
        answered = created + dt.timedelta(days=rng.randint(3, 18), hours=rng.randint(7, 17))
        if rng.random() < 0.2:  # an earlier answer, corrected later: the history shows it
            session.add(
                RequirementSubmission(
                    collection_id=collection.id,
                    organisation_id=organisation.id,
                    submitted_at=answered - dt.timedelta(days=2),
                    recorded_by=user,
                    source=SubmissionSource.MANUAL,
                    is_current=False,
                    replaced_at=answered,
                    note="Erste Angabe, später korrigiert",
                    lines=_lines(rng, organisation, chosen, year),
                )
            )
        session.add(
            RequirementSubmission(
                collection_id=collection.id,
                organisation_id=organisation.id,
                submitted_at=answered,
                recorded_by=user,
                source=SubmissionSource.MANUAL,
                is_current=True,
                lines=_lines(rng, organisation, chosen, year),
            )
        )
    session.flush()
