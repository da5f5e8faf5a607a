"""The command line never ends in a traceback: one error line, exit codes, ``--database`` anywhere.

Every subcommand meets every database that cannot be opened (a closed port, an
unknown database and role on the test server, a garbage file, addresses that
cannot be parsed or are not supported) and must answer with exactly one line
``niro-desk: error: ...`` and exit code 2. Commands that only read create
nothing. The detail goes to the log file in the data folder.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from niro_desk import cli, cli_commands, log_file
from niro_desk.database import open_database, sqlite_path

pytestmark = pytest.mark.usefixtures("qapp")  # see tests/test_cli.py

POSTGRES_URL = os.environ.get("NIRO_DESK_TEST_POSTGRES_URL", "")
UNREACHABLE = "postgresql+psycopg://office:s3cret@127.0.0.1:1/niro"
SUBCOMMANDS = [
    ["db", "upgrade"],
    ["db", "check"],
    ["db", "backup", "{tmp}/backup.sqlite3"],
    ["db", "restore", "{tmp}/backup.sqlite3"],
    ["demo"],
    ["members", "export", "{tmp}/Mitglieder.xlsx"],
    ["members", "import", "{tmp}/Mitglieder.xlsx"],
    ["members", "import", "{tmp}/Mitglieder.xlsx", "--dry-run"],
    ["db", "setup-roles"],
]
BAD_DATABASES = ["unreachable", "garbage file", "unparsable", "unsupported"]
SERVER_CASES = ["unknown database", "unknown role"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def command(words: list[str], tmp_path: Path) -> list[str]:
    return [word.replace("{tmp}", str(tmp_path)) for word in words]


def with_database(words: list[str], url: str, after: bool) -> list[str]:
    """``--database URL`` before the subcommand, or after all of it."""
    return [*words, "--database", url] if after else ["--database", url, *words]


def bad_url(case: str, tmp_path: Path) -> str:
    if case == "unreachable":
        return UNREACHABLE
    if case == "garbage file":
        path = tmp_path / "Mitglieder.sqlite3"
        path.write_bytes(b"Vorname;Nachname;Firma\n" * 300)
        return f"sqlite:///{path}"
    if case == "unparsable":
        return "postgresql+psycopg://office:s3cret@server:port/niro"
    if case == "unsupported":
        return "mysql://office:s3cret@server/niro"
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured: set NIRO_DESK_TEST_POSTGRES_URL")
    url = make_url(POSTGRES_URL)
    if case == "unknown database":
        url = url.set(database=f"niro_missing_{uuid.uuid4().hex[:8]}")
    else:
        url = url.set(username=f"niro_nobody_{uuid.uuid4().hex[:8]}", password="s3cret")
    return url.render_as_string(hide_password=False)


def assert_one_error_line(err: str) -> None:
    assert err.startswith("niro-desk: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    assert "s3cret" not in err


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(folder))
    monkeypatch.delenv("NIRO_DESK_DATABASE_URL", raising=False)
    return folder


@pytest.mark.parametrize("case", BAD_DATABASES + SERVER_CASES)
@pytest.mark.parametrize("words", SUBCOMMANDS, ids=" ".join)
def test_a_database_that_cannot_be_opened_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_folder: Path,
    words: list[str],
    case: str,
) -> None:
    url = bad_url(case, tmp_path)
    after = SUBCOMMANDS.index(words) % 2 == 1  # both positions of --database get their turn
    code, out, err = run(capsys, *with_database(command(words, tmp_path), url, after))
    assert (code, out) == (2, "")
    assert_one_error_line(err)
    expected = {
        "unreachable": "The database server 127.0.0.1:1 cannot be reached.",
        "garbage file": "is not a NIRO Desk database",
        "unparsable": "cannot be understood",
        "unsupported": "NIRO Desk cannot work with the database",
        "unknown database": "has no database named 'niro_missing_",
        "unknown role": "does not let the user 'niro_nobody_",
    }[case]
    assert expected in err
    # The technical detail is in the log file, not on the terminal.
    logged = log_file.log_path(data_folder).read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "s3cret" not in logged


@pytest.mark.parametrize(
    "words",
    [
        ["db", "check"],
        ["db", "backup", "{tmp}/backup.sqlite3"],
        ["members", "export", "{tmp}/Mitglieder.xlsx"],
        ["members", "import", "{tmp}/Mitglieder.xlsx", "--dry-run"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
def test_commands_that_only_read_create_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, words: list[str], after: bool
) -> None:
    missing = tmp_path / "nowhere" / "niro_desk.sqlite3"
    code, out, err = run(
        capsys, *with_database(command(words, tmp_path), f"sqlite:///{missing}", after)
    )
    assert (code, out) == (2, "")
    assert_one_error_line(err)
    assert f"The database file {missing} does not exist." in err
    assert not missing.parent.exists()


def test_db_check_on_the_default_database_creates_no_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "never-started"
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", str(folder))
    monkeypatch.delenv("NIRO_DESK_DATABASE_URL", raising=False)
    code, _out, err = run(capsys, "db", "check")
    assert code == 2
    assert "niro_desk.sqlite3 does not exist" in err
    assert not folder.exists()  # neither the database nor the log file made it


def test_a_dry_run_does_not_migrate_an_empty_database(
    capsys: pytest.CaptureFixture[str], blank_database_url: str, tmp_path: Path
) -> None:
    path = sqlite_path(blank_database_url)
    if path is not None:
        path.touch()  # an empty SQLite file: exists, has no tables
    workbook = tmp_path / "Mitglieder.xlsx"
    code, _out, err = run(
        capsys, "members", "import", str(workbook), "--dry-run", "--database", blank_database_url
    )
    assert code == 1
    assert_one_error_line(err)
    assert "is not at the newest schema version (it has -," in err
    assert "Run niro-desk db upgrade first" in err
    db = open_database(blank_database_url)
    try:
        with db.engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        db.dispose()


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
def test_database_before_or_after_every_subcommand(
    capsys: pytest.CaptureFixture[str],
    blank_database_url: str,
    tmp_path: Path,
    data_folder: Path,
    after: bool,
) -> None:
    url = blank_database_url
    steps = [
        (["db", "upgrade"], "Schema is at version"),
        (["db", "check"], "OK"),
        (["demo"], "Demo network written:"),
        (["members", "export", "{tmp}/Mitglieder.xlsx"], "members written to"),
        (["members", "import", "{tmp}/Mitglieder.xlsx", "--dry-run"], "Dry run: nothing"),
        (["db", "backup", "{tmp}/backup.sqlite3"], "Backup written to"),
        (["db", "restore", "{tmp}/backup.sqlite3", "--yes"], "Database restored from"),
    ]
    for words, said in steps:
        code, out, err = run(capsys, *with_database(command(words, tmp_path), url, after))
        assert (code, err) == (0, ""), (words, out, err)
        assert said in out, (words, out)
    # Nothing went to the default database in the data folder.
    assert not (data_folder / "niro_desk.sqlite3").exists()


def test_database_given_twice_must_agree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    one, other = f"sqlite:///{tmp_path / 'one.sqlite3'}", f"sqlite:///{tmp_path / 'two.sqlite3'}"
    with pytest.raises(SystemExit) as exited:
        cli.main(["--database", one, "db", "check", "--database", other])
    assert exited.value.code == 2
    assert "niro-desk: error: --database given twice with different values" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["demo"], "the demo command needs --database URL"),
        (["db"], "the following arguments are required: db_command"),
        (["reports"], "argument command: invalid choice: 'reports'"),
        (["members", "export"], "the following arguments are required: file"),
        (["db", "check", "--lang", "fr"], "argument --lang: invalid choice: 'fr'"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"niro-desk: error: {said}" in err
    assert "Traceback" not in err


def test_an_unexpected_fault_is_one_line_exit_3_and_logged(
    capsys: pytest.CaptureFixture[str], data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(cli_commands.COMMANDS, "db", broken)
    code, out, err = run(capsys, "db", "check")
    assert (code, out) == (3, "")
    assert_one_error_line(err)
    log = log_file.log_path(data_folder)
    assert f"Unexpected error (ZeroDivisionError: a bug). The details are in {log}." in err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: a bug" in logged


def test_interrupted_is_one_line(
    capsys: pytest.CaptureFixture[str], data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(cli_commands.COMMANDS, "db", interrupted)
    code, _out, err = run(capsys, "db", "check")
    assert code == 130
    assert err == "niro-desk: error: interrupted\n"


def test_refusals_are_one_line_in_the_same_style_and_exit_1(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--database", database_url, "members", "import", "missing.xlsx")
    assert code == 1
    assert_one_error_line(err)
    assert "missing.xlsx" in err
