"""Sealed means sealed: no price before opening in rows, audit, logs, services; opening rules."""

from __future__ import annotations

import datetime as dt
import logging
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from tender_builders import (
    AFTER_DEADLINE,
    BEFORE_DEADLINE,
    DEADLINE,
    PASSPHRASE,
    bid,
    build,
    round_of,
    tender_of,
)

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.models import AuditEntry, BidPrice, RoundState, TenderState
from niro_desk.procurement import bids, sealing, tender_evaluation, tender_opening, tenders
from niro_desk.procurement.evaluation_workbook import write_evaluation_workbook
from niro_desk.users import ensure_user

# prices chosen so their digits appear nowhere else in the scenario; searched as whole
# numbers (a timestamp's microseconds may contain the digits by chance), also scaled
# (SQLite stores 0.2137 as the integer 2137) and as German text
SECRET_PRICES = ("0.2137", "0.0861")
SECRET = re.compile(r"(?<![\d.,])(0[.,]2137|0[.,]0861|2137|861|256[.,]44)(?!\d)")


def _dump(db: Database) -> str:
    """Every row of every table as text (what someone with database access sees)."""
    with db.reading() as session:
        tables = [
            row[0]
            for row in session.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                    if db.is_sqlite
                    else "SELECT tablename FROM pg_tables WHERE schemaname='public'"
                )
            )
        ]
        parts = []
        for table in tables:
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                parts.append(repr(tuple(row)))
                for value in row:
                    if isinstance(value, bytes | memoryview):  # ciphertext: no plaintext in it
                        assert b"2137" not in bytes(value) and b"0861" not in bytes(value)
        return "\n".join(parts)


def test_roundtrip_of_the_seal_and_wrong_keys() -> None:
    key = sealing.create_opening_key(PASSPHRASE, cost=10)
    sealed = sealing.seal_prices(key.public_key, {7: Decimal("0.2137")}, "bid-a")
    assert b"2137" not in sealed
    private = sealing.unlock(key, PASSPHRASE)
    assert sealing.open_prices(private, sealed, "bid-a") == {7: Decimal("0.2137")}
    with pytest.raises(sealing.WrongPassphrase):
        sealing.unlock(key, PASSPHRASE + " ")
    with pytest.raises(sealing.BrokenSeal):  # moved to another bid
        sealing.open_prices(private, sealed, "bid-b")
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(sealing.BrokenSeal):
        sealing.open_prices(private, tampered, "bid-a")
    # padding: a long and a short price give ciphertexts of the same length
    short = sealing.seal_prices(key.public_key, {7: Decimal("1")}, "x")
    long = sealing.seal_prices(key.public_key, {7: Decimal("123456.1234")}, "x")
    assert len(short) == len(long)


