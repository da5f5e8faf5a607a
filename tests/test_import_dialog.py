"""The member import dialog: changes shown field by field, progress, cancel = nothing written."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from membership_builders import TODAY, member
from pytestqt.qtbot import QtBot

from niro_desk.app_context import AppContext
from niro_desk.ui.members.members_area import MembersArea


def make_area(qtbot: QtBot, context: AppContext) -> MembersArea:
    area = MembersArea(context)
    qtbot.add_widget(area)
    return area


def test_import_shows_changes_and_can_be_cancelled_without_writing(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import Workbook
    from sqlalchemy import func, select

    from niro_desk.models import Organisation
    from niro_desk.ui.members.import_preview_model import ACTION, CHANGES, NAME

    with context.db.transaction() as session:
        member(session, "Hellweg Werkzeugmaschinen GmbH", ["28.41"])
    path = tmp_path / "changes.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Members"
    sheet.append(["Name", "City", "Status", "Admission date"])
    sheet.append(["Hellweg Werkzeugmaschinen GmbH", "Kamen", "member", TODAY])
    sheet.append(["Neu GmbH", "Unna", "member", "01.03.2020"])
    workbook.save(path)
    area = make_area(qtbot, context)
    dialog = area.import_excel()
    operation = dialog.load_preview(path)
    with qtbot.waitSignal(operation.done, timeout=30_000):
        pass
    model = dialog.rows_model
    rows = {model.index(r, NAME).data(): r for r in range(model.rowCount())}
    changed = rows["Hellweg Werkzeugmaschinen GmbH"]
    assert model.index(changed, ACTION).data() == "Update"
    assert model.index(changed, CHANGES).data() == "City: Unna → Kamen"
    assert model.index(rows["Neu GmbH"], ACTION).data() == "New"
    assert "1 new, 1 to update, 0 unchanged" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()

    with context.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(Organisation))
    dialog._new_cancel_event = lambda: _already_set()  # the user pressed Cancel at once
    operation = dialog.start_import()
    assert operation is not None
    with qtbot.waitSignal(operation.done, timeout=30_000) as done:
        pass
    assert done.args == [False]
    assert "cancelled" in dialog.summary_label.text() and "Nothing" in dialog.summary_label.text()
    with context.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == before
    assert dialog.import_button.isEnabled()  # the user may still import


def _already_set() -> threading.Event:
    event = threading.Event()
    event.set()
    return event


def test_progress_dialog_cancel_button_reaches_the_work(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    from niro_desk.ui.operation import run_operation

    parent = QWidget()
    qtbot.add_widget(parent)
    pressed = threading.Event()
    release = threading.Event()

    def work(progress: Any) -> str:
        progress(1, 10)
        release.wait(timeout=10)
        return "stopped" if pressed.is_set() else "finished"

    results: list[str] = []
    operation = run_operation(parent, "Work", work, results.append, on_cancel=pressed.set)
    cancel_button = operation.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()
    release.set()
    with qtbot.waitSignal(operation.done, timeout=10_000):
        pass
    assert pressed.is_set()
    assert results == ["stopped"]
