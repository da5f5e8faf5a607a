"""Backup to one sealed SQLite file and restore from it, on both engines; bad files change nothing.

Every kind of damage has a test of its own that expects the exact reason, so a
check that is skipped (or answered by another check) fails its test. The
damaged files are sealed again after the damage (as if the damage had been
there when the backup was written): otherwise the checksum would refuse them
all and hide the check under test.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from niro_desk import __version__, backup_seal, config, db_backup, schema_migrations
from niro_desk.app_context import AppContext
from niro_desk.config import sqlite_url
from niro_desk.database import Database, display_url, open_database, sqlite_path
from niro_desk.errors import DatabaseError
from niro_desk.models import Organisation, OrganisationKind
from niro_desk.ui.main_window import MainWindow


def _add(db: Database, name: str, city: str = "") -> int:
    with db.transaction() as session:
        organisation = Organisation(name=name, kind=OrganisationKind.CUSTOMER, city=city)
        session.add(organisation)
        session.flush()
        return organisation.id


def _organisations(db: Database) -> list[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(Organisation.name, Organisation.city).order_by(Organisation.name)
        )
        return [(name, city) for name, city in rows]


def _sqlite(path: Path, *statements: str) -> None:
    """Change a backup file behind NIRO Desk's back, as a database tool would."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("PRAGMA ignore_check_constraints = ON")
        with connection:
            for statement in statements:
                connection.execute(statement)


def _reseal(path: Path) -> None:
    backup_seal.seal(path, __version__, "test")


def _safety_copies(db: Database) -> list[Path]:
    path = sqlite_path(db.url)
    if path is None:
        path = config.data_dir() / f"{make_url(db.url).database}.sqlite3"
    return sorted(path.parent.glob(f"{path.stem}.before-restore-*"))


@pytest.fixture
def backed_up(db: Database, tmp_path: Path) -> Path:
    """``db`` with one customer, backed up; afterwards the data is changed."""
    _add(db, "Kunde AG", city="Kassel")
    target = tmp_path / "backups" / "niro-backup.sqlite3"
    target.parent.mkdir()
    db_backup.backup(db, target)
    with db.transaction() as session:
        customer = session.scalars(select(Organisation)).one()
        customer.city = "Fulda"
        session.add(Organisation(name="Neu GmbH", kind=OrganisationKind.SUPPLIER))
    assert _organisations(db) == [("Kunde AG", "Fulda"), ("Neu GmbH", "")]
    return target


