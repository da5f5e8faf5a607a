"""The demo's agreements: active ones with members and customers, one ending soon, one with
its notice deadline in the coming weeks, one from before the software, a full year of
participation, a member saving more than its fee and one saving less."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from niro_desk.database import Database
from niro_desk.models import AgreementState, Organisation, OrganisationKind
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.agreements import AgreementFilter


def test_demo_agreements(demo_db: Database) -> None:
    today = dt.date.today()
    with demo_db.reading() as session:
        rows = agreements.list_agreements(session, today=today)
        active = [r for r in rows if r.state == AgreementState.ACTIVE]
        assert len(active) >= 6
        assert {r.state for r in rows} >= {AgreementState.ACTIVE, AgreementState.EXPIRED}
        assert [r.title for r in rows if r.from_tender and r.state == AgreementState.ACTIVE]
        soon = agreements.list_agreements(session, AgreementFilter(ends_within_days=30), today)
        assert soon
        notice = agreements.list_agreements(session, AgreementFilter(notice_within_days=45), today)
        assert notice
        old = [r for r in rows if r.start_date and r.start_date.year < 2020]
        assert old and not old[0].from_tender and old[0].term_end and old[0].term_end >= today
        savings: dict[int, Decimal] = {}
        kinds: set[OrganisationKind] = set()
        for row in active:
            for participation in participations.participants_of(session, row.id):
                kinds.add(participation.kind)
                if participation.joined_on > dt.date(today.year, 1, 1):
                    continue  # not the full year
                for line in participation.lines:
                    assert line.unit_price is not None
                    if line.baseline_price is not None:
                        savings[participation.organisation_id] = (
                            savings.get(participation.organisation_id, Decimal(0))
                            + (line.baseline_price - line.unit_price) * line.yearly_volume
                        )
        assert kinds == {OrganisationKind.MEMBER, OrganisationKind.CUSTOMER}
        above = below = 0
        for organisation_id, saved in savings.items():
            organisation = session.get(Organisation, organisation_id)
            assert organisation is not None
            if organisation.membership is None:
                continue
            fee = organisation.membership.fees[-1].annual_fee
            above += saved > fee
            below += saved < fee
        assert above and below
