"""Accounts: adding, roles, passwords, deactivation, accounts on/off, sign-in and its slowdown.

Every service is called as every role (allowed or refused) on both databases.
"""

from __future__ import annotations

import datetime as dt

import pytest
from membership_builders import applicant, member
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from niro_desk import accounts, audit_log
from niro_desk.audit_log import AuditFilter
from niro_desk.database import Database
from niro_desk.errors import PermissionDenied, RuleViolation, SignInRefused, ValidationError
from niro_desk.models import AppSetting, AuditEntry, OfficeUser, Role
from niro_desk.permissions import Permission, accounts_enabled, allowed, require
from niro_desk.users import ensure_user

PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with a small cost: the same checks, a fraction of the time."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


def _people(session: Session) -> dict[str, OfficeUser]:
    """An administrator and one person per role, added while accounts are off (as the OS user)."""
    office = ensure_user(session, "os.user")
    organisation = member(session, "Gießerei Unna GmbH")
    people = {
        "admin": accounts.add_user(session, office, "anna", PASSWORD, [Role.ADMIN]),
        "staff": accounts.add_user(session, office, "sven", PASSWORD, [Role.STAFF]),
        "manager": accounts.add_user(session, office, "maria", PASSWORD, ["manager"]),
        "head": accounts.add_user(
            session,
            office,
            "hans",
            PASSWORD,
            [Role.PROCUREMENT_HEAD],
            organisation_id=organisation.id,
        ),
        "os": office,
    }
    accounts.set_accounts_enabled(session, office, True)
    return people


def test_accounts_are_off_until_turned_on_and_everyone_may_then(db: Database) -> None:
    with db.transaction() as session:
        office = ensure_user(session, "os.user")
        assert not accounts_enabled(session)
        assert allowed(session, office, Permission.MANAGE_ACCOUNTS)
        with pytest.raises(RuleViolation, match="active administrator"):
            accounts.set_accounts_enabled(session, office, True)
        accounts.add_user(session, office, "anna", PASSWORD, [Role.ADMIN], display_name="Anna")
        accounts.set_accounts_enabled(session, office, True)
        assert accounts_enabled(session)
        # the OS user is no account: refused now
        with pytest.raises(PermissionDenied, match="not an active account"):
            require(session, office, Permission.MANAGE_ACCOUNTS)
    with db.reading() as session:
        setting = session.get(AppSetting, "accounts_enabled")
        assert setting is not None and setting.value == "1"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "setting")).one()
        assert entry.summary == "Accounts turned on"
        assert entry.before == {"accounts_enabled": False}
        assert entry.after == {"accounts_enabled": True}
        added = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "office_user")
        ).one()
        assert "password_hash" not in (added.after or {})
        assert added.after is not None and added.after["roles"] == ["admin"]


@pytest.mark.parametrize(
    ("role", "may_manage", "may_view_log"),
    [
        ("admin", True, True),
        ("manager", False, True),
        ("staff", False, False),
        ("head", False, False),
        ("os", False, False),
    ],
)
def test_each_role_is_allowed_or_refused(
    db: Database, role: str, may_manage: bool, may_view_log: bool
) -> None:
    with db.transaction() as session:
        people = _people(session)
    calls = {
        "add": lambda s, u: accounts.add_user(s, u, "neu", PASSWORD, [Role.STAFF]),
        "roles": lambda s, u: accounts.set_roles(s, u, people["staff"].id, [Role.MANAGER]),
        "reset": lambda s, u: accounts.reset_password(s, u, people["staff"].id, "new password"),
        "deactivate": lambda s, u: accounts.deactivate(s, u, people["manager"].id),
        "list": lambda s, u: accounts.list_accounts(s, u),
        "accounts off": lambda s, u: accounts.set_accounts_enabled(s, u, False),
    }
    for name, call in calls.items():
        with db.transaction() as session:
            user = session.get(OfficeUser, people[role].id)
            assert user is not None
            if may_manage:
                call(session, user)
                session.rollback()
            else:
                with pytest.raises(PermissionDenied):
                    call(session, user)
                    pytest.fail(f"{role} may {name}")
    with db.transaction() as session:
        user = session.get(OfficeUser, people[role].id)
        assert user is not None
        log_calls = [
            lambda: audit_log.count_entries(session, user, AuditFilter()),
            lambda: audit_log.page(session, user, AuditFilter()),
            lambda: audit_log.people(session, user),
        ]
        for call in log_calls:
            if may_view_log:
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()


