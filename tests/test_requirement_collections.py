"""Requirement collections at service level, on SQLite and PostgreSQL: who may take part,
the states draft → open → closed, replacing submissions with history, a member leaving."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from procurement_builders import (
    TODAY,
    applicant,
    collection,
    energy,
    line,
    office_user,
    other,
    regional_member,
    waiting,
)
from sqlalchemy import func, select

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.membership.admission import leave
from niro_desk.models import (
    AuditEntry,
    CollectionParticipant,
    CollectionState,
    OrganisationKind,
    RequirementLine,
    RequirementSubmission,
)
from niro_desk.procurement import pooled_demand
from niro_desk.procurement.requirement_collections import (
    CollectionInput,
    change_state,
    get_collection,
    invite,
    list_collections,
    remove_participant,
    update_collection,
)
from niro_desk.procurement.requirement_submissions import (
    LineInput,
    LineProblem,
    history,
    submit,
)


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


# -- who may take part ------------------------------------------------------------------------


def test_members_and_customers_are_invited(db: Database) -> None:
    with db.transaction() as session:
        category_id, *_ = energy(session)
        member = regional_member(session, "Alpha GmbH", "Kreis Unna")
        customer = other(session, "Beta KG", OrganisationKind.CUSTOMER)
        created = collection(session, category_id, [member, customer])
        collection_id = created.id
    with db.reading() as session:
        invited = session.scalars(
            select(CollectionParticipant.organisation_id).where(
                CollectionParticipant.collection_id == collection_id
            )
        ).all()
        assert sorted(invited) == sorted([member.id, customer.id])


@pytest.mark.parametrize("who", ["applicant", "waiting", "former", "supplier"])
def test_applicants_waiting_former_members_and_suppliers_are_never_invited(
    db: Database, who: str
) -> None:
    with db.transaction() as session:
        category_id, *_ = energy(session)
        member = regional_member(session, "Alpha GmbH", "Kreis Unna")
        created = collection(session, category_id, [member])
        collection_id = created.id
        if who == "applicant":
            outsider = applicant(session, "Neu GmbH")
        elif who == "waiting":
            outsider = waiting(session, "Wartend GmbH")
        elif who == "supplier":
            outsider = other(session, "Lieferant AG", OrganisationKind.SUPPLIER)
        else:
            outsider = regional_member(session, "Ehemals GmbH", "Sauerland")
            leave(session, office_user(session), outsider.id, TODAY, "Kündigung")
        outsider_id = outsider.id
    with db.transaction() as session, pytest.raises(RuleViolation) as raised:
        invite(session, office_user(session), collection_id, [member.id, outsider_id])
    assert ("supplier" in str(raised.value)) == (who == "supplier")
    with db.reading() as session:
        assert _count(session, CollectionParticipant) == 1  # nothing written


# -- states -----------------------------------------------------------------------------------


def test_only_draft_open_closed_in_that_order_and_every_change_audited(db: Database) -> None:
    with db.transaction() as session:
        category_id, *_ = energy(session)
        member = regional_member(session, "Alpha GmbH", "Kreis Unna")
        collection_id = collection(session, category_id, [member]).id
    for target in (CollectionState.CLOSED, CollectionState.DRAFT):
        with db.transaction() as session, pytest.raises(RuleViolation):
            change_state(session, office_user(session), collection_id, target)
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
    for target in (CollectionState.OPEN, CollectionState.DRAFT):
        with db.transaction() as session, pytest.raises(RuleViolation):
            change_state(session, office_user(session), collection_id, target)
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.CLOSED)
    for target in CollectionState:
        with db.transaction() as session, pytest.raises(RuleViolation):
            change_state(session, office_user(session), collection_id, target)
    with db.reading() as session:
        found = get_collection(session, collection_id)
        assert found.state == CollectionState.CLOSED
        assert found.opened_at is not None and found.closed_at is not None
        states = session.scalars(
            select(AuditEntry.after)
            .where(AuditEntry.entity_type == "requirement_collection", AuditEntry.action == "state")
            .order_by(AuditEntry.id)
        ).all()
        assert states == [{"state": "open"}, {"state": "closed"}]


def test_opening_needs_participants_and_a_deadline_to_come(db: Database) -> None:
    with db.transaction() as session:
        category_id, *_ = energy(session)
        collection_id = collection(session, category_id, []).id
    with db.transaction() as session, pytest.raises(RuleViolation, match="Invite participants"):
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
    with db.transaction() as session:
        member = regional_member(session, "Alpha GmbH", "Kreis Unna")
        invite(session, office_user(session), collection_id, [member.id])
        update_collection(
            session,
            office_user(session),
            collection_id,
            CollectionInput("Energy 2027", category_id, "2027", dt.date.today() - dt.timedelta(1)),
        )
    with db.transaction() as session, pytest.raises(ValidationError) as raised:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
    assert raised.value.field == "deadline"


def test_items_are_the_category_subtree_or_a_chosen_list_of_it(db: Database) -> None:
    with db.transaction() as session:
        category_id, power, gas, gloves = energy(session)
        whole = collection(session, category_id, [])
        assert sorted(i.item_id for i in whole.items) == sorted([power.id, gas.id])
        with pytest.raises(ValidationError) as raised:
            update_collection(
                session,
                office_user(session),
                whole.id,
                CollectionInput("Energy 2027", category_id, "2027", whole.deadline, [gloves.id]),
            )
        assert raised.value.field == "items"
        update_collection(
            session,
            office_user(session),
            whole.id,
            CollectionInput("Energy 2027", category_id, "2027", whole.deadline, [power.id]),
        )
        assert [i.item_id for i in whole.items] == [power.id]


# -- submissions ------------------------------------------------------------------------------


def _open_energy(db: Database):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        category_id, power, gas, _gloves = energy(session)
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        beta = regional_member(session, "Beta GmbH", "Sauerland")
        customer = other(session, "Gamma KG", OrganisationKind.CUSTOMER, "Kreis Unna")
        collection_id = collection(session, category_id, [alpha, beta, customer]).id
    return collection_id, power, gas, alpha, beta, customer


def test_answers_only_while_open_and_only_from_invited_participants(db: Database) -> None:
    collection_id, power, _gas, alpha, _beta, _customer = _open_energy(db)
    with db.transaction() as session, pytest.raises(RuleViolation, match="draft"):
        submit(session, office_user(session), collection_id, alpha.id, [line(power, "10")])
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
        stranger = regional_member(session, "Fremd GmbH", "Münsterland")
        stranger_id = stranger.id
    with db.transaction() as session, pytest.raises(RuleViolation, match="not invited"):
        submit(session, office_user(session), collection_id, stranger_id, [line(power, "10")])
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.CLOSED)
    with db.transaction() as session, pytest.raises(RuleViolation, match="closed"):
        submit(session, office_user(session), collection_id, alpha.id, [line(power, "10")])
    with db.reading() as session:
        assert _count(session, RequirementSubmission) == 0


def test_a_later_submission_replaces_the_earlier_and_the_history_keeps_both(db: Database) -> None:
    collection_id, power, gas, alpha, _beta, _customer = _open_energy(db)
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
        submit(
            session,
            office_user(session),
            collection_id,
            alpha.id,
            [line(power, "100", "210.5", "Werk Unna"), line(gas, "40")],
        )
    with db.transaction() as session:
        submit(session, office_user(session), collection_id, alpha.id, [line(power, "120.250")])
    with db.reading() as session:
        submissions = history(session, collection_id, alpha.id)
        assert [s.is_current for s in submissions] == [True, False]
        assert [len(s.lines) for s in submissions] == [1, 2]
        assert submissions[1].replaced_at is not None
        assert submissions[1].lines[0].current_unit_price == Decimal("210.5000")
        totals = {t.item: t.total for t in pooled_demand.item_totals(session, collection_id)}
        assert totals == {"Electricity": Decimal("120.250"), "Natural gas": Decimal("0.000")}
        assert _count(session, RequirementLine) == 3
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "submit")
        ).all()
        assert len(actions) == 2


def test_a_submission_with_a_bad_line_writes_nothing_and_names_the_line(db: Database) -> None:
    collection_id, power, gas, alpha, _beta, _customer = _open_energy(db)
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
        submit(session, office_user(session), collection_id, alpha.id, [line(power, "5")])
    bad_lines = [
        [line(power, "1"), line(gas, "-1")],
        [line(power, "1.0005")],
        [line(power, "1", "-0.5")],
        [line(power, "1", "0.12345")],
        [
            LineInput(
                power.id,
                Decimal(1),
                contract_end=dt.date(2026, 12, 31),
                notice_date=dt.date(2027, 1, 31),
            )
        ],
    ]
    for lines in bad_lines:
        with db.transaction() as session, pytest.raises(LineProblem) as raised:
            submit(session, office_user(session), collection_id, alpha.id, lines)
        assert raised.value.row == len(lines) - 1
    with db.reading() as session:
        assert [s.is_current for s in history(session, collection_id, alpha.id)] == [True]
        assert _count(session, RequirementLine) == 1


def test_an_empty_submission_is_an_answer(db: Database) -> None:
    collection_id, _power, _gas, alpha, _beta, _customer = _open_energy(db)
    with db.transaction() as session:
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
        submit(session, office_user(session), collection_id, alpha.id, [])
    with db.reading() as session:
        missing = {s.name for s in pooled_demand.not_answered(session, collection_id)}
        assert missing == {"Beta GmbH", "Gamma KG"}


# -- a member leaves --------------------------------------------------------------------------


def test_a_member_who_leaves_is_taken_out_of_open_and_draft_collections_only(
    db: Database,
) -> None:
    collection_id, power, _gas, alpha, beta, _customer = _open_energy(db)
    with db.transaction() as session:
        user = office_user(session)
        category_id = get_collection(session, collection_id).category_id
        draft_id = collection(session, category_id, [alpha, beta], "Energy 2028").id
        closed_id = collection(session, category_id, [alpha, beta], "Energy 2026").id
        for opened in (collection_id, closed_id):
            change_state(session, user, opened, CollectionState.OPEN)
            submit(session, user, opened, alpha.id, [line(power, "7")])
            submit(session, user, opened, beta.id, [line(power, "3")])
        change_state(session, user, closed_id, CollectionState.CLOSED)
    with db.transaction() as session:
        result = leave(session, office_user(session), alpha.id, TODAY, "Kündigung")
        assert result.removed_from_collections == ["Energy 2027", "Energy 2028"]
    with db.reading() as session:
        rows = {r.id: r for r in list_collections(session)}
        assert (rows[collection_id].invited, rows[draft_id].invited) == (2, 1)
        assert rows[closed_id].invited == 2
        open_totals = pooled_demand.item_totals(session, collection_id)
        assert [t.total for t in open_totals if t.item == "Electricity"] == [Decimal("3.000")]
        closed_totals = pooled_demand.item_totals(session, closed_id)
        assert [t.total for t in closed_totals if t.item == "Electricity"] == [Decimal("10.000")]
        # the history of what it said stays
        assert len(history(session, collection_id, alpha.id)) == 1
        states = {s.name: s for s in pooled_demand.participant_states(session, collection_id)}
        assert (
            states["Alpha GmbH"].removed
            and "left the network" in states["Alpha GmbH"].removed_reason
        )
        removed = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "remove_participant")
        ).all()
        assert sorted(removed) == sorted([collection_id, draft_id])


def test_remove_and_invite_again(db: Database) -> None:
    collection_id, _power, _gas, alpha, _beta, _customer = _open_energy(db)
    with db.transaction() as session:
        user = office_user(session)
        remove_participant(session, user, collection_id, alpha.id, "no need")
        with pytest.raises(RuleViolation):
            remove_participant(session, user, collection_id, alpha.id, "twice")
        assert invite(session, user, collection_id, [alpha.id]) == [alpha.id]
        assert invite(session, user, collection_id, [alpha.id]) == []
