"""Case- and umlaut-insensitive search that runs inside the database, bounded and escaped.

Folding: ``search_fold(text)`` lowercases, writes the umlauts the way a German
keyboard without them does (ä→ae, ö→oe, ü→ue, ß→ss) and drops other accents,
so "Mueller" and "Müller", "Strasse" and "Straße" fold alike in both
directions. ``plain_fold`` maps the umlauts to their bare vowels instead, so
"Muller" still finds "Müller". ``folded(column)`` / ``folded_plain(column)``
do the same in SQL: ``translate``/``replace``/``lower`` on PostgreSQL and the
functions ``niro_fold`` / ``niro_fold_plain`` that ``niro_desk.database``
registers on every SQLite connection (SQLite's own lower() is ASCII-only).

Bounds: ``search_words(text)`` turns what a user typed or pasted into at most
``MAX_WORDS`` folded words of at most ``MAX_WORD_LENGTH`` characters; control
characters (NUL) and lone surrogates are dropped. Every search in the
application builds its LIKE patterns through ``like_escape`` (directly or via
``contains_text`` / ``starts_with_text`` / ``contains_folded``), so ``%`` and
``_`` are searched for literally.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

# a search asks for at most this many words (the rest is ignored and the user told so)
MAX_WORDS = 8
# longer words are cut to this many characters (a prefix still finds the word)
MAX_WORD_LENGTH = 40
# the search box accepts at most this many characters
MAX_SEARCH_LENGTH = 200
ESCAPE = "\\"

# Upper-case letters folded explicitly: PostgreSQL's lower() leaves them alone
# under the "C" collation.
_UPPER = "ÄÖÜÉÈÊËÁÀÂÍÌÎÏÓÒÔÚÙÛÇÑ"
_LOWER = "äöüéèêëáàâíìîïóòôúùûçñ"
_ACCENTED = "éèêëáàâíìîïóòôúùûçñ"
_UNACCENTED = "eeeeaaaiiiiooouuucn"
_DIGRAPHS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
_VOWELS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"))
_TO_LOWER = str.maketrans(_UPPER, _LOWER)
_TO_PLAIN = str.maketrans(_ACCENTED, _UNACCENTED)
_EXPAND = str.maketrans(dict(_DIGRAPHS))
_BARE = str.maketrans(dict(_VOWELS))


def _lower(text: str) -> str:
    return text.translate(_TO_LOWER).lower().translate(_TO_PLAIN)


def search_fold(text: str | None) -> str | None:
    """Lowercase, umlauts as digraphs (ü→ue, ß→ss), accents dropped."""
    if text is None:
        return None
    return _lower(text).translate(_EXPAND)


def plain_fold(text: str | None) -> str | None:
    """Lowercase, umlauts as bare vowels (ü→u, ß→ss), accents dropped."""
    if text is None:
        return None
    return _lower(text).translate(_BARE)


def both_folds(text: str) -> tuple[str, str]:
    """``(search_fold(text), plain_fold(text))``, lowering ``text`` once."""
    lowered = _lower(text)
    return lowered.translate(_EXPAND), lowered.translate(_BARE)


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: ``%``, ``_`` and ``\\`` literal."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def contains_text(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` literally (no folding; for already folded keys)."""
    return column.like(f"%{like_escape(text)}%", escape=ESCAPE)


def starts_with_text(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text`` literally."""
    return column.like(f"{like_escape(text)}%", escape=ESCAPE)


class folded(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """SQL: the column folded like ``search_fold``."""

    type = String()
    inherit_cache = True
    name = "folded"


class folded_plain(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """SQL: the column folded like ``plain_fold``."""

    type = String()
    inherit_cache = True
    name = "folded_plain"


def _pg_fold(argument: str, pairs: tuple[tuple[str, str], ...]) -> str:
    sql = (
        f"translate(lower(translate({argument}, '{_UPPER}', '{_LOWER}')),"
        f" '{_ACCENTED}', '{_UNACCENTED}')"
    )
    for letter, replacement in pairs:
        sql = f"replace({sql}, '{letter}', '{replacement}')"
    return sql


@compiles(folded)
def _compile_default(element: folded, compiler: Any, **kw: Any) -> str:
    return _pg_fold(compiler.process(element.clauses, **kw), _DIGRAPHS)


@compiles(folded_plain)
def _compile_plain_default(element: folded_plain, compiler: Any, **kw: Any) -> str:
    return _pg_fold(compiler.process(element.clauses, **kw), _VOWELS)


@compiles(folded, "sqlite")
def _compile_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"niro_fold({compiler.process(element.clauses, **kw)})"


@compiles(folded_plain, "sqlite")
def _compile_plain_sqlite(element: folded_plain, compiler: Any, **kw: Any) -> str:
    return f"niro_fold_plain({compiler.process(element.clauses, **kw)})"


def contains_folded(column: Any, word: str) -> ColumnElement[bool]:
    """``column`` contains ``word``, ignoring case and umlaut spellings; ``word`` is escaped.

    "mueller", "müller" and "muller" all find "Müller"; "müller" finds "Mueller".
    """
    expanded = search_fold(word) or ""
    plain = plain_fold(word) or ""
    return or_(contains_text(folded(column), expanded), contains_text(folded_plain(column), plain))


@dataclass(frozen=True)
class SearchWords:
    """The words a search asks for, and whether the user's text had to be cut."""

    words: tuple[str, ...]
    limited: bool = False


def clean_search_text(text: str) -> str:
    """``text`` without lone surrogates, control characters (NUL) as spaces."""
    characters = []
    for char in text[: MAX_SEARCH_LENGTH * 4]:
        category = unicodedata.category(char)
        if category == "Cs":
            continue
        characters.append(" " if category == "Cc" else char)
    return "".join(characters)


def search_words(text: str) -> SearchWords:
    """At most ``MAX_WORDS`` distinct folded words of at most ``MAX_WORD_LENGTH`` characters."""
    limited = len(text) > MAX_SEARCH_LENGTH * 4
    words: list[str] = []
    for raw in clean_search_text(text).split():
        word = search_fold(raw) or ""
        if len(word) > MAX_WORD_LENGTH:
            word, limited = word[:MAX_WORD_LENGTH], True
        if word in words:
            continue
        if len(words) == MAX_WORDS:
            limited = True
            break
        words.append(word)
    return SearchWords(tuple(words), limited)
