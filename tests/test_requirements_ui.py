"""The Requirements area driven with pytest-qt: the collection view with live totals, the
manual-entry dialog (typed into the table's editors), the collection dialog, the rounds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from procurement_builders import (
    applicant,
    collection,
    energy,
    office_user,
    other,
    regional_member,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from niro_desk.app_context import AppContext
from niro_desk.models import CollectionState, OrganisationKind, RequirementCollection
from niro_desk.procurement import pooled_demand
from niro_desk.procurement.requirement_collections import change_state, list_collections
from niro_desk.procurement.requirement_submissions import history
from niro_desk.ui.members import prompts
from niro_desk.ui.requirements.collection_dialog import CollectionDialog
from niro_desk.ui.requirements.line_edit_model import LineEditModel
from niro_desk.ui.requirements.lines_dialog import LinesDialog
from niro_desk.ui.requirements.requirements_area import RequirementsArea
from niro_desk.ui.requirements.table_models import ItemTotalModel


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    return shown


def _open_collection(context: AppContext) -> tuple[int, int, int]:
    with context.db.transaction() as session:
        category_id, _power, _gas, _gloves = energy(session)
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        beta = other(session, "Beta KG", OrganisationKind.CUSTOMER, "Sauerland")
        collection_id = collection(session, category_id, [alpha, beta]).id
        change_state(session, office_user(session), collection_id, CollectionState.OPEN)
        return collection_id, alpha.id, beta.id


def _type_into(qtbot: QtBot, dialog: LinesDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a user does and type ``text`` into it."""
    index = dialog.model.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editors = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text queued


