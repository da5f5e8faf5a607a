"""The demo's framework agreements and participations, written through the real services.

``fill(session, user, organisations, today)`` runs inside the demo's
transaction after the tenders:

- the draft agreements of the awarded energy tender become active (supply from
  1 January next year, two years) and the participants of the energy
  collection opt in with the volumes and baselines of their requirements;
- agreements in force this whole year, entered by hand, with members AND
  customers taking part from 1 January (a full year of savings): electricity
  ending on 31 December, work gloves and safety shoes ending within about 30
  days of today, technical gases renewing yearly with the notice deadline in
  the coming weeks, and fuel cards from 2019, before the software, renewing
  ever since (with its contract scan attached);
- an expired waste disposal agreement and customers' service fees.

The largest current member takes part in electricity, gases and PPE and saves
far more than its fee; the smallest takes a few gloves only and saves less
than its fee. Dates that must be "soon" are relative to ``today``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.errors import RuleViolation
from niro_desk.models import (
    FrameworkAgreement,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProcurementCategory,
    ProcurementItem,
    RequirementCollection,
    RequirementSubmission,
    ServiceFee,
)
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.agreement_dates import add_months, last_day_of_month
from niro_desk.procurement.agreements import AgreementInput, ItemInput
from niro_desk.procurement.participations import LineInput, require_eligible

SEED = 2026
ENERGY_COLLECTION = "Energie 2027"

#: items of the hand-entered agreements: name → (agreed price, yearly volume per employee)
POWER = {
    "Strom Mittelspannung (RLM)": ("201.4000", "7"),
    "Strom Niederspannung (SLP)": ("243.9000", "0.6"),
}
PPE = {
    "Arbeitshandschuhe Schnittschutz": ("2.3900", "18"),
    "Sicherheitsschuhe S3": ("62.5000", "0.8"),
}
GASES = {
    "Stickstoff": ("0.5200", "120"),
    "Argon": ("3.7500", "20"),
    "Schweißmischgas Ar/CO2": ("4.1000", "15"),
}
FUEL = {"Diesel über Tankkarte": ("1.5490", "150"), "Benzin über Tankkarte": ("1.7190", "20")}
WASTE = {"Gewerbeabfall": ("178.0000", "0.4")}


def _month_end(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, last_day_of_month(day.year, day.month))


class _Builder:
    def __init__(self, session: Session, user: OfficeUser, today: dt.date) -> None:
        self.session = session
        self.user = user
        self.today = today
        self.rng = random.Random(SEED)
        self.items = {i.name: i for i in session.scalars(select(ProcurementItem))}
        self.categories = {c.name: c for c in session.scalars(select(ProcurementCategory))}

    def supplier(self, organisations: Sequence[Organisation], prefix: str) -> Organisation:
        return next(
            o
            for o in organisations
            if o.kind == OrganisationKind.SUPPLIER and o.name.startswith(prefix)
        )

    def agreement(
        self,
        title: str,
        reference: str,
        supplier: Organisation,
        category: str,
        prices: dict[str, tuple[str, str]],
        start: dt.date,
        end: dt.date,
        *,
        notice: int = 3,
        renews: bool = False,
        terms: str = "",
        adjustment: str = "",
        notes: str = "",
    ) -> FrameworkAgreement:
        data = AgreementInput(
            title=title,
            supplier_id=supplier.id,
            category_id=self.categories[category].id,
            items=[
                ItemInput(self.items[name].id, Decimal(price), None, adjustment)
                for name, (price, _volume) in prices.items()
            ],
            reference=reference,
            start_date=start,
            end_date=end,
            notice_months=notice,
            auto_renewal=renews,
            renewal_months=12,
            terms=terms,
            notes=notes,
        )
        agreement = agreements.create_agreement(self.session, self.user, data)
        agreements.activate(self.session, self.user, agreement.id, today=min(start, self.today))
        return agreement

    def join(
        self,
        agreement: FrameworkAgreement,
        organisation: Organisation,
        prices: dict[str, tuple[str, str]],
        joined_on: dt.date,
        baseline_markup: tuple[float, float],
        share: float = 1.0,
    ) -> None:
        """Opt in with volumes by company size and a baseline above the agreed price."""
        joined_on = self.eligible_day(organisation, joined_on)
        if joined_on is None:
            return
        employees = organisation.employees or 40
        lines = []
        for name, (price, per_employee) in prices.items():
            volume = (Decimal(per_employee) * employees * Decimal(str(share))).quantize(Decimal(1))
            markup = Decimal(str(round(self.rng.uniform(*baseline_markup), 3)))
            baseline = (Decimal(price) * (1 + markup)).quantize(Decimal("0.0001"))
            lines.append(LineInput(self.items[name].id, max(volume, Decimal(1)), baseline))
        participations.opt_in(
            self.session,
            self.user,
            agreement.id,
            organisation.id,
            joined_on,
            lines,
            consent_to_share=self.rng.random() < 0.6,
        )

    def eligible_day(self, organisation: Organisation, day: dt.date) -> dt.date | None:
        membership = organisation.membership
        if membership is not None and membership.admission_date and membership.admission_date > day:
            day = membership.admission_date
        try:
            require_eligible(self.session, organisation.id, day)
        except RuleViolation:  # e.g. admitted later: the demo leaves it out
            return None
        return day


def fill(
    session: Session, user: OfficeUser, organisations: Sequence[Organisation], today: dt.date
) -> None:
    """Activate the award's agreements, add agreements in force with their participants."""
    builder = _Builder(session, user, today)
    year_start = dt.date(today.year, 1, 1)
    members = sorted(
        (
            o
            for o in organisations
            if o.kind == OrganisationKind.MEMBER and o.membership_status == "member"
        ),
        key=lambda o: o.name,
    )
    customers = sorted(
        (o for o in organisations if o.kind == OrganisationKind.CUSTOMER), key=lambda o: o.name
    )
    by_size = sorted(members, key=lambda o: (o.employees or 0, o.name))
    smallest, largest = by_size[0], by_size[-1]

    _award_agreements(session, user, builder, today)

    # electricity in force this year (the tender's agreements follow on 1 January)
    power = builder.agreement(
        f"Strom {today.year - 1}/{today.year}",
        f"RV-{today.year - 1}-01",
        builder.supplier(organisations, "Ruhr-Lippe Energie"),
        "Strom",
        POWER,
        dt.date(today.year - 1, 1, 1),
        dt.date(today.year, 12, 31),
        notice=3,
        terms="Festpreis für die Laufzeit; Abrechnung monatlich; 30 Tage netto.",
    )
    power_members = [m for m in members[::3] if m not in (smallest,)] + [largest]
    for organisation in dict.fromkeys(power_members):
        builder.join(power, organisation, POWER, year_start, (0.06, 0.16))
    for organisation in customers[:3]:
        builder.join(power, organisation, POWER, year_start, (0.04, 0.12))

    # work gloves and safety shoes: ends within about 30 days
    ppe = builder.agreement(
        f"Arbeitshandschuhe und Sicherheitsschuhe {today.year - 1}–{today.year}",
        f"RV-{today.year - 1}-04",
        builder.supplier(organisations, "Arbeitsschutz Hellweg"),
        "Arbeitskleidung und PSA",
        PPE,
        dt.date(today.year - 1, 1, 1),
        today + dt.timedelta(days=25),
        notice=1,
        terms="Lieferung frei Haus ab 250 € Bestellwert; Rahmenvertrag ohne Abnahmepflicht.",
    )
    for organisation in dict.fromkeys([*members[1::4], largest]):
        builder.join(ppe, organisation, PPE, year_start, (0.10, 0.30))
    builder.join(
        ppe,
        smallest,
        {"Arbeitshandschuhe Schnittschutz": PPE["Arbeitshandschuhe Schnittschutz"]},
        year_start,
        (0.12, 0.12),
        share=0.5,
    )
    for organisation in customers[3:5]:
        builder.join(ppe, organisation, PPE, year_start, (0.08, 0.2))

    # technical gases: renews yearly, notice deadline in the coming weeks
    deadline = _month_end(today + dt.timedelta(days=21))
    term_end = add_months(deadline, 3)
    gases = builder.agreement(
        "Technische Gase (Flaschen und Tanks)",
        "RV-2024-02",
        builder.supplier(organisations, "Rhein-Ruhr Industriegase"),
        "Technische Gase",
        GASES,
        add_months(term_end, -24) + dt.timedelta(days=1),
        term_end,
        notice=3,
        renews=True,
        terms="Verlängert sich um 12 Monate, wenn nicht 3 Monate vor Ablauf gekündigt wird."
        " Flaschenmiete inklusive.",
        adjustment="Anpassung jährlich zum 1.1. nach Erzeugerpreisindex (Destatis) Industriegase",
    )
    for organisation in dict.fromkeys([*members[2::5], largest]):
        builder.join(gases, organisation, GASES, year_start, (0.08, 0.22))
    builder.join(gases, customers[5], GASES, year_start, (0.05, 0.15))

    # fuel cards: entered by hand, from before the software, renewing since 2021
    fuel = builder.agreement(
        "Tankkarten Westfalen (Altvertrag)",
        "RV-2019-02",
        builder.supplier(organisations, "Tankkarten Westfalen"),
        "Tankkarten",
        FUEL,
        dt.date(2019, 7, 1),
        dt.date(2021, 6, 30),
        notice=3,
        renews=True,
        terms="Rabatt 3,5 ct/l auf den Tagespreis an Verbundtankstellen; Kartengebühr entfällt.",
        adjustment="Tagespreis der Verbundtankstellen abzüglich Rabatt",
        notes="Vertrag aus der Zeit vor NIRO Desk; Original in der Papierakte.",
    )
    for organisation in [*members[4::6], *customers[6:9]]:
        builder.join(fuel, organisation, FUEL, year_start, (0.02, 0.04))
    agreements.attach_document(
        session,
        user,
        fuel.id,
        "Rahmenvertrag Tankkarten 2019 (Scan).txt",
        (
            "Rahmenvertrag Tankkarten – Netzwerk Industrie Ruhr-Ost e.V. und Tankkarten"
            " Westfalen GmbH\nLaufzeit ab 01.07.2019, Verlängerung um jeweils 12 Monate,"
            " Kündigung 6 Monate zum Laufzeitende.\n"
        ).encode(),
        "Scan des unterschriebenen Vertrags",
    )

    # an agreement that ended: waste disposal 2023–2024
    waste = agreements.create_agreement(
        session,
        user,
        AgreementInput(
            title="Gewerbeabfall 2023–2024",
            supplier_id=builder.supplier(organisations, "Entsorgung Hellweg").id,
            category_id=builder.categories["Entsorgung"].id,
            items=[ItemInput(builder.items["Gewerbeabfall"].id, Decimal("178.0000"))],
            reference="RV-2023-05",
            start_date=dt.date(2023, 1, 1),
            end_date=dt.date(2024, 12, 31),
            terms="Abholung 14-täglich.",
        ),
    )
    agreements.activate(session, user, waste.id, today=dt.date(2023, 1, 1))
    agreements.expire_ended(session, user, today)

    # customers pay the service company a fee: per year, or per agreement
    for number, organisation in enumerate(customers[:6]):
        if number % 2 == 0:
            session.add(
                ServiceFee(
                    organisation_id=organisation.id,
                    valid_from=dt.date(today.year - 1, 1, 1),
                    annual_fee=Decimal("900.00"),
                    note="Jahrespauschale Einkaufspool",
                )
            )
        else:
            session.add(
                ServiceFee(
                    organisation_id=organisation.id,
                    agreement_id=(ppe if number == 3 else power).id,
                    valid_from=dt.date(today.year - 1, 1, 1),
                    annual_fee=Decimal("350.00"),
                    note="Servicegebühr je Rahmenvertrag",
                )
            )
    session.flush()


