"""Product-market matching for the competitor check, in German and English.

A market name ("CNC-Drehteile", "hydraulic pumps", "Hydraulik- und
Pneumatikzylinder") is read as one or more *market terms*: a product head and
what narrows it down. The steps:

1. The name is cut into phrases at "und/and/oder/or", commas and slashes; a
   prepositional tail ("Ventile für Hydraulik") narrows its phrase.
2. German compounds are split with CharSplit (``compound_splitter``); the
   glossary decides between the splitter's candidates: the longest known tail
   is the head ("Blech|biegeteile", "Sechskant|schrauben").
3. Words are compared through Snowball stems (German and English), so
   "Pumpen", "Pumpe" and "pumps" are one word, "Zahnraeder" one with
   "Zahnräder".
4. The bilingual glossary (``product_glossary``: file and office entries) maps
   German, English and synonyms to one concept and knows broader terms
   ("Kugellager" → "Wälzlager" → "Lager").
5. Generic heads ("Teile", "parts", "Komponenten", "Systeme", "Anlagen",
   "Service") name no product: the product is what precedes them ("Pumpen|teile"
   are pump parts, not pumps). Words such as "-bau", "-technik", "Hersteller"
   are left out ("Schaltschrankbau" sells control cabinets).
6. Acronyms ("CNC", "LED"), materials ("Edelstahl") and words such as
   "Präzision" or "Industrie" never make a match on their own; two different
   materials keep the same product apart ("Stahlrohre", "Kunststoffrohre").

Two market terms meet when their product heads are the same concept and
neither narrows it to something the other excludes: "Pumpen" meets
"Kreiselpumpen" and "hydraulic pumps", "Kreiselpumpen" does not meet
"Hydraulikpumpen", "Kugellager" does not meet "Gleitlager".

For grouping (e.g. many organisations in one import), ``product_keys(market)``
gives the heads: two markets can only overlap when their keys share one, and
``markets_overlap`` decides within such a group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from niro_desk.membership.compound_splitter import split_points
from niro_desk.membership.product_glossary import GlossaryTerm, TermKind, file_entries
from niro_desk.text_keys import fold

__all__ = [
    "Glossary",
    "MarketTerm",
    "default_glossary",
    "fold",
    "market_terms",
    "markets_overlap",
    "product_keys",
    "terms",
]

_GERMAN = snowballstemmer.stemmer("german")
_ENGLISH = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem_de(word: str) -> str:
    """The German Snowball stem of a folded word ("zahnraeder" → "zahnrad")."""
    return str(_GERMAN.stemWord(word))


@lru_cache(maxsize=65536)
def stem_en(word: str) -> str:
    """The English Snowball stem of a folded word ("pumps" → "pump")."""
    return str(_ENGLISH.stemWord(word))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _stems(text: str) -> frozenset[str]:
    """The German and English stems of the words in ``text``."""
    return frozenset(stem for word in text.split() for stem in (stem_de(word), stem_en(word)))


# Generic heads: the product is named by what precedes them ("Drehteile", "pump service").
_GENERIC_HEADS: dict[str, frozenset[str]] = {
    "parts": _stems(
        "teil teile part parts komponente komponenten component components element elemente"
        " baugruppe baugruppen assembly assemblies stueck ersatzteil ersatzteile spare spares"
        " zubehoer accessories"
    ),
    "equipment": _stems(
        "anlage anlagen system systeme systems plant plants equipment geraet geraete device"
        " devices einrichtung einrichtungen unit units station stationen"
    ),
    "service": _stems(
        "service services dienstleistung dienstleistungen dienst dienste beratung consulting"
        " montage"
    ),
}
# Words that add nothing to the product: "Schaltschrankbau" sells control cabinets.
_DROPPED_HEADS = _stems(
    "bau technik technologie technology technologies herstellung fertigung produktion"
    " manufacturing manufacture production making hersteller manufacturer manufacturers"
    " lieferant supplier suppliers handel trading vertrieb distribution produkt produkte"
    " product products loesung loesungen solution solutions artikel ware waren goods"
    " sortiment programm"
)
# Modifiers that never count on their own, besides acronyms and materials.
_GENERIC_MODIFIERS = _stems(
    "cnc nc led sps plc cad cam oem ems ki ai praezision praezisions precision sonder special"
    " spezial custom individuell individual industrie industrial industriell industrielle"
    " technisch technische technical standard hochwertig hochwertige quality qualitaet premium"
    " komplett complete allgemein general diverse various sonstige other klein small gross"
    " large mini micro mikro modern innovativ innovative neu new hoch high"
    " serien serie series einzel kleinserien lohn auftrags contract"
)
_STOP_WORDS = _words("der das den dem des ein eine einer eines a an the all alle etc usw sowie")
_PREPOSITIONS = _words(
    "fuer for aus from of made in im zur zum zu mit with nach on an auf von to by per fur"
    " ohne without inkl incl including einschliesslich"
)
_PHRASE_BREAK = re.compile(r"[,;/&+()\[\]]|\s(?:und|and|oder|or|sowie|bzw|u)\.?\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# A split the splitter itself finds less likely than this is not taken, known tail or not.
_KNOWN_TAIL_FLOOR = -1.0
# A word with no known tail is only cut where the splitter is sure.
_CONFIDENT_SPLIT = 0.7


def _stems_of(word: str) -> tuple[str, str]:
    return stem_de(word), stem_en(word)


def _generic_class(word: str) -> str | None:
    stems = _stems_of(word)
    for name, words in _GENERIC_HEADS.items():
        if stems[0] in words or stems[1] in words:
            return name
    return None


def _is_dropped(word: str) -> bool:
    de, en = _stems_of(word)
    return de in _DROPPED_HEADS or en in _DROPPED_HEADS


def _is_generic_modifier(word: str) -> bool:
    de, en = _stems_of(word)
    return de in _GENERIC_MODIFIERS or en in _GENERIC_MODIFIERS or word.isdigit()


@dataclass(frozen=True)
class Concept:
    """One glossary entry as the matcher sees it (merged over file and office rows)."""

    id: str
    german: str
    kind: TermKind
    broader: str  # the broader concept's id, or ""


@dataclass(frozen=True)
class MarketTerm:
    """A product head and what narrows it down.

    ``head`` is a glossary concept id (the broadest of its family, "pumpe"), a
    generic head with its product ("pumpe#parts"), or a stem no glossary knows
    ("~buerstenwalz"). ``narrower`` holds the narrower glossary concepts on the
    way to the named one and the modifiers the name adds; ``modifiers`` the
    modifiers alone, including those inside a glossary compound
    ("Hydraulikpumpe" → hydraulik), which may only make terms meet. Materials
    among the modifiers carry the prefix ``m:``: they never make terms meet,
    but two different ones keep them apart ("Stahlrohre", "Kunststoffrohre").
    """

    head: str
    narrower: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()

    def meets(self, other: MarketTerm) -> bool:
        """Same product, and neither narrows it to something the other excludes."""
        if self.head != other.head:
            return False
        mine, theirs = _materials(self.modifiers), _materials(other.modifiers)
        if mine and theirs and not mine & theirs:
            return False
        narrower, other_narrower = self.narrower - mine, other.narrower - theirs
        return (
            narrower <= other_narrower
            or other_narrower <= narrower
            or bool((self.modifiers - mine) & (other.modifiers - theirs))
        )


def _materials(modifiers: frozenset[str]) -> frozenset[str]:
    return frozenset(modifier for modifier in modifiers if modifier.startswith("m:"))


@dataclass(frozen=True)
class _Morph:
    text: str  # folded
    token: int  # which word of the phrase it came from
    generic: bool  # an acronym or a generic modifier


class Glossary:
    """The index of glossary entries: any spelling → concept; analyses cached."""

    def __init__(self, entries: Iterable[GlossaryTerm]) -> None:
        self._concepts: dict[str, Concept] = {}
        self._exact: dict[str, str] = {}
        self._german: dict[str, str] = {}
        self._english: dict[str, str] = {}
        self._terms: dict[str, tuple[MarketTerm, ...]] = {}
        self._parts: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, tuple[tuple[str, bool], ...]] = {}  # word → (morph, generic)
        self._lookups: dict[tuple[str, ...], Concept | None] = {}
        self._implied: dict[str, frozenset[str]] = {}
        for entry in entries:
            self._add(entry)

    # --- index ---------------------------------------------------------------------------

    def _add(self, entry: GlossaryTerm) -> None:
        concept_id = fold(entry.german)
        if not concept_id:
            return
        known = self._concepts.get(concept_id)
        if known is None:
            self._concepts[concept_id] = Concept(
                concept_id, entry.german, entry.kind, fold(entry.broader)
            )
        elif not known.broader and entry.broader:
            self._concepts[concept_id] = Concept(
                concept_id, known.german, known.kind, fold(entry.broader)
            )
        for surface in entry.surfaces:
            folded = fold(surface)
            self._exact.setdefault(folded, concept_id)
            self._exact.setdefault(folded.replace(" ", ""), concept_id)
        self._index(self._german, entry.german, stem_de, concept_id)
        self._index(self._english, entry.english, stem_en, concept_id)
        for synonym in entry.synonyms:
            self._index(self._german, synonym, stem_de, concept_id)
            self._index(self._english, synonym, stem_en, concept_id)

    @staticmethod
    def _index(index: dict[str, str], surface: str, stem: object, concept_id: str) -> None:
        words = fold(surface).split()
        if not words:
            return
        key = " ".join(stem(word) for word in words)  # type: ignore[operator]
        index.setdefault(key, concept_id)
        if len(words) > 1:
            index.setdefault(stem("".join(words)), concept_id)  # type: ignore[operator]

    def concept(self, concept_id: str) -> Concept | None:
        return self._concepts.get(concept_id)

    def lookup(self, words: Sequence[str]) -> Concept | None:
        """The concept a phrase of folded words names, if the glossary knows it."""
        if not words:
            return None
        key = tuple(words)
        if key in self._lookups:
            return self._lookups[key]
        concept = self._lookup(words)
        self._lookups[key] = concept
        return concept

    def _lookup(self, words: Sequence[str]) -> Concept | None:
        found = (
            self._exact.get(" ".join(words))
            or self._german.get(" ".join(stem_de(word) for word in words))
            or self._english.get(" ".join(stem_en(word) for word in words))
        )
        if found is None and len(words) > 1:
            found = self._german.get(stem_de("".join(words)))
        return self._concepts.get(found) if found else None

    def chain(self, concept: Concept) -> list[Concept]:
        """The concept's broader terms, broadest first, ending with the concept."""
        chain = [concept]
        seen = {concept.id}
        while chain[0].broader and chain[0].broader not in seen:
            broader = self._concepts.get(chain[0].broader)
            if broader is None:
                break
            seen.add(broader.id)
            chain.insert(0, broader)
        return chain

    # --- compounds -----------------------------------------------------------------------

    def _known_tail(self, word: str) -> bool:
        folded = fold(word)
        return (
            self.lookup([folded]) is not None
            or _generic_class(folded) is not None
            or _is_dropped(folded)
        )

    def parts(self, word: str, whole: bool = True) -> tuple[str, ...]:
        """A lowercase word cut into its compound parts ("blechbiegeteile" → blech, biegeteile).

        A part the glossary knows is kept whole; of the splitter's candidates
        the one with the longest known tail wins; a word nothing is known of is
        cut where the splitter is confident.
        """
        cache_key = f"{int(whole)}{word}"
        if cache_key in self._parts:
            return self._parts[cache_key]
        result: tuple[str, ...] = (word,)
        folded = fold(word)
        if not (whole and self.lookup([folded])) and not _is_generic_modifier(folded):
            candidates = split_points(word)
            known = [
                (left, right)
                for score, left, right in candidates
                if score >= _KNOWN_TAIL_FLOOR and len(right) >= 4 and self._known_tail(right)
            ]
            if known:
                left, right = max(known, key=lambda pair: len(pair[1]))
                result = (*self.parts(left), right)
            elif candidates and candidates[0][0] >= _CONFIDENT_SPLIT:
                _, left, right = candidates[0]
                if min(len(left), len(right)) >= 4:
                    result = (*self.parts(left), *self.parts(right))
        self._parts[cache_key] = result
        return result

    # --- market terms --------------------------------------------------------------------

    def market_terms(self, market: str) -> tuple[MarketTerm, ...]:
        """The market terms a product-market name holds (none for "Teile" or "CNC")."""
        if market in self._terms:
            return self._terms[market]
        found: list[MarketTerm] = []
        phrases = [phrase.strip() for phrase in _PHRASE_BREAK.split(f" {market} ")]
        phrases = [phrase for phrase in phrases if phrase]
        for index, phrase in enumerate(phrases):
            if phrase.endswith("-") and index + 1 < len(phrases):
                # "Hydraulik- und Pneumatikzylinder": the first takes the second's head.
                head = self._phrase_head_word(phrases[index + 1])
                phrase = f"{phrase.rstrip('-')} {head}" if head else phrase
            term = self._phrase_term(phrase)
            if term is not None and term not in found:
                found.append(term)
        result = tuple(found)
        self._terms[market] = result
        return result

    def _phrase_words(self, phrase: str) -> tuple[list[str], list[str]]:
        """The raw words before the first preposition, and those after it."""
        words = [word for word in _WORD.findall(phrase) if fold(word) not in _STOP_WORDS]
        for position, word in enumerate(words):
            if position > 0 and fold(word) in _PREPOSITIONS:
                return words[:position], words[position + 1 :]
        return [word for word in words if fold(word) not in _PREPOSITIONS], []

    def _morphs(self, words: Sequence[str]) -> list[_Morph]:
        return [
            _Morph(text, token, generic)
            for token, word in enumerate(words)
            for text, generic in self._word_morphs(word)
        ]

    def _word_morphs(self, word: str) -> tuple[tuple[str, bool], ...]:
        """One word's morphs and whether they are generic (cached: words repeat a lot)."""
        if word in self._words:
            return self._words[word]
        folded = fold(word)
        acronym = (word.isupper() and len(word) <= 5) or any(char.isdigit() for char in word)
        if acronym or _is_generic_modifier(folded):
            result: tuple[tuple[str, bool], ...] = ((folded, True),)
        else:
            result = tuple((fold(part), False) for part in self.parts(word.lower()))
        self._words[word] = result
        return result

    def _lookup_morphs(self, morphs: Sequence[_Morph]) -> Concept | None:
        words: list[str] = []
        previous = None
        for morph in morphs:
            if words and morph.token == previous:
                words[-1] += morph.text
            else:
                words.append(morph.text)
            previous = morph.token
        found = self.lookup(words)
        if found is None and len(morphs) > 1:
            found = self.lookup(["".join(morph.text for morph in morphs)])
        return found

    def _phrase_head_word(self, phrase: str) -> str:
        head_words, _ = self._phrase_words(phrase)
        if not head_words:
            return ""
        parts = self.parts(head_words[-1].lower(), whole=False)
        return parts[-1] if len(parts) > 1 else ""

    def _phrase_term(self, phrase: str) -> MarketTerm | None:
        head_words, tail_words = self._phrase_words(phrase)
        morphs = self._morphs(head_words)
        while len(morphs) > 1 and _is_dropped(morphs[-1].text):
            morphs = morphs[:-1]
        if not morphs or _is_dropped(morphs[-1].text):
            return None
        modifiers = self._modifiers(self._morphs(tail_words))
        return self._head_term(morphs, modifiers)

    def _head_term(self, morphs: list[_Morph], modifiers: frozenset[str]) -> MarketTerm | None:
        for start in range(len(morphs)):
            if start == len(morphs) - 1 and morphs[start].generic:
                break  # an acronym alone is no product
            concept = self._lookup_morphs(morphs[start:])
            if concept is not None:
                return self._concept_term(concept, modifiers | self._modifiers(morphs[:start]))
        last = morphs[-1]
        generic_class = _generic_class(last.text)
        rest = [morph for morph in morphs[:-1] if not morph.generic]
        if generic_class is None:
            if last.generic:
                return None
            return self._unknown_term(morphs, modifiers, "")
        if not rest:
            return None  # "Teile", "CNC-Teile": no product named
        for start in range(len(rest)):
            concept = self._lookup_morphs(rest[start:])
            if concept is None:
                continue
            if concept.kind == TermKind.MATERIAL:
                return None  # "Edelstahlteile": a material alone names no product
            term = self._concept_term(concept, modifiers | self._modifiers(rest[:start]))
            return MarketTerm(f"{term.head}#{generic_class}", term.narrower, term.modifiers)
        return self._unknown_term(rest, modifiers, f"#{generic_class}")

    def _unknown_term(
        self, morphs: Sequence[_Morph], modifiers: frozenset[str], suffix: str
    ) -> MarketTerm:
        """A head no glossary knows: the stem of the trailing unknown words, glued
        ("Bürsten-Walzen" = "Bürstenwalzen"), narrowed by the known words before it."""
        start = len(morphs) - 1
        while (
            start > 0
            and not morphs[start - 1].generic
            and self._lookup_morphs(morphs[start - 1 : start]) is None
        ):
            start -= 1
        head = stem_de("".join(morph.text for morph in morphs[start:]))
        modifiers = modifiers | self._modifiers(morphs[:start])
        return MarketTerm(f"~{head}{suffix}", modifiers, modifiers)

    def _concept_term(self, concept: Concept, modifiers: frozenset[str]) -> MarketTerm:
        chain = self.chain(concept)
        narrower = frozenset(item.id for item in chain[1:]) | modifiers
        return MarketTerm(chain[0].id, narrower, modifiers | self._implied_modifiers(concept))

    def _implied_modifiers(self, concept: Concept) -> frozenset[str]:
        """What a glossary compound's own parts say: "Hydraulikpumpe" → hydraulik."""
        if concept.id not in self._implied:
            self._implied[concept.id] = frozenset()  # no recursion through itself
            words = concept.german.split()
            morphs = [
                _Morph(fold(part), token, False)
                for token, word in enumerate(words)
                for part in self.parts(word.lower(), whole=False)
            ]
            implied: frozenset[str] = frozenset()
            for start in range(1, len(morphs)):
                if self._lookup_morphs(morphs[start:]) is not None:
                    implied = self._modifiers(morphs[:start])
                    break
            self._implied[concept.id] = implied - {concept.id}
        return self._implied[concept.id]

    def _modifiers(self, morphs: Sequence[_Morph]) -> frozenset[str]:
        """The concepts among modifier words (materials as ``m:`` with their broader ones).

        Acronyms and words no glossary knows are left out.
        """
        found: set[str] = set()
        end = len(morphs)
        while end > 0:
            for start in range(end):
                if all(morph.generic for morph in morphs[start:end]):
                    continue
                concept = self._lookup_morphs(morphs[start:end])
                if concept is not None:
                    if concept.kind == TermKind.MATERIAL:
                        found.update(f"m:{item.id}" for item in self.chain(concept))
                    else:
                        found.add(concept.id)
                    end = start
                    break
            else:
                end -= 1
        return frozenset(found)

    # --- comparison ----------------------------------------------------------------------

    def markets_overlap(self, first: str, second: str) -> bool:
        """True when two product-market names describe the same market."""
        if fold(first).replace(" ", "") == fold(second).replace(" ", ""):
            return bool(fold(first))
        return any(a.meets(b) for a in self.market_terms(first) for b in self.market_terms(second))

    def product_keys(self, market: str) -> frozenset[str]:
        """The product heads of a market name; overlapping markets share at least one."""
        keys = {term.head for term in self.market_terms(market)}
        exact = fold(market).replace(" ", "")
        return frozenset(keys | ({f"={exact}"} if exact else set()))


@cache
def default_glossary() -> Glossary:
    """The glossary shipped with NIRO Desk (without the office's own entries)."""
    return Glossary(file_entries())


def market_terms(market: str, glossary: Glossary | None = None) -> tuple[MarketTerm, ...]:
    """The market terms of a product-market name (see ``Glossary.market_terms``)."""
    return (glossary or default_glossary()).market_terms(market)


def markets_overlap(first: str, second: str, glossary: Glossary | None = None) -> bool:
    """True when two product-market names describe the same market."""
    return (glossary or default_glossary()).markets_overlap(first, second)


def product_keys(market: str, glossary: Glossary | None = None) -> frozenset[str]:
    """Grouping keys of a market name: markets that overlap share at least one key.

    Group organisations by these keys and call ``markets_overlap`` only within
    a group to find every overlap in linear time (plus the pairs per group).
    """
    return (glossary or default_glossary()).product_keys(market)


def terms(market: str) -> frozenset[str]:
    """The product heads of a market name (kept for older callers: ``product_keys``)."""
    return frozenset(term.head for term in market_terms(market))
