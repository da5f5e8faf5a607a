"""Tender invitation workbooks as a supplier sees them, their signed identity, the e-mail
drafts, the CLI, and anonymity: no participant's name or volume in any supplier file."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import re
from decimal import Decimal, InvalidOperation
from email import policy
from pathlib import Path

import pytest
from openpyxl import load_workbook
from procurement_builders import office_user
from tender_builders import DEADLINE, FAST, PARTICIPANTS, PASSPHRASE, T0, build

from niro_desk import cli
from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.models import Organisation
from niro_desk.procurement import tenders
from niro_desk.procurement.tender_invitation import generate_invitations
from niro_desk.procurement.tender_invitation_mail import prepare_invitation_emails
from niro_desk.procurement.workbook_identity import (
    INVITATION_MARKER,
    InvitationIdentity,
    WorkbookIdentity,
    parse_stamp,
    signing_key,
    verify,
)

GENERATED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
"""A fixed moment, so the hidden sheet's time stamp cannot hold a volume's digits by chance."""


def _scenario(db: Database, english_supplier: bool = True, no_address: bool = True):  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        scenario = build(session)
        if english_supplier:
            session.get(Organisation, scenario.suppliers[1]).country = "GB"  # type: ignore[union-attr]
        if no_address:
            for contact in session.get(Organisation, scenario.suppliers[2]).contacts:  # type: ignore[union-attr]
                contact.email = ""
    return scenario


def _identity(workbook) -> dict[str, str]:  # type: ignore[no-untyped-def]
    sheet = workbook["NIRO Desk"]
    return {row[0].value: row[1].value for row in sheet.iter_rows()}


def test_a_german_invitation_as_the_supplier_sees_it(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    with db.transaction() as session:
        made = generate_invitations(session, scenario.tender_id, tmp_path, now=GENERATED)
    paths = {w.organisation_id: w for w in made}
    assert set(paths) == set(scenario.suppliers)
    german = paths[scenario.suppliers[0]]
    assert german.language == "de"
    workbook = load_workbook(german.path)
    assert workbook.sheetnames == ["Anleitung", "Preise", "Angebotsangaben", "NIRO Desk"]
    text = "\n".join(str(c.value) for c in workbook["Anleitung"]["A"] if c.value)
    assert "Ausschreibung: Strom und Gas 2027" in text
    assert "Für: Stadtwerke Hellweg" in text
    assert "Angebotsfrist: 09.11.2026 10:00 Uhr (Berlin)" in text  # 09:00 UTC = 10:00 in Berlin
    assert "Preis: 60 %" in text and "Quality: 25 %" in text and "Service: 15 %" in text
    assert workbook["Anleitung"].protection.sheet

    prices = workbook["Preise"]
    assert prices.protection.sheet
    assert [c.value for c in prices[1]] == [
        "Los",
        "Losbezeichnung",
        "Pos.-Nr.",
        "Artikel",
        "Gebündelte Jahresmenge",
        "Einheit",
        "Lieferregionen",
        "Ihr Preis je Einheit (€, netto)",
    ]
    rows = [[c.value for c in row] for row in prices.iter_rows(min_row=2)]
    assert rows[0][:6] == [1, "Strom", scenario.power_item, "Electricity", 1200, "MWh"]
    assert rows[0][6] == "Kreis Unna: 1.000 MWh; übrige Regionen: 200 MWh"
    assert rows[1][:6] == [2, "Erdgas", scenario.gas_item, "Natural gas", 300, "MWh"]
    for row in prices.iter_rows(min_row=1):
        for cell in row:
            assert cell.protection.locked == (cell.column_letter != "H" or cell.row == 1)
    rule = next(r for r in prices.data_validations.dataValidation if "H2" in str(r.sqref))
    assert (rule.type, rule.operator, rule.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert str(rule.sqref) == "H2:H3" and rule.errorStyle == "stop"

    details = workbook["Angebotsangaben"]
    assert details.protection.sheet
    assert details["A2"].value == "Angebot gültig bis" and not details["B2"].protection.locked
    assert not details["B3"].protection.locked and details["A2"].protection.locked
    (date,) = [r for r in details.data_validations.dataValidation if str(r.sqref) == "B2"]
    assert date.type == "date"

    identity_sheet = workbook["NIRO Desk"]
    assert identity_sheet.sheet_state == "veryHidden" and identity_sheet.protection.sheet
    identity = _identity(workbook)
    assert identity[INVITATION_MARKER] == "1"
    assert identity["supplier"] == str(scenario.suppliers[0])


def test_an_english_invitation_for_a_supplier_abroad(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    with db.transaction() as session:
        (made,) = generate_invitations(
            session, scenario.tender_id, tmp_path, [scenario.suppliers[1]], now=GENERATED
        )
    assert made.language == "en"
    workbook = load_workbook(made.path)
    assert workbook.sheetnames == ["Instructions", "Prices", "Bid details", "NIRO Desk"]
    text = "\n".join(str(c.value) for c in workbook["Instructions"]["A"] if c.value)
    assert "Deadline for bids: 09.11.2026 10:00 Berlin time" in text
    assert "Price: 60 %" in text
    assert workbook["Prices"]["G2"].value == "Kreis Unna: 1,000 MWh; other regions: 200 MWh"
    assert workbook["Prices"]["H1"].value == "Your price per unit (€, net)"


def test_the_identity_is_signed_and_a_changed_one_fails(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    with db.transaction() as session:
        made = generate_invitations(session, scenario.tender_id, tmp_path, now=GENERATED)
        key = signing_key(session)
    for invitation in made:
        found = _identity(load_workbook(invitation.path))
        identity = InvitationIdentity(
            int(found["tender"]),
            int(found["round"]),
            int(found["supplier"]),
            parse_stamp(found["generated"]),
        )
        assert identity == invitation.identity
        assert verify(identity, found["signature"], key)
        other_supplier = InvitationIdentity(
            identity.tender_id, identity.round_number, identity.organisation_id + 1, GENERATED
        )
        assert not verify(other_supplier, found["signature"], key)
        later_round = InvitationIdentity(identity.tender_id, 2, identity.organisation_id, GENERATED)
        assert not verify(later_round, found["signature"], key)
        # a collection identity with the same numbers is another kind of workbook
        collection = WorkbookIdentity(identity.tender_id, identity.organisation_id, GENERATED)
        assert not verify(collection, found["signature"], key)
        assert not verify(identity, found["signature"], b"another database's key" * 2)


def test_only_suppliers_of_an_open_round(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
    with db.transaction() as session, pytest.raises(RuleViolation):
        generate_invitations(session, scenario.tender_id, tmp_path)
    with db.transaction() as session:
        tenders.publish_tender(
            session,
            office_user(session),
            scenario.tender_id,
            PASSPHRASE,
            DEADLINE,
            now=T0,
            cost=FAST,
        )
    with db.transaction() as session, pytest.raises(RuleViolation) as refused:
        generate_invitations(session, scenario.tender_id, tmp_path, [scenario.participants[0].id])
    assert "is not invited to round 1" in str(refused.value)


def test_drafts_go_to_suppliers_with_an_address(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    with db.transaction() as session:
        batch = prepare_invitation_emails(session, scenario.tender_id, tmp_path)
    assert [d.organisation for d in batch.without_address] == ["Münsterland Strom"]
    assert len(batch.written) == 2
    by_id = {d.organisation_id: d for d in batch.drafts}
    german = email.message_from_bytes(
        by_id[scenario.suppliers[0]].draft.read_bytes(),  # type: ignore[union-attr]
        policy=policy.default,
    )
    assert german["X-Unsent"] == "1"
    assert (
        german["Subject"]
        == "Ausschreibung Strom und Gas 2027, Runde 1: Angebot bis 09.11.2026 10:00 Uhr (Berlin)"
    )
    assert "einkauf." in german["To"]
    body = german.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "wir laden Stadtwerke Hellweg ein" in body
    (attachment,) = list(german.iter_attachments())
    assert attachment.get_content() == by_id[scenario.suppliers[0]].workbook.read_bytes()
    english = email.message_from_bytes(
        by_id[scenario.suppliers[1]].draft.read_bytes(),  # type: ignore[union-attr]
        policy=policy.default,
    )
    assert english["Subject"].strip().startswith("Tender Strom und Gas 2027, round 1: bids due")


_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?![\w])")


def _numbers(text: str) -> set[Decimal]:
    """Every whole number token in ``text``, read the German and the English way."""
    found = set()
    for token in _NUMBER.findall(text):
        for variant in (token.replace(".", "").replace(",", "."), token.replace(",", "")):
            with contextlib.suppress(InvalidOperation):
                found.add(Decimal(variant))
    return found


def test_no_supplier_file_names_a_participant_or_its_volume(db: Database, tmp_path: Path) -> None:
    scenario = _scenario(db)
    with db.transaction() as session:
        prepare_invitation_emails(session, scenario.tender_id, tmp_path, now=GENERATED)
        generate_invitations(session, scenario.tender_id, tmp_path / "plain", now=GENERATED)
    names = [p.name for p in scenario.participants]
    volumes = {Decimal(v) for _n, _r, power, _b, gas in PARTICIPANTS for v in (power, gas) if v}
    baselines = {Decimal(b) for _n, _r, _p, b, _g in PARTICIPANTS if b}
    texts: list[str] = []
    numbers: list[Decimal] = []
    files = sorted(tmp_path.rglob("*.xlsx")) + sorted(tmp_path.rglob("*.eml"))
    assert len(files) == 3 + 3 + 2
    for path in files:
        if path.suffix == ".eml":
            message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            text = "\n".join(f"{k}: {v}" for k, v in message.items())
            text += "\n" + message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
            texts.append(text)
            continue
        workbook = load_workbook(path)
        texts.append(str(workbook.properties.title))
        for sheet in workbook.worksheets:  # the hidden identity sheet included
            texts.append(sheet.title)
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, (int, float, Decimal)):
                        numbers.append(Decimal(str(cell.value)))
                    elif cell.value is not None:
                        texts.append(str(cell.value))
    everything = "\n".join(texts)
    for name in names:
        assert name.casefold() not in everything.casefold()
    found = set(numbers) | _numbers(everything)
    assert not found & volumes, sorted(found & volumes)
    assert not found & baselines
    # the search does see numbers: the pooled totals are there
    assert {Decimal(1200), Decimal(1000), Decimal(200), Decimal(300)} <= found


def test_cli_writes_invitations_and_drafts(
    db: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = _scenario(db)
    base = ["tender", "invitations", str(scenario.tender_id), "--lang", "en"]
    folder = tmp_path / "out"
    args = [
        *base,
        "-o",
        str(folder),
        "--supplier",
        str(scenario.suppliers[0]),
        "--database",
        database_url,
    ]
    assert cli.main(args) == 0
    assert len(list(folder.glob("*.xlsx"))) == 1 and not list(folder.glob("*.eml"))
    assert "1 invitation workbook(s) in" in capsys.readouterr().out
    assert cli.main([*base, "-o", str(folder), "--emails", "--database", database_url]) == 0
    captured = capsys.readouterr()
    assert len(list(folder.glob("*.xlsx"))) == 3 and len(list(folder.glob("*.eml"))) == 2
    assert "No e-mail address for Münsterland Strom" in captured.err
    assert "3 invitation workbook(s), 2 e-mail draft(s)" in captured.out
    assert (
        cli.main([*base, "-o", str(folder), "--supplier", "99999", "--database", database_url]) == 1
    )
