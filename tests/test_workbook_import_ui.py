"""The Requirements area with workbooks: e-mail drafts, dropped workbooks, preview, save."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from collection_workbook_builders import fill, open_pool
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from niro_desk.app_context import AppContext
from niro_desk.ui.members import prompts
from niro_desk.ui.members.row_table_model import RowRole
from niro_desk.ui.requirements.requirements_area import RequirementsArea
from niro_desk.ui.requirements.workbook_actions import Mode
from niro_desk.ui.requirements.workbook_import_dialog import WorkbookImportDialog
from niro_desk.ui.requirements.workbook_import_model import RESULT


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: shown.append(text))
    return shown


def _drop(widget: Any, paths: list[Path]) -> None:
    """What Qt calls when files are dropped (offscreen, a real drag cannot be started)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    arguments = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(QPoint(10, 10), *arguments[1:], Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    widget.dropEvent(QDropEvent(*arguments, Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop))


def test_emails_then_drop_returned_workbooks_preview_and_save(
    qtbot: QtBot, qtmodeltester, context: AppContext, tmp_path: Path, informed: list[str]
) -> None:
    pool = open_pool(context.db)
    area = RequirementsArea(context)
    qtbot.addWidget(area)
    area.show()
    assert area.collections.view.select_id(pool.collection_id)
    view = area.collections.detail
    assert view.emails_button.isEnabled() and view.import_button.isEnabled()

    out = tmp_path / "out"
    out.mkdir()
    operation = view.write_workbooks(Mode.EMAILS, out)
    assert operation is not None
    qtbot.waitUntil(lambda: bool(informed), timeout=30_000)
    assert "3 workbook(s) and 2 e-mail draft(s)" in informed[0]
    assert "No e-mail address for: Gamma KG" in informed[0]
    workbooks = sorted(out.glob("*.xlsx"))
    alpha = next(p for p in workbooks if "Alpha" in p.name)
    beta = next(p for p in workbooks if "Beta" in p.name)

    back = tmp_path / "back"
    back.mkdir()
    fill(alpha, back / "alpha.xlsx", {pool.power: {"volume": "1.234,5"}})
    fill(beta, back / "beta.xlsx", {pool.gas: {"volume": 7, "contract_end": "soon"}})
    (back / "scan.xlsx").write_bytes(b"%PDF-1.4")
    _drop(view, [back])
    dialog = view.findChild(WorkbookImportDialog)
    assert dialog is not None  # a child of the view: closed with it
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    qtmodeltester.check(dialog.files_model)
    rows = {r.file: r for r in dialog.files_model.rows()}
    assert set(rows) == {"alpha.xlsx", "beta.xlsx", "scan.xlsx"}
    assert dialog.files_model.result(rows["alpha.xlsx"]) == "Ready to save"
    assert dialog.files_model.result(rows["scan.xlsx"]).startswith("Refused: scan.xlsx is not")
    assert dialog.save_button.isEnabled() and "1" in dialog.save_button.text()

    # the problems of Beta's workbook, located
    proxy = dialog.files_view.proxy
    position = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RowRole).file == "beta.xlsx"
    )
    dialog.files_view.setCurrentIndex(proxy.index(position, 0))
    problems = dialog.problems_model
    assert problems.rowCount() == 1
    shown = [problems.index(0, c).data() for c in range(4)]
    assert shown[0] == "Requirements" and shown[2] == "Contract end"
    assert "“soon” is not a date" in shown[3]
    dialog.resize(1100, 640)
    dialog.grab().save(str(tmp_path / "import-dialog.png"))

    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.save_button.click()
    assert (
        dialog.files_model.result(
            next(r for r in dialog.files_model.rows() if r.file == "alpha.xlsx")
        )
        == "Saved"
    )
    totals = {t.item: t.total for t in view.total_model.rows()}
    assert totals["Electricity"] == Decimal("1234.500")
    assert "1 of 3 invited participants have answered." in view.summary.text()
    view.grab().save(str(tmp_path / "collection-view.png"))


def test_reminder_emails_from_the_reminder_dialog(
    qtbot: QtBot, context: AppContext, tmp_path: Path, informed: list[str]
) -> None:
    pool = open_pool(context.db)
    area = RequirementsArea(context)
    qtbot.addWidget(area)
    area.collections.view.select_id(pool.collection_id)
    dialog = area.collections.detail.show_reminders()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.emails_button.isEnabled()
    dialog.prepare_emails(tmp_path)
    qtbot.waitUntil(lambda: bool(informed), timeout=30_000)
    assert "2 e-mail draft(s)" in informed[0]
    assert len(list(tmp_path.glob("* - reminder.eml"))) == 2


def test_nothing_to_import_for_a_closed_collection(qtbot: QtBot, demo_context: AppContext) -> None:
    area = RequirementsArea(demo_context)
    qtbot.addWidget(area)
    tab = area.collections
    closed = next(
        r for r in tab.model.rows() if getattr(r, "state", None) and r.state.value == "closed"
    )
    tab.view.select_id(closed.id)
    view = tab.detail
    assert not view.import_button.isEnabled()
    assert not view.emails_button.isEnabled()
    assert view.import_workbooks() is None


def test_an_empty_dialog_offers_nothing_to_save(qtbot: QtBot, context: AppContext) -> None:
    pool = open_pool(context.db)
    dialog = WorkbookImportDialog(context, pool.collection_id, "Energy 2027")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.files_view.horizontalHeader().count() == RESULT + 1
