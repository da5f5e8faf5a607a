"""The ``niro-desk`` command, run in-process: db upgrade/check/backup/restore and demo."""

from __future__ import annotations

import io
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from niro_desk import __version__, cli, demo, schema_migrations
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


PASSWORD = "Geheim-4711-Passwort"


def _with_password(url: str) -> str:
    """The test server trusts local connections, so any password gets in."""
    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_db_check_never_prints_the_password(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    url = _with_password(db.url)
    code, out, err = run(capsys, "--database", url, "db", "check")
    assert code == 0, err
    assert PASSWORD not in out + err
    assert "Database: postgresql+psycopg://postgres:***@" in out
    # ... also when the check finds problems.
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE organisation DROP COLUMN website"))
    code, out, err = run(capsys, "--database", url, "db", "check")
    assert code == 1
    assert PASSWORD not in out + err


@pytest.mark.parametrize("backend", ["postgresql"])
def test_backup_and_restore_never_print_the_password(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    url = _with_password(db.url)
    backup = tmp_path / "backup.sqlite3"
    code, out, err = run(capsys, "--database", url, "db", "backup", str(backup))
    assert code == 0, err
    code, out2, err2 = run(capsys, "--database", url, "db", "restore", str(backup), "--yes")
    assert code == 0, err2
    assert PASSWORD not in out + err + out2 + err2
    assert PASSWORD.encode() not in backup.read_bytes()  # the seal names the source


def test_db_check_passes_a_good_database(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    code, out, err = run(capsys, "--database", db.url, "db", "check")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "OK"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            "ALTER TABLE organisation ADD COLUMN stray_note VARCHAR(20)",
            "Table organisation has a column stray_note that NIRO Desk does not know.",
        ),
        (
            "ALTER TABLE organisation DROP COLUMN website",
            "Table organisation lacks column website.",
        ),
        ("DROP TABLE contact_expertise", "Table contact_expertise is missing."),
        (
            "CREATE TABLE stray_table (id INTEGER PRIMARY KEY)",
            "Table stray_table does not belong to NIRO Desk.",
        ),
    ],
    ids=["extra-column", "missing-column", "missing-table", "extra-table"],
)
def test_db_check_reports_problems_in_words(
    capsys: pytest.CaptureFixture[str], db: Database, damage: str, expected: str
) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(damage))
    code, out, _err = run(capsys, "--database", db.url, "db", "check")
    assert code == 1
    assert out.splitlines()[2:] == [expected, "PROBLEMS FOUND"]
    assert "Table(" not in out and "Column(" not in out  # no Alembic objects


def test_db_check_reports_a_broken_rule_in_words(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        else:
            connection.execute(
                text(
                    "ALTER TABLE organisation DROP CONSTRAINT"
                    " ck_organisation_employees_not_negative"
                )
            )
        connection.execute(
            text(
                "INSERT INTO organisation (id, name, kind, legal_form, street, postal_code, city,"
                " region, country, website, vat_id, notes, employees, created_at, updated_at)"
                " VALUES (7, 'Minus GmbH', 'customer', '', '', '', '', '', 'DE', '', '', '', -3,"
                " '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')"
            )
        )
    code, out, _err = run(capsys, "--database", db.url, "db", "check")
    assert code == 1
    assert (
        "1 rows of table organisation break the rule ck_organisation_employees_not_negative"
        " (first: row 7)."
    ) in out.splitlines()
    assert out.splitlines()[-1] == "PROBLEMS FOUND"


def test_db_check_of_an_empty_database(
    capsys: pytest.CaptureFixture[str], blank_database_url: str
) -> None:
    make_exist(blank_database_url)
    code, out, _err = run(capsys, "--database", blank_database_url, "db", "check")
    assert code == 1
    assert "Schema version: - " in out
    assert out.splitlines()[-2:] == [
        "The database is empty: run `niro-desk db upgrade`.",
        "PROBLEMS FOUND",
    ]


def test_db_check_of_an_older_database(
    capsys: pytest.CaptureFixture[str], blank_database_url: str
) -> None:
    db = open_database(blank_database_url)
    try:
        config = schema_migrations.alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
    finally:
        db.dispose()
    code, out, _err = run(capsys, "--database", blank_database_url, "db", "check")
    assert code == 1
    head = schema_migrations.head_revision()
    assert out.splitlines()[-2:] == [
        f"The database is at an older version (0001, newest {head}): run `niro-desk db upgrade`.",
        "PROBLEMS FOUND",
    ]


def test_db_check_of_a_database_from_a_newer_version(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    code, out, _err = run(capsys, "--database", db.url, "db", "check")
    assert code == 1
    assert (
        "The database has schema version 9999_future, which this NIRO Desk does not know"
        " (written by a newer version?)."
    ) in out.splitlines()


class _Terminal(io.StringIO):
    """Standard input that is a terminal, with the user's answer typed in."""

    def isatty(self) -> bool:
        return True


def test_db_backup_and_restore(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_customer(database_url, "Kunde AG")
    backup = tmp_path / "backup.sqlite3"

    code, out, err = run(capsys, "--database", database_url, "db", "backup", str(backup))
    assert (code, err) == (0, "")
    assert f"Backup written to {backup}" in out
    assert backup.is_file()

    _add_customer(database_url, "Danach GmbH")
    assert _names(database_url) == ["Danach GmbH", "Kunde AG"]

    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    code, out, err = run(capsys, "--database", database_url, "db", "restore", str(backup))
    assert (code, err) == (0, "")
    assert f"Backup verified: {backup}" in out
    assert f"(schema version {schema_migrations.head_revision()})." in out
    assert re.search(r"^  Organisations\s+2\s+1$", out, re.MULTILINE), out
    assert "with this backup? A safety copy of the current data is written first. [y/N]" in out
    copy = re.search(r"Safety copy of the replaced data: (.+)$", out, re.MULTILINE)
    assert copy is not None
    assert Path(copy.group(1)).is_file()
    assert f"Database restored from {backup}" in out
    assert _names(database_url) == ["Kunde AG"]

    # The safety copy undoes the restore.
    code, out, err = run(
        capsys, "--database", database_url, "db", "restore", copy.group(1), "--yes"
    )
    assert (code, err) == (0, "")
    assert _names(database_url) == ["Danach GmbH", "Kunde AG"]


def test_db_restore_answered_no_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "--database", database_url, "db", "backup", str(backup))[0] == 0
    _add_customer(database_url, "Bleibt AG")
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code, out, _err = run(capsys, "--database", database_url, "db", "restore", str(backup))
    assert code == 1
    assert out.splitlines()[-1].endswith("Nothing was changed.")
    assert "Safety copy" not in out
    assert _names(database_url) == ["Bleibt AG"]


def test_db_restore_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "--database", database_url, "db", "backup", str(backup))[0] == 0
    _add_customer(database_url, "Bleibt AG")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # a pipe, not a terminal
    code, out, err = run(capsys, "--database", database_url, "db", "restore", str(backup))
    assert code != 0
    assert "there is no terminal to ask on: add --yes to restore without asking." in err
    assert "Database restored" not in out
    assert _names(database_url) == ["Bleibt AG"]


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
        assert not demo.is_empty(db)
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
