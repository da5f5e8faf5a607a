"""Locale-aware display and input of money, numbers and dates (Decimal-safe, Babel).

German: ``1.234,56 €`` and ``22.11.2026``; English (en_GB): ``€1,234.56`` and
``22/11/2026``. QLocale cannot format Decimal currency in PySide6 6.12, Babel can.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

_LOCALES = {"de": "de_DE", "en": "en_GB"}
_DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "dd/MM/yyyy"}


def babel_locale(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def format_money(amount: Decimal | None, language: str, currency: str = "EUR") -> str:
    """``1.234,56 €`` in German, ``€1,234.56`` in English; empty for None."""
    if amount is None:
        return ""
    return format_currency(amount, currency, locale=babel_locale(language))


def format_number(value: Decimal | int | None, language: str, places: int | None = None) -> str:
    """A number with grouping; ``places`` fixes the decimals shown."""
    if value is None:
        return ""
    pattern = None
    if places is not None:
        pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=babel_locale(language))


def parse_number(text: str, language: str) -> Decimal:
    """Parse user input such as ``1.234,56`` (German) exactly; ValueError when it isn't one."""
    cleaned = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ValueError("empty")
    try:
        return Decimal(parse_decimal(cleaned, locale=babel_locale(language), strict=True))
    except (NumberFormatError, InvalidOperation) as error:
        raise ValueError(text) from error


def format_date(value: dt.date | None, language: str) -> str:
    """``22.11.2026`` in German, ``22/11/2026`` in English; empty for None."""
    if value is None:
        return ""
    pattern = _DATE_PATTERNS.get(language, _DATE_PATTERNS["en"])
    return value.strftime(pattern.replace("dd", "%d").replace("MM", "%m").replace("yyyy", "%Y"))


def qt_date_pattern(language: str) -> str:
    """The QDateEdit display format matching ``format_date``."""
    return _DATE_PATTERNS.get(language, _DATE_PATTERNS["en"])
