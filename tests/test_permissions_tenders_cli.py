"""``niro-desk tender …`` with accounts on: it signs in with ``--as`` and the services refuse
what the account may not do (a procurement head gets no protocol, no evaluation, no opening)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from account_builders import LOGINS, PASSWORD, cheap_hashes, office
from tender_builders import PASSPHRASE, bid, build

from niro_desk import cli
from niro_desk.database import Database
from niro_desk.models import AuditEntry, OfficeUser, RoundState, TenderRound

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashes(monkeypatch)


def _as(monkeypatch: pytest.MonkeyPatch, role: str) -> list[str]:
    """``--as`` the role's account; its password comes from stdin (not a tty)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    return ["--as", LOGINS[role]]


def test_the_tender_commands_obey_the_accounts(
    db: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    with db.transaction() as session:
        scenario = build(session)  # deadline in the past of today's clock
        bid(session, scenario, 0, "0.2000", "0.0800")
    office(db)
    tender = str(scenario.tender_id)
    base = ["--lang", "en", "--database", database_url, "tender"]
    opening = [*base, "open", tender, "--round", "1", "--present", "Eva"]
    protocol = tmp_path / "protocol.pdf"
    evaluation = tmp_path / "evaluation.pdf"

    def no_passphrase(prompt: str = "") -> str:
        raise AssertionError("a refused opening asks for no passphrase")

    monkeypatch.setattr("getpass.getpass", no_passphrase)
    for role in ("head", "manager"):
        assert cli.main([*opening, *_as(monkeypatch, role)]) == 1
        assert "edit_procurement" in capsys.readouterr().err
    assert cli.main([*base, "invitations", tender, "-o", str(tmp_path / "out"),
                     *_as(monkeypatch, "manager")]) == 1  # fmt: skip
    assert "edit_procurement" in capsys.readouterr().err and not (tmp_path / "out").exists()
    assert cli.main([*base, "import-bids", tender, str(tmp_path), "--dry-run",
                     *_as(monkeypatch, "head")]) == 1  # fmt: skip
    assert "edit_procurement" in capsys.readouterr().err

    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    assert cli.main([*opening, *_as(monkeypatch, "staff")]) == 0
    assert "opened: 2 bids" in capsys.readouterr().out

    printing = [
        [*base, "protocol", tender, "--round", "1", "-o", str(protocol)],
        [*base, "evaluation", tender, "-o", str(evaluation)],
    ]
    for command in printing:
        assert cli.main([*command, *_as(monkeypatch, "head")]) == 1
        assert "read_all" in capsys.readouterr().err
    assert not protocol.exists() and not evaluation.exists()
    for command in printing:
        assert cli.main([*command, *_as(monkeypatch, "manager")]) == 0
    assert protocol.read_bytes().startswith(b"%PDF")
    assert evaluation.read_bytes().startswith(b"%PDF")

    with db.reading() as session:
        opened = session.get(TenderRound, scenario.round_id)
        assert opened is not None and opened.state == RoundState.OPENED
        assert opened.opened_by is not None and opened.opened_by.login == LOGINS["staff"]
        entry = session.query(AuditEntry).filter_by(action="open").one()
        assert entry.user.login == LOGINS["staff"]
        assert session.query(AuditEntry).filter_by(action="open_refused").count() == 0
        assert session.query(OfficeUser).filter_by(login=LOGINS["head"]).one().active
