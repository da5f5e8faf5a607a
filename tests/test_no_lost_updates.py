"""No lost updates: two office PCs editing the same record (issue 7), on both engines.

PC A and PC B are two ``Database`` objects on the same database, each with its
own user, as two office PCs would be. Each "dialog" loads a record, remembers
what it loaded and its version, and saves later.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from decimal import Decimal

import pytest
from membership_builders import TODAY, member
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from niro_desk import database as database_module
from niro_desk.database import Database, open_database
from niro_desk.errors import DatabaseBusy, StaleRecord
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    delete_contact,
    load_contact,
    update_contact,
)
from niro_desk.membership.organisations import (
    MembershipDetails,
    OrganisationInput,
    create_organisation,
    get_organisation,
    load_organisation,
    set_fee,
    update_membership_details,
    update_organisation,
)
from niro_desk.membership.relations import (
    NO_RELATION,
    declare_relation,
    relations_of,
    remove_relation,
)
from niro_desk.models import AuditEntry, Contact, Organisation, OrganisationKind, RelationKind
from niro_desk.users import ensure_user


@pytest.fixture
def second_pc(database_url: str) -> Database:
    other = open_database(database_url)
    yield other
    other.dispose()


def make_organisation(db: Database) -> int:
    with db.transaction() as session:
        organisation = create_organisation(
            session,
            ensure_user(session, "setup"),
            OrganisationInput(name="Hellweg Stanztechnik GmbH", city="Unna"),
            OrganisationKind.MEMBER,
            TODAY,
        )
        return organisation.id


def open_dialog(db: Database, organisation_id: int) -> tuple[OrganisationInput, int]:
    with db.reading() as session:
        organisation = get_organisation(session, organisation_id)
        return OrganisationInput.from_organisation(organisation), organisation.version


def audit_of(db: Database, entity_type: str, entity_id: int) -> list[AuditEntry]:
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        ).all()
        for entry in entries:
            _ = entry.user.login
        return list(entries)


def test_existing_and_new_records_start_at_version_one(db: Database) -> None:
    organisation_id = make_organisation(db)
    with db.reading() as session:
        organisation = load_organisation(session, organisation_id)
        assert organisation.version == 1
        assert organisation.membership is not None and organisation.membership.version == 1


def test_second_save_from_an_older_copy_is_refused_with_who_and_when(
    db: Database, second_pc: Database
) -> None:
    organisation_id = make_organisation(db)
    base_a, version_a = open_dialog(db, organisation_id)
    base_b, version_b = open_dialog(second_pc, organisation_id)

    # PC A saves a new city
    with db.transaction() as session:
        mine = OrganisationInput(**{**vars(base_a), "city": "Kamen"})
        update_organisation(
            session,
            ensure_user(session, "anna"),
            organisation_id,
            mine,
            base=base_a,
            expected_version=version_a,
        )
    before_refusal = dt.datetime.now(dt.UTC)

    # PC B saves a new website from its older copy: refused, saying who and when
    theirs = OrganisationInput(**{**vars(base_b), "website": "www.hellweg.example"})
    with pytest.raises(StaleRecord) as refused, second_pc.transaction() as session:
        update_organisation(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            theirs,
            base=base_b,
            expected_version=version_b,
        )
    assert refused.value.changed_by == "anna"
    assert refused.value.changed_at is not None
    assert abs((before_refusal - refused.value.changed_at).total_seconds()) < 60
    assert "anna" in str(refused.value) and "Hellweg Stanztechnik GmbH" in str(refused.value)
    with db.reading() as session:
        stored = get_organisation(session, organisation_id)
        assert (stored.city, stored.website, stored.version) == ("Kamen", "", 2)
    assert [e.user.login for e in audit_of(db, "organisation", organisation_id)] == [
        "setup",
        "anna",
    ]

    # PC B reloads and applies its change again: A's city stays, B's website is added,
    # and the audit says B changed the website only
    changes = theirs.changes_from(base_b)
    assert changes == {"website": "www.hellweg.example"}
    base_b, version_b = open_dialog(second_pc, organisation_id)
    with second_pc.transaction() as session:
        update_organisation(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            OrganisationInput(**{**vars(base_b), **changes}),
            base=base_b,
            expected_version=version_b,
        )
    with db.reading() as session:
        stored = get_organisation(session, organisation_id)
        assert (stored.city, stored.website, stored.version) == (
            "Kamen",
            "www.hellweg.example",
            3,
        )
    last = audit_of(db, "organisation", organisation_id)[-1]
    assert last.user.login == "bernd"
    assert last.before == {"website": ""}
    assert last.after == {"website": "www.hellweg.example"}


def test_only_the_fields_the_dialog_changed_are_written(db: Database, second_pc: Database) -> None:
    """Without a version (e.g. a caller that cannot know it) a stale copy still loses nothing."""
    organisation_id = make_organisation(db)
    base_b, _version = open_dialog(second_pc, organisation_id)
    with db.transaction() as session:
        organisation = get_organisation(session, organisation_id)
        organisation.city = "Kamen"
    with second_pc.transaction() as session:
        update_organisation(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            OrganisationInput(**{**vars(base_b), "website": "www.hellweg.example"}),
            base=base_b,
        )
    with db.reading() as session:
        stored = get_organisation(session, organisation_id)
        assert (stored.city, stored.website) == ("Kamen", "www.hellweg.example")
    last = audit_of(db, "organisation", organisation_id)[-1]
    assert last.after == {"website": "www.hellweg.example"}


def test_a_save_that_changes_nothing_is_not_audited(db: Database) -> None:
    organisation_id = make_organisation(db)
    base, version = open_dialog(db, organisation_id)
    with db.transaction() as session:
        update_organisation(
            session,
            ensure_user(session, "anna"),
            organisation_id,
            OrganisationInput(**{**vars(base), "city": " Unna "}),  # same after trimming
            base=base,
            expected_version=version,
        )
    assert [e.action for e in audit_of(db, "organisation", organisation_id)] == ["create"]
    assert open_dialog(db, organisation_id)[1] == version


def test_the_version_is_checked_in_the_update_itself(db: Database) -> None:
    """A change committed between loading and writing is caught by the UPDATE's WHERE."""
    organisation_id = make_organisation(db)
    with pytest.raises(StaleRecord) as refused, db.transaction() as session:
        organisation = session.get(Organisation, organisation_id)
        assert organisation is not None
        # another writer raises the version behind the ORM's back
        session.execute(
            update(Organisation)
            .where(Organisation.id == organisation_id)
            .values(version=Organisation.version + 1, city="Kamen")
            .execution_options(synchronize_session=False)
        )
        organisation.website = "www.hellweg.example"
        session.flush()
    assert "at the same moment" in str(refused.value)
    with db.reading() as session:
        assert get_organisation(session, organisation_id).city == "Unna"  # rolled back


