"""The start page's agenda: each kind, the window's boundaries, the renewal roll-forward."""

from __future__ import annotations

import datetime as dt

from membership_builders import member
from startpage_builders import TODAY, agreement, certificate, office_supplies, supplier

from niro_desk.database import Database
from niro_desk.models import (
    AgreementState,
    CollectionState,
    RequirementCollection,
    Tender,
    TenderState,
    TenderSupplier,
)
from niro_desk.models.tender_round import RoundState, TenderRound
from niro_desk.procurement.office_agenda import (
    AgendaKind,
    RecordRef,
    RecordType,
    office_agenda,
)

D = dt.date
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def agenda_of(db: Database, within_days: int = 60, limit: int = 100):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return office_agenda(session, within_days, today=TODAY, now=NOW, limit=limit)


def titles(agenda, kind: AgendaKind) -> list[str]:  # type: ignore[no-untyped-def]
    return [entry.what for entry in agenda.of_kind(kind)]


def test_notice_deadlines_within_the_window_boundaries_included(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        seller = supplier(session, "Papier Meyer GmbH")
        for title, end in (
            ("due today", D(2027, 2, 23)),  # 23.11.2026: day 0
            ("in 38 days", D(2027, 3, 31)),  # month end: 31.12.2026
            ("in 60 days", D(2027, 4, 22)),  # 22.01.2027: the last day of the window
            ("in 61 days", D(2027, 4, 23)),
        ):
            agreement(session, seller, category_id, title, end, auto_renewal=True)
        agreement(
            session,
            seller,
            category_id,
            "draft",
            D(2027, 3, 31),
            auto_renewal=True,
            state=AgreementState.DRAFT,
        )
        agreement(
            session,
            seller,
            category_id,
            "terminated",
            D(2027, 3, 31),
            auto_renewal=True,
            state=AgreementState.TERMINATED,
        )
        no_renewal = agreement(session, seller, category_id, "no renewal", D(2027, 3, 31))
    agenda = agenda_of(db)
    entries = agenda.of_kind(AgendaKind.NOTICE_DEADLINE)
    assert [(e.what, e.date, e.days_left) for e in entries] == [
        ("due today", D(2026, 11, 23), 0),
        ("in 38 days", D(2026, 12, 31), 38),
        ("in 60 days", D(2027, 1, 22), 60),
    ]
    assert all(e.detail == "Papier Meyer GmbH" for e in entries)
    assert all(e.reference.record_type is RecordType.AGREEMENT for e in entries)
    # without renewal there is no notice to give: it ends by itself (and shows when it does)
    assert "no renewal" not in titles(agenda, AgendaKind.NOTICE_DEADLINE)
    assert no_renewal.id not in {e.reference.record_id for e in agenda.entries}
    assert titles(agenda_of(db, within_days=61), AgendaKind.NOTICE_DEADLINE)[-1] == "in 61 days"


def test_automatic_renewal_rolls_the_stored_end_forward(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        seller = supplier(session, "Toner Schulz KG")
        # entered years ago: 31.01.2024 → 2025 → 2026 → 31.01.2027, notice 2 months: 30.11.2026
        old = agreement(
            session,
            seller,
            category_id,
            "since 2023",
            D(2024, 1, 31),
            auto_renewal=True,
            notice_months=2,
        )
        # the current term's deadline (10.11.2026) has passed: notice now ends it a term later
        agreement(
            session,
            seller,
            category_id,
            "quarterly",
            D(2026, 12, 10),
            auto_renewal=True,
            renewal_months=3,
            notice_months=1,
        )
    agenda = agenda_of(db)
    (entry,) = agenda.of_kind(AgendaKind.NOTICE_DEADLINE)
    assert (entry.what, entry.date, entry.days_left, entry.renewals) == (
        "since 2023",
        D(2026, 11, 30),
        7,
        3,
    )
    assert entry.reference == RecordRef(RecordType.AGREEMENT, old.id)
    # renewing agreements are never "past their end"
    assert agenda.of_kind(AgendaKind.AGREEMENT_PAST_END) == []
    wider = agenda_of(db, within_days=90)
    quarterly = [e for e in wider.of_kind(AgendaKind.NOTICE_DEADLINE) if e.what == "quarterly"]
    assert [(e.date, e.days_left, e.renewals) for e in quarterly] == [(D(2027, 2, 10), 79, 1)]


def test_endings_and_agreements_past_their_end(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        seller = supplier(session, "Büro Krause")
        for title, end in (
            ("ends today", TODAY),
            ("ends in 60 days", D(2027, 1, 22)),
            ("ends in 61 days", D(2027, 1, 23)),
            ("ended yesterday", D(2026, 11, 22)),
            ("ended last year", D(2025, 12, 31)),
        ):
            agreement(session, seller, category_id, title, end)
        agreement(
            session,
            seller,
            category_id,
            "marked expired",
            D(2026, 10, 31),
            state=AgreementState.EXPIRED,
        )
        agreement(session, seller, category_id, "open-ended", None)
    agenda = agenda_of(db)
    ending = agenda.of_kind(AgendaKind.AGREEMENT_ENDING)
    assert [(e.what, e.days_left) for e in ending] == [("ends today", 0), ("ends in 60 days", 60)]
    past = agenda.of_kind(AgendaKind.AGREEMENT_PAST_END)
    assert [(e.what, e.date, e.days_left) for e in past] == [
        ("ended last year", D(2025, 12, 31), -327),
        ("ended yesterday", D(2026, 11, 22), -1),
    ]
    assert all(e.overdue for e in past)


def test_certificates_of_active_suppliers_first(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        contracted = supplier(session, "Zeta Papier (active agreement)")
        agreement(session, contracted, category_id, "Papier 2026", D(2027, 12, 31))
        invited = supplier(session, "Ypsilon Druck (invited)")
        tender = Tender(title="Druck 2027", category_id=category_id, state=TenderState.ROUND_OPEN)
        session.add(tender)
        session.flush()
        session.add(TenderSupplier(tender_id=tender.id, organisation_id=invited.id))
        unrelated = supplier(session, "Alpha Handel")
        certificate(session, contracted, "ISO 9001", D(2027, 1, 12))  # in 50 days
        certificate(session, invited, "ISO 14001", D(2026, 11, 18))  # expired 5 days ago
        certificate(session, unrelated, "ISO 9001", D(2026, 12, 3))  # in 10 days
        certificate(session, unrelated, "ISO 50001", D(2027, 1, 23))  # in 61 days: not yet
        certificate(session, unrelated, "EMAS", None)  # no expiry
        # replaced by a later certificate of the same standard: nothing to do
        certificate(session, unrelated, "ISO 45001", D(2026, 10, 1))
        certificate(session, unrelated, "ISO 45001", D(2029, 10, 1))
    agenda = agenda_of(db)
    entries = agenda.of_kind(AgendaKind.CERTIFICATE_EXPIRING, AgendaKind.CERTIFICATE_EXPIRED)
    assert [(e.what, e.detail, e.days_left, e.priority) for e in entries] == [
        ("Ypsilon Druck (invited)", "ISO 14001", -5, True),
        ("Zeta Papier (active agreement)", "ISO 9001", 50, True),
        ("Alpha Handel", "ISO 9001", 10, False),
    ]
    assert entries[0].kind is AgendaKind.CERTIFICATE_EXPIRED
    assert entries[1].kind is AgendaKind.CERTIFICATE_EXPIRING
    assert entries[2].reference == RecordRef(RecordType.ORGANISATION, unrelated.id)


def test_collections_past_their_deadline_that_are_still_open(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        for title, deadline, state in (
            ("open, deadline passed", D(2026, 11, 20), CollectionState.OPEN),
            ("open, deadline today", TODAY, CollectionState.OPEN),
            ("closed", D(2026, 11, 1), CollectionState.CLOSED),
            ("draft", D(2026, 11, 1), CollectionState.DRAFT),
        ):
            session.add(
                RequirementCollection(
                    title=title,
                    category_id=category_id,
                    supply_period="2027",
                    deadline=deadline,
                    state=state,
                )
            )
        session.flush()
        overdue_id = session.query(RequirementCollection).filter_by(title="open, deadline passed")
        overdue_id = overdue_id.one().id
    agenda = agenda_of(db)
    (entry,) = agenda.of_kind(AgendaKind.COLLECTION_OVERDUE)
    assert (entry.what, entry.days_left) == ("open, deadline passed", -3)
    assert entry.reference == RecordRef(RecordType.COLLECTION, overdue_id)


def test_tender_rounds_past_their_deadline_not_opened(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        tenders = {}
        for title, deadline, state, tender_state in (
            ("waits", NOW - dt.timedelta(hours=20), RoundState.CLOSED, TenderState.ROUND_OPEN),
            (
                "just passed",
                NOW - dt.timedelta(minutes=1),
                RoundState.OPEN,
                TenderState.ROUND_OPEN,
            ),
            (
                "still running",
                NOW + dt.timedelta(days=2),
                RoundState.OPEN,
                TenderState.ROUND_OPEN,
            ),
            ("opened", NOW - dt.timedelta(days=3), RoundState.OPENED, TenderState.EVALUATION),
            ("cancelled", NOW - dt.timedelta(days=3), RoundState.OPEN, TenderState.CANCELLED),
        ):
            tender = Tender(title=title, category_id=category_id, state=tender_state)
            session.add(tender)
            session.flush()
            session.add(TenderRound(tender_id=tender.id, number=2, deadline=deadline, state=state))
            tenders[title] = tender.id
    agenda = agenda_of(db)
    entries = agenda.of_kind(AgendaKind.TENDER_TO_OPEN)
    assert [(e.what, e.date, e.days_left, e.round_number) for e in entries] == [
        ("waits", D(2026, 11, 22), -1, 2),
        ("just passed", D(2026, 11, 23), 0, 2),
    ]
    assert entries[0].reference == RecordRef(RecordType.TENDER, tenders["waits"])


def test_limit_per_kind_and_the_count_left_out(db: Database) -> None:
    with db.transaction() as session:
        category_id, _items = office_supplies(session)
        for day in (1, 2, 3):
            session.add(
                RequirementCollection(
                    title=f"collection {day}",
                    category_id=category_id,
                    supply_period="2027",
                    deadline=D(2026, 11, day),
                    state=CollectionState.OPEN,
                )
            )
    agenda = agenda_of(db, limit=2)
    assert titles(agenda, AgendaKind.COLLECTION_OVERDUE) == ["collection 1", "collection 2"]
    assert agenda.more == {AgendaKind.COLLECTION_OVERDUE: 1}


def test_an_empty_network_and_a_quiet_one(db: Database) -> None:
    agenda = agenda_of(db)
    assert agenda.network_empty and agenda.entries == []
    with db.transaction() as session:
        member(session, "Hellweg Metall GmbH")
    agenda = agenda_of(db)
    assert not agenda.network_empty and agenda.entries == []


def test_the_demo_network_has_something_to_do(demo_db: Database) -> None:
    with demo_db.reading() as session:
        agenda = office_agenda(session)
    assert not agenda.network_empty
    assert agenda.entries  # e.g. the demo's certificates running out, rounds waiting
