"""Normalised keys for free words: areas of expertise, product markets, materials.

Two spellings of the same tag get the same key, so "ISO-9001", "iso 9001" and
"ISO 9001" are one area of expertise and "Blech-Biegeteile" / "blech biegeteile"
one product market. The key is lowercase ASCII: umlauts folded (ä→ae, ö→oe,
ü→ue, ß→ss), other accents dropped, every run of punctuation or whitespace
turned into one space, no leading or trailing space. The services and the
competitor check (``niro_desk.membership.market_terms``) all use ``fold`` from
here, so keys written anywhere match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase ASCII words separated by single spaces.

    Cached: imports and the competitor check fold the same words (materials,
    product markets, names) many thousand times.
    """
    text = text.strip().lower().translate(_UMLAUTS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    return _NOT_ALPHANUMERIC.sub(" ", text).strip()


def expertise_key(name: str) -> str:
    """The unique key of an area of expertise, e.g. "CNC-Programmierung" → "cnc programmierung"."""
    return fold(name)


def market_key(name: str) -> str:
    """The key of a product market (or material), e.g. "Blechbiegeteile" → "blechbiegeteile".

    Equal keys mean the same market; the competitor check may compare markets
    more tolerantly (stems, synonyms), but never less so than this.
    """
    return fold(name)
