"""The start page in the main window: landing, sections and urgency colours, jumping to the
record (collections, tenders; agreements through ``record_requested``), first steps."""

from __future__ import annotations

import datetime as dt

import pytest
from membership_builders import member
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from startpage_builders import agreement, office_supplies, supplier

from niro_desk.app_context import AppContext
from niro_desk.models import CollectionState, RequirementCollection, Tender, TenderState
from niro_desk.models.tender_round import RoundState, TenderRound
from niro_desk.procurement.office_agenda import RecordRef, RecordType
from niro_desk.ui.main_window import MainWindow
from niro_desk.ui.members.import_dialog import ImportDialog
from niro_desk.ui.start.start_page import OVERDUE_COLOUR, REFERENCE_ROLE, SOON_COLOUR, StartPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def landed(qtbot: QtBot, context: AppContext, settings: QSettings) -> tuple[MainWindow, StartPage]:
    window = MainWindow(context, settings)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.stack.currentWidget()
    assert isinstance(page, StartPage)  # nothing saved: the start page is where one lands
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20_000)
    return window, page


def fill(context: AppContext) -> dict[str, int]:
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    with context.db.transaction() as session:
        member(session, "Hellweg Metall GmbH")
        category_id, _items = office_supplies(session)
        overdue = RequirementCollection(
            title="Bürobedarf 2027",
            category_id=category_id,
            supply_period="2027",
            deadline=today - dt.timedelta(days=4),
            state=CollectionState.OPEN,
        )
        session.add(overdue)
        tender = Tender(title="Papier 2027", category_id=category_id, state=TenderState.ROUND_OPEN)
        session.add(tender)
        session.flush()
        session.add(
            TenderRound(
                tender_id=tender.id,
                number=1,
                deadline=now - dt.timedelta(hours=30),
                state=RoundState.OPEN,
            )
        )
        seller = supplier(session, "Papier Meyer GmbH")
        ending = agreement(
            session, seller, category_id, "Kopierpapier", today + dt.timedelta(days=10)
        )
        later = agreement(session, seller, category_id, "Toner", today + dt.timedelta(days=50))
        return {
            "collection": overdue.id,
            "tender": tender.id,
            "agreement": ending.id,
            "later": later.id,
        }


def entry(page: StartPage, record_type: RecordType, record_id: int) -> QModelIndex:
    wanted = RecordRef(record_type, record_id)
    return next(i for i in page.entry_indexes() if i.data(REFERENCE_ROLE) == wanted)


def background(index: QModelIndex) -> QColor | None:
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_sections_and_urgency(qtbot: QtBot, context: AppContext, settings: QSettings) -> None:
    ids = fill(context)
    _window, page = landed(qtbot, context, settings)
    assert page.pages.currentWidget() is page.view
    sections = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert sections == [
        "Tender rounds to open (1)",
        "Agreements ending (2)",
        "Collections past their deadline (1)",
    ]
    collection = entry(page, RecordType.COLLECTION, ids["collection"])
    assert collection.siblingAtColumn(StartPage.WHEN).data() == "4 days overdue"
    assert background(collection) == OVERDUE_COLOUR
    soon = entry(page, RecordType.AGREEMENT, ids["agreement"])
    assert soon.siblingAtColumn(StartPage.WHEN).data() == "in 10 days"
    assert soon.siblingAtColumn(StartPage.DETAIL).data() == "Supplier: Papier Meyer GmbH"
    assert background(soon) == SOON_COLOUR
    assert background(entry(page, RecordType.AGREEMENT, ids["later"])) is None
    tender = entry(page, RecordType.TENDER, ids["tender"])
    assert tender.siblingAtColumn(StartPage.DETAIL).data() == "Round 1"

    page.days_spin.setValue(20)  # looking less far ahead: the later agreement goes
    qtbot.waitUntil(lambda: len(page.entry_indexes()) == 3 and not page.is_loading())
    assert all(i.data(REFERENCE_ROLE).record_id != ids["later"] for i in page.entry_indexes())


def test_double_click_opens_the_collection_enter_the_tender(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    ids = fill(context)
    window, page = landed(qtbot, context, settings)
    index = entry(page, RecordType.COLLECTION, ids["collection"])
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    requirements = window.stack.currentWidget()
    assert window.area_keys()[window.stack.currentIndex()] == "requirements"
    assert requirements.tabs.currentWidget() is requirements.collections
    assert requirements.collections.view.current_id() == ids["collection"]
    assert requirements.collections.detail.collection_id == ids["collection"]

    window.show_area("start")
    page.view.setFocus()
    page.view.setCurrentIndex(entry(page, RecordType.TENDER, ids["tender"]))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    tenders = window.stack.currentWidget()
    assert window.area_keys()[window.stack.currentIndex()] == "tenders"
    assert tenders.view.current_id() == ids["tender"]
    assert tenders.detail.tender_id == ids["tender"]


def test_an_agreement_switches_to_the_agreements_area_and_asks_for_it(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    ids = fill(context)
    window, page = landed(qtbot, context, settings)
    page.view.setFocus()
    page.view.setCurrentIndex(entry(page, RecordType.AGREEMENT, ids["agreement"]))
    with qtbot.waitSignal(window.record_requested) as requested:
        qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    assert requested.args == [RecordRef(RecordType.AGREEMENT, ids["agreement"])]
    assert window.area_keys()[window.stack.currentIndex()] == "agreements"
    area = window.stack.currentWidget()
    assert area.detail.agreement_id == ids["agreement"]  # the area shows that agreement


def test_an_empty_database_shows_the_first_steps(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    window, page = landed(qtbot, context, settings)
    assert page.pages.currentWidget() is page.first_steps
    import_button, application_button = page.first_steps.buttons
    assert "Import" in import_button.text() and "application" in application_button.text()
    import_button.click()
    members = window.stack.currentWidget()
    assert window.area_keys()[window.stack.currentIndex()] == "members"
    assert members.pages.currentWidget() is members.first_steps  # its own first steps too
    assert isinstance(members.dialog, ImportDialog)
    members.dialog.close()


def test_a_quiet_network_says_so(qtbot: QtBot, context: AppContext, settings: QSettings) -> None:
    with context.db.transaction() as session:
        member(session, "Hellweg Metall GmbH")
    _window, page = landed(qtbot, context, settings)
    assert page.pages.currentWidget() is page.status_label
    assert "Nothing needs doing in the next 60 days" in page.status_label.text()


def test_coming_back_shows_what_was_done_meanwhile(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    ids = fill(context)
    window, page = landed(qtbot, context, settings)
    window.show_area("requirements")
    with context.db.transaction() as session:
        collection = session.get(RequirementCollection, ids["collection"])
        assert collection is not None
        collection.state = CollectionState.CLOSED
    window.show_area("start")
    qtbot.waitUntil(lambda: not page.is_loading() and len(page.entry_indexes()) == 3)
    assert all(i.data(REFERENCE_ROLE).record_type != "collection" for i in page.entry_indexes())


def test_a_certificate_opens_its_supplier(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    from startpage_builders import certificate

    fill(context)
    with context.db.transaction() as session:
        seller = supplier(session, "Zertifiziert Druck GmbH")
        certificate(session, seller, "ISO 9001", dt.date.today() + dt.timedelta(days=5))
        seller_id = seller.id
    window, page = landed(qtbot, context, settings)
    page.view.setFocus()
    page.view.setCurrentIndex(entry(page, RecordType.ORGANISATION, seller_id))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    suppliers = window.stack.currentWidget()
    assert window.area_keys()[window.stack.currentIndex()] == "suppliers"
    assert suppliers.selected_id() == seller_id
