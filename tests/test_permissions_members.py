"""Issue 11 in the members area: every membership service as every role, on both databases.

Writes need ``EDIT_MEMBERS`` (organisations, contacts, admissions, leaving, fees,
relations, sales profiles, imports, erasure, glossary), ``RECORD_BOARD_DECISIONS``
(board decisions) or ``MANAGE_SETTINGS`` (cap, letterhead, restore). Reads: staff,
manager and administrator read everything; a procurement head only its own
organisation (directory, search, detail, contacts, export), never the waiting
list or another organisation; a login that is no account nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from account_builders import LOGINS, Office, act_as, cheap_hashes, office
from membership_builders import TODAY, applicant, member, office_user
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import db_backup
from niro_desk.app_context import AppContext
from niro_desk.database import Database
from niro_desk.errors import NiroDeskError, PermissionDenied
from niro_desk.membership import (
    admission,
    board_decisions,
    contacts,
    member_directory,
    member_export,
    member_import,
    membership_cap,
    office_glossary,
    organisations,
    relations,
)
from niro_desk.membership.competitor_check import CheckResult, check_competitors
from niro_desk.membership.directory_size import has_organisations
from niro_desk.membership.member_directory import DirectoryFilter
from niro_desk.models import AuditEntry, Organisation, OrganisationKind, RelationKind
from niro_desk.office_settings import OfficeDetails, set_office_details

ROLES = ("admin", "staff", "manager", "head", "other_head", "nobody")
EDITORS = {"admin", "staff"}
BOARD = {"admin", "manager"}
SETTINGS = {"admin"}
READERS = {"admin", "staff", "manager"}  # READ_ALL
OWN_READERS = READERS | {"head"}  # the head's own organisation
SIGNED_IN = set(ROLES) - {"nobody"}

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashes(monkeypatch)


@dataclass
class Network:
    """A small network, made while accounts were off, then the office's accounts."""

    people: Office
    own: int  # the head's organisation (a member)
    other: int  # the other head's organisation (a member)
    applicant: int  # nothing recorded about what it sells
    rival: int  # an applicant selling what ``own`` sells: a conflict
    former: int
    own_contact: int
    other_contact: int
    relation: int
    glossary_entry: int
    workbook: Path


@pytest.fixture
def network(db: Database, tmp_path: Path) -> Network:
    with db.transaction() as session:
        user = office_user(session)
        own = member(session, "Eigene Gießerei GmbH", codes=["24.51"], markets=["Grauguss"])
        other = member(session, "Andere Schmiede KG", codes=["25.50"], markets=["Schmiedeteile"])
        new = applicant(session, "Neue Dreherei GmbH")
        rival = applicant(session, "Rivalen Guss AG", codes=["24.51"], markets=["Grauguss"])
        former = applicant(session, "Ehemalige Werke GmbH")
        admission.withdraw_application(session, user, former.id, "test")
        own_contact = contacts.create_contact(
            session, user, own.id, contacts.ContactInput("Ida", "Eigen", expertise=["Formguss"])
        )
        other_contact = contacts.create_contact(
            session, user, other.id, contacts.ContactInput("Otto", "Ander", expertise=["Formguss"])
        )
        relation = relations.declare_relation(
            session, user, own.id, other.id, RelationKind.DOES_NOT_COMPETE, "different markets"
        )
        entry = office_glossary.add_entry(
            session, user, office_glossary.GlossaryInput("Kokille", "permanent mould")
        )
        ids = (own.id, other.id, new.id, rival.id, former.id)
        contact_ids = (own_contact.id, other_contact.id)
        relation_id, entry_id = relation.id, entry.id
    workbook = tmp_path / "members.xlsx"
    with db.reading() as session:
        member_export.export_members(session, workbook)
    people = office(db, ids[0], ids[1])
    return Network(people, *ids, *contact_ids, relation_id, entry_id, workbook)


# -- writes ------------------------------------------------------------------------------------

Write = Callable[[Session, Any, Network], object]


def _admit_with_decision(session: Session, user: Any, net: Network) -> object:
    decision = admission.BoardDecisionInput(TODAY, "the board decided")
    return admission.admit(session, user, net.rival, TODAY, decision=decision)


def _record_decision(session: Session, user: Any, net: Network) -> object:
    organisation = session.get(Organisation, net.rival)
    check = CheckResult(net.rival, "Rivalen Guss AG")
    decision = admission.BoardDecisionInput(TODAY, "kept for later")
    return board_decisions.record_decision(session, user, organisation, decision, check, True)


