"""Reading typed values from cells people typed: German and English numbers, dates, yes/no.

Each ``parse_*`` function takes a raw cell value as openpyxl gives it (None,
str, int, float, Decimal, bool, datetime, date) and returns the typed value,
None for an empty cell, or raises ``CellError`` with a translatable message
that quotes the cell. They never raise anything else (a property-based test
feeds them random values): NaN, infinities, 1E309 and numbers too large for
the database are ``CellError``\\ s, not crashes later in the write.

- ``cell_text(value)``: the cell as text (whole floats without ".0", dates as
  DD.MM.YYYY, a leading apostrophe from ``safe_cell`` removed).
- ``shown(value)``: the same, cut to 60 characters, for messages.
- ``parse_text(value, limit)``: text with a length limit.
- ``parse_whole_number(value, minimum, maximum)``: 1200, "1.200", "1,200", 1.2e3.
- ``parse_decimal(value, places, maximum, minimum)``: 1234.56, "1.234,56 €",
  "1234.56"; at most ``places`` decimal places; a float from a formula that is
  off by rounding noise (1234.5600000001) is taken as 1234.56.
- ``parse_date(value)``: a real date cell, "01.03.2024", "1.3.2024", "2024-03-01".
- ``parse_yes_no(value, yes, no)``: booleans, 0/1, and the given words (folded).
- ``split_list(value)``: items separated by "," ";" or line breaks.

Use ``column_limits`` to get ``minimum``/``maximum``/``limit`` from the model's
column, so the check matches what both database engines can store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from typing import Any

from niro_desk.errors import QT_TRANSLATE_NOOP
from niro_desk.formatting import parse_number
from niro_desk.text_keys import fold
from niro_desk.workbook.formula_guard import unquote_cell

NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a whole number.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a date: write it as DD.MM.YYYY (e.g. 01.03.2024)."
)
NOT_YES_NO = QT_TRANSLATE_NOOP("Messages", "“{value}” is neither “ja”/“yes” nor “nein”/“no”.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an amount (e.g. 1.234,56 € or 1234.56)."
)
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The text is longer than {limit} characters.")
NUMBER_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is out of range: the number must lie between {minimum} and {maximum}."
)
TOO_MANY_PLACES = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” has more than {places} decimal place(s)."
)

_MAX_SHOWN = 60
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LIST_SPLIT = re.compile(r"[;,\n]+")
_MAX_NUMBER_TEXT = 60
"""Longer "numbers" are not parsed at all (Decimal work grows with the digits)."""


class CellError(Exception):
    """A cell that cannot be read as the column demands; ``template``/``params`` say why."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """The cell as text, as a person would read it."""
    if value.__class__ is str:  # most cells: the same as the last line, sooner
        return unquote_cell(value.strip())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    return unquote_cell(str(value).strip())


def shown(value: Any) -> str:
    """A cell value as the user would recognise it in a message (at most 60 characters)."""
    text = cell_text(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "…"


def parse_text(value: Any, limit: int | None = None) -> str:
    text = cell_text(value)
    if limit is not None and len(text) > limit:
        raise CellError(TOO_LONG, limit=limit)
    return text


def _number(value: Any) -> Decimal | None:
    """A finite Decimal from a number or German/English number text, else None."""
    number: Decimal | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str) and len(value) <= _MAX_NUMBER_TEXT:
        for language in ("de", "en"):
            try:
                number = parse_number(value, language)
                break
            except (ValueError, ArithmeticError):
                continue
    if number is None or not number.is_finite():
        return None
    return number


def _check_range(value: Any, number: Decimal, minimum: Any, maximum: Any) -> None:
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise CellError(
            NUMBER_OUT_OF_RANGE, value=shown(value), minimum=str(minimum), maximum=str(maximum)
        )


def parse_whole_number(
    value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """A whole number within ``minimum``..``maximum``; None for an empty cell."""
    if is_blank(value):
        return None
    number = _number(value)
    try:
        whole = number is not None and number == number.to_integral_value()
    except (InvalidOperation, ArithmeticError):
        whole = False
    if number is None or not whole:
        raise CellError(NOT_WHOLE_NUMBER, value=shown(value))
    _check_range(value, number, minimum, maximum)
    return int(number)


def parse_decimal(
    value: Any,
    *,
    places: int = 2,
    maximum: Decimal | None = None,
    minimum: Decimal | None = Decimal(0),
) -> Decimal | None:
    """An exact amount with at most ``places`` decimal places, within the bounds."""
    if is_blank(value):
        return None
    number = _number(value)
    if number is None:
        raise CellError(NOT_AN_AMOUNT, value=shown(value))
    _check_range(value, number, minimum, maximum)
    quantum = Decimal(1).scaleb(-places)
    try:
        rounded = number.quantize(quantum)
    except (InvalidOperation, ArithmeticError):
        raise CellError(NOT_AN_AMOUNT, value=shown(value)) from None
    if isinstance(value, float) and abs(number - rounded) < Decimal("0.000001"):
        number = rounded  # 1234.5600000001 from a formula
    if number != rounded:
        raise CellError(TOO_MANY_PLACES, value=shown(value), places=places)
    return rounded


def parse_date(value: Any) -> dt.date | None:
    """A date from a date cell or from DD.MM.YYYY / YYYY-MM-DD text."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        german = _GERMAN_DATE.match(text)
        iso = _ISO_DATE.match(text)
        try:
            if german:
                return dt.date(int(german[3]), int(german[2]), int(german[1]))
            if iso:
                return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            pass
    raise CellError(NOT_A_DATE, value=shown(value))


def parse_yes_no(value: Any, yes: Collection[str], no: Collection[str]) -> bool:
    """True/False from a boolean, 0/1 or one of the words (compared folded)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        if _number(value) in (0, 1):  # NaN and sNaN are neither (and cannot be compared)
            return bool(value)
        raise CellError(NOT_YES_NO, value=shown(value))
    key = fold(cell_text(value))
    if key in yes:
        return True
    if key in no:
        return False
    raise CellError(NOT_YES_NO, value=shown(value))


def split_list(value: Any) -> list[str]:
    """The items of a list cell, spaces tidied, empty items dropped."""
    items = [" ".join(item.split()) for item in _LIST_SPLIT.split(cell_text(value))]
    return [item for item in items if item]
