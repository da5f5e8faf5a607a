"""The competitor check's product matching and supplier relations, on both databases."""

from __future__ import annotations

import pytest
from membership_builders import applicant, member, office_user
from sqlalchemy import select

from niro_desk.database import Database
from niro_desk.errors import NotFound, ValidationError
from niro_desk.membership.competitor_check import check_competitors
from niro_desk.membership.office_glossary import (
    GlossaryInput,
    add_entry,
    glossary_for,
    office_entries,
    remove_entry,
)
from niro_desk.membership.product_glossary import TermKind
from niro_desk.models import AuditEntry
from niro_desk.ui.members.check_report import check_html


def test_a_shared_acronym_is_no_conflict(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Ruhr Drehtechnik GmbH", ["25.62"], ["CNC-Drehteile"])
        member(session, "Lippe Licht GmbH", ["27.40"], ["LED-Leuchten"])
        machines = applicant(session, "Sauerland Maschinen AG", ["28.41"], ["CNC-Fräsmaschinen"])
        drivers = applicant(session, "Elektronik Soest GmbH", ["26.11"], ["LED-Treiber"])
        results = [check_competitors(session, org) for org in (machines, drivers)]
    assert [r.has_conflict for r in results] == [False, False]


def test_german_and_english_names_of_one_product_conflict(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Märkische Lager GmbH", ["28.15"], ["Kugellager"])
        candidate = applicant(session, "Bearing Works Ltd", ["28.29"], ["ball bearings"])
        result = check_competitors(session, candidate)
    [reason] = result.conflicts[0].reasons
    assert reason.kind == "market_overlap"
    assert "ball bearings" in reason.text() and "Kugellager" in reason.text()


def test_a_product_the_other_buys_is_a_supplier_relation_never_a_conflict(db: Database) -> None:
    with db.transaction() as session:
        member(
            session,
            "Westfalen Pumpen GmbH",
            ["28.13"],
            ["Kreiselpumpen", "Pumpengehäuse"],
            ["Gussteile", "Strom"],
        )
        foundry = applicant(session, "Gießerei Hamm GmbH", ["24.51"], ["Graugussteile"])
        result = check_competitors(session, foundry)
    assert not result.has_conflict
    [finding] = result.suppliers
    assert finding.other_name == "Westfalen Pumpen GmbH"
    [reason] = finding.reasons
    assert reason.kind == "supplier"
    english = reason.text("en")
    assert "Gießerei Hamm GmbH sells “Graugussteile”" in english
    assert "Westfalen Pumpen GmbH buys as an input (“Gussteile”)" in english
    assert "a supplier of Westfalen Pumpen GmbH, not a competitor" in english
    report = check_html(result, "en")
    assert "Supplier and customer: not a conflict" in report and "not a competitor" in report


def test_a_market_both_sell_is_no_conflict_when_one_of_them_buys_it(db: Database) -> None:
    """A pump maker that also resells pumps it buys from a member is that member's customer."""
    with db.transaction() as session:
        member(session, "Pumpenwerk Iserlohn GmbH", ["28.13"], ["Kreiselpumpen"])
        reseller = applicant(
            session,
            "Anlagenbau Unna GmbH",
            ["28.99"],
            ["Wasseraufbereitung", "centrifugal pumps"],
            ["Kreiselpumpen"],
        )
        result = check_competitors(session, reseller)
    assert not result.has_conflict
    assert [f.other_name for f in result.suppliers] == ["Pumpenwerk Iserlohn GmbH"]


def test_an_office_entry_makes_unknown_words_meet(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Bürstenfabrik Menden GmbH", ["22.29"], ["Walzenbürsten"])
        candidate = applicant(session, "Brush Rollers Ltd", ["32.91"], ["roller brushes"])
        assert not check_competitors(session, candidate).has_conflict
        add_entry(
            session,
            office_user(session),
            GlossaryInput("Walzenbürste", "roller brush", "Bürstenwalze, brush roller"),
        )
        result = check_competitors(session, candidate)
    assert [f.other_name for f in result.conflicts] == ["Bürstenfabrik Menden GmbH"]


def test_office_entries_are_validated_audited_and_removable(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        entry = add_entry(
            session,
            user,
            GlossaryInput(
                " Seitenkanalverdichter ",
                "side channel blower",
                "Seitenkanalgebläse | ring blower, ring blower",
                "Verdichter",
                TermKind.PRODUCT,
            ),
        )
        assert (entry.german, entry.synonyms) == (
            "Seitenkanalverdichter",
            "Seitenkanalgebläse | ring blower",
        )
        glossary = glossary_for(session)
        assert glossary.markets_overlap("Seitenkanalverdichter", "ring blowers")
        assert glossary.markets_overlap("side channel blowers", "Verdichter")
        with pytest.raises(ValidationError) as duplicate:
            add_entry(session, user, GlossaryInput("seitenkanalverdichter", "x"))
        assert duplicate.value.field == "german"
        with pytest.raises(ValidationError) as unknown:
            add_entry(session, user, GlossaryInput("Kühlturm", "cooling tower", "", "Turm"))
        assert unknown.value.field == "broader"
        with pytest.raises(ValidationError) as english:
            add_entry(session, user, GlossaryInput("Kühlturm", " "))
        assert english.value.field == "english"
        entry_id = entry.id
    with db.transaction() as session:
        remove_entry(session, office_user(session), entry_id)
        assert office_entries(session) == []
        assert not glossary_for(session).markets_overlap("Seitenkanalverdichter", "ring blowers")
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity_type == "glossary_entry")
            .order_by(AuditEntry.id)
        ).all()
        assert actions == ["glossary_entry_added", "glossary_entry_removed"]
        with pytest.raises(NotFound):
            remove_entry(session, office_user(session), entry_id)
