"""The demo's tenders: suppliers' categories and certificates, one awarded tender, one sealed.

Called by ``demo.procurement.fill`` inside the demo's transaction, through the
real services (with past clocks), so the demo holds what the app would have
written: an energy tender awarded after two rounds, and a PPE tender whose
round is open with sealed bids. The sealed tender's opening passphrase is
``DEMO_PASSPHRASE`` (printed by ``niro-desk demo`` and written in the README).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.models import (
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProcurementCategory,
    RequirementCollection,
    SupplierCategory,
    SupplierCertificate,
)
from niro_desk.procurement import bids, tender_evaluation, tender_opening, tenders
from niro_desk.procurement.berlin_time import berlin_to_utc
from niro_desk.procurement.tender_award import Share, award_tender
from niro_desk.procurement.tender_lots import MINIMUM_PARTICIPANTS, pooled_items

DEMO_PASSPHRASE = "Handschuhe für den Hellweg 2026"
AWARDED_PASSPHRASE = "Strom und Gas gemeinsam 2027"
SEALED_TITLE = "Arbeitsschutz 2026: Handschuhe und Schuhe"

#: supplier category words in demo.members → category names of the tree
CATEGORY_OF = {"Industriegase": "Technische Gase"}

#: (supplier name start, standard, days from today until expiry)
CERTIFICATES = (
    ("Hellweg Energiehandel", "ISO 9001", 410),
    ("Hellweg Energiehandel", "ISO 50001", 20),  # runs out soon: the warning shows it
    ("Ruhr-Lippe Energie", "ISO 9001", 300),
    ("Ruhr-Lippe Energie", "ISO 14001", 520),
    ("Westfalen Gashandel", "ISO 9001", 190),
    ("Rhein-Ruhr Industriegase", "ISO 9001", 640),
    ("Sauerland Gase", "ISO 14001", 75),
    ("Berufsmode Westfalen", "ISO 9001", 230),
    ("Arbeitsschutz Hellweg", "ISO 9001", 480),
    ("Arbeitsschutz Hellweg", "ISO 14001", -12),  # expired already
    ("Entsorgung Hellweg", "ISO 14001", 350),
)


def passphrase_notice() -> str:
    """The line ``niro-desk demo`` prints about the sealed demo tender."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Cli", "Opening passphrase of the sealed demo tender “{title}”: {passphrase}"
    ).format(title=SEALED_TITLE, passphrase=DEMO_PASSPHRASE)


def _noon(day: dt.date) -> dt.datetime:
    return berlin_to_utc(day, dt.time(12, 0))


def _suppliers(
    session: Session, organisations: Sequence[Organisation], today: dt.date
) -> dict[str, Organisation]:
    from niro_desk.demo.members import SUPPLIERS

    categories = {c.name: c for c in session.scalars(select(ProcurementCategory))}
    by_name = {o.name: o for o in organisations if o.kind == OrganisationKind.SUPPLIER}
    result = {}
    for spec in SUPPLIERS:
        organisation = next(o for n, o in by_name.items() if n.startswith(spec.company.name))
        result[spec.company.name] = organisation
        category = categories.get(CATEGORY_OF.get(spec.category, spec.category))
        if category is not None:
            session.add(SupplierCategory(organisation_id=organisation.id, category_id=category.id))
    for name, standard, days in CERTIFICATES:
        session.add(
            SupplierCertificate(
                organisation_id=result[name].id,
                standard=standard,
                number=f"{standard.replace(' ', '')}-{result[name].id:04d}",
                issuer="TÜV Rheinland" if "9001" in standard else "DEKRA Certification",
                valid_until=today + dt.timedelta(days=days),
            )
        )
    session.flush()
    return result


def _collection(session: Session, title: str) -> RequirementCollection:
    collection = session.scalar(
        select(RequirementCollection).where(RequirementCollection.title == title)
    )
    assert collection is not None
    return collection


