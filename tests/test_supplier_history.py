"""A supplier's tender history (service and the suppliers dialog's Tenders tab) and the
certificate expiry warning, on both databases.

Round 1: Stadtwerke Hellweg 0.2000 / 0.0800, Energiehandel Ruhr 0.2400 / 0.0850,
Münsterland Strom 0.2500 late (excluded). Round 2 (shortlist Stadtwerke, Energiehandel):
Energiehandel bids 0.2137 for electricity, sealed until round 2 is opened.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from procurement_builders import office_user, other
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tender_builders import AFTER_DEADLINE, PASSPHRASE, Scenario, bid, build

from niro_desk.app_context import AppContext
from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.models import AgreementState, OrganisationKind, RoundState
from niro_desk.procurement import suppliers, tender_award, tender_opening, tenders
from niro_desk.procurement.supplier_history import supplier_history
from niro_desk.procurement.tender_award import Share
from niro_desk.ui.members.detail_panel import OrganisationPanel
from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog
from niro_desk.users import ensure_user

ROUND_2_DEADLINE = AFTER_DEADLINE + dt.timedelta(days=7)
TODAY = dt.date(2026, 11, 27)


def _two_rounds(db: Database) -> tuple[Scenario, int]:
    with db.transaction() as session:
        scenario = build(session)
        user = ensure_user(session, "test.user")
        bid(session, scenario, 0, "0.2000", "0.0800")
        bid(session, scenario, 1, "0.2400", "0.0850")
        bid(session, scenario, 2, "0.2500", received=AFTER_DEADLINE)  # late, not admitted
        tender_opening.open_round(
            session, user, scenario.round_id, PASSPHRASE, ["Eva"], now=AFTER_DEADLINE
        )
        second = tenders.start_next_round(
            session,
            user,
            scenario.tender_id,
            ROUND_2_DEADLINE,
            scenario.suppliers[:2],
            now=AFTER_DEADLINE,
        )
        bid(session, scenario, 1, "0.2137", round_id=second.id, received=AFTER_DEADLINE)
        return scenario, second.id


def _rows(db: Database, supplier_id: int) -> list[tuple[object, ...]]:
    with db.reading() as session:
        history = supplier_history(session, supplier_id)
    return [
        (r.round_number, r.lot_number, r.late, r.admitted, r.total, r.rank, r.of, r.share)
        for r in history.rows
    ]


def test_history_shows_opened_prices_only(db: Database) -> None:
    scenario, second = _two_rounds(db)
    s1, s2, s3 = scenario.suppliers
    with db.reading() as session:
        history = supplier_history(session, s2)
        assert "2137" not in repr(history) and "256.44" not in repr(history)
        assert history.tenders == 1 and history.agreements == []
        assert history.rows[0].round_state == RoundState.OPEN and history.rows[0].bid
        with pytest.raises(RuleViolation, match="not a supplier"):
            supplier_history(session, scenario.participants[0].id)
    # ranks: the lot's latest opened round (round 1): 240 before 288 (scores not entered)
    assert _rows(db, s2) == [
        (2, 1, False, False, None, None, None, None),  # sealed: received, no price
        (1, 1, False, False, Decimal("288.00"), 2, 2, None),
        (1, 2, False, False, Decimal("25.50"), 2, 2, None),
    ]
    assert _rows(db, s1) == [
        (2, None, False, False, None, None, None, None),  # no bid (yet)
        (1, 1, False, False, Decimal("240.00"), 1, 2, None),
        (1, 2, False, False, Decimal("24.00"), 1, 2, None),
    ]
    # late and excluded: never opened, so no total and no rank; not invited to round 2
    assert _rows(db, s3) == [(1, 1, True, False, None, None, None, None)]

    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        tender_opening.open_round(session, user, second, PASSPHRASE, ["Eva"], now=ROUND_2_DEADLINE)
        tender_award.award_tender(
            session,
            user,
            scenario.tender_id,
            {scenario.lot_power: [Share(s2)], scenario.lot_gas: [Share(s1)]},
        )
    # round 2 opened: 0.2137 × 1,200 MWh = 256.44 €, the only offer of the deciding round
    assert _rows(db, s2) == [
        (2, 1, False, False, Decimal("256.44"), 1, 1, Decimal("100.00")),
        (1, 1, False, False, Decimal("288.00"), None, None, None),
        (1, 2, False, False, Decimal("25.50"), 2, 2, None),
    ]
    assert _rows(db, s1)[1:] == [
        (1, 1, False, False, Decimal("240.00"), None, None, None),
        (1, 2, False, False, Decimal("24.00"), 1, 2, Decimal("100.00")),
    ]
    with db.reading() as session:
        agreements = supplier_history(session, s2).agreements
    assert [(a.tender, a.state, a.items) for a in agreements] == [
        ("Strom und Gas 2027", AgreementState.DRAFT, 1)
    ]


def test_invited_before_any_round(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
    with db.reading() as session:
        rows = supplier_history(session, scenario.suppliers[0]).rows
    assert [(r.tender, r.round_number, r.bid) for r in rows] == [
        ("Strom und Gas 2027", None, False)
    ]


def _texts(model) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_tenders_tab_of_the_suppliers_dialog(
    qtbot: QtBot, context: AppContext, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    scenario, _second = _two_rounds(context.db)
    dialog = SuppliersDialog(context)
    qtbot.add_widget(dialog)
    dialog.view.select_id(scenario.suppliers[1])
    dialog.tabs.setCurrentIndex(1)
    assert dialog.tabs.tabText(1) == "Tenders"
    model = dialog.history.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == [
        "Strom und Gas 2027",
        "2",
        "1: Strom",
        "in time",
        "sealed",
        "",
        "",
        "09.11.2026 12:00",
        "16.11.2026 12:00",
        "Round open",
    ]
    assert [model.data(model.index(1, c)) for c in range(2, 6)] == [
        "1: Strom",
        "in time",
        "€288.00",
        "2 of 2",
    ]
    texts = _texts(model)
    assert "2137" not in texts and "256" not in texts
    assert (
        dialog.history.summary.text()
    ) == "Invited to 1 tender(s), bid in 2 round(s), awarded 0 lot(s)."
    dialog.resize(1280, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "supplier-history.png"))

    dialog.view.select_id(scenario.suppliers[2])
    texts = _texts(dialog.history.model)
    assert "late, excluded" in texts and "€" not in texts


def test_certificates_running_out_are_warned(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    with context.db.transaction() as session:
        user = office_user(session)
        supplier = other(session, "Gase Nord GmbH", OrganisationKind.SUPPLIER)
        quiet = other(session, "Stahl Süd GmbH", OrganisationKind.SUPPLIER)
        for standard, days in (("ISO 9001", 23), ("ISO 14001", 200), ("ISO 50001", -5)):
            suppliers.add_certificate(
                session,
                user,
                supplier.id,
                suppliers.CertificateInput(standard, today + dt.timedelta(days=days)),
            )
        suppliers.add_certificate(
            session, user, quiet.id, suppliers.CertificateInput("ISO 9001", None)
        )
        # the default window is 60 days; expired ones stay in the list, soonest first
        assert [(e.standard, e.days_left) for e in suppliers.expiring_certificates(session)] == [
            ("ISO 50001", -5),
            ("ISO 9001", 23),
        ]
        assert [
            e.standard
            for e in suppliers.expiring_certificates(
                session, 10, today=today + dt.timedelta(days=20)
            )
        ] == ["ISO 50001", "ISO 9001"]
    dialog = SuppliersDialog(context)
    qtbot.add_widget(dialog)
    listing = dialog.model
    rows = {listing.data(listing.index(r, 0)): r for r in range(listing.rowCount())}
    warned = listing.index(rows["Gase Nord GmbH"], 1)
    assert listing.data(warned) == "ISO 50001: expired 5 days ago"
    assert listing.data(warned, Qt.ItemDataRole.ForegroundRole) is not None
    assert listing.data(listing.index(rows["Stahl Süd GmbH"], 1)) == ""
    dialog.view.select_id(supplier.id)
    model = dialog.certificate_model
    states = {
        model.data(model.index(r, 0)): (
            model.data(model.index(r, 3)),
            model.data(model.index(r, 3), Qt.ItemDataRole.ForegroundRole) is not None,
        )
        for r in range(model.rowCount())
    }
    assert states == {
        "ISO 9001": ("expires in 23 days", True),
        "ISO 14001": ("valid", False),
        "ISO 50001": ("expired 5 days ago", True),
    }


def test_suppliers_area_panel_has_a_tenders_tab_for_suppliers_only(
    qtbot: QtBot, context: AppContext
) -> None:
    scenario, _second = _two_rounds(context.db)
    panel = OrganisationPanel(context, members=False)
    qtbot.add_widget(panel)
    panel.show_organisation(scenario.suppliers[0])
    tabs = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert tabs[-2:] == ["Tenders", "History"]
    assert panel.tenders_tab is not None
    texts = _texts(panel.tenders_tab.model)  # type: ignore[attr-defined]
    assert "€240.00" in texts and "no bid yet" in texts
    panel.show_organisation(scenario.participants[0].id)
    assert "Tenders" not in [panel.tabs.tabText(i) for i in range(panel.tabs.count())]


def test_a_renewed_certificate_is_no_longer_warned(db: Database) -> None:
    today = dt.date.today()
    with db.transaction() as session:
        user = office_user(session)
        supplier = other(session, "Gase Nord GmbH", OrganisationKind.SUPPLIER)
        for days in (-5, 360):  # the old ISO 50001 ran out; the new one holds for a year
            suppliers.add_certificate(
                session,
                user,
                supplier.id,
                suppliers.CertificateInput("ISO 50001", today + dt.timedelta(days=days)),
            )
        suppliers.add_certificate(
            session,
            user,
            supplier.id,
            suppliers.CertificateInput("ISO 9001", today + dt.timedelta(days=10)),
        )
        assert [e.standard for e in suppliers.expiring_certificates(session)] == ["ISO 9001"]
