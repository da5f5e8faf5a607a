"""The directory search: umlaut spellings, escaped wildcards, bounded input, timeouts, SQL order.

Every test that takes ``db``/``demo_db`` runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import time

import pytest
from membership_builders import TODAY, applicant, member, office_user
from sqlalchemy import text

from niro_desk import large_network
from niro_desk.database import STATEMENT_TIMEOUT_MS, Database
from niro_desk.errors import StatementTimeout
from niro_desk.membership import directory_search
from niro_desk.membership.contacts import (
    ContactInput,
    create_contact,
    delete_contact,
    erase_contact,
    update_contact,
    who_knows,
)
from niro_desk.membership.member_directory import (
    FIRST_PAGE,
    PAGE_SIZE,
    DirectoryFilter,
    DirectorySort,
    directory_count,
    directory_page,
    list_directory,
    search_directory,
)
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    search_industry_classes,
    set_sales_profile,
    update_organisation,
)
from niro_desk.models import OrganisationKind
from niro_desk.search_text import (
    MAX_WORD_LENGTH,
    MAX_WORDS,
    like_escape,
    plain_fold,
    search_fold,
    search_words,
)

# -- folding and bounds (no database) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Mueller", "Müller"),
        ("Müller", "Mueller"),
        ("MÜLLER", "müller"),
        ("Strasse", "Straße"),
        ("Straße", "STRASSE"),
        ("Koeln", "Köln"),
        ("Kaese", "Käse"),
        ("Käse", "Kaese"),
        ("Ärzte", "AERZTE"),
        ("Citroën", "Citroen"),
    ],
)
def test_umlauts_and_their_spellings_fold_alike(typed: str, stored: str) -> None:
    assert search_fold(typed) == search_fold(stored)


def test_bare_vowels_have_their_own_fold() -> None:
    assert plain_fold("Müller") == plain_fold("Muller") == "muller"
    assert plain_fold("Straße") == "strasse"


def test_like_wildcards_are_escaped() -> None:
    assert like_escape("100%_a\\b") == "100\\%\\_a\\\\b"


def test_a_search_asks_for_a_bounded_number_of_bounded_words() -> None:
    paragraph = " ".join(f"wort{number}" for number in range(2_000))
    asked = search_words(paragraph)
    assert len(asked.words) == MAX_WORDS and asked.limited
    long = search_words("x" * 100_000)
    assert long.words == ("x" * MAX_WORD_LENGTH,) and long.limited
    assert search_words("Müller müller MUELLER").words == ("mueller",)
    assert not search_words("Müller Unna").limited


def test_nul_and_lone_surrogates_are_dropped() -> None:
    assert search_words("ab\x00cd").words == ("ab", "cd")
    assert search_words("ab\ud800cd \udfff").words == ("abcd",)
    assert search_words("\x00\ud800").words == ()


# -- on both databases -----------------------------------------------------------------------------


def _names(db: Database, text: str, **criteria: object) -> list[str]:
    with db.reading() as session:
        rows = list_directory(session, DirectoryFilter(text=text, **criteria), TODAY)  # type: ignore[arg-type]
        return [row.name for row in rows]


@pytest.fixture
def umlaut_network(db: Database) -> Database:
    with db.transaction() as session:
        user = office_user(session)
        member(session, "Müller Metallbau GmbH", ["25.11"], ["Stahltreppen"])
        member(session, "Mueller Drehteile KG", ["25.62"], ["Drehteile"])
        target = applicant(session, "Hafenstraße Logistik GmbH", [], ["Lagerlogistik"])
        create_contact(session, user, target.id, ContactInput("Jörg", "Strasser", "Schweißer"))
        applicant(session, "Koeln Kunststoff AG", ["22.29"], ["Kunststoffteile"])
    return db


def test_ue_oe_ae_ss_find_umlauts_in_both_directions(umlaut_network: Database) -> None:
    db = umlaut_network
    both = ["Mueller Drehteile KG", "Müller Metallbau GmbH"]
    assert _names(db, "Mueller") == both
    assert _names(db, "Müller") == both
    assert _names(db, "MÜLLER") == both
    assert _names(db, "Muller") == ["Müller Metallbau GmbH"]  # the bare vowel, as before
    assert _names(db, "Hafenstrasse") == ["Hafenstraße Logistik GmbH"]
    assert _names(db, "Straße") == ["Hafenstraße Logistik GmbH"]  # also contact "Strasser"
    assert _names(db, "Strasser") == ["Hafenstraße Logistik GmbH"]
    assert _names(db, "Straßer") == ["Hafenstraße Logistik GmbH"]
    assert _names(db, "Köln") == ["Koeln Kunststoff AG"]
    assert _names(db, "schweisser") == ["Hafenstraße Logistik GmbH"]  # contact's function


def test_who_knows_treats_spellings_alike_and_escapes(umlaut_network: Database) -> None:
    with umlaut_network.reading() as session:
        assert [row.name for row in who_knows(session, "Schweisser")] == ["Jörg Strasser"]
        assert [row.name for row in who_knows(session, "Schweißer")] == ["Jörg Strasser"]
        assert who_knows(session, "%") == []
        assert who_knows(session, "_") == []


def test_like_wildcards_match_only_themselves(umlaut_network: Database) -> None:
    db = umlaut_network
    for wildcard in ("%", "_", "%%", "2_.11", "25.1_", "M%ller", "\\"):
        assert _names(db, wildcard) == [], wildcard
    with db.reading() as session:
        for wildcard in ("%", "_", "2_.62", "%stahl"):
            assert search_industry_classes(session, wildcard) == [], wildcard
        assert [code.code for code in search_industry_classes(session, "25.62")] == ["25.62"]


def test_nace_classes_are_searched_by_code_and_title(umlaut_network: Database) -> None:
    db = umlaut_network
    assert _names(db, "25.62") == ["Mueller Drehteile KG"]
    assert _names(db, "25.") == ["Mueller Drehteile KG", "Müller Metallbau GmbH"]
    assert _names(db, "mechanik") == ["Mueller Drehteile KG"]  # "Mechanik a. n. g." (25.62)


def test_hostile_searches_end_quickly_without_an_error(umlaut_network: Database) -> None:
    db = umlaut_network
    paragraph = " ".join(f"Absatz{number} mit Wörtern" for number in range(1_000))
    for hostile in (
        paragraph,
        "a" * 100_000,
        " ".join("x" * 5_000 for _ in range(50)),
        "Müller\x00",
        "\x00",
        "M\ud800üller",
        "\udfff",
    ):
        started = time.perf_counter()
        with db.reading() as session:
            result = search_directory(session, DirectoryFilter(text=hostile), today=TODAY)
        assert time.perf_counter() - started < 2.0
        assert result.total >= 0
    with db.reading() as session:
        assert search_directory(session, DirectoryFilter(text=paragraph)).limited
        assert search_directory(session, DirectoryFilter(text="Müller\x00")).total == 2
        assert search_directory(session, DirectoryFilter(text="M\ud800üller")).total == 2


def test_postgresql_sessions_have_a_statement_timeout(db: Database, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite has no server that could keep running")
    with db.reading() as session:
        shown = session.scalar(text("SHOW statement_timeout"))
        assert shown == f"{STATEMENT_TIMEOUT_MS // 1000 // 60}min"
        directory_count(session, DirectoryFilter(text="x"))
        assert session.scalar(text("SHOW statement_timeout")) == "5s"  # a search's own
    with db.reading() as session:
        session.execute(text("SET LOCAL statement_timeout = 50"))
        with pytest.raises(StatementTimeout) as raised:
            session.execute(text("SELECT pg_sleep(2)"))
        assert "took too long" in str(raised.value)


# -- the search text stays current ----------------------------------------------------------------


def test_every_service_keeps_the_search_text_current(demo_db: Database) -> None:
    db = demo_db
    with db.reading() as session:
        assert directory_search.stale_rows(session.connection()) == []
        first = list_directory(session, DirectoryFilter(kinds={OrganisationKind.MEMBER}))[0]
    with db.transaction() as session:
        user = office_user(session)
        update_organisation(
            session, user, first.id, OrganisationInput(name="Zwölfender Haken GmbH", city="Wörth")
        )
        contact = create_contact(
            session, user, first.id, ContactInput("Grete", "Quaßel", expertise=["Zollrecht"])
        )
        update_contact(
            session,
            user,
            contact.id,
            ContactInput("Grete", "Quassel-Öz", "Einkäuferin", expertise=["Gefahrgut"]),
        )
        set_sales_profile(session, user, first.id, SalesProfile(["25.62"], ["Spiralbohrer"], []))
    with db.reading() as session:
        assert directory_search.stale_rows(session.connection()) == []
    assert _names(db, "Zwoelfender") == ["Zwölfender Haken GmbH"]
    assert _names(db, "woerth quassel-oez einkaeuferin gefahrgut spiralbohrer") == [
        "Zwölfender Haken GmbH"
    ]
    with db.transaction() as session:
        erase_contact(session, office_user(session), contact.id)
    assert _names(db, "Quassel") == []
    with db.transaction() as session:
        other = create_contact(session, office_user(session), first.id, ContactInput("A", "Öxqwü"))
    assert _names(db, "Oexqwue") == ["Zwölfender Haken GmbH"]
    with db.transaction() as session:
        delete_contact(session, office_user(session), other.id)
    assert _names(db, "Oexqwue") == []
    with db.reading() as session:
        assert directory_search.stale_rows(session.connection()) == []


# -- order and pages ---------------------------------------------------------------------------


@pytest.fixture
def large_db(db: Database) -> Database:
    large_network.fill(db, organisations=600, contacts=1_500)
    return db


def test_the_large_network_is_realistic(large_db: Database) -> None:
    with large_db.reading() as session:
        rows = list_directory(session, DirectoryFilter())
        assert len(rows) == 600
        assert directory_search.stale_rows(session.connection()) == []
        assert sum(row.contacts for row in rows) == 1_500
        assert all(row.codes for row in rows)
        assert any(" GmbH" in row.name for row in rows) and any(" KG" in row.name for row in rows)
    with large_db.transaction() as session:  # the sequences moved past the generated ids
        applicant(session, "Neu nach dem Generator GmbH", ["25.62"], ["Drehteile"])


@pytest.mark.parametrize("sort", list(DirectorySort))
def test_pages_follow_the_order_sorted_in_sql(large_db: Database, sort: DirectorySort) -> None:
    criteria = DirectoryFilter(kinds={OrganisationKind.MEMBER}, sort=sort, descending=True)
    with large_db.reading() as session:
        total = directory_count(session, criteria)
        paged = []
        while len(paged) < total:
            page = directory_page(session, criteria, len(paged), 37, TODAY, total)
            assert page
            paged.extend(page)
        everything = list_directory(session, criteria, TODAY)
    assert [row.id for row in paged] == [row.id for row in everything]
    assert len({row.id for row in paged}) == total > PAGE_SIZE
    key = {
        DirectorySort.NAME: lambda row: search_fold(row.name),
        DirectorySort.CONTACTS: lambda row: row.contacts,
        DirectorySort.EMPLOYEES: lambda row: row.employees or -1,
        DirectorySort.FEE: lambda row: row.annual_fee if row.annual_fee is not None else -1,
        DirectorySort.CITY: lambda row: search_fold(row.city),
        DirectorySort.CODES: lambda row: row.codes.split(",")[0],
    }.get(sort)
    if key is not None:
        values = [key(row) for row in paged]
        assert values == sorted(values, reverse=True)  # type: ignore[type-var]


def test_a_search_matches_its_count(large_db: Database) -> None:
    with large_db.reading() as session:
        for words in ("", "gmbh", "müller präzision", "25.", "schweißtechnik", "zzzz"):
            criteria = DirectoryFilter(text=words, kinds={OrganisationKind.MEMBER})
            result = search_directory(session, criteria, today=TODAY)
            assert result.total == len(list_directory(session, criteria, TODAY))
            assert len(result.rows) == min(FIRST_PAGE, result.total)
