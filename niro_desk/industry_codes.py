"""NACE Rev. 2 / WZ 2008 codes as people type them, and the class search of the picker.

``normalise_code`` turns what the office types or an Excel cell holds into
the code the reference data uses: "25.62", "25.62.0" (the German WZ
subclass), "2562", "25620", "C 25.62", "c25.62", "25,62" all give "25.62";
"25" is the division, "25.6" the group, "C" the section. A section letter
that does not match the division ("A 25.62") is refused, not ignored. The
picker, the sales-profile service and the member import all read codes
through this function, so every front end accepts the same forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from niro_desk.models import IndustryCode
from niro_desk.reference_data import read_nace_codes

_SECTION = re.compile(r"^([A-Ua-u])(?![A-Za-z])[\s.\-:]*")
_SEPARATOR = re.compile(r"\s*[.,]\s*|\s+")
# 2 digits; then the group digit, the class digit and the WZ subclass digit, dots optional
_DIGITS = re.compile(r"(\d{2})\.?(?:(\d)(?:(\d)(?:\.?(\d))?)?)?\.?")


@dataclass(frozen=True)
class ParsedCode:
    """A code in the reference data's form, with its level."""

    code: str
    level: str  # section | division | group | class


@cache
def _section_of_division() -> dict[str, str]:
    return {row.code: row.parent for row in read_nace_codes() if row.level == "division"}


def divisions_of_section(section: str) -> list[str]:
    """The two-digit divisions of a section letter (e.g. "C" → "10" … "33")."""
    return sorted(d for d, s in _section_of_division().items() if s == section.upper())


def parse_code(text: str) -> ParsedCode | None:
    """The code ``text`` stands for, or None when it is no NACE/WZ code form.

    The form is checked, not whether the code exists: "99.99" parses as a
    class (the services then find it is unknown). A WZ subclass ("25.62.0")
    is read as its class; a section letter must belong to the division.
    """
    rest = text.strip()
    section: str | None = None
    letter = _SECTION.match(rest)
    if letter is not None:
        section = letter[1].upper()
        rest = rest[letter.end() :]
    if not rest:
        return ParsedCode(section, "section") if section else None
    match = _DIGITS.fullmatch(_SEPARATOR.sub(".", rest))
    if match is None:
        return None
    division, group, klass = match[1], match[2], match[3]
    if section is not None and _section_of_division().get(division) != section:
        return None
    if group is None:
        return ParsedCode(division, "division")
    if klass is None:
        return ParsedCode(f"{division}.{group}", "group")
    return ParsedCode(f"{division}.{group}{klass}", "class")  # a WZ subclass reads as its class


def normalise_code(text: str) -> str | None:
    """``text`` in the reference data's form ("C 25.62" → "25.62"), or None."""
    parsed = parse_code(text)
    return parsed.code if parsed else None


def normalise_class_code(text: str) -> str | None:
    """The four-digit class ``text`` stands for ("2562", "25.62.0" → "25.62"), else None."""
    parsed = parse_code(text)
    return parsed.code if parsed and parsed.level == "class" else None


def find_class(session: Session, text: str) -> IndustryCode | None:
    """The NACE class ``text`` names in any accepted form, or None."""
    code = normalise_class_code(text)
    if code is None:
        return None
    found = session.get(IndustryCode, code)
    return found if found is not None and found.level == "class" else None


def _code_condition(parsed: ParsedCode) -> ColumnElement[bool]:
    if parsed.level == "class":
        return IndustryCode.code == parsed.code
    if parsed.level == "section":
        divisions = divisions_of_section(parsed.code)
        return or_(*(IndustryCode.code.startswith(f"{d}.") for d in divisions))
    prefix = parsed.code if parsed.level == "group" else f"{parsed.code}."
    return IndustryCode.code.startswith(prefix, autoescape=True)


def search_industry_classes(session: Session, text: str, limit: int = 50) -> list[IndustryCode]:
    """NACE classes matching ``text``: a code in any accepted form, or words.

    A whole code ("C 25.62", "2562", "25.6", "25") finds that class, or the
    classes of that group, division or section. Otherwise every word must
    occur in the German or the English title (case and umlauts ignored), or
    be the start of a code.
    """
    from niro_desk.search_text import contains_folded

    query = select(IndustryCode).where(IndustryCode.level == "class")
    whole = parse_code(text)
    if whole is not None:
        query = query.where(_code_condition(whole))
    else:
        words = text.split()
        if not words:
            return []
        for word in words:
            parsed = parse_code(word)
            conditions = [
                contains_folded(IndustryCode.title_de, word),
                contains_folded(IndustryCode.title_en, word),
            ]
            if parsed is not None and parsed.level != "section":
                conditions.append(_code_condition(parsed))
            query = query.where(or_(*conditions))
    return list(session.scalars(query.order_by(IndustryCode.code).limit(limit)))
