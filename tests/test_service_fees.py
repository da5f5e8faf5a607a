"""Customers' service fees: the service's rules and audit, and the Service fees tab of the
organisation panel, on both databases.

Kunde KG (customer) took part in “Energie”, not in “Handschuhe”; Alpha GmbH is a
member, Stadtwerke Unna GmbH the supplier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from agreement_builders import agreement, participation, plain_member, service_fee
from procurement_builders import energy, office_user, other
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from niro_desk.app_context import AppContext
from niro_desk.database import Database
from niro_desk.errors import NotFound, ValidationError
from niro_desk.models import AuditEntry, Organisation, OrganisationKind
from niro_desk.procurement.service_fees import (
    add_service_fee,
    fee_agreements,
    list_service_fees,
    remove_service_fee,
    update_service_fee,
)
from niro_desk.ui.members import prompts
from niro_desk.ui.members.detail_panel import OrganisationPanel

D = Decimal
DAY = dt.date(2026, 1, 1)


@dataclass
class Network:
    customer: int
    member: int
    supplier: int
    energie: int
    handschuhe: int


def _network(db: Database) -> Network:
    with db.transaction() as session:
        category_id, power, _gas, gloves = energy(session)
        supplier = other(session, "Stadtwerke Unna GmbH", OrganisationKind.SUPPLIER)
        alpha = plain_member(session, "Alpha GmbH")
        customer = other(session, "Kunde KG", OrganisationKind.CUSTOMER)
        energie = agreement(session, supplier, category_id, {power: "120"}, title="Energie")
        handschuhe = agreement(
            session,
            supplier,
            gloves.category_id,
            {gloves: "2.50"},
            title="Handschuhe",
            reference="RV-2026-02",
        )
        participation(session, energie, customer, {power: ("20", "125")})
        participation(session, handschuhe, alpha, {gloves: ("1000", "3.10")})
        return Network(customer.id, alpha.id, supplier.id, energie.id, handschuhe.id)


def _refused(db: Database, work) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        work(session, office_user(session))
    return caught.value


def _audit(db: Database, organisation_id: int) -> list[AuditEntry]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.entity_type == "organisation",
                    AuditEntry.entity_id == organisation_id,
                    AuditEntry.action.like("service_fee%"),
                )
                .order_by(AuditEntry.id)
            )
        )


def test_add_edit_remove_are_audited(db: Database) -> None:
    net = _network(db)
    with db.transaction() as session:
        user = office_user(session)
        pool = add_service_fee(session, user, net.customer, None, DAY, D("500"), " Pauschale ")
        per_agreement = add_service_fee(session, user, net.customer, net.energie, DAY, "250.50")
        pool_id, fee_id = pool.id, per_agreement.id
    with db.reading() as session:
        fees = list_service_fees(session, net.customer)
        assert [(f.agreement_id, f.annual_fee, f.note) for f in fees] == [
            (None, D("500.00"), "Pauschale"),
            (net.energie, D("250.50"), ""),
        ]
        assert [a.title for a in fee_agreements(session, net.customer)] == ["Energie"]

    with db.transaction() as session:
        update_service_fee(
            session, office_user(session), fee_id, net.energie, dt.date(2026, 7, 1), "300", "neu"
        )
    with db.transaction() as session:  # nothing changes: nothing recorded
        update_service_fee(
            session, office_user(session), fee_id, net.energie, dt.date(2026, 7, 1), "300.00", "neu"
        )
    with db.transaction() as session:
        remove_service_fee(session, office_user(session), pool_id)
    with db.reading() as session:
        left = list_service_fees(session, net.customer)
        assert [(f.id, f.valid_from, f.annual_fee, f.note) for f in left] == [
            (fee_id, dt.date(2026, 7, 1), D("300.00"), "neu")
        ]

    entries = _audit(db, net.customer)
    assert [e.action for e in entries] == [
        "service_fee",
        "service_fee",
        "service_fee",
        "service_fee_removed",
    ]
    added, _second, edited, removed = entries
    assert added.before is None
    assert added.after == {
        "service_fee_id": pool_id,
        "agreement_id": None,
        "valid_from": "2026-01-01",
        "annual_fee": "500.00",
        "note": "Pauschale",
    }
    assert "the pool as a whole" in added.summary and "Kunde KG" in added.summary
    assert edited.before is not None and edited.before["annual_fee"] == "250.50"
    assert edited.after == {
        "service_fee_id": fee_id,
        "valid_from": "2026-07-01",
        "annual_fee": "300.00",
        "note": "neu",
    }
    assert "“Energie”" in edited.summary
    assert removed.before is not None and removed.before["service_fee_id"] == pool_id
    assert removed.after is None and removed.summary.startswith("Removed: ")


def test_only_customers_pay_service_fees(db: Database) -> None:
    net = _network(db)
    for organisation_id in (net.member, net.supplier):
        error = _refused(
            db,
            lambda s, u, o=organisation_id: add_service_fee(s, u, o, None, DAY, "100"),
        )
        assert error.field == "organisation"
        assert "only customers pay a service fee" in str(error)
    with pytest.raises(NotFound), db.transaction() as session:
        add_service_fee(session, office_user(session), 999_999, None, DAY, "100")
    assert _audit(db, net.member) == []


@pytest.mark.parametrize("amount", ["-1", "10.005", "abc", "NaN", "Infinity"])
def test_fee_must_be_an_amount_of_at_most_two_places(db: Database, amount: str) -> None:
    net = _network(db)
    error = _refused(db, lambda s, u: add_service_fee(s, u, net.customer, None, DAY, amount))
    assert error.field == "annual_fee"
    with db.reading() as session:
        assert list_service_fees(session, net.customer) == []


def test_zero_is_a_fee(db: Database) -> None:
    net = _network(db)
    with db.transaction() as session:
        fee = add_service_fee(session, office_user(session), net.customer, None, DAY, "0")
        assert fee.annual_fee == 0


def test_agreement_must_exist_and_have_the_customer(db: Database) -> None:
    net = _network(db)
    never = _refused(
        db, lambda s, u: add_service_fee(s, u, net.customer, net.handschuhe, DAY, "100")
    )
    assert never.field == "agreement_id"
    assert "never took part" in str(never) and "Handschuhe" in str(never)
    gone = _refused(db, lambda s, u: add_service_fee(s, u, net.customer, 999_999, DAY, "100"))
    assert gone.field == "agreement_id"
    # a customer that left the agreement since still took part: its fee is recorded
    with db.transaction() as session:
        add_service_fee(session, office_user(session), net.customer, net.energie, DAY, "100")
    # editing a fee onto an agreement the customer never took part in is refused too
    with db.reading() as session:
        fee_id = list_service_fees(session, net.customer)[0].id
    error = _refused(db, lambda s, u: update_service_fee(s, u, fee_id, net.handschuhe, DAY, "100"))
    assert error.field == "agreement_id"


def test_no_two_fees_for_the_same_agreement_and_day(db: Database) -> None:
    net = _network(db)
    with db.transaction() as session:
        user = office_user(session)
        add_service_fee(session, user, net.customer, None, DAY, "100")
        add_service_fee(session, user, net.customer, net.energie, DAY, "100")  # other agreement
        later = add_service_fee(session, user, net.customer, None, dt.date(2027, 1, 1), "120")
        later_id = later.id
    twice = _refused(db, lambda s, u: add_service_fee(s, u, net.customer, None, DAY, "200"))
    assert twice.field == "valid_from"
    twice_per_agreement = _refused(
        db, lambda s, u: add_service_fee(s, u, net.customer, net.energie, DAY, "200")
    )
    assert twice_per_agreement.field == "valid_from"
    moved = _refused(db, lambda s, u: update_service_fee(s, u, later_id, None, DAY, "120"))
    assert moved.field == "valid_from"
    with db.transaction() as session:  # the fee itself keeps its day
        update_service_fee(
            session, office_user(session), later_id, None, dt.date(2027, 1, 1), "130"
        )


def test_removing_a_fee_removed_elsewhere(db: Database) -> None:
    net = _network(db)
    with db.transaction() as session:
        fee_id = service_fee(session, session.get_one(Organisation, net.customer), "100").id
    with db.transaction() as session:
        remove_service_fee(session, office_user(session), fee_id)
    with pytest.raises(NotFound), db.transaction() as session:
        remove_service_fee(session, office_user(session), fee_id)


# -- the Service fees tab ------------------------------------------------------------------------


def _tab_texts(panel: OrganisationPanel) -> list[str]:
    return [panel.tabs.tabText(i) for i in range(panel.tabs.count())]


def _rows(panel: OrganisationPanel) -> list[list[str]]:
    page = panel.service_fees_page
    assert page is not None
    model = page.model  # type: ignore[attr-defined]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_service_fees_tab_add_edit_remove(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    net = _network(context.db)
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    panel = OrganisationPanel(context, members=False)
    qtbot.add_widget(panel)
    panel.resize(900, 420)
    panel.show()

    panel.show_organisation(net.member)
    assert "Service fees" not in _tab_texts(panel)
    panel.show_organisation(net.supplier)
    assert "Service fees" not in _tab_texts(panel)
    panel.show_organisation(net.customer)
    assert _tab_texts(panel)[-2:] == ["Service fees", "History"]
    assert panel.service_fees_page is None  # built when first shown
    panel.tabs.setCurrentWidget(panel.service_fees_tab)
    page = panel.service_fees_page
    assert page is not None
    assert _rows(panel) == []
    assert not page.empty_label.isHidden()  # type: ignore[attr-defined]

    # add: the pool as a whole, then one for the agreement
    dialog = page.add_fee()  # type: ignore[attr-defined]
    assert dialog is not None
    combo = dialog.agreement_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All agreements (pool as a whole)",
        "Energie (RV-2026-01)",
    ]
    dialog.valid_from_edit.setDate(DAY)
    dialog.amount_edit.setText("abc")
    assert not dialog.save()
    assert dialog.messages.text("annual_fee").startswith("Enter an amount")
    dialog.amount_edit.setText("1,500.5")
    dialog.note_edit.setText("Pauschale")
    assert dialog.save()
    dialog = page.add_fee()  # type: ignore[attr-defined]
    dialog.valid_from_edit.setDate(DAY)
    dialog.agreement_combo.setCurrentIndex(1)
    dialog.amount_edit.setText("250")
    assert dialog.save()
    assert _rows(panel) == [
        ["01/01/2026", "all agreements (pool as a whole)", "€1,500.50", "Pauschale"],
        ["01/01/2026", "Energie (RV-2026-01)", "€250.00", ""],
    ]
    assert page.empty_label.isHidden()  # type: ignore[attr-defined]

    # the same agreement and day twice: the dialog shows it at the date and stays open
    dialog = page.add_fee()  # type: ignore[attr-defined]
    dialog.valid_from_edit.setDate(DAY)
    dialog.amount_edit.setText("1")
    assert not dialog.save()
    assert "already recorded" in dialog.messages.text("valid_from")
    dialog.reject()

    qtbot.waitUntil(page.view.isVisible)  # type: ignore[attr-defined]
    panel.grab().save(str(tmp_path / "service_fees_tab.png"))
    german = OrganisationPanel(AppContext(context.db, context.user_login, "de"), members=False)
    qtbot.add_widget(german)
    german.resize(900, 420)
    german.show()
    german.show_organisation(net.customer)
    german.tabs.setCurrentWidget(german.service_fees_tab)
    assert [row[2] for row in _rows(german)] == ["1.500,50\xa0€", "250,00\xa0€"]
    qtbot.waitUntil(german.service_fees_page.view.isVisible)  # type: ignore[union-attr]
    german.grab().save(str(tmp_path / "service_fees_tab_de.png"))

    # edit the agreement's fee
    page.view.selectRow(1)  # type: ignore[attr-defined]
    dialog = page.edit_fee()  # type: ignore[attr-defined]
    assert dialog is not None
    assert dialog.agreement_combo.currentText() == "Energie (RV-2026-01)"
    assert dialog.amount_edit.text() == "250.00"
    dialog.grab().save(str(tmp_path / "service_fee_dialog.png"))
    dialog.amount_edit.setText("275.25")
    dialog.note_edit.setText("ab Juli")
    assert dialog.save()
    assert ["01/01/2026", "Energie (RV-2026-01)", "€275.25", "ab Juli"] in _rows(panel)

    # remove the pool-wide fee
    page.view.selectRow(0)  # type: ignore[attr-defined]
    assert page.remove_fee()  # type: ignore[attr-defined]
    assert _rows(panel) == [["01/01/2026", "Energie (RV-2026-01)", "€275.25", "ab Juli"]]
    assert shown == []

    # the History tab shows the changes
    history = panel.history_model
    actions = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert actions.count("Service fee") == 3 and actions.count("Service fee removed") == 1

    with context.db.reading() as session:
        fees = list_service_fees(session, net.customer)
        assert [(f.agreement_id, f.annual_fee, f.note) for f in fees] == [
            (net.energie, D("275.25"), "ab Juli")
        ]
    # another organisation, then back: the tab goes and comes again
    panel.show_organisation(net.member)
    assert "Service fees" not in _tab_texts(panel)
    panel.show_organisation(net.customer)
    assert "Service fees" in _tab_texts(panel)
