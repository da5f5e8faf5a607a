"""Suppliers' categories and certificates, anonymised lots, and what suppliers are told."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from procurement_builders import energy, office_user, other
from tender_builders import PARTICIPANTS, build

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.models import OrganisationKind
from niro_desk.procurement import suppliers, tenders
from niro_desk.procurement.participants import require_participant
from niro_desk.procurement.tender_brief import tender_brief
from niro_desk.procurement.tender_lots import RegionShare, merge_small_regions

TODAY = dt.date(2026, 11, 27)


def test_small_regions_are_merged() -> None:
    def share(region: str, volume: str, count: int) -> RegionShare:
        return RegionShare(region, Decimal(volume), count)

    # two small regions together make three participants: "other regions"
    assert merge_small_regions(
        [share("Unna", "1000", 4), share("Sauerland", "100", 2), share("Soest", "100", 1)]
    ) == [share("Unna", "1000", 4), share("", "200", 3)]
    # a small region alone would reveal two participants: merged into the largest region
    assert merge_small_regions(
        [share("Unna", "1000", 4), share("Hamm", "900", 3), share("Sauerland", "100", 2)]
    ) == [share("Unna", "1100", 6), share("Hamm", "900", 3)]
    # no large region at all: one bucket
    assert merge_small_regions([share("A", "5", 2), share("B", "7", 2)]) == [share("", "12", 4)]
    # an unnamed region never stands alone
    assert merge_small_regions([share("", "5", 3)]) == [share("", "5", 3)]


def test_what_suppliers_see_holds_no_participant(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        brief = tender_brief(session, scenario.tender_id)
    power = brief.lots[0].items[0]
    assert power.volume == Decimal("1200.000")
    assert [(r.region, r.volume) for r in power.regions] == [
        ("Kreis Unna", Decimal("1000.000")),
        ("", Decimal("200.000")),
    ]
    text = "\n".join(brief.lines())
    for name, region, power_volume, baseline, _gas in PARTICIPANTS:
        assert name not in text
        assert name.split()[0] not in text
        if region != "Kreis Unna":
            assert region not in text  # small regions are merged away
        assert f" {Decimal(power_volume):.3f} " not in text.replace("\n", " ") + " "
        if baseline:
            assert baseline not in text
    assert brief.criteria == (("Price", 60), ("Quality", 25), ("Service", 15))


def test_an_item_with_fewer_than_three_participants_is_not_put_out(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session, publish=False)
        with pytest.raises(ValidationError, match="not asked for"):
            tenders.create_tender(
                session,
                office_user(session),
                tenders.TenderInput(
                    "X",
                    [scenario.collection_id],
                    [tenders.LotInput("Nichts", [99999])],
                    100,
                ),
            )


def test_suppliers_and_participants_never_mix(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        category_id, _power, _gas, _gloves = energy(session)
        supplier = other(session, "Stadtwerke Hellweg", OrganisationKind.SUPPLIER)
        customer = other(session, "Kunde AG", OrganisationKind.CUSTOMER)
        with pytest.raises(RuleViolation, match="never participants"):
            require_participant(session, supplier.id)
        with pytest.raises(RuleViolation, match="not a supplier"):
            suppliers.set_categories(session, user, customer.id, [category_id])
        with pytest.raises(RuleViolation, match="not a supplier"):
            suppliers.add_certificate(
                session, user, customer.id, suppliers.CertificateInput("ISO 9001", None)
            )
        suppliers.set_categories(session, user, supplier.id, [category_id])
        assert [r.name for r in suppliers.list_suppliers(session, category_id)] == [
            "Stadtwerke Hellweg"
        ]
        assert suppliers.list_suppliers(session, category_id)[0].categories == ("Energy",)


def test_certificates_expiring_within_n_days(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        supplier = other(session, "Gase Nord GmbH", OrganisationKind.SUPPLIER)
        for standard, days in (("ISO 9001", 20), ("ISO 14001", 200), ("ISO 50001", -3)):
            suppliers.add_certificate(
                session,
                user,
                supplier.id,
                suppliers.CertificateInput(standard, TODAY + dt.timedelta(days=days)),
            )
        suppliers.add_certificate(
            session, user, supplier.id, suppliers.CertificateInput("EMAS", None)
        )
        expiring = suppliers.expiring_certificates(session, 30, today=TODAY)
        assert [(e.standard, e.days_left, e.expired) for e in expiring] == [
            ("ISO 50001", -3, True),
            ("ISO 9001", 20, False),
        ]


def test_supplier_history(db: Database) -> None:
    with db.transaction() as session:
        scenario = build(session)
        history = suppliers.tender_history(session, scenario.suppliers[0])
        assert [(h.title, h.state, h.bids, h.lots_won) for h in history] == [
            ("Strom und Gas 2027", "round_open", 0, 0)
        ]
