"""The bilingual glossary of industrial product terms the competitor check matches with.

The shipped list is ``resources/data/product_glossary.csv``: one row per
product (or material, or process), with its German term, its English term,
further synonyms and spellings in either language (separated by ``|``), the
German term of a broader entry ("Kreiselpumpe" → "Pumpe") and its kind. The
office adds entries of its own in the app (``office_glossary``); both lists
together make the glossary the matcher uses.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources


class TermKind(StrEnum):
    """What a glossary entry names. Materials are inputs: as a modifier they never count."""

    PRODUCT = "product"
    MATERIAL = "material"
    PROCESS = "process"


@dataclass(frozen=True)
class GlossaryTerm:
    """One product term in German and English, with synonyms and a broader term."""

    german: str
    english: str
    synonyms: tuple[str, ...] = ()
    broader: str = ""
    kind: TermKind = TermKind.PRODUCT
    office_id: int | None = None  # set for the office's own entries

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every way of writing the term: German, English, synonyms."""
        return (self.german, self.english, *self.synonyms)


def split_synonyms(text: str) -> tuple[str, ...]:
    """``"a| b |a"`` → ``("a", "b")``: trimmed, empty and repeated ones left out."""
    seen: dict[str, None] = {}
    for part in text.split("|"):
        part = part.strip()
        if part and part.lower() not in {key.lower() for key in seen}:
            seen[part] = None
    return tuple(seen)


def parse_glossary(text: str) -> list[GlossaryTerm]:
    """The entries of a glossary CSV (header ``de,en,synonyms,broader,kind``)."""
    entries = []
    for row in csv.DictReader(io.StringIO(text)):
        german = (row.get("de") or "").strip()
        if not german:
            continue
        entries.append(
            GlossaryTerm(
                german=german,
                english=(row.get("en") or "").strip(),
                synonyms=split_synonyms(row.get("synonyms") or ""),
                broader=(row.get("broader") or "").strip(),
                kind=TermKind((row.get("kind") or "product").strip() or "product"),
            )
        )
    return entries


@cache
def file_entries() -> tuple[GlossaryTerm, ...]:
    """The glossary shipped with NIRO Desk."""
    text = (resources.files("niro_desk.resources") / "data" / "product_glossary.csv").read_text(
        encoding="utf-8"
    )
    return tuple(parse_glossary(text))
