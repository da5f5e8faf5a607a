"""Database roles on PostgreSQL: connecting as each account's role with plain SQL.

``niro_desk.db_roles.setup_roles`` runs on a copy of the demo network with a
prefix of its own (roles are cluster-wide, tests run in parallel); accounts of
each role get login roles, and every test connects as them (trust auth) to
prove what the server itself refuses. Roles are dropped at the end, also when a
test fails.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from account_builders import cheap_hashes
from sqlalchemy import Connection, Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from niro_desk import accounts, db_roles
from niro_desk.database import Database, open_database
from niro_desk.errors import DatabaseError, ValidationError
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    erase_contact,
    update_contact,
)
from niro_desk.models import AuditEntry, Contact, OfficeUser, Role
from niro_desk.procurement import pooled_demand
from niro_desk.users import ensure_user

PASSWORD = "correct horse"
ROLE_OF = {
    "admin": Role.ADMIN,
    "staff": Role.STAFF,
    "manager": Role.MANAGER,
    "head": Role.PROCUREMENT_HEAD,
}
BID_TABLES = ("bid", "bid_price", "criterion_score", "lot_award", "tender_round")


@dataclass
class Roles:
    """The demo network with database roles set up under ``prefix``."""

    url: str  # the owner's
    prefix: str
    owner: Engine
    collection_id: int
    own_organisation_id: int  # "head" is bound to it
    other_organisation_id: int
    logins: dict[str, str] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)
    report: db_roles.SetupReport | None = None
    engines: list[Engine] = field(default_factory=list)
    databases: list[Database] = field(default_factory=list)

    def url_of(self, who: str) -> str:
        url = make_url(self.url).set(username=self.logins[who], password=None)
        return url.render_as_string(hide_password=False)

    @contextmanager
    def connect(self, who: str) -> Iterator[Connection]:
        """A plain SQL connection as ``who``'s login role, in a transaction rolled back after."""
        engine = create_engine(self.url_of(who), poolclass=NullPool)
        self.engines.append(engine)
        with engine.connect() as connection:
            yield connection

    def app(self, who: str) -> Database:
        """The application's database connected as ``who``'s login role, acting as it."""
        database = open_database(self.url_of(who))
        self.databases.append(database)
        database.acting.login = self.logins[who]
        return database


def _scalar(connection: Connection, sql: str, **params: object) -> object:
    return connection.execute(text(sql), params).scalar()


def _refused(connection: Connection, sql: str, **params: object) -> str:
    """Run ``sql`` expecting the server to refuse it; the error text, lower case."""
    with pytest.raises(DBAPIError) as caught, connection.begin_nested():
        connection.execute(text(sql), params)
    assert caught.value.orig is not None
    assert caught.value.orig.sqlstate == "42501", caught.value  # insufficient_privilege
    return str(caught.value.orig).lower()


def _pick_organisations(owner: Engine) -> tuple[int, int, int]:
    """A collection and two participants with current lines in it and participation lines."""
    with owner.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.collection_id, s.organisation_id FROM requirement_submission s"
                " JOIN requirement_line l ON l.submission_id = s.id"
                " JOIN participation p ON p.organisation_id = s.organisation_id"
                " JOIN participation_line pl ON pl.participation_id = p.id"
                " WHERE s.is_current GROUP BY 1, 2 ORDER BY 1, 2"
            )
        ).all()
    by_collection: dict[int, list[int]] = {}
    for collection_id, organisation_id in rows:
        by_collection.setdefault(collection_id, []).append(organisation_id)
    collection_id, organisations = next(
        (c, orgs) for c, orgs in sorted(by_collection.items()) if len(orgs) >= 2
    )
    return collection_id, organisations[0], organisations[1]


