"""Participations: who may join, baselines from requirements, not twice, exits end them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from membership_builders import TODAY
from procurement_builders import (
    applicant,
    collection,
    energy,
    member,
    office_user,
    other,
    waiting,
)
from sqlalchemy.orm import Session

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, StaleRecord, ValidationError
from niro_desk.membership import admission
from niro_desk.models import AgreementState, CollectionState, OrganisationKind
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.agreements import AgreementInput, ItemInput
from niro_desk.procurement.participations import LineInput
from niro_desk.procurement.requirement_collections import change_state
from niro_desk.procurement.requirement_submissions import submit

JOIN = TODAY + dt.timedelta(days=1)


def _agreement(
    session: Session, state: AgreementState = AgreementState.ACTIVE
) -> tuple[int, int, int]:
    category_id, power, gas, _gloves = energy(session)
    supplier = other(session, "Hellweg Energiehandel GmbH", OrganisationKind.SUPPLIER)
    user = office_user(session)
    agreement = agreements.create_agreement(
        session,
        user,
        AgreementInput(
            "Strom und Gas",
            supplier.id,
            category_id,
            [ItemInput(power.id, Decimal("180.0000")), ItemInput(gas.id, Decimal("50.0000"))],
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2028, 12, 31),
        ),
    )
    if state == AgreementState.ACTIVE:
        agreements.activate(session, user, agreement.id, today=TODAY)
    return agreement.id, power.id, gas.id


def test_members_and_customers_join_suppliers_applicants_and_former_members_do_not(
    db: Database,
) -> None:
    with db.transaction() as session:
        agreement_id, power_id, _gas = _agreement(session)
        user = office_user(session)
        lines = [LineInput(power_id, Decimal("120"), Decimal("230.0000"))]
        current = member(session, "Alpha Stanztechnik GmbH")
        customer = other(session, "Kunde Maschinenbau AG", OrganisationKind.CUSTOMER)
        supplier = other(session, "Lieferant GmbH", OrganisationKind.SUPPLIER)
        hopeful = applicant(session, "Bewerber GmbH")
        queued = waiting(session, "Wartend GmbH")
        leaving = member(session, "Ehemalig GmbH")
        admission.leave(session, user, leaving.id, TODAY, "Kündigung")

        participations.opt_in(session, user, agreement_id, current.id, JOIN, lines)
        participations.opt_in(session, user, agreement_id, customer.id, JOIN, lines, True)
        with pytest.raises(RuleViolation, match="supplier"):
            participations.opt_in(session, user, agreement_id, supplier.id, JOIN, lines)
        for organisation in (hopeful, queued, leaving):
            with pytest.raises(RuleViolation, match="not a member"):
                participations.opt_in(session, user, agreement_id, organisation.id, JOIN, lines)
        # a member is not one before its admission date
        with pytest.raises(RuleViolation, match="not a member"):
            other_member = member(session, "Beta GmbH")
            participations.opt_in(
                session, user, agreement_id, other_member.id, TODAY - dt.timedelta(days=30), lines
            )
        eligible = {
            row.name for row in participations.eligible_organisations(session, agreement_id, JOIN)
        }
        assert eligible == {"Beta GmbH"}  # the two that joined are taken
        rows = participations.participants_of(session, agreement_id)
        assert {r.organisation for r in rows} == {
            "Alpha Stanztechnik GmbH",
            "Kunde Maschinenbau AG",
        }
        assert {r.consent_to_share for r in rows} == {True, False}


def test_not_twice_at_once_but_again_after_leaving(db: Database) -> None:
    with db.transaction() as session:
        agreement_id, power_id, _gas = _agreement(session)
        user = office_user(session)
        alpha = member(session, "Alpha GmbH")
        lines = [LineInput(power_id, Decimal("120"))]
        first = participations.opt_in(session, user, agreement_id, alpha.id, JOIN, lines)
        with pytest.raises(RuleViolation, match="already takes part"):
            participations.opt_in(session, user, agreement_id, alpha.id, JOIN, lines)
        with pytest.raises(ValidationError, match="before the day of joining"):
            participations.opt_out(session, user, first.id, TODAY, "zu früh")
        participations.opt_out(session, user, first.id, dt.date(2027, 6, 30), "Standort verkauft")
        with pytest.raises(RuleViolation, match="already takes part"):
            participations.opt_in(session, user, agreement_id, alpha.id, dt.date(2027, 6, 1), lines)
        again = participations.opt_in(
            session, user, agreement_id, alpha.id, dt.date(2027, 7, 1), lines
        )
        assert again.id != first.id
        with pytest.raises(RuleViolation, match="already left"):
            participations.opt_out(session, user, first.id, dt.date(2027, 7, 1), "")


def test_only_draft_or_active_agreements_are_joined(db: Database) -> None:
    with db.transaction() as session:
        agreement_id, power_id, _gas = _agreement(session)
        user = office_user(session)
        alpha = member(session, "Alpha GmbH")
        agreements.terminate(session, user, agreement_id, TODAY, "Lieferant insolvent")
        with pytest.raises(RuleViolation, match="nobody joins"):
            participations.opt_in(
                session, user, agreement_id, alpha.id, JOIN, [LineInput(power_id, Decimal(1))]
            )


def test_baseline_is_taken_over_from_the_current_requirement(db: Database) -> None:
    with db.transaction() as session:
        agreement_id, power_id, gas_id = _agreement(session)
        user = office_user(session)
        alpha = member(session, "Alpha GmbH")
        beta = member(session, "Beta GmbH")
        agreement = agreements.get_agreement(session, agreement_id)
        energy_collection = collection(session, agreement.category_id, [alpha, beta])
        change_state(session, user, energy_collection.id, CollectionState.OPEN)
        submit(session, user, energy_collection.id, alpha.id, [line_of(power_id, "100", "0.2900")])
        submit(  # a later answer replaces the first: its baseline counts
            session,
            user,
            energy_collection.id,
            alpha.id,
            [line_of(power_id, "110", "0.2750"), line_of(gas_id, "40", None)],
        )
        proposed = {
            p.item_id: p for p in participations.proposed_lines(session, agreement_id, alpha.id)
        }
        assert proposed[power_id].yearly_volume == Decimal("110")
        assert proposed[power_id].baseline_price == Decimal("0.2750")
        assert proposed[power_id].from_requirement
        assert proposed[gas_id].baseline_price is None and proposed[gas_id].from_requirement
        none = participations.proposed_lines(session, agreement_id, beta.id)
        assert all(not p.from_requirement and p.yearly_volume is None for p in none)

        taken = participations.opt_in(
            session,
            user,
            agreement_id,
            alpha.id,
            JOIN,
            [LineInput(power_id, Decimal("110")), LineInput(gas_id, Decimal("40"), Decimal("55"))],
        )
        baselines = {line.item_id: line.baseline_price for line in taken.lines}
        assert baselines == {power_id: Decimal("0.2750"), gas_id: Decimal("55")}
        entered = participations.opt_in(
            session,
            user,
            agreement_id,
            beta.id,
            JOIN,
            [LineInput(power_id, Decimal("80"), Decimal("0.3100"))],
        )
        assert entered.lines[0].baseline_price == Decimal("0.3100")
        with pytest.raises(ValidationError, match="negative"):
            participations.update_lines(
                session, user, entered.id, [LineInput(power_id, Decimal("-1"))]
            )
        version = entered.version
        participations.update_lines(
            session,
            user,
            entered.id,
            [LineInput(power_id, Decimal("95"), Decimal("0.3000"))],
            version,
        )
        assert entered.lines[0].yearly_volume == Decimal("95")
        with pytest.raises(StaleRecord):
            participations.set_consent(session, user, entered.id, True, version)


def line_of(item_id: int, volume: str, price: str | None):  # type: ignore[no-untyped-def]
    from niro_desk.procurement.requirement_submissions import LineInput as RequirementLine

    return RequirementLine(
        item_id, Decimal(volume), current_unit_price=Decimal(price) if price else None
    )


def test_a_member_leaving_ends_its_participations_and_the_office_is_told(db: Database) -> None:
    with db.transaction() as session:
        agreement_id, power_id, _gas = _agreement(session)
        user = office_user(session)
        alpha = member(session, "Alpha GmbH")
        beta = member(session, "Beta GmbH")
        lines = [LineInput(power_id, Decimal("10"))]
        mine = participations.opt_in(session, user, agreement_id, alpha.id, JOIN, lines)
        theirs = participations.opt_in(session, user, agreement_id, beta.id, JOIN, lines)
        exit_date = dt.date(2027, 3, 31)
        result = admission.leave(session, user, alpha.id, exit_date, "Kündigung")
        assert result.ended_participations == ["Strom und Gas"]
        assert mine.left_on == exit_date and "left the network" in mine.leave_reason
        assert theirs.left_on is None
        rows = participations.agreements_of(session, alpha.id)
        assert [(r.agreement, r.left_on) for r in rows] == [("Strom und Gas", exit_date)]
        assert not rows[0].is_open(exit_date)