def _award_agreements(
    session: Session, user: OfficeUser, builder: _Builder, today: dt.date
) -> None:
    """The energy tender's drafts become active; the collection's participants opt in."""
    drafts = list(
        session.scalars(
            select(FrameworkAgreement)
            .where(FrameworkAgreement.tender_id.is_not(None))
            .order_by(FrameworkAgreement.id)
        )
    )
    start = dt.date(today.year + 1, 1, 1)
    for number, draft in enumerate(drafts, start=1):
        agreements.update_agreement(
            session,
            user,
            draft.id,
            AgreementInput(
                title=draft.title,
                supplier_id=draft.supplier_id,
                category_id=draft.category_id,
                items=[
                    ItemInput(i.item_id, i.unit_price, dt.date(today.year + 2, 12, 31))
                    for i in draft.items
                ],
                reference=f"RV-{today.year}-{10 + number}",
                start_date=start,
                end_date=dt.date(today.year + 2, 12, 31),
                notice_months=3,
                terms="Lieferbeginn 01.01., Laufzeit 24 Monate; Preise fest; 14 Tage netto.",
            ),
        )
        agreements.activate(session, user, draft.id, today=today)
    collection = session.scalar(
        select(RequirementCollection).where(RequirementCollection.title == ENERGY_COLLECTION)
    )
    if collection is None or not drafts:
        return
    answered = list(
        session.scalars(
            select(RequirementSubmission.organisation_id)
            .where(
                RequirementSubmission.collection_id == collection.id,
                RequirementSubmission.is_current.is_(True),
            )
            .order_by(RequirementSubmission.organisation_id)
        )
    )
    joined_on = today - dt.timedelta(days=5)
    for agreement in drafts:
        shares = {i.item_id: i.share for i in agreement.items}  # a split award splits volumes
        for organisation_id in answered:
            organisation = session.get(Organisation, organisation_id)
            assert organisation is not None
            proposed = [
                p
                for p in participations.proposed_lines(session, agreement.id, organisation_id)
                if p.from_requirement and p.item_id in shares and p.yearly_volume
            ]
            if not proposed or builder.eligible_day(organisation, joined_on) != joined_on:
                continue
            participations.opt_in(
                session,
                user,
                agreement.id,
                organisation_id,
                joined_on,
                [
                    LineInput(
                        p.item_id,
                        ((p.yearly_volume or Decimal(0)) * shares[p.item_id] / 100).quantize(
                            Decimal("0.001")
                        ),
                    )
                    for p in proposed
                ],
                consent_to_share=organisation_id % 3 != 0,
            )