@pytest.fixture
def roles(
    request: pytest.FixtureRequest, backend: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Roles]:
    if backend == "sqlite":
        pytest.skip("database roles and row-level security exist only on PostgreSQL")
    demo_db: Database = request.getfixturevalue("demo_db")
    cheap_hashes(monkeypatch)
    prefix = "t" + uuid.uuid4().hex[:8]
    owner = create_engine(demo_db.url, poolclass=NullPool)
    collection_id, own, other = _pick_organisations(owner)
    made = Roles(demo_db.url, prefix, owner, collection_id, own, other)
    try:
        with demo_db.transaction() as session:
            os_user = ensure_user(session, "os.user")
            for who, role in ROLE_OF.items():
                login = f"{prefix}.{who}"
                account = accounts.add_user(
                    session,
                    os_user,
                    login,
                    PASSWORD,
                    [role],
                    organisation_id=own if role is Role.PROCUREMENT_HEAD else None,
                )
                made.logins[who] = login
                made.user_ids[who] = account.id
            accounts.set_accounts_enabled(session, os_user, True)
        made.report = db_roles.setup_roles(owner, prefix)
        yield made
    finally:
        for database in made.databases:
            database.dispose()
        for engine in made.engines:
            engine.dispose()
        db_roles.drop_roles(owner, prefix, made.logins.values())
        owner.dispose()


def test_setup_makes_the_groups_and_a_login_role_per_account(roles: Roles) -> None:
    assert roles.report is not None
    assert sorted(roles.report.groups_created) == sorted(
        db_roles.group_role(roles.prefix, role) for role in Role
    )
    assert sorted(roles.report.logins_created) == sorted(roles.logins.values())
    with roles.owner.connect() as connection:
        members = connection.execute(
            text(
                "SELECT m.rolname, g.rolname FROM pg_auth_members a"
                " JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid"
                " WHERE m.rolname LIKE :like"
            ),
            {"like": roles.prefix + ".%"},
        ).all()
        assert db_roles.role_prefix(connection) == roles.prefix
    assert sorted(members) == sorted(
        (login, db_roles.group_role(roles.prefix, ROLE_OF[who]))
        for who, login in roles.logins.items()
    )
    # idempotent: a second run creates nothing and keeps every grant
    again = db_roles.setup_roles(roles.owner, roles.prefix)
    assert again.groups_created == [] and again.logins_created == []
    assert sorted(again.logins_updated) == sorted(roles.logins.values())
    with pytest.raises(DatabaseError, match="already set up with the prefix"):
        db_roles.setup_roles(roles.owner, roles.prefix + "x")


def test_a_procurement_head_reads_only_its_own_organisations_rows(roles: Roles) -> None:
    own, other = roles.own_organisation_id, roles.other_organisation_id
    lines_of = (
        "SELECT count(*) FROM requirement_line l"
        " JOIN requirement_submission s ON s.id = l.submission_id WHERE s.organisation_id = :org"
    )
    participation_lines_of = (
        "SELECT count(*) FROM participation_line pl"
        " JOIN participation p ON p.id = pl.participation_id WHERE p.organisation_id = :org"
    )
    with roles.owner.connect() as connection:
        owner_ids = {
            table: list(
                connection.execute(
                    text(f"SELECT id FROM {table} WHERE organisation_id = :o"), {"o": other}
                ).scalars()
            )
            for table in ("contact", "membership")
        }
        assert owner_ids["contact"]  # there are contacts to hide
        own_lines = _scalar(connection, lines_of, org=own)
        all_lines = _scalar(connection, "SELECT count(*) FROM requirement_line")
        assert _scalar(connection, lines_of, org=other) > 0  # there is something to hide
        own_participation_lines = _scalar(connection, participation_lines_of, org=own)
        assert _scalar(connection, participation_lines_of, org=other) > 0
    assert 0 < own_lines < all_lines  # type: ignore[operator]
    with roles.connect("head") as connection:
        assert _scalar(connection, "SELECT count(*) FROM requirement_line") == own_lines
        assert _scalar(connection, lines_of, org=other) == 0
        submitters = connection.execute(
            text("SELECT DISTINCT organisation_id FROM requirement_submission")
        ).scalars()
        assert set(submitters) == {own}
        participants = connection.execute(
            text("SELECT DISTINCT organisation_id FROM participation")
        ).scalars()
        assert set(participants) == {own}
        assert (
            _scalar(connection, "SELECT count(*) FROM participation_line")
            == own_participation_lines
        )
        assert _scalar(connection, participation_lines_of, org=other) == 0
        # its own account only, its own organisation (and the suppliers agreements name)
        assert list(connection.execute(text("SELECT login FROM office_user")).scalars()) == [
            roles.logins["head"]
        ]
        assert _scalar(connection, "SELECT count(*) FROM organisation WHERE id = :o", o=other) == 0
        assert _scalar(connection, "SELECT count(*) FROM organisation WHERE id = :o", o=own) == 1
        # what is not confidential: agreements and their prices
        assert _scalar(connection, "SELECT count(*) FROM agreement_item") > 0
        # of the members' CRM only its own organisation's contacts (its member page)
        assert _scalar(connection, "SELECT count(DISTINCT organisation_id) FROM contact") <= 1
        hidden = [  # (table, column, the other organisation's ids in it, as the owner sees)
            ("contact", "organisation_id", [other]),
            ("contact_expertise", "contact_id", owner_ids["contact"]),
            ("membership_fee", "membership_id", owner_ids["membership"]),
            *(
                (table, "organisation_id", [other])
                for table in (
                    "service_fee",
                    "organisation_sales_code",
                    "product_market",
                    "material",
                    "organisation_search",
                )
            ),
        ]
        for table, column, ids in hidden:
            where = f"{column} = ANY(:ids)"
            assert _scalar(connection, f"SELECT count(*) FROM {table} WHERE {where}", ids=ids) == 0
        # neither board decisions nor competitor relations (they name other organisations)
        _refused(connection, "SELECT count(*) FROM board_decision")
        _refused(connection, "SELECT count(*) FROM competitor_relation")


