"""Builders for procurement tests: participants, a category with items, a collection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from membership_builders import TODAY, applicant, member, office_user
from sqlalchemy.orm import Session

from niro_desk.models import (
    Contact,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    ProcurementItem,
    RequirementCollection,
    UnitOfMeasure,
)
from niro_desk.procurement import categories
from niro_desk.procurement.requirement_collections import CollectionInput, create_collection
from niro_desk.procurement.requirement_submissions import LineInput

FUTURE = dt.date.today() + dt.timedelta(days=30)

__all__ = ["TODAY", "applicant", "member", "office_user"]


def with_head(organisation: Organisation, email: str, function: str = "Leitung Einkauf") -> Contact:
    contact = Contact(
        first_name="Eva", last_name=email.split("@")[0], function=function, email=email
    )
    organisation.contacts.append(contact)
    return contact


def regional_member(session: Session, name: str, region: str) -> Organisation:
    organisation = member(session, name)
    organisation.region = region
    with_head(organisation, f"einkauf.{organisation.id}@example.org")
    session.flush()
    return organisation


def other(session: Session, name: str, kind: OrganisationKind, region: str = "") -> Organisation:
    organisation = Organisation(name=name, kind=kind, region=region)
    session.add(organisation)
    session.flush()
    with_head(organisation, f"einkauf.{organisation.id}@example.org")
    session.flush()
    return organisation


def waiting(session: Session, name: str) -> Organisation:
    organisation = applicant(session, name)
    organisation.membership_status = MembershipStatus.WAITING
    session.flush()
    return organisation


def energy(session: Session) -> tuple[int, ProcurementItem, ProcurementItem, ProcurementItem]:
    """Energy › Electricity (MWh), Energy › Gas (MWh), and gloves (pairs) in another category."""
    user = office_user(session)
    energy_category = categories.create_category(session, user, "Energy")
    electricity = categories.create_category(session, user, "Electricity", energy_category.id)
    gas = categories.create_category(session, user, "Natural gas", energy_category.id)
    power = categories.create_item(session, user, electricity.id, "Electricity", UnitOfMeasure.MWH)
    natural_gas = categories.create_item(session, user, gas.id, "Natural gas", UnitOfMeasure.MWH)
    ppe = categories.create_category(session, user, "PPE")
    gloves = categories.create_item(session, user, ppe.id, "Work gloves", UnitOfMeasure.PAIR)
    return energy_category.id, power, natural_gas, gloves


def collection(
    session: Session, category_id: int, participants: list[Organisation], title: str = "Energy 2027"
) -> RequirementCollection:
    return create_collection(
        session,
        office_user(session),
        CollectionInput(title, category_id, "2027", FUTURE),
        [p.id for p in participants],
    )


def line(item: ProcurementItem, volume: str, price: str | None = None, site: str = "") -> LineInput:
    return LineInput(
        item.id,
        Decimal(volume),
        delivery_sites=site,
        current_unit_price=Decimal(price) if price is not None else None,
    )
