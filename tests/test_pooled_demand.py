"""Pooled demand: totals by GROUP BY with exact Decimals, splits, and the reminder list."""

from __future__ import annotations

from decimal import Decimal

from procurement_builders import collection, energy, line, office_user, other, regional_member

from niro_desk.database import Database
from niro_desk.models import CollectionState, OrganisationKind
from niro_desk.procurement import pooled_demand
from niro_desk.procurement.requirement_collections import change_state
from niro_desk.procurement.requirement_submissions import submit


def test_totals_per_item_region_and_kind_are_exact(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        category_id, power, gas, _gloves = energy(session)
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        beta = regional_member(session, "Beta GmbH", "Sauerland")
        gamma = other(session, "Gamma KG", OrganisationKind.CUSTOMER, "Kreis Unna")
        silent = other(session, "Delta KG", OrganisationKind.CUSTOMER, "Sauerland")
        collection_id = collection(session, category_id, [alpha, beta, gamma, silent]).id
        change_state(session, user, collection_id, CollectionState.OPEN)
        # 0.1 + 0.1 + 0.1 drifts as floats; the database sums exactly
        submit(
            session,
            user,
            collection_id,
            alpha.id,
            [line(power, "0.1", site="Werk 1"), line(power, "0.1", site="Werk 2"), line(gas, "5")],
        )
        submit(session, user, collection_id, beta.id, [line(power, "0.1")])
        submit(
            session, user, collection_id, gamma.id, [line(power, "1000000.001"), line(gas, "0.002")]
        )
    with db.reading() as session:
        totals = {t.item: t for t in pooled_demand.item_totals(session, collection_id)}
        electricity = totals["Electricity"]
        assert electricity.total == Decimal("1000000.301")
        assert str(electricity.total) == "1000000.301"
        assert (electricity.participants, electricity.members, electricity.customers) == (3, 2, 1)
        assert electricity.members_total == Decimal("0.300")
        assert electricity.customers_total == Decimal("1000000.001")
        assert totals["Natural gas"].total == Decimal("5.002")
        assert totals["Natural gas"].participants == 2
        regions = {
            (r.item_id, r.region): (r.total, r.participants)
            for r in pooled_demand.region_totals(session, collection_id)
        }
        assert regions == {
            (power.id, "Kreis Unna"): (Decimal("1000000.201"), 2),
            (power.id, "Sauerland"): (Decimal("0.100"), 1),
            (gas.id, "Kreis Unna"): (Decimal("5.002"), 2),
        }
        missing = pooled_demand.not_answered(session, collection_id)
        assert [s.name for s in missing] == ["Delta KG"]
        assert pooled_demand.reminder_addresses(missing) == f"einkauf.{silent.id}@example.org"
        states = {s.name: s for s in pooled_demand.participant_states(session, collection_id)}
        assert states["Alpha GmbH"].lines == 3 and states["Alpha GmbH"].answered
        assert not states["Delta KG"].answered


def test_the_queries_group_in_the_database() -> None:
    for query in (pooled_demand.item_totals_query(1), pooled_demand.region_totals_query(1)):
        assert "GROUP BY" in str(query)


def test_the_demo_has_pooled_volumes_and_participants_who_have_not_answered(
    demo_db: Database,
) -> None:
    from niro_desk.procurement.requirement_collections import list_collections

    with demo_db.reading() as session:
        rows = list_collections(session)
        assert sorted(str(r.state) for r in rows) == ["closed", "closed", "open", "open"]
        for row in rows:
            totals = pooled_demand.item_totals(session, row.id)
            assert all(t.total > 0 for t in totals), row.title
        open_rows = [r for r in rows if r.state == CollectionState.OPEN]
        assert all(0 < r.answered < r.invited for r in open_rows)
        units = {
            t.item: str(t.unit) for r in rows for t in pooled_demand.item_totals(session, r.id)
        }
        assert units["Strom Mittelspannung (RLM)"] == "MWh"
        assert units["Stickstoff"] == "m3"
        assert units["Arbeitshandschuhe Schnittschutz"] == "pair"
        assert units["Diesel über Tankkarte"] == "l"