def test_a_procurement_head_writes_only_its_own_organisations_rows(roles: Roles) -> None:
    own, other = roles.own_organisation_id, roles.other_organisation_id
    with roles.connect("head") as connection, connection.begin():
        changed = connection.execute(
            text(
                "UPDATE requirement_line SET delivery_sites = 'x' WHERE submission_id IN"
                " (SELECT id FROM requirement_submission WHERE organisation_id = :o)"
            ),
            {"o": other},
        ).rowcount
        assert changed == 0
        changed = connection.execute(
            text(
                "UPDATE requirement_line SET delivery_sites = delivery_sites"
                " WHERE submission_id IN"
                " (SELECT id FROM requirement_submission WHERE organisation_id = :o)"
            ),
            {"o": own},
        ).rowcount
        assert changed > 0
        insert = (
            "INSERT INTO requirement_submission (collection_id, organisation_id, submitted_at,"
            " recorded_by_id, source, is_current, note)"
            " VALUES (:c, :o, now(), :u, 'manual', false, '')"
        )
        params = {"c": roles.collection_id, "u": roles.user_ids["head"]}
        message = _refused(connection, insert, o=other, **params)
        assert "row-level security" in message
        with connection.begin_nested():
            connection.execute(text(insert), {"o": own, **params})
        connection.rollback()


def test_a_procurement_head_cannot_read_bids(roles: Roles) -> None:
    with roles.owner.connect() as connection:
        assert _scalar(connection, "SELECT count(*) FROM bid") > 0
    with roles.connect("head") as connection:
        for table in BID_TABLES:
            message = _refused(connection, f"SELECT * FROM {table}")
            assert "permission denied" in message
        _refused(connection, "SELECT count(*) FROM bid WHERE false")  # not even the shape


def test_nobody_but_the_owner_changes_or_deletes_audit_entries(roles: Roles) -> None:
    with roles.owner.connect() as connection:
        entry_id = _scalar(connection, "SELECT min(id) FROM audit_entry")
    for who in ROLE_OF:
        with roles.connect(who) as connection:
            for sql in (
                "UPDATE audit_entry SET summary = 'forged' WHERE id = :i",
                "DELETE FROM audit_entry WHERE id = :i",
            ):
                assert "permission denied" in _refused(connection, sql, i=entry_id)
            _refused(connection, "TRUNCATE audit_entry")
    # and were UPDATE granted by mistake, the trigger still refuses it
    staff_group = db_roles.quote(db_roles.group_role(roles.prefix, Role.STAFF))
    with roles.owner.begin() as connection:
        connection.exec_driver_sql(f"GRANT UPDATE, DELETE ON audit_entry TO {staff_group}")
    with roles.connect("staff") as connection:
        message = _refused(connection, "DELETE FROM audit_entry WHERE id = :i", i=entry_id)
        assert "audit entries are never changed or deleted" in message
        message = _refused(connection, "UPDATE audit_entry SET summary = 'x' WHERE id = :i", i=1)
        assert "audit entries are never changed or deleted" in message
    with roles.owner.connect() as connection:
        assert _scalar(connection, "SELECT count(*) FROM audit_entry WHERE id = :i", i=entry_id)


