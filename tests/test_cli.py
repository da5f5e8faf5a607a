"""The ``niro-desk`` command, run in-process: db upgrade/check/backup/restore and demo."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from niro_desk import __version__, cli, demo_network, schema_migrations
from niro_desk.database import Database, open_database, sqlite_path
from niro_desk.models import Contact, MembershipStatus, Organisation, OrganisationKind

# Every test asks for ``qapp`` first: cli.main() would otherwise create a bare
# QCoreApplication, and the widget tests later in the run could not get a QApplication.
pytestmark = pytest.mark.usefixtures("qapp")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make_exist(url: str) -> None:
    """A blank SQLite database is a file of its own (commands that only read create none)."""
    path = sqlite_path(url)
    if path is not None:
        sqlite3.connect(path).close()


def _names(url: str) -> list[str]:
    db = open_database(url)
    try:
        with db.reading() as session:
            return list(session.scalars(select(Organisation.name).order_by(Organisation.name)))
    finally:
        db.dispose()


def _add_customer(url: str, name: str) -> None:
    db = open_database(url)
    try:
        with db.transaction() as session:
            session.add(Organisation(name=name, kind=OrganisationKind.CUSTOMER))
    finally:
        db.dispose()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_db_upgrade_then_check(capsys: pytest.CaptureFixture[str], blank_database_url: str) -> None:
    code, out, err = run(capsys, "--database", blank_database_url, "db", "upgrade")
    assert (code, err) == (0, "")
    assert f"Schema is at version {schema_migrations.head_revision()}." in out

    code, out, err = run(capsys, "--database", blank_database_url, "db", "check")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == "OK"
    assert f"(newest: {schema_migrations.head_revision()})" in out
    assert not any("Integrity problem" in line or "differs" in line for line in lines)


def test_db_check_hides_the_password(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    code, out, _err = run(capsys, "--database", db.url, "db", "check")
    assert code == 0
    if db.engine.url.password:
        assert db.engine.url.password not in out


def test_db_check_reports_problems(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE organisation ADD COLUMN stray_note VARCHAR(20)"))
    code, out, _err = run(capsys, "--database", db.url, "db", "check")
    assert code == 1
    assert "stray_note" in out
    assert out.splitlines()[-1] == "PROBLEMS FOUND"


def test_db_check_reports_an_old_schema(
    capsys: pytest.CaptureFixture[str], blank_database_url: str
) -> None:
    make_exist(blank_database_url)
    code, out, _err = run(capsys, "--database", blank_database_url, "db", "check")
    assert code == 1
    assert "Schema version: - " in out
    assert out.splitlines()[-1] == "PROBLEMS FOUND"


def test_db_backup_and_restore(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    _add_customer(database_url, "Kunde AG")
    backup = tmp_path / "backup.sqlite3"

    code, out, err = run(capsys, "--database", database_url, "db", "backup", str(backup))
    assert (code, err) == (0, "")
    assert f"Backup written to {backup}" in out
    assert backup.is_file()

    _add_customer(database_url, "Danach GmbH")
    assert _names(database_url) == ["Danach GmbH", "Kunde AG"]

    code, out, err = run(capsys, "--database", database_url, "db", "restore", str(backup))
    assert (code, err) == (0, "")
    assert f"Backup verified (schema version {schema_migrations.head_revision()})." in out
    assert f"Database restored from {backup}" in out
    assert _names(database_url) == ["Kunde AG"]


def test_db_backup_refuses_an_existing_file(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("keep me", encoding="utf-8")
    code, out, err = run(capsys, "--database", database_url, "db", "backup", str(taken))
    assert code == 1
    assert out == ""
    assert err.startswith("niro-desk: error: ")
    assert "exists already" in err
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_db_restore_refuses_a_bad_file(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    _add_customer(database_url, "Kunde AG")
    bad = tmp_path / "future.sqlite3"
    with closing(sqlite3.connect(bad)) as connection, connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    code, out, err = run(capsys, "--database", database_url, "db", "restore", str(bad))
    assert code == 1
    assert "Database restored" not in out
    assert "9999_future" in err
    assert _names(database_url) == ["Kunde AG"]


def test_unsupported_database_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--database", "mysql://office:secret@host/niro", "db", "check")
    assert code == 2
    assert out == ""
    assert "NIRO Desk cannot work with the database" in err
    assert "secret" not in err


def test_default_database_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NIRO_DESK_DATABASE_URL", raising=False)
    code, _out, _err = run(capsys, "db", "upgrade")
    assert code == 0
    assert (tmp_path / "data" / "niro_desk.sqlite3").is_file()


def test_environment_database_url(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NIRO_DESK_DATABASE_URL", f"sqlite:///{chosen}")
    code, _out, _err = run(capsys, "db", "upgrade")
    assert code == 0
    assert chosen.is_file()
    assert not (tmp_path / "data" / "niro_desk.sqlite3").exists()


def test_demo_fills_an_empty_database_once(
    capsys: pytest.CaptureFixture[str], blank_database_url: str
) -> None:
    code, out, err = run(capsys, "demo", "--database", blank_database_url)
    assert (code, err) == (0, "")
    written = re.search(
        r"Demo network written: (\d+) members, (\d+) on the waiting list, (\d+) applicants,"
        r" (\d+) former members, (\d+) customers, (\d+) suppliers, (\d+) contacts\.",
        out,
    )
    assert written is not None, out
    current, waiting, applicants, former, customers, suppliers, contacts = map(
        int, written.groups()
    )
    members = current + waiting + applicants + former  # every organisation of kind member
    assert current > 0 and waiting > 0
    assert customers > 0

    db = open_database(blank_database_url)
    try:
        assert not demo_network.is_empty(db)
        assert schema_migrations.check(db).ok
        with db.reading() as session:
            kinds = list(session.scalars(select(Organisation.kind)))
            statuses = list(session.scalars(select(Organisation.membership_status)))
            contact_rows = session.scalar(select(func.count()).select_from(Contact))
        assert contact_rows == contacts
        assert kinds.count(OrganisationKind.MEMBER) == members
        assert statuses.count(MembershipStatus.MEMBER) == current
        assert statuses.count(MembershipStatus.WAITING) == waiting
        assert kinds.count(OrganisationKind.CUSTOMER) == customers
        assert kinds.count(OrganisationKind.SUPPLIER) == suppliers
    finally:
        db.dispose()
    names_before = _names(blank_database_url)

    code, out, err = run(capsys, "demo", "--database", blank_database_url)
    assert code == 1
    assert out == ""
    assert "not empty" in err
    assert _names(blank_database_url) == names_before


def test_demo_refuses_a_database_with_data(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    _add_customer(database_url, "Echte Kunde AG")
    code, _out, err = run(capsys, "demo", "--database", database_url)
    assert code == 1
    assert "not empty" in err
    assert _names(database_url) == ["Echte Kunde AG"]
