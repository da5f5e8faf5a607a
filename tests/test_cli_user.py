"""``niro-desk user`` and ``niro-desk accounts``: passwords from stdin (never an argument)."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from niro_desk import accounts, cli
from niro_desk.database import Database
from niro_desk.models import OfficeUser, Role

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_user_add_reads_the_password_twice_from_stdin(
    db: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--lang", "en", "--database", database_url]
    _stdin(monkeypatch, "first secret", "other secret")
    assert cli.main([*base, "user", "add", "anna", "--role", "admin"]) == 1
    assert "the two passwords differ" in capsys.readouterr().err

    _stdin(monkeypatch, "first secret", "first secret")
    command = [*base, "user", "add", "anna", "--role", "admin", "--role", "manager"]
    assert cli.main([*command, "--display-name", "Anna Berg"]) == 0
    assert "Account anna added (admin, manager)." in capsys.readouterr().out
    with db.reading() as session:
        anna = session.scalars(select(OfficeUser).where(OfficeUser.login == "anna")).one()
        assert anna.role_set() == {Role.ADMIN, Role.MANAGER}
        assert anna.display_name == "Anna Berg"
        assert accounts.sign_in(session, "anna", "first secret").user is not None

    assert cli.main([*base, "accounts", "on"]) == 0  # while off, the OS user may
    assert "Accounts are on" in capsys.readouterr().out

    # now the command signs in first: anna's password, then the new one twice
    _stdin(monkeypatch, "first secret", "staff secret", "staff secret")
    assert cli.main([*base, "user", "add", "sven", "--role", "staff", "--as", "anna"]) == 0
    _stdin(monkeypatch, "first secret")
    assert cli.main([*base, "user", "list", "--as", "anna"]) == 0
    listing = capsys.readouterr().out
    assert "anna\tAnna Berg\tadmin,manager\t-\tactive" in listing
    assert "sven\tsven\tstaff\t-\tactive" in listing

    # a staff member may not reset passwords; a wrong password is refused
    _stdin(monkeypatch, "staff secret", "x" * 10, "x" * 10)
    assert cli.main([*base, "user", "reset-password", "anna", "--as", "sven"]) == 1
    assert "may not do this" in capsys.readouterr().err
    _stdin(monkeypatch, "wrong")
    assert cli.main([*base, "user", "list", "--as", "anna"]) == 1
    assert "password is wrong" in capsys.readouterr().err
    _stdin(monkeypatch, "first secret", "new staff pw", "new staff pw")
    assert cli.main([*base, "user", "reset-password", "sven", "--as", "anna"]) == 0
    assert "Password of sven reset." in capsys.readouterr().out
    _stdin(monkeypatch, "first secret")
    assert cli.main([*base, "accounts", "off", "--as", "anna"]) == 0
    with db.reading() as session:
        assert accounts.sign_in(session, "sven", "new staff pw").user is not None


def test_the_password_is_no_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["user", "add", "anna", "--role", "admin", "--password", "x"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --password" in capsys.readouterr().err
