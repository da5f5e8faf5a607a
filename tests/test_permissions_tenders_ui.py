"""The Tenders area with accounts on (pytest-qt): a procurement head walks every table of it
and finds no bid, no price, no total; actions the account may not do are disabled, and a
refusal of the service shows as the usual error message."""

from __future__ import annotations

import pytest
from account_builders import LOGINS, Office, cheap_hashes, office
from procurement_builders import office_user
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tender_builders import AFTER_DEADLINE, PASSPHRASE, Scenario, bid, build

from niro_desk.app_context import AppContext
from niro_desk.errors import PermissionDenied
from niro_desk.formatting import format_money
from niro_desk.models import TenderState
from niro_desk.procurement import tender_evaluation, tender_opening, tenders
from niro_desk.ui.members import prompts
from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog
from niro_desk.ui.tenders.tenders_area import TendersArea

EDITING = ("publish", "bid", "import", "admit", "open", "next", "award", "cancel", "invitations")
PRINTING = ("protocol", "evaluation", "workbook")


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashes(monkeypatch)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    return shown


def _opened_tender(context: AppContext) -> tuple[Scenario, Office]:
    """Tender A opened (two suppliers, both lots) and in evaluation; the head's organisation
    takes part in its collection."""
    with context.db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000", "0.0800")
        bid(session, scenario, 1, "0.2100", "0.0850")
    with context.db.transaction() as session:
        tender_opening.open_round(
            session, office_user(session), scenario.round_id, PASSPHRASE, ["Eva"], AFTER_DEADLINE
        )
    people = office(context.db, scenario.participants[0].id, scenario.participants[1].id)
    return scenario, people


def _texts(widget: QWidget) -> str:
    """Every cell of every table model under ``widget``."""
    cells = []
    for model in widget.findChildren(QAbstractItemModel):
        cells += [
            str(model.data(model.index(r, c)))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    return "\n".join(cells)


def _walk(area: TendersArea) -> str:
    """Choose every tender, every round and every lot; what the tables showed on the way."""
    seen = []
    for row in range(area.model.rowCount()):
        area.view.selectRow(row)
        view = area.detail
        for index in range(view.round_choice.count()):
            view.round_choice.setCurrentIndex(index)
            for lot in range(view.lot_choice.count()):
                view.lot_choice.setCurrentIndex(lot)
                seen.append(_texts(area))
    return "\n".join(seen)


def _secrets(context: AppContext, scenario: Scenario) -> list[str]:
    """The totals and supplier names a bid reveals (read as the office)."""
    found = []
    with context.db.reading() as session:
        for lot in (scenario.lot_power, scenario.lot_gas):
            for offer in tender_evaluation.lot_comparison(session, lot).offers:
                found += [format_money(offer.total, "en"), offer.supplier]
    return found


def test_a_procurement_head_finds_no_bid_anywhere_in_the_tenders_area(
    qtbot: QtBot, context: AppContext
) -> None:
    scenario, _people = _opened_tender(context)
    context.act_as(LOGINS["staff"])
    secrets = _secrets(context, scenario)
    assert len(secrets) == 8
    staff_area = TendersArea(context)
    qtbot.addWidget(staff_area)
    seen_by_staff = _walk(staff_area)
    assert all(secret in seen_by_staff for secret in secrets)  # so the walk can find them
    assert "Stadtwerke Hellweg" in staff_area.detail.facts.text()  # the office's invitations

    context.act_as(LOGINS["head"])
    area = TendersArea(context)
    qtbot.addWidget(area)
    assert area.model.rowCount() == 1  # the tender list: any signed-in account
    seen = _walk(area)
    assert "Strom und Gas 2027" in seen and "Strom" in seen
    for secret in secrets:
        assert secret not in seen
    view = area.detail
    assert view.bid_model.rowCount() == 0
    assert view.comparison_model.rowCount() == 0 and view.ranking_model.rowCount() == 0
    assert "office only" in view.round_facts.text()
    # who is invited is the office's too (a head's database role may not read it)
    assert "known to the office only" in view.facts.text()
    assert "known to the office only" in view.round_facts.text()
    for supplier in ("Stadtwerke Hellweg", "Energiehandel Ruhr"):
        assert supplier not in view.facts.text() + view.round_facts.text()
    assert not view.tabs.isTabEnabled(2)
    for key in (*EDITING, *PRINTING):
        assert not view.buttons[key].isEnabled(), key
    assert not view.score_button.isEnabled()
    assert not area.new_button.isEnabled() and area.suppliers_button.isEnabled()


def test_a_procurement_head_sees_suppliers_but_not_their_tender_history(
    qtbot: QtBot, context: AppContext
) -> None:
    scenario, _people = _opened_tender(context)
    context.act_as(LOGINS["head"])
    dialog = SuppliersDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    for row in range(dialog.model.rowCount()):
        dialog.view.selectRow(row)
        assert dialog.history.model.rowCount() == 0
        assert dialog.history.agreement_model.rowCount() == 0
    assert not dialog.tabs.isTabEnabled(1)
    assert not dialog.save_categories.isEnabled()
    assert all(s in _texts(dialog) for s in ("Stadtwerke Hellweg", "Energiehandel Ruhr"))
    for secret in ("240.00", "252.00"):
        assert secret not in _texts(dialog)
    assert scenario.suppliers  # the head's list names them, nothing more


def test_a_manager_reads_and_prints_but_changes_nothing(
    qtbot: QtBot, context: AppContext, errors: list[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario, _people = _opened_tender(context)
    context.act_as(LOGINS["manager"])
    area = TendersArea(context)
    qtbot.addWidget(area)
    area.view.select_id(scenario.tender_id)
    view = area.detail
    assert view.bid_model.rowCount() == 4 and view.comparison_model.rowCount() > 0
    for key in EDITING:
        assert not view.buttons[key].isEnabled(), key
    assert view.buttons["protocol"].isEnabled() and view.buttons["evaluation"].isEnabled()
    assert not area.new_button.isEnabled()
    # a disabled button is no permission: the service refuses, shown as the usual error
    monkeypatch.setattr(prompts, "ask_text", lambda *_args, **_kw: "no budget")
    view.cancel()
    assert len(errors) == 1 and isinstance(errors[0], PermissionDenied)
    assert "edit_procurement" in errors[0].params["permission"]
    with context.db.reading() as session:
        assert tenders.get_tender(session, scenario.tender_id).state == TenderState.EVALUATION


def test_staff_may_do_everything_the_state_allows(qtbot: QtBot, context: AppContext) -> None:
    scenario, _people = _opened_tender(context)
    context.act_as(LOGINS["staff"])
    area = TendersArea(context)
    qtbot.addWidget(area)
    area.view.select_id(scenario.tender_id)
    view = area.detail
    for key in ("next", "award", "cancel", *PRINTING):
        assert view.buttons[key].isEnabled(), key
    assert view.score_button.isEnabled() and area.new_button.isEnabled()


def test_without_an_account_the_area_lists_nothing_and_says_why(
    qtbot: QtBot, context: AppContext
) -> None:
    _opened_tender(context)
    context.act_as("somebody")
    area = TendersArea(context)
    qtbot.addWidget(area)
    assert area.model.rowCount() == 0
    assert "sign in" in area.certificates.text()
    assert not area.new_button.isEnabled() and not area.suppliers_button.isEnabled()