# -- backup -----------------------------------------------------------------------------------
def test_backup_is_a_verified_sealed_sqlite_file(db: Database, backed_up: Path) -> None:
    assert backed_up.is_file()
    # One self-contained file: no WAL or journal beside it.
    assert sorted(p.name for p in backed_up.parent.iterdir()) == [backed_up.name]
    summary = db_backup.verify_backup(backed_up)
    assert summary.revision == schema_migrations.head_revision()
    assert summary.app_version == __version__
    assert summary.counts["organisations"] == 1
    assert summary.counts["members"] == 0
    assert len(summary.digest) == 64
    with closing(sqlite3.connect(f"file:{backed_up}?mode=ro", uri=True)) as copy:
        assert copy.execute("SELECT name, city, kind FROM organisation").fetchall() == [
            ("Kunde AG", "Kassel", "customer")
        ]
        assert copy.execute("SELECT count(*) FROM industry_code").fetchone() == (996,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        seal = copy.execute(f"SELECT algorithm, digest FROM {backup_seal.SEAL_TABLE}").fetchall()
    assert seal == [(backup_seal.ALGORITHM, summary.digest)]
    assert db.engine.url.password is None or db.engine.url.password not in summary.source


def test_the_checksum_survives_copying_and_vacuum(db: Database, backed_up: Path) -> None:
    digest = db_backup.verify_backup(backed_up).digest
    copied = backed_up.parent.parent / "elsewhere" / "copy.sqlite3"
    copied.parent.mkdir()
    shutil.copyfile(backed_up, copied)
    with closing(sqlite3.connect(copied)) as connection:
        connection.execute("VACUUM")
    assert db_backup.verify_backup(copied).digest == digest


def test_backup_refuses_an_existing_target(db: Database, tmp_path: Path) -> None:
    _add(db, "Kunde AG")
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"something the user keeps")
    with pytest.raises(DatabaseError) as caught:
        db_backup.backup(db, target)
    assert str(caught.value) == f"{target} exists already: choose a new file name."
    assert target.read_bytes() == b"something the user keeps"


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("/proc/niro-backup.sqlite3", "Cannot write the backup to /proc/niro-backup.sqlite3: "),
        ("{tmp}/no/such/folder/b.sqlite3", "Cannot write the backup: the folder {tmp}/no/such"),
        ("{tmp}/a-file/b.sqlite3", "Cannot write the backup: the folder {tmp}/a-file does not"),
    ],
    ids=["proc", "missing-folder", "folder-is-a-file"],
)
def test_backup_into_a_place_that_cannot_be_written(
    db: Database, tmp_path: Path, where: str, reason: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    target = Path(where.format(tmp=tmp_path))
    with pytest.raises(DatabaseError) as caught:
        db_backup.backup(db, target)
    message = str(caught.value)
    assert message.startswith(reason.format(tmp=tmp_path))
    assert "\n" not in message  # one line, no traceback
    assert not target.exists()
    assert not (tmp_path / "no").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_backup_into_a_read_only_folder(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseError) as caught:
            db_backup.backup(db, folder / "b.sqlite3")
    finally:
        folder.chmod(0o755)
    assert (
        str(caught.value) == f"Cannot write the backup to {folder / 'b.sqlite3'}: Permission denied"
    )
    assert list(folder.iterdir()) == []


# -- restore ----------------------------------------------------------------------------------
def test_restore_brings_the_data_back_and_keeps_a_safety_copy(
    db: Database, backed_up: Path
) -> None:
    result = db_backup.restore(db, backed_up)

    assert _organisations(db) == [("Kunde AG", "Kassel")]
    assert schema_migrations.check(db).ok
    counts = db_backup.row_counts(db)
    assert counts["organisation"] == 1
    assert counts["industry_code"] == 996
    assert "niro_backup_seal" not in counts
    # The database stays usable: new rows get fresh keys (sequences reset on PostgreSQL).
    with db.reading() as session:
        restored_id = session.scalars(select(Organisation.id)).one()
    assert _add(db, "Nach Restore KG") > restored_id
    assert backed_up.is_file()  # the backup itself is kept
    assert sorted(p.name for p in backed_up.parent.iterdir()) == [backed_up.name]

    # The replaced data went into a sealed safety copy (SQLite: next to the file, as the
    # schema upgrade's; PostgreSQL: in the data folder), which restores like any backup.
    assert _safety_copies(db) == [result.safety_copy]
    path = sqlite_path(db.url)
    if path is not None:
        assert result.safety_copy.parent == path.parent
    else:
        assert result.safety_copy.parent == config.data_dir()
    assert db_backup.verify_backup(result.safety_copy).counts["organisations"] == 2
    db_backup.restore(db, result.safety_copy)
    assert _organisations(db) == [("Kunde AG", "Fulda"), ("Neu GmbH", "")]


def test_backup_of_an_empty_database_restores_to_empty(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite3"
    db_backup.backup(db, target)
    _add(db, "Später AG")
    db_backup.restore(db, target)
    assert _organisations(db) == []


def test_restore_shows_what_it_replaces(db: Database, backed_up: Path) -> None:
    summary = db_backup.verify_backup(backed_up)
    current = db_backup.current_counts(db)
    assert current is not None
    rows = db_backup.comparison_rows(current, summary, "en")
    assert rows[0] == ("Organisations", "2", "1")
    assert [row[0] for row in rows] == list(db_backup.COUNT_LABELS.values())
    described = db_backup.describe_backup(summary, "de")
    local = summary.written_at.astimezone()
    assert f"written {local:%d.%m.%Y %H:%M}" in described
    assert f"(schema version {summary.revision})" in described


def test_restore_refuses_a_backup_that_changed_after_the_question(
    db: Database, backed_up: Path
) -> None:
    summary = db_backup.verify_backup(backed_up)
    other = backed_up.with_name("other.sqlite3")
    db_backup.backup(db, other)  # a valid backup, but not the one the user confirmed
    shutil.copyfile(other, backed_up)
    _refused(db, backed_up, "{path} changed after it was checked: nothing was restored.", summary)


def _refused(
    db: Database,
    bad: Path,
    reason: str,
    confirmed: db_backup.BackupSummary | None = None,
) -> None:
    """The restore is refused with exactly ``reason``, and nothing changed at all."""
    before = _organisations(db)
    with pytest.raises(DatabaseError) as caught:
        db_backup.restore(db, bad, expected_digest=confirmed.digest if confirmed else None)
    assert str(caught.value).startswith(reason.format(path=bad)), str(caught.value)
    assert _organisations(db) == before
    assert schema_migrations.check(db).ok
    assert _safety_copies(db) == []  # refused before a single byte was written
    assert sorted(p.name for p in bad.parent.iterdir() if "restor" in p.name) == []


# One test per kind of damage, each with its exact reason.
def test_restore_refuses_a_file_with_only_a_version_row(db: Database, backed_up: Path) -> None:
    with closing(sqlite3.connect(backed_up)) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name not in ("alembic_version", backup_seal.SEAL_TABLE)
        ]
    _sqlite(backed_up, *(f"DROP TABLE {name}" for name in tables))
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} cannot be restored: None of NIRO Desk's tables are there"
        " (only the schema version).",
    )