def test_every_role_adds_audit_entries_a_head_only_in_its_own_name(roles: Roles) -> None:
    insert = (
        "INSERT INTO audit_entry (at, user_id, action, entity_type, entity_id, summary)"
        " VALUES (now(), :u, 'test', 'test', NULL, 'by SQL') RETURNING id"
    )
    for who in ROLE_OF:
        with roles.connect(who) as connection:
            assert _scalar(connection, insert, u=roles.user_ids[who])
            connection.rollback()
    with roles.connect("head") as connection:
        message = _refused(connection, insert, u=roles.user_ids["staff"])
        assert "row-level security" in message
        others = "SELECT count(*) FROM audit_entry WHERE user_id <> :u"
        assert _scalar(connection, others, u=roles.user_ids["head"]) == 0


def test_staff_and_manager_read_everything_but_the_manager_changes_no_lines(
    roles: Roles,
) -> None:
    with roles.owner.connect() as connection:
        lines = _scalar(connection, "SELECT count(*) FROM requirement_line")
        bids = _scalar(connection, "SELECT count(*) FROM bid")
    for who in ("admin", "staff", "manager"):
        with roles.connect(who) as connection:
            assert _scalar(connection, "SELECT count(*) FROM requirement_line") == lines
            assert _scalar(connection, "SELECT count(*) FROM bid") == bids
    with roles.connect("manager") as connection:
        _refused(connection, "UPDATE requirement_line SET delivery_sites = 'x'")
        _refused(connection, "DELETE FROM bid")
    with roles.connect("staff") as connection:
        with connection.begin():
            assert connection.execute(
                text("UPDATE requirement_line SET delivery_sites = delivery_sites")
            ).rowcount
            connection.rollback()
        _refused(connection, "UPDATE alembic_version SET version_num = 'x'")


def test_the_head_gets_the_full_pooled_totals(roles: Roles) -> None:
    collection_id = roles.collection_id
    with roles.owner.connect() as connection:
        expected = {
            row[0]: tuple(row[1:])
            for row in connection.execute(pooled_demand.item_totals_query(collection_id))
        }
        regions = [
            tuple(row)
            for row in connection.execute(pooled_demand.region_totals_query(collection_id))
        ]
    with roles.connect("head") as connection:
        rows = connection.execute(
            text("SELECT * FROM niro_desk_pooled_item_totals(:c)"), {"c": collection_id}
        ).all()
        assert {row[0]: tuple(row[1:]) for row in rows} == expected
        region_rows = connection.execute(
            text("SELECT * FROM niro_desk_pooled_region_totals(:c)"), {"c": collection_id}
        ).all()
        assert [tuple(row) for row in region_rows] == regions
        # without the function the same query sees the head's own lines only
        own = {
            row[0]: row[1]
            for row in connection.execute(pooled_demand.item_totals_query(collection_id))
        }
        assert sum(own.values()) < sum(total for total, *_ in expected.values())
    # through the application, signed in as the head on its own role
    database = roles.app("head")
    with database.transaction() as session:
        totals = pooled_demand.item_totals(session, collection_id)
        assert {t.item_id: t.total for t in totals if t.total} == {
            item_id: values[0] for item_id, values in expected.items()
        }
        assert all(isinstance(t.total, Decimal) for t in totals)
        assert [
            (r.item_id, r.region, r.total, r.participants)
            for r in pooled_demand.region_totals(session, collection_id)
        ] == [(i, g or "", t, n) for i, g, t, n in regions]


