"""The product glossary dialog: the office adds and removes its own terms (real widgets)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from niro_desk.app_context import AppContext
from niro_desk.membership.office_glossary import glossary_for, office_entries
from niro_desk.membership.product_glossary import TermKind, file_entries
from niro_desk.ui.members import prompts
from niro_desk.ui.members.glossary_dialog import GlossaryDialog
from niro_desk.ui.members.glossary_model import GlossaryModel, GlossaryRow
from niro_desk.ui.members.members_area import MembersArea

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_glossary_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = GlossaryModel("de")
    model.set_rows(GlossaryRow(None, term) for term in file_entries()[:20])
    qtmodeltester.check(model, force_py=True)


def test_office_adds_searches_and_removes_a_term(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    area = MembersArea(context)
    qtbot.add_widget(area)
    dialog = area.edit_glossary()
    assert isinstance(dialog, GlossaryDialog)
    shipped = len(file_entries())
    assert dialog.model.rowCount() == shipped
    assert not dialog.remove_button.isEnabled()  # nothing selected, and shipped terms stay

    dialog.german_edit.setText("Walzenbürste")
    dialog.synonyms_edit.setText("Bürstenwalze, brush roller")
    assert not dialog.add_term()
    assert dialog.messages.labels["english"].isVisibleTo(dialog)  # said at the field

    dialog.english_edit.setText("roller brush")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(TermKind.PRODUCT.value))
    with qtbot.wait_signal(dialog.changed):
        assert dialog.add_term()
    assert dialog.model.rowCount() == shipped + 1
    assert not dialog.messages.labels["english"].isVisibleTo(dialog)
    selected = dialog._selected()
    assert selected is not None and selected.term.german == "Walzenbürste"
    assert dialog.remove_button.isEnabled()
    assert "1 added by the office" in dialog.summary.text()
    with context.db.reading() as session:
        assert glossary_for(session).markets_overlap("Bürstenwalzen", "roller brushes")

    dialog.search_edit.setText("brush roller")
    assert dialog.view.proxy.rowCount() == 1

    with qtbot.wait_signal(dialog.changed):
        assert dialog.remove_selected()
    assert asked and "Walzenbürste" in asked[0]
    assert dialog.model.rowCount() == shipped
    with context.db.reading() as session:
        assert office_entries(session) == []


def test_the_members_toolbar_offers_the_glossary(qtbot: QtBot, context: AppContext) -> None:
    area = MembersArea(context)
    qtbot.add_widget(area)
    assert area.glossary_action in area.toolbar.actions()
    area.glossary_action.trigger()
    assert isinstance(area.dialog, GlossaryDialog)
