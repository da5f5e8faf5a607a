"""``niro-desk tender open``: passphrase by getpass only, exit codes, protocol and evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from tender_builders import PASSPHRASE, bid, build

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