def _lots(
    session: Session, collection: RequirementCollection, groups: Sequence[tuple[str, Sequence[str]]]
) -> list[tenders.LotInput]:
    pooled = pooled_items(session, [collection.id])
    by_name = {p.name: p for p in pooled.values() if p.participants >= MINIMUM_PARTICIPANTS}
    lots = []
    for name, items in groups:
        ids = [by_name[i].item_id for i in items if i in by_name]
        if ids:
            lots.append(tenders.LotInput(name, ids))
    return lots


def _bid(
    session: Session,
    user: OfficeUser,
    round_id: int,
    supplier: Organisation,
    prices: dict[int, dict[int, str]],
    received: dt.datetime,
    valid_until: dt.date,
    conditions: str,
) -> None:
    bids.enter_bid(
        session,
        user,
        bids.BidInput(
            round_id,
            supplier.id,
            {lot: {item: Decimal(p) for item, p in items.items()} for lot, items in prices.items()},
            valid_until,
            conditions,
            received,
        ),
        now=received,
    )


def fill(
    session: Session, user: OfficeUser, organisations: Sequence[Organisation], today: dt.date
) -> None:
    """Suppliers' categories and certificates, the awarded and the sealed tender."""
    suppliers = _suppliers(session, organisations, today)
    _awarded_energy_tender(session, user, suppliers, today)
    _sealed_ppe_tender(session, user, suppliers, today)


def _awarded_energy_tender(
    session: Session, user: OfficeUser, suppliers: dict[str, Organisation], today: dt.date
) -> None:
    collection = _collection(session, "Energie 2027")
    lots = _lots(
        session,
        collection,
        [
            ("Strom", ("Strom Mittelspannung (RLM)", "Strom Niederspannung (SLP)")),
            ("Erdgas", ("Erdgas (RLM)",)),
        ],
    )
    hellweg = suppliers["Hellweg Energiehandel"]
    ruhr = suppliers["Ruhr-Lippe Energie"]
    gas = suppliers["Westfalen Gashandel"]
    tender = tenders.create_tender(
        session,
        user,
        tenders.TenderInput(
            "Strom und Erdgas 2027",
            [collection.id],
            lots,
            60,
            [
                tenders.CriterionInput("Vertragsbedingungen", 20),
                tenders.CriterionInput("Service und Abrechnung", 10),
                tenders.CriterionInput("Nachhaltigkeit (Ökostromanteil)", 10),
            ],
            [hellweg.id, ruhr.id, gas.id],
            "Lieferbeginn 01.01.2027, Laufzeit 24 Monate.",
        ),
    )
    start = _noon(today - dt.timedelta(days=62))
    first = tenders.publish_tender(
        session,
        user,
        tender.id,
        AWARDED_PASSPHRASE,
        _noon(today - dt.timedelta(days=48)),
        now=start,
    )
    power_lot, gas_lot = tender.lots[0], tender.lots[1] if len(tender.lots) > 1 else None
    power_items = [i.item_id for i in power_lot.items]

    def offer(power: Sequence[str], gas_price: str | None) -> dict[int, dict[int, str]]:
        prices = {power_lot.id: dict(zip(power_items, power, strict=False))}
        if gas_lot is not None and gas_price is not None:
            prices[gas_lot.id] = {gas_lot.items[0].item_id: gas_price}
        return prices

    valid = today + dt.timedelta(days=60)
    received = start + dt.timedelta(days=9)
    _bid(
        session,
        user,
        first.id,
        hellweg,
        offer(("189.4000", "231.9000"), None),
        received,
        valid,
        "Preise fest bis 31.12.2028; 14 Tage netto",
    )
    _bid(
        session,
        user,
        first.id,
        ruhr,
        offer(("192.1000", "226.5000"), "55.9000"),
        received + dt.timedelta(hours=5),
        valid,
        "Preisgleitklausel EEX-Base; 30 Tage netto",
    )
    _bid(
        session,
        user,
        first.id,
        gas,
        offer(("201.0000", "244.0000"), "52.8000"),
        received + dt.timedelta(days=1),
        valid,
        "30 Tage netto",
    )
    opened = _noon(today - dt.timedelta(days=47))
    tender_opening.open_round(
        session,
        user,
        first.id,
        AWARDED_PASSPHRASE,
        ["Sabine Krüger (Geschäftsstelle)", "Dr. Jürgen Weiß (Vorstand)"],
        now=opened,
    )
    second = tenders.start_next_round(
        session,
        user,
        tender.id,
        _noon(today - dt.timedelta(days=33)),
        [hellweg.id, ruhr.id, gas.id],
        now=opened + dt.timedelta(days=1),
    )
    received = opened + dt.timedelta(days=6)
    _bid(
        session,
        user,
        second.id,
        hellweg,
        offer(("184.9000", "226.8000"), None),
        received,
        valid,
        "Preise fest bis 31.12.2028; 14 Tage netto",
    )
    _bid(
        session,
        user,
        second.id,
        ruhr,
        offer(("186.3000", "224.1000"), "54.2000"),
        received,
        valid,
        "Festpreis statt Gleitklausel; 30 Tage netto",
    )
    _bid(
        session,
        user,
        second.id,
        gas,
        offer(("199.5000", "241.0000"), "51.4000"),
        received,
        valid,
        "30 Tage netto",
    )
    tender_opening.open_round(
        session,
        user,
        second.id,
        AWARDED_PASSPHRASE,
        [
            "Sabine Krüger (Geschäftsstelle)",
            "Dr. Jürgen Weiß (Vorstand)",
            "Elke Brandt (Einkaufsleiterin)",
        ],
        now=_noon(today - dt.timedelta(days=32)),
    )
    criteria = [c for c in tender.criteria if not c.is_price]
    scores = {hellweg.id: (85, 80, 70), ruhr.id: (70, 85, 90), gas.id: (80, 75, 60)}
    for lot in tender.lots:
        for supplier_id, values in scores.items():
            tender_evaluation.set_scores(
                session,
                user,
                lot.id,
                supplier_id,
                {c.id: v for c, v in zip(criteria, values, strict=True)},
            )
    decisions = {power_lot.id: [Share(hellweg.id, Decimal(70)), Share(ruhr.id, Decimal(30))]}
    if gas_lot is not None:
        decisions[gas_lot.id] = [Share(gas.id)]
    award_tender(
        session,
        user,
        tender.id,
        decisions,
        "Strom geteilt 70/30 für Versorgungssicherheit; Erdgas an das beste Angebot.",
    )