def test_restore_refuses_missing_tables(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "DROP TABLE contact_expertise", "DROP TABLE board_decision")
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} cannot be restored: Table board_decision is missing."
        " Table contact_expertise is missing.",
    )


def test_restore_refuses_a_missing_column(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "ALTER TABLE organisation DROP COLUMN website")
    _reseal(backed_up)
    _refused(db, backed_up, "{path} cannot be restored: Table organisation lacks column website.")


def test_restore_refuses_broken_references(db: Database, backed_up: Path) -> None:
    _sqlite(
        backed_up,
        "INSERT INTO organisation_sales_code (organisation_id, code) VALUES (999, '25.62')",
    )
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} cannot be restored: Row 1 of table organisation_sales_code refers to a missing"
        " row of table organisation.",
    )


def test_restore_refuses_a_row_that_breaks_a_check_rule(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "UPDATE organisation SET employees = -5")
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} cannot be restored: 1 rows of table organisation break the rule"
        " ck_organisation_employees_not_negative (first: row 1).",
    )


def test_restore_refuses_a_missing_required_value(db: Database, backed_up: Path) -> None:
    # A table rebuilt without its NOT NULL (as a careless tool would) holding a NULL name.
    _sqlite(
        backed_up,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'name VARCHAR(200) NOT NULL',"
        " 'name VARCHAR(200)') WHERE name = 'organisation'",
    )
    _sqlite(backed_up, "UPDATE organisation SET name = NULL")
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} cannot be restored: Column organisation.name accepts empty values;"
        " NIRO Desk requires a value. 1 rows of table organisation have no value in"
        " column name (first: row 1).",
    )


def test_restore_refuses_an_index_that_disagrees_with_its_table(
    db: Database, backed_up: Path
) -> None:
    """Damage only SQLite's integrity check sees: reading the rows still works."""
    with closing(sqlite3.connect(backed_up)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_organisation_name'"
        ).fetchone()
    data = bytearray(backed_up.read_bytes())
    page = slice((root - 1) * page_size, root * page_size)
    assert data[page].count(b"Kunde AG") == 1
    data[page] = data[page].replace(b"Kunde AG", b"Kunde AX")
    backed_up.write_bytes(bytes(data))
    # The rows (and so the checksum) are untouched; only the index is wrong.
    with closing(sqlite3.connect(backed_up)) as connection:
        sealed = backup_seal.read_seal(connection)
    assert sealed is not None
    assert sealed[0].digest == sealed[1]
    _refused(db, backed_up, "{path} is damaged: SQLite's integrity check fails (")