WRITES: dict[str, tuple[set[str], Write]] = {
    "create_organisation": (
        EDITORS,
        lambda s, u, n: organisations.create_organisation(
            s, u, organisations.OrganisationInput("Neu GmbH"), OrganisationKind.MEMBER
        ),
    ),
    "update_organisation": (
        EDITORS,
        lambda s, u, n: organisations.update_organisation(
            s, u, n.own, organisations.OrganisationInput("Eigene Gießerei GmbH", city="Hamm")
        ),
    ),
    "set_sales_profile": (
        EDITORS,
        lambda s, u, n: organisations.set_sales_profile(
            s, u, n.applicant, organisations.SalesProfile(["25.62"])
        ),
    ),
    "set_fee": (
        EDITORS,
        lambda s, u, n: organisations.set_fee(s, u, n.own, TODAY, "1200.00"),
    ),
    "update_membership_details": (
        EDITORS,
        lambda s, u, n: organisations.update_membership_details(
            s, u, n.own, TODAY - dt.timedelta(days=30), True
        ),
    ),
    "create_contact": (
        EDITORS,
        lambda s, u, n: contacts.create_contact(
            s, u, n.own, contacts.ContactInput("Neue", "Person")
        ),
    ),
    "update_contact": (
        EDITORS,
        lambda s, u, n: contacts.update_contact(
            s, u, n.own_contact, contacts.ContactInput("Ida", "Eigen", function="CEO")
        ),
    ),
    "delete_contact": (EDITORS, lambda s, u, n: contacts.delete_contact(s, u, n.own_contact)),
    "erase_contact": (EDITORS, lambda s, u, n: contacts.erase_contact(s, u, n.own_contact)),
    "admit": (
        EDITORS,
        lambda s, u, n: admission.admit(
            s, u, n.applicant, TODAY, without_check=admission.WithoutCheck("by phone")
        ),
    ),
    "admit_with_board_decision": ({"admin"}, _admit_with_decision),
    "leave": (EDITORS, lambda s, u, n: admission.leave(s, u, n.other, TODAY, "moved away")),
    "withdraw_application": (
        EDITORS,
        lambda s, u, n: admission.withdraw_application(s, u, n.applicant, "withdrawn"),
    ),
    "reapply": (EDITORS, lambda s, u, n: admission.reapply(s, u, n.former, TODAY)),
    "record_board_decision": (BOARD, _record_decision),
    "set_cap": (SETTINGS, lambda s, u, n: membership_cap.set_cap(s, u, 77)),
    "set_office_details": (
        SETTINGS,
        lambda s, u, n: set_office_details(s, u, OfficeDetails(name="NIRO neu")),
    ),
    "declare_relation": (
        EDITORS,
        lambda s, u, n: relations.declare_relation(
            s, u, n.own, n.applicant, RelationKind.COMPETES, ""
        ),
    ),
    "remove_relation": (EDITORS, lambda s, u, n: relations.remove_relation(s, u, n.relation)),
    "add_glossary_entry": (
        EDITORS,
        lambda s, u, n: office_glossary.add_entry(
            s, u, office_glossary.GlossaryInput("Gussform", "casting mould")
        ),
    ),
    "remove_glossary_entry": (
        EDITORS,
        lambda s, u, n: office_glossary.remove_entry(s, u, n.glossary_entry),
    ),
    "import_members": (
        EDITORS,
        lambda s, u, n: member_import.import_members(s, u, n.workbook),
    ),
}


class _RollBack(Exception):
    """Ends a transaction after an allowed write, so every service meets the same data."""


@pytest.mark.parametrize("role", ROLES)
def test_each_write_is_allowed_exactly_for_the_roles_that_hold_its_permission(
    db: Database, network: Network, role: str
) -> None:
    """Every write service as ``role``, each in a transaction of its own that is rolled back
    (one network per role keeps the 22 × 6 cases fast; a failure names the service)."""
    act_as(db, LOGINS.get(role, "nobody"))
    wrong: list[str] = []
    for service, (allowed, work) in sorted(WRITES.items()):
        outcome = ""
        try:
            with db.transaction() as session:
                before = _audit_count(session)
                work(session, network.people.user(session, role), network)
                outcome = "allowed"
                if service != "import_members" and _audit_count(session) == before:
                    outcome = "allowed but not audited"
                raise _RollBack
        except PermissionDenied:
            outcome = "refused"
        except _RollBack:
            pass
        expected = "allowed" if role in allowed else "refused"
        if outcome != expected:
            wrong.append(f"{service}: {outcome}, expected {expected}")
    assert wrong == []


def _audit_count(session: Session) -> int:
    session.flush()
    return len(session.scalars(select(AuditEntry.id)).all())