def test_staff_erases_a_contact_through_the_function(roles: Roles) -> None:
    owner_db = open_database(roles.url)
    roles.databases.append(owner_db)
    with owner_db.transaction() as session:
        user = session.get(OfficeUser, roles.user_ids["admin"])
        assert user is not None
        data = ContactInput(first_name="Erika", last_name="Muster", email="erika@example.org")
        contact = create_contact(session, user, roles.own_organisation_id, data)
        update_contact(
            session, user, contact.id, ContactInput(first_name="Erika", last_name="Beispiel")
        )
        contact_id, organisation_id = contact.id, contact.organisation_id
    with roles.connect("staff") as connection:  # not while the contact exists
        message = _refused(
            connection,
            "SELECT niro_desk_erase_contact_history(:c, :o)",
            c=contact_id,
            o=organisation_id,
        )
        assert "still exists" in message
    with roles.connect("head") as connection:
        _refused(connection, "SELECT niro_desk_erase_contact_history(0, 0)")
    staff_db = roles.app("staff")
    with staff_db.transaction() as session:
        staff = session.get(OfficeUser, roles.user_ids["staff"])
        assert staff is not None
        erase_contact(session, staff, contact_id)
    with owner_db.transaction() as session:
        assert session.get(Contact, contact_id) is None
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == "contact", AuditEntry.entity_id == contact_id)
            .order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "update", "erase"]
        for entry in entries[:2]:
            assert entry.summary.startswith("Contact [erased] at ")
            values = [*(entry.before or {}).values(), *(entry.after or {}).values()]
            assert values and set(values) == {"[erased]"}
            assert "Muster" not in entry.summary
        assert entries[2].user_id == roles.user_ids["staff"]


def test_login_roles_are_managed_only_when_they_are_ours(roles: Roles) -> None:
    foreign = f"{roles.prefix}_foreign"
    login = f"{roles.prefix}.later"
    with roles.owner.begin() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{foreign}" LOGIN')
    try:
        with roles.owner.begin() as connection:
            with pytest.raises(DatabaseError, match="did not create"):
                db_roles.ensure_login_role(connection, roles.prefix, foreign, [Role.STAFF])
            for bad in ("postgres", "pg_monitor", "a b", "x" * 64, 'quo"te'):
                with pytest.raises(ValidationError):
                    db_roles.ensure_login_role(connection, roles.prefix, bad, [Role.STAFF])
            assert db_roles.ensure_login_role(
                connection, roles.prefix, login, [Role.STAFF, Role.MANAGER], password="s3cret"
            )
            stored = _scalar(
                connection, "SELECT rolpassword FROM pg_authid WHERE rolname = :n", n=login
            )
            assert str(stored).startswith("SCRAM-SHA-256$")
            assert not db_roles.ensure_login_role(connection, roles.prefix, login, [Role.ADMIN])
            groups = connection.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
                    " JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :n"
                ),
                {"n": login},
            ).scalars()
            assert list(groups) == [db_roles.group_role(roles.prefix, Role.ADMIN)]
            db_roles.set_login_enabled(connection, login, False)
        roles.logins["later"] = login
        with pytest.raises(DBAPIError, match="not permitted to log in"), roles.connect("later"):
            pass
        with roles.owner.begin() as connection:
            db_roles.set_login_enabled(connection, login, True)
        with roles.connect("later") as connection:
            assert _scalar(connection, "SELECT session_user") == login
    finally:
        with roles.owner.begin() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{foreign}"')


