"""``niro-desk agreement summary``, ``member statement(s)``: files, words, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from agreement_builders import board_agreement
from pypdf import PdfReader

from niro_desk import cli
from niro_desk.database import Database

pytestmark = pytest.mark.usefixtures("qapp")


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\u00a0", " ")


def test_summary_statement_and_batch(
    db: Database, database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with db.transaction() as session:
        record = board_agreement(session, participants=3)
        agreement_id = record.id
        member_id = record.participations[0].organisation_id
    base = ["--database", database_url]
    summary = tmp_path / "summary.pdf"
    assert (
        cli.main(
            [*base, "--lang", "de", "agreement", "summary", str(agreement_id), "-o", str(summary)]
        )
        == 0
    )
    assert "summary.pdf" in capsys.readouterr().out
    assert "Seite 1 von 1" in _text(summary)

    statement = tmp_path / "statement.pdf"
    assert (
        cli.main(
            [
                *base,
                "--lang",
                "en",
                "member",
                "statement",
                str(member_id),
                "--year",
                "2026",
                "-o",
                str(statement),
            ]
        )
        == 0
    )
    assert "The purchasing pool saved you €2,654.33; your fee was €3,000.00." in " ".join(
        _text(statement).split()
    )
    folder = tmp_path / "all"
    assert cli.main([*base, "member", "statements", "--year", "2026", "-o", str(folder)]) == 0
    assert len(list(folder.glob("2026_*.pdf"))) == 3
    assert "3 statement(s) for 2026" in capsys.readouterr().out


def test_errors_are_one_line_with_exit_codes(
    db: Database, database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["--lang", "en", "--database", database_url]
    assert cli.main([*base, "agreement", "summary", "4711", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.startswith("niro-desk: error: The agreement no longer exists.")
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*base, "member", "statement", "1", "-o", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2
    assert "--year" in capsys.readouterr().err
    missing = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    code = cli.main(["--database", missing, "member", "statements", "--year", "2026", "-o", "f"])
    assert code == 2
    assert not (tmp_path / "none.sqlite3").exists()
