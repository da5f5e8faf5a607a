"""A tender scenario built through the real services, with numbers easy to check by hand.

Electricity (MWh): seven participants, 1,200 MWh in all — four in Kreis Unna
(1,000 MWh), two in Sauerland and one in Soest (200 MWh, merged into "other
regions"). Natural gas: three participants in Kreis Unna, 100 MWh each.
Baseline prices of electricity: 227,30 € over the 830 MWh that have one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from procurement_builders import FUTURE, energy, line, office_user, other, regional_member
from sqlalchemy.orm import Session

from niro_desk.models import CollectionState, Organisation, OrganisationKind, Tender, TenderRound
from niro_desk.procurement import bids, tenders
from niro_desk.procurement.requirement_collections import (
    CollectionInput,
    change_state,
    create_collection,
)
from niro_desk.procurement.requirement_submissions import submit

PASSPHRASE = "Kupferkessel am Hellweg 2027"
T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
DEADLINE = T0 + dt.timedelta(days=7)
BEFORE_DEADLINE = T0 + dt.timedelta(days=1)
AFTER_DEADLINE = DEADLINE + dt.timedelta(hours=2)
FAST = 10  # scrypt cost for tests (the app uses sealing.DEFAULT_COST)

PARTICIPANTS = (
    # name, region, electricity MWh, baseline €/MWh or None, gas MWh
    ("Alpha Stanztechnik GmbH", "Kreis Unna", "110", "0.3000", "100"),
    ("Beta Gießerei GmbH", "Kreis Unna", "205", "0.2800", "100"),
    ("Gamma Metallbau KG", "Kreis Unna", "315", "0.2600", "100"),
    ("Delta Kunststoff AG", "Kreis Unna", "370", None, None),
    ("Epsilon Drehteile GmbH", "Sauerland", "45", "0.3000", None),
    ("Zeta Federn GmbH", "Sauerland", "55", "0.3000", None),
    ("Eta Lackiererei GmbH", "Soest", "100", "0.2500", None),
)


@dataclass
class Scenario:
    tender_id: int
    round_id: int
    lot_power: int
    lot_gas: int
    power_item: int
    gas_item: int
    suppliers: list[int]  # S1, S2, S3
    participants: list[Organisation]
    collection_id: int
    criteria: dict[str, int]  # name → criterion id


def build(session: Session, publish: bool = True) -> Scenario:
    user = office_user(session)
    category_id, power, gas, _gloves = energy(session)
    participants = [regional_member(session, name, region) for name, region, *_ in PARTICIPANTS]
    collection = create_collection(
        session,
        user,
        CollectionInput("Energie 2027", category_id, "2027", FUTURE),
        [p.id for p in participants],
    )
    change_state(session, user, collection.id, CollectionState.OPEN)
    for organisation, (_n, _r, power_volume, baseline, gas_volume) in zip(
        participants, PARTICIPANTS, strict=True
    ):
        lines = [line(power, power_volume, baseline)]
        if gas_volume:
            lines.append(line(gas, gas_volume, "0.0900"))
        submit(session, user, collection.id, organisation.id, lines)
    change_state(session, user, collection.id, CollectionState.CLOSED)
    suppliers = [
        other(session, name, OrganisationKind.SUPPLIER)
        for name in ("Stadtwerke Hellweg", "Energiehandel Ruhr", "Münsterland Strom")
    ]
    tender = tenders.create_tender(
        session,
        user,
        tenders.TenderInput(
            "Strom und Gas 2027",
            [collection.id],
            [tenders.LotInput("Strom", [power.id]), tenders.LotInput("Erdgas", [gas.id])],
            60,
            [tenders.CriterionInput("Quality", 25), tenders.CriterionInput("Service", 15)],
            [s.id for s in suppliers],
        ),
    )
    round_id = 0
    if publish:
        round_id = tenders.publish_tender(
            session, user, tender.id, PASSPHRASE, DEADLINE, now=T0, cost=FAST
        ).id
    return Scenario(
        tender.id,
        round_id,
        tender.lots[0].id,
        tender.lots[1].id,
        power.id,
        gas.id,
        [s.id for s in suppliers],
        participants,
        collection.id,
        {c.name: c.id for c in tender.criteria},
    )


def bid(
    session: Session,
    scenario: Scenario,
    supplier: int,
    power_price: str,
    gas_price: str | None = None,
    received: dt.datetime = BEFORE_DEADLINE,
    round_id: int | None = None,
) -> bids.BidReceipt:
    lots = {scenario.lot_power: {scenario.power_item: Decimal(power_price)}}
    if gas_price is not None:
        lots[scenario.lot_gas] = {scenario.gas_item: Decimal(gas_price)}
    return bids.enter_bid(
        session,
        office_user(session),
        bids.BidInput(
            round_id or scenario.round_id,
            scenario.suppliers[supplier],
            lots,
            valid_until=dt.date(2027, 3, 31),
            conditions="30 Tage netto",
            received_at=received,
        ),
        now=max(received, BEFORE_DEADLINE),
    )


def tender_of(session: Session, scenario: Scenario) -> Tender:
    tender = session.get(Tender, scenario.tender_id)
    assert tender is not None
    return tender


def round_of(session: Session, round_id: int) -> TenderRound:
    tender_round = session.get(TenderRound, round_id)
    assert tender_round is not None
    return tender_round
