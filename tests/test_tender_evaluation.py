"""Evaluation by hand: totals, price points, weighted score, savings, rounds, split awards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tender_builders import AFTER_DEADLINE, PASSPHRASE, Scenario, bid, build, tender_of

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.models import AgreementState, AuditEntry, FrameworkAgreement, TenderState
from niro_desk.procurement import tender_award, tender_evaluation, tender_opening, tenders
from niro_desk.procurement.tender_award import Share
from niro_desk.users import ensure_user

ROUND_2_DEADLINE = AFTER_DEADLINE + dt.timedelta(days=7)


def _opened_round_one(db: Database) -> Scenario:
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000", "0.0800")  # 240,00 € | 24,00 €
        bid(session, scenario, 1, "0.2400", "0.0850")  # 288,00 € | 25,50 €
        bid(session, scenario, 2, "0.2500")  # 300,00 €, no gas
        tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )
    return scenario


def test_weighted_ranking_checked_by_hand(db: Database) -> None:
    scenario = _opened_round_one(db)
    quality, service = scenario.criteria["Quality"], scenario.criteria["Service"]
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        s1, s2, s3 = scenario.suppliers
        tender_evaluation.set_scores(
            session, user, scenario.lot_power, s1, {quality: 50, service: 40}
        )
        tender_evaluation.set_scores(
            session, user, scenario.lot_power, s2, {quality: 100, service: 100}
        )
        tender_evaluation.set_scores(session, user, scenario.lot_power, s3, {quality: 90})
        with pytest.raises(ValidationError, match="between 0 and 100"):
            tender_evaluation.set_scores(session, user, scenario.lot_power, s3, {service: 101})
        with pytest.raises(ValidationError, match="Price is scored"):
            tender_evaluation.set_scores(
                session, user, scenario.lot_power, s3, {scenario.criteria["Price"]: 1}
            )
    with db.reading() as session:
        ranking = tender_evaluation.lot_ranking(session, scenario.lot_power)
    # price points: 100 × 240 / 240 = 100; 100 × 240 / 288 = 83.33; 100 × 240 / 300 = 80
    # S1: 60 % × 100 + 25 % × 50 + 15 % × 40 = 60 + 12.5 + 6 = 78.50
    # S2: 60 % × 83.33 + 25 % × 100 + 15 % × 100 = 49.998 + 25 + 15 = 90.00
    # S3: 60 % × 80 + 25 % × 90 + service not scored (0) = 48 + 22.5 = 70.50, incomplete
    assert [
        (r.rank, r.supplier, r.total, r.price_points, r.weighted, r.complete) for r in ranking
    ] == [
        (1, "Energiehandel Ruhr", Decimal("288.00"), Decimal("83.33"), Decimal("90.00"), True),
        (2, "Stadtwerke Hellweg", Decimal("240.00"), Decimal("100.00"), Decimal("78.50"), True),
        (3, "Münsterland Strom", Decimal("300.00"), Decimal("80.00"), Decimal("70.50"), False),
    ]
    # baseline: 0.30 × 110 + 0.28 × 205 + 0.26 × 315 + 0.30 × 45 + 0.30 × 55 + 0.25 × 100
    # = 33 + 57.4 + 81.9 + 13.5 + 16.5 + 25 = 227.30 € over 830 MWh (Delta has no price)
    # savings = 227.30 − price × 830
    assert {r.supplier: r.savings for r in ranking} == {
        "Energiehandel Ruhr": Decimal("28.10"),  # 227.30 − 199.20
        "Stadtwerke Hellweg": Decimal("61.30"),  # 227.30 − 166.00
        "Münsterland Strom": Decimal("19.80"),  # 227.30 − 207.50
    }
    with db.reading() as session:
        baseline = tender_evaluation.baseline_by_item(session, scenario.lot_power)
        line = baseline[scenario.power_item]
        assert (line.value, line.volume, line.average_price) == (
            Decimal("227.3000000"),
            Decimal("830.000"),
            Decimal("0.2739"),  # 227.30 / 830 = 0.27385…
        )


def test_second_round_with_shortlist_and_negotiation_log(db: Database) -> None:
    scenario = _opened_round_one(db)
    _s1, s2, s3 = scenario.suppliers
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        with pytest.raises(RuleViolation, match="shortlist"):
            tenders.start_next_round(
                session, user, scenario.tender_id, ROUND_2_DEADLINE, [s2, 999], now=AFTER_DEADLINE
            )
        second = tenders.start_next_round(
            session, user, scenario.tender_id, ROUND_2_DEADLINE, [s2, s3], now=AFTER_DEADLINE
        )
        assert second.number == 2
        assert tender_of(session, scenario).state == TenderState.ROUND_OPEN
        with pytest.raises(RuleViolation, match="not invited"):
            bid(session, scenario, 0, "0.1000", round_id=second.id, received=AFTER_DEADLINE)
        bid(session, scenario, 1, "0.2300", round_id=second.id, received=AFTER_DEADLINE)
        bid(session, scenario, 2, "0.2350", round_id=second.id, received=AFTER_DEADLINE)
        tender_opening.open_round(
            session, user, second.id, PASSPHRASE, ["Eva"], now=ROUND_2_DEADLINE
        )
    with db.reading() as session:
        comparison = tender_evaluation.lot_comparison(session, scenario.lot_power)
    assert comparison.round_number == 2 and comparison.rounds == [1, 2]
    assert [
        (o.supplier, o.total, o.change, o.change_percent, o.best) for o in comparison.offers
    ] == [
        ("Energiehandel Ruhr", Decimal("276.00"), Decimal("-12.00"), Decimal("-4.17"), True),
        ("Münsterland Strom", Decimal("282.00"), Decimal("-18.00"), Decimal("-6.00"), False),
    ]
    assert comparison.history["Stadtwerke Hellweg"] == {1: Decimal("240.00")}


def test_split_award_creates_draft_agreements_in_one_transaction(db: Database) -> None:
    scenario = _opened_round_one(db)
    s1, s2, s3 = scenario.suppliers
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        with pytest.raises(ValidationError, match="add up to 100"):
            tender_award.award_tender(
                session,
                user,
                scenario.tender_id,
                {scenario.lot_power: [Share(s1, Decimal(60)), Share(s2, Decimal(30))]},
            )
        with pytest.raises(RuleViolation, match="no opened bid"):
            tender_award.award_tender(
                session, user, scenario.tender_id, {scenario.lot_gas: [Share(s3)]}
            )
    with db.transaction() as session:
        result = tender_award.award_tender(
            session,
            ensure_user(session, "test.user"),
            scenario.tender_id,
            {
                scenario.lot_power: [Share(s1, Decimal(70)), Share(s2, Decimal(30))],
                scenario.lot_gas: [Share(s1)],
            },
            "Best value; second supplier for security of supply",
        )
        assert result.lots_awarded == (1, 2)
    with db.reading() as session:
        assert tender_of(session, scenario).state == TenderState.AWARDED
        agreements = {
            a.supplier.name: a
            for a in session.query(FrameworkAgreement).order_by(FrameworkAgreement.id)
        }
        assert set(agreements) == {"Stadtwerke Hellweg", "Energiehandel Ruhr"}
        first = agreements["Stadtwerke Hellweg"]
        assert first.state == AgreementState.DRAFT and first.tender_id == scenario.tender_id
        assert sorted((i.item_id, i.unit_price, i.share) for i in first.items) == sorted(
            [
                (scenario.power_item, Decimal("0.2000"), Decimal("70.00")),
                (scenario.gas_item, Decimal("0.0800"), Decimal("100.00")),
            ]
        )
        second = agreements["Energiehandel Ruhr"]
        assert [(i.unit_price, i.share) for i in second.items] == [
            (Decimal("0.2400"), Decimal("30.00"))
        ]
        assert session.query(AuditEntry).filter_by(action="award").count() == 1
        assert tender_award.lot_awards(session, scenario.lot_power) == [
            ("Stadtwerke Hellweg", Decimal("70.00")),
            ("Energiehandel Ruhr", Decimal("30.00")),
        ]


def test_only_allowed_transitions_each_audited(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
        user = ensure_user(session, "test.user")
        tender = tender_of(session, scenario)
        with pytest.raises(RuleViolation, match="cannot go"):
            tenders.change_state(session, user, tender, TenderState.AWARDED, "skip")
        with pytest.raises(RuleViolation, match="not in evaluation"):
            tender_award.award_tender(session, user, scenario.tender_id, {})
        tenders.cancel_tender(session, user, scenario.tender_id, "Market prices too high")
        with pytest.raises(RuleViolation, match="cannot go"):
            tenders.change_state(session, user, tender, TenderState.ROUND_OPEN, "revive")
        states = [
            (a.before, a.after)
            for a in session.query(AuditEntry).filter_by(entity_type="tender", action="state")
        ]
        assert states == [({"state": "draft"}, {"state": "cancelled"})]


def test_publishing_rules(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
        user = ensure_user(session, "test.user")
        with pytest.raises(ValidationError, match="at least 12"):
            tenders.publish_tender(session, user, scenario.tender_id, "short", AFTER_DEADLINE)
        with pytest.raises(ValidationError, match="future"):
            tenders.publish_tender(
                session,
                user,
                scenario.tender_id,
                PASSPHRASE,
                AFTER_DEADLINE,
                now=AFTER_DEADLINE + dt.timedelta(seconds=1),
            )


def test_weights_must_add_up_to_100_with_price(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
        user = ensure_user(session, "test.user")
        base = tenders.TenderInput(
            "X", [scenario.collection_id], [tenders.LotInput("Strom", [scenario.power_item])], 60
        )
        with pytest.raises(ValidationError, match="60 %, not 100"):
            tenders.create_tender(session, user, base)
        with pytest.raises(ValidationError, match="Price is always"):
            tenders.create_tender(
                session,
                user,
                tenders.TenderInput(
                    "X",
                    [scenario.collection_id],
                    [tenders.LotInput("Strom", [scenario.power_item])],
                    0,
                    [tenders.CriterionInput("Quality", 100)],
                ),
            )
