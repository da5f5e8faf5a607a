"""The members area: directory model and search, count, dialogs of the membership rules.

Real widgets on a fresh database per test (SQLite and PostgreSQL). Dialogs are
driven as objects (their buttons clicked, their methods called) or opened
non-modally; message boxes go through ``niro_desk.ui.members.prompts``, which
the ``answers`` fixture replaces so nothing blocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from niro_desk import audit, demo
from niro_desk.app_context import AppContext
from niro_desk.membership.admission import cap_status, waiting_list
from niro_desk.membership.member_directory import DirectoryFilter, list_directory
from niro_desk.membership.organisations import load_organisation
from niro_desk.models import MembershipStatus, OrganisationKind
from niro_desk.ui.main_window import MainWindow
from niro_desk.ui.members import prompts
from niro_desk.ui.members.admission_dialog import AdmissionDialog
from niro_desk.ui.members.cap_dialog import CapDialog
from niro_desk.ui.members.contact_dialog import ContactDialog
from niro_desk.ui.members.directory_model import NAME, STATUS, DirectoryModel
from niro_desk.ui.members.leave_dialog import LeaveDialog
from niro_desk.ui.members.members_area import MembersArea
from niro_desk.ui.members.organisation_dialog import OrganisationDialog
from niro_desk.ui.members.row_table_model import SortRole
from niro_desk.ui.members.sales_profile_dialog import SalesProfileDialog
from niro_desk.ui.members.waiting_list_dialog import WaitingListDialog
from niro_desk.ui.members.who_knows_dialog import WhoKnowsDialog

# The offscreen platform says this whenever a top-level window shows; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass
class Answers:
    """What the replaced message boxes were asked, and what they answer."""

    confirm: bool = True
    asked: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    errors: list[Exception] = field(default_factory=list)
    save_path: Path | None = None
    open_path: Path | None = None


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        given.asked.append(text)
        return given.confirm

    def tell(_parent: Any, _title: str, text: str) -> None:
        given.told.append(text)

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", tell)
    monkeypatch.setattr(prompts, "warn", tell)
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: given.errors.append(error))
    monkeypatch.setattr(prompts, "save_file", lambda *_args: given.save_path)
    monkeypatch.setattr(prompts, "open_file", lambda *_args: given.open_path)
    monkeypatch.setattr(prompts, "ask_text", lambda *_args, **_kw: "withdrawn by phone")
    return given


def organisation_id(context: AppContext, name: str) -> int:
    with context.db.reading() as session:
        rows = [r for r in list_directory(session, DirectoryFilter(text=name)) if r.name == name]
    assert len(rows) == 1, name
    return rows[0].id


def status_of(context: AppContext, organisation_id: int) -> MembershipStatus | None:
    with context.db.reading() as session:
        return load_organisation(session, organisation_id).membership_status


def stored_text(context: AppContext) -> str:
    """Every value of every table (audit log included) as text, to search for leftovers."""
    import json

    from sqlalchemy import select

    from niro_desk.models import Base

    parts: list[str] = []
    with context.db.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.extend(json.dumps(value, ensure_ascii=False, default=str) for value in row)
    return "\n".join(parts)


def make_area(qtbot: QtBot, context: AppContext) -> MembersArea:
    area = MembersArea(context)
    qtbot.add_widget(area)
    area.resize(1200, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


def shown_names(area: MembersArea) -> list[str]:
    proxy = area.view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


# -- directory model ------------------------------------------------------------------------


def test_directory_model_passes_the_model_tester(
    qtmodeltester: Any, demo_context: AppContext
) -> None:
    model = DirectoryModel(demo_context.language)
    with demo_context.db.reading() as session:
        rows = list_directory(session, DirectoryFilter(kinds={OrganisationKind.MEMBER}))
    model.set_rows(rows)
    assert model.rowCount() == len(rows) > 60
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_directory_model_formats_in_the_users_language(demo_context: AppContext) -> None:
    with demo_context.db.reading() as session:
        rows = list_directory(session, DirectoryFilter(statuses={MembershipStatus.MEMBER}))
    german = DirectoryModel("de")
    german.set_rows(rows)
    with_fee = next(n for n, row in enumerate(rows) if row.annual_fee is not None)
    fee = german.index(with_fee, 7).data()
    assert fee.endswith("€") and "," in fee  # 1.200,00 €
    admitted = german.index(with_fee, 8).data()
    assert admitted.count(".") == 2 and len(admitted) == 10  # 22.11.2026
    assert german.index(with_fee, STATUS).data() == "Member"  # untranslated here
    assert isinstance(german.index(with_fee, 7).data(SortRole), float)


def test_columns_sort_by_raw_values(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    area.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # contacts
    proxy = area.view.proxy
    counts = [int(proxy.index(row, 5).data()) for row in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


# -- search, filters, count ---------------------------------------------------------------------


def test_typing_in_the_search_box_filters_the_table(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    everyone = area.model.total()
    assert everyone > 60
    qtbot.keyClicks(area.search_edit, "praz")  # folded: finds "Präzision..."
    qtbot.waitUntil(lambda: area.model.total() < everyone, timeout=3000)
    names = shown_names(area)
    assert demo.CONFLICTING_APPLICANT in names
    assert area.shown_label.text().startswith(str(len(names)))

    area.search_edit.clear()
    qtbot.waitUntil(lambda: area.model.total() == everyone, timeout=3000)


def test_search_finds_people_and_their_expertise(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    everyone = area.model.total()
    qtbot.keyClicks(area.search_edit, "ISO 50001")
    qtbot.waitUntil(lambda: 0 < area.model.total() < everyone, timeout=3000)
    with demo_context.db.reading() as session:
        expected = {
            row.name
            for row in list_directory(
                session, DirectoryFilter(text="ISO 50001", kinds={OrganisationKind.MEMBER})
            )
        }
    assert set(shown_names(area)) == expected


def test_count_label_shows_members_and_cap(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    with demo_context.db.reading() as session:
        status = cap_status(session)
    assert status.cap == demo.DEMO_CAP
    assert f"{status.members} / {status.cap}" in area.count_label.text()
    assert area.count_label.isVisible()
    # the count stays while the list is filtered
    area.filter_combo.setCurrentIndex(area.filter_combo.findData("former"))
    assert f"{status.members} / {status.cap}" in area.count_label.text()


def test_status_and_region_filters(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    area.filter_combo.setCurrentIndex(area.filter_combo.findData("waiting"))
    rows = area.model.rows()
    assert rows and {row.status for row in rows} == {MembershipStatus.WAITING}
    area.filter_combo.setCurrentIndex(area.filter_combo.findData("all"))
    region = area.region_combo.itemData(1)
    area.region_combo.setCurrentIndex(1)
    rows = area.model.rows()
    assert rows and {row.region for row in rows} == {region}


def test_selection_fills_the_detail_panel(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    assert area.panel.stack.currentIndex() == 0  # nothing chosen yet
    target = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    assert area.select_organisation(target)
    assert area.panel.organisation_id == target
    assert area.panel.stack.currentIndex() == 1
    assert demo.CONFLICTING_APPLICANT in area.panel.title_label.text()
    assert area.panel.class_model.rowCount() >= 1
    assert area.panel.contacts_tab.model.rowCount() >= 1
    assert area.admit_action.isEnabled() and not area.leave_action.isEnabled()


def test_suppliers_area_lists_suppliers_and_customers_only(
    qtbot: QtBot, demo_context: AppContext, settings: QSettings
) -> None:
    window = MainWindow(demo_context, settings)
    qtbot.add_widget(window)
    window.show()
    members = window.show_area("members")
    assert isinstance(members, MembersArea)
    assert members.model.total() > 60
    assert members.count_label.text()
    suppliers = window.show_area("suppliers")
    assert isinstance(suppliers, MembersArea) and not suppliers.members
    kinds = {row.kind for row in suppliers.model.rows()}
    assert kinds == {OrganisationKind.SUPPLIER, OrganisationKind.CUSTOMER}
    suppliers.filter_combo.setCurrentIndex(suppliers.filter_combo.findData("suppliers"))
    assert {row.kind for row in suppliers.model.rows()} == {OrganisationKind.SUPPLIER}
    assert not suppliers.count_label.isVisible()


# -- organisation dialog --------------------------------------------------------------------------


def test_organisation_dialog_validates_at_the_field(
    qtbot: QtBot, context: AppContext, answers: Answers
) -> None:
    dialog = OrganisationDialog(context, OrganisationKind.MEMBER)
    qtbot.add_widget(dialog)
    dialog.show()
    vat_message = dialog.findChild(QLabel, "fieldMessage_vat_id")
    assert vat_message is not None
    assert not dialog.ok_button.isEnabled()  # the name is missing

    qtbot.keyClicks(dialog.name_edit, "Kamener Testbau GmbH")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.vat_id_edit, "DE12345")
    assert vat_message.isVisible()
    assert "is not a valid VAT ID" in vat_message.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert dialog.isVisible()
    assert dialog.organisation_id is None

    dialog.vat_id_edit.clear()
    qtbot.keyClicks(dialog.vat_id_edit, "DE 123 456 788")
    assert not vat_message.isVisible()
    qtbot.keyClicks(dialog.postal_code_edit, "5917")
    assert "five digits" in dialog.messages.text("postal_code")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.postal_code_edit, "4")
    qtbot.keyClicks(dialog.city_edit, "Kamen")
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert answers.errors == []
    new_id = saved.args[0]
    with context.db.reading() as session:
        organisation = load_organisation(session, new_id)
        assert organisation.name == "Kamener Testbau GmbH"
        assert organisation.vat_id == "DE123456788"
        assert organisation.postal_code == "59174"
        assert organisation.membership_status == MembershipStatus.APPLICANT
        assert organisation.membership is not None
        assert [e.action for e in audit.history(session, "organisation", new_id)] == ["create"]


def test_new_member_application_from_the_area(
    qtbot: QtBot, context: AppContext, answers: Answers
) -> None:
    area = make_area(qtbot, context)
    assert area.model.rowCount() == 0
    assert "0 / 80" in area.count_label.text()
    dialog = area.new_organisation()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Unnaer Federtechnik GmbH")
    dialog.ok_button.click()
    assert area.model.rowCount() == 1
    assert area.panel.organisation_id == area.model.rows()[0].id
    assert area.panel.tabs.currentWidget() is area.panel.sales_tab


def test_editing_keeps_the_row_selected(
    qtbot: QtBot, demo_context: AppContext, answers: Answers
) -> None:
    area = make_area(qtbot, demo_context)
    target = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    area.select_organisation(target)
    dialog = area.edit_selected()
    assert dialog is not None
    dialog.employees_edit.setText("321")
    dialog.ok_button.click()
    assert area.selected_id() == target
    assert "321" in area.panel.employees_value.text()


# -- sales profile --------------------------------------------------------------------------------


def test_sales_profile_dialog_tells_new_conflicts(
    qtbot: QtBot, demo_context: AppContext, answers: Answers
) -> None:
    target = organisation_id(demo_context, demo.MATERIAL_ONLY_APPLICANT)
    dialog = SalesProfileDialog(demo_context, target)
    qtbot.add_widget(dialog)
    conflicting = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    with demo_context.db.reading() as session:
        code = load_organisation(session, conflicting).sales_codes[0].code
    qtbot.keyClicks(dialog.search_edit, code)
    qtbot.waitUntil(lambda: dialog.found_model.rowCount() >= 1, timeout=3000)
    dialog.found_view.selectRow(0)
    dialog.add_selected()
    assert code in dialog.chosen_model.codes()
    assert dialog.save()
    assert dialog.check_result is not None and dialog.check_result.conflicts
    assert len(answers.told) == 1
    assert f"industry class {code}" in answers.told[0]


def test_sales_profile_dialog_shows_an_unknown_class_at_the_field(
    qtbot: QtBot, demo_context: AppContext, answers: Answers
) -> None:
    target = organisation_id(demo_context, demo.MATERIAL_ONLY_APPLICANT)
    dialog = SalesProfileDialog(demo_context, target)
    qtbot.add_widget(dialog)
    from niro_desk.ui.members.industry_class_model import IndustryClassRow

    dialog.add_codes([IndustryClassRow("99.99", "nothing")])
    assert not dialog.save()
    assert "99.99" in dialog.messages.text("codes")
    assert answers.errors == []


# -- admission, leaving, waiting list ---------------------------------------------------------


def test_admission_dialog_needs_a_board_decision_for_a_conflict(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    applicant = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    dialog = AdmissionDialog(demo_context, applicant)
    qtbot.add_widget(dialog)
    dialog.show()

    # shown before confirming: the conflicts in words, and the seats
    text = dialog.report.text()
    assert dialog.check.conflicts
    for finding in dialog.check.conflicts:
        assert finding.other_name in text
        for reason in finding.reasons:
            assert reason.text("en") in text
    assert "not a conflict" in text or not dialog.check.materials_only
    with demo_context.db.reading() as session:
        seats = cap_status(session)
    assert f"{seats.members} / {seats.cap}" in dialog.cap_label.text()
    assert f"waiting list: {seats.waiting}" in dialog.cap_label.text()
    assert dialog.board_box.isVisible()

    # without a board decision: the button is off and the service refuses
    assert not dialog.admit_button.isEnabled()
    assert dialog.admit() is None
    assert "board decision" in dialog.error_label.text()
    assert status_of(demo_context, applicant) == MembershipStatus.APPLICANT

    # with one: admitted (or put on the waiting list when full), and recorded
    qtbot.keyClicks(dialog.reason_edit, "Different customers; decided at the board meeting")
    assert dialog.admit_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.admit_button.click()
    assert dialog.result is not None
    assert dialog.outcome_label.isVisible()
    assert not dialog.admit_button.isVisible()
    expected = MembershipStatus.WAITING if dialog.will_wait else MembershipStatus.MEMBER
    assert status_of(demo_context, applicant) == expected
    if expected == MembershipStatus.MEMBER:
        assert "is a member from" in dialog.outcome_label.text()
        with demo_context.db.reading() as session:
            actions = [e.action for e in audit.history(session, "organisation", applicant)]
        assert "board_decision" in actions and "admit" in actions


def test_admission_when_full_puts_on_the_waiting_list(
    qtbot: QtBot, demo_context: AppContext, answers: Answers
) -> None:
    with demo_context.db.reading() as session:
        members = cap_status(session).members
        waiting = len(waiting_list(session))
    cap = CapDialog(demo_context)
    qtbot.add_widget(cap)
    cap.cap_edit.setValue(members)
    assert cap.save()
    applicant = organisation_id(demo_context, demo.MATERIAL_ONLY_APPLICANT)
    dialog = AdmissionDialog(demo_context, applicant)
    qtbot.add_widget(dialog)
    assert f"{members} / {members}" in dialog.cap_label.text()
    assert dialog.will_wait
    assert not dialog.check.conflicts
    assert dialog.admit_button.isEnabled()
    result = dialog.admit()
    assert result is not None and result.waiting_position == waiting + 1
    assert f"position {waiting + 1}" in dialog.outcome_label.text()
    assert status_of(demo_context, applicant) == MembershipStatus.WAITING


def test_leave_dialog_offers_the_next_waiting_applicant(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    with demo_context.db.reading() as session:
        waiting = waiting_list(session)
        assert waiting, "the demo network has a waiting list"
        first_waiting = waiting[0].id, waiting[0].name
        member = next(
            row
            for row in list_directory(session, DirectoryFilter(statuses={MembershipStatus.MEMBER}))
            if row.admission_date is not None
        )
    dialog = LeaveDialog(demo_context, member.id)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason_edit.lineEdit(), "Company closed")
    with qtbot.waitSignal(dialog.changed):
        dialog.leave_button.click()
    assert status_of(demo_context, member.id) == MembershipStatus.FORMER
    assert dialog.done_label.isVisible()
    assert dialog.next_box.isVisible()
    assert dialog.next_waiting_id == first_waiting[0]
    assert first_waiting[1] in dialog.next_label.text()
    assert dialog.next_check_view.toPlainText()

    dialog.admit_next_button.click()
    admission = dialog.admission_dialog
    assert admission is not None
    qtbot.add_widget(admission)
    assert admission.isVisible()
    assert admission.organisation_id == first_waiting[0]
    assert "position" not in admission.seat_label.text() or admission.will_wait


def test_leave_dialog_shows_a_wrong_exit_date_at_the_field(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    with demo_context.db.reading() as session:
        member = next(
            row
            for row in list_directory(session, DirectoryFilter(statuses={MembershipStatus.MEMBER}))
            if row.admission_date is not None
        )
    dialog = LeaveDialog(demo_context, member.id)
    qtbot.add_widget(dialog)
    assert member.admission_date is not None
    from niro_desk.ui.members.date_input import set_date

    set_date(dialog.exit_date_edit, member.admission_date - dt.timedelta(days=1))
    assert not dialog.leave()
    assert "before the admission date" in dialog.messages.text("exit_date")
    assert status_of(demo_context, member.id) == MembershipStatus.MEMBER


def test_waiting_list_in_first_come_first_served_order(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    dialog = WaitingListDialog(demo_context)
    qtbot.add_widget(dialog)
    with demo_context.db.reading() as session:
        expected = [organisation.name for organisation in waiting_list(session)]
    rows = dialog.model.rows()
    assert [row.name for row in rows] == expected
    assert [row.position for row in rows] == list(range(1, len(expected) + 1))
    since = [row.waiting_since for row in rows]
    assert since == sorted(since)
    assert all(dialog.model.index(n, 4).data() for n in range(len(rows)))
    admission = dialog.open_admission()
    assert admission is not None
    qtbot.add_widget(admission)
    assert admission.organisation_id == rows[0].id


# -- contacts, who knows ----------------------------------------------------------------------


def test_contacts_add_validate_and_erase(
    qtbot: QtBot, demo_context: AppContext, answers: Answers, tmp_path: Path
) -> None:
    area = make_area(qtbot, demo_context)
    target = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    area.select_organisation(target)
    tab = area.panel.contacts_tab
    before = tab.model.rowCount()
    dialog = tab.new_contact()
    assert isinstance(dialog, ContactDialog)
    qtbot.keyClicks(dialog.first_name_edit, "Zofia")
    qtbot.keyClicks(dialog.last_name_edit, "Wojciechowska")
    qtbot.keyClicks(dialog.email_edit, "zofia.wojciechowska@")
    assert "not a valid e-mail address" in dialog.messages.text("email")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.email_edit, "example.de")
    qtbot.keyClicks(dialog.phone_edit, "02303 987654")
    qtbot.keyClicks(dialog.expertise_edit, "Zoll, ISO 9001")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert tab.model.rowCount() == before + 1
    assert tab.view.current_id() == dialog.contact_id
    contact_id = dialog.contact_id
    assert contact_id is not None
    # a change, so the history holds the person's data in before/after too
    edit = tab.edit_contact()
    assert isinstance(edit, ContactDialog)
    edit.function_edit.setText("Zofia's desk: customs")
    assert edit.save()
    personal = ("Zofia", "Wojciechowska", "zofia.wojciechowska@example.de", "2303 987654")
    stored = stored_text(demo_context)
    assert all(value in stored for value in personal)  # the search below can find them

    exported = tab.export_contact(tmp_path / "wojciechowska.json")
    assert exported is not None and "Wojciechowska" in exported.read_text(encoding="utf-8")

    assert tab.erase_contact()
    assert "cannot be undone" in answers.asked[-1]
    assert tab.model.rowCount() == before
    # what erasure leaves behind: no name, e-mail or phone in any table, audit included ...
    stored = stored_text(demo_context)
    for value in personal:
        assert value.casefold() not in stored.casefold(), value
    # ... and one "erase" entry that says it happened
    with demo_context.db.reading() as session:
        entries = audit.history(session, "contact", contact_id)
        assert [e.action for e in entries].count("erase") == 1
        assert {e.action for e in entries} == {"create", "update", "erase"}
        assert entries[0].action == "erase"


def test_who_knows_finds_people_by_expertise(qtbot: QtBot, demo_context: AppContext) -> None:
    dialog = WhoKnowsDialog(demo_context)
    qtbot.add_widget(dialog)
    qtbot.keyClicks(dialog.search_edit, "ISO 50001")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=3000)
    assert all("ISO 50001" in row.expertise for row in dialog.model.rows())
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.organisation_chosen) as chosen:
        dialog.choose()
    row = dialog.view.current_row()
    assert chosen.args == [getattr(row, "organisation_id", None)]


# -- membership tab ---------------------------------------------------------------------------


def test_fee_step_and_cap_are_saved_and_audited(
    qtbot: QtBot, demo_context: AppContext, answers: Answers
) -> None:
    area = make_area(qtbot, demo_context)
    with demo_context.db.reading() as session:
        member = list_directory(session, DirectoryFilter(statuses={MembershipStatus.MEMBER}))[0]
    area.select_organisation(member.id)
    tab = area.panel.membership_tab
    steps = tab.fee_model.rowCount()
    dialog = tab.add_fee()
    assert dialog is not None
    qtbot.keyClicks(dialog.amount_edit, "abc")  # type: ignore[attr-defined]
    assert not dialog.save()  # type: ignore[attr-defined]
    assert "amount" in dialog.messages.text("annual_fee")  # type: ignore[attr-defined]
    dialog.amount_edit.setText("3,000.50")  # type: ignore[attr-defined]
    assert dialog.save()  # type: ignore[attr-defined]
    assert tab.fee_model.rowCount() == steps + 1
    assert "3,000.50" in tab.fee_value.text()

    cap = area.edit_cap()
    cap.cap_edit.setValue(90)
    assert cap.save()
    assert "/ 90" in area.count_label.text()
    with demo_context.db.reading() as session:
        assert cap_status(session).cap == 90


# -- Excel ------------------------------------------------------------------------------------


def test_export_then_preview_the_same_workbook(
    qtbot: QtBot, demo_context: AppContext, answers: Answers, tmp_path: Path
) -> None:
    area = make_area(qtbot, demo_context)
    target = tmp_path / "members.xlsx"
    operation = area.export_excel(target)
    assert operation is not None
    with qtbot.waitSignal(operation.done, timeout=30_000) as done:
        pass
    assert done.args == [True]
    assert target.is_file()

    dialog = area.import_excel()
    answers.open_path = target
    operation = dialog.choose_file()
    assert operation is not None
    with qtbot.waitSignal(operation.done, timeout=30_000) as done:
        pass
    assert done.args == [True]
    assert dialog.preview is not None
    assert dialog.rows_model.rowCount() == len(dialog.preview.rows) > 0
    assert dialog.problems_model.rowCount() == len(dialog.preview.problems) == 0
    # our own export changes nothing: every row unchanged, nothing to import
    assert dialog.preview.nothing_to_do
    assert "Nothing to do" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_import_preview_lists_problems_with_their_place(
    qtbot: QtBot, context: AppContext, answers: Answers, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "broken.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Members"
    sheet.append(["Name", "VAT ID", "Status"])
    sheet.append(["Broken GmbH", "DE000", "member"])
    workbook.save(path)
    area = make_area(qtbot, context)
    dialog = area.import_excel()
    operation = dialog.load_preview(path)
    with qtbot.waitSignal(operation.done, timeout=30_000):
        pass
    assert not dialog.import_button.isEnabled()
    shown = [
        [dialog.problems_model.index(row, column).data() for column in range(4)]
        for row in range(dialog.problems_model.rowCount())
    ]
    assert [line[:3] for line in shown] == [
        ["Members", "2", "VAT ID"],
        ["Members", "2", "Status"],
        ["Members", "2", "Name"],
    ]
    assert "DE000" in shown[0][3] and "admission date" in shown[1][3]
    assert "application date" in shown[2][3]
