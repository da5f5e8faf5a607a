"""Negotiation rounds: Borda arithmetic checked by hand, and the rules of the service."""

from __future__ import annotations

import datetime as dt

import pytest
from procurement_builders import office_user, other, regional_member, with_head

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.models import OrganisationKind
from niro_desk.procurement import categories, negotiation_rounds
from niro_desk.procurement.borda import borda_ranking


def test_borda_count_by_hand() -> None:
    # 4 categories: places earn 3, 2, 1, 0 points; unranked earn nothing.
    candidates = {1: "Alpha", 2: "Bravo", 3: "Charlie", 4: "Delta"}
    ballots = [[1, 2, 3, 4], [2, 1, 4, 3], [2, 3], [3, 1, 2, 4]]
    # Alpha 3+2+0+2 = 7, Bravo 2+3+3+1 = 9, Charlie 1+0+2+3 = 6, Delta 0+1+0+0 = 1
    result = borda_ranking(candidates, ballots)
    assert [(r.name, r.points, r.first_places, r.position) for r in result] == [
        ("Bravo", 9, 2, 1),
        ("Alpha", 7, 1, 2),
        ("Charlie", 6, 1, 3),
        ("Delta", 1, 0, 4),
    ]
    assert [r.voters for r in result] == [4, 3, 4, 3]


def test_borda_ties_go_to_more_first_places_then_the_name() -> None:
    candidates = {1: "Zink", 2: "Blech", 3: "Argon", 4: "Diesel"}
    # Zink 3+0 = 3 with one first place, Argon 1+2 = 3 with none: Zink first despite the name
    result = borda_ranking(candidates, [[1, 2, 3, 4], [2, 3, 4, 1]])
    assert [(r.name, r.points) for r in result] == [
        ("Blech", 5),
        ("Zink", 3),
        ("Argon", 3),
        ("Diesel", 1),
    ]
    even = borda_ranking({1: "B", 2: "A"}, [[1, 2], [2, 1]])
    assert [r.name for r in even] == ["A", "B"]


def test_borda_ignores_repeats_and_categories_off_the_agenda() -> None:
    result = borda_ranking({1: "A", 2: "B"}, [[9, 1, 1, 2]])
    assert [(r.name, r.points) for r in result] == [("A", 1), ("B", 0)]


def _setup(db: Database):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        user = office_user(session)
        ids = [categories.create_category(session, user, name).id for name in ("Gas", "PPE", "IT")]
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        customer = other(session, "Kunde KG", OrganisationKind.CUSTOMER)
        supplier = other(session, "Lieferant AG", OrganisationKind.SUPPLIER)
        heads = [alpha.contacts[0].id, customer.contacts[0].id]
        supplier_head = supplier.contacts[0].id
        extra = with_head(alpha, "zweite@example.org")
        session.flush()
        round_id = negotiation_rounds.save_round(
            session, user, None, dt.date(2026, 9, 1), "Herbstrunde", ids, heads
        ).id
    return round_id, ids, heads, supplier_head, extra.id


def test_rankings_combine_by_borda_in_the_database(db: Database) -> None:
    round_id, (gas, ppe, it), (alpha, customer), _supplier, _extra = _setup(db)
    with db.transaction() as session:
        user = office_user(session)
        negotiation_rounds.set_ranking(session, user, round_id, alpha, [ppe, gas, it])
        negotiation_rounds.set_ranking(session, user, round_id, customer, [gas, ppe])
        negotiation_rounds.set_ranking(session, user, round_id, customer, [gas, it, ppe])
    with db.reading() as session:
        # PPE 2+0 = 2, Gas 1+2 = 3, IT 0+1 = 1
        ranking = negotiation_rounds.combined_ranking(session, round_id)
        assert [(r.name, r.points) for r in ranking] == [("Gas", 3), ("PPE", 2), ("IT", 1)]


def test_only_attending_heads_of_participants_rank_agenda_categories_once(db: Database) -> None:
    round_id, (gas, ppe, _it), (alpha, _c), supplier_head, extra = _setup(db)
    with db.transaction() as session:
        user = office_user(session)
        with pytest.raises(RuleViolation, match="did not attend"):
            negotiation_rounds.set_ranking(session, user, round_id, extra, [gas])
        with pytest.raises(ValidationError):
            negotiation_rounds.set_ranking(session, user, round_id, alpha, [gas, gas])
        outside = categories.create_category(session, user, "Outside").id
        with pytest.raises(ValidationError, match="not on the agenda"):
            negotiation_rounds.set_ranking(session, user, round_id, alpha, [outside])
        with pytest.raises(RuleViolation, match="cannot attend"):
            negotiation_rounds.save_round(
                session,
                user,
                round_id,
                dt.date(2026, 9, 1),
                "Herbstrunde",
                [gas, ppe],
                [alpha, supplier_head],
            )


def test_decisions_and_changes_to_the_agenda(db: Database) -> None:
    round_id, (gas, ppe, it), (alpha, customer), _supplier, _extra = _setup(db)
    with db.transaction() as session:
        user = office_user(session)
        negotiation_rounds.set_ranking(session, user, round_id, alpha, [it, ppe, gas])
        negotiation_rounds.set_decisions(session, user, round_id, {gas: "2027", ppe: ""}, "ok")
        # IT leaves the agenda and the customer's head leaves: their places go with them
        negotiation_rounds.save_round(
            session, user, round_id, dt.date(2026, 9, 2), "Herbstrunde", [gas, ppe], [alpha]
        )
    with db.reading() as session:
        rows = negotiation_rounds.list_rounds(session)
        assert [(r.title, r.attendees, r.agenda, r.decisions) for r in rows] == [
            ("Herbstrunde", 1, 2, "Gas, PPE")
        ]
        assert [b.category_ids for b in negotiation_rounds.ballots(session, round_id)] == [
            [ppe, gas]
        ]
        assert [r.name for r in negotiation_rounds.combined_ranking(session, round_id)] == [
            "PPE",
            "Gas",
        ]
    assert customer
