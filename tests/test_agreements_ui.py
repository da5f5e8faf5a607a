"""The Agreements area driven with pytest-qt against a real database: the list's filters,
the opt-in dialog end to end (prefilled from the requirement), terminating, documents, and
a member's Agreements tab in the members area."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from procurement_builders import collection, energy, line, member, office_user, other
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from niro_desk.app_context import AppContext
from niro_desk.models import (
    AgreementState,
    CollectionState,
    FrameworkAgreement,
    OrganisationKind,
    Participation,
)
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.agreements import AgreementInput, ItemInput
from niro_desk.procurement.participations import LineInput
from niro_desk.procurement.requirement_collections import change_state
from niro_desk.procurement.requirement_submissions import submit
from niro_desk.ui.agreements.agreements_area import AgreementsArea
from niro_desk.ui.agreements.participation_dialogs import VOLUME, OptInDialog
from niro_desk.ui.agreements.table_models import AgreementListModel
from niro_desk.ui.members import prompts
from niro_desk.ui.members.detail_panel import OrganisationPanel

TODAY = dt.date.today()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    monkeypatch.setattr(prompts, "inform", lambda *_args: None)
    return shown


@pytest.fixture
def german(context: AppContext) -> AppContext:
    """The test database, shown in German (numbers ``1.234,5``, dates ``31.12.2026``)."""
    return AppContext(context.db, context.user_login, "de")


def _scenario(context: AppContext) -> dict[str, int]:
    """Power (ends in 20 days, Alpha's requirement), gases renewing with notice in 40 days."""
    with context.db.transaction() as session:
        user = office_user(session)
        category_id, power, gas, gloves = energy(session)
        supplier = other(session, "Hellweg Energiehandel GmbH", OrganisationKind.SUPPLIER)
        gloves_supplier = other(session, "Arbeitsschutz Hellweg KG", OrganisationKind.SUPPLIER)
        alpha = member(session, "Alpha Stanztechnik GmbH")
        customer = other(session, "Kunde Maschinenbau AG", OrganisationKind.CUSTOMER)
        other(session, "Lieferant GmbH", OrganisationKind.SUPPLIER)
        energy_collection = collection(session, category_id, [alpha])
        change_state(session, user, energy_collection.id, CollectionState.OPEN)
        submit(session, user, energy_collection.id, alpha.id, [line(power, "1234.5", "0.2950")])
        soon = agreements.create_agreement(
            session,
            user,
            AgreementInput(
                "Strom",
                supplier.id,
                category_id,
                [ItemInput(power.id, Decimal("0.2450")), ItemInput(gas.id, Decimal("0.0600"))],
                start_date=TODAY - dt.timedelta(days=300),
                end_date=TODAY + dt.timedelta(days=20),
            ),
        )
        agreements.activate(session, user, soon.id)
        deadline = TODAY + dt.timedelta(days=40)
        renewing = agreements.create_agreement(
            session,
            user,
            AgreementInput(
                "Handschuhe",
                gloves_supplier.id,
                gloves.category_id,
                [ItemInput(gloves.id, Decimal("2.10"))],
                start_date=dt.date(2019, 1, 1),
                end_date=agreements_dates_end(deadline),
                notice_months=3,
                auto_renewal=True,
            ),
        )
        agreements.activate(session, user, renewing.id)
        draft = agreements.create_agreement(
            session,
            user,
            AgreementInput(
                "Erdgas Entwurf",
                supplier.id,
                category_id,
                [ItemInput(gas.id, Decimal("0.0580"))],
                start_date=TODAY,
                end_date=TODAY + dt.timedelta(days=700),
            ),
        )
        participations.opt_in(
            session,
            user,
            renewing.id,
            customer.id,
            TODAY,
            [LineInput(gloves.id, Decimal(500), Decimal("2.40"))],
        )
        return {
            "soon": soon.id,
            "renewing": renewing.id,
            "draft": draft.id,
            "alpha": alpha.id,
            "customer": customer.id,
            "power": power.id,
            "gas": gas.id,
            "supplier": supplier.id,
        }


def agreements_dates_end(deadline: dt.date) -> dt.date:
    """A term end, years back, whose current renewal's notice deadline is ``deadline``."""
    from niro_desk.procurement.agreement_dates import add_months

    return add_months(add_months(deadline, 3), -12 * 5)


def _titles(area: AgreementsArea) -> list[str]:
    model = area.model
    return sorted(
        str(model.data(model.index(row, AgreementListModel.TITLE)))
        for row in range(model.rowCount())
    )


def test_list_filters(qtbot: QtBot, german: AppContext, errors: list[Exception]) -> None:
    ids = _scenario(german)
    area = AgreementsArea(german)
    qtbot.addWidget(area)
    assert _titles(area) == ["Erdgas Entwurf", "Handschuhe", "Strom"]
    area.state.setCurrentIndex(area.state.findData(AgreementState.DRAFT.value))
    assert _titles(area) == ["Erdgas Entwurf"]
    area.state.setCurrentIndex(0)
    area.supplier.setCurrentIndex(area.supplier.findData(ids["supplier"]))
    assert _titles(area) == ["Erdgas Entwurf", "Strom"]
    area.supplier.setCurrentIndex(0)
    area.ends_days.setValue(30)
    area.ends.setChecked(True)
    assert _titles(area) == ["Strom"]
    area.ends_days.setValue(10)
    assert _titles(area) == []
    area.ends.setChecked(False)
    area.notice_days.setValue(45)
    area.notice.setChecked(True)
    assert _titles(area) == ["Handschuhe"]
    row = area.model.row_at(0)
    assert TODAY + dt.timedelta(days=30) <= row.notice_deadline <= TODAY + dt.timedelta(days=45)
    notice_text = area.model.data(area.model.index(0, AgreementListModel.NOTICE))
    assert notice_text == row.notice_deadline.strftime("%d.%m.%Y")
    area.notice_days.setValue(20)
    assert _titles(area) == []
    assert not errors


def test_opt_in_dialog_end_to_end(
    qtbot: QtBot, german: AppContext, errors: list[Exception]
) -> None:
    context = german
    ids = _scenario(context)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    assert area.view.select_id(ids["soon"])
    assert area.detail.agreement_id == ids["soon"]
    dialog = area.detail.opt_in()
    assert isinstance(dialog, OptInDialog)
    qtbot.addWidget(dialog)
    names = [dialog.participant.itemText(i) for i in range(dialog.participant.count())]
    assert any("Alpha Stanztechnik" in n for n in names)
    assert any("Kunde Maschinenbau" in n for n in names)
    assert not any("Lieferant" in n or "Hellweg" in n for n in names)  # never a supplier
    dialog.participant.setCurrentIndex(dialog.participant.findData(ids["alpha"]))
    rows = {row.key: row for row in dialog.model.rows}
    power_row = rows[ids["power"]]
    assert power_row.cells[1] == "1.234,5" and power_row.cells[2] == "0,295"  # German formats
    gas_position = list(rows).index(ids["gas"])
    dialog.model.setData(dialog.model.index(gas_position, VOLUME), "abc")
    assert not dialog.save()  # the cell is marked, nothing saved
    assert dialog.model.errors
    dialog.model.setData(dialog.model.index(gas_position, VOLUME), "80,5")
    dialog.model.setData(dialog.model.index(gas_position, VOLUME + 1), "0,0700")
    dialog.consent.setChecked(True)
    assert dialog.save()
    assert not errors
    with context.db.reading() as session:
        participation = session.scalars(
            select(Participation).where(Participation.organisation_id == ids["alpha"])
        ).one()
        lines = {ln.item_id: (ln.yearly_volume, ln.baseline_price) for ln in participation.lines}
        assert lines == {
            ids["power"]: (Decimal("1234.5"), Decimal("0.2950")),
            ids["gas"]: (Decimal("80.5"), Decimal("0.0700")),
        }
        assert participation.consent_to_share and participation.joined_on == TODAY
    assert area.detail.participant_model.rowCount() == 1
    # opt out again through its dialog
    area.detail.participant_view.selectRow(0)
    end = area.detail.opt_out()
    assert end is not None
    qtbot.addWidget(end)
    end.reason.setCurrentText("Eigener Vertrag")
    assert end.save()
    with context.db.reading() as session:
        participation = session.scalars(
            select(Participation).where(Participation.organisation_id == ids["alpha"])
        ).one()
        assert participation.left_on == TODAY and participation.leave_reason == "Eigener Vertrag"


def test_terminate_and_documents(
    qtbot: QtBot,
    context: AppContext,
    errors: list[Exception],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = _scenario(context)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    area.view.select_id(ids["soon"])
    source = tmp_path / "Vertrag unterschrieben.pdf"
    source.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), "All files (*)")
    )
    assert area.detail.attach()
    assert area.detail.document_model.rowCount() == 1
    area.detail.document_view.selectRow(0)
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "All files (*)")
    )
    assert area.detail.save_copy() == target
    assert target.read_bytes() == source.read_bytes()
    dialog = area.detail.terminate()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.save()  # no reason given
    assert errors or dialog.messages.text("reason")
    dialog.reason.setCurrentText("Lieferant insolvent")
    assert dialog.save()
    with context.db.reading() as session:
        agreement = session.get(FrameworkAgreement, ids["soon"])
        assert agreement is not None and agreement.state == AgreementState.TERMINATED
    assert not area.detail.buttons["terminate"].isEnabled()
    area.detail.document_view.selectRow(0)
    assert area.detail.remove_document()
    assert area.detail.document_model.rowCount() == 0


