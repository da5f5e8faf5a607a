"""Builders for agreement tests: agreements, participations and fees made with the models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from membership_builders import office_user
from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    Participation,
    ParticipationLine,
    ProcurementItem,
    ServiceFee,
    UnitOfMeasure,
)


def agreement(
    session: Session,
    supplier: Organisation,
    category_id: int,
    prices: dict[ProcurementItem, str],
    *,
    title: str = "Strom 2026",
    reference: str = "RV-2026-01",
    start: dt.date = dt.date(2026, 1, 1),
    end: dt.date | None = dt.date(2027, 12, 31),
    state: AgreementState = AgreementState.ACTIVE,
    terms: str = "",
    auto_renewal: bool = False,
) -> FrameworkAgreement:
    record = FrameworkAgreement(
        title=title,
        reference=reference,
        supplier_id=supplier.id,
        category_id=category_id,
        state=state,
        start_date=start,
        end_date=end,
        terms=terms,
        auto_renewal=auto_renewal,
        notes="",
    )
    record.items = [
        AgreementItem(item_id=item.id, unit_price=Decimal(price)) for item, price in prices.items()
    ]
    session.add(record)
    session.flush()
    return record


def participation(
    session: Session,
    record: FrameworkAgreement,
    organisation: Organisation,
    lines: dict[ProcurementItem, tuple[str, str | None]],
    *,
    joined: dt.date = dt.date(2026, 1, 1),
    left: dt.date | None = None,
    consent: bool = True,
) -> Participation:
    """``lines``: item → (yearly volume, baseline price or None)."""
    result = Participation(
        agreement_id=record.id,
        organisation_id=organisation.id,
        joined_on=joined,
        left_on=left,
        consent_to_share=consent,
    )
    result.lines = [
        ParticipationLine(
            item_id=item.id,
            yearly_volume=Decimal(volume),
            baseline_price=None if baseline is None else Decimal(baseline),
        )
        for item, (volume, baseline) in lines.items()
    ]
    session.add(result)
    session.flush()
    return result


def fees(session: Session, organisation: Organisation, history: dict[dt.date, str]) -> Membership:
    """Replace a member's fee history with ``history`` (valid from → annual fee)."""
    membership = organisation.membership
    assert membership is not None
    membership.fees.clear()
    session.flush()
    for valid_from, fee in history.items():
        membership.fees.append(MembershipFee(valid_from=valid_from, annual_fee=Decimal(fee)))
    session.flush()
    return membership


def service_fee(
    session: Session,
    organisation: Organisation,
    fee: str,
    valid_from: dt.date = dt.date(2020, 1, 1),
    record: FrameworkAgreement | None = None,
) -> ServiceFee:
    result = ServiceFee(
        organisation_id=organisation.id,
        agreement_id=None if record is None else record.id,
        valid_from=valid_from,
        annual_fee=Decimal(fee),
    )
    session.add(result)
    session.flush()
    return result


NAMES = [
    "Müller & Söhne GmbH",
    "Weiß Großhandel KG",
    "Bäckerei Özdemir OHG",
    "Straßenbau Jäger GmbH",
    "Kühlhaus Lünen GmbH",
    "Röhrenwerk Fröndenberg AG",
]


def plain_member(session: Session, name: str, fee: str | None = "3000") -> Organisation:
    """A current member written directly (no admission check), with one fee from 2020."""
    organisation = Organisation(
        name=name,
        kind=OrganisationKind.MEMBER,
        membership_status=MembershipStatus.MEMBER,
        street="Hauptstraße 1",
        postal_code="59423",
        city="Unna",
    )
    organisation.membership = Membership(
        application_date=dt.date(2019, 6, 1), admission_date=dt.date(2020, 1, 1)
    )
    if fee is not None:
        organisation.membership.fees = [
            MembershipFee(valid_from=dt.date(2020, 1, 1), annual_fee=Decimal(fee))
        ]
    session.add(organisation)
    session.flush()
    return organisation


def board_agreement(session: Session, participants: int = 12) -> FrameworkAgreement:
    """An electricity agreement with umlauts everywhere and ``participants`` members.

    Every participant buys 100 + 10·i MWh of base load at a baseline of 150 €
    (agreed: 123,4567 €) and, every third one, 50 MWh of green power without a baseline.
    """
    from niro_desk.procurement import categories

    user = office_user(session)
    energy = categories.create_category(session, user, "Energie")
    power_category = categories.create_category(session, user, "Strom", energy.id)
    base = categories.create_item(
        session, user, power_category.id, "Strom Grundlast", UnitOfMeasure.MWH
    )
    green = categories.create_item(
        session, user, power_category.id, "Ökostrom (Zertifikat)", UnitOfMeasure.MWH
    )
    supplier = Organisation(name="Stadtwerke Hamm-Süd GmbH", kind=OrganisationKind.SUPPLIER)
    session.add(supplier)
    session.flush()
    record = agreement(
        session,
        supplier,
        power_category.id,
        {base: "123.4567", green: "131.00"},
        title="Stromlieferung für Großverbraucher",
        reference="RV-2026-03",
        terms="Lieferung frei Übergabestelle; Preise netto in € zzgl. Stromsteuer.\n"
        "Gemäß § 5 gilt die Preisgleitklausel (Börsenindex EEX, Basis Q4/2025).",
        auto_renewal=True,
    )
    record.items[1].price_adjustment = "Anpassung zum 1. Januar gemäß EEX-Index"
    for index in range(participants):
        name = NAMES[index] if index < len(NAMES) else f"Mitgliedsbetrieb Nr. {index + 1:03d} GmbH"
        organisation = plain_member(session, name)
        lines = {base: (str(100 + 10 * index), "150")}
        if index % 3 == 0:
            lines[green] = ("50", None)
        participation(session, record, organisation, lines)
    session.flush()
    return record
