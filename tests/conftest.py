"""Shared fixtures: offscreen Qt, a fresh database per test on SQLite and PostgreSQL.

Every test that takes ``db`` (or ``database_url``) runs twice: on a SQLite file
and on a PostgreSQL database of its own, copied from a migrated template
(``CREATE DATABASE ... TEMPLATE``), so tests never see each other's data.
PostgreSQL comes from ``NIRO_DESK_TEST_POSTGRES_URL``; without it those tests
are skipped with the reason, unless ``NIRO_DESK_REQUIRE_POSTGRES=1`` (CI), where
a missing server fails the run.
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = tempfile.mkdtemp(prefix="niro-desk-test-data-")
os.environ["NIRO_DESK_DATA_DIR"] = _DATA_DIR
os.environ.pop("NIRO_DESK_DATABASE_URL", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from niro_desk import schema_migrations  # noqa: E402
from niro_desk.app_context import AppContext  # noqa: E402
from niro_desk.database import Database, open_database  # noqa: E402

POSTGRES_URL = os.environ.get("NIRO_DESK_TEST_POSTGRES_URL", "")
REQUIRE_POSTGRES = os.environ.get("NIRO_DESK_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", "postgresql"]
TEST_LOGIN = "test.user"


def _admin_engine():  # type: ignore[no-untyped-def]
    # NullPool: the connection is closed on release, not left to the garbage collector
    # (psycopg's ResourceWarning would fail the test that happens to be running).
    return create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _pg_url(database: str) -> str:
    return make_url(POSTGRES_URL).set(database=database).render_as_string(hide_password=False)


class Templates:
    """Migrated (and optionally demo-filled) template databases, made once per run."""

    def __init__(self, folder: Path, worker: str) -> None:
        self.folder = folder
        self.worker = worker
        self._made: dict[tuple[str, bool], str] = {}

    def get(self, backend: str, demo: bool) -> str:
        key = (backend, demo)
        if key not in self._made:
            self._made[key] = self._make(backend, demo)
        return self._made[key]

    def _make(self, backend: str, demo: bool) -> str:
        suffix = f"{self.worker}_{os.getpid()}_{'demo' if demo else 'empty'}"
        if backend == "sqlite":
            path = self.folder / f"template_{suffix}.sqlite3"
            url = f"sqlite:///{path}"
        else:
            name = f"niro_tpl_{suffix}"
            with _admin_engine().connect() as admin:
                admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.execute(text(f'CREATE DATABASE "{name}"'))
            url = _pg_url(name)
        db = open_database(url)
        schema_migrations.upgrade(db)
        if demo:
            from niro_desk.demo import fill as fill_demo

            fill_demo(db, TEST_LOGIN)
        if backend == "sqlite":
            # On the driver connection: inside SQLAlchemy's BEGIN IMMEDIATE the
            # checkpoint fails with "database table is locked".
            raw = db.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        db.dispose()
        return url

    def drop_all(self) -> None:
        names = [
            make_url(url).database
            for (backend, _), url in self._made.items()
            if backend == "postgresql"
        ]
        if names:
            with _admin_engine().connect() as admin:
                for name in names:
                    admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("templates"), worker_id)
    yield made
    made.drop_all()


def _require_backend(backend: str) -> None:
    if backend == "postgresql" and not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("NIRO_DESK_REQUIRE_POSTGRES=1 but NIRO_DESK_TEST_POSTGRES_URL is not set")
        pytest.skip("PostgreSQL not configured: set NIRO_DESK_TEST_POSTGRES_URL to run this half")


def _copy_database(templates: Templates, backend: str, demo: bool, tmp_path: Path) -> Iterator[str]:
    _require_backend(backend)
    template_url = templates.get(backend, demo)
    if backend == "sqlite":
        template = make_url(template_url).database
        assert template is not None
        target = tmp_path / ("niro_desk_demo.sqlite3" if demo else "niro_desk.sqlite3")
        with sqlite3.connect(template) as source, sqlite3.connect(target) as destination:
            source.backup(destination)
        yield f"sqlite:///{target}"
        return
    name = f"niro_t_{uuid.uuid4().hex[:16]}"
    template_name = make_url(template_url).database
    with _admin_engine().connect() as admin:
        admin.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    try:
        yield _pg_url(name)
    finally:
        with _admin_engine().connect() as admin:
            admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(templates: Templates, backend: str, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of its own for this test."""
    yield from _copy_database(templates, backend, False, tmp_path)


@pytest.fixture
def demo_database_url(templates: Templates, backend: str, tmp_path: Path) -> Iterator[str]:
    """A database of its own holding the demo network."""
    yield from _copy_database(templates, backend, True, tmp_path)


@pytest.fixture
def blank_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all (for migration tests)."""
    _require_backend(backend)
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.sqlite3'}"
        return
    name = f"niro_b_{uuid.uuid4().hex[:16]}"
    with _admin_engine().connect() as admin:
        admin.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield _pg_url(name)
    finally:
        with _admin_engine().connect() as admin:
            admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(demo_database_url: str) -> Iterator[Database]:
    database = open_database(demo_database_url)
    yield database
    database.dispose()


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db, TEST_LOGIN, "en")


@pytest.fixture
def demo_context(demo_db: Database) -> AppContext:
    return AppContext(demo_db, TEST_LOGIN, "en", demo=True)


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def transaction(db: Database) -> Callable[..., object]:
    return db.transaction


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """The run's one QApplication, made before the first test. A command test calling
    ``cli.main()`` first would otherwise make a bare QCoreApplication, and every widget
    test after it in the same process would fail."""
    return qapp


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui/garbage_collector.py): no collection in worker threads."""
    gc.disable()
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _no_splitter_warm_up_behind_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main window loads the compound splitter in a thread after its first paint; in
    tests the splitting tests load it, not a thread racing every window test (tests that
    check the warm-up patch this back; test_charsplit_store.py)."""
    from niro_desk.membership import compound_splitter

    monkeypatch.setattr(compound_splitter, "prepare_in_background", lambda: None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Tests that measure something (e.g. the matcher's precision) report it at the end."""
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get(
        "failed", []
    ):
        if report.when != "call":
            continue
        for name, value in report.user_properties:
            if name == "summary":
                terminalreporter.write_line(str(value))