def test_roles_and_organisation_are_checked(db: Database) -> None:
    with db.transaction() as session:
        people = _people(session)
        admin = people["admin"]
        organisation_id = people["head"].organisation_id
        with pytest.raises(ValidationError, match="bound to one participant"):
            accounts.add_user(session, admin, "otto", PASSWORD, [Role.PROCUREMENT_HEAD])
        with pytest.raises(ValidationError, match="Only a procurement head"):
            accounts.add_user(
                session, admin, "otto", PASSWORD, [Role.STAFF], organisation_id=organisation_id
            )
        outsider = applicant(session, "Noch kein Mitglied AG", user=admin)  # accounts are on
        with pytest.raises(RuleViolation, match="not a current member"):
            accounts.add_user(
                session, admin, "otto", PASSWORD, ["procurement_head"], organisation_id=outsider.id
            )
        assert accounts.participant_choices(session, admin) == [
            (organisation_id, "Gießerei Unna GmbH")
        ]
        with pytest.raises(ValidationError, match="at least one role"):
            accounts.add_user(session, admin, "otto", PASSWORD, [])
        with pytest.raises(ValidationError, match="at least 8 characters"):
            accounts.add_user(session, admin, "otto", "short", [Role.STAFF])
        with pytest.raises(ValidationError, match="already an account"):
            accounts.add_user(session, admin, "sven", PASSWORD, [Role.STAFF])
        several = accounts.set_roles(session, admin, people["staff"].id, ["staff", "manager"])
        assert several.role_set() == {Role.STAFF, Role.MANAGER}
        rows = {row.login: row for row in accounts.list_accounts(session, admin)}
        assert rows["hans"].organisation == "Gießerei Unna GmbH"
        assert rows["sven"].roles == (Role.STAFF, Role.MANAGER)
        assert not rows["os.user"].has_password


def test_an_os_login_becomes_an_account_and_keeps_its_history(db: Database) -> None:
    with db.transaction() as session:
        office = ensure_user(session, "os.user")
        account = accounts.add_user(session, office, "os.user", PASSWORD, [Role.ADMIN])
        assert account.id == office.id and account.password_hash is not None


def test_the_last_administrator_stays(db: Database) -> None:
    with db.transaction() as session:
        people = _people(session)
        admin = people["admin"]
        with pytest.raises(RuleViolation, match="last active administrator"):
            accounts.deactivate(session, admin, admin.id)
        with pytest.raises(RuleViolation, match="last active administrator"):
            accounts.set_roles(session, admin, admin.id, [Role.STAFF])
        accounts.set_roles(session, admin, people["manager"].id, [Role.ADMIN, Role.MANAGER])
        accounts.deactivate(session, admin, admin.id)
        assert not admin.active


def test_sign_in_and_the_slowdown_after_wrong_passwords(db: Database) -> None:
    with db.transaction() as session:
        _people(session)
    for attempt in range(1, accounts.FREE_ATTEMPTS + 1):
        with db.transaction() as session:
            outcome = accounts.sign_in(session, "sven", "wrong password")
            assert outcome.user is None and outcome.refusal is not None
            assert "password is wrong" in str(outcome.refusal)
            if attempt < accounts.FREE_ATTEMPTS:
                assert outcome.refusal.wait_until is None
            else:
                assert outcome.refusal.wait_until is not None  # the third one slows down
    with db.transaction() as session:
        # even the right password waits now, and the waiting attempt is not counted
        outcome = accounts.sign_in(session, "sven", PASSWORD)
        assert outcome.user is None
        assert isinstance(outcome.refusal, SignInRefused)
        assert "next attempt is possible in" in str(outcome.refusal)
        seconds = outcome.refusal.params["seconds"]
        assert 1 <= seconds <= 5
        sven = session.scalars(select(OfficeUser).where(OfficeUser.login == "sven")).one()
        assert sven.failed_attempts == 3
    # the delay doubles with every further failure (after the wait is over)
    assert accounts.delay_after(4) == 2 * accounts.delay_after(3)
    assert accounts.delay_after(40) == accounts.MAX_DELAY
    with db.transaction() as session:
        session.execute(
            update(OfficeUser)
            .where(OfficeUser.login == "sven")
            .values(not_before=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        )
    with db.transaction() as session:
        outcome = accounts.sign_in(session, "sven", PASSWORD)
        assert outcome.user is not None and outcome.user.login == "sven"
        assert outcome.user.failed_attempts == 0 and outcome.user.not_before is None
    with db.reading() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_type == "office_user", AuditEntry.action.like("sign%"))
                .order_by(AuditEntry.id)
            )
        )
        assert actions == ["sign_in_failed"] * 3 + ["sign_in"]


def test_unknown_and_deactivated_accounts_cannot_sign_in(db: Database) -> None:
    with db.transaction() as session:
        people = _people(session)
        accounts.deactivate(session, people["admin"], people["staff"].id)
        assert "password is wrong" in str(accounts.sign_in(session, "nobody", PASSWORD).refusal)
        assert "password is wrong" in str(accounts.sign_in(session, "os.user", "").refusal)
        assert "deactivated" in str(accounts.sign_in(session, "sven", PASSWORD).refusal)


def test_a_reset_password_replaces_the_old_one_and_ends_the_wait(db: Database) -> None:
    with db.transaction() as session:
        people = _people(session)
        for _ in range(5):
            accounts.sign_in(session, "sven", "wrong password")
        accounts.reset_password(session, people["admin"], people["staff"].id, "a new secret")
        assert accounts.sign_in(session, "sven", PASSWORD).user is None
        assert accounts.sign_in(session, "sven", "a new secret").user is not None
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "reset_password")
        ).one()
        assert entry.user_id == people["admin"].id
        assert "secret" not in str(entry.before) + str(entry.after)