def test_setup_roles_refuses_sqlite(db: Database, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the PostgreSQL half is every other test of this file")
    with pytest.raises(DatabaseError, match="only on a shared PostgreSQL"):
        db_roles.setup_roles(db.engine, "t" + uuid.uuid4().hex[:8])


def test_an_upgrade_grants_again_on_the_new_schema(roles: Roles) -> None:
    """Down to 0011 (the helpers go, with the policies), up again: the upgrade restores them."""
    from alembic import command

    from niro_desk import schema_migrations

    owner_db = open_database(roles.url)
    roles.databases.append(owner_db)
    config = schema_migrations.alembic_config()
    with owner_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    with roles.connect("head") as connection:  # no policy left: row-level security shows nothing
        assert _scalar(connection, "SELECT count(*) FROM requirement_line") == 0
    schema_migrations.upgrade(owner_db)
    with roles.connect("head") as connection:
        assert _scalar(connection, "SELECT count(*) FROM requirement_line") > 0
        assert (
            _scalar(
                connection,
                "SELECT count(*) FROM requirement_submission WHERE organisation_id <> :o",
                o=roles.own_organisation_id,
            )
            == 0
        )
        _refused(connection, "SELECT count(*) FROM bid")
    with roles.connect("staff") as connection:
        _refused(connection, "DELETE FROM audit_entry")
    with roles.owner.connect() as connection:
        triggers = "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass"
        assert _scalar(connection, triggers + " AND NOT tgisinternal") == 2


@pytest.mark.usefixtures("qapp")  # cli.main() would otherwise make a bare QCoreApplication
def test_the_command_sets_up_the_roles_and_refuses_sqlite(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    backend: str,
) -> None:
    from niro_desk import cli

    prefix = "t" + uuid.uuid4().hex[:8]
    login = f"{prefix}.anna"
    with db.transaction() as session:
        os_user = ensure_user(session, "os.user")
        accounts.add_user(session, os_user, login, PASSWORD, [Role.ADMIN])
        accounts.add_user(session, os_user, f"pg_{prefix}", PASSWORD, [Role.STAFF])
    argv = ["--lang", "en", "--database", db.url, "db", "setup-roles", "--prefix", prefix]
    try:
        code = cli.main(argv)
        out, err = capsys.readouterr()
        if backend == "sqlite":
            assert code == 1
            assert "only on a shared PostgreSQL database" in err and out == ""
            return
        assert code == 1, err  # one account was skipped
        assert f"Database roles set up with the prefix {prefix}." in out
        assert f"Group role created: {prefix}_procurement_head" in out
        assert f"Login role created (no password yet): {login}" in out
        assert f"Skipped pg_{prefix}: pg_{prefix} cannot be a database role name" in out
        # the roles are set up: accounts are on now, so the command signs in first
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert cli.main([*argv, "--as", login]) == 1
        out, _err = capsys.readouterr()
        assert "Group role created" not in out and f"Login role updated: {login}" in out
    finally:
        if backend == "postgresql":
            db_roles.drop_roles(db.engine, prefix, [login])


def test_a_procurement_head_submits_its_requirements_on_its_own_role(roles: Roles) -> None:
    """The service a head uses works with the head's grants alone (no owner rights)."""
    from niro_desk.procurement.requirement_submissions import LineInput, submit

    with roles.owner.begin() as connection:
        collection_id, organisation_id, item_id = connection.execute(
            text(
                "SELECT c.id, p.organisation_id, ci.item_id FROM requirement_collection c"
                " JOIN collection_participant p ON p.collection_id = c.id"
                " AND p.removed_at IS NULL"
                " JOIN collection_item ci ON ci.collection_id = c.id"
                " WHERE c.state = 'open' ORDER BY c.id, p.organisation_id, ci.item_id LIMIT 1"
            )
        ).one()
        connection.execute(  # bind the head to an invited participant of an open collection
            text("UPDATE office_user SET organisation_id = :o WHERE id = :u"),
            {"o": organisation_id, "u": roles.user_ids["head"]},
        )
    database = roles.app("head")
    with database.transaction() as session:
        head = session.get(OfficeUser, roles.user_ids["head"])
        assert head is not None
        submission = submit(
            session, head, collection_id, organisation_id, [LineInput(item_id, Decimal("12.5"))]
        )
        submission_id = submission.id
    with roles.owner.connect() as connection:
        assert connection.execute(
            text(
                "SELECT s.is_current, l.volume FROM requirement_submission s"
                " JOIN requirement_line l ON l.submission_id = s.id WHERE s.id = :s"
            ),
            {"s": submission_id},
        ).one() == (True, Decimal("12.500"))
        by = "SELECT u.login FROM audit_entry a JOIN office_user u ON u.id = a.user_id"
        newest = connection.execute(text(by + " ORDER BY a.id DESC LIMIT 1")).scalar()
        assert newest == roles.logins["head"]


def test_a_procurement_head_joins_an_agreement_and_changes_its_volumes(roles: Roles) -> None:
    import datetime as dt

    from niro_desk.procurement import participations

    own = roles.own_organisation_id
    with roles.owner.connect() as connection:
        agreement_id, item_id = connection.execute(
            text(
                "SELECT a.id, i.item_id FROM framework_agreement a"
                " JOIN agreement_item i ON i.agreement_id = a.id"
                " WHERE a.state IN ('draft', 'active') AND NOT EXISTS (SELECT 1 FROM"
                " participation p WHERE p.agreement_id = a.id AND p.organisation_id = :o)"
                " ORDER BY a.id, i.item_id LIMIT 1"
            ),
            {"o": own},
        ).one()
    database = roles.app("head")
    with database.transaction() as session:
        head = session.get(OfficeUser, roles.user_ids["head"])
        assert head is not None
        line = participations.LineInput(item_id, Decimal("40"), Decimal("2.50"))
        joined = participations.opt_in(session, head, agreement_id, own, dt.date.today(), [line])
        participation_id = joined.id
    with database.transaction() as session:
        head = session.get(OfficeUser, roles.user_ids["head"])
        assert head is not None
        line = participations.LineInput(item_id, Decimal("55"), Decimal("2.40"))
        participations.update_lines(session, head, participation_id, [line])
    with roles.owner.connect() as connection:
        assert connection.execute(
            text(
                "SELECT p.organisation_id, l.yearly_volume FROM participation p"
                " JOIN participation_line l ON l.participation_id = p.id WHERE p.id = :p"
            ),
            {"p": participation_id},
        ).one() == (own, Decimal("55"))


def test_only_an_administrator_changes_accounts(roles: Roles) -> None:
    rebind = "UPDATE office_user SET organisation_id = :o WHERE login = :l"
    params = {"o": roles.other_organisation_id, "l": roles.logins["head"]}
    own_slowdown = "UPDATE office_user SET failed_attempts = 0 WHERE login = session_user"
    others_slowdown = "UPDATE office_user SET failed_attempts = 9 WHERE login <> session_user"
    for who in ("staff", "manager", "head"):
        with roles.connect(who) as connection:
            assert "permission denied" in _refused(connection, rebind, **params)
            _refused(
                connection,
                "INSERT INTO office_user_role (user_id, role) VALUES (:u, 'admin')",
                u=roles.user_ids[who],
            )
            assert connection.execute(text(own_slowdown)).rowcount == 1
            assert connection.execute(text(others_slowdown)).rowcount == 0
            connection.rollback()
    with roles.connect("staff") as connection:  # staff still reads every account
        assert _scalar(connection, "SELECT count(*) FROM office_user") > len(roles.logins)
    with roles.connect("admin") as connection, connection.begin():
        assert connection.execute(text(rebind), params).rowcount == 1


def test_signing_in_on_its_own_role_updates_its_own_account(roles: Roles) -> None:
    for who in ("staff", "head"):
        database = roles.app(who)
        with database.transaction() as session:
            outcome = accounts.sign_in(session, roles.logins[who], "wrong password")
            assert outcome.refusal is not None
        with database.transaction() as session:
            outcome = accounts.sign_in(session, roles.logins[who], PASSWORD)
            assert outcome.refusal is None


def test_an_administrators_own_role_backs_up_but_only_the_owner_restores(
    roles: Roles, tmp_path: Path
) -> None:
    """The window of a signed-in administrator works through its login role: a backup reads
    every table, a restore (which replaces the append-only audit log) is refused up front."""
    from niro_desk import db_backup

    admin_db = roles.app("admin")
    target = tmp_path / "backup.sqlite3"
    counts = db_backup.backup(admin_db, target)
    assert counts is not None and counts["organisation"] > 0
    with roles.owner.connect() as connection:
        entries = _scalar(connection, "SELECT count(*) FROM audit_entry")
    with pytest.raises(DatabaseError, match="only its owner may do"):
        db_backup.restore(admin_db, target)
    with roles.owner.connect() as connection:
        assert _scalar(connection, "SELECT count(*) FROM audit_entry") == entries
