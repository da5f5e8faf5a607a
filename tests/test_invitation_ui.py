"""The tender view's "Invitations (Excel)…" button: asks for a folder, writes off the UI
thread, and says where the workbooks and drafts are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tender_builders import FAST, PASSPHRASE, build

from niro_desk.app_context import AppContext
from niro_desk.procurement import tenders
from niro_desk.ui.members import prompts
from niro_desk.ui.tenders.tenders_area import TendersArea
from niro_desk.users import ensure_user


def test_invitations_button_writes_workbooks_and_drafts(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
        draft_id = scenario.tender_id
    area = TendersArea(context)
    qtbot.add_widget(area)
    area.view.select_id(draft_id)
    button = area.detail.buttons["invitations"]
    assert not button.isEnabled()  # a draft has no round to invite to

    with context.db.transaction() as session:
        tenders.publish_tender(
            session,
            ensure_user(session, "test.user"),
            draft_id,
            PASSPHRASE,
            dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
            cost=FAST,
        )
    area.detail.reload()
    assert button.isEnabled()

    folder = tmp_path / "invitations"
    asked: list[str] = []

    def choose(_parent: object, caption: str, *_args: object) -> str:
        asked.append(caption)
        return str(folder)

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", choose)
    informed: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: informed.append(text))
    button.click()
    operation = area.detail.invitation_operation
    assert operation is not None
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert asked == ["Folder for the invitations"]
    assert len(list(folder.glob("*.xlsx"))) == 3 and len(list(folder.glob("*.eml"))) == 3
    assert "3 invitation workbook(s) and 3 e-mail draft(s) written to" in informed[0]
    assert str(folder) in informed[0]


def test_cancelling_the_folder_dialog_writes_nothing(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.transaction() as session:
        scenario = build(session, publish=False)
        tenders.publish_tender(
            session,
            ensure_user(session, "test.user"),
            scenario.tender_id,
            PASSPHRASE,
            dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
            cost=FAST,
        )
    area = TendersArea(context)
    qtbot.add_widget(area)
    area.view.select_id(scenario.tender_id)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_args: "")
    area.detail.buttons["invitations"].click()
    assert area.detail.invitation_operation is None
