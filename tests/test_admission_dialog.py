"""The admission dialog on the demo network: seats in one sentence, board decisions (recorded,
kept with the application, lapsed), the check that cannot judge, shared inputs that unfold.

Real widgets on a fresh demo database per test (SQLite and PostgreSQL). The demo
network is full but for one seat, with four applicants waiting; tests that need
a free seat for the applicant raise the cap through the cap dialog.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from niro_desk import audit, demo
from niro_desk.app_context import AppContext
from niro_desk.membership.admission import cap_status
from niro_desk.membership.member_directory import DirectoryFilter, list_directory
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    create_organisation,
    load_organisation,
    set_sales_profile,
)
from niro_desk.models import BoardDecision, BoardDecisionState, MembershipStatus, OrganisationKind
from niro_desk.ui.members.admission_dialog import AdmissionDialog
from niro_desk.ui.members.cap_dialog import CapDialog
from niro_desk.ui.members.date_input import set_date
from niro_desk.ui.members.sales_profile_dialog import SalesProfileDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def organisation_id(context: AppContext, name: str) -> int:
    with context.db.reading() as session:
        rows = [r for r in list_directory(session, DirectoryFilter(text=name)) if r.name == name]
    assert len(rows) == 1, name
    return rows[0].id


def status_of(context: AppContext, organisation_id: int) -> MembershipStatus | None:
    with context.db.reading() as session:
        return load_organisation(session, organisation_id).membership_status


def raise_cap(qtbot: QtBot, context: AppContext, seats_more: int) -> None:
    """Free seats through the cap dialog, as the office would."""
    with context.db.reading() as session:
        status = cap_status(session)
    dialog = CapDialog(context)
    qtbot.add_widget(dialog)
    dialog.cap_edit.setValue(status.cap + seats_more)
    assert dialog.save()


def open_dialog(qtbot: QtBot, context: AppContext, organisation_id: int) -> AdmissionDialog:
    dialog = AdmissionDialog(context, organisation_id)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def decisions(context: AppContext) -> list[BoardDecision]:
    with context.db.reading() as session:
        rows = list(session.scalars(select(BoardDecision).order_by(BoardDecision.id)))
        session.expunge_all()
    return rows


def test_seats_are_told_in_one_sentence(qtbot: QtBot, demo_context: AppContext) -> None:
    applicant = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    with demo_context.db.reading() as session:
        status = cap_status(session)
    assert (status.free, status.waiting) == (1, 4)  # the demo network, as the issue tells it
    dialog = open_dialog(qtbot, demo_context, applicant)
    assert dialog.seat_label.text() == (
        f"<b>{status.members} of {status.cap} seats taken; 1 seat is free, but 4 applicants are"
        " waiting ahead of this one: it will be number 5 on the waiting list.</b>"
    )
    assert dialog.admit_button.text() == "Put on the waiting list"

    raise_cap(qtbot, demo_context, 5)  # now there is a seat even after the four
    dialog.reload()
    assert dialog.seat_label.text() == (
        f"{status.members} of {status.cap + 5} seats taken; 6 seats are free and 4 applicants"
        " are waiting ahead of this one: it can be admitted now."
    )
    assert dialog.admit_button.text() == "Admit"


def test_admitted_with_a_board_decision(qtbot: QtBot, demo_context: AppContext) -> None:
    """Issue 7: the "admitted with a board decision" branch, with a seat made free."""
    raise_cap(qtbot, demo_context, 5)
    applicant = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    dialog = open_dialog(qtbot, demo_context, applicant)
    assert not dialog.will_wait and dialog.check.conflicts
    assert dialog.board_box.isVisible() and not dialog.admit_button.isEnabled()
    conflicting = sorted(finding.other_name for finding in dialog.check.conflicts)

    set_date(dialog.decided_on_edit, dt.date(2026, 11, 18))
    qtbot.keyClicks(dialog.reason_edit, "Different customers; board meeting of 18 November")
    assert dialog.admit_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.admit_button.click()

    assert status_of(demo_context, applicant) == MembershipStatus.MEMBER
    assert "is a member from" in dialog.outcome_label.text()
    assert "board decision is recorded" in dialog.outcome_label.text()
    [decision] = decisions(demo_context)
    assert decision.organisation_id == applicant
    assert decision.reason == "Different customers; board meeting of 18 November"
    assert decision.decided_on == dt.date(2026, 11, 18)
    assert decision.state == BoardDecisionState.APPLIED and decision.applied_at is not None
    assert sorted(entry["other_name"] for entry in decision.conflicts) == conflicting
    assert decision.sales_profile is not None and decision.sales_profile["codes"] == ["25.62"]
    assert dialog.result is not None and dialog.result.board_decision_id == decision.id
    with demo_context.db.reading() as session:
        actions = [e.action for e in audit.history(session, "organisation", applicant)]
    assert "board_decision" in actions and "admit" in actions


def test_decision_kept_while_full_applies_when_a_seat_comes_free(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    applicant = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    dialog = open_dialog(qtbot, demo_context, applicant)
    qtbot.keyClicks(dialog.reason_edit, "Different customers")
    with qtbot.waitSignal(dialog.changed):
        dialog.admit_button.click()
    assert status_of(demo_context, applicant) == MembershipStatus.WAITING
    assert "kept with the application" in dialog.outcome_label.text()
    [kept] = decisions(demo_context)
    assert kept.state == BoardDecisionState.PENDING

    raise_cap(qtbot, demo_context, 5)
    again = open_dialog(qtbot, demo_context, applicant)
    assert again.kept_label.isVisible()
    assert "applies: no new decision is needed" in again.kept_label.text()
    assert "Different customers" in again.kept_label.text()
    assert not again.decision_fields.isVisible()
    assert again.admit_button.isEnabled()  # no new reason needed
    with qtbot.waitSignal(again.changed):
        again.admit_button.click()
    assert status_of(demo_context, applicant) == MembershipStatus.MEMBER
    [applied] = decisions(demo_context)
    assert applied.id == kept.id and applied.state == BoardDecisionState.APPLIED


def test_dialog_says_when_the_sales_profile_changed_since_the_decision(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    applicant = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)
    dialog = open_dialog(qtbot, demo_context, applicant)
    qtbot.keyClicks(dialog.reason_edit, "Different customers")
    dialog.admit_button.click()
    with demo_context.db.transaction() as session:
        organisation = load_organisation(session, applicant)
        markets = [m.name for m in organisation.product_markets] + ["Frästeile"]
        set_sales_profile(
            session,
            demo_context.acting_user(session),
            applicant,
            SalesProfile([c.code for c in organisation.sales_codes], markets, []),
        )
    raise_cap(qtbot, demo_context, 5)
    again = open_dialog(qtbot, demo_context, applicant)
    assert "the sales profile has changed since" in again.kept_label.text()
    assert "now also sells: Frästeile" in again.kept_label.text()
    assert again.decision_fields.isVisible()
    assert not again.admit_button.isEnabled()  # the board must decide again
    qtbot.keyClicks(again.reason_edit, "Decided again")
    again.admit_button.click()
    assert status_of(demo_context, applicant) == MembershipStatus.MEMBER
    assert [d.state for d in decisions(demo_context)] == [
        BoardDecisionState.SUPERSEDED,
        BoardDecisionState.APPLIED,
    ]


def test_check_that_cannot_judge_needs_the_profile_or_an_audited_override(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    raise_cap(qtbot, demo_context, 5)
    with demo_context.db.transaction() as session:
        user = demo_context.acting_user(session)
        silent = create_organisation(
            session,
            user,
            OrganisationInput(name="Stille Wasser GmbH", city="Unna"),
            OrganisationKind.MEMBER,
            dt.date(2026, 11, 1),
        )
        silent_id = silent.id
    dialog = open_dialog(qtbot, demo_context, silent_id)
    text = dialog.report.text()
    assert "The check cannot judge" in text
    assert "Nothing is recorded about what Stille Wasser GmbH sells" in text
    assert "No conflicts" not in text
    assert dialog.unchecked_box.isVisible()
    assert not dialog.admit_button.isEnabled()
    dialog.without_check_box.click()
    assert not dialog.admit_button.isEnabled()  # a reason is required
    assert "Required" in dialog.messages.text("without_check_reason")
    qtbot.keyClicks(dialog.without_check_reason, "Founder known to the board")
    assert dialog.admit_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.admit_button.click()
    assert status_of(demo_context, silent_id) == MembershipStatus.MEMBER
    with demo_context.db.reading() as session:
        entries = list(audit.history(session, "organisation", silent_id))
    [override] = [e for e in entries if e.action == "without_check"]
    assert override.after == {"without_check": True, "reason": "Founder known to the board"}


def test_recording_the_sales_profile_from_the_dialog_lets_the_check_judge(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    with demo_context.db.transaction() as session:
        silent = create_organisation(
            session,
            demo_context.acting_user(session),
            OrganisationInput(name="Stille Wasser GmbH", city="Unna"),
            OrganisationKind.MEMBER,
            dt.date(2026, 11, 1),
        )
        silent_id = silent.id
    dialog = open_dialog(qtbot, demo_context, silent_id)
    dialog.record_sales_button.click()
    sales = dialog.sales_dialog
    assert isinstance(sales, SalesProfileDialog)
    qtbot.add_widget(sales)
    qtbot.keyClicks(sales.search_edit, "c 32.91.0")  # the WZ subclass, typed in lower case
    qtbot.keyClick(sales.search_edit, Qt.Key.Key_Return)
    assert sales.chosen_model.codes() == ["32.91"]
    assert sales.save()
    assert dialog.check.can_judge
    assert not dialog.unchecked_box.isVisible()
    assert "No conflicts" in dialog.report.text()


def test_shared_inputs_are_one_line_each_and_unfold(qtbot: QtBot, demo_context: AppContext) -> None:
    applicant = organisation_id(demo_context, demo.MATERIAL_ONLY_APPLICANT)
    dialog = open_dialog(qtbot, demo_context, applicant)
    shared = dialog.check.shared_inputs
    assert shared, "the demo applicant buys what members buy"
    model, view = dialog.report.inputs_model, dialog.report.inputs_view
    assert view.isVisible()
    lines = [model.item(row).text() for row in range(model.rowCount())]
    assert lines == [f"{s.name}: {len(s.organisations)} organisations" for s in shared]
    assert len({s.name for s in shared}) == len(shared)  # one line per input
    # the organisations are not listed in the text above: nothing pushes conflicts away
    assert shared[0].organisations[0] not in dialog.check_view.toPlainText()
    first = model.index(0, 0)
    assert not view.isExpanded(first)
    view.setFocus()
    view.setCurrentIndex(first)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # unfold, as with the keyboard or the arrow
    assert view.isExpanded(first)
    names = [model.item(0).child(n).text() for n in range(model.item(0).rowCount())]
    assert names == shared[0].organisations


def test_waiting_list_dialog_orders_by_application_date(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    """Processed out of order: the application received first still comes first."""
    from niro_desk.ui.members.waiting_list_dialog import WaitingListDialog

    later = organisation_id(demo_context, demo.MATERIAL_ONLY_APPLICANT)  # 10.11.
    earlier = organisation_id(demo_context, demo.CONFLICTING_APPLICANT)  # 04.11.
    first = open_dialog(qtbot, demo_context, later)
    first.admit_button.click()
    second = open_dialog(qtbot, demo_context, earlier)
    assert "it will be number 5 on the waiting list" in second.seat_label.text()
    qtbot.keyClicks(second.reason_edit, "Different customers")
    second.admit_button.click()
    assert second.result is not None and second.result.waiting_position == 5
    dialog = WaitingListDialog(demo_context)
    qtbot.add_widget(dialog)
    ids = [row.id for row in dialog.model.rows()]
    assert ids[4:] == [earlier, later]
    assert [row.position for row in dialog.model.rows()][4:] == [5, 6]
