"""Why a database cannot be opened: each case classified, in words, without a password.

Real failures, no mocks: a closed port (127.0.0.1:1), an unknown database and an
unknown role on the test's PostgreSQL server, a garbage file, a damaged SQLite
file, addresses that cannot be parsed, a file that does not exist.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from niro_desk.app import prepare_database
from niro_desk.database_problems import (
    DatabaseUnavailable,
    ProblemKind,
    classify,
    classify_during_use,
    mask_password,
    open_checked,
)
from niro_desk.errors import DatabaseError

POSTGRES_URL = os.environ.get("NIRO_DESK_TEST_POSTGRES_URL", "")
UNREACHABLE = "postgresql+psycopg://office:s3cret@127.0.0.1:1/niro"


@pytest.fixture
def postgres_url() -> str:
    if not POSTGRES_URL:
        if os.environ.get("NIRO_DESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("NIRO_DESK_REQUIRE_POSTGRES=1 but NIRO_DESK_TEST_POSTGRES_URL is not set")
        pytest.skip("PostgreSQL not configured: set NIRO_DESK_TEST_POSTGRES_URL")
    return POSTGRES_URL


def problem_of(url: str, *, create: bool = True):  # type: ignore[no-untyped-def]
    with pytest.raises(DatabaseUnavailable) as raised:
        open_checked(url, create=create)
    problem = raised.value.problem
    assert str(raised.value) == problem.message()  # the error reads as the problem's words
    assert "s3cret" not in problem.message()
    assert "s3cret" not in problem.detail
    return problem


def garbage_file(folder: Path) -> Path:
    path = folder / "Mitglieder.sqlite3"
    path.write_bytes(b"Dies ist eine Tabelle aus Excel, keine Datenbank.\n" * 200)
    return path


def test_postgres_unreachable() -> None:
    problem = problem_of(UNREACHABLE)
    assert problem.kind is ProblemKind.SERVER_UNREACHABLE
    assert problem.message().startswith("The database server 127.0.0.1:1 cannot be reached.")
    assert "Connection refused" in problem.detail  # the technical cause, for the Details
    assert "office:***@127.0.0.1:1/niro" in problem.detail


def test_postgres_unknown_database(postgres_url: str) -> None:
    name = f"niro_missing_{uuid.uuid4().hex[:8]}"
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    problem = problem_of(url)
    assert problem.kind is ProblemKind.UNKNOWN_DATABASE
    assert problem.params["database"] == name
    assert f"has no database named '{name}'" in problem.message()
    assert "does not exist" in problem.detail


def test_postgres_unknown_role(postgres_url: str) -> None:
    role = f"niro_nobody_{uuid.uuid4().hex[:8]}"
    url = make_url(postgres_url).set(username=role, password="s3cret")
    problem = problem_of(url.render_as_string(hide_password=False))
    assert problem.kind is ProblemKind.ACCESS_DENIED
    assert f"does not let the user '{role}' in" in problem.message()


def test_sqlite_file_that_is_no_database(tmp_path: Path) -> None:
    path = garbage_file(tmp_path)
    before = path.read_bytes()
    problem = problem_of(f"sqlite:///{path}")
    assert problem.kind is ProblemKind.NOT_A_DATABASE
    assert problem.message().startswith(f"The file {path} is not a NIRO Desk database")
    assert "file is not a database" in problem.detail
    assert path.read_bytes() == before  # looked at, not touched


def test_damaged_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("CREATE TABLE filler (x TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size : page_size * 3] = b"\xff" * (page_size * 2)  # the tables' pages
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as raised:
        prepare_database(f"sqlite:///{path}", demo=False, user_login="test.user")
    problem = classify(raised.value, f"sqlite:///{path}")
    assert problem.kind is ProblemKind.DAMAGED
    assert problem.message() == (
        f"The database file {path} is damaged and cannot be read. Restore the newest backup."
    )


def test_sqlite_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    problem = problem_of(f"sqlite:///{blocker / 'niro.sqlite3'}")
    assert problem.kind is ProblemKind.CANNOT_OPEN_FILE
    assert "cannot be opened or created" in problem.message()


@pytest.mark.parametrize(
    "url",
    [
        "not a database address",
        "",
        "postgresql+psycopg://office:s3cret@server:port/niro",
        "C:/Users/office/niro.sqlite3",
    ],
)
def test_addresses_that_cannot_be_understood(url: str) -> None:
    problem = problem_of(url)
    assert problem.kind is ProblemKind.INVALID_ADDRESS
    assert problem.message().startswith(f"The database address '{mask_password(url)}'")
    assert "sqlite:///path/to/file.sqlite3" in problem.message()


@pytest.mark.parametrize(
    "url", ["mysql://office:s3cret@server/niro", "postgresql+nodriver://office:s3cret@server/niro"]
)
def test_databases_niro_desk_does_not_work_with(url: str) -> None:
    problem = problem_of(url)
    assert problem.kind is ProblemKind.UNSUPPORTED
    assert "it uses a SQLite file or a PostgreSQL database" in problem.message()
    assert "office:***@server/niro" in problem.message()


def test_missing_file_is_not_created_when_only_reading(tmp_path: Path) -> None:
    path = tmp_path / "not-there" / "niro_desk.sqlite3"
    problem = problem_of(f"sqlite:///{path}", create=False)
    assert problem.kind is ProblemKind.MISSING_FILE
    assert problem.message().startswith(f"The database file {path} does not exist.")
    assert not path.parent.exists()


def test_missing_file_is_created_when_opening_for_work(tmp_path: Path) -> None:
    path = tmp_path / "new" / "niro_desk.sqlite3"
    db = open_checked(f"sqlite:///{path}")
    db.dispose()
    assert path.is_file()


def test_our_own_refusals_keep_their_words() -> None:
    error = DatabaseError("The database has schema version {revision}.", revision="9999")
    problem = classify(error, "sqlite:///x.sqlite3")
    assert problem.kind is ProblemKind.REFUSED
    assert problem.message() == "The database has schema version 9999."


def test_errors_while_using_an_open_database(tmp_path: Path) -> None:
    db = open_checked(f"sqlite:///{tmp_path / 'open.sqlite3'}")
    try:
        with pytest.raises(Exception) as raised, db.engine.connect() as connection:
            connection.execute(text("ATTACH DATABASE '/proc/no/such.sqlite3' AS other"))
    finally:
        db.dispose()
    # An error about some other file is not blamed on the database that is open.
    problem = classify_during_use(raised.value, db.url)
    assert problem.kind is ProblemKind.OTHER
    assert problem.message().startswith("The database reported an error: unable to open")
    lost = classify_during_use(_unreachable_error(), UNREACHABLE)
    assert lost.kind is ProblemKind.SERVER_UNREACHABLE


def _unreachable_error() -> Exception:
    try:
        open_checked(UNREACHABLE)
    except DatabaseUnavailable as error:
        assert error.__cause__ is not None
        return error.__cause__  # the driver's own error, as it would come mid-command
    raise AssertionError("127.0.0.1:1 answered")


def test_mask_password() -> None:
    assert mask_password("postgresql+psycopg://office:s3cret@db:5432/niro") == (
        "postgresql+psycopg://office:***@db:5432/niro"
    )
    assert mask_password("postgresql://u:p@ss@h/d").count("***") == 1
    assert mask_password("sqlite:////home/office/niro.sqlite3") == (
        "sqlite:////home/office/niro.sqlite3"
    )
