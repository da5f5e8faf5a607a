"""The Reports area with pytest-qt against a real database: tables, sorting, colours, chart,
Excel export, one statement and the batch of statements off the UI thread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from agreement_builders import board_agreement, fees
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from niro_desk.app_context import AppContext
from niro_desk.models import Organisation
from niro_desk.ui.members import prompts
from niro_desk.ui.reports import print_actions
from niro_desk.ui.reports.report_model import GAIN, LOSS
from niro_desk.ui.reports.reports_area import ReportsArea


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: said.append(repr(error)))
    return said


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(print_actions, "open_url", lambda url: urls.append(url.toLocalFile()))
    return urls


def _area(qtbot: QtBot, context: AppContext) -> ReportsArea:
    with context.db.transaction() as session:
        board_agreement(session, participants=4)
        weiss = session.query(Organisation).filter_by(name="Weiß Großhandel KG").one()
        fees(session, weiss, {dt.date(2020, 1, 1): "1000"})
    area = ReportsArea(context)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.year.setValue(2026)
    return area


def _column(area: ReportsArea, header: str) -> int:
    return area.value_page.model.headers().index(header)


def test_membership_value_sorts_and_colours(qtbot: QtBot, context: AppContext) -> None:
    area = _area(qtbot, context)
    view, model = area.value_page.view, area.value_page.model
    assert model.rowCount() == 4
    difference = _column(area, "Difference")
    view.sortByColumn(difference, Qt.SortOrder.DescendingOrder)
    first = view.model().index(0, 0).data()
    assert first == "Weiß Großhandel KG"  # 2,919.76 saved against a fee of 1,000
    assert view.model().index(0, difference).data() == "€1,919.76"
    assert view.model().index(0, difference).data(Qt.ItemDataRole.ForegroundRole).color() == GAIN
    last = view.model().index(3, difference)
    assert last.data(Qt.ItemDataRole.ForegroundRole).color() == LOSS
    # sorted as numbers, not as text
    values = [
        model.row_at(view.proxy.mapToSource(view.model().index(r, 0)).row()).values[difference]
        for r in range(4)
    ]
    assert values == sorted(values, reverse=True)
    # the chart has one row per member, most savings first
    # Straßenbau Jäger buys 130 MWh: 26,5433 × 130 = 3.450,629 → 3.450,63 €
    assert area.chart.rows[0] == ("Straßenbau Jäger GmbH", Decimal("3450.63"), Decimal("3000.00"))
    assert "Savings €" in area.value_page.note.text()
    # the other reports are filled too
    assert area.category_page.model.rowCount() == 1
    assert area.agreements_page.model.rowCount() == 1
    assert "active: 1" in area.agreements_page.note.text()
    # another year: nobody took part before 2026, the members had no agreements then
    area.year.setValue(2025)
    assert all(row[3] == Decimal("0.00") for row in area.value_page.table.rows)  # type: ignore[union-attr]


def test_export_to_excel(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    informed: list[str],
) -> None:
    area = _area(qtbot, context)
    target = tmp_path / "value"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(area.value_page.export_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(target.with_suffix(".xlsx"))
    sheet = workbook.active
    assert sheet.title == "Membership value 2026"
    assert [c.value for c in sheet[1]][3:6] == ["Savings", "Fee", "Difference"]
    assert all(isinstance(row[3].value, int | float) for row in sheet.iter_rows(min_row=2))
    assert "Written to" in informed[-1]


def test_statement_of_the_selected_member_and_the_batch(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    informed: list[str],
    opened: list[str],
) -> None:
    area = _area(qtbot, context)
    assert not area.statement_button.isEnabled()
    area.value_page.view.selectRow(0)
    assert area.statement_button.isEnabled()
    target = tmp_path / "statement.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(area.statement_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [str(target)]

    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(tmp_path)
    )
    qtbot.mouseClick(area.statements_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area._batch is None, timeout=30_000)
    folder = tmp_path / "Statements-2026"
    assert len(list(folder.glob("2026_*.pdf"))) == 4
    assert "4 statements written to" in informed[-1]
    assert opened[-1] == str(folder)


def test_letterhead_dialog_saves_through_the_service(qtbot: QtBot, context: AppContext) -> None:
    from niro_desk.office_settings import office_details
    from niro_desk.ui.reports.letterhead_dialog import LetterheadDialog

    dialog = LetterheadDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "NIRO Netzwerk Industrie Ruhr-Ost e. V."
    dialog.name_edit.setText("")
    assert not dialog.save()  # refused: the name is needed, the dialog stays open
    dialog.name_edit.setText("Einkaufsring Hellweg e. V.")
    dialog.phone_edit.setText("02922 1234")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    with context.db.reading() as session:
        details = office_details(session)
    assert (details.name, details.phone) == ("Einkaufsring Hellweg e. V.", "02922 1234")