def test_restore_refuses_a_corrupt_file(db: Database, backed_up: Path) -> None:
    bad = backed_up.with_name("damaged.sqlite3")
    data = bytearray(backed_up.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 4 * page_size
    for page in range(1, len(data) // page_size):  # keep the header page, wreck the rest
        start = page * page_size
        data[start : start + 64] = b"\xff" * 64
    bad.write_bytes(bytes(data))
    _refused(db, bad, "{path} is damaged: SQLite's integrity check fails (")


def test_restore_refuses_a_file_that_is_not_sqlite(db: Database, backed_up: Path) -> None:
    bad = backed_up.with_name("notes.sqlite3")
    bad.write_text("Mitgliederliste 2026\nKunde AG;Kassel\n" * 200, encoding="utf-8")
    _refused(db, bad, "{path} is not a NIRO Desk backup: it is not a SQLite database file.")


def test_restore_refuses_an_unknown_version(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "UPDATE alembic_version SET version_num = '9999_future'")
    _reseal(backed_up)
    _refused(
        db,
        backed_up,
        "{path} has schema version 9999_future, unknown to this NIRO Desk"
        " (written by a newer version?).",
    )


def test_restore_refuses_a_sqlite_file_without_schema_version(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "other-app.sqlite3"
    _sqlite(bad, "CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT)")
    _refused(db, bad, "{path} is not a NIRO Desk backup: it has no schema version.")


def test_restore_refuses_a_missing_file(db: Database, tmp_path: Path) -> None:
    _refused(db, tmp_path / "nowhere.sqlite3", "{path} does not exist.")


# The checksum.
def test_restore_refuses_a_backup_altered_afterwards(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "UPDATE organisation SET city = 'Fulda' WHERE name = 'Kunde AG'")
    _refused(
        db,
        backed_up,
        "{path} was changed after the backup was written: its checksum does not match its content.",
    )


def test_restore_refuses_a_backup_whose_schema_was_altered(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, "CREATE INDEX ix_sneaky ON organisation (city)")
    _refused(db, backed_up, "{path} was changed after the backup was written")


def test_restore_refuses_a_backup_without_checksum(db: Database, backed_up: Path) -> None:
    _sqlite(backed_up, f"DROP TABLE {backup_seal.SEAL_TABLE}")
    _refused(
        db,
        backed_up,
        "{path} carries no checksum: it was not written by NIRO Desk's backup, or was changed.",
    )


def test_restore_of_an_older_backup_upgrades_a_copy(db: Database, tmp_path: Path) -> None:
    old = tmp_path / "old-backup.sqlite3"
    old_db = open_database(sqlite_url(old), check_share=False)
    try:
        config_ = schema_migrations.alembic_config()
        with old_db.engine.begin() as connection:
            config_.attributes["connection"] = connection
            command.upgrade(config_, "0001")
            connection.execute(
                text(
                    "INSERT INTO organisation (name, kind, legal_form, street, postal_code, city,"
                    " region, country, website, vat_id, notes, created_at, updated_at) VALUES"
                    " ('Alt GmbH', 'customer', '', '', '', 'Kassel', '', 'DE', '', '', '',"
                    " '2025-01-01 00:00:00+00:00', '2025-01-01 00:00:00+00:00')"
                )
            )
    finally:
        old_db.dispose()
    backup_seal.seal(old, "0.0.9", "an older NIRO Desk")
    old_bytes = old.read_bytes()
    _add(db, "Heute AG")

    assert db_backup.verify_backup(old).revision == "0001"
    db_backup.restore(db, old)

    assert _organisations(db) == [("Alt GmbH", "Kassel")]
    assert schema_migrations.check(db).ok
    assert old.read_bytes() == old_bytes  # the backup file itself is never upgraded
    assert sorted(p.name for p in tmp_path.glob("old-backup*")) == [old.name]


def test_the_schema_upgrade_safety_copy_is_a_restorable_backup(db: Database) -> None:
    path = sqlite_path(db.url)
    if path is None:
        pytest.skip("PostgreSQL is upgraded in place (no file to copy)")
    copy = schema_migrations.write_sqlite_safety_copy(db, "before-upgrade-test")
    assert copy is not None
    assert copy.name.startswith(f"{path.stem}.before-upgrade-test-")
    assert db_backup.verify_backup(copy).revision == schema_migrations.head_revision()


# -- the window: File → Back up / Restore ------------------------------------------------------
class _MessageBoxes:
    """Answers the message boxes the window opens (they run their own event loop)."""

    def __init__(self, answer: str, snapshot: Path | None = None) -> None:
        self.answer = answer
        self.snapshot = snapshot
        self.seen: list[tuple[str, str, str, str]] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QMessageBox) or not widget.isVisible():
                continue
            self.seen.append(
                (widget.objectName(), widget.windowTitle(), widget.text(), widget.informativeText())
            )
            if widget.objectName() == "restoreConfirmation":
                if self.snapshot is not None:
                    widget.grab().save(str(self.snapshot))
                if self.answer == "restore":
                    button = widget.findChild(QAbstractButton, "restoreButton")
                else:
                    button = widget.button(QMessageBox.StandardButton.Cancel)
                button.click()
            else:
                widget.accept()


def _window(qtbot: QtBot, context: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(context, settings)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _file_action(window: MainWindow, text_: str) -> QAction:
    menus = {action.text(): action for action in window.menuBar().actions()}
    file_menu = menus["&File"].menu()
    return next(a for a in file_menu.actions() if a.text() == text_)


def _run_until(qtbot: QtBot, action: QAction, done: Callable[[], bool]) -> None:
    # Work runs on a pool thread; Python's collector must not free Qt objects there
    # (see tests/test_main_window.py::test_back_up_from_the_file_menu).
    gc.collect()
    gc.disable()
    try:
        action.trigger()
        qtbot.waitUntil(done, timeout=20_000)
    finally:
        gc.enable()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_restore_from_the_file_menu_shows_asks_and_keeps_a_safety_copy(
    qtbot: QtBot,
    context: AppContext,
    settings: QSettings,
    backed_up: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(backed_up), ""),
    )
    window = _window(qtbot, context, settings)
    members = window.show_area("suppliers")  # customers and suppliers
    assert members.model.rowCount() == 2
    boxes = _MessageBoxes("restore", snapshot=tmp_path / "restore-confirmation.png")
    try:
        _run_until(
            qtbot,
            _file_action(window, "&Restore database…"),
            lambda: any(seen[1] == "Database restored" for seen in boxes.seen),
        )
    finally:
        boxes.stop()

    name, title, question, details = boxes.seen[0]
    assert (name, title) == ("restoreConfirmation", "Restore database")
    assert question == f"Replace all data of {display_url(context.db.url)} with this backup?"
    summary = db_backup.verify_backup(backed_up)
    local = summary.written_at.astimezone()
    assert f"written {local:%d/%m/%Y %H:%M}" in details
    assert re.search(r"Organisations</td><td[^>]*>2</td><td[^>]*>1</td>", details), details
    assert "A safety copy of the current data is written first" in details

    assert _organisations(context.db) == [("Kunde AG", "Kassel")]
    assert members.model.rowCount() == 1  # the open area shows the restored data
    [copy] = _safety_copies(context.db)
    report = next(seen for seen in boxes.seen if seen[1] == "Database restored")
    assert str(copy) in report[2]
    assert str(backed_up) in report[2]
    assert db_backup.verify_backup(copy).counts["organisations"] == 2


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_restore_cancelled_in_the_window_changes_nothing(
    qtbot: QtBot,
    context: AppContext,
    settings: QSettings,
    backed_up: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(backed_up), ""),
    )
    window = _window(qtbot, context, settings)
    boxes = _MessageBoxes("cancel")
    try:
        _run_until(qtbot, _file_action(window, "&Restore database…"), lambda: bool(boxes.seen))
        qtbot.wait(200)
    finally:
        boxes.stop()
    assert [seen[0] for seen in boxes.seen] == ["restoreConfirmation"]
    assert _organisations(context.db) == [("Kunde AG", "Fulda"), ("Neu GmbH", "")]
    assert _safety_copies(context.db) == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_restore_of_a_damaged_file_in_the_window_says_why(
    qtbot: QtBot,
    context: AppContext,
    settings: QSettings,
    backed_up: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _sqlite(backed_up, "UPDATE organisation SET city = 'Fulda'")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(backed_up), ""),
    )
    window = _window(qtbot, context, settings)
    boxes = _MessageBoxes("restore")
    try:
        _run_until(qtbot, _file_action(window, "&Restore database…"), lambda: bool(boxes.seen))
    finally:
        boxes.stop()
    [(_name, _title, message, _details)] = boxes.seen
    assert message == (
        f"{backed_up} was changed after the backup was written: its checksum does not match"
        " its content."
    )
    assert _safety_copies(context.db) == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_backup_into_an_unwritable_place_from_the_window(
    qtbot: QtBot, context: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: ("/proc/niro-backup.sqlite3", ""),
    )
    window = _window(qtbot, context, settings)
    boxes = _MessageBoxes("ok")
    try:
        _run_until(qtbot, _file_action(window, "&Back up database…"), lambda: bool(boxes.seen))
    finally:
        boxes.stop()
    [(_name, _title, message, _details)] = boxes.seen
    assert message.startswith("Cannot write the backup to /proc/niro-backup.sqlite3: ")
    assert "\n" not in message and "Error" not in message
    assert "Backup written" not in window.statusBar().currentMessage()
