"""Small builders for membership tests: organisations made through the real services."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from niro_desk.membership.admission import WithoutCheck, admit
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    create_organisation,
    set_sales_profile,
)
from niro_desk.models import OfficeUser, Organisation, OrganisationKind
from niro_desk.users import ensure_user

TODAY = dt.date(2026, 11, 23)


def office_user(session: Session) -> OfficeUser:
    return ensure_user(session, "test.user")


def applicant(
    session: Session,
    name: str,
    codes: list[str] | None = None,
    markets: list[str] | None = None,
    materials: list[str] | None = None,
    *,
    user: OfficeUser | None = None,
) -> Organisation:
    """An applicant with its sales profile, made by ``user`` (the office's test user while
    accounts are off; once they are on, pass an account that may edit members)."""
    user = user or office_user(session)
    organisation = create_organisation(
        session, user, OrganisationInput(name=name, city="Unna"), OrganisationKind.MEMBER, TODAY
    )
    set_sales_profile(
        session, user, organisation.id, SalesProfile(codes or [], markets or [], materials or [])
    )
    return organisation


def member(
    session: Session,
    name: str,
    codes: list[str] | None = None,
    markets: list[str] | None = None,
    materials: list[str] | None = None,
) -> Organisation:
    organisation = applicant(session, name, codes, markets, materials)
    # a builder member with nothing recorded is admitted the way the office would: audited
    unjudged = not (codes or markets)
    without = WithoutCheck("test member without a sales profile") if unjudged else None
    admit(session, office_user(session), organisation.id, TODAY, without_check=without)
    return organisation
