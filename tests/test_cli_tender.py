"""``niro-desk tender open``: passphrase by getpass only, exit codes, protocol and evaluation."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from bid_workbook_builders import fill, invite, scenario_prices
from openpyxl import load_workbook
from tender_builders import BEFORE_DEADLINE, PASSPHRASE, bid, build

from niro_desk import cli
from niro_desk.database import Database
from niro_desk.models import AuditEntry, RoundState, TenderRound

pytestmark = pytest.mark.usefixtures("qapp")


def test_open_asks_for_the_passphrase(
    db: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    with db.transaction() as session:
        scenario = build(session)  # deadline in the past of today's clock
        bid(session, scenario, 0, "0.2000", "0.0800")
    base = ["--lang", "en", "--database", database_url, "tender"]
    opening = [*base, "open", str(scenario.tender_id), "--round", "1", "--present", "Eva"]

    monkeypatch.setattr("getpass.getpass", lambda prompt="": "not the passphrase")
    assert cli.main(opening) == 1
    assert "does not open round 1" in capsys.readouterr().err
    assert (
        cli.main([*base, "protocol", str(scenario.tender_id), "--round", "1", "-o", "x.pdf"]) == 1
    )
    assert "not opened yet" in capsys.readouterr().err
    sealed = tmp_path / "sealed.xlsx"
    assert cli.main([*base, "evaluation", str(scenario.tender_id), "-o", str(sealed)]) == 1
    assert "sealed until then" in capsys.readouterr().err and not sealed.exists()

    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    assert cli.main(opening) == 0
    assert "opened: 2 bids, 0 late bids excluded" in capsys.readouterr().out
    protocol = tmp_path / "protocol.pdf"
    evaluation = tmp_path / "evaluation.pdf"
    assert (
        cli.main([*base, "protocol", str(scenario.tender_id), "--round", "1", "-o", str(protocol)])
        == 0
    )
    assert cli.main([*base, "evaluation", str(scenario.tender_id), "-o", str(evaluation)]) == 0
    assert protocol.read_bytes().startswith(b"%PDF") and evaluation.read_bytes().startswith(b"%PDF")
    workbook = tmp_path / "evaluation.xlsx"
    assert cli.main([*base, "evaluation", str(scenario.tender_id), "-o", str(workbook)]) == 0
    assert f"Evaluation written to {workbook}" in capsys.readouterr().out
    assert load_workbook(workbook).sheetnames == ["Summary", "Lot 1", "Lot 2", "Scores"]
    with db.reading() as session:
        assert session.get(TenderRound, scenario.round_id).state == RoundState.OPENED  # type: ignore[union-attr]
        assert session.query(AuditEntry).filter_by(action="open_refused").count() == 1


def test_the_passphrase_is_no_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["tender", "open", "1", "--round", "1", "--passphrase", "x"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --passphrase" in capsys.readouterr().err


def test_import_bids_reports_each_file_and_dry_run_writes_nothing(
    db: Database, database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from niro_desk.models import Bid

    with db.transaction() as session:
        scenario = build(session)
    out = invite(db, scenario.tender_id, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    # received now (the file's time): after the scenario's deadline, so late
    fill(out[scenario.suppliers[0]], back / "hellweg.xlsx", scenario_prices(scenario, 0.2137))
    stamp = dt.datetime.now(dt.UTC).timestamp()
    os.utime(back / "hellweg.xlsx", (stamp, stamp))
    base = ["--lang", "en", "--database", database_url, "tender", "import-bids"]

    assert cli.main([*base, str(scenario.tender_id), str(back), "--dry-run"]) == 0
    output = capsys.readouterr()
    assert "hellweg.xlsx (Stadtwerke Hellweg): OK, lots 1, valid until 31/03/2027" in output.out
    assert "(LATE)" in output.out and "Dry run: nothing was written." in output.out
    assert "2137" not in output.out + output.err
    with db.reading() as session:
        assert session.query(Bid).count() == 0

    bad = fill(
        out[scenario.suppliers[1]],
        back / "ruhr.xlsx",
        scenario_prices(scenario, "-0,5"),
        received=BEFORE_DEADLINE,
    )
    assert cli.main([*base, str(scenario.tender_id), str(back)]) == 1
    output = capsys.readouterr()
    assert "ruhr.xlsx (Energiehandel Ruhr): 1 problem(s):" in output.err
    assert (
        "Sheet “Preise”, row 2, column “Ihr Preis je Einheit (€, netto)”: The price must not"
        " be negative." in output.err
    )
    assert "Nothing was imported" in output.err
    with db.reading() as session:
        assert session.query(Bid).count() == 0

    bad.unlink()
    assert cli.main([*base, str(scenario.tender_id), str(back)]) == 0
    output = capsys.readouterr()
    assert "hellweg.xlsx (Stadtwerke Hellweg): bid entered, lots 1" in output.out
    assert "1 bid(s) entered, 0 skipped, 0 refused." in output.out
    with db.reading() as session:
        assert [(b.late, b.lot.number) for b in session.query(Bid)] == [(True, 1)]


def test_import_bids_dry_run_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "none.sqlite"
    code = cli.main(
        [
            "--database",
            f"sqlite:///{target}",
            "tender",
            "import-bids",
            "1",
            str(tmp_path),
            "--dry-run",
        ]
    )
    assert code != 0 and not target.exists()
