"""Returned workbooks: the round trip as people do it; hostile or broken files write nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from collection_workbook_builders import (
    Pool,
    cache_formula_results,
    fill,
    open_pool,
    requirements_sheet,
)
from openpyxl import load_workbook
from procurement_builders import office_user
from sqlalchemy import func, select

from niro_desk.database import Database
from niro_desk.models import AppSetting, RequirementSubmission, SubmissionSource
from niro_desk.procurement import pooled_demand
from niro_desk.procurement.collection_import import ImportPlan, check_workbooks, save_import
from niro_desk.procurement.collection_workbook import generate_workbooks
from niro_desk.procurement.requirement_submissions import history
from niro_desk.procurement.workbook_identity import SIGNING_KEY_SETTING
from niro_desk.users import ensure_user


def _generate(
    db: Database, pool: Pool, folder: Path, collection_id: int | None = None
) -> dict[int, Path]:
    with db.transaction() as session:
        made = generate_workbooks(session, collection_id or pool.collection_id, folder)
    return {w.organisation_id: w.path for w in made}


def _check(db: Database, pool: Pool, *paths: Path) -> ImportPlan:
    with db.reading() as session:
        return check_workbooks(session, pool.collection_id, paths)


def _save(db: Database, plan: ImportPlan) -> ImportPlan:
    return save_import(db, lambda session: ensure_user(session, "tester"), plan)


def _submissions(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(RequirementSubmission)) or 0


def _totals(db: Database, pool: Pool) -> dict[str, Decimal]:
    with db.reading() as session:
        return {t.item: t.total for t in pooled_demand.item_totals(session, pool.collection_id)}


def test_round_trip_as_people_fill_in(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    # Alpha (German): a German text number, a unit typed in, a pasted formula, price and dates
    alpha = fill(
        out[pool.alpha],
        back / "Alpha zurück.xlsx",
        {
            pool.power: {
                "volume": "1.200.500 kWh",
                "sites": "Werk Unna; Werk Kamen",
                "supplier": "Stadtwerke Unna",
                "price": "0,2345",
                "unit": "kWh",
                "contract_end": "31.12.2026",
                "notice_date": dt.datetime(2026, 9, 30),
            },
            pool.gas: {"volume": "=400+50"},
        },
    )
    cache_formula_results(alpha, {"400+50": "450"})
    # Beta (English): typed numbers, a unit chosen from the list, a blank row in between
    fill(
        out[pool.beta],
        back / "beta.xlsx",
        {pool.power: {"volume": 1500.25}, pool.gas: {"volume": "2,000", "unit": "MWh"}},
    )
    plan = _check(db, pool, back)
    assert [(c.file, c.participant, c.rejected) for c in plan.checks] == [
        ("Alpha zurück.xlsx", "Alpha GmbH", False),
        ("beta.xlsx", "Beta B.V.", False),
    ]
    lines = {line.item_id: line for line in plan.checks[0].lines}
    assert lines[pool.power].volume == Decimal("1200.500")  # kWh → MWh, exactly
    assert lines[pool.power].current_unit_price == Decimal("234.5000")  # per kWh → per MWh
    assert lines[pool.power].contract_end == dt.date(2026, 12, 31)
    assert lines[pool.power].notice_date == dt.date(2026, 9, 30)
    assert lines[pool.power].delivery_sites == "Werk Unna; Werk Kamen"
    assert lines[pool.gas].volume == Decimal("450")
    assert _submissions(db) == 1  # checking wrote nothing (Alpha's 2026 answer only)
    _save(db, plan)
    assert all(c.saved for c in plan.checks)
    assert _totals(db, pool) == {
        "Electricity": Decimal("2700.750"),
        "Natural gas": Decimal("2450.000"),
    }
    with db.reading() as session:
        states = {s.name: s for s in pooled_demand.participant_states(session, pool.collection_id)}
    assert states["Alpha GmbH"].source == SubmissionSource.WORKBOOK
    assert not states["Gamma KG"].answered


def test_a_later_workbook_replaces_the_earlier_answer_and_history_stays(
    db: Database, tmp_path: Path
) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path / "out")
    first = fill(out[pool.alpha], tmp_path / "first.xlsx", {pool.power: {"volume": 100}})
    _save(db, _check(db, pool, first))
    second = fill(out[pool.alpha], tmp_path / "second.xlsx", {pool.power: {"volume": 80}})
    _save(db, _check(db, pool, second))
    assert _totals(db, pool)["Electricity"] == Decimal("80.000")
    with db.reading() as session:
        submissions = history(session, pool.collection_id, pool.alpha)
    assert [s.lines[0].volume for s in submissions] == [Decimal("80.000"), Decimal("100.000")]


def test_the_newer_workbook_wins_with_a_warning(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    old = _generate(db, pool, tmp_path / "old")[pool.alpha]
    new = _generate(db, pool, tmp_path / "new")[pool.alpha]
    old_filled = fill(old, tmp_path / "old.xlsx", {pool.power: {"volume": 1}})
    new_filled = fill(new, tmp_path / "new.xlsx", {pool.power: {"volume": 2}})
    plan = _check(db, pool, new_filled, old_filled)
    assert [c.superseded for c in plan.checks] == [False, True]
    assert "newer workbook" in plan.checks[1].warnings[0]
    _save(db, plan)
    assert _totals(db, pool)["Electricity"] == Decimal("2.000")
    # the old one on its own later: still the newer (already imported) wins
    again = _check(db, pool, old_filled)
    assert again.checks[0].superseded and not again.accepted
    _save(db, again)
    assert _totals(db, pool)["Electricity"] == Decimal("2.000")


def test_cell_problems_are_located_and_nothing_is_saved(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path)
    path = fill(
        out[pool.alpha],
        tmp_path / "wrong.xlsx",
        {
            pool.power: {"volume": "viel", "notice_date": "morgen"},
            pool.gas: {"volume": -5, "unit": "Fass", "price": "1,23456"},
        },
    )
    plan = _check(db, pool, path)
    check = plan.checks[0]
    assert check.rejected and not check.refusal
    found = {(p.sheet, p.column) for p in check.problems}
    assert ("Bedarf", "Jahresmenge") in found
    assert ("Bedarf", "Kündigung bis") in found
    assert ("Bedarf", "Einheit") in found
    assert ("Bedarf", "Heutiger Preis je Einheit (€)") in found
    texts = [str(p) for p in check.problems]
    assert any("“viel” is not a volume" in t for t in texts)
    assert all(t.startswith("Sheet “Bedarf”, row ") for t in texts)
    _save(db, plan)
    assert _submissions(db) == 1


def test_renamed_and_reordered_sheets_and_a_row_without_volume(
    db: Database, tmp_path: Path
) -> None:
    pool = open_pool(db)
    path = _generate(db, pool, tmp_path)[pool.alpha]
    workbook = load_workbook(path)
    sheet = requirements_sheet(workbook)
    sheet.title = "Unser Bedarf 2027"
    workbook.move_sheet(sheet, offset=-1)
    sheet["G2"] = "Nur ein Lieferant"  # supplier without volume
    workbook.save(tmp_path / "renamed.xlsx")
    check = _check(db, pool, tmp_path / "renamed.xlsx").checks[0]
    assert [(p.sheet, p.row, p.column) for p in check.problems] == [
        ("Unser Bedarf 2027", 2, "Jahresmenge")
    ]
    assert "volume is missing" in check.problems[0].text()


def test_a_formula_without_result_is_reported(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path)
    path = fill(out[pool.alpha], tmp_path / "formula.xlsx", {pool.gas: {"volume": "=SUM(1,2)"}})
    check = _check(db, pool, path).checks[0]
    assert check.rejected
    assert "formula (=SUM(1,2)) but no result" in check.problems[0].text()


def _refusal(db: Database, pool: Pool, path: Path) -> str:
    plan = _check(db, pool, path)
    _save(db, plan)
    assert _submissions(db) == 1, "nothing may be written"
    assert plan.checks[0].rejected and not plan.accepted
    return plan.checks[0].refusal


def test_a_tampered_identity_is_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path)
    workbook = load_workbook(
        fill(out[pool.alpha], tmp_path / "a.xlsx", {pool.power: {"volume": 5}})
    )
    workbook["NIRO Desk"]["B3"] = str(pool.beta)  # pretend to be Beta
    workbook.save(tmp_path / "tampered.xlsx")
    assert "was changed after NIRO Desk generated it" in _refusal(
        db, pool, tmp_path / "tampered.xlsx"
    )


def test_a_missing_identity_is_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    workbook = load_workbook(_generate(db, pool, tmp_path)[pool.alpha])
    del workbook["NIRO Desk"]
    workbook.save(tmp_path / "copy.xlsx")
    assert "hidden identity sheet is missing" in _refusal(db, pool, tmp_path / "copy.xlsx")


def test_another_collections_workbook_is_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    with db.transaction() as session:
        from niro_desk.models import CollectionState, RequirementCollection

        session.get(RequirementCollection, pool.previous_id).state = CollectionState.OPEN  # type: ignore[union-attr]
    other = _generate(db, pool, tmp_path, pool.previous_id)[pool.alpha]
    filled = fill(other, tmp_path / "other.xlsx", {pool.power: {"volume": 5}})
    assert "belongs to another collection" in _refusal(db, pool, filled)


def test_a_workbook_signed_by_another_database_is_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    path = fill(
        _generate(db, pool, tmp_path)[pool.alpha], tmp_path / "a.xlsx", {pool.power: {"volume": 5}}
    )
    with db.transaction() as session:
        session.get(AppSetting, SIGNING_KEY_SETTING).value = "ab" * 32  # type: ignore[union-attr]
    assert "was changed after NIRO Desk generated it" in _refusal(db, pool, path)


def test_a_participant_no_longer_invited_is_refused(db: Database, tmp_path: Path) -> None:
    from niro_desk.procurement.requirement_collections import remove_participant

    pool = open_pool(db)
    path = fill(
        _generate(db, pool, tmp_path)[pool.beta], tmp_path / "b.xlsx", {pool.power: {"volume": 5}}
    )
    with db.transaction() as session:
        remove_participant(session, office_user(session), pool.collection_id, pool.beta, "left")
    assert "not (or no longer) invited" in _refusal(db, pool, path)


def test_macros_are_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    source = fill(
        _generate(db, pool, tmp_path)[pool.alpha], tmp_path / "a.xlsx", {pool.power: {"volume": 5}}
    )
    renamed = tmp_path / "a.xlsm"
    shutil.copy(source, renamed)
    assert "contains macros" in _refusal(db, pool, renamed)
    smuggled = tmp_path / "smuggled.xlsx"
    shutil.copy(source, smuggled)
    with zipfile.ZipFile(smuggled, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0" * 100)
    assert "contains macros" in _refusal(db, pool, smuggled)


def test_not_a_workbook_and_huge_files_are_refused(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a zip")
    assert "is not an Excel workbook" in _refusal(db, pool, text)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (120 * 1024 * 1024))
    assert "MB" in _refusal(db, pool, bomb)


def test_a_folder_takes_its_workbooks_only(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    out = _generate(db, pool, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    fill(out[pool.alpha], back / "a.xlsx", {pool.power: {"volume": 5}})
    (back / "~$a.xlsx").write_bytes(b"lock")
    (back / "mail.eml").write_text("x")
    plan = _check(db, pool, back)
    assert [c.file for c in plan.checks] == ["a.xlsx"]


@pytest.mark.parametrize("value", ["1.200", 1200, "1200", "1.200 MWh", "1,2 GWh"])
def test_volume_spellings(db: Database, tmp_path: Path, value: object) -> None:
    pool = open_pool(db)
    path = fill(
        _generate(db, pool, tmp_path)[pool.alpha],
        tmp_path / "v.xlsx",
        {pool.power: {"volume": value}},
    )
    check = _check(db, pool, path).checks[0]
    if value == "1,2 GWh":
        assert "not a unit NIRO Desk knows" in check.problems[0].text()
    else:
        assert not check.problems, [str(p) for p in check.problems]
        assert check.lines[0].volume == Decimal(1200)