def _sealed_ppe_tender(
    session: Session, user: OfficeUser, suppliers: dict[str, Organisation], today: dt.date
) -> None:
    collection = _collection(session, "Arbeitshandschuhe und Sicherheitsschuhe 2026")
    lots = _lots(
        session,
        collection,
        [
            ("Arbeitshandschuhe", ("Arbeitshandschuhe Schnittschutz",)),
            ("Sicherheitsschuhe", ("Sicherheitsschuhe S3",)),
        ],
    )
    mode = suppliers["Berufsmode Westfalen"]
    schutz = suppliers["Arbeitsschutz Hellweg"]
    tender = tenders.create_tender(
        session,
        user,
        tenders.TenderInput(
            SEALED_TITLE,
            [collection.id],
            lots,
            50,
            [
                tenders.CriterionInput("Qualität und Tragekomfort", 30),
                tenders.CriterionInput("Lieferfähigkeit", 20),
            ],
            [mode.id, schutz.id],
        ),
    )
    start = _noon(today - dt.timedelta(days=6))
    first = tenders.publish_tender(
        session, user, tender.id, DEMO_PASSPHRASE, _noon(today + dt.timedelta(days=9)), now=start
    )
    valid = today + dt.timedelta(days=90)
    for supplier, prices, days in (
        (mode, ("4.8500", "68.9000"), 2),
        (schutz, ("4.6200", "72.5000"), 4),
    ):
        _bid(
            session,
            user,
            first.id,
            supplier,
            {
                lot.id: {lot.items[0].item_id: price}
                for lot, price in zip(tender.lots, prices, strict=False)
            },
            start + dt.timedelta(days=days, hours=3),
            valid,
            "Lieferung frei Werk; 30 Tage netto",
        )
