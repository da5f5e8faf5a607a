"""Accounts as database roles on a shared PostgreSQL database, and signing in as them.

The PostgreSQL tests set up the roles of a prefix of their own with
``niro_desk.db_roles.setup_roles`` (``niro-desk db setup-roles``) once that
module is there, else make only the four group roles (every table granted)
and store the prefix in ``db_role_prefix``. They use logins of their own:
roles belong to the whole server and tests run in parallel. The roles are
dropped afterwards, also when a test fails. The test server trusts every
connection, so a password is checked in ``pg_authid`` (as superuser) and by
the application's argon2 check, not by the server.
"""

from __future__ import annotations

import argparse
import io
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, Engine, create_engine, select, text
from sqlalchemy.pool import NullPool

from niro_desk import account_sign_in, accounts, cli
from niro_desk.account_roles import ensure_login_role, group_role
from niro_desk.app_context import AppContext
from niro_desk.cli_commands import open_database_of
from niro_desk.database import Database
from niro_desk.errors import RuleViolation, SignInRefused, ValidationError
from niro_desk.models import AppSetting, OfficeUser, Role
from niro_desk.permissions import ROLE_PREFIX_SETTING, accounts_enabled
from niro_desk.ui.main_window import MainWindow
from niro_desk.users import ensure_user

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSWORD = "correct horse"
postgres_only = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


