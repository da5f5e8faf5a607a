"""Finding the header row of a sheet and which column holds which field.

People rename, reorder and re-spell columns: ``HeaderMatcher`` maps every
accepted header (the export's own words in each language plus aliases such as
"Firma" for "Name") to a field, comparing ``header_key``\\ s, which ignore
case, spaces, punctuation and umlaut spelling ("Straße" = "Strasse" =
"strasse", "Gründungsmitglied" = "Gruendungsmitglied").

``find_header(rows, matcher, required=..., search_rows=20)`` looks for the
first row (among the first ``search_rows``) that names every required field
and at least two fields; it returns a ``HeaderRow`` with the known columns
(field → position and header as written), columns that repeat a field
(``duplicates``) and columns nobody knows (``unknown``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from niro_desk.text_keys import fold
from niro_desk.workbook.cell_parsers import cell_text
from niro_desk.workbook.safe_open import SheetRows

HEADER_SEARCH_ROWS = 20


def header_key(text: str) -> str:
    """Case-, space-, punctuation- and umlaut-insensitive form of a column header."""
    key = fold(text).replace(" ", "")
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


class HeaderMatcher:
    """Header text → field, from ``{field: [accepted headers]}`` mappings (first wins)."""

    def __init__(self, *accepted: Mapping[str, Iterable[str]]) -> None:
        self.aliases: dict[str, str] = {}
        for mapping in accepted:
            for name, headers in mapping.items():
                for header in headers:
                    self.aliases.setdefault(header_key(header), name)

    def field(self, header: Any) -> str | None:
        if not isinstance(header, str) or not header.strip():
            return None
        return self.aliases.get(header_key(header))


@dataclass
class HeaderRow:
    """The header row found in a sheet."""

    index: int
    """Position of the header row in the ``rows`` searched."""
    number: int
    """Its row number in the sheet."""
    columns: dict[str, tuple[int, str]]
    """field → (position in a row, header as written)."""
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)
    """(position, header, header of the column it repeats)."""
    unknown: list[tuple[int, str]] = field(default_factory=list)
    """(position, header) of columns the matcher does not know."""

    def position(self, header: str) -> int:
        """Where a column with this header stands (for sorting problems); -1 if nowhere."""
        for index, written in self.columns.values():
            if written == header:
                return index
        return -1


def find_header(
    rows: SheetRows,
    matcher: HeaderMatcher,
    *,
    required: Iterable[str] = ("name",),
    minimum_fields: int = 2,
    search_rows: int = HEADER_SEARCH_ROWS,
) -> HeaderRow | None:
    """The first row naming every required field (and ``minimum_fields``), or None."""
    needed = set(required)
    for index, (number, values) in enumerate(rows):
        if number > search_rows:
            break
        columns: dict[str, tuple[int, str]] = {}
        duplicates: list[tuple[int, str, str]] = []
        unknown: list[tuple[int, str]] = []
        for position, value in enumerate(values):
            name = matcher.field(value)
            if name is None:
                text = cell_text(value)
                if text:
                    unknown.append((position, text))
                continue
            if name in columns:
                duplicates.append((position, value.strip(), columns[name][1]))
            else:
                columns[name] = (position, value.strip())
        if needed <= columns.keys() and len(columns) >= minimum_fields:
            return HeaderRow(index, number, columns, duplicates, unknown)
    return None
