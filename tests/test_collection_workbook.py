"""Collection workbooks as a procurement head sees them, and the e-mail drafts that carry them."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from collection_workbook_builders import Pool, open_pool, requirements_sheet, row_of
from openpyxl import load_workbook
from sqlalchemy import select

from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.models import AppSetting
from niro_desk.procurement.collection_mail import prepare_emails
from niro_desk.procurement.collection_workbook import generate_workbooks
from niro_desk.procurement.workbook_identity import SIGNING_KEY_SETTING


def _generate(db: Database, pool: Pool, folder: Path) -> dict[int, Path]:
    with db.transaction() as session:
        made = generate_workbooks(session, pool.collection_id, folder)
    return {w.organisation_id: w.path for w in made}


def test_a_german_workbook_as_the_procurement_head_sees_it(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    paths = _generate(db, pool, tmp_path)
    assert set(paths) == {pool.alpha, pool.beta, pool.gamma}
    workbook = load_workbook(paths[pool.alpha])
    assert workbook.sheetnames == ["Anleitung", "Bedarf", "NIRO Desk"]
    instructions = workbook["Anleitung"]
    text = "\n".join(str(c.value) for c in instructions["A"] if c.value)
    assert "Bedarfsabfrage: Energy 2027" in text
    assert "Für: Alpha GmbH" in text
    assert "gelb hinterlegten Zellen" in text
    assert instructions.protection.sheet
    identity = workbook["NIRO Desk"]
    assert identity.sheet_state == "veryHidden"
    assert identity.protection.sheet
    assert identity["A5"].value == "signature" and len(identity["B5"].value) == 64

    sheet = workbook["Bedarf"]
    assert [c.value for c in sheet[1]] == [
        "Pos.-Nr.",
        "Artikel",
        "Vorjahresmenge",
        "Jahresmenge",
        "Einheit",
        "Lieferstellen",
        "Heutiger Lieferant",
        "Heutiger Preis je Einheit (€)",
        "Vertragsende",
        "Kündigung bis",
    ]
    assert sheet.protection.sheet
    assert sheet.freeze_panes == "A2"
    power = row_of(sheet, pool.power)
    gas = row_of(sheet, pool.gas)
    assert sheet.cell(power, 2).value == "Electricity"
    assert sheet.cell(power, 3).value == "1.000 MWh"  # last year: 600 + 400, in German
    assert sheet.cell(gas, 3).value is None  # nobody asked last year
    assert sheet.cell(power, 5).value == "MWh"
    # what is given stays locked, what is asked is open
    for column in (1, 2, 3):
        assert sheet.cell(power, column).protection.locked
    for column in range(4, 11):
        assert not sheet.cell(power, column).protection.locked
    rules = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    volume_rule = rules[f"D2:D{sheet.max_row}"]
    assert (volume_rule.type, volume_rule.operator, volume_rule.formula1) == (
        "decimal",
        "greaterThanOrEqual",
        "0",
    )
    assert rules[f"I2:I{sheet.max_row}"].type == "date"
    assert rules[f"J2:J{sheet.max_row}"].type == "date"
    unit_rule = rules[f"E2:E{sheet.max_row}"]
    assert unit_rule.type == "list" and "kWh" in unit_rule.formula1 and "MWh" in unit_rule.formula1


def test_an_english_workbook_for_a_participant_abroad(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    workbook = load_workbook(_generate(db, pool, tmp_path)[pool.beta])
    assert workbook.sheetnames == ["Instructions", "Requirements", "NIRO Desk"]
    assert requirements_sheet(workbook)["D1"].value == "Yearly volume"
    assert "How to fill in this workbook" in [c.value for c in workbook["Instructions"]["A"]]


def test_names_that_look_like_formulas_stay_text(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    with db.transaction() as session:
        from niro_desk.models import Organisation, ProcurementItem

        session.get(Organisation, pool.alpha).name = '=HYPERLINK("http://x","y")'  # type: ignore[union-attr]
        session.get(ProcurementItem, pool.gas).name = "@SUM(1+1)"  # type: ignore[union-attr]
    workbook = load_workbook(_generate(db, pool, tmp_path)[pool.alpha])
    sheet = workbook["Bedarf"]
    assert sheet.cell(row_of(sheet, pool.gas), 2).value == "'@SUM(1+1)"
    assert sheet.cell(row_of(sheet, pool.gas), 2).data_type == "s"
    cells = [c for c in workbook["Anleitung"]["A"] if c.value]
    assert all(c.data_type == "s" for c in cells)
    assert not any(str(c.value).startswith("=") for c in cells)


def test_the_signing_key_is_made_once_per_database(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    _generate(db, pool, tmp_path / "one")
    _generate(db, pool, tmp_path / "two")
    with db.reading() as session:
        keys = session.scalars(
            select(AppSetting.value).where(AppSetting.key == SIGNING_KEY_SETTING)
        ).all()
    assert len(keys) == 1 and len(keys[0]) == 64


def test_one_participant_only_and_never_an_uninvited_one(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    with db.transaction() as session:
        made = generate_workbooks(session, pool.collection_id, tmp_path, [pool.beta])
    assert [w.organisation_id for w in made] == [pool.beta]
    with pytest.raises(RuleViolation), db.transaction() as session:
        generate_workbooks(session, pool.collection_id, tmp_path, [pool.previous_id * 1000])


def test_email_drafts_to_the_procurement_heads(db: Database, tmp_path: Path) -> None:
    pool = open_pool(db)
    with db.transaction() as session:
        batch = prepare_emails(session, pool.collection_id, tmp_path)
    assert [d.organisation for d in batch.without_address] == ["Gamma KG"]
    drafts = {d.organisation_id: d for d in batch.written}
    assert set(drafts) == {pool.alpha, pool.beta}
    alpha = drafts[pool.alpha]
    assert alpha.draft is not None
    message = email.message_from_bytes(alpha.draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert f"einkauf.{pool.alpha}@example.org" in message["To"]
    assert message["Subject"].startswith("Bedarfsabfrage Energy 2027")
    body = message.get_body(("plain",))
    assert body is not None and "Arbeitsmappe" in body.get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [alpha.workbook.name]
    assert attachments[0].get_content() == alpha.workbook.read_bytes()
    english = email.message_from_bytes(
        drafts[pool.beta].draft.read_bytes(),  # type: ignore[union-attr]
        policy=policy.default,
    )
    assert english["Subject"].startswith("Requirement collection Energy 2027")


def test_reminder_drafts_only_for_who_has_not_answered(db: Database, tmp_path: Path) -> None:
    from procurement_builders import office_user

    from niro_desk.procurement.requirement_submissions import submit

    pool = open_pool(db)
    with db.transaction() as session:
        submit(session, office_user(session), pool.collection_id, pool.alpha, [])
    with db.transaction() as session:
        batch = prepare_emails(session, pool.collection_id, tmp_path, reminder=True)
    assert {d.organisation_id for d in batch.drafts} == {pool.beta, pool.gamma}
    draft = batch.written[0].draft
    assert draft is not None and draft.name.endswith(" - reminder.eml")
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["Subject"].startswith("Reminder:")
