"""``niro-desk collection workbooks`` and ``collection import``, run in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from collection_workbook_builders import fill, open_pool
from sqlalchemy import func, select

from niro_desk import cli
from niro_desk.database import Database
from niro_desk.models import RequirementSubmission

pytestmark = pytest.mark.usefixtures("qapp")  # see test_cli.py


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _submissions(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(RequirementSubmission)) or 0


def test_workbooks_emails_and_import(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    pool = open_pool(db)
    out = tmp_path / "out"
    code, stdout, stderr = run(
        capsys,
        "--database",
        db.url,
        "collection",
        "workbooks",
        str(pool.collection_id),
        "-o",
        str(out),
        "--emails",
    )
    assert code == 0
    assert "3 workbook(s), 2 e-mail draft(s)" in stdout
    assert "No e-mail address for Gamma KG" in stderr
    assert len(list(out.glob("*.eml"))) == 2
    workbooks = {p.name: p for p in out.glob("*.xlsx")}
    alpha = next(p for name, p in workbooks.items() if name.startswith("Energy 2027 - Alpha"))
    beta = next(p for name, p in workbooks.items() if "Beta" in name)

    back = tmp_path / "back"
    back.mkdir()
    fill(alpha, back / "alpha.xlsx", {pool.power: {"volume": "1.200 MWh"}})
    fill(beta, back / "beta.xlsx", {pool.power: {"volume": "lots"}})
    (back / "notes.xlsx").write_text("not a workbook")
    argv = ("--database", db.url, "collection", "import", str(pool.collection_id), str(back))
    code, stdout, stderr = run(capsys, *argv, "--dry-run")
    assert code == 1
    assert "alpha.xlsx (Alpha GmbH): 1 line(s), OK" in stdout
    assert "Dry run: nothing was written." in stdout
    assert "beta.xlsx (Beta B.V.): 1 problem(s), nothing saved:" in stderr
    assert "Sheet “Requirements”, row " in stderr and "“lots” is not a volume" in stderr
    assert "notes.xlsx: REFUSED:" in stderr
    assert _submissions(db) == 1  # last year's answer only

    code, stdout, stderr = run(capsys, *argv)
    assert code == 1  # something was refused, but the valid workbook is saved
    assert "alpha.xlsx (Alpha GmbH): 1 line(s) saved" in stdout
    assert "1 saved, 0 skipped, 2 refused." in stdout
    assert _submissions(db) == 2

    code, stdout, _ = run(
        capsys, "--database", db.url, "collection", "import", str(pool.collection_id),
        str(back / "alpha.xlsx"),
    )  # fmt: skip
    assert code == 0


def test_one_participant_and_reminders(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    pool = open_pool(db)
    base = ("--database", db.url, "collection", "workbooks", str(pool.collection_id))
    code, stdout, _ = run(capsys, *base, "--participant", str(pool.beta), "-o", str(tmp_path))
    assert code == 0 and "1 workbook(s)" in stdout and "Beta B.V." in stdout
    code, stdout, _ = run(capsys, *base, "--reminders", "-o", str(tmp_path / "r"))
    assert code == 0 and "3 workbook(s), 2 e-mail draft(s)" in stdout
    assert len(list((tmp_path / "r").glob("* - reminder.eml"))) == 2


def test_an_unknown_collection_is_an_error_in_words(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    code, _, stderr = run(
        capsys, "--database", db.url, "collection", "import", "999", str(tmp_path)
    )
    assert code != 0
    assert "The requirement collection #999 no longer exists." in stderr
    assert "Traceback" not in stderr
