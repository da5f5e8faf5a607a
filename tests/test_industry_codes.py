"""NACE / WZ 2008 codes as people type them: parsing, the sales profile, the picker's search."""

from __future__ import annotations

import pytest
from membership_builders import applicant, office_user

from niro_desk.database import Database
from niro_desk.errors import ValidationError
from niro_desk.industry_codes import (
    normalise_class_code,
    normalise_code,
    parse_code,
    search_industry_classes,
)
from niro_desk.membership.organisations import SalesProfile, set_sales_profile
from niro_desk.reference_data import read_nace_codes

CLASS_FORMS = [
    "25.62",
    "25.62.0",  # the German WZ subclass
    "2562",
    "25620",
    "C 25.62",
    "c 25.62",
    "C25.62",
    "c-25.62",
    " 25 . 62 ",
    "25,62",  # German decimal comma, e.g. from Excel
    "25 62",
]


@pytest.mark.parametrize("text", CLASS_FORMS)
def test_every_typed_form_of_a_class_gives_the_class(text: str) -> None:
    assert normalise_class_code(text) == "25.62"


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("25", "25", "division"),
        ("C 25", "25", "division"),
        ("25.6", "25.6", "group"),
        ("256", "25.6", "group"),
        ("C", "C", "section"),
        ("c", "C", "section"),
    ],
)
def test_divisions_groups_and_sections(text: str, code: str, level: str) -> None:
    parsed = parse_code(text)
    assert parsed is not None and (parsed.code, parsed.level) == (code, level)
    assert normalise_class_code(text) is None


@pytest.mark.parametrize("text", ["A 25.62", "Pumpen", "25.6.2", "2562x", "1", "123456", ""])
def test_what_is_no_code_is_refused(text: str) -> None:
    assert normalise_code(text) is None


def test_reference_data_has_every_german_title() -> None:
    codes = read_nace_codes()
    assert len(codes) == 996
    assert all(code.title_de and code.title_en for code in codes)
    titles = {code.code: code.title_de for code in codes}
    assert titles["28.13"] == "Herstellung von Pumpen und Kompressoren a. n. g."


def test_sales_profile_accepts_typed_forms_once_each(db: Database) -> None:
    with db.transaction() as session:
        organisation = applicant(session, "Form GmbH")
        set_sales_profile(
            session,
            office_user(session),
            organisation.id,
            SalesProfile(["C 25.62", "2562", "25.62.0", "28,13"], [], []),
        )
        assert [code.code for code in organisation.sales_codes] == ["25.62", "28.13"]
        with pytest.raises(ValidationError) as raised:
            set_sales_profile(
                session, office_user(session), organisation.id, SalesProfile(["A 25.62"], [], [])
            )
        assert raised.value.field == "codes" and "A 25.62" in str(raised.value)
        with pytest.raises(ValidationError):  # a group is not a class
            set_sales_profile(
                session, office_user(session), organisation.id, SalesProfile(["25.6"], [], [])
            )


@pytest.mark.parametrize("text", ["25.62", "25.62.0", "2562", "C 25.62", "c25.62"])
def test_picker_finds_a_class_by_any_typed_form(db: Database, text: str) -> None:
    with db.reading() as session:
        assert [c.code for c in search_industry_classes(session, text)] == ["25.62"]


def test_picker_finds_by_german_and_english_words(db: Database) -> None:
    with db.reading() as session:
        german = {c.code for c in search_industry_classes(session, "Pumpen")}
        english = {c.code for c in search_industry_classes(session, "pumps")}
        both = [c.code for c in search_industry_classes(session, "Herstellung pumpen kompressoren")]
        umlaut = {c.code for c in search_industry_classes(session, "Bürsten")}
    assert "28.13" in german and "28.13" in english
    assert both == ["28.13"]
    assert "32.91" in umlaut  # Herstellung von Besen und Bürsten


def test_picker_lists_a_group_division_or_section(db: Database) -> None:
    with db.reading() as session:
        group = [c.code for c in search_industry_classes(session, "25.6")]
        division = [c.code for c in search_industry_classes(session, "C 28")]
        section = [c.code for c in search_industry_classes(session, "C", limit=1000)]
    assert group == ["25.61", "25.62"]
    assert division and all(code.startswith("28.") for code in division)
    assert len(section) > 200
    assert all("10" <= code[:2] <= "33" for code in section)


@pytest.mark.parametrize("text", ["%", "_", "%%", "2_.62"])
def test_like_wildcards_match_nothing(db: Database, text: str) -> None:
    with db.reading() as session:
        assert search_industry_classes(session, text) == []
