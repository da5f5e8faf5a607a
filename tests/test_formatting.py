"""Locale-aware display and input of money, numbers and dates (niro_desk.formatting)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from niro_desk.formatting import (
    format_date,
    format_money,
    format_number,
    parse_number,
    qt_date_pattern,
)

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        (Decimal("1234.56"), "de", f"1.234,56{NBSP}€"),
        (Decimal("1234.56"), "en", "€1,234.56"),
        (Decimal("0.1"), "de", f"0,10{NBSP}€"),
        (Decimal("-0.5"), "de", f"-0,50{NBSP}€"),
        (Decimal("1234567.89"), "de", f"1.234.567,89{NBSP}€"),
        (Decimal("1234567.89"), "en", "€1,234,567.89"),
    ],
)
def test_format_money(amount: Decimal, language: str, expected: str) -> None:
    assert format_money(amount, language) == expected


def test_format_money_keeps_a_decimal_exact() -> None:
    # A float on the way would print 0,30000000000000004 or round unpredictably.
    total = Decimal("0.1") + Decimal("0.1") + Decimal("0.1")
    assert format_money(total, "de") == f"0,30{NBSP}€"
    assert format_money(Decimal("99999999999999.99"), "en") == "€99,999,999,999,999.99"


def test_format_money_of_nothing_is_empty() -> None:
    assert format_money(None, "de") == ""
    assert format_money(None, "en") == ""


def test_format_number() -> None:
    assert format_number(Decimal("1234.5"), "de", places=2) == "1.234,50"
    assert format_number(Decimal("1234.5"), "en", places=2) == "1,234.50"
    assert format_number(1234567, "de") == "1.234.567"
    assert format_number(None, "de") == ""


def test_format_date() -> None:
    day = dt.date(2026, 11, 22)
    assert format_date(day, "de") == "22.11.2026"
    assert format_date(day, "en") == "22/11/2026"
    assert format_date(dt.date(2026, 1, 5), "de") == "05.01.2026"  # four-digit year, padded
    assert format_date(None, "de") == ""


def test_qt_date_pattern_has_four_digit_years() -> None:
    assert qt_date_pattern("de") == "dd.MM.yyyy"
    assert qt_date_pattern("en") == "dd/MM/yyyy"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.234,56", "de", Decimal("1234.56")),
        ("1234,56", "de", Decimal("1234.56")),
        (" 1.234,56 € ", "de", Decimal("1234.56")),
        (f"1.234,56{NBSP}€", "de", Decimal("1234.56")),
        ("-3,5", "de", Decimal("-3.5")),
        ("12", "de", Decimal("12")),
        ("1,234.56", "en", Decimal("1234.56")),
        ("1234.56", "en", Decimal("1234.56")),
        ("€1,234.56", "en", Decimal("1234.56")),
    ],
)
def test_parse_number(text: str, language: str, expected: Decimal) -> None:
    parsed = parse_number(text, language)
    assert isinstance(parsed, Decimal)
    assert parsed == expected


def test_parse_number_is_exact() -> None:
    assert parse_number("0,1", "de") * 3 == Decimal("0.3")
    assert parse_number("0,10", "de") == Decimal("0.10")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "de"),
        ("   ", "de"),
        ("abc", "de"),
        ("12a", "en"),
        ("1,2,3", "de"),
        ("1.23.4", "de"),
        ("1.234,56", "en"),  # German input while English is chosen
        ("1,23", "en"),  # a misplaced thousands separator is not guessed at
    ],
)
def test_parse_number_refuses_what_is_not_a_number(text: str, language: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, language)
