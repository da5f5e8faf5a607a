"""Builders for the start page and the supplier export: agreements, participations, certificates.

Records are built directly with the models (the agreement services are built
on another branch); organisations and categories through the real services.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from membership_builders import office_user
from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Organisation,
    OrganisationKind,
    Participation,
    ParticipationLine,
    ProcurementItem,
    SupplierCertificate,
    UnitOfMeasure,
)
from niro_desk.procurement import categories

TODAY = dt.date(2026, 11, 23)


def supplier(session: Session, name: str, country: str = "DE") -> Organisation:
    organisation = Organisation(
        name=name,
        kind=OrganisationKind.SUPPLIER,
        street="Hafenstraße 1",
        postal_code="44147",
        city="Dortmund",
        country=country,
    )
    session.add(organisation)
    session.flush()
    return organisation


def customer(
    session: Session, name: str, street: str = "Ringstraße 5", city: str = "Hamm"
) -> Organisation:
    organisation = Organisation(
        name=name,
        kind=OrganisationKind.CUSTOMER,
        street=street,
        postal_code="59065",
        city=city,
        country="DE",
    )
    session.add(organisation)
    session.flush()
    return organisation


def office_supplies(session: Session) -> tuple[int, list[ProcurementItem]]:
    """A category "Bürobedarf" with paper (pieces) and toner (pieces)."""
    user = office_user(session)
    category = categories.create_category(session, user, "Bürobedarf")
    paper = categories.create_item(
        session, user, category.id, "Kopierpapier A4", UnitOfMeasure.PIECE
    )
    toner = categories.create_item(session, user, category.id, "Toner schwarz", UnitOfMeasure.PIECE)
    return category.id, [paper, toner]


def agreement(
    session: Session,
    seller: Organisation,
    category_id: int,
    title: str,
    end_date: dt.date | None,
    *,
    start_date: dt.date | None = dt.date(2025, 1, 1),
    notice_months: int = 3,
    auto_renewal: bool = False,
    renewal_months: int = 12,
    state: AgreementState = AgreementState.ACTIVE,
    prices: list[tuple[ProcurementItem, str]] = (),  # type: ignore[assignment]
) -> FrameworkAgreement:
    record = FrameworkAgreement(
        title=title,
        reference=f"RV-{title[:6]}",
        supplier_id=seller.id,
        category_id=category_id,
        state=state,
        start_date=start_date,
        end_date=end_date,
        notice_months=notice_months,
        auto_renewal=auto_renewal,
        renewal_months=renewal_months,
    )
    for item, price in prices:
        record.items.append(AgreementItem(item_id=item.id, unit_price=Decimal(price)))
    session.add(record)
    session.flush()
    return record


def participate(
    session: Session,
    record: FrameworkAgreement,
    organisation: Organisation,
    volumes: dict[ProcurementItem, tuple[str, str | None]],
    *,
    consent: bool,
    joined_on: dt.date = dt.date(2025, 1, 1),
    left_on: dt.date | None = None,
) -> Participation:
    """``volumes``: item → (yearly volume, baseline price)."""
    participation = Participation(
        agreement_id=record.id,
        organisation_id=organisation.id,
        joined_on=joined_on,
        left_on=left_on,
        consent_to_share=consent,
    )
    for item, (volume, baseline) in volumes.items():
        participation.lines.append(
            ParticipationLine(
                item_id=item.id,
                yearly_volume=Decimal(volume),
                baseline_price=None if baseline is None else Decimal(baseline),
            )
        )
    session.add(participation)
    session.flush()
    return participation


def certificate(
    session: Session, organisation: Organisation, standard: str, valid_until: dt.date | None
) -> SupplierCertificate:
    record = SupplierCertificate(
        organisation_id=organisation.id, standard=standard, valid_until=valid_until
    )
    session.add(record)
    session.flush()
    return record
