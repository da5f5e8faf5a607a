"""Normalised product-market terms: tolerant of spelling variants and DE/EN words.

"Hydraulikpumpen", "Hydraulik-Pumpen" and "hydraulic pumps" all reduce to
terms that meet in "pump"; "Blechbiegeteile" and "Biegeteile" meet in
"biegeteil". Generic words ("Teile", "Systeme", "Produkte") never make an
overlap on their own.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from niro_desk.text_keys import fold

# English words (and a few German variants) mapped to one German stem.
SYNONYMS: dict[str, str] = {
    "pump": "pumpe",
    "pumps": "pumpe",
    "valve": "ventil",
    "valves": "ventil",
    "armature": "armatur",
    "fittings": "armatur",
    "spring": "feder",
    "springs": "feder",
    "casting": "guss",
    "castings": "guss",
    "gusstei": "guss",
    "gear": "getriebe",
    "gears": "getriebe",
    "gearbox": "getriebe",
    "gearboxes": "getriebe",
    "gearwheel": "zahnrad",
    "cogwheel": "zahnrad",
    "zahnraeder": "zahnrad",
    "screw": "schraube",
    "screws": "schraube",
    "bolt": "schraube",
    "bolts": "schraube",
    "bearing": "lager",
    "bearings": "lager",
    "hydraulic": "hydraulik",
    "hydraulics": "hydraulik",
    "pneumatic": "pneumatik",
    "pneumatics": "pneumatik",
    "sheet": "blech",
    "metal": "metall",
    "bending": "biege",
    "bent": "biege",
    "stamping": "stanz",
    "stampings": "stanz",
    "punching": "stanz",
    "pressing": "press",
    "pressings": "press",
    "welding": "schweiss",
    "welded": "schweiss",
    "assembly": "baugruppe",
    "assemblies": "baugruppe",
    "machine": "maschine",
    "machines": "maschine",
    "machinery": "maschine",
    "tool": "werkzeug",
    "tools": "werkzeug",
    "mould": "form",
    "moulds": "form",
    "mold": "form",
    "molds": "form",
    "conveyor": "foerder",
    "conveyors": "foerder",
    "turned": "dreh",
    "turning": "dreh",
    "milled": "fraes",
    "milling": "fraes",
    "forging": "schmiede",
    "forgings": "schmiede",
    "plastic": "kunststoff",
    "plastics": "kunststoff",
    "injection": "spritzguss",
    "coating": "beschichtung",
    "coatings": "beschichtung",
    "galvanizing": "verzinkung",
    "packaging": "verpackung",
    "cable": "kabel",
    "cables": "kabel",
    "motor": "motor",
    "motors": "motor",
    "engine": "motor",
    "engines": "motor",
    "compressor": "kompressor",
    "compressors": "kompressor",
    "verdichter": "kompressor",
    "filter": "filter",
    "filters": "filter",
    "control": "steuerung",
    "controls": "steuerung",
    "cabinet": "schrank",
    "cabinets": "schrank",
    "switchgear": "schaltanlage",
    "furnace": "ofen",
    "furnaces": "ofen",
    "oven": "ofen",
    "crane": "kran",
    "cranes": "kran",
    "wire": "draht",
    "wires": "draht",
    "tube": "rohr",
    "tubes": "rohr",
    "pipe": "rohr",
    "pipes": "rohr",
    "parts": "teil",
    "part": "teil",
    "components": "komponente",
    "systems": "system",
    "products": "produkt",
    "equipment": "ausruestung",
    "agricultural": "landtechnik",
    "automotive": "automobil",
    "cold": "kalt",
    "forming": "umform",
    "formed": "umform",
}

# Words too general to make two markets the same on their own.
GENERIC = frozenset(
    {
        "teil",
        "teile",
        "komponente",
        "system",
        "produkt",
        "ausruestung",
        "zubehoer",
        "und",
        "fuer",
        "von",
        "mit",
        "the",
        "and",
        "for",
        "of",
        "industrie",
        "industrial",
        "technik",
        "anlage",
        "anlagen",
        "bau",
        "sonder",
        "service",
        "handel",
        "loesung",
        "metall",
    }
)
_ENDINGS = ("ungen", "en", "er", "es", "e", "n", "s")
MIN_COMPOUND_TAIL = 4


def _strip_ending(word: str) -> str:
    for ending in _ENDINGS:
        if len(word) - len(ending) >= 4 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def stem(word: str) -> str:
    """A crude German/English stem: English synonyms mapped, plural endings off."""
    word = SYNONYMS.get(word, word)
    base = _strip_ending(word)
    return _strip_ending(SYNONYMS[base]) if base in SYNONYMS else base


_ARTICLES = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "a",
        "an",
        "in",
        "im",
        "auf",
        "aus",
        "zur",
        "zum",
        "on",
        "to",
        "by",
        "with",
        "all",
        "alle",
    }
)
_ADJECTIVE_ENDINGS = (
    "isch",
    "ische",
    "ischer",
    "isches",
    "ischen",
    "ischem",
    "ical",
    "ic",
    "lich",
    "liche",
    "licher",
    "liches",
    "lichen",
    "al",
)


def _is_modifier(word: str) -> bool:
    """Articles and adjectives ("technische", "elektrisch", "industrial") describe, not name."""
    return word in _ARTICLES or (
        len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and word not in SYNONYMS
    )


_GENERIC_STEMS = GENERIC | {stem(word) for word in GENERIC}


@lru_cache(maxsize=4096)
def terms(market: str) -> frozenset[str]:
    """The significant stems of a product-market name (modifiers left out)."""
    all_words = fold(market).split()
    words = [word for word in all_words if not _is_modifier(word)] or all_words
    stems = {stem(word) for word in words}
    joined = stem("".join(words)) if len(words) > 1 else None
    if joined:
        stems.add(joined)
    return frozenset(term for term in stems if term not in _GENERIC_STEMS and len(term) >= 3)


def _terms_meet(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= MIN_COMPOUND_TAIL and longer.endswith(shorter):
        return True  # German compound: "hydraulikpump" ends with "pump"
    return len(shorter) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.9


def markets_overlap(first: str, second: str) -> bool:
    """True when two product-market names describe the same market."""
    if fold(first).replace(" ", "") == fold(second).replace(" ", ""):
        return True
    return any(_terms_meet(a, b) for a in terms(first) for b in terms(second))
