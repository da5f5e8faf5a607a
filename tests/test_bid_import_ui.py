"""The Tenders area imports returned bid workbooks: choose files or a folder, preview, import.

Driven with pytest-qt against a real database (SQLite and PostgreSQL): the
preview shows supplier, lots covered, validity, time received and problems,
never a price; Import stays disabled while a file is refused; removing that
file from the list lets the rest be imported, sealed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bid_workbook_builders import fill, invite, scenario_prices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tender_builders import FAST, PASSPHRASE, build

from niro_desk.app_context import AppContext
from niro_desk.models import BidPrice, Organisation
from niro_desk.procurement import bids, tenders
from niro_desk.ui.members import prompts
from niro_desk.ui.members.row_table_model import RowRole
from niro_desk.ui.tenders.bid_import_dialog import BidImportDialog
from niro_desk.ui.tenders.tenders_area import TendersArea
from niro_desk.users import ensure_user


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    return shown


def _texts(model) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def _published_now(context: AppContext):  # type: ignore[no-untyped-def]
    """A tender whose round 1 is open until next week (by the real clock)."""
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
        session.get(Organisation, scenario.suppliers[1]).country = "GB"  # type: ignore[union-attr]
        tender_round = tenders.publish_tender(
            session,
            ensure_user(session, "test.user"),
            scenario.tender_id,
            PASSPHRASE,
            dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
            cost=FAST,
        )
        scenario.round_id = tender_round.id
    return scenario


def test_import_bids_from_a_folder_preview_remove_the_refused_and_import(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[Exception],
) -> None:
    scenario = _published_now(context)
    out = invite(context.db, scenario.tender_id, tmp_path / "out")
    back = tmp_path / "back"
    back.mkdir()
    received = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=5)
    fill(
        out[scenario.suppliers[0]],
        back / "Stadtwerke Hellweg.xlsx",
        scenario_prices(scenario, 0.2137, "0,0861"),
        received=received,
    )
    fill(
        out[scenario.suppliers[1]],
        back / "Energiehandel Ruhr.xlsx",
        scenario_prices(scenario, "0.2255", "-0.0733"),
        valid_until="30.04.2027",
        received=received,
    )
    (back / "scan.xlsx").write_bytes(b"%PDF-1.4")

    area = TendersArea(context)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    assert area.view.select_id(scenario.tender_id)
    view = area.detail
    assert view.buttons["import"].isEnabled()
    dialog = view.import_bids()
    assert isinstance(dialog, BidImportDialog) and dialog.parent() is view
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_a, **_k: str(back)
    )
    operation = dialog.choose_folder()
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    qtmodeltester.check(dialog.files_model)
    rows = {r.file: r for r in dialog.files_model.rows()}
    assert set(rows) == {"Energiehandel Ruhr.xlsx", "Stadtwerke Hellweg.xlsx", "scan.xlsx"}
    model = dialog.files_model
    hellweg = rows["Stadtwerke Hellweg.xlsx"]
    assert model.result(hellweg) == "Ready to import"
    assert (hellweg.supplier, hellweg.lots, hellweg.late) == ("Stadtwerke Hellweg", (1, 2), False)
    assert model.result(rows["scan.xlsx"]).startswith("Refused: scan.xlsx is not")
    assert model.result(rows["Energiehandel Ruhr.xlsx"]) == "1 problem(s): nothing will be imported"
    assert not dialog.import_button.isEnabled()
    assert "2 file(s) refused or with problems" in dialog.summary_label.text()

    # the problem of Ruhr's (English) workbook, located and without the price
    position = next(
        r
        for r in range(dialog.files_view.proxy.rowCount())
        if dialog.files_view.proxy.index(r, 0).data(RowRole).file == "Energiehandel Ruhr.xlsx"
    )
    dialog.files_view.setCurrentIndex(dialog.files_view.proxy.index(position, 0))
    problems = _texts(dialog.problems_model)
    assert "Prices" in problems and "Your price per unit (€, net)" in problems
    assert "The price must not be negative." in problems
    dialog.grab().save(str(tmp_path / "bid_import_dialog.png"))
    shown = (
        _texts(dialog.files_model)
        + problems
        + " ".join(label.text() for label in dialog.findChildren(QLabel))
    )
    for price in ("2137", "0861", "2255", "0733", "0,21", "0.21"):
        assert price not in shown, price

    # all or nothing: take the two refused files off the list, then import
    dialog.remove_chosen()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    scan = next(
        r
        for r in range(dialog.files_view.proxy.rowCount())
        if dialog.files_view.proxy.index(r, 0).data(RowRole).file == "scan.xlsx"
    )
    dialog.files_view.setCurrentIndex(dialog.files_view.proxy.index(scan, 0))
    dialog.remove_chosen()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert [r.file for r in dialog.files_model.rows()] == ["Stadtwerke Hellweg.xlsx"]
    assert dialog.import_button.isEnabled() and "1 bid(s)" in dialog.import_button.text()
    with qtbot.waitSignal(dialog.changed):
        assert dialog.start_import()
    assert errors == [], [str(e) for e in errors]
    assert "1 bid(s) entered and sealed" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert model.result(model.rows()[0]) == "Bid entered (sealed)"
    with context.db.reading() as session:
        rows_after = bids.round_bids(session, scenario.round_id)
        assert session.query(BidPrice).count() == 0
    assert [(r.supplier, r.lot_number) for r in rows_after] == [
        ("Stadtwerke Hellweg", 1),
        ("Stadtwerke Hellweg", 2),
    ]
    assert "Stadtwerke Hellweg" in _texts(view.bid_model)  # the view was reloaded
    dialog.close()


def test_add_files_checks_the_chosen_workbooks(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = _published_now(context)
    out = invite(context.db, scenario.tender_id, tmp_path / "out")
    path = fill(
        out[scenario.suppliers[1]],
        tmp_path / "ruhr.xlsx",
        scenario_prices(scenario, "0.2255"),
        received=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1),
    )
    dialog = BidImportDialog(context, scenario.tender_id, "Strom und Gas 2027")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileNames",
        lambda *_a, **_k: ([str(path)], "Excel workbooks (*.xlsx)"),
    )
    assert dialog.choose_files() is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    check = dialog.files_model.rows()[0]
    assert (check.supplier, check.lots) == ("Energiehandel Ruhr", (1,))
    assert dialog.import_button.isEnabled()
    assert dialog.files_model.data(dialog.files_model.index(0, 3)) == "31/03/2027"
