"""What a person sees: text never clipped, first steps on an empty database, dated file names.

Sizes are checked against the widget's own font (``fontMetrics``), so the
checks hold at any font size and scaling; the first steps are driven through
their real buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from membership_builders import applicant, member, office_user
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from niro_desk.app_context import AppContext
from niro_desk.i18n import install_translators, remove_translators
from niro_desk.membership.contacts import ContactInput, create_contact
from niro_desk.membership.organisations import set_fee
from niro_desk.models import MembershipStatus, OrganisationKind
from niro_desk.ui.app_font import MINIMUM_POINT_SIZE, ensure_readable_font
from niro_desk.ui.file_names import dated_file_name, suggested_path
from niro_desk.ui.main_window import MainWindow
from niro_desk.ui.members import prompts
from niro_desk.ui.members.cap_dialog import CapDialog
from niro_desk.ui.members.contact_model import EMAIL, FUNCTION
from niro_desk.ui.members.directory_model import STATUS
from niro_desk.ui.members.fee_model import NOTE
from niro_desk.ui.members.import_dialog import ImportDialog
from niro_desk.ui.members.labels import status_label
from niro_desk.ui.members.members_area import MembersArea, suppliers_customers_area
from niro_desk.ui.members.organisation_dialog import OrganisationDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG_EMAIL = "ulrike.hagemann-oberdorfer@ardey-pressenbau-und-werkzeugtechnik.example"
LONG_FUNCTION = "Geschäftsführerin und Leiterin Einkauf, Qualität und Nachhaltigkeit"
LONG_NOTE = "Beitragsordnung 2020, beschlossen von der Mitgliederversammlung am 12. März 2020"


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font, restored after the test changes it."""
    font = QFont(qapp.font())
    yield font
    qapp.setFont(font)


def make_area(qtbot: QtBot, area: MembersArea) -> MembersArea:
    qtbot.add_widget(area)
    area.resize(1200, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


def renders_differently(first: str, second: str) -> bool:
    """Whether two texts look different in the application font (for dropped umlaut dots)."""
    images = []
    for text in (first, second):
        label = QLabel(text)
        label.setStyleSheet("background: white")
        label.adjustSize()
        images.append(label.grab().toImage())
    return images[0] != images[1]


# -- font ---------------------------------------------------------------------------------------


def test_a_small_platform_font_is_raised_until_capitals_keep_their_umlauts(
    qapp: QApplication, app_font: QFont
) -> None:
    small = QFont(app_font)
    small.setPointSizeF(9)
    qapp.setFont(small)
    assert ensure_readable_font(qapp)
    assert qapp.font().pointSizeF() == MINIMUM_POINT_SIZE
    assert qapp.font().family() == small.family()
    assert renders_differently("Östliches", "Ostliches")
    assert renders_differently("Übach", "Ubach")


def test_a_larger_platform_font_is_kept(qapp: QApplication, app_font: QFont) -> None:
    large = QFont(app_font)
    large.setPointSizeF(12)
    qapp.setFont(large)
    assert not ensure_readable_font(qapp)
    assert qapp.font().pointSizeF() == 12


# -- clipped text -------------------------------------------------------------------------------


def test_status_column_fits_every_status_even_one_not_listed_at_first(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.db.transaction() as session:
        applicant(session, "Unnaer Stanztechnik GmbH")  # the first list shows "Applicant" only
    area = make_area(qtbot, MembersArea(context))
    header = area.view.horizontalHeader()
    metrics = area.view.fontMetrics()
    for status in MembershipStatus:
        assert header.sectionSize(STATUS) >= metrics.horizontalAdvance(status_label(status)) + 4


def test_detail_values_are_at_least_one_line_high(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, MembersArea(demo_context))
    area.view.select_first()
    qtbot.waitUntil(lambda: area.panel.organisation_id is not None)
    panel = area.panel
    panel.region_value.setText("Östliches Ruhrgebiet")
    qtbot.wait(10)
    for label in (panel.legal_form_value, panel.region_value, panel.vat_value):
        assert label.height() >= label.fontMetrics().height(), label.objectName()
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()) or (
            label.wordWrap()
        )


def test_contacts_show_long_e_mail_addresses_and_functions_in_full(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.db.transaction() as session:
        organisation = member(session, "Ardey Pressenbau GmbH", ["28.41"])
        create_contact(
            session,
            office_user(session),
            organisation.id,
            ContactInput("Ulrike", "Hagemann", function=LONG_FUNCTION, email=LONG_EMAIL),
        )
        organisation_id = organisation.id
    area = make_area(qtbot, MembersArea(context))
    area.select_organisation(organisation_id)
    area.panel.tabs.setCurrentWidget(area.panel.contacts_tab)
    view = area.panel.contacts_tab.view
    qtbot.wait(10)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    assert header.sectionSize(EMAIL) > metrics.horizontalAdvance(LONG_EMAIL)
    assert header.sectionSize(FUNCTION) > metrics.horizontalAdvance(LONG_FUNCTION)


def test_fee_notes_wrap_instead_of_being_cut(qtbot: QtBot, context: AppContext) -> None:
    with context.db.transaction() as session:
        organisation = member(session, "Ardey Pressenbau GmbH", ["28.41"])
        set_fee(
            session, office_user(session), organisation.id, dt.date(2020, 1, 1), "2400", LONG_NOTE
        )
        organisation_id = organisation.id
    area = make_area(qtbot, MembersArea(context))
    area.select_organisation(organisation_id)
    area.panel.tabs.setCurrentWidget(area.panel.membership_tab)
    view = area.panel.membership_tab.fee_view
    qtbot.wait(10)
    row = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, NOTE).data() == LONG_NOTE
    )
    cell = view.visualRect(view.model().index(row, NOTE))
    needed = view.fontMetrics().boundingRect(
        QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, LONG_NOTE
    )
    assert cell.height() >= needed.height()


