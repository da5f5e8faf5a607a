"""The Tenders area driven with pytest-qt: bid entry never shows a price back, sealed lists,
opening with the passphrase, the comparison view with the best offer highlighted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from tender_builders import AFTER_DEADLINE, FAST, PASSPHRASE, bid, build

from niro_desk.app_context import AppContext
from niro_desk.models import Bid, BidPrice, RoundState, TenderRound
from niro_desk.procurement import suppliers, tender_opening, tenders
from niro_desk.procurement.tender_brief import tender_brief
from niro_desk.ui.members import prompts
from niro_desk.ui.tenders.bid_dialog import BidDialog
from niro_desk.ui.tenders.open_round_dialog import OpenRoundDialog
from niro_desk.ui.tenders.publish_dialog import PublishDialog
from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog
from niro_desk.ui.tenders.tender_dialog import TenderDialog
from niro_desk.ui.tenders.tenders_area import TendersArea
from niro_desk.users import ensure_user


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    return shown


def _model_texts(model) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def _published_now(context: AppContext) -> tuple[int, int, int]:
    """A tender whose round 1 is open until next week (by the real clock)."""
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
        tender_round = tenders.publish_tender(
            session,
            ensure_user(session, "test.user"),
            scenario.tender_id,
            PASSPHRASE,
            dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
            cost=FAST,
        )
        return scenario.tender_id, tender_round.id, scenario.suppliers[1]


def test_bid_entry_seals_and_never_shows_a_price(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    tender_id, _round_id, supplier_id = _published_now(context)
    with context.db.reading() as session:
        overview = tenders.tender_overview(session, tender_id)
        brief = tender_brief(session, tender_id)
    dialog = BidDialog(context, overview.rounds[0], brief)
    qtbot.add_widget(dialog)
    dialog.supplier.setCurrentIndex(dialog.supplier.findData(supplier_id))
    price_edits = [e for lot in dialog.price_inputs.values() for e in lot.values()]
    qtbot.keyClicks(price_edits[0], "0.2137")  # English UI in tests
    qtbot.keyClicks(price_edits[1], "0.0861")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert errors == [], [str(e) for e in errors]
    assert dialog.messages.text("prices") == "" and dialog.messages.text("received_at") == ""
    receipt = dialog.receipt.text()
    assert "Energiehandel Ruhr" in receipt and "lots 1, 2" in receipt
    assert all(e.text() == "" for e in price_edits)  # emptied: never shown back
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QLineEdit))
    assert "2137" not in shown and "0861" not in shown
    with context.db.reading() as session:
        sealed = session.query(Bid).all()
        assert len(sealed) == 2 and session.query(BidPrice).count() == 0
        assert all(b"2137" not in b.sealed_prices for b in sealed)

    # a price typed wrongly is refused without echoing it
    qtbot.keyClicks(price_edits[0], "zwei")
    qtbot.keyClicks(price_edits[1], "1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "zwei" not in dialog.messages.text("prices")
    assert "not a number" in dialog.messages.text("prices")

    area = TendersArea(context)
    qtbot.add_widget(area)
    area.view.select_id(tender_id)
    area.detail.tabs.setCurrentIndex(1)
    texts = _model_texts(area.detail.bid_model)
    assert "Energiehandel Ruhr" in texts and "sealed" in texts
    assert "2137" not in texts and "0,21" not in texts
    assert area.detail.comparison_model.rowCount() == 0
    assert "sealed" in area.detail.comparison_note.text()
    assert area.detail.buttons["open"].isEnabled()
    assert not area.detail.buttons["award"].isEnabled()


def test_comparison_view_after_opening(qtbot: QtBot, context: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with context.db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2000", "0.0800")
        bid(session, scenario, 1, "0.2400", "0.0850")
        tender_opening.open_round(
            session,
            ensure_user(session, "test.user"),
            scenario.round_id,
            PASSPHRASE,
            ["Eva"],
            now=AFTER_DEADLINE,
        )
    area = TendersArea(context)
    qtbot.add_widget(area)
    area.view.select_id(scenario.tender_id)
    view = area.detail
    view.tabs.setCurrentIndex(2)
    model = view.comparison_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Stadtwerke Hellweg"
    assert model.data(model.index(0, 2)) == "€240.00"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None  # best
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert view.chart.history == {
        "Stadtwerke Hellweg": {1: Decimal("240.00")},
        "Energiehandel Ruhr": {1: Decimal("288.00")},
    }
    assert "100 × best total ÷ supplier's total" in view.formula.text()
    ranking = _model_texts(view.ranking_model)
    assert "100.00" in ranking and "83.33" in ranking
    assert view.buttons["award"].isEnabled() and view.buttons["protocol"].isEnabled()


def test_open_round_dialog_refuses_a_wrong_passphrase(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    with context.db.transaction() as session:
        scenario = build(session)  # the deadline lies in the past of the real clock
        bid(session, scenario, 0, "0.2000")
    with context.db.reading() as session:
        current = tenders.tender_overview(session, scenario.tender_id).rounds[0]
    dialog = OpenRoundDialog(context, current)
    qtbot.add_widget(dialog)
    qtbot.keyClicks(dialog.present, "Eva Einkauf")
    qtbot.keyClicks(dialog.passphrase, "falsch falsch falsch")
    dialog.open_bids()
    assert "does not open this round" in dialog.refused.text()
    assert dialog.passphrase.text() == ""
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.open_bids()
    assert errors == []
    assert dialog.result_of_opening is not None and dialog.result_of_opening.opened
    with context.db.reading() as session:
        opened = session.get(TenderRound, scenario.round_id)
        assert opened is not None and opened.state == RoundState.OPENED


def test_publish_dialog_warns_and_checks_the_passphrase(qtbot: QtBot, context: AppContext) -> None:
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
    dialog = PublishDialog(context, scenario.tender_id, "Strom und Gas 2027")
    qtbot.add_widget(dialog)
    warning = dialog.findChild(QLabel, "passphraseWarning").text()
    assert "must be requested again" in warning
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "kurz")
    assert not ok.isEnabled() and "too short" in dialog.strength.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "drei Worte reichen schon")
    qtbot.keyClicks(dialog.repeat, "drei Worte reichen")
    assert not ok.isEnabled() and "differ" in dialog.strength.text()
    qtbot.keyClicks(dialog.repeat, " schon")
    assert ok.isEnabled() and "strong" in dialog.strength.text()


def test_new_tender_dialog(qtbot: QtBot, context: AppContext, errors: list[Exception]) -> None:
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
    dialog = TenderDialog(context)
    qtbot.add_widget(dialog)
    assert dialog.collection.currentData() == scenario.collection_id
    assert set(dialog.suppliers.checked_ids()) == set()  # nobody serves "Energy" yet
    dialog.suppliers.set_checked(scenario.suppliers[:2])
    dialog.lot_per_item.setChecked(True)
    dialog.title.setText("Energie 2027 zweiter Anlauf")
    dialog.save()
    assert errors == [] and dialog.messages.text("criteria") == ""
    with context.db.reading() as session:
        rows = {r.title: r for r in tenders.list_tenders(session)}
        assert rows["Energie 2027 zweiter Anlauf"].lots == 2
        assert rows["Energie 2027 zweiter Anlauf"].suppliers == 2


def test_suppliers_dialog_edits_categories_and_certificates(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
    dialog = SuppliersDialog(context)
    qtbot.add_widget(dialog)
    dialog.view.select_id(scenario.suppliers[0])
    names = [
        dialog.categories.model.item(r).text() for r in range(dialog.categories.model.rowCount())
    ]
    energy_id = dialog.tree[names.index(next(n for n in names if n.endswith("Energy")))][0]
    dialog.categories.set_checked([energy_id])
    dialog.save_categories.click()
    dialog.standard.setCurrentText("ISO 50001")
    qtbot.keyClicks(dialog.number, "EN-123")
    dialog.findChild(QPushButton, "addCertificate").click()
    assert errors == []
    assert dialog.certificate_model.rowCount() == 1
    assert dialog.certificate_model.data(dialog.certificate_model.index(0, 0)) == "ISO 50001"
    with context.db.reading() as session:
        assert suppliers.served_category_ids(session, scenario.suppliers[0]) == [energy_id]
    dialog.certificate_view.selectRow(0)
    dialog.findChild(QPushButton, "removeCertificate").click()
    assert dialog.certificate_model.rowCount() == 0


def test_evaluation_workbook_action_saves_under_a_dated_name(
    qtbot: QtBot,
    context: AppContext,
    errors: list[Exception],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tender_id, round_id, _supplier = _published_now(context)
    area = TendersArea(context)
    qtbot.add_widget(area)
    area.view.select_id(tender_id)
    button = area.detail.buttons["workbook"]
    assert button.text() == "Evaluation workbook…"
    assert not button.isEnabled()  # sealed: nothing to evaluate yet
    with context.db.transaction() as session:
        tender_round = session.get(TenderRound, round_id)
        assert tender_round is not None
        tender_round.deadline = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
        tender_opening.open_round(
            session, ensure_user(session, "test.user"), round_id, PASSPHRASE, ["Eva"]
        )
    area.reload()
    area.view.select_id(tender_id)
    assert button.isEnabled()
    asked: list[str] = []
    target = tmp_path / "board.xlsx"

    def save_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), ""

    informed: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_dialog)
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: informed.append(text))
    button.click()
    assert errors == [], [str(e) for e in errors]
    assert Path(asked[0]).name == f"Evaluation-{tender_id}-{dt.date.today():%Y-%m-%d}.xlsx"
    assert informed == [f"Written to {target}"]
    assert load_workbook(target).sheetnames == ["Summary", "Lot 1", "Lot 2", "Scores"]