@dataclass
class Shared:
    """A shared database: its role prefix, its first administrator, the logins made."""

    db: Database
    prefix: str
    admin_login: str
    admin_id: int
    opened: list[Database] = field(default_factory=list)

    def login(self, name: str) -> str:
        """A login no other test uses (roles are cluster-wide)."""
        return f"{name}_{self.prefix}"

    def superuser(self) -> Connection:
        engine = create_engine(self.db.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        return engine.connect()

    def role(self, login: str) -> dict[str, object] | None:
        """rolcanlogin, the groups and whether a SCRAM password is set, as superuser."""
        with self.superuser() as connection:
            row = connection.execute(
                text(
                    "SELECT rolcanlogin, rolpassword LIKE 'SCRAM-SHA-256$%' AS scram,"
                    " rolpassword FROM pg_authid WHERE rolname = :login"
                ),
                {"login": login},
            ).first()
            if row is None:
                return None
            groups = connection.scalars(
                text(
                    "SELECT g.rolname FROM pg_auth_members m"
                    " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                    " WHERE r.rolname = :login ORDER BY 1"
                ),
                {"login": login},
            ).all()
        return {
            "can_login": row.rolcanlogin,
            "scram": row.scram,
            "verifier": row.rolpassword,
            "groups": list(groups),
        }

    def groups(self, *roles: Role) -> list[str]:
        return sorted(group_role(self.prefix, role) for role in roles)


def _drop_roles(connection: Connection, prefix: str) -> None:
    """Every role of ``prefix``: the logins first, then the groups."""
    names = connection.scalars(
        text(
            "SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') IN"
            " (:login, :group) ORDER BY shobj_description(oid, 'pg_authid') = :group"
        ),
        {
            "login": f"niro_desk login role ({prefix})",
            "group": f"niro_desk group role ({prefix})",
        },
    ).all()
    for name in names:
        connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
        connection.exec_driver_sql(f'DROP ROLE "{name}"')


def _setup_roles() -> Callable[[Engine, str], object] | None:
    """``niro_desk.db_roles.setup_roles`` once pg-roles' module is there."""
    try:
        from niro_desk.db_roles import (  # type: ignore[import-not-found,unused-ignore]
            setup_roles,
        )
    except ModuleNotFoundError:
        return None
    return setup_roles  # type: ignore[no-any-return,unused-ignore]


def _make_groups(connection: Connection, prefix: str) -> None:
    """The four group roles (every table granted) and the prefix, without ``setup_roles``."""
    for role in Role:
        group = group_role(prefix, role)
        connection.exec_driver_sql(f'CREATE ROLE "{group}" NOLOGIN')
        marker = f"niro_desk group role ({prefix})"
        connection.exec_driver_sql(f"COMMENT ON ROLE \"{group}\" IS '{marker}'")
        for kind in ("TABLES", "SEQUENCES"):
            connection.exec_driver_sql(f'GRANT ALL ON ALL {kind} IN SCHEMA public TO "{group}"')
    connection.execute(
        text("INSERT INTO app_setting (key, value) VALUES (:key, :prefix)"),
        {"key": ROLE_PREFIX_SETTING, "prefix": prefix},
    )


@pytest.fixture
def shared(db: Database) -> Iterator[Shared]:
    """``db`` made a shared database: an administrator added while accounts were off, then
    the group roles, the prefix and the administrator's login role (as setup-roles does)."""
    prefix = f"nt{uuid.uuid4().hex[:12]}"
    admin_login = f"admin_{prefix}"
    with db.transaction() as session:
        os_user = ensure_user(session, "os.user")
        admin = accounts.add_user(session, os_user, admin_login, PASSWORD, [Role.ADMIN])
        admin_id = admin.id
    made = Shared(db, prefix, admin_login, admin_id)
    try:
        setup_roles = _setup_roles()
        if setup_roles is not None:  # pg-roles' own set-up: grants, row-level security
            setup_roles(db.engine, prefix)
            db.engine.dispose()
        with made.superuser() as connection:
            if setup_roles is None:  # only the group roles, every table granted
                _make_groups(connection, prefix)
            ensure_login_role(connection, prefix, admin_login, [Role.ADMIN], PASSWORD)
        yield made
    finally:
        for opened in made.opened:
            opened.dispose()
        db.dispose()
        with made.superuser() as connection:
            _drop_roles(connection, prefix)


def _admin(session: object, shared: Shared) -> OfficeUser:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    admin = session.get(OfficeUser, shared.admin_id)
    assert admin is not None
    return admin


def _session_user(db: Database) -> str:
    with db.reading() as session:
        return str(session.scalar(text("SELECT session_user")))


# -- account services ------------------------------------------------------------------------
@postgres_only
def test_an_account_is_a_login_role_kept_in_step_with_it(shared: Shared) -> None:
    db = shared.db
    sven = shared.login("sven")
    with db.transaction() as session:
        account_id = accounts.add_user(
            session, _admin(session, shared), sven, PASSWORD, ["staff"]
        ).id
    role = shared.role(sven)
    assert role is not None
    assert role["can_login"] and role["scram"]
    assert role["groups"] == shared.groups(Role.STAFF)
    assert PASSWORD not in str(role["verifier"])

    # the role can connect (the test server trusts; the role and its LOGIN are what counts)
    signed = account_sign_in.sign_in(db, sven, PASSWORD)
    assert signed.outcome.refusal is None and signed.db is not db
    shared.opened.append(signed.db)
    assert _session_user(signed.db) == sven
    signed.db.dispose()

    with db.transaction() as session:
        accounts.set_roles(session, _admin(session, shared), account_id, [Role.MANAGER, Role.STAFF])
    assert shared.role(sven)["groups"] == shared.groups(Role.MANAGER, Role.STAFF)  # type: ignore[index]
    with db.transaction() as session:
        accounts.set_roles(session, _admin(session, shared), account_id, [Role.MANAGER])
    assert shared.role(sven)["groups"] == shared.groups(Role.MANAGER)  # type: ignore[index]

    before = shared.role(sven)["verifier"]  # type: ignore[index]
    with db.transaction() as session:
        accounts.reset_password(session, _admin(session, shared), account_id, "a new secret")
    after = shared.role(sven)
    assert after is not None and after["scram"] and after["verifier"] != before

    with db.transaction() as session:
        accounts.deactivate(session, _admin(session, shared), account_id)
    assert not shared.role(sven)["can_login"]  # type: ignore[index]
    with db.transaction() as session:  # a change of roles does not let it connect again
        accounts.set_roles(session, _admin(session, shared), account_id, [Role.STAFF])
    assert not shared.role(sven)["can_login"]  # type: ignore[index]
    with db.transaction() as session:
        accounts.set_active(session, _admin(session, shared), account_id, True)
    assert shared.role(sven)["can_login"]  # type: ignore[index]


@postgres_only
def test_the_role_is_made_in_the_transaction_of_the_account(shared: Shared) -> None:
    olga = shared.login("olga")
    with pytest.raises(RuntimeError), shared.db.transaction() as session:
        accounts.add_user(session, _admin(session, shared), olga, PASSWORD, [Role.STAFF])
        assert shared.role(olga) is None  # not committed: invisible to others
        raise RuntimeError("something after it failed")
    assert shared.role(olga) is None
    with shared.db.reading() as session:
        assert accounts.account_by_login(session, olga) is None


@postgres_only
@pytest.mark.parametrize("login", ["1st", "pg_admin", "postgres", "semi;colon", "x" * 64])
def test_a_login_must_be_a_role_name_on_a_shared_database(shared: Shared, login: str) -> None:
    with pytest.raises(ValidationError) as raised, shared.db.transaction() as session:
        accounts.add_user(session, _admin(session, shared), login, PASSWORD, [Role.STAFF])
    assert raised.value.field == "login"
    assert "cannot be a database role name" in str(raised.value)


@postgres_only
def test_accounts_cannot_be_turned_off_on_a_shared_database(shared: Shared) -> None:
    with shared.db.transaction() as session:
        assert session.get(AppSetting, "accounts_enabled") is None  # never turned on
        assert accounts_enabled(session)  # the prefix is enough
        with pytest.raises(RuleViolation) as raised:
            accounts.set_accounts_enabled(session, _admin(session, shared), False)
    assert "cannot be turned off on a shared PostgreSQL database" in str(raised.value)
    with shared.db.transaction() as session:
        accounts.set_accounts_enabled(session, _admin(session, shared), True)  # on is fine
    with shared.db.reading() as session:
        assert accounts_enabled(session)


def test_sqlite_and_unshared_postgresql_are_unchanged(db: Database) -> None:
    """No role DDL, any login of old, accounts can be turned off (even with a stray prefix
    on SQLite, where there are no roles)."""
    with db.transaction() as session:
        office = ensure_user(session, "os.user")
        accounts.add_user(session, office, "anna", PASSWORD, [Role.ADMIN])
        if db.is_sqlite:
            session.add(AppSetting(key=ROLE_PREFIX_SETTING, value="stray"))
    with db.transaction() as session:
        assert not accounts_enabled(session)
        anna = accounts.account_by_login(session, "anna")
        assert anna is not None
        accounts.add_user(session, anna, "1st.user", PASSWORD, [Role.STAFF])  # no role name
        accounts.set_accounts_enabled(session, anna, True)
        assert accounts_enabled(session)
        accounts.set_accounts_enabled(session, anna, False)
        assert not accounts_enabled(session)
    if not db.is_sqlite:
        with db.reading() as session:
            found = session.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = '1st.user'"))
            assert found == 0
    signed = account_sign_in.sign_in(db, "anna", PASSWORD)
    assert signed.outcome.user is not None and signed.db is db


# -- signing in --------------------------------------------------------------------------------
def test_the_accounts_address_keeps_any_password_intact() -> None:
    from sqlalchemy.engine import make_url

    password = "p@ss:w/rd%20 #?&"
    url = account_sign_in.account_url(
        "postgresql+psycopg://owner:secret@db.example:5433/niro?sslmode=require", "a.b", password
    )
    parsed = make_url(url)
    assert (parsed.username, parsed.password) == ("a.b", password)
    assert (parsed.host, parsed.port, parsed.database) == ("db.example", 5433, "niro")
    assert parsed.query == {"sslmode": "require"}


@postgres_only
def test_sign_in_connects_as_the_account_and_refuses_in_the_same_words(shared: Shared) -> None:
    db = shared.db
    hans = shared.login("hans")
    with db.transaction() as session:
        accounts.add_user(session, _admin(session, shared), hans, PASSWORD, [Role.STAFF])

    wrong = account_sign_in.sign_in(db, hans, "wrong password")  # argon2 says no
    assert wrong.db is db and wrong.outcome.refusal is not None
    assert wrong.outcome.refusal.template == accounts.WRONG_PASSWORD
    with db.reading() as session:
        counted = accounts.account_by_login(session, hans)
        assert counted is not None and counted.failed_attempts == 1

    # the server refuses: no such role, or a name that cannot be one
    for login in (shared.login("nobody"), "not a role;"):
        refused = account_sign_in.sign_in(db, login, PASSWORD)
        assert refused.db is db and refused.outcome.refusal is not None
        assert refused.outcome.refusal.template == accounts.WRONG_PASSWORD
        assert PASSWORD not in str(refused.outcome.refusal)

    with db.transaction() as session:
        account = accounts.account_by_login(session, hans)
        assert account is not None
        accounts.deactivate(session, _admin(session, shared), account.id)
    refused = account_sign_in.sign_in(db, hans, PASSWORD)  # NOLOGIN: the server says no
    assert refused.outcome.refusal is not None
    assert refused.outcome.refusal.template == accounts.DEACTIVATED

    signed = account_sign_in.sign_in(db, shared.admin_login, PASSWORD)
    shared.opened.append(signed.db)
    assert signed.outcome.user is not None and signed.db is not db
    assert _session_user(signed.db) == shared.admin_login
    assert PASSWORD not in str(signed.db.engine.url)  # repr hides it


@postgres_only
def test_the_command_line_signs_in_as_the_account(
    qapp: object,  # the window tests' QApplication, not the CLI's QCoreApplication
    shared: Shared,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    args = argparse.Namespace(database_url=shared.db.url, sign_in_as=shared.admin_login)
    own = open_database_of(args)
    shared.opened.append(own)
    assert _session_user(own) == shared.admin_login
    assert own.acting.login == shared.admin_login
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    owner = open_database_of(args, as_account=False)  # db upgrade, backups: still signs in
    shared.opened.append(owner)
    assert owner.acting.login == shared.admin_login
    with shared.superuser() as connection:
        address_user = connection.scalar(text("SELECT session_user"))
    assert _session_user(owner) == address_user != shared.admin_login
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong password\n"))
    with pytest.raises(SignInRefused):
        open_database_of(args, as_account=False)

    base = ["--lang", "en", "--database", shared.db.url]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert cli.main([*base, "user", "list", "--as", shared.admin_login]) == 0
    assert shared.admin_login in capsys.readouterr().out

    nobody = shared.login("nobody")  # no such role: the server refuses the connection
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert cli.main([*base, "user", "list", "--as", nobody]) != 0
    output = capsys.readouterr()
    assert "The name or the password is wrong" in output.err
    assert "Traceback" not in output.err and PASSWORD not in output.err + output.out


@postgres_only
def test_the_window_signs_in_and_works_through_the_accounts_connection(
    qtbot: QtBot, shared: Shared, settings: QSettings
) -> None:
    db = shared.db
    sven = shared.login("sven")
    with db.transaction() as session:
        accounts.add_user(session, _admin(session, shared), sven, PASSWORD, [Role.STAFF])
    context = AppContext(db, "os.user", "en")
    window = MainWindow(None, settings, user_login=context.user_login)
    qtbot.add_widget(window)
    window.show()
    window.attach(context)
    dialog = window.sign_in_dialog
    assert dialog.isVisible()
    assert window.stack.currentWidget().objectName() == "openingLabel"  # no data before
    assert window.show_accounts() is None and window.show_audit_log() is None

    dialog.name_edit.setText(shared.login("nobody"))
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "password is wrong" in dialog.message_label.text()
    assert PASSWORD not in dialog.message_label.text()
    assert context.db is db

    dialog.name_edit.setText(sven)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shared.opened.append(context.db)
    assert context.db is not db and context.user_login == sven
    assert _session_user(context.db) == sven  # everything goes through the account's role
    assert window.change_watcher is not None and window.change_watcher.db is context.db
    assert window.stack.currentWidget().objectName() != "openingLabel"
    assert sven in window.database_label.text() and PASSWORD not in window.database_label.text()
    with context.db.reading() as session:
        assert session.scalar(select(OfficeUser.login).where(OfficeUser.login == sven)) == sven
    window.close()  # the change watcher lets go of the account's connection


@postgres_only
def test_the_accounts_dialog_shows_accounts_always_on(qtbot: QtBot, shared: Shared) -> None:
    from niro_desk.ui.accounts.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(AppContext(shared.db, shared.admin_login, "en"))
    qtbot.add_widget(dialog)
    assert dialog.enabled_check.isChecked() and not dialog.enabled_check.isEnabled()
    assert "always on" in dialog.enabled_check.toolTip()


def test_the_accounts_switch_stays_usable_elsewhere(qtbot: QtBot, context: AppContext) -> None:
    from niro_desk.ui.accounts.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(context)
    qtbot.add_widget(dialog)
    assert not dialog.enabled_check.isChecked() and dialog.enabled_check.isEnabled()
