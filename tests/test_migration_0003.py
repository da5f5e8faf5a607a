"""Migration 0003 on a database of the previous version: decisions and NACE titles carried over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import select, text

from niro_desk import schema_migrations
from niro_desk.database import Database, open_database
from niro_desk.models import BoardDecision, BoardDecisionState, IndustryCode


@pytest.fixture
def blank_db(blank_database_url: str) -> Iterator[Database]:
    database = open_database(blank_database_url)
    yield database
    database.dispose()


def _upgrade_to(db: Database, revision: str) -> None:
    config = schema_migrations.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_0003_keeps_old_decisions_as_applied_and_completes_the_german_titles(
    blank_db: Database,
) -> None:
    _upgrade_to(blank_db, "0002")
    with blank_db.engine.begin() as connection:
        # a database from before the complete WZ list: titles missing or abridged
        connection.execute(text("UPDATE industry_code SET title_de = '' WHERE level = 'group'"))
        connection.execute(
            text("UPDATE industry_code SET title_de = 'Mechanik a.n.g.' WHERE code = '25.62'")
        )
        connection.execute(
            text(
                "INSERT INTO office_user (id, login, display_name, created_at)"
                " VALUES (1, 'alt', 'Alt', '2026-01-02 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO organisation (id, name, kind, membership_status, legal_form, street,"
                " postal_code, city, region, country, website, vat_id, notes, created_at,"
                " updated_at) VALUES (1, 'Alt GmbH', 'member', 'member', '', '', '', '', '',"
                " 'DE', '', '', '', '2026-01-02 10:00:00', '2026-01-02 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO board_decision (id, organisation_id, kind, decided_on, reason,"
                " conflicts, recorded_by_id, recorded_at) VALUES (1, 1,"
                " 'admission_despite_conflict', '2026-01-01', 'alt', '[]', 1,"
                " '2026-01-02 10:00:00')"
            )
        )
    schema_migrations.upgrade(blank_db)
    with blank_db.reading() as session:
        decision = session.scalars(select(BoardDecision)).one()
        assert decision.state == BoardDecisionState.APPLIED
        assert decision.applied_at == decision.recorded_at
        assert decision.sales_profile_fingerprint is None
        machining = session.get(IndustryCode, "25.62")
        assert machining is not None and machining.title_de == "Mechanik a. n. g."
        empty = session.scalars(select(IndustryCode.code).where(IndustryCode.title_de == "")).all()
        assert empty == []
    assert schema_migrations.check(blank_db).ok