def test_a_members_agreements_tab(
    qtbot: QtBot, context: AppContext, errors: list[Exception]
) -> None:
    ids = _scenario(context)
    panel = OrganisationPanel(context)
    qtbot.addWidget(panel)
    panel.show_organisation(ids["customer"])
    assert panel.agreements_page is None  # built when first shown
    panel.tabs.setCurrentWidget(panel.agreements_tab)
    page = panel.agreements_page
    assert page is not None
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Handschuhe"
    panel.show_organisation(ids["alpha"])
    assert model.rowCount() == 0
    assert "no framework agreement" in page.summary.text()  # type: ignore[attr-defined]


def test_print_summary_from_the_agreement_view(
    qtbot: QtBot,
    context: AppContext,
    errors: list[Exception],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    from niro_desk.ui.reports import print_actions

    ids = _scenario(context)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    opened: list[str] = []
    monkeypatch.setattr(print_actions, "open_url", lambda url: opened.append(url.toLocalFile()))
    target = tmp_path / "summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF"))
    area.view.select_id(ids["soon"])
    button = area.detail.buttons["print"]
    assert button.isEnabled()
    button.click()
    written = target.with_suffix(".pdf")
    assert opened == [str(written)]
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    with context.db.reading() as session:
        agreement = session.get(FrameworkAgreement, ids["soon"])
        assert agreement is not None
        assert agreement.title in text
    assert errors == []


def test_participants_for_the_supplier_from_the_agreement_view(
    qtbot: QtBot,
    context: AppContext,
    errors: list[Exception],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    ids = _scenario(context)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    informed: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: informed.append(text))
    target = tmp_path / "for the supplier.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "xlsx"))
    area.view.select_id(ids["soon"])
    area.detail.buttons["supplier_export"].click()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert str(target) in informed[0]
    assert load_workbook(target, read_only=True).sheetnames  # a real workbook was written
    assert errors == []
