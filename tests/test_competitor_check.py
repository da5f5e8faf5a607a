"""The competitor-exclusion check, on both databases."""

from __future__ import annotations

from membership_builders import applicant, member, office_user

from niro_desk.database import Database
from niro_desk.membership.competitor_check import check_competitors
from niro_desk.membership.relations import declare_relation
from niro_desk.models import RelationKind


def test_shared_nace_class_is_a_conflict_explained_in_words(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Hellweg Stanztechnik GmbH", ["25.50"], ["Stanzteile"])
        candidate = applicant(session, "Ruhr Umformtechnik GmbH", ["25.50"], ["Tiefziehteile"])
        result = check_competitors(session, candidate)
    assert result.has_conflict
    [finding] = result.conflicts
    assert finding.other_name == "Hellweg Stanztechnik GmbH"
    [sentence] = result.sentences("en")
    assert "25.50" in sentence and "Forging, pressing, stamping" in sentence
    german = result.conflicts[0].reasons[0].text("de")
    assert "Stanzteilen" in german  # the German title, from the reference data


def test_overlapping_product_markets_across_languages_and_spellings(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Sauerland Pumpen KG", ["28.13"], ["Hydraulikpumpen"])
        english = applicant(session, "Pump Works Ltd", ["28.14"], ["hydraulic pumps"])
        spelled = applicant(session, "Hydro GmbH", ["28.29"], ["Hydraulik-Pumpen"])
        other = applicant(session, "Förder GmbH", ["28.22"], ["Förderbänder"])
        results = [check_competitors(session, org) for org in (english, spelled, other)]
    assert [r.has_conflict for r in results] == [True, True, False]
    reason = results[0].conflicts[0].reasons[0]
    assert reason.kind == "market_overlap"
    assert "hydraulic pumps" in reason.text() and "Hydraulikpumpen" in reason.text()


def test_shared_materials_never_conflict_and_the_result_says_so(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Märkische Federn GmbH", ["25.93"], ["Druckfedern"], ["Stahl", "Strom"])
        candidate = applicant(
            session,
            "Westfalen Schaltschrankbau GmbH",
            ["27.12"],
            ["Schaltschränke"],
            ["stahl", "Kupfer", "Strom"],
        )
        result = check_competitors(session, candidate)
    assert not result.has_conflict
    [finding] = result.materials_only
    text = finding.reasons[0].text()
    assert "Stahl" in text and "Strom" in text and "never" in text


def test_declared_does_not_compete_clears_a_false_alarm(db: Database) -> None:
    with db.transaction() as session:
        existing = member(session, "Landtechnik Soest GmbH", ["28.30"], ["Zahnräder"])
        candidate = applicant(session, "Auto Getriebe GmbH", ["29.32"], ["Zahnraeder"])
        assert check_competitors(session, candidate).has_conflict
        declare_relation(
            session,
            office_user(session),
            candidate.id,
            existing.id,
            RelationKind.DOES_NOT_COMPETE,
            "Landmaschinen vs. Automobil: andere Märkte",
        )
        result = check_competitors(session, candidate)
    assert not result.has_conflict
    assert [f.other_name for f in result.cleared] == ["Landtechnik Soest GmbH"]
    assert "andere Märkte" in result.cleared[0].reasons[0].text()


def test_declared_competes_is_a_conflict_without_any_overlap(db: Database) -> None:
    with db.transaction() as session:
        existing = member(session, "Iserlohner Draht AG", ["24.34"], ["Draht"])
        candidate = applicant(session, "Neuer Draht GmbH", ["25.99"], ["Gitterboxen"])
        assert not check_competitors(session, candidate).has_conflict
        declare_relation(
            session,
            office_user(session),
            existing.id,
            candidate.id,
            RelationKind.COMPETES,
            "gleiche Kunden",
        )
        result = check_competitors(session, candidate)
    assert result.has_conflict
    assert result.conflicts[0].reasons[0].kind == "declared_competes"


def test_former_members_and_customers_are_not_compared(db: Database) -> None:
    from niro_desk.membership.admission import leave
    from niro_desk.membership.organisations import (
        OrganisationInput,
        SalesProfile,
        create_organisation,
        set_sales_profile,
    )
    from niro_desk.models import OrganisationKind

    with db.transaction() as session:
        user = office_user(session)
        gone = member(session, "Alt GmbH", ["25.62"], ["Drehteile"])
        leave(session, user, gone.id, gone.membership.admission_date, "Kosten")  # type: ignore[union-attr]
        customer = create_organisation(
            session, user, OrganisationInput(name="Kunde AG"), OrganisationKind.CUSTOMER
        )
        set_sales_profile(session, user, customer.id, SalesProfile(["25.62"], ["Drehteile"]))
        candidate = applicant(session, "Neu GmbH", ["25.62"], ["Drehteile"])
        result = check_competitors(session, candidate)
    assert result.compared_with == 0
    assert not result.has_conflict


def test_waiting_applicants_are_compared(db: Database) -> None:
    from niro_desk.membership.membership_cap import set_cap

    with db.transaction() as session:
        set_cap(session, office_user(session), 1)
        member(session, "Erster GmbH", ["22.29"], ["Kunststoffteile"])
        waiting = member(session, "Zweiter GmbH", ["25.62"], ["Drehteile"])
        assert str(waiting.membership_status) == "waiting"
        candidate = applicant(session, "Dritter GmbH", ["25.62"], ["CNC-Drehteile"])
        result = check_competitors(session, candidate)
    assert [f.other_name for f in result.conflicts] == ["Zweiter GmbH"]
