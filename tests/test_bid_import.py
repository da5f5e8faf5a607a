"""Importing returned bid workbooks: real invitation workbooks, filled in as suppliers do.

Round trip in German and English up to the opening (the prices decrypt to what
was typed), per-cell price problems, part of a lot, wrong tender / round /
supplier, tampered identity, hostile files, late bids, the newer file winning,
all or nothing. Every test runs on SQLite and PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from bid_workbook_builders import CHECKED, fill, invite, received_at, scenario_prices
from openpyxl import load_workbook
from procurement_builders import office_user
from sqlalchemy import select
from tender_builders import AFTER_DEADLINE, BEFORE_DEADLINE, DEADLINE, FAST, PASSPHRASE, bid, build

from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.models import (
    AuditEntry,
    Bid,
    BidPrice,
    Organisation,
    RequirementCollection,
    RoundSupplier,
)
from niro_desk.procurement import bids, tender_opening, tenders
from niro_desk.procurement.bid_import import (
    BidImportPlan,
    BidProblem,
    check_bid_workbooks,
    save_bid_import,
)


def _scenario(db: Database):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        scenario = build(session)
        session.get(Organisation, scenario.suppliers[1]).country = "GB"  # type: ignore[union-attr]
    return scenario


def _check(db: Database, tender_id: int, *paths: Path, now: dt.datetime = CHECKED) -> BidImportPlan:
    with db.reading() as session:
        return check_bid_workbooks(session, tender_id, paths, now=now)


def _save(db: Database, plan: BidImportPlan, now: dt.datetime = CHECKED) -> BidImportPlan:
    with db.transaction() as session:
        return save_bid_import(session, office_user(session), plan, now=now)


def _bid_count(db: Database) -> int:
    with db.reading() as session:
        return len(session.scalars(select(Bid)).all())


def _refusal(db: Database, tender_id: int, path: Path) -> str:
    plan = _check(db, tender_id, path)
    assert plan.checks[0].rejected and not plan.accepted
    with pytest.raises(RuleViolation):
        _save(db, plan)
    return plan.checks[0].refusal


def test_german_and_english_workbooks_round_trip_to_the_opening(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    out = invite(db, scenario.tender_id, tmp_path / "out")
    german, english = scenario.suppliers[0], scenario.suppliers[1]
    assert load_workbook(out[english]).sheetnames[1] == "Prices"
    back = tmp_path / "back"
    back.mkdir()
    fill(out[german], back / "hellweg.xlsx", scenario_prices(scenario, 0.2137, "0,0861 €"))
    fill(
        out[english],
        back / "ruhr.xlsx",
        scenario_prices(scenario, "0.2255"),  # gas left empty: lot 2 not covered
        valid_until="30.04.2027",
        conditions="Payment 14 days",
        received=BEFORE_DEADLINE + dt.timedelta(minutes=5),
    )
    plan = _check(db, scenario.tender_id, back)
    assert [(c.file, c.supplier, c.lots, c.rejected) for c in plan.checks] == [
        ("hellweg.xlsx", "Stadtwerke Hellweg", (1, 2), False),
        ("ruhr.xlsx", "Energiehandel Ruhr", (1,), False),
    ]
    hellweg, ruhr = plan.checks
    assert hellweg.valid_until == dt.date(2027, 3, 31) and ruhr.valid_until == dt.date(2027, 4, 30)
    assert hellweg.received_at == BEFORE_DEADLINE and not hellweg.late
    assert ruhr.conditions == "Payment 14 days" and ruhr.round_number == 1
    assert _bid_count(db) == 0, "checking writes nothing"

    _save(db, plan)
    assert [c.saved for c in plan.checks] == [True, True]
    with db.reading() as session:
        rows = bids.round_bids(session, scenario.round_id)
        assert sorted((r.supplier, r.lot_number, r.late) for r in rows) == [
            ("Energiehandel Ruhr", 1, False),
            ("Stadtwerke Hellweg", 1, False),
            ("Stadtwerke Hellweg", 2, False),
        ]
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert entry.summary == "Bid workbooks imported for round 1: 2 bid(s)"
        assert [f["file"] for f in entry.after["files"]] == ["hellweg.xlsx", "ruhr.xlsx"]  # type: ignore[index]
    with db.transaction() as session:
        result = tender_opening.open_round(
            session, office_user(session), scenario.round_id, PASSPHRASE, ["Eva"], AFTER_DEADLINE
        )
        assert result.opened and result.bids_opened == 3
        prices = {
            (p.bid.organisation.name, p.item_id): p.unit_price
            for p in session.scalars(select(BidPrice))
        }
    assert prices == {
        ("Stadtwerke Hellweg", scenario.power_item): Decimal("0.2137"),
        ("Stadtwerke Hellweg", scenario.gas_item): Decimal("0.0861"),
        ("Energiehandel Ruhr", scenario.power_item): Decimal("0.2255"),
    }


def test_price_cells_with_problems_are_located_and_never_quoted(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    out = invite(db, scenario.tender_id, tmp_path)
    german, english = scenario.suppliers[0], scenario.suppliers[1]
    cases = [
        ("zwei Euro 7731", "not a number"),
        (-0.7731, "must not be negative"),
        ("0,77315", "more than 4 decimal places"),
        (0.77315, "more than 4 decimal places"),
    ]
    for index, (value, expected) in enumerate(cases):
        supplier = german if index % 2 == 0 else english
        path = fill(out[supplier], tmp_path / f"case{index}.xlsx", scenario_prices(scenario, value))
        check = _check(db, scenario.tender_id, path).checks[0]
        assert check.rejected and not check.refusal
        assert len(check.problems) == 1, [str(p) for p in check.problems]
        problem = check.problems[0]
        assert isinstance(problem, BidProblem) and problem.field == "price"
        assert problem.sheet == ("Preise" if supplier == german else "Prices")
        assert problem.row == 2
        assert problem.column in ("Ihr Preis je Einheit (€, netto)", "Your price per unit (€, net)")
        assert expected in problem.text()
        assert "7731" not in str(problem) and "7731" not in repr(check)
        assert len(check.prices) == 0
    with pytest.raises(RuleViolation, match="no bid was imported"):
        _save(db, _check(db, scenario.tender_id, tmp_path / "case0.xlsx"))
    assert _bid_count(db) == 0


def test_validity_that_is_no_date_is_a_problem_and_missing_validity_a_warning(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    out = invite(db, scenario.tender_id, tmp_path)
    source = out[scenario.suppliers[0]]
    bad = fill(source, tmp_path / "bad.xlsx", scenario_prices(scenario, 0.25), valid_until="bald")
    check = _check(db, scenario.tender_id, bad).checks[0]
    assert [(p.sheet, p.row, p.column, p.field) for p in check.problems] == [  # type: ignore[attr-defined]
        ("Angebotsangaben", 2, "Ihre Angabe", "valid_until")
    ]
    assert "“bald” is not a date" in check.problems[0].text()
    none = fill(source, tmp_path / "none.xlsx", scenario_prices(scenario, 0.25), valid_until=None)
    check = _check(db, scenario.tender_id, none).checks[0]
    assert check.accepted and "nothing on how long it is valid" in check.warnings[0]


def _one_lot_tender(db: Database, scenario) -> int:  # type: ignore[no-untyped-def]
    """A second tender on the same collection: one lot with both items."""
    with db.transaction() as session:
        user = office_user(session)
        tender = tenders.create_tender(
            session,
            user,
            tenders.TenderInput(
                "Energie gebündelt",
                [scenario.collection_id],
                [tenders.LotInput("Strom und Gas", [scenario.power_item, scenario.gas_item])],
                100,
                [],
                scenario.suppliers,
            ),
        )
        tenders.publish_tender(
            session, user, tender.id, PASSPHRASE, DEADLINE, now=BEFORE_DEADLINE, cost=FAST
        )
        return tender.id


def test_a_lot_priced_in_part_or_no_price_at_all_is_an_error(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    tender_id = _one_lot_tender(db, scenario)
    source = invite(db, tender_id, tmp_path / "out")[scenario.suppliers[0]]
    part = fill(source, tmp_path / "part.xlsx", {scenario.power_item: 0.25})
    check = _check(db, tender_id, part).checks[0]
    assert [p.text() for p in check.problems] == [
        "Lot 1 is priced only in part: the price for Natural gas is missing. Price every item of a"
        " lot you bid for, or none."
    ]
    assert check.problems[0].row == 3 and check.lots == ()
    empty = fill(source, tmp_path / "empty.xlsx", {})
    check = _check(db, tender_id, empty).checks[0]
    assert "No prices entered" in check.problems[0].text()

    def delete_gas_row(workbook) -> None:  # type: ignore[no-untyped-def]
        workbook.worksheets[1].delete_rows(3)

    missing = fill(
        source, tmp_path / "missing.xlsx", {scenario.power_item: 0.25}, edit=delete_gas_row
    )
    check = _check(db, tender_id, missing).checks[0]
    assert "the row of Natural gas is missing" in check.problems[0].text()
    whole = fill(
        source, tmp_path / "whole.xlsx", {scenario.power_item: 0.25, scenario.gas_item: "0,09"}
    )
    assert _check(db, tender_id, whole).checks[0].lots == (1,)


def test_another_tenders_workbook_is_refused(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    other_tender = _one_lot_tender(db, scenario)
    source = invite(db, other_tender, tmp_path / "out")[scenario.suppliers[0]]
    path = fill(source, tmp_path / "other.xlsx", {scenario.power_item: 1, scenario.gas_item: 1})
    assert "belongs to another tender" in _refusal(db, scenario.tender_id, path)


def test_a_tampered_or_missing_identity_is_refused(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    path = fill(source, tmp_path / "a.xlsx", scenario_prices(scenario, 0.25))
    for cell, value in (("B4", str(scenario.suppliers[1])), ("B3", "2"), ("B2", "999")):
        workbook = load_workbook(path)
        workbook["NIRO Desk"][cell] = value
        workbook.save(tmp_path / "tampered.xlsx")
        assert "was changed after NIRO Desk generated it" in _refusal(
            db, scenario.tender_id, tmp_path / "tampered.xlsx"
        )
    workbook = load_workbook(path)
    del workbook["NIRO Desk"]
    workbook.save(tmp_path / "bare.xlsx")
    assert "hidden identity sheet is missing" in _refusal(
        db, scenario.tender_id, tmp_path / "bare.xlsx"
    )


def test_an_earlier_or_opened_round_and_an_uninvited_supplier_are_refused(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    out = invite(db, scenario.tender_id, tmp_path / "r1")
    first = fill(out[scenario.suppliers[0]], tmp_path / "r1.xlsx", scenario_prices(scenario, 0.25))
    with db.transaction() as session:
        user = office_user(session)
        bid(session, scenario, 1, "0.2400")
        tender_opening.open_round(
            session, user, scenario.round_id, PASSPHRASE, ["Eva"], AFTER_DEADLINE
        )
    assert "has been closed or opened" in _refusal(db, scenario.tender_id, first)
    with db.transaction() as session:
        tenders.start_next_round(
            session,
            office_user(session),
            scenario.tender_id,
            AFTER_DEADLINE + dt.timedelta(days=7),
            scenario.suppliers[:2],
            now=AFTER_DEADLINE,
        )
    assert "has been closed or opened" in _refusal(db, scenario.tender_id, first)
    second = invite(db, scenario.tender_id, tmp_path / "r2", now=AFTER_DEADLINE)
    path = fill(
        second[scenario.suppliers[1]],
        tmp_path / "r2.xlsx",
        scenario_prices(scenario, 0.25),
        received=AFTER_DEADLINE + dt.timedelta(hours=1),
    )
    with db.transaction() as session:  # the supplier is taken off the shortlist afterwards
        for row in session.scalars(
            select(RoundSupplier).where(RoundSupplier.organisation_id == scenario.suppliers[1])
        ):
            if row.round.number == 2:
                session.delete(row)
    refusal = _refusal(db, scenario.tender_id, path)
    assert (
        refusal == "r2.xlsx is the workbook of Energiehandel Ruhr, who is not invited to round 2."
    )


def test_hostile_files_are_refused(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    good = fill(source, tmp_path / "good.xlsx", scenario_prices(scenario, 0.25))
    macro = tmp_path / "good.xlsm"
    shutil.copy(good, macro)
    assert "contains macros" in _refusal(db, scenario.tender_id, macro)
    smuggled = tmp_path / "smuggled.xlsx"
    shutil.copy(good, smuggled)
    with zipfile.ZipFile(smuggled, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0" * 100)
    assert "contains macros" in _refusal(db, scenario.tender_id, smuggled)
    linked = tmp_path / "linked.xlsx"
    shutil.copy(good, linked)
    with zipfile.ZipFile(linked, "a") as archive:
        archive.writestr("xl/externalLinks/externalLink1.xml", "<externalLink/>")
    assert "external links" in _refusal(db, scenario.tender_id, linked)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a zip")
    assert "is not an Excel workbook" in _refusal(db, scenario.tender_id, text)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (120 * 1024 * 1024))
    assert "MB" in _refusal(db, scenario.tender_id, bomb)

    def many_rows(workbook) -> None:  # type: ignore[no-untyped-def]
        sheet = workbook.worksheets[1]
        for row in range(5, 5_010):
            sheet.cell(row, 2).value = "x"

    huge = fill(source, tmp_path / "huge.xlsx", scenario_prices(scenario, 0.25), edit=many_rows)
    check = _check(db, scenario.tender_id, huge).checks[0]
    assert "more than 5000 filled rows" in check.problems[0].text()

    def formula(workbook) -> None:  # type: ignore[no-untyped-def]
        workbook.worksheets[1]["H2"] = "=0.7731*1"

    uncached = fill(source, tmp_path / "formula.xlsx", {}, edit=formula)
    check = _check(db, scenario.tender_id, uncached).checks[0]
    assert check.problems[0].text().startswith("The price cell holds a formula but no result")
    assert "7731" not in repr(check) and "7731" not in str(check.problems[0])
    assert _bid_count(db) == 0


def test_a_late_bid_is_entered_as_late(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    path = fill(
        source, tmp_path / "late.xlsx", scenario_prices(scenario, 0.25), received=AFTER_DEADLINE
    )
    plan = _check(db, scenario.tender_id, path, now=AFTER_DEADLINE + dt.timedelta(hours=1))
    check = plan.checks[0]
    assert check.accepted and check.late
    assert "received after the deadline (09.11.2026 10:00)" in check.warnings[0]
    _save(db, plan, now=AFTER_DEADLINE + dt.timedelta(hours=1))
    with db.reading() as session:
        assert [(r.late, r.admitted) for r in bids.round_bids(session, scenario.round_id)] == [
            (True, False)
        ]


def test_the_file_received_later_wins(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    back = tmp_path / "back"
    back.mkdir()
    fill(source, back / "b-first.xlsx", scenario_prices(scenario, 0.3, 0.1))
    fill(
        source,
        back / "a-second.xlsx",
        scenario_prices(scenario, 0.25),
        received=BEFORE_DEADLINE + dt.timedelta(hours=3),
    )
    (back / "~$a-second.xlsx").write_bytes(b"lock")
    (back / "mail.eml").write_text("x")
    plan = _check(db, scenario.tender_id, back, now=BEFORE_DEADLINE + dt.timedelta(hours=4))
    assert [(c.file, c.accepted, c.superseded) for c in plan.checks] == [
        ("a-second.xlsx", True, False),
        ("b-first.xlsx", False, True),
    ]
    assert "a-second.xlsx is a later workbook of Stadtwerke Hellweg" in plan.checks[1].warnings[0]
    _save(db, plan, now=BEFORE_DEADLINE + dt.timedelta(hours=4))
    with db.reading() as session:
        assert [r.lot_number for r in bids.round_bids(session, scenario.round_id)] == [1]
    # the older file again: a later bid of the supplier is entered already
    again = _check(
        db, scenario.tender_id, back / "b-first.xlsx", now=BEFORE_DEADLINE + dt.timedelta(hours=5)
    )
    assert again.checks[0].superseded and "has already been entered" in again.checks[0].warnings[0]
    with pytest.raises(RuleViolation, match="There is no bid to import"):
        _save(db, again)


def test_the_round_closing_between_check_and_save_enters_nothing(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    plan = _check(
        db, scenario.tender_id, fill(source, tmp_path / "a.xlsx", scenario_prices(scenario, 0.25))
    )
    assert plan.accepted
    with db.transaction() as session:
        bid(session, scenario, 1, "0.2400")
        tender_opening.open_round(
            session, office_user(session), scenario.round_id, PASSPHRASE, ["Eva"], AFTER_DEADLINE
        )
    count = _bid_count(db)
    with pytest.raises(RuleViolation, match="no longer takes bids"):
        _save(db, plan)
    assert _bid_count(db) == count


def test_received_time_is_the_files_time_but_never_later_than_the_check(
    db: Database, tmp_path: Path
) -> None:
    scenario = _scenario(db)
    source = invite(db, scenario.tender_id, tmp_path / "out")[scenario.suppliers[0]]
    path = fill(source, tmp_path / "a.xlsx", scenario_prices(scenario, 0.25))
    received_at(path, CHECKED + dt.timedelta(days=3))
    assert _check(db, scenario.tender_id, path).checks[0].received_at == CHECKED


def test_a_requirements_workbook_is_refused_with_where_it_belongs(
    db: Database, tmp_path: Path
) -> None:
    from niro_desk.procurement.collection_workbook import generate_workbooks
    from niro_desk.procurement.requirement_collections import CollectionInput, create_collection

    scenario = _scenario(db)
    with db.transaction() as session:
        previous = session.get(RequirementCollection, scenario.collection_id)
        assert previous is not None
        collection = create_collection(
            session,
            office_user(session),
            CollectionInput(
                "Energie 2028",
                previous.category_id,
                "2028",
                dt.date.today() + dt.timedelta(days=30),
            ),
            [scenario.participants[0].id],
        )
        made = generate_workbooks(session, collection.id, tmp_path)
    refusal = _refusal(db, scenario.tender_id, made[0].path)
    assert "is a requirements workbook of a collection, not a bid workbook" in refusal


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("1.234", "en", "1.234"),  # an English workbook: a decimal point
        ("1.234", "de", "1234"),  # a German one: a thousands separator
        ("0,2137 €", "en", "0.2137"),  # the other language's spelling still reads
        ("1,5", "en", "1.5"),
        (0.1 + 0.2, "de", "0.3"),  # a formula's binary noise
        (12, "de", "12"),
    ],
)
def test_price_spellings(value: object, language: str, expected: str) -> None:
    from niro_desk.procurement.bid_import import _price_number

    assert _price_number(value, language) == Decimal(expected)
