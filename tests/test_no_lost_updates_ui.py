"""No lost updates in the window: two office PCs (two AppContexts) on one database.

Message boxes go through ``niro_desk.ui.members.prompts``, replaced here so
nothing blocks: ``confirm`` answers the "reload and apply again?" question,
``retry`` the "Try again" of a busy database.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from niro_desk import database as database_module
from niro_desk.app_context import AppContext
from niro_desk.database import Database, open_database
from niro_desk.membership.contacts import ContactInput, create_contact, load_contact
from niro_desk.membership.organisations import (
    OrganisationInput,
    create_organisation,
    get_organisation,
    load_organisation,
)
from niro_desk.models import AuditEntry, OrganisationKind
from niro_desk.ui.change_watcher import ChangeWatcher
from niro_desk.ui.main_window import MainWindow
from niro_desk.ui.members import prompts
from niro_desk.ui.members.contact_dialog import ContactDialog
from niro_desk.ui.members.fee_dialog import FeeDialog
from niro_desk.ui.members.members_area import MembersArea
from niro_desk.ui.members.organisation_dialog import OrganisationDialog
from niro_desk.users import ensure_user

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass
class Answers:
    reload: bool = True
    asked: list[str] = field(default_factory=list)
    warned: list[str] = field(default_factory=list)
    errors: list[Exception] = field(default_factory=list)
    retries: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def confirm(_parent: Any, _title: str, question: str) -> bool:
        given.asked.append(question)
        return given.reload

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, message: given.warned.append(message))
    monkeypatch.setattr(prompts, "show_error", lambda _p, error: given.errors.append(error))
    return given


@pytest.fixture
def pc_a(database_url: str) -> Iterator[AppContext]:
    db = open_database(database_url)
    yield AppContext(db, "anna", "en")
    db.dispose()


@pytest.fixture
def pc_b(database_url: str) -> Iterator[AppContext]:
    db = open_database(database_url)
    yield AppContext(db, "bernd", "en")
    db.dispose()


def make_member(context: AppContext, name: str = "Hellweg Stanztechnik GmbH") -> int:
    with context.db.transaction() as session:
        return create_organisation(
            session,
            ensure_user(session, "setup"),
            OrganisationInput(name=name, city="Unna"),
            OrganisationKind.MEMBER,
        ).id


def open_edit(qtbot: QtBot, context: AppContext, organisation_id: int) -> OrganisationDialog:
    dialog = OrganisationDialog(context, organisation_id=organisation_id, regions=[])
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def last_entry(db: Database, entity_type: str, entity_id: int) -> AuditEntry:
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        _ = entry.user.login
        return entry


def test_two_pcs_edit_one_organisation_reload_and_reapply(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    organisation_id = make_member(pc_a)
    dialog_a = open_edit(qtbot, pc_a, organisation_id)
    dialog_b = open_edit(qtbot, pc_b, organisation_id)

    dialog_a.city_edit.setText("Kamen")
    assert dialog_a.save()

    dialog_b.website_edit.setText("www.hellweg.example")
    assert not dialog_b.save()  # refused: A saved after B opened the dialog
    assert len(answers.asked) == 1
    assert "anna" in answers.asked[0] and "Hellweg Stanztechnik GmbH" in answers.asked[0]
    assert "Reload" in answers.asked[0]
    # reloaded: A's city, B's website on top, and a note that says what happened
    assert dialog_b.isVisible()
    assert dialog_b.city_edit.text() == "Kamen"
    assert dialog_b.website_edit.text() == "www.hellweg.example"
    assert dialog_b.reload_notice.isVisible()
    assert "anna" in dialog_b.reload_notice.text()
    assert "both" not in dialog_b.reload_notice.text()  # no field was changed on both PCs
    with pc_a.db.reading() as session:
        assert get_organisation(session, organisation_id).website == ""  # nothing saved yet

    assert dialog_b.save()
    with pc_a.db.reading() as session:
        stored = get_organisation(session, organisation_id)
        assert (stored.city, stored.website) == ("Kamen", "www.hellweg.example")
    entry = last_entry(pc_a.db, "organisation", organisation_id)
    assert entry.user.login == "bernd"
    assert entry.after == {"website": "www.hellweg.example"}
    assert answers.errors == []


def test_declining_the_reload_keeps_the_dialog_and_saves_nothing(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    organisation_id = make_member(pc_a)
    dialog_a = open_edit(qtbot, pc_a, organisation_id)
    dialog_b = open_edit(qtbot, pc_b, organisation_id)
    dialog_a.city_edit.setText("Kamen")
    assert dialog_a.save()
    answers.reload = False
    dialog_b.city_edit.setText("Hamm")
    assert not dialog_b.save()
    assert dialog_b.isVisible() and not dialog_b.reload_notice.isVisible()
    assert dialog_b.city_edit.text() == "Hamm"
    with pc_a.db.reading() as session:
        assert get_organisation(session, organisation_id).city == "Kamen"


def test_a_field_changed_on_both_pcs_is_named(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    organisation_id = make_member(pc_a)
    with pc_a.db.transaction() as session:
        contact = create_contact(
            session, ensure_user(session, "setup"), organisation_id, ContactInput("Jan", "Berg")
        )
        contact_id = contact.id

    def open_contact(context: AppContext) -> ContactDialog:
        with context.db.reading() as session:
            loaded = load_contact(session, contact_id)
        dialog = ContactDialog(context, organisation_id, loaded)
        qtbot.add_widget(dialog)
        dialog.show()
        return dialog

    dialog_a, dialog_b = open_contact(pc_a), open_contact(pc_b)
    dialog_a.phone_edit.setText("02303 111111")
    assert dialog_a.save()
    dialog_b.phone_edit.setText("02303 222222")
    dialog_b.function_edit.setText("Head of purchasing")
    assert not dialog_b.save()
    assert dialog_b.phone_edit.text() == "02303 222222"  # B's entry is kept ...
    notice = dialog_b.reload_notice.text()
    assert "Phone" in notice and "+49 2303 111111" in notice  # ... and A's value is named
    assert "Function" not in notice
    assert dialog_b.save()
    with pc_a.db.reading() as session:
        stored = load_contact(session, contact_id)
        assert (stored.phone, stored.function) == ("+49 2303 222222", "Head of purchasing")


def test_fee_step_from_an_old_view_of_the_history(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    organisation_id = make_member(pc_a)

    def open_fee(context: AppContext) -> FeeDialog:
        with context.db.reading() as session:
            membership = load_organisation(session, organisation_id).membership
            assert membership is not None
            version = membership.version
        dialog = FeeDialog(context, organisation_id, "Hellweg", version=version)
        qtbot.add_widget(dialog)
        dialog.show()
        return dialog

    dialog_a, dialog_b = open_fee(pc_a), open_fee(pc_b)
    dialog_a.amount_edit.setText("1,200.00")
    assert dialog_a.save()
    dialog_b.amount_edit.setText("900.00")
    with qtbot.waitSignal(dialog_b.changed):  # the history behind the dialog is reloaded
        assert not dialog_b.save()
    assert "anna" in answers.asked[0]
    assert dialog_b.reload_notice.isVisible() and dialog_b.isVisible()
    assert dialog_b.amount_edit.text() == "900.00"
    assert dialog_b.save()  # now knowingly replacing today's step
    with pc_a.db.reading() as session:
        membership = load_organisation(session, organisation_id).membership
        assert membership is not None
        assert [str(fee.annual_fee) for fee in membership.fees] == ["900.00"]


# -- a save that waits for another writer ----------------------------------------------------


def test_busy_database_offers_try_again(
    qtbot: QtBot, database_url: str, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    db = open_database(database_url)
    context = AppContext(db, "anna", "en")
    try:
        organisation_id = make_member(context)
        dialog = open_edit(qtbot, context, organisation_id)
        release, held = threading.Event(), threading.Event()

        def other_pc_holds_the_lock() -> None:
            if db.is_sqlite:
                path = make_url(database_url).database
                assert path is not None
                connection = sqlite3.connect(path, isolation_level=None)
                connection.execute("BEGIN IMMEDIATE")
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

        def retry(_parent: Any, _title: str, message: str) -> bool:
            answers.retries.append(message)
            release.set()  # the other PC finishes; then the user tries again
            holder.join()
            return True

        monkeypatch.setattr(prompts, "retry", retry)
        holder.start()
        assert held.wait(10)
        dialog.city_edit.setText("Kamen")
        assert dialog.save()
        assert len(answers.retries) == 1
        assert "another office PC is saving" in answers.retries[0]
        assert answers.errors == []
        with db.reading() as session:
            assert get_organisation(session, organisation_id).city == "Kamen"
    finally:
        release.set()
        db.dispose()


# -- changes made on another PC show up -------------------------------------------------------


def test_the_window_shows_changes_made_on_another_pc(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, settings: QSettings
) -> None:
    organisation_id = make_member(pc_a)
    window = MainWindow(pc_a, settings)
    qtbot.add_widget(window)
    window.show()
    area = window.show_area("members")
    assert isinstance(area, MembersArea)
    assert area.select_organisation(organisation_id)
    assert "Unna" in area.panel.address_value.text()
    window.change_watcher.timer.setInterval(50)
    qtbot.waitUntil(lambda: window.change_watcher.feed is not None, timeout=5000)

    # PC B renames the organisation and moves it to Kamen
    with pc_b.db.transaction() as session:
        organisation = get_organisation(session, organisation_id)
        base = OrganisationInput.from_organisation(organisation)
    dialog = open_edit(qtbot, pc_b, organisation_id)
    dialog.name_edit.setText("Hellweg Präzision GmbH")
    dialog.city_edit.setText("Kamen")
    assert dialog.save()
    assert base.city == "Unna"

    # PC A's list and open detail follow without F5
    qtbot.waitUntil(lambda: "Kamen" in area.panel.address_value.text(), timeout=10_000)
    assert [row.name for row in area.model.rows()] == ["Hellweg Präzision GmbH"]
    assert "Hellweg Präzision GmbH" in area.panel.title_label.text()
    assert area.selected_id() == organisation_id
    window.close()
    assert window.change_watcher.feed is None  # closed with the window


def test_the_watcher_ignores_this_pcs_own_saves(qtbot: QtBot, pc_a: AppContext) -> None:
    watcher = ChangeWatcher(pc_a.db)
    try:
        assert watcher.poll() is None  # opens the feed
        make_member(pc_a, "Eigene GmbH")
        with qtbot.assertNotEmitted(watcher.changed, wait=300):
            for _ in range(5):
                watcher.poll()
    finally:
        watcher.stop()


def test_a_watcher_that_cannot_reach_the_database_waits_before_trying_again(
    qtbot: QtBot, pc_a: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from niro_desk.ui import change_watcher

    attempts: list[int] = []

    def unreachable(_db: Database) -> None:
        attempts.append(1)
        raise OSError("server unreachable")

    monkeypatch.setattr(change_watcher, "open_change_feed", unreachable)
    watcher = ChangeWatcher(pc_a.db)
    for _ in range(5):
        assert watcher.poll() is None
    assert len(attempts) == 1  # no reconnect storm on the GUI thread
    watcher.stop()


def test_relation_declared_meanwhile_is_shown_before_it_is_replaced(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    from niro_desk.membership.relations import relations_of
    from niro_desk.models import RelationKind
    from niro_desk.ui.members.relation_dialog import RelationDialog

    first = make_member(pc_a, "Drehteile Unna GmbH")
    second = make_member(pc_a, "Pumpen Hamm GmbH")

    def open_relation(context: AppContext) -> RelationDialog:
        dialog = RelationDialog(context, first, "Drehteile Unna GmbH", seen={})
        qtbot.add_widget(dialog)
        dialog.show()
        dialog.other_edit.setCurrentIndex(dialog.other_edit.findData(second))
        return dialog

    dialog_a, dialog_b = open_relation(pc_a), open_relation(pc_b)
    dialog_a.competes_button.setChecked(True)
    assert dialog_a.save()
    dialog_b.note_edit.setText("different customers")
    assert not dialog_b.save()  # B saw no relation; A declared one meanwhile
    assert "anna" in answers.asked[0] and "Pumpen Hamm GmbH" in answers.asked[0]
    assert dialog_b.reload_notice.isVisible()
    with pc_a.db.reading() as session:
        (relation,) = relations_of(session, first)
        assert relation.kind == RelationKind.COMPETES
    assert dialog_b.save()  # now knowingly
    with pc_a.db.reading() as session:
        (relation,) = relations_of(session, first)
        assert relation.kind == RelationKind.DOES_NOT_COMPETE


def test_membership_details_reload_keeps_the_users_change(
    qtbot: QtBot, pc_a: AppContext, pc_b: AppContext, answers: Answers
) -> None:
    import datetime as dt

    from niro_desk.ui.members.date_input import set_date
    from niro_desk.ui.members.membership_details_dialog import MembershipDetailsDialog

    organisation_id = make_member(pc_a)

    def open_details(context: AppContext) -> MembershipDetailsDialog:
        with context.db.reading() as session:
            membership = load_organisation(session, organisation_id).membership
            assert membership is not None
            dialog = MembershipDetailsDialog(
                context,
                organisation_id,
                "Hellweg",
                membership.application_date,
                membership.founding_member,
                version=membership.version,
            )
        qtbot.add_widget(dialog)
        dialog.show()
        return dialog

    dialog_a, dialog_b = open_details(pc_a), open_details(pc_b)
    set_date(dialog_a.application_date_edit, dt.date(2026, 1, 15))
    assert dialog_a.save()
    dialog_b.founding_member_box.setChecked(True)
    assert not dialog_b.save()
    assert dialog_b.details().application_date == dt.date(2026, 1, 15)  # A's date
    assert dialog_b.founding_member_box.isChecked()  # B's change on top
    assert dialog_b.save()
    with pc_a.db.reading() as session:
        membership = load_organisation(session, organisation_id).membership
        assert membership is not None
        assert (membership.application_date, membership.founding_member) == (
            dt.date(2026, 1, 15),
            True,
        )
    assert last_entry(pc_a.db, "organisation", organisation_id).after == {"founding_member": True}
