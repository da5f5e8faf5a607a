"""Formula injection: text that Excel would run as a formula is written as text.

openpyxl turns a string starting with ``=`` into a live formula, and Excel
re-reads text starting with ``+ - @`` (or tab/CR) as a formula once someone
edits the cell. ``safe_cell`` gives such text a leading apostrophe. One
exception keeps phone numbers readable: ``+`` or ``-`` followed only by
digits, spaces and ``. / ( ) -`` (such as ``+49 2303 123456``) cannot name a
cell, a function or another program, so it is written as it is.
``unquote_cell`` undoes ``safe_cell`` when a file we wrote comes back in.
"""

from __future__ import annotations

import re
from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER_LIKE = re.compile(r"[+-][\d ./()-]*\d[\d ./()-]*")
"""Sign, then digits and punctuation only: no reference, function or DDE call possible."""

_Value = TypeVar("_Value")


def safe_cell(value: _Value) -> _Value | str:
    """``value`` ready for a cell: text that Excel could read as a formula gets a leading '.

    Numbers, dates, booleans and None pass unchanged, and so do phone-number-like
    texts such as ``+49 2303 123456``.
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER_LIKE.fullmatch(value):
        return value
    return QUOTE + value


def unquote_cell(text: str) -> str:
    """Undo ``safe_cell`` on text read back from a workbook."""
    if text.startswith(QUOTE) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
