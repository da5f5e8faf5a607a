"""Migration 0011 on a database of the previous version: OS users stay, accounts stay off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import select, text

from niro_desk import schema_migrations
from niro_desk.database import Database, open_database
from niro_desk.models import AuditEntry, OfficeUser
from niro_desk.permissions import accounts_enabled


@pytest.fixture
def blank_db(blank_database_url: str) -> Iterator[Database]:
    database = open_database(blank_database_url)
    yield database
    database.dispose()


def test_0011_keeps_the_os_users_and_their_history(blank_db: Database) -> None:
    config = schema_migrations.alembic_config()
    with blank_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        connection.execute(
            text(
                "INSERT INTO office_user (login, display_name, created_at)"
                " VALUES ('eva', 'Eva', CURRENT_TIMESTAMP)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO audit_entry (at, user_id, action, entity_type, entity_id, summary)"
                " VALUES (CURRENT_TIMESTAMP, 1, 'update', 'organisation', 1, 'before accounts')"
            )
        )
    schema_migrations.upgrade(blank_db)
    assert schema_migrations.check(blank_db).ok
    with blank_db.reading() as session:
        eva = session.scalars(select(OfficeUser)).one()
        assert (eva.login, eva.active, eva.failed_attempts) == ("eva", True, 0)
        assert eva.password_hash is None and eva.role_set() == frozenset()
        assert session.scalars(select(AuditEntry)).one().user_id == eva.id
        assert not accounts_enabled(session)
