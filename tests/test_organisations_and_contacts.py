"""Organisations, contacts, expertise search, GDPR, fees and the members directory."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from membership_builders import TODAY, applicant, member, office_user
from sqlalchemy import func, select

from niro_desk.database import Database
from niro_desk.errors import ValidationError
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    erase_contact,
    export_personal_data,
    update_contact,
    validate_contact,
    who_knows,
)
from niro_desk.membership.member_directory import DirectoryFilter, list_directory
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    create_organisation,
    set_fee,
    set_sales_profile,
    update_organisation,
    validate_organisation,
)
from niro_desk.models import AuditEntry, Contact, MembershipStatus, OrganisationKind


def fields_of(problems: list[ValidationError]) -> list[str]:
    return [problem.field for problem in problems]


def test_organisation_validation_names_each_field() -> None:
    bad = OrganisationInput(
        name=" ", vat_id="DE123456789", postal_code="5941", website="not a site", employees=-1
    )
    assert fields_of(validate_organisation(bad)) == [
        "name",
        "vat_id",
        "postal_code",
        "website",
        "employees",
    ]
    good = OrganisationInput(
        name="Hellweg Stanztechnik GmbH",
        vat_id="DE 136 695 976",
        postal_code="59423",
        website="www.hellweg.example",
    )
    assert validate_organisation(good) == []
    assert "DE123456789" in str(validate_organisation(bad)[1])


def test_create_and_update_organisation_is_audited_with_before_and_after(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        organisation = create_organisation(
            session,
            user,
            OrganisationInput(name="Kamen Kunststoff GmbH", city="Kamen"),
            OrganisationKind.MEMBER,
            TODAY,
        )
        assert organisation.membership_status == MembershipStatus.APPLICANT
        update_organisation(
            session,
            user,
            organisation.id,
            OrganisationInput(name="Kamen Kunststoff GmbH", city="Bergkamen", vat_id="de136695976"),
        )
        with pytest.raises(ValidationError) as raised:
            update_organisation(session, user, organisation.id, OrganisationInput(name=""))
        assert raised.value.field == "name"
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == organisation.id)
            .order_by(AuditEntry.id)
        ).all()
        update = next(e for e in entries if e.action == "update")
        assert update.before == {"city": "Kamen", "vat_id": ""}
        assert update.after == {"city": "Bergkamen", "vat_id": "DE136695976"}


def test_sales_profile_change_of_a_member_runs_the_check(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Drehteile Unna GmbH", ["25.62"], ["Drehteile"])
        other = member(session, "Pumpen Hamm GmbH", ["28.13"], ["Pumpen"])
        result = set_sales_profile(
            session,
            office_user(session),
            other.id,
            SalesProfile(["28.13", "25.62"], ["Pumpen"], ["Stahl"]),
        )
        assert result is not None and result.has_conflict
        with pytest.raises(ValidationError) as raised:
            set_sales_profile(session, office_user(session), other.id, SalesProfile(["25"]))
        assert "25" in str(raised.value)


def test_fee_history_gives_the_fee_in_force(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        organisation = member(session, "Beitrag GmbH", ["22.29"])
        set_fee(session, user, organisation.id, dt.date(2020, 1, 1), Decimal("1200.00"))
        set_fee(session, user, organisation.id, dt.date(2025, 1, 1), "2400.5")
        with pytest.raises(ValidationError):
            set_fee(session, user, organisation.id, dt.date(2026, 1, 1), "12.345")
        membership = organisation.membership
        assert membership is not None
        assert membership.fee_on(dt.date(2019, 12, 31)) is None
        assert membership.fee_on(dt.date(2024, 6, 1)) == Decimal("1200.00")
        assert membership.fee_on(TODAY) == Decimal("2400.50")
    with db.reading() as session:
        [row] = list_directory(session, DirectoryFilter(text="Beitrag"), TODAY)
        assert row.annual_fee == Decimal("2400.50")


def test_contact_validation_and_phone_normalisation(db: Database) -> None:
    bad = ContactInput(first_name="Eva", last_name="", email="eva@", phone="12")
    assert fields_of(validate_contact(bad)) == ["last_name", "email", "phone"]
    with db.transaction() as session:
        organisation = member(session, "Kontakt GmbH", ["22.29"])
        contact = create_contact(
            session,
            office_user(session),
            organisation.id,
            ContactInput(
                "Eva",
                "Schröder",
                "Leitung Einkauf",
                "Eva.Schroeder@kontakt.example",
                "02303 123456",
                expertise=["Energieeinkauf", "ISO 50001", "energieeinkauf"],
            ),
        )
        assert contact.phone == "+49 2303 123456"
        assert contact.email == "eva.schroeder@kontakt.example"
        assert [e.name for e in contact.expertise] == ["Energieeinkauf", "ISO 50001"]


def test_who_knows_finds_experts_by_tag_and_function(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        a = member(session, "Druckluft AG", ["28.13"])
        b = member(session, "Strom GmbH", ["27.12"])
        create_contact(
            session,
            user,
            a.id,
            ContactInput(
                "Jörg", "Müller", "Instandhaltung", expertise=["Druckluft", "Schweißtechnik"]
            ),
        )
        create_contact(
            session,
            user,
            b.id,
            ContactInput("Ana", "Kaya", "Energiemanagement", expertise=["ISO 50001"]),
        )
    with db.reading() as session:
        assert [r.name for r in who_knows(session, "druckluft")] == ["Jörg Müller"]
        assert [r.name for r in who_knows(session, "schweisstechnik")] == ["Jörg Müller"]
        assert [r.name for r in who_knows(session, "iso 50001")] == ["Ana Kaya"]
        assert [r.name for r in who_knows(session, "energiemanagement")] == ["Ana Kaya"]
        assert who_knows(session, "Buchhaltung") == []


def test_gdpr_export_and_erase_keep_the_audit_log_meaningful(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        organisation = member(session, "Datenschutz GmbH", ["22.29"])
        contact = create_contact(
            session,
            user,
            organisation.id,
            ContactInput("Max", "Mustermann", email="max@ds.example"),
        )
        update_contact(
            session, user, contact.id, ContactInput("Max", "Mustermann", phone="0231 9876543")
        )
        contact_id = contact.id
    with db.reading() as session:
        exported = export_personal_data(session, contact_id)
        assert exported["contact"]["last_name"] == "Mustermann"
        assert len(exported["history"]) == 2
    with db.transaction() as session:
        erase_contact(session, office_user(session), contact_id)
    with db.reading() as session:
        assert session.get(Contact, contact_id) is None
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == "contact", AuditEntry.entity_id == contact_id)
            .order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["create", "update", "erase"]
        text = repr([(e.summary, e.before, e.after) for e in entries])
        assert "Mustermann" not in text and "max@ds.example" not in text and "9876543" not in text
        assert all(e.user.login == "test.user" for e in entries)


def test_directory_searches_in_the_database_across_fields(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        a = member(session, "Märkische Armaturen GmbH", ["28.14"], ["Industriearmaturen"])
        member(session, "Hammer Werkzeugbau KG", ["25.73"], ["Stanzwerkzeuge"])
        applicant(session, "Lüner Lackiererei GmbH", ["25.61"], ["Pulverbeschichtung"])
        create_contact(
            session,
            user,
            a.id,
            ContactInput("Ute", "Berg", "Leitung Einkauf", expertise=["Zoll und Export"]),
        )
        customer = create_organisation(
            session, user, OrganisationInput(name="Kunde Ahlen AG"), OrganisationKind.CUSTOMER
        )
        assert customer.membership_status is None

    def names(**criteria: object) -> list[str]:
        with db.reading() as session:
            return [r.name for r in list_directory(session, DirectoryFilter(**criteria), TODAY)]  # type: ignore[arg-type]

    assert names(text="markische") == ["Märkische Armaturen GmbH"]  # umlauts folded
    assert names(text="MÄRKISCHE") == ["Märkische Armaturen GmbH"]
    assert names(text="25.73") == ["Hammer Werkzeugbau KG"]
    assert names(text="armaturen") == ["Märkische Armaturen GmbH"]  # product market and NACE
    assert names(text="zoll export") == ["Märkische Armaturen GmbH"]  # expertise, every word
    assert names(text="berg") == ["Märkische Armaturen GmbH"]  # contact name
    assert names(statuses={MembershipStatus.APPLICANT}) == ["Lüner Lackiererei GmbH"]
    assert names(kinds={OrganisationKind.CUSTOMER}) == ["Kunde Ahlen AG"]
    assert names(text="100%_") == []  # LIKE wildcards are escaped
    with db.reading() as session:
        rows = list_directory(session, DirectoryFilter(text="Märkische"), TODAY)
        assert rows[0].contacts == 1 and rows[0].codes == "28.14"
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