def test_no_price_anywhere_before_opening(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with db.transaction() as session:
        scenario = build(session)
        receipt = bid(session, scenario, 0, SECRET_PRICES[0], SECRET_PRICES[1])
        assert receipt.lots == (1, 2)
        assert not receipt.late
        assert not SECRET.search(repr(receipt))
    with db.reading() as session:
        rows = bids.round_bids(session, scenario.round_id)
        assert [(r.supplier, r.lot_number) for r in rows] == [
            ("Stadtwerke Hellweg", 1),
            ("Stadtwerke Hellweg", 2),
        ]
        comparison = tender_evaluation.lot_comparison(session, scenario.lot_power)
        assert comparison.offers == [] and comparison.history == {}
        assert tender_evaluation.lot_ranking(session, scenario.lot_power) == []
        assert session.query(BidPrice).count() == 0
        audit_text = repr([(a.summary, a.before, a.after) for a in session.query(AuditEntry).all()])
        assert "Sealed bid of Stadtwerke Hellweg" in audit_text
    everything = _dump(db) + audit_text + repr(rows) + caplog.text
    assert SECRET.search("x 0.2137 y") and SECRET.search("(2137,")  # the pattern finds them
    assert not SECRET.search(everything), SECRET.search(everything)


def test_opening_needs_the_deadline_and_the_passphrase(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000", "0.0800")
        bid(session, scenario, 1, "0.2400", "0.0850")
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        with pytest.raises(RuleViolation, match="has not passed yet"):
            tender_opening.open_round(
                session, user, scenario.round_id, PASSPHRASE, ["Eva"], now=BEFORE_DEADLINE
            )
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        with pytest.raises(ValidationError, match="present"):
            tender_opening.open_round(
                session, user, scenario.round_id, PASSPHRASE, [" "], now=AFTER_DEADLINE
            )
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        result = tender_opening.open_round(
            session, user, scenario.round_id, "wrong passphrase!!", ["Eva"], now=AFTER_DEADLINE
        )
        assert not result.opened
    with db.reading() as session:
        assert round_of(session, scenario.round_id).state == RoundState.OPEN
        assert session.query(BidPrice).count() == 0
        refused = session.query(AuditEntry).filter_by(action="open_refused").one()
        assert "wrong passphrase" in refused.summary
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        result = tender_opening.open_round(
            session,
            user,
            scenario.round_id,
            PASSPHRASE,
            ["Eva Einkauf", "Bernd Vorstand"],
            now=AFTER_DEADLINE,
        )
        assert (result.opened, result.bids_opened, result.late_excluded) == (True, 4, 0)
    with db.reading() as session:
        opened = round_of(session, scenario.round_id)
        assert opened.state == RoundState.OPENED
        assert opened.opened_at == AFTER_DEADLINE
        assert opened.opened_by is not None and opened.opened_by.login == "test.user"
        assert opened.present == "Eva Einkauf\nBernd Vorstand"
        assert tender_of(session, scenario).state == TenderState.EVALUATION
        comparison = tender_evaluation.lot_comparison(session, scenario.lot_power)
        assert [(o.supplier, o.total, o.best) for o in comparison.offers] == [
            ("Stadtwerke Hellweg", Decimal("240.00"), True),
            ("Energiehandel Ruhr", Decimal("288.00"), False),
        ]
    with db.transaction() as session, pytest.raises(RuleViolation, match="opened already"):
        tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )


def test_late_bids_are_excluded_unless_admitted_with_a_reason(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000")
        late_one = bid(session, scenario, 1, "0.1900", received=DEADLINE.replace(second=1))
        late_two = bid(session, scenario, 2, "0.1800", received=AFTER_DEADLINE)
        assert late_one.late and late_two.late
        user = ensure_user(session, "test.user")
        with pytest.raises(ValidationError, match="why"):
            bids.admit_late_bid(session, user, late_one.bid_ids[0], "  ")
        bids.admit_late_bid(session, user, late_one.bid_ids[0], "Post stamped before deadline")
    with db.transaction() as session:
        result = tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )
        assert (result.bids_opened, result.late_excluded) == (2, 1)
        with pytest.raises(RuleViolation, match="before opening"):
            bids.admit_late_bid(
                session, ensure_user(session, "test.user"), late_two.bid_ids[0], "too late"
            )
    with db.reading() as session:
        offers = tender_evaluation.lot_comparison(session, scenario.lot_power).offers
        assert [o.supplier for o in offers] == ["Energiehandel Ruhr", "Stadtwerke Hellweg"]
        rows = {r.supplier: r for r in bids.round_bids(session, scenario.round_id)}
        assert rows["Münsterland Strom"].late and not rows["Münsterland Strom"].opened
        assert rows["Energiehandel Ruhr"].admitted_reason == "Post stamped before deadline"


def test_a_bid_cannot_be_added_to_an_opened_round_or_by_the_uninvited(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        with pytest.raises(ValidationError, match="missing"):
            bids.enter_bid(
                session,
                ensure_user(session, "test.user"),
                bids.BidInput(scenario.round_id, scenario.suppliers[0], {scenario.lot_power: {}}),
                now=BEFORE_DEADLINE,
            )
        with pytest.raises(ValidationError, match="four decimal"):
            bid(session, scenario, 0, "0.21375")
        with pytest.raises(ValidationError, match="0 or more"):
            bid(session, scenario, 0, "-1")
        member = scenario.participants[0]
        with pytest.raises(RuleViolation, match="not a supplier"):
            bids.enter_bid(
                session,
                ensure_user(session, "test.user"),
                bids.BidInput(
                    scenario.round_id,
                    member.id,
                    {scenario.lot_power: {scenario.power_item: Decimal(1)}},
                ),
                now=BEFORE_DEADLINE,
            )
        bid(session, scenario, 0, "0.2000")
        tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )
        with pytest.raises(RuleViolation, match="has been opened"):
            bid(session, scenario, 1, "0.2000", received=AFTER_DEADLINE)


def test_a_later_bid_replaces_the_earlier_one(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2500")
        bid(session, scenario, 0, "0.2000")
        tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )
        offers = tender_evaluation.lot_comparison(session, scenario.lot_power).offers
        assert [o.total for o in offers] == [Decimal("240.00")]


def test_no_price_anywhere_in_a_bid_import(
    db: Database, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Imported from workbooks: plan, problems, audit, raw rows and logs hold no price."""
    from bid_workbook_builders import CHECKED, fill, invite, scenario_prices

    from niro_desk.procurement.bid_import import check_bid_workbooks, save_bid_import
    from niro_desk.users import ensure_user as _ensure

    caplog.set_level(logging.DEBUG)
    with db.transaction() as session:
        scenario = build(session)
    out = invite(db, scenario.tender_id, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    fill(
        out[scenario.suppliers[0]],
        back / "good.xlsx",
        scenario_prices(scenario, float(SECRET_PRICES[0]), "0,0861"),
    )
    bad = fill(
        out[scenario.suppliers[1]],
        tmp_path / "bad.xlsx",
        scenario_prices(scenario, "0,21370001", "-0.0861"),
    )
    with db.reading() as session:
        refused = check_bid_workbooks(session, scenario.tender_id, [bad], now=CHECKED)
        plan = check_bid_workbooks(session, scenario.tender_id, [back], now=CHECKED)
    problems = [str(p) for p in refused.checks[0].problems]
    assert len(problems) == 2 and "decimal places" in problems[0]
    assert plan.accepted and plan.checks[0].lots == (1, 2)
    shown_before = repr(plan) + repr(refused) + "\n".join(problems) + str(plan.checks[0].prices)
    with db.transaction() as session:
        save_bid_import(session, _ensure(session, "tester"), plan, now=CHECKED)
    with db.reading() as session:
        audit_text = repr(
            [(a.action, a.summary, a.before, a.after) for a in session.query(AuditEntry).all()]
        )
        assert session.query(BidPrice).count() == 0
    assert "Bid workbooks imported for round 1" in audit_text
    everything = shown_before + repr(plan) + _dump(db) + audit_text + caplog.text
    assert not SECRET.search(everything), SECRET.search(everything)


def _workbook_text(path: Path) -> str:
    """Every cell of every sheet and every XML part of the file, as text."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    workbook = load_workbook(path)
    cells = [
        repr(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    return "\n".join(parts + cells)


def test_the_evaluation_workbook_never_carries_a_sealed_price(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "evaluation.xlsx"
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000", "0.0800")
        bid(session, scenario, 1, "0.2400", "0.0850")
        with pytest.raises(RuleViolation, match="sealed"):  # nothing opened: refused
            write_evaluation_workbook(session, scenario.tender_id, path, "de")
        assert not path.exists()
    # round 1 opened; round 2 gets the secret prices, still sealed when the workbook is written
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        tender_opening.open_round(
            session, user, scenario.round_id, PASSPHRASE, ["Eva"], now=AFTER_DEADLINE
        )
        second = tenders.start_next_round(
            session,
            user,
            scenario.tender_id,
            AFTER_DEADLINE + dt.timedelta(days=7),
            scenario.suppliers[:2],
            now=AFTER_DEADLINE,
        )
        bid(
            session,
            scenario,
            0,
            SECRET_PRICES[0],
            SECRET_PRICES[1],
            round_id=second.id,
            received=AFTER_DEADLINE,
        )
    for language in ("de", "en"):
        with db.reading() as session:
            write_evaluation_workbook(session, scenario.tender_id, path, language)
        everything = _workbook_text(path)
        assert "Stadtwerke Hellweg" in everything and "240" in everything  # round 1 is there
        assert not SECRET.search(everything), SECRET.search(everything)
