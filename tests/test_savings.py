"""Savings arithmetic, checked by hand: pro rata days, missing baselines, fee changes, customers.

2026 has 365 days. Agreement "Energie" (category Energy) from 01.01.2026:
electricity 120 €/MWh, gas 45.50 €/MWh. Agreement "Handschuhe" (PPE) only
01.04.–30.09.2026 (183 days): gloves 2.50 €/pair.

- Alpha, the whole year: 100 MWh electricity at a baseline of 150 €
  → 30 × 100 = 3 000.00 €; 200 MWh gas without a baseline → no saving, listed.
  Gloves from 01.01. (but the agreement only runs 183 days): 1 000 pairs at
  3.10 € → 0.60 × 1 000 × 183 / 365 = 300.821917… → 300.82 €.
- Beta joins 01.07.2026 (184 days): 50 MWh at 130 € → 10 × 50 × 184 / 365
  = 252.054794… → 252.05 €.
- Gamma leaves 31.03.2026 (90 days): 1 000 MWh gas at 50 € → 4.50 × 1 000 × 90 / 365
  = 1 109.589041… → 1 109.59 €.
- Kunde (a customer), the whole year: 20 MWh at 125 € → 100.00 €; service fee
  500 € for the pool and 250 € for the energy agreement.
Alpha's fee: 2 400 € until 30.06.2026, 3 000 € from 01.07.2026
→ (2 400 × 181 + 3 000 × 184) / 365 = 2 702.465753… → 2 702.47 €.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from agreement_builders import agreement, fees, participation, service_fee
from procurement_builders import energy, member, other

from niro_desk.database import Database
from niro_desk.models import AgreementState, OrganisationKind
from niro_desk.procurement import savings

D = Decimal


def _network(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        category_id, power, gas, gloves = energy(session)
        supplier = other(session, "Stadtwerke Unna GmbH", OrganisationKind.SUPPLIER)
        alpha = member(session, "Alpha GmbH")
        beta = member(session, "Beta GmbH")
        gamma = member(session, "Gamma GmbH")
        customer = other(session, "Kunde KG", OrganisationKind.CUSTOMER)
        energie = agreement(
            session, supplier, category_id, {power: "120", gas: "45.50"}, title="Energie"
        )
        handschuhe = agreement(
            session,
            supplier,
            gloves.category_id,
            {gloves: "2.50"},
            title="Handschuhe",
            start=dt.date(2026, 4, 1),
            end=dt.date(2026, 9, 30),
        )
        draft = agreement(
            session,
            supplier,
            category_id,
            {power: "1"},
            title="Entwurf",
            state=AgreementState.DRAFT,
        )
        a = participation(session, energie, alpha, {power: ("100", "150"), gas: ("200", None)})
        participation(session, handschuhe, alpha, {gloves: ("1000", "3.10")})
        participation(session, draft, alpha, {power: ("100", "150")})
        b = participation(
            session, energie, beta, {power: ("50", "130")}, joined=dt.date(2026, 7, 1)
        )
        g = participation(session, energie, gamma, {gas: ("1000", "50")}, left=dt.date(2026, 3, 31))
        participation(session, energie, customer, {power: ("20", "125")})
        fees(session, alpha, {dt.date(2025, 1, 1): "2400", dt.date(2026, 7, 1): "3000"})
        fees(session, beta, {dt.date(2020, 1, 1): "1200"})
        service_fee(session, customer, "500")
        service_fee(session, customer, "250", record=energie)
        return {
            "alpha": alpha.id,
            "beta": beta.id,
            "gamma": gamma.id,
            "customer": customer.id,
            "energie": energie.id,
            "handschuhe": handschuhe.id,
            "energy": category_id,
            "ppe": gloves.category_id,
            "a": a.id,
            "b": b.id,
            "g": g.id,
        }


def test_per_item_savings_pro_rata_and_missing_baseline(db: Database) -> None:
    ids = _network(db)
    with db.reading() as session:
        alpha = savings.participation_savings(session, ids["a"], 2026)
        beta = savings.participation_savings(session, ids["b"], 2026)
        gamma = savings.participation_savings(session, ids["g"], 2026)
    assert alpha.active_days == 365 and alpha.days_in_year == 365
    assert [item.saving for item in alpha.items] == [D("3000.00"), None]
    assert alpha.total == D("3000.00")
    assert [item.item for item in alpha.missing] == ["Natural gas"]
    assert beta.active_days == 184 and beta.total == D("252.05")
    assert gamma.active_days == 90 and gamma.total == D("1109.59")


def test_agreement_validity_limits_the_days(db: Database) -> None:
    ids = _network(db)
    with db.reading() as session:
        (gloves,) = savings.savings_of_agreement(session, ids["handschuhe"], 2026)
        assert gloves.active_days == 183 and gloves.total == D("300.82")
        (next_year,) = savings.savings_of_agreement(session, ids["handschuhe"], 2027)
        assert next_year.active_days == 0 and next_year.total == D("0.00")


def test_totals_in_the_database_equal_the_exact_sums(db: Database) -> None:
    ids = _network(db)
    with db.reading() as session:
        per_agreement = savings.totals_per_agreement(session, 2026)
        per_category = savings.totals_per_category(session, 2026)
        # 3 000 + 252.054794… + 1 109.589041… + 100 = 4 461.643835… → rounded once
        assert per_agreement[ids["energie"]].amount(2026) == D("4461.64")
        assert per_agreement[ids["energie"]].participations == 4
        assert per_agreement[ids["energie"]].lines_without_baseline == 1
        assert per_agreement[ids["handschuhe"]].amount(2026) == D("300.82")
        assert per_category[ids["energy"]].amount(2026) == D("4461.64")
        assert per_category[ids["ppe"]].amount(2026) == D("300.82")
        # the draft agreement saves nothing
        assert len(per_agreement) == 2
        # the database's GROUP BY gives exactly what Python computes line by line
        for row in savings.participation_totals(session, 2026):
            detail = savings.participation_savings(session, row.participation_id, 2026)
            assert row.exact == detail.exact
            assert row.active_days == detail.active_days


def test_membership_value_with_a_fee_change_in_the_year(db: Database) -> None:
    ids = _network(db)
    with db.reading() as session:
        values = {v.organisation_id: v for v in savings.membership_values(session, 2026)}
    alpha = values[ids["alpha"]]
    # 3 000 + 300.821917… = 3 300.821917… → 3 300.82; fee 2 702.47 (pro rata)
    assert alpha.savings == D("3300.82")
    assert alpha.fee == D("2702.47")
    assert alpha.difference == D("598.35")
    assert alpha.participations == 2 and alpha.lines_without_baseline == 1
    beta = values[ids["beta"]]
    assert (beta.savings, beta.fee) == (D("252.05"), D("1200.00"))
    assert beta.difference < 0
    # a member without any fee record and a saving of 1 109.59
    assert values[ids["gamma"]].fee == D("0.00")


def test_customer_against_its_service_fees(db: Database) -> None:
    ids = _network(db)
    with db.reading() as session:
        values = {v.organisation_id: v for v in savings.membership_values(session, 2026)}
    customer = values[ids["customer"]]
    assert customer.kind == OrganisationKind.CUSTOMER
    assert customer.savings == D("100.00")
    assert customer.fee == D("750.00")
    assert customer.service_fees == {None: D("500.00"), ids["energie"]: D("250.00")}


def test_fee_history_pro_rata_and_leap_years() -> None:
    history = [(dt.date(2025, 1, 1), D("2400")), (dt.date(2026, 7, 1), D("3000"))]
    assert savings.fee_for_year(history, 2026) == D("2702.47")
    assert savings.fee_for_year(history, 2025) == D("2400.00")
    assert savings.fee_for_year(history, 2027) == D("3000.00")
    # an exit on 30.06.2026 ends the fee: 2 400 × 181 / 365 = 1 190.136986… → 1 190.14
    assert savings.fee_for_year(history, 2026, until=dt.date(2026, 6, 30)) == D("1190.14")
    assert savings.days_in_year(2028) == 366
    # 29.02.2028 onwards in a leap year: 307 of 366 days of 1 000 € = 838.797814… → 838.80
    assert savings.fee_for_year([(dt.date(2028, 2, 29), D("1000"))], 2028) == D("838.80")
    assert savings.fee_for_year(history, 2024) == D("0.00")


def test_validity_follows_renewals_and_termination() -> None:
    from niro_desk.models import FrameworkAgreement

    renewing = FrameworkAgreement(
        state=AgreementState.ACTIVE,
        start_date=dt.date(2024, 1, 1),
        end_date=dt.date(2024, 12, 31),
        auto_renewal=True,
        renewal_months=12,
        notice_months=3,
    )
    # renewed twice since: the whole of 2026 (365 days) and 2028 (a leap year, 366)
    assert savings.active_days(renewing, dt.date(2024, 1, 1), None, 2026) == 365
    assert savings.active_days(renewing, dt.date(2024, 1, 1), None, 2028) == 366
    # terminated as of 30.06.2026: 181 days of 2026, none of 2027
    renewing.terminated_on = dt.date(2026, 6, 30)
    assert savings.active_days(renewing, dt.date(2024, 1, 1), None, 2026) == 181
    assert savings.active_days(renewing, dt.date(2024, 1, 1), None, 2027) == 0
    # without renewal the stored end holds; a participant who left on 31.03.2024 has 91 days
    fixed = FrameworkAgreement(
        state=AgreementState.EXPIRED,
        start_date=dt.date(2024, 1, 1),
        end_date=dt.date(2024, 12, 31),
        auto_renewal=False,
        renewal_months=12,
        notice_months=3,
    )
    assert savings.active_days(fixed, dt.date(2024, 1, 1), dt.date(2024, 3, 31), 2024) == 91
    assert savings.active_days(fixed, dt.date(2024, 1, 1), None, 2025) == 0
