"""Framework agreements: hand entry, edits, transitions, expiry, documents, list filters."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from procurement_builders import energy, office_user, other
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, StaleRecord, ValidationError
from niro_desk.models import (
    AgreementDocument,
    AgreementState,
    AuditEntry,
    FrameworkAgreement,
    OrganisationKind,
    ProcurementItem,
)
from niro_desk.procurement import agreements
from niro_desk.procurement.agreements import AgreementFilter, AgreementInput, ItemInput

TODAY = dt.date(2026, 11, 23)


def _input(
    supplier_id: int,
    category_id: int,
    item_id: int,
    *,
    start: dt.date | None = dt.date(2026, 1, 1),
    end: dt.date | None = dt.date(2027, 12, 31),
    price: str = "189.4000",
    renews: bool = False,
    notice: int = 3,
    title: str = "Strom 2026/27",
) -> AgreementInput:
    return AgreementInput(
        title=title,
        supplier_id=supplier_id,
        category_id=category_id,
        items=[ItemInput(item_id, Decimal(price), None, "EEX-Base, quarterly")],
        reference="RV-2026-01",
        start_date=start,
        end_date=end,
        notice_months=notice,
        auto_renewal=renews,
        renewal_months=12,
        terms="30 Tage netto",
    )


def _setup(session: Session) -> tuple[int, int, int, int]:
    category_id, power, _gas, gloves = energy(session)
    supplier = other(session, "Hellweg Energiehandel GmbH", OrganisationKind.SUPPLIER)
    return category_id, supplier.id, power.id, gloves.id


def test_hand_entry_is_a_draft_with_prices_and_is_audited(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        agreement = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id)
        )
        assert agreement.state == AgreementState.DRAFT and agreement.tender_id is None
        assert agreement.items[0].unit_price == Decimal("189.4000")
        assert agreement.items[0].price_adjustment == "EEX-Base, quarterly"
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "framework_agreement")
        ).one()
        assert entry.action == "create"


def test_hand_entry_rules(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, gloves_id = _setup(session)
        customer = other(session, "Kunde AG", OrganisationKind.CUSTOMER)
        user = office_user(session)
        with pytest.raises(RuleViolation, match="not a supplier"):
            agreements.create_agreement(session, user, _input(customer.id, category_id, power_id))
        with pytest.raises(ValidationError, match="after its start"):
            agreements.create_agreement(
                session,
                user,
                _input(
                    supplier_id,
                    category_id,
                    power_id,
                    start=dt.date(2027, 1, 1),
                    end=dt.date(2026, 1, 1),
                ),
            )
        with pytest.raises(ValidationError, match="negative"):
            agreements.create_agreement(
                session, user, _input(supplier_id, category_id, power_id, price="-1")
            )
        with pytest.raises(ValidationError, match="category"):
            agreements.create_agreement(session, user, _input(supplier_id, category_id, gloves_id))
        with pytest.raises(ValidationError, match="notice"):
            agreements.create_agreement(
                session, user, _input(supplier_id, category_id, power_id, notice=-1)
            )
        with pytest.raises(ValidationError, match="at least one item"):
            data = _input(supplier_id, category_id, power_id)
            agreements.create_agreement(
                session,
                user,
                AgreementInput(data.title, supplier_id, category_id, []),
            )


def test_transitions_only_the_allowed_ones_each_audited(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        undated = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id, start=None, end=None)
        )
        with pytest.raises(RuleViolation, match="start and end"):
            agreements.activate(session, user, undated.id, today=TODAY)
        agreement = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id)
        )
        with pytest.raises(RuleViolation, match="cannot go from"):
            agreements.terminate(session, user, agreement.id, TODAY, "Insolvenz")
        agreements.activate(session, user, agreement.id, today=TODAY)
        assert agreement.state == AgreementState.ACTIVE
        with pytest.raises(RuleViolation, match="cannot go from"):
            agreements.activate(session, user, agreement.id, today=TODAY)
        with pytest.raises(ValidationError, match="reason"):
            agreements.terminate(session, user, agreement.id, TODAY, " ")
        agreements.terminate(session, user, agreement.id, TODAY, "Lieferant insolvent")
        assert agreement.state == AgreementState.TERMINATED
        assert agreement.terminated_on == TODAY and agreement.end_reason == "Lieferant insolvent"
        with pytest.raises(RuleViolation, match="can no longer be changed"):
            agreements.update_agreement(
                session, user, agreement.id, _input(supplier_id, category_id, power_id)
            )
        states = [
            (e.before["state"], e.after["state"])
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "state", AuditEntry.entity_id == agreement.id)
                .order_by(AuditEntry.id)
            )
        ]
        assert states == [("draft", "active"), ("active", "terminated")]


def test_activation_of_an_ended_agreement_without_renewal_is_refused(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        old = agreements.create_agreement(
            session,
            user,
            _input(
                supplier_id,
                category_id,
                power_id,
                start=dt.date(2020, 1, 1),
                end=dt.date(2021, 12, 31),
            ),
        )
        with pytest.raises(RuleViolation, match="cannot become active"):
            agreements.activate(session, user, old.id, today=TODAY)


def test_edit_with_version_check_and_item_prices(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        agreement = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id)
        )
        version = agreement.version
        changed = _input(supplier_id, category_id, power_id, price="181.0000", renews=True)
        agreements.update_agreement(session, user, agreement.id, changed, version)
        assert agreement.items[0].unit_price == Decimal("181.0000")
        assert agreement.auto_renewal and agreement.version == version + 1
        with pytest.raises(StaleRecord):
            agreements.update_agreement(session, user, agreement.id, changed, version)


def test_expire_what_has_ended(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        ended = agreements.create_agreement(
            session,
            user,
            _input(supplier_id, category_id, power_id, end=dt.date(2026, 12, 31), title="Ends"),
        )
        renewing = agreements.create_agreement(
            session,
            user,
            _input(
                supplier_id,
                category_id,
                power_id,
                end=dt.date(2026, 12, 31),
                renews=True,
                title="Renews",
            ),
        )
        for agreement in (ended, renewing):
            agreements.activate(session, user, agreement.id, today=TODAY)
        assert agreements.expire_ended(session, user, TODAY) == []
        assert agreements.expire_ended(session, user, dt.date(2027, 1, 1)) == ["Ends"]
        assert ended.state == AgreementState.EXPIRED
        assert renewing.state == AgreementState.ACTIVE
        assert agreements.expire_ended(session, user, dt.date(2027, 1, 1)) == []


def test_documents_checksum_size_limit_and_names(db: Database, tmp_path: Path) -> None:
    content = b"%PDF-1.4 signed agreement \xc3\xa4" * 100
    with db.transaction() as session:
        category_id, supplier_id, power_id, _ = _setup(session)
        user = office_user(session)
        agreement = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id)
        )
        document = agreements.attach_document(
            session, user, agreement.id, "..\\..\\Vertrag: unterschrieben?.pdf", content
        )
        assert document.file_name == "Vertrag_ unterschrieben_.pdf"
        assert document.sha256 == hashlib.sha256(content).hexdigest()
        assert document.media_type == "application/pdf" and document.size == len(content)
        with pytest.raises(ValidationError, match="larger than 20 MB"):
            agreements.attach_document(
                session,
                user,
                agreement.id,
                "big.pdf",
                b"x" * (agreements.MAX_DOCUMENT_BYTES + 1),
            )
        big = tmp_path / "big.bin"
        with big.open("wb") as handle:
            handle.truncate(agreements.MAX_DOCUMENT_BYTES + 1)
        with pytest.raises(ValidationError, match="larger than 20 MB"):
            agreements.attach_file(session, user, agreement.id, big)
        agreement_id, document_id = agreement.id, document.id
    with db.reading() as session:
        rows = agreements.list_documents(session, agreement_id)
        assert [r.file_name for r in rows] == ["Vertrag_ unterschrieben_.pdf"]
        target = agreements.save_document(session, document_id, tmp_path / "copy.pdf")
        assert target.read_bytes() == content
    with db.transaction() as session:  # a damaged copy is refused, nothing written
        stored = session.get(AgreementDocument, document_id)
        assert stored is not None
        stored.content = content[:-1] + b"!"
    with db.reading() as session:
        with pytest.raises(RuleViolation, match="checksum"):
            agreements.save_document(session, document_id, tmp_path / "damaged.pdf")
        assert not (tmp_path / "damaged.pdf").exists()
    with db.transaction() as session:
        agreements.remove_document(session, office_user(session), document_id)
    with db.reading() as session:
        assert agreements.list_documents(session, agreement_id) == []
        assert session.get(FrameworkAgreement, agreement_id) is not None


def test_list_filters_and_the_renewal_roll_forward(db: Database) -> None:
    with db.transaction() as session:
        category_id, supplier_id, power_id, gloves_id = _setup(session)
        gloves = session.get(ProcurementItem, gloves_id)
        assert gloves is not None
        other_supplier = other(session, "Arbeitsschutz Hellweg KG", OrganisationKind.SUPPLIER)
        user = office_user(session)
        # ends in 20 days, no renewal
        soon = agreements.create_agreement(
            session,
            user,
            _input(
                supplier_id, category_id, power_id, end=TODAY + dt.timedelta(days=20), title="Soon"
            ),
        )
        # entered years ago, renews yearly on 31.03.: the current term ends 31.03.2027,
        # notice (3 months) by 31.12.2026 — 38 days after TODAY
        old = agreements.create_agreement(
            session,
            user,
            _input(
                supplier_id,
                category_id,
                power_id,
                start=dt.date(2019, 4, 1),
                end=dt.date(2020, 3, 31),
                renews=True,
                title="Old renewing",
            ),
        )
        gloves_agreement = agreements.create_agreement(
            session,
            user,
            AgreementInput(
                "Handschuhe",
                other_supplier.id,
                gloves.category_id,
                [ItemInput(gloves_id, Decimal("2.10"))],
                start_date=dt.date(2026, 1, 1),
                end_date=dt.date(2028, 12, 31),
            ),
        )
        draft = agreements.create_agreement(
            session, user, _input(supplier_id, category_id, power_id, title="Draft")
        )
        for agreement in (soon, old, gloves_agreement):
            agreements.activate(session, user, agreement.id, today=TODAY)

    def titles(**kwargs: object) -> list[str]:
        with db.reading() as session:
            return [
                r.title
                for r in agreements.list_agreements(session, AgreementFilter(**kwargs), TODAY)
            ]

    assert sorted(titles()) == ["Draft", "Handschuhe", "Old renewing", "Soon"]
    assert sorted(titles(category_id=category_id)) == ["Draft", "Old renewing", "Soon"]
    assert titles(supplier_id=other_supplier.id) == ["Handschuhe"]
    assert titles(state=AgreementState.DRAFT) == ["Draft"]
    assert titles(ends_within_days=30) == ["Soon"]
    assert titles(ends_within_days=10) == []
    assert titles(notice_within_days=40) == ["Old renewing"]
    assert titles(notice_within_days=30) == []
    with db.reading() as session:
        row = {r.title: r for r in agreements.list_agreements(session, AgreementFilter(), TODAY)}[
            "Old renewing"
        ]
        assert row.term_end == dt.date(2027, 3, 31)
        assert row.notice_deadline == dt.date(2026, 12, 31)
        assert row.end_date == dt.date(2020, 3, 31)
        soon_row = {
            r.title: r for r in agreements.list_agreements(session, AgreementFilter(), TODAY)
        }["Soon"]
        assert soon_row.notice_deadline is None and soon_row.term_end == TODAY + dt.timedelta(20)
        assert draft.id and row.participants == 0


def test_list_of_500_agreements_is_fast(db: Database) -> None:
    import time

    with db.transaction() as session:
        category_id, supplier_id, _power_id, _ = _setup(session)
        user = office_user(session)
        for n in range(500):
            session.add(
                FrameworkAgreement(
                    title=f"A{n}",
                    supplier_id=supplier_id,
                    category_id=category_id,
                    state=AgreementState.ACTIVE,
                    start_date=dt.date(2015, 1, 1),
                    end_date=dt.date(2016, 1, 1) + dt.timedelta(days=n),
                    auto_renewal=True,
                    renewal_months=1 + n % 24,
                )
            )
        assert user.id
    with db.reading() as session:
        started = time.perf_counter()
        rows = agreements.list_agreements(session, AgreementFilter(notice_within_days=60), TODAY)
        elapsed = time.perf_counter() - started
    assert rows and elapsed < 1.0