def test_cap_dialog_has_room_for_its_explanation(qtbot: QtBot, demo_context: AppContext) -> None:
    dialog = CapDialog(demo_context)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60
    for label in dialog.findChildren(QLabel):
        if label.text() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width())


# -- an empty database --------------------------------------------------------------------------


def test_an_empty_database_shows_the_first_steps(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = make_area(qtbot, MembersArea(context))
    assert area.pages.currentWidget() is area.first_steps
    assert not area.view.isVisible()
    import_button, application_button = area.first_steps.buttons
    assert import_button.isVisible() and application_button.isVisible()
    assert "Import" in import_button.text()
    assert "application" in application_button.text()

    import_button.click()
    assert isinstance(area.dialog, ImportDialog)
    area.dialog.close()
    application_button.click()
    dialog = area.dialog
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.kind == OrganisationKind.MEMBER
    dialog.close()

    with context.db.transaction() as session:
        applicant(session, "Unnaer Stanztechnik GmbH")
    area.reload()
    assert area.pages.currentWidget() is area.splitter
    assert area.view.isVisible()


def test_a_search_without_hits_is_not_taken_for_an_empty_database(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    area = make_area(qtbot, MembersArea(demo_context))
    area.search_edit.setText("zzzz-nothing-like-this")
    area.refresh()
    assert area.model.rowCount() == 0
    assert area.pages.currentWidget() is area.splitter


def test_empty_suppliers_and_customers_offer_the_first_of_each(
    qtbot: QtBot, context: AppContext
) -> None:
    area = make_area(qtbot, suppliers_customers_area(context))
    assert area.pages.currentWidget() is area.first_steps
    customer_button, supplier_button = area.first_steps.buttons
    supplier_button.click()
    assert isinstance(area.dialog, OrganisationDialog)
    assert area.dialog.kind == OrganisationKind.SUPPLIER
    area.dialog.close()
    customer_button.click()
    assert isinstance(area.dialog, OrganisationDialog)
    assert area.dialog.kind == OrganisationKind.CUSTOMER
    area.dialog.close()


# -- default file names -------------------------------------------------------------------------


def test_dated_file_names() -> None:
    day = dt.date(2026, 11, 24)
    assert dated_file_name("Mitglieder", ".xlsx", day) == "Mitglieder-2026-11-24.xlsx"
    assert dated_file_name("Members", ".xlsx", day) == "Members-2026-11-24.xlsx"
    assert dated_file_name("Müller/Schmidt", ".json", day) == "Müller-Schmidt-2026-11-24.json"
    today = dt.date.today().isoformat()
    assert suggested_path("Members", ".xlsx") == Path.home() / f"Members-{today}.xlsx"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    remove_translators(qapp, translators)


def suggestions(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace the save dialog: record what it suggests, answer "cancelled"."""
    suggested: list[Path] = []

    def save_file(_parent: Any, _title: str, path: Path, _filter: str) -> None:
        suggested.append(path)

    monkeypatch.setattr(prompts, "save_file", save_file)
    return suggested


@pytest.mark.parametrize(("language", "word"), [("de", "Mitglieder"), ("en", "Members")])
def test_member_export_suggests_the_dated_name_in_the_ui_language(
    qtbot: QtBot,
    context: AppContext,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    word: str,
) -> None:
    translators = install_translators(qapp, language)
    try:
        suggested = suggestions(monkeypatch)
        area = make_area(qtbot, MembersArea(context))
        assert area.export_excel() is None
    finally:
        remove_translators(qapp, translators)
    assert suggested == [Path.home() / f"{word}-{dt.date.today().isoformat()}.xlsx"]


def test_personal_data_export_suggests_a_dated_german_name(
    qtbot: QtBot, context: AppContext, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.transaction() as session:
        organisation = member(session, "Ardey Pressenbau GmbH", ["28.41"])
        create_contact(
            session, office_user(session), organisation.id, ContactInput("Ulrike", "Hagemann")
        )
        organisation_id = organisation.id
    suggested = suggestions(monkeypatch)
    area = make_area(qtbot, MembersArea(context))
    area.select_organisation(organisation_id)
    contacts = area.panel.contacts_tab
    contacts.view.select_first()
    assert contacts.export_contact() is None
    today = dt.date.today().isoformat()
    assert suggested == [Path.home() / f"Personendaten-Hagemann-{today}.json"]


def test_backup_suggests_a_dated_german_name(
    qtbot: QtBot,
    context: AppContext,
    german: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suggested: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", get_save_file_name)
    window = MainWindow(
        context, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.add_widget(window)
    window.back_up_database()
    today = dt.date.today().isoformat()
    assert suggested == [str(Path.home() / f"niro-desk-Sicherung-{today}.sqlite3")]
