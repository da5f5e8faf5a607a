"""Backup to one SQLite file and restore from it, on both engines; bad files change nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from niro_desk import db_backup, schema_migrations
from niro_desk.config import sqlite_url
from niro_desk.database import Database, open_database
from niro_desk.errors import DatabaseError
from niro_desk.models import Organisation, OrganisationKind


def _add(db: Database, name: str, city: str = "") -> int:
    with db.transaction() as session:
        organisation = Organisation(name=name, kind=OrganisationKind.CUSTOMER, city=city)
        session.add(organisation)
        session.flush()
        return organisation.id


def _organisations(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(Organisation.name, Organisation.city).order_by(Organisation.name)
        )
        return [(name, city) for name, city in rows]


def _sqlite(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(sql)


@pytest.fixture
def backed_up(db: Database, tmp_path: Path) -> Path:
    """``db`` with one customer, backed up; afterwards the data is changed."""
    _add(db, "Kunde AG", city="Kassel")
    target = tmp_path / "backups" / "niro-backup.sqlite3"
    db_backup.backup(db, target)
    with db.transaction() as session:
        customer = session.scalars(select(Organisation)).one()
        customer.city = "Fulda"
        session.add(Organisation(name="Neu GmbH", kind=OrganisationKind.SUPPLIER))
    assert _organisations(db) == [("Kunde AG", "Fulda"), ("Neu GmbH", "")]
    return target


def test_backup_is_a_verified_sqlite_file(db: Database, backed_up: Path) -> None:
    assert backed_up.is_file()
    assert db_backup.verify_backup(backed_up) == schema_migrations.head_revision()
    with closing(sqlite3.connect(f"file:{backed_up}?mode=ro", uri=True)) as copy:
        assert copy.execute("SELECT name, city, kind FROM organisation").fetchall() == [
            ("Kunde AG", "Kassel", "customer")
        ]
        assert copy.execute("SELECT count(*) FROM industry_code").fetchone() == (996,)


def test_restore_brings_the_data_back(db: Database, backed_up: Path) -> None:
    db_backup.restore(db, backed_up)
    assert _organisations(db) == [("Kunde AG", "Kassel")]
    assert schema_migrations.check(db).ok
    counts = db_backup.row_counts(db)
    assert counts["organisation"] == 1
    assert counts["industry_code"] == 996
    # The database stays usable: new rows get fresh keys (sequences reset on PostgreSQL).
    with db.reading() as session:
        restored_id = session.scalars(select(Organisation.id)).one()
    assert _add(db, "Nach Restore KG") > restored_id
    assert backed_up.is_file()  # the backup itself is kept
    assert not list(backed_up.parent.glob("*.restoring*"))
    assert sorted(p.name for p in backed_up.parent.iterdir()) == [backed_up.name]


def test_backup_of_an_empty_database_restores_to_empty(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite3"
    db_backup.backup(db, target)
    _add(db, "Später AG")
    db_backup.restore(db, target)
    assert _organisations(db) == []


def test_backup_refuses_an_existing_target(db: Database, tmp_path: Path) -> None:
    _add(db, "Kunde AG")
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"something the user keeps")
    with pytest.raises(DatabaseError, match="exists already"):
        db_backup.backup(db, target)
    assert target.read_bytes() == b"something the user keeps"


def _refused(db: Database, bad: Path, match: str) -> None:
    before = _organisations(db)
    with pytest.raises(DatabaseError, match=match):
        db_backup.restore(db, bad)
    assert _organisations(db) == before
    assert schema_migrations.check(db).ok
    assert not list(bad.parent.glob("*.restoring*"))


def test_restore_refuses_a_file_that_is_not_sqlite(db: Database, backed_up: Path) -> None:
    bad = backed_up.with_name("notes.sqlite3")
    bad.write_text("Mitgliederliste 2026\nKunde AG;Kassel\n" * 200, encoding="utf-8")
    _refused(db, bad, "not a NIRO Desk backup")


def test_restore_refuses_a_damaged_file(db: Database, backed_up: Path) -> None:
    bad = backed_up.with_name("damaged.sqlite3")
    data = bytearray(backed_up.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 4 * page_size
    for page in range(1, len(data) // page_size):  # keep the header page, wreck the rest
        start = page * page_size
        data[start : start + 64] = b"\xff" * 64
    bad.write_bytes(bytes(data))
    _refused(db, bad, "damaged|not a NIRO Desk backup")


def test_restore_refuses_an_unknown_revision(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "UPDATE alembic_version SET version_num = '9999_future'")
    _refused(db, backed_up, "9999_future")


def test_restore_refuses_a_sqlite_file_without_schema_version(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "other-app.sqlite3"
    _sqlite(bad, "CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT)")
    _refused(db, bad, "no schema version")


def test_restore_refuses_a_missing_file(db: Database, tmp_path: Path) -> None:
    _refused(db, tmp_path / "nowhere.sqlite3", "does not exist")


def test_restore_of_an_older_backup_upgrades_a_copy(db: Database, tmp_path: Path) -> None:
    old = tmp_path / "old-backup.sqlite3"
    old_db = open_database(sqlite_url(old), check_share=False)
    try:
        config = schema_migrations.alembic_config()
        with old_db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            connection.execute(
                text(
                    "INSERT INTO organisation (name, kind, legal_form, street, postal_code, city,"
                    " region, country, website, vat_id, notes, created_at, updated_at) VALUES"
                    " ('Alt GmbH', 'customer', '', '', '', 'Kassel', '', 'DE', '', '', '',"
                    " '2025-01-01 00:00:00+00:00', '2025-01-01 00:00:00+00:00')"
                )
            )
    finally:
        old_db.dispose()
    old_bytes = old.read_bytes()
    _add(db, "Heute AG")

    db_backup.restore(db, old)

    assert _organisations(db) == [("Alt GmbH", "Kassel")]
    assert schema_migrations.check(db).ok
    assert old.read_bytes() == old_bytes  # the backup file itself is never upgraded
    assert not list(tmp_path.glob("old-backup*before-upgrade*"))