def test_contacts_are_versioned_including_their_expertise(
    db: Database, second_pc: Database
) -> None:
    organisation_id = make_organisation(db)
    with db.transaction() as session:
        contact_id = create_contact(
            session,
            ensure_user(session, "setup"),
            organisation_id,
            ContactInput("Anna", "Kowalski", email="a.kowalski@example.de", expertise=["Zoll"]),
        ).id

    def load(pc: Database) -> tuple[ContactInput, int]:
        with pc.reading() as session:
            contact = load_contact(session, contact_id)
            return ContactInput.from_contact(contact), contact.version

    base_a, version_a = load(db)
    base_b, version_b = load(second_pc)
    # A changes only the expertise: that raises the contact's version too
    with db.transaction() as session:
        update_contact(
            session,
            ensure_user(session, "anna"),
            contact_id,
            ContactInput(**{**vars(base_a), "expertise": ["Zoll", "ISO 9001"]}),
            base=base_a,
            expected_version=version_a,
        )
    assert load(db)[1] == version_a + 1
    # B's phone number from the older copy is refused
    with pytest.raises(StaleRecord) as refused, second_pc.transaction() as session:
        update_contact(
            session,
            ensure_user(session, "bernd"),
            contact_id,
            ContactInput(**{**vars(base_b), "phone": "02303 123456"}),
            base=base_b,
            expected_version=version_b,
        )
    assert refused.value.changed_by == "anna"
    # and so is deleting it from the older copy
    with pytest.raises(StaleRecord), second_pc.transaction() as session:
        delete_contact(
            session, ensure_user(session, "bernd"), contact_id, expected_version=version_b
        )
    # reloaded, B's phone goes on top of A's expertise
    base_b, version_b = load(second_pc)
    with second_pc.transaction() as session:
        update_contact(
            session,
            ensure_user(session, "bernd"),
            contact_id,
            ContactInput(**{**vars(base_b), "phone": "02303 123456"}),
            base=base_b,
            expected_version=version_b,
        )
    with db.reading() as session:
        contact = load_contact(session, contact_id)
        assert [item.name for item in contact.expertise] == ["ISO 9001", "Zoll"]
        assert contact.phone == "+49 2303 123456"
    last = audit_of(db, "contact", contact_id)[-1]
    assert (last.user.login, set(last.after or {})) == ("bernd", {"phone"})


