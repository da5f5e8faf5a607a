"""The members list: search, filter, sort and count in the database.

One query for the rows (with the contact count aggregated in SQL), one for
the NACE classes of those rows; the table model then only formats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from niro_desk.models import (
    Contact,
    Expertise,
    IndustryCode,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    ProductMarket,
    contact_expertise,
    organisation_sales_code,
)
from niro_desk.search_text import contains_folded


@dataclass
class DirectoryFilter:
    text: str = ""
    kinds: set[OrganisationKind] = field(default_factory=set)
    statuses: set[MembershipStatus] = field(default_factory=set)
    region: str = ""


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    kind: OrganisationKind
    status: MembershipStatus | None
    city: str
    region: str
    employees: int | None
    codes: str
    contacts: int
    annual_fee: Decimal | None
    admission_date: dt.date | None
    waiting_since: dt.datetime | None


def _matches(word: str):  # type: ignore[no-untyped-def]
    sales_code = exists().where(
        organisation_sales_code.c.organisation_id == Organisation.id,
        organisation_sales_code.c.code == IndustryCode.code,
        or_(
            IndustryCode.code.startswith(word),
            contains_folded(IndustryCode.title_de, word),
            contains_folded(IndustryCode.title_en, word),
        ),
    )
    market = exists().where(
        ProductMarket.organisation_id == Organisation.id, contains_folded(ProductMarket.name, word)
    )
    person = exists().where(
        Contact.organisation_id == Organisation.id,
        or_(
            contains_folded(Contact.last_name, word),
            contains_folded(Contact.first_name, word),
            contains_folded(Contact.function, word),
            exists().where(
                contact_expertise.c.contact_id == Contact.id,
                contact_expertise.c.expertise_id == Expertise.id,
                contains_folded(Expertise.name, word),
            ),
        ),
    )
    return or_(
        contains_folded(Organisation.name, word),
        contains_folded(Organisation.city, word),
        contains_folded(Organisation.postal_code, word),
        sales_code,
        market,
        person,
    )


def _current_fee(today: dt.date):  # type: ignore[no-untyped-def]
    latest = (
        select(MembershipFee.annual_fee)
        .where(MembershipFee.membership_id == Membership.id, MembershipFee.valid_from <= today)
        .order_by(MembershipFee.valid_from.desc())
        .limit(1)
        .correlate(Membership)
        .scalar_subquery()
    )
    return latest


def directory_query(criteria: DirectoryFilter, today: dt.date) -> Select:  # type: ignore[type-arg]
    contacts = (
        select(func.count(Contact.id))
        .where(Contact.organisation_id == Organisation.id)
        .correlate(Organisation)
        .scalar_subquery()
    )
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.membership_status,
            Organisation.city,
            Organisation.region,
            Organisation.employees,
            contacts.label("contacts"),
            _current_fee(today).label("annual_fee"),
            Membership.admission_date,
            Membership.waiting_since,
        )
        .outerjoin(Membership, Membership.organisation_id == Organisation.id)
        .order_by(Organisation.name, Organisation.id)
    )
    conditions = [_matches(word) for word in criteria.text.split()]
    if criteria.kinds:
        conditions.append(Organisation.kind.in_(criteria.kinds))
    if criteria.statuses:
        conditions.append(Organisation.membership_status.in_(criteria.statuses))
    if criteria.region:
        conditions.append(Organisation.region == criteria.region)
    if conditions:
        query = query.where(and_(*conditions))
    return query


def list_directory(
    session: Session, criteria: DirectoryFilter, today: dt.date | None = None
) -> list[DirectoryRow]:
    """The organisations matching ``criteria``, sorted by name."""
    rows = session.execute(directory_query(criteria, today or dt.date.today())).all()
    ids = [row.id for row in rows]
    codes: dict[int, list[str]] = {}
    if ids:
        for organisation_id, code in session.execute(
            select(organisation_sales_code.c.organisation_id, organisation_sales_code.c.code)
            .where(organisation_sales_code.c.organisation_id.in_(ids))
            .order_by(organisation_sales_code.c.code)
        ):
            codes.setdefault(organisation_id, []).append(code)
    return [
        DirectoryRow(
            row.id,
            row.name,
            row.kind,
            row.membership_status,
            row.city,
            row.region,
            row.employees,
            ", ".join(codes.get(row.id, [])),
            int(row.contacts or 0),
            row.annual_fee,
            row.admission_date,
            row.waiting_since,
        )
        for row in rows
    ]


def regions(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Organisation.region)
            .distinct()
            .where(Organisation.region != "")
            .order_by(Organisation.region)
        )
    )