def test_collection_view_on_the_demo(qtbot: QtBot, demo_context: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    area = RequirementsArea(demo_context)
    qtbot.addWidget(area)
    area.show()
    tab = area.collections
    with demo_context.db.reading() as session:
        rows = {r.id: r for r in list_collections(session)}
    open_row = next(r for r in rows.values() if r.state == CollectionState.OPEN)
    assert tab.view.select_id(open_row.id)
    view = tab.detail
    assert view.collection_id == open_row.id
    assert open_row.title in view.heading.text()
    states = view.participant_model.rows()
    assert len([s for s in states if not s.removed]) == open_row.invited
    assert view.summary.text() == (
        f"{open_row.answered} of {open_row.invited} invited participants have answered."
    )
    assert view.total_model.rowCount() >= 1
    assert view.chart.bars and view.chart.regions
    assert view.enter_button.isEnabled() and not view.open_button.isEnabled()
    for model in (tab.model, view.participant_model, view.total_model):
        qtmodeltester.check(model)
    reminder = view.show_reminders()
    assert reminder is not None
    qtbot.addWidget(reminder)
    assert reminder.model.rowCount() == open_row.invited - open_row.answered
    assert "@" in reminder.addresses and "; " in reminder.addresses
    reminder.copy()
    assert QApplication.clipboard().text() == reminder.addresses
    # a closed collection: nothing can be entered any more
    closed = next(r for r in rows.values() if r.state == CollectionState.CLOSED)
    tab.view.select_id(closed.id)
    assert not view.enter_button.isEnabled() and not view.edit_button.isEnabled()
    # the rounds say how they combine the rankings
    assert "Borda count" in area.rounds.method.text()
    assert area.rounds.borda_model.rowCount() > 0


def test_manual_entry_typed_into_the_table_updates_the_live_totals(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    collection_id, alpha_id, _beta_id = _open_collection(context)
    context = AppContext(context.db, context.user_login, "de")  # German input and display
    area = RequirementsArea(context)
    qtbot.addWidget(area)
    area.show()
    area.collections.view.select_id(collection_id)
    view = area.collections.detail
    dialog = view.enter_lines()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.participant_combo.setCurrentIndex(dialog.participant_combo.findData(alpha_id))
    assert [row.item for row in dialog.model.rows] == ["Electricity", "Natural gas"]
    _type_into(qtbot, dialog, 0, LineEditModel.VOLUME, "1.200 kWh")  # converted to 1,2 MWh
    _type_into(qtbot, dialog, 0, LineEditModel.PRICE, "0,2345")
    _type_into(qtbot, dialog, 0, LineEditModel.CONTRACT_END, "31.12.2026")
    _type_into(qtbot, dialog, 0, LineEditModel.NOTICE, "30.09.2026")
    _type_into(qtbot, dialog, 1, LineEditModel.VOLUME, "2.500,5")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert errors == []
    with context.db.reading() as session:
        lines = history(session, collection_id, alpha_id)[0].lines
        assert [(line.item.name, line.volume) for line in lines] == [
            ("Electricity", Decimal("1.200")),
            ("Natural gas", Decimal("2500.500")),
        ]
        assert lines[0].current_unit_price == Decimal("0.2345")
    totals = {row.item: row for row in view.total_model.rows()}
    assert totals["Natural gas"].total == Decimal("2500.500")
    shown = view.total_model.index(
        view.total_model.row_of_id(totals["Natural gas"].item_id) or 0, ItemTotalModel.TOTAL
    ).data()
    assert shown == "2.500,5\u00a0MWh"


def test_manual_entry_refuses_what_it_cannot_read_and_writes_nothing(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    collection_id, alpha_id, _beta_id = _open_collection(context)
    context = AppContext(context.db, context.user_login, "de")
    dialog = LinesDialog(context, collection_id, alpha_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_into(qtbot, dialog, 0, LineEditModel.VOLUME, "zwanzig")  # keyClicks types ASCII only
    _type_into(qtbot, dialog, 1, LineEditModel.VOLUME, "3 t")  # not energy
    _type_into(qtbot, dialog, 1, LineEditModel.NOTICE, "31.02.2026")
    assert not dialog.save()
    problems = dialog.problem_label.text()
    assert "Line 1, Volume per year" in problems
    assert "t cannot be converted into MWh" in problems
    assert "Line 2, Notice by" in problems
    assert dialog.model.index(0, LineEditModel.VOLUME).data(Qt.ItemDataRole.BackgroundRole)
    # the service's own check of a line lands in the table too
    _type_into(qtbot, dialog, 0, LineEditModel.VOLUME, "10")
    _type_into(qtbot, dialog, 1, LineEditModel.VOLUME, "")
    _type_into(qtbot, dialog, 1, LineEditModel.NOTICE, "")
    _type_into(qtbot, dialog, 0, LineEditModel.CONTRACT_END, "31.12.2026")
    _type_into(qtbot, dialog, 0, LineEditModel.NOTICE, "31.01.2027")
    assert not dialog.save()
    assert "notice date lies after" in dialog.problem_label.text()
    assert errors == []
    with context.db.reading() as session:
        assert history(session, collection_id, alpha_id) == []
    # adding a second line for another delivery site
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))
    dialog.add_button.click()
    assert dialog.model.rowCount() == 3
    dialog.remove_button.click()
    assert dialog.model.rowCount() == 2
    assert QModelIndex() != dialog.table.currentIndex()


def test_collection_dialog_offers_members_and_customers_only(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    with context.db.transaction() as session:
        energy(session)
        regional_member(session, "Alpha GmbH", "Kreis Unna")
        other(session, "Beta KG", OrganisationKind.CUSTOMER, "Sauerland")
        other(session, "Lieferant AG", OrganisationKind.SUPPLIER)
        applicant(session, "Bewerber GmbH")
    dialog = CollectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    offered = [
        dialog.participants_list.model.item(row).text()
        for row in range(dialog.participants_list.model.rowCount())
    ]
    assert [text.split(" – ")[0] for text in offered] == ["Alpha GmbH", "Beta KG"]
    qtbot.keyClicks(dialog.title_edit, "Energie 2027")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Energy"))
    assert dialog.items_list.model.rowCount() == 2  # the subtree's items, all chosen
    buttons = {b.text(): b for b in dialog.findChildren(type(dialog.buttons.buttons()[0]))}
    buttons["All members"].click()
    with qtbot.waitSignal(dialog.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert errors == []
    with context.db.reading() as session:
        created = session.scalar(select(RequirementCollection))
        assert created is not None and created.state == CollectionState.DRAFT
        states = pooled_demand.participant_states(session, created.id)
        assert [s.name for s in states] == ["Alpha GmbH"]