def test_membership_details_and_fees_share_the_membership_version(
    db: Database, second_pc: Database
) -> None:
    with db.transaction() as session:
        organisation_id = member(session, "Beitrag GmbH", ["22.29"]).id

    def membership_state(pc: Database) -> tuple[MembershipDetails, int]:
        with pc.reading() as session:
            membership = load_organisation(session, organisation_id).membership
            assert membership is not None
            return (
                MembershipDetails(membership.application_date, membership.founding_member),
                membership.version,
            )

    base_b, version_b = membership_state(second_pc)
    _base_a, version_a = membership_state(db)
    # A adds a fee step: the membership's version moves
    with db.transaction() as session:
        set_fee(
            session,
            ensure_user(session, "anna"),
            organisation_id,
            dt.date(2026, 1, 1),
            Decimal("1200.00"),
            expected_version=version_a,
        )
    assert membership_state(db)[1] == version_a + 1
    # B, who saw the old history, can neither add a step nor change the details
    with pytest.raises(StaleRecord) as refused, second_pc.transaction() as session:
        set_fee(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            dt.date(2026, 1, 1),
            Decimal("900.00"),
            expected_version=version_b,
        )
    assert refused.value.changed_by == "anna"
    with pytest.raises(StaleRecord), second_pc.transaction() as session:
        update_membership_details(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            base_b.application_date,
            True,
            base=base_b,
            expected_version=version_b,
        )
    with db.reading() as session:
        membership = load_organisation(session, organisation_id).membership
        assert membership is not None
        assert [fee.annual_fee for fee in membership.fees] == [Decimal("1200.00")]
        assert not membership.founding_member
    # reloaded: only the founding flag B changed is written
    base_b, version_b = membership_state(second_pc)
    with second_pc.transaction() as session:
        update_membership_details(
            session,
            ensure_user(session, "bernd"),
            organisation_id,
            base_b.application_date,
            True,
            base=base_b,
            expected_version=version_b,
        )
    last = audit_of(db, "organisation", organisation_id)[-1]
    assert last.after == {"founding_member": True}


