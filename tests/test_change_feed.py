"""Changes made on another PC reach this one: NOTIFY on PostgreSQL, an audit poll on SQLite."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from niro_desk import audit
from niro_desk.change_feed import Change, ChangeFeed, open_change_feed
from niro_desk.database import Database, open_database
from niro_desk.membership.organisations import OrganisationInput, create_organisation
from niro_desk.models import OrganisationKind
from niro_desk.users import ensure_user


@pytest.fixture
def second_pc(database_url: str) -> Database:
    other = open_database(database_url)
    yield other
    other.dispose()


@pytest.fixture
def feed(db: Database) -> ChangeFeed:
    opened = open_change_feed(db)
    yield opened
    opened.close()


def create(pc: Database, name: str) -> int:
    with pc.transaction() as session:
        return create_organisation(
            session,
            ensure_user(session, "anna"),
            OrganisationInput(name=name),
            OrganisationKind.CUSTOMER,
        ).id


def poll_until(feed: ChangeFeed, seconds: float = 5.0) -> Change | None:
    """NOTIFY arrives asynchronously: look a few times before concluding nothing came."""
    deadline = time.monotonic() + seconds
    while True:
        change = feed.poll()
        if change is not None or time.monotonic() > deadline:
            return change
        time.sleep(0.05)


def test_a_change_on_another_pc_is_noticed(
    db: Database, second_pc: Database, feed: ChangeFeed
) -> None:
    assert feed.poll() is None
    organisation_id = create(second_pc, "Hellweg Stanztechnik GmbH")
    change = poll_until(feed)
    assert change is not None
    assert change.entities == frozenset({("organisation", organisation_id)})
    assert change.touches("organisation") and not change.touches("contact")
    assert feed.poll() is None  # reported once


def test_own_changes_are_not_reported(db: Database, feed: ChangeFeed) -> None:
    create(db, "Eigene GmbH")
    assert poll_until(feed, 1.0) is None


def test_a_rolled_back_change_is_not_reported(
    db: Database, second_pc: Database, feed: ChangeFeed
) -> None:
    with pytest.raises(RuntimeError), second_pc.transaction() as session:
        create_organisation(
            session,
            ensure_user(session, "anna"),
            OrganisationInput(name="Nie gespeichert GmbH"),
            OrganisationKind.CUSTOMER,
        )
        session.flush()
        raise RuntimeError("the save fails")
    assert poll_until(feed, 1.0) is None


def test_many_changes_at_once_mean_everything(
    db: Database, second_pc: Database, feed: ChangeFeed
) -> None:
    with second_pc.transaction() as session:
        user = ensure_user(session, "anna")
        for number in range(600):
            audit.record(session, user, "import", "organisation", number + 1, "imported")
    change = poll_until(feed)
    assert change is not None and change.entities is None
    assert change.touches("contact")


def test_a_change_is_reported_only_once_committed(
    db: Database, second_pc: Database, feed: ChangeFeed
) -> None:
    """PostgreSQL delivers the NOTIFY at commit; SQLite's poll does not see uncommitted rows."""
    with second_pc.transaction() as session:
        create_organisation(
            session,
            ensure_user(session, "anna"),
            OrganisationInput(name="Wartend GmbH"),
            OrganisationKind.CUSTOMER,
        )
        session.flush()
        time.sleep(0.3)
        assert feed.poll() is None  # nothing before the commit
    assert poll_until(feed) is not None
    # a transaction without audit entries sends nothing
    with second_pc.transaction() as session:
        session.execute(text("SELECT 1"))
    assert poll_until(feed, 1.0) is None
