"""Alembic migrations: a blank database reaches head, models and tables agree, upgrades are safe."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, func, select, text

from niro_desk import schema_migrations
from niro_desk.database import Database, open_database, sqlite_path
from niro_desk.errors import DatabaseError
from niro_desk.models import IndustryCode

NACE_CODES = 996
NACE_CLASSES = 615


@pytest.fixture
def blank_db(blank_database_url: str) -> Iterator[Database]:
    database = open_database(blank_database_url)
    yield database
    database.dispose()


def _upgrade_to(db: Database, revision: str) -> None:
    """Migrate with Alembic directly, as an older NIRO Desk would have."""
    config = schema_migrations.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return schema_migrations.current_revision(connection)


def _backups_next_to(db: Database) -> list[Path]:
    path = sqlite_path(db.url)
    if path is None:
        return []
    return sorted(path.parent.glob(f"{path.stem}.before-upgrade-*"))


def test_blank_database_upgrades_to_head(blank_db: Database) -> None:
    assert _revision(blank_db) is None
    assert schema_migrations.upgrade(blank_db) is None  # nothing to keep a copy of
    assert _revision(blank_db) == schema_migrations.head_revision()
    report = schema_migrations.check(blank_db)
    assert report.revision == report.head == schema_migrations.head_revision()
    assert report.differences == []
    assert report.integrity_problems == []
    assert report.ok
    assert _backups_next_to(blank_db) == []


def test_models_and_migrations_agree(blank_db: Database) -> None:
    schema_migrations.upgrade(blank_db)
    with blank_db.engine.connect() as connection:
        assert schema_migrations.schema_differences(connection) == []


def test_upgrade_at_head_does_nothing(blank_db: Database) -> None:
    schema_migrations.upgrade(blank_db)
    assert schema_migrations.upgrade(blank_db) is None
    assert _backups_next_to(blank_db) == []
    assert schema_migrations.check(blank_db).ok


def test_schema_head_constant_is_alembics_head() -> None:
    """Start-up skips Alembic when the database is at SCHEMA_HEAD: it must be the real head."""
    assert schema_migrations.head_revision() == schema_migrations.SCHEMA_HEAD


def test_revisions_form_one_line_from_0001() -> None:
    revisions = schema_migrations.known_revisions()
    assert "0001" in revisions
    assert schema_migrations.head_revision() in revisions


def test_nace_reference_data_is_loaded(blank_db: Database) -> None:
    schema_migrations.upgrade(blank_db)
    with blank_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IndustryCode)) == NACE_CODES
        classes = session.scalar(
            select(func.count()).select_from(IndustryCode).where(IndustryCode.level == "class")
        )
        assert classes == NACE_CLASSES
        levels = dict(
            session.execute(
                select(IndustryCode.level, func.count()).group_by(IndustryCode.level)
            ).all()
        )
        assert levels == {"section": 21, "division": 88, "group": 272, "class": NACE_CLASSES}
        machining = session.get(IndustryCode, "25.62")
        assert machining is not None
        assert machining.level == "class"
        assert machining.parent_code == "25.6"
        assert machining.title("en") == "Machining"
        assert machining.title("de") == "Mechanik a. n. g."
        # Every parent exists, and only sections have none.
        orphans = session.scalar(
            select(func.count())
            .select_from(IndustryCode)
            .where(
                IndustryCode.parent_code.is_not(None),
                IndustryCode.parent_code.not_in(select(IndustryCode.code)),
            )
        )
        assert orphans == 0
        roots = session.scalars(
            select(IndustryCode.level).where(IndustryCode.parent_code.is_(None)).distinct()
        ).all()
        assert roots == ["section"]


def test_check_notices_a_database_that_is_behind(blank_db: Database) -> None:
    _upgrade_to(blank_db, "0001")
    report = schema_migrations.check(blank_db)
    assert report.revision == "0001"
    assert not report.ok


def test_check_notices_a_table_that_differs_from_the_models(db: Database) -> None:
    assert schema_migrations.check(db).ok
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE organisation ADD COLUMN stray_note VARCHAR(20)"))
    report = schema_migrations.check(db)
    assert report.revision == report.head
    assert any("stray_note" in str(difference) for difference in report.differences)
    assert not report.ok


def _insert_older_data(connection: Connection) -> None:
    connection.execute(
        text(
            "INSERT INTO organisation (id, name, kind, membership_status, legal_form, street,"
            " postal_code, city, region, country, website, vat_id, notes, created_at, updated_at)"
            " VALUES (1, 'Altbestand GmbH', 'customer', NULL, 'GmbH', '', '', 'Kassel', '', 'DE',"
            " '', '', '', :now, :now)"
        ),
        {"now": "2025-01-01 00:00:00+00:00"},
    )


def test_upgrading_an_older_database_keeps_its_data(blank_db: Database) -> None:
    _upgrade_to(blank_db, "0001")
    with blank_db.engine.begin() as connection:
        _insert_older_data(connection)
    schema_migrations.upgrade(blank_db)
    assert _revision(blank_db) == schema_migrations.head_revision()
    assert schema_migrations.check(blank_db).ok
    with blank_db.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organisation")).scalars().all() == [
            "Altbestand GmbH"
        ]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_upgrading_an_older_sqlite_file_keeps_a_copy(blank_db: Database) -> None:
    _upgrade_to(blank_db, "0001")
    with blank_db.engine.begin() as connection:
        _insert_older_data(connection)
    path = sqlite_path(blank_db.url)
    assert path is not None

    backup = schema_migrations.upgrade(blank_db)

    assert backup is not None
    assert backup.parent == path.parent
    assert backup.name.startswith(f"{path.stem}.before-upgrade-0001-")
    assert backup.suffix == path.suffix
    assert _backups_next_to(blank_db) == [backup]
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Altbestand GmbH",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        assert "membership" not in tables  # 0002 was not applied to the copy
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _revision(blank_db) == schema_migrations.head_revision()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_migrations_run_without_foreign_key_enforcement(
    blank_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch mode copies tables: with foreign keys on, dropping the old copy cascades."""
    seen: list[int] = []
    real_upgrade = command.upgrade

    def spying_upgrade(config, revision):  # type: ignore[no-untyped-def]
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(config, revision)

    _upgrade_to(blank_db, "0001")
    monkeypatch.setattr(command, "upgrade", spying_upgrade)
    schema_migrations.upgrade(blank_db)
    assert seen == [0]
    # ... and afterwards the app's connections enforce them again.
    with blank_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unknown_revision_is_refused(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError, match="9999_future") as caught:
        schema_migrations.upgrade(db)
    assert "newer version" in str(caught.value)
    assert _revision(db) == "9999_future"  # nothing was touched
    assert _backups_next_to(db) == []
    assert not schema_migrations.check(db).ok