def test_relations_declared_meanwhile_are_not_overwritten(
    db: Database, second_pc: Database
) -> None:
    with db.transaction() as session:
        first = member(session, "Drehteile Unna GmbH", ["25.62"]).id
        second = member(session, "Pumpen Hamm GmbH", ["28.13"]).id
    # both PCs saw no relation; A declares one first
    with db.transaction() as session:
        declare_relation(
            session,
            ensure_user(session, "anna"),
            first,
            second,
            RelationKind.COMPETES,
            "",
            expected_version=NO_RELATION,
        )
    with pytest.raises(StaleRecord) as refused, second_pc.transaction() as session:
        declare_relation(
            session,
            ensure_user(session, "bernd"),
            first,
            second,
            RelationKind.DOES_NOT_COMPETE,
            "different customers",
            expected_version=NO_RELATION,
        )
    assert refused.value.changed_by == "anna"
    assert "Drehteile Unna GmbH" in str(refused.value)
    with db.reading() as session:
        (relation,) = relations_of(session, first)
        relation_id, version = relation.id, relation.version
        assert relation.kind == RelationKind.COMPETES
    # B now knows the relation: changing it works, and removing it from the old view does not
    with second_pc.transaction() as session:
        declare_relation(
            session,
            ensure_user(session, "bernd"),
            first,
            second,
            RelationKind.DOES_NOT_COMPETE,
            "different customers",
            expected_version=version,
        )
    with pytest.raises(StaleRecord), db.transaction() as session:
        remove_relation(
            session, ensure_user(session, "anna"), relation_id, expected_version=version
        )
    with db.reading() as session:
        (relation,) = relations_of(session, first)
        assert relation.kind == RelationKind.DOES_NOT_COMPETE


# -- waiting for another writer -----------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    return 300


def test_a_save_blocked_by_another_writer_ends_in_words(
    database_url: str, short_busy_timeout: int
) -> None:
    db = open_database(database_url)  # opened after the timeout was shortened
    try:
        organisation_id = make_organisation(db)
        release = threading.Event()
        held = threading.Event()

        def other_pc_holds_the_lock() -> None:
            if db.is_sqlite:
                path = make_url(database_url).database
                assert path is not None
                connection = sqlite3.connect(path, isolation_level=None)
                connection.execute("BEGIN IMMEDIATE")  # the write lock
                held.set()
                release.wait(10)
                connection.execute("ROLLBACK")
                connection.close()
                return
            engine = create_engine(database_url, poolclass=NullPool)
            with engine.connect() as connection, connection.begin():
                connection.execute(
                    text("SELECT id FROM organisation WHERE id = :id FOR UPDATE"),
                    {"id": organisation_id},
                )
                held.set()
                release.wait(10)
            engine.dispose()

        holder = threading.Thread(target=other_pc_holds_the_lock)
        holder.start()
        try:
            assert held.wait(10)
            with pytest.raises(DatabaseBusy) as busy, db.transaction() as session:
                organisation = get_organisation(session, organisation_id)
                organisation.city = "Kamen"
                session.flush()
        finally:
            release.set()
            holder.join()
        message = str(busy.value)
        assert "another office PC is saving" in message and "Nothing was saved" in message
        assert "locked" not in message
        # once the other PC is done, the same save goes through
        with db.transaction() as session:
            get_organisation(session, organisation_id).city = "Kamen"
        with db.reading() as session:
            assert get_organisation(session, organisation_id).city == "Kamen"
    finally:
        db.dispose()


def test_other_database_errors_are_not_taken_for_busy(db: Database) -> None:
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError), db.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_contact_model_keeps_its_version_column() -> None:
    assert Contact.__mapper__.version_id_col is not None


def test_lock_timeouts_and_serialization_failures_count_as_busy() -> None:
    import psycopg.errors
    from sqlalchemy.exc import OperationalError

    from niro_desk.database import is_busy_error

    def wrapped(error: Exception) -> OperationalError:
        return OperationalError("UPDATE organisation ...", {}, error)

    for error in (
        psycopg.errors.LockNotAvailable(),
        psycopg.errors.SerializationFailure(),
        psycopg.errors.DeadlockDetected(),
        sqlite3.OperationalError("database is locked"),
    ):
        assert is_busy_error(wrapped(error)), error
    for error in (
        psycopg.errors.QueryCanceled(),  # the statement timeout: a different message
        psycopg.errors.UndefinedTable(),
        sqlite3.OperationalError("no such table: x"),
    ):
        assert not is_busy_error(wrapped(error)), error