# -- reads -------------------------------------------------------------------------------------

Read = Callable[[Session, Network], object]


def _organisation(session: Session, organisation_id: int) -> Organisation:
    found = session.get(Organisation, organisation_id)
    assert found is not None
    return found


READS: dict[str, tuple[set[str], Read]] = {
    "waiting_list": (READERS, lambda s, n: admission.waiting_list(s)),
    "cap_status": (READERS, lambda s, n: admission.cap_status(s)),
    "seat_outlook": (READERS, lambda s, n: admission.seat_outlook(s, n.applicant)),
    "relations_of": (READERS, lambda s, n: relations.relations_of(s, n.own)),
    "pending_decision": (READERS, lambda s, n: board_decisions.pending_decision(s, n.rival)),
    "kept_decision": (
        READERS,
        lambda s, n: board_decisions.kept_decision(
            s, _organisation(s, n.rival), CheckResult(n.rival, "")
        ),
    ),
    "check_competitors": (
        READERS,
        lambda s, n: check_competitors(s, _organisation(s, n.own)),
    ),
    "export_personal_data": (
        READERS,
        lambda s, n: contacts.export_personal_data(s, n.own_contact),
    ),
    "check_import": (EDITORS, lambda s, n: member_import.check_import(s, n.workbook)),
    "get_organisation": (OWN_READERS, lambda s, n: organisations.get_organisation(s, n.own)),
    "load_organisation": (OWN_READERS, lambda s, n: organisations.load_organisation(s, n.own)),
    "get_member_organisation": (
        OWN_READERS,
        lambda s, n: admission.get_member_organisation(s, n.own),
    ),
    "get_contact": (OWN_READERS, lambda s, n: contacts.get_contact(s, n.own_contact)),
    "load_contact": (OWN_READERS, lambda s, n: contacts.load_contact(s, n.own_contact)),
    "search_directory": (
        SIGNED_IN,
        lambda s, n: member_directory.search_directory(s, DirectoryFilter()),
    ),
    "list_directory": (
        SIGNED_IN,
        lambda s, n: member_directory.list_directory(s, DirectoryFilter()),
    ),
    "directory_count": (
        SIGNED_IN,
        lambda s, n: member_directory.directory_count(s, DirectoryFilter()),
    ),
    "directory_rows": (
        SIGNED_IN,
        lambda s, n: member_directory.directory_rows(s, [n.own, n.other]),
    ),
    "regions": (SIGNED_IN, lambda s, n: member_directory.regions(s)),
    "has_organisations": (
        SIGNED_IN,
        lambda s, n: has_organisations(s, [OrganisationKind.MEMBER]),
    ),
    "who_knows": (SIGNED_IN, lambda s, n: contacts.who_knows(s, "Formguss")),
    "office_entries": (SIGNED_IN, lambda s, n: office_glossary.office_entries(s)),
}


@pytest.mark.parametrize("role", ROLES)
def test_each_read_is_allowed_exactly_for_the_roles_that_may_see_it(
    db: Database, network: Network, role: str
) -> None:
    """Every read service as ``role`` (each in a session of its own); a failure names it."""
    act_as(db, LOGINS.get(role, "nobody"))
    wrong: list[str] = []
    for service, (allowed, read) in sorted(READS.items()):
        with db.reading() as session:
            try:
                read(session, network)
                outcome = "allowed"
            except PermissionDenied:
                outcome = "refused"
        expected = "allowed" if role in allowed else "refused"
        if outcome != expected:
            wrong.append(f"{service}: {outcome}, expected {expected}")
    assert wrong == []


def test_the_export_is_refused_to_a_login_without_an_account(
    db: Database, network: Network, tmp_path: Path
) -> None:
    act_as(db, "nobody")
    target = tmp_path / "nobody.xlsx"
    with db.reading() as session, pytest.raises(PermissionDenied):
        member_export.export_members(session, target)
    assert not target.exists()


# -- what a procurement head sees --------------------------------------------------------------


