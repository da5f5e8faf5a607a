"""The demo network: complete, valid, free of competitors among members, repeatable."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from email_validator import validate_email
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from stdnum.de import vat

from niro_desk import demo, schema_migrations
from niro_desk.database import Database, open_database
from niro_desk.errors import DatabaseError
from niro_desk.models import (
    AppSetting,
    AuditEntry,
    CompetitorRelation,
    Contact,
    Expertise,
    IndustryCode,
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
    RelationKind,
)
from niro_desk.text_keys import expertise_key, market_key

TEST_LOGIN = "test.user"  # the login tests/conftest.py fills the demo database with
SALES_DIVISIONS = {f"{number}" for number in range(22, 31)} | {"33"}


def _organisations(session: Session) -> Sequence[Organisation]:
    return session.scalars(
        select(Organisation)
        .options(
            selectinload(Organisation.membership).selectinload(Membership.fees),
            selectinload(Organisation.sales_codes),
            selectinload(Organisation.product_markets),
            selectinload(Organisation.materials),
            selectinload(Organisation.contacts).selectinload(Contact.expertise),
        )
        .order_by(Organisation.id)
    ).all()


def _with_status(
    organisations: Sequence[Organisation], status: MembershipStatus
) -> list[Organisation]:
    return [o for o in organisations if o.membership_status == status]


def _by_name(organisations: Sequence[Organisation], name: str) -> Organisation:
    (found,) = [o for o in organisations if o.name == name]
    return found


def _sells(organisation: Organisation) -> tuple[set[str], set[str]]:
    return (
        {code.code for code in organisation.sales_codes},
        {market.key for market in organisation.product_markets},
    )


def _declared(session: Session, kind: RelationKind) -> set[frozenset[int]]:
    relations = session.scalars(select(CompetitorRelation).where(CompetitorRelation.kind == kind))
    return {frozenset((relation.first_id, relation.second_id)) for relation in relations}


def _counts(session: Session) -> dict[str, int]:
    tables = (Organisation, Contact, Expertise, Membership, AuditEntry, OfficeUser)
    return {
        table.__name__: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables
    }


def _fingerprint(database: Database) -> list[tuple[object, ...]]:
    """What the demo network consists of, independent of row order within a company."""
    with database.reading() as session:
        return [
            (
                o.name,
                o.kind,
                o.membership_status,
                o.city,
                o.street,
                o.vat_id,
                o.employees,
                sorted(code.code for code in o.sales_codes),
                sorted(market.key for market in o.product_markets),
                sorted(material.key for material in o.materials),
                sorted(
                    (c.email, c.phone, c.function, sorted(e.key for e in c.expertise))
                    for c in o.contacts
                ),
                (o.membership.admission_date, o.membership.application_date)
                if o.membership
                else None,
            )
            for o in _organisations(session)
        ]


# --- text keys ---------------------------------------------------------------


def test_keys_fold_case_umlauts_punctuation_and_spaces() -> None:
    assert expertise_key("  CNC-Programmierung ") == "cnc programmierung"
    assert expertise_key("Größe  Über\tÄrger") == "groesse ueber aerger"
    assert expertise_key("ISO-9001") == expertise_key("iso 9001") == "iso 9001"
    assert market_key("Blech-Biegeteile!") == "blech biegeteile"
    assert market_key("Präzisionsdrehteile") == market_key("PRÄZISIONSDREHTEILE")
    assert market_key("Café-Maschinen") == "cafe maschinen"
    assert market_key("...") == ""


# --- filling -----------------------------------------------------------------


def test_fill_returns_counts_that_match_the_database(db: Database) -> None:
    assert demo.is_empty(db)
    counts = demo.fill(db, "office.user")
    assert not demo.is_empty(db)
    assert 60 <= counts["current_members"] <= 70
    assert 3 <= counts["waiting"] <= 4
    assert counts["former"] == 3
    assert counts["applicants"] >= 2
    assert 20 <= counts["customers"] <= 30
    assert 12 <= counts["suppliers"] <= 18
    with db.reading() as session:
        organisations = _organisations(session)
        statuses = Counter(o.membership_status for o in organisations)
        kinds = Counter(o.kind for o in organisations)
        assert statuses[MembershipStatus.MEMBER] == counts["current_members"]
        assert kinds[OrganisationKind.MEMBER] == counts["members"]
        assert statuses[MembershipStatus.WAITING] == counts["waiting"]
        assert statuses[MembershipStatus.FORMER] == counts["former"]
        assert statuses[MembershipStatus.APPLICANT] == counts["applicants"]
        assert kinds[OrganisationKind.CUSTOMER] == counts["customers"]
        assert kinds[OrganisationKind.SUPPLIER] == counts["suppliers"]
        assert len(organisations) == counts["organisations"]
        assert session.scalar(select(func.count()).select_from(Contact)) == counts["contacts"]
        entries = session.scalars(select(AuditEntry).options(selectinload(AuditEntry.user))).all()
        # the demo's tenders and agreements go through the services, which audit them
        # (demo/tenders.py, demo/agreements.py)
        entries = [
            e
            for e in entries
            if e.entity_type not in ("tender", "framework_agreement", "participation")
        ]
        assert [(e.action, e.entity_type, e.user.login) for e in entries] == [
            ("create", "demo", "office.user"),
            ("update", "setting", "office.user"),  # the demo's cap, see DEMO_CAP
        ]


def test_fill_refuses_a_database_that_is_not_empty_and_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(name="Schon da GmbH", kind=OrganisationKind.CUSTOMER))
    with db.reading() as session:
        before = _counts(session)
    assert not demo.is_empty(db)
    with pytest.raises(DatabaseError, match="not empty") as raised:
        demo.fill(db, "somebody.else")
    assert raised.value.template == str(raised.value)
    with db.reading() as session:
        assert _counts(session) == before
        assert session.scalar(select(OfficeUser).where(OfficeUser.login == "somebody.else")) is None


def test_fill_refuses_a_second_fill(demo_db: Database) -> None:
    with demo_db.reading() as session:
        before = _counts(session)
    with pytest.raises(DatabaseError):
        demo.fill(demo_db, TEST_LOGIN)
    with demo_db.reading() as session:
        assert _counts(session) == before


def test_two_fills_give_the_same_network(db: Database, tmp_path: Path) -> None:
    """Filled twice (the second time always on SQLite), the network is the same."""
    demo.fill(db, "another.user")
    second = open_database(f"sqlite:///{tmp_path / 'second' / 'demo.sqlite3'}")
    try:
        schema_migrations.upgrade(second)
        demo.fill(second, "yet.another.user")
        assert _fingerprint(db) == _fingerprint(second)
    finally:
        second.dispose()


def test_the_network_is_full_but_for_one_seat_so_the_waiting_list_is_real(
    demo_db: Database,
) -> None:
    from niro_desk.membership.admission import cap_status

    with demo_db.reading() as session:
        settings = session.scalars(select(AppSetting)).all()
        status = cap_status(session)
        changes = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "setting")
        ).all()
    assert [s.key for s in settings] == ["membership_cap"]
    assert status.cap == status.members + 1 == demo.DEMO_CAP
    assert status.waiting > status.free  # more waiting than seats: the list is needed
    assert [(c.before, c.after) for c in changes] == [
        ({"membership_cap": 80}, {"membership_cap": demo.DEMO_CAP})
    ]


# --- members -------------------------------------------------------------------


def test_members_have_membership_records_and_tiered_fees(demo_db: Database) -> None:
    with demo_db.reading() as session:
        members = _with_status(_organisations(session), MembershipStatus.MEMBER)
    founders = [m for m in members if m.membership and m.membership.founding_member]
    assert 8 <= len(founders) <= 12
    assert {m.membership.admission_date.year for m in founders if m.membership} == {1998}
    for member in members:
        membership = member.membership
        assert membership is not None, member.name
        assert membership.admission_date is not None
        assert dt.date(1998, 1, 1) <= membership.admission_date <= dt.date(2025, 12, 31)
        assert membership.application_date <= membership.admission_date
        assert membership.exit_date is None and membership.waiting_since is None
        assert 1 <= len(membership.fees) <= 3
        assert membership.fees[0].valid_from == membership.admission_date
        assert all(
            fee.annual_fee == fee.annual_fee.quantize(Decimal("0.01")) for fee in membership.fees
        )
        amounts = [fee.annual_fee for fee in membership.fees]
        assert amounts == sorted(amounts)
        assert member.employees is not None and 15 <= member.employees <= 900
        expected = (
            Decimal("1200.00")
            if member.employees < 50
            else Decimal("2400.00")
            if member.employees < 250
            else Decimal("4800.00")
        )
        assert membership.fee_on(dt.date(2026, 1, 1)) == expected, member.name


def test_members_sell_in_manufacturing_classes(demo_db: Database) -> None:
    with demo_db.reading() as session:
        members = _with_status(_organisations(session), MembershipStatus.MEMBER)
        classes = set(
            session.scalars(select(IndustryCode.code).where(IndustryCode.level == "class"))
        )
    for member in members:
        codes = [code.code for code in member.sales_codes]
        assert 1 <= len(codes) <= 3, member.name
        assert all(code in classes and code[:2] in SALES_DIVISIONS for code in codes), codes
        assert 1 <= len(member.product_markets) <= 3, member.name
        assert 2 <= len(member.materials) <= 5, member.name
        for item in [*member.product_markets, *member.materials]:
            assert item.key == market_key(item.name)


def test_no_two_current_members_compete_unless_declared(demo_db: Database) -> None:
    with demo_db.reading() as session:
        members = _with_status(_organisations(session), MembershipStatus.MEMBER)
        cleared = _declared(session, RelationKind.DOES_NOT_COMPETE)
        competes = _declared(session, RelationKind.COMPETES)
    overlapping: set[frozenset[int]] = set()
    for first, second in itertools.combinations(members, 2):
        first_codes, first_markets = _sells(first)
        second_codes, second_markets = _sells(second)
        if first_codes & second_codes or first_markets & second_markets:
            overlapping.add(frozenset((first.id, second.id)))
    assert overlapping <= cleared
    assert 2 <= len(cleared) <= 3
    assert overlapping == cleared, "every declared 'does not compete' pair shares a class"
    member_ids = {m.id for m in members}
    assert not any(pair <= member_ids for pair in competes)


def test_members_share_materials(demo_db: Database) -> None:
    with demo_db.reading() as session:
        members = _with_status(_organisations(session), MembershipStatus.MEMBER)
    buyers = Counter(material.key for m in members for material in m.materials)
    assert buyers[market_key("Strom")] == len(members)
    assert buyers[market_key("Stahl")] >= 10


def test_declared_relations_are_ordered_noted_and_signed(demo_db: Database) -> None:
    with demo_db.reading() as session:
        relations = session.scalars(
            select(CompetitorRelation).options(selectinload(CompetitorRelation.declared_by))
        ).all()
        assert relations
        for relation in relations:
            assert relation.first_id < relation.second_id
            assert relation.note.strip()
            assert relation.declared_by.login == TEST_LOGIN
        competes = [r for r in relations if r.kind == RelationKind.COMPETES]
        assert len(competes) == 1
        statuses = {
            competes[0].first.membership_status,
            competes[0].second.membership_status,
        }
        assert MembershipStatus.MEMBER in statuses
        assert statuses & {MembershipStatus.APPLICANT, MembershipStatus.WAITING}


# --- waiting list, former members, applicants ----------------------------------


def test_waiting_list_is_in_order_of_application(demo_db: Database) -> None:
    with demo_db.reading() as session:
        waiting = _with_status(_organisations(session), MembershipStatus.WAITING)
    memberships = sorted(
        (o.membership for o in waiting if o.membership), key=lambda m: m.application_date
    )
    assert len(memberships) == len(waiting)
    assert all(m.application_date.year == 2026 for m in memberships)
    since = [m.waiting_since for m in memberships]
    assert all(s is not None and s.tzinfo is not None for s in since)
    assert since == sorted(since)  # type: ignore[type-var]
    assert len(set(since)) == len(since)
    assert all(m.admission_date is None and not m.fees for m in memberships)


def test_former_members_have_exit_date_and_reason(demo_db: Database) -> None:
    with demo_db.reading() as session:
        former = _with_status(_organisations(session), MembershipStatus.FORMER)
    assert len(former) == 3
    reasons = set()
    for organisation in former:
        membership = organisation.membership
        assert membership is not None and membership.admission_date and membership.exit_date
        assert membership.admission_date < membership.exit_date
        assert all(fee.valid_from <= membership.exit_date for fee in membership.fees)
        reasons.add(membership.exit_reason)
    assert reasons == {"Insolvenz", "Verkauf an Konzern", "Kosten"}


def test_conflicting_applicant_shares_a_class_and_a_market_with_one_member(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        organisations = _organisations(session)
    applicant = _by_name(organisations, demo.CONFLICTING_APPLICANT)
    assert applicant.membership_status == MembershipStatus.APPLICANT
    assert applicant.membership is not None
    assert applicant.membership.application_date.strftime("%Y-%m") == "2026-11"
    codes, markets = _sells(applicant)
    rivals = [
        member
        for member in _with_status(organisations, MembershipStatus.MEMBER)
        if codes & _sells(member)[0] and markets & _sells(member)[1]
    ]
    assert len(rivals) == 1


def test_material_only_applicant_shares_nothing_but_inputs(demo_db: Database) -> None:
    with demo_db.reading() as session:
        organisations = _organisations(session)
        relations = session.scalars(select(CompetitorRelation)).all()
    applicant = _by_name(organisations, demo.MATERIAL_ONLY_APPLICANT)
    assert applicant.membership_status == MembershipStatus.APPLICANT
    assert applicant.membership is not None
    assert applicant.membership.application_date.strftime("%Y-%m") == "2026-11"
    codes, markets = _sells(applicant)
    assert codes and markets
    compared = [
        o
        for o in organisations
        if o.membership_status in (MembershipStatus.MEMBER, MembershipStatus.WAITING)
    ]
    for other in compared:
        other_codes, other_markets = _sells(other)
        assert not codes & other_codes and not markets & other_markets, other.name
    materials = {material.key for material in applicant.materials}
    assert {market_key("Stahl"), market_key("Strom")} <= materials
    assert any(materials & {m.key for m in other.materials} for other in compared)
    assert all(applicant.id not in (r.first_id, r.second_id) for r in relations)


# --- customers, suppliers, addresses, identifiers, contacts --------------------


def test_customers_and_suppliers_are_not_members(demo_db: Database) -> None:
    with demo_db.reading() as session:
        organisations = _organisations(session)
    others = [o for o in organisations if o.kind != OrganisationKind.MEMBER]
    assert others
    for organisation in others:
        assert organisation.membership_status is None, organisation.name
        assert organisation.membership is None, organisation.name
    for organisation in organisations:
        if organisation.kind == OrganisationKind.MEMBER:
            assert organisation.membership_status is not None
            assert organisation.membership is not None


def test_every_organisation_has_an_address_and_a_valid_vat_id(demo_db: Database) -> None:
    with demo_db.reading() as session:
        organisations = _organisations(session)
    regions = {"Kreis Unna", "Östliches Ruhrgebiet", "Münsterland", "Sauerland"}
    for organisation in organisations:
        assert organisation.street and organisation.city, organisation.name
        assert len(organisation.postal_code) == 5 and organisation.postal_code.isdigit()
        assert organisation.region in regions
        assert organisation.country == "DE"
        assert organisation.legal_form in {"GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."}
        assert organisation.name.endswith(f" {organisation.legal_form}")
        assert organisation.website.startswith("https://www.")
        assert organisation.website.endswith(".example")
        assert vat.is_valid(organisation.vat_id), organisation.vat_id
    vat_ids = [o.vat_id for o in organisations]
    names = [o.name for o in organisations]
    assert len(set(vat_ids)) == len(vat_ids)
    assert len(set(names)) == len(names)


def test_contacts_have_valid_addresses_phones_and_expertise(demo_db: Database) -> None:
    with demo_db.reading() as session:
        organisations = _organisations(session)
        expertise = session.scalars(select(Expertise)).all()
    assert all(item.key == expertise_key(item.name) for item in expertise)
    assert len({item.key for item in expertise}) == len(expertise)
    for organisation in organisations:
        contacts = organisation.contacts
        if organisation.membership_status == MembershipStatus.MEMBER:
            assert 2 <= len(contacts) <= 4, organisation.name
            functions = {contact.function for contact in contacts}
            assert {"Geschäftsführer/in", "Leitung Einkauf"} <= functions
        else:
            assert 1 <= len(contacts) <= 4, organisation.name
        if organisation.kind != OrganisationKind.MEMBER:
            assert len(contacts) <= 2, organisation.name
        domain = organisation.website.removeprefix("https://www.")
        emails = [contact.email for contact in contacts]
        assert len(set(emails)) == len(emails)
        for contact in contacts:
            assert contact.first_name and contact.last_name and contact.function
            checked = validate_email(contact.email, check_deliverability=False)
            assert checked.normalized == contact.email
            assert contact.email.endswith(f"@{domain}")
            number = phonenumbers.parse(contact.phone, "DE")
            assert phonenumbers.is_valid_number(number), contact.phone
            assert contact.phone == phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            assert 1 <= len(contact.expertise) <= 4