def test_a_procurement_head_finds_only_its_own_organisation(db: Database, network: Network) -> None:
    act_as(db, LOGINS["head"])
    with db.reading() as session:
        everything = DirectoryFilter()
        listed = member_directory.list_directory(session, everything)
        assert [row.id for row in listed] == [network.own]
        assert member_directory.directory_count(session, everything) == 1
        found = member_directory.search_directory(session, DirectoryFilter(text="Schmiede"))
        assert found.rows == [] and found.total == 0
        found = member_directory.search_directory(session, DirectoryFilter(text="Gießerei"))
        assert [row.id for row in found.rows] == [network.own]
        # asked by id, another organisation's row is not there either
        rows = member_directory.directory_rows(session, [network.own, network.other])
        assert [row.id for row in rows] == [network.own]
        experts = contacts.who_knows(session, "Formguss")
        assert [row.contact_id for row in experts] == [network.own_contact]
        with pytest.raises(PermissionDenied, match="its own organisation"):
            organisations.load_organisation(session, network.other)
        with pytest.raises(PermissionDenied, match="its own organisation"):
            contacts.get_contact(session, network.other_contact)
    act_as(db, LOGINS["staff"])
    with db.reading() as session:
        listed = member_directory.list_directory(session, DirectoryFilter())
        assert {network.own, network.other, network.applicant} <= {row.id for row in listed}
        assert len(contacts.who_knows(session, "Formguss")) == 2


def _sheet_values(path: Path) -> dict[str, list[list[Any]]]:
    workbook = load_workbook(path, read_only=True)
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
        for sheet in workbook.worksheets
    }


def test_a_procurement_heads_export_holds_only_its_own_organisation(
    db: Database, network: Network, tmp_path: Path
) -> None:
    act_as(db, LOGINS["head"])
    target = tmp_path / "head.xlsx"
    with db.reading() as session:
        count = member_export.export_members(session, target)
    assert count == 1
    members, waiting, people = _sheet_values(target).values()
    assert [row[0] for row in members] == ["Eigene Gießerei GmbH"]
    assert waiting == []
    assert [row[0] for row in people] == ["Eigene Gießerei GmbH"]
    everything = str(_sheet_values(target))
    assert "Andere Schmiede" not in everything and "Ander" not in everything
    act_as(db, LOGINS["manager"])
    with db.reading() as session:
        assert member_export.export_members(session, tmp_path / "all.xlsx") == 2


# -- audit entries name the acting user ----------------------------------------------------------


def _entries(db: Database, action: str) -> list[tuple[str, str]]:
    with db.reading() as session:
        return [
            (entry.user.login, entry.summary)
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        ]


def test_board_decisions_and_cap_changes_are_audited_with_the_acting_user(
    db: Database, network: Network
) -> None:
    act_as(db, LOGINS["manager"])
    with db.transaction() as session:
        _record_decision(session, network.people.user(session, "manager"), network)
    act_as(db, LOGINS["admin"])
    with db.transaction() as session:
        result = _admit_with_decision(session, network.people.user(session, "admin"), network)
        assert result.board_decision_id is not None  # type: ignore[attr-defined]
        membership_cap.set_cap(session, network.people.user(session, "admin"), 55)
    decisions = _entries(db, "board_decision")
    assert [login for login, _summary in decisions] == [LOGINS["manager"], LOGINS["admin"]]
    assert "Rivalen Guss AG" in decisions[-1][1]
    caps = [entry for entry in _entries(db, "update") if "Membership cap" in entry[1]]
    assert caps == [(LOGINS["admin"], caps[0][1])] and caps[0][1].endswith("→ 55")


# -- backup and restore --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_backup_needs_read_all_and_restore_manage_settings(
    db: Database, network: Network, tmp_path: Path, role: str
) -> None:
    act_as(db, LOGINS.get(role, "nobody"))
    target = tmp_path / f"{role}.niro-backup"
    if role in READERS:
        db_backup.backup(db, target)
        assert target.exists()
    else:
        with pytest.raises(PermissionDenied):
            db_backup.backup(db, target)
        assert not target.exists()
    missing = tmp_path / "no-such-backup.niro-backup"
    with pytest.raises(NiroDeskError) as refused:
        db_backup.restore(db, missing)  # allowed: refused for the missing file instead
    assert isinstance(refused.value, PermissionDenied) == (role not in SETTINGS)


def test_while_accounts_are_off_restore_and_backup_ask_for_nobody(
    db: Database, tmp_path: Path
) -> None:
    act_as(db, "someone")
    db_backup.backup(db, tmp_path / "off.niro-backup")
    with pytest.raises(NiroDeskError) as refused:
        db_backup.restore(db, tmp_path / "missing.niro-backup")
    assert not isinstance(refused.value, PermissionDenied)


# -- the members area as a procurement head ------------------------------------------------------


def _shown(area: Any) -> list[str]:
    from niro_desk.ui.members.directory_model import NAME

    proxy = area.view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def test_the_members_area_shows_a_procurement_head_only_its_own_organisation(
    qtbot: QtBot, db: Database, network: Network
) -> None:
    from niro_desk.ui.members.members_area import MembersArea

    context = AppContext(db, LOGINS["head"], "en")
    area = MembersArea(context)
    qtbot.add_widget(area)
    area.show()
    qtbot.waitExposed(area)
    area.filter_combo.setCurrentIndex(area.filter_combo.findData("all"))
    assert _shown(area) == ["Eigene Gießerei GmbH"]
    assert not area.count_label.isVisible()  # no counts of the others
    area.search_edit.setText("Schmiede")
    qtbot.waitUntil(lambda: _shown(area) == [])
    area.search_edit.setText("")
    qtbot.waitUntil(lambda: _shown(area) == ["Eigene Gießerei GmbH"])
    assert area.select_organisation(network.own)
    for action in (
        area.new_action,
        area.edit_action,
        area.leave_action,
        area.waiting_action,
        area.import_action,
        area.cap_action,
        area.glossary_action,
    ):
        assert not action.isEnabled(), action.text()
    assert area.export_action.isEnabled() and area.who_knows_action.isEnabled()
    panel = area.panel
    assert panel.organisation_id == network.own
    assert not panel.edit_company_button.isEnabled()
    assert not panel.edit_sales_button.isEnabled()
    assert not panel.contacts_tab.new_button.isEnabled()
    assert panel.membership_tab.relation_model.rowCount() == 0  # relations name others
    assert panel.edit_company() is None


def test_the_members_area_lets_staff_act_and_keeps_a_manager_reading(
    qtbot: QtBot, db: Database, network: Network
) -> None:
    from niro_desk.ui.members.members_area import MembersArea

    for login, edits in ((LOGINS["staff"], True), (LOGINS["manager"], False)):
        area = MembersArea(AppContext(db, login, "en"))
        qtbot.add_widget(area)
        area.filter_combo.setCurrentIndex(area.filter_combo.findData("all"))
        assert {"Eigene Gießerei GmbH", "Andere Schmiede KG"} <= set(_shown(area))
        assert area.select_organisation(network.applicant)
        assert area.admit_action.isEnabled() == edits
        assert area.new_action.isEnabled() == edits
        assert area.waiting_action.isEnabled()
        assert not area.cap_action.isEnabled()
        assert area.panel.edit_company_button.isEnabled() == edits
        area.close()


def test_a_refusal_from_a_service_shows_as_the_usual_error(
    qtbot: QtBot, db: Database, network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    from niro_desk.ui.members import prompts
    from niro_desk.ui.members.service_action import run_action

    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    context = AppContext(db, LOGINS["manager"], "en")
    ok = run_action(
        None,  # type: ignore[arg-type]
        context,
        lambda session, user: membership_cap.set_cap(session, user, 3),
    )
    assert not ok and len(shown) == 1 and isinstance(shown[0], PermissionDenied)
    with db.reading() as session:
        assert membership_cap.get_cap(session) != 3


# -- the command line ----------------------------------------------------------------------------


def test_the_command_line_obeys_the_same_rules(
    db: Database,
    database_url: str,
    network: Network,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: Any,
) -> None:
    import io

    from account_builders import PASSWORD

    from niro_desk import cli

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
        return cli.main(["--lang", "en", "--database", database_url, *args])

    head_file = tmp_path / "head.xlsx"
    assert run("members", "export", str(head_file), "--as", LOGINS["head"]) == 0
    members, waiting, _people = _sheet_values(head_file).values()
    assert [row[0] for row in members] == ["Eigene Gießerei GmbH"] and waiting == []
    capsys.readouterr()
    assert run("members", "import", str(network.workbook), "--as", LOGINS["manager"]) == 1
    assert "edit_members" in capsys.readouterr().err
    backup = tmp_path / "staff.niro-backup"
    assert run("db", "backup", str(backup), "--as", LOGINS["head"]) == 1
    assert "read_all" in capsys.readouterr().err and not backup.exists()
    assert run("db", "backup", str(backup), "--as", LOGINS["staff"]) == 0
    assert run("db", "restore", str(backup), "--yes", "--as", LOGINS["staff"]) == 1
    refused = capsys.readouterr()
    assert "manage_settings" in refused.err and "Backup verified" not in refused.out


def test_the_admission_dialog_lets_only_the_board_roles_record_a_decision(
    qtbot: QtBot, db: Database, network: Network
) -> None:
    from niro_desk.ui.members.admission_dialog import AdmissionDialog

    for role, may_decide in (("staff", False), ("admin", True)):
        dialog = AdmissionDialog(AppContext(db, LOGINS[role], "en"), network.rival)
        qtbot.add_widget(dialog)
        assert dialog.check.has_conflict
        assert dialog.decision_fields.isEnabled() == may_decide, role
        assert bool(dialog.decision_fields.toolTip()) != may_decide
