"""German compound splitting with CharSplit (Tuggener), loaded on first use.

CharSplit scores every split point of a word with n-gram probabilities trained
on German text ("Hydraulikpumpen" → "Hydraulik" + "Pumpen"). Two packages ship
the same model and give the same scores: ``charsplit-fst``, the maintained
Rust/FST port (fast, 46 MB in memory, Python 3.12+), and the original
pure-Python ``compound-split`` (about 350 MB and two seconds to load), which
runs where the port cannot be installed (Python 3.11). Both work offline: the
model is part of the package.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

Split = tuple[float, str, str]
"""(score, left part, right part), lowercase; a higher score is a likelier split."""


@cache
def _splitter() -> Callable[[str], list[Split]]:
    try:
        from charsplit_fst import Splitter  # type: ignore[import-not-found]
    except ImportError:
        from compound_split import char_split  # type: ignore[import-untyped]

        return char_split.split_compound  # type: ignore[no-any-return]
    return Splitter().split_compound  # type: ignore[no-any-return]


def backend() -> str:
    """The name of the package that splits: ``charsplit-fst`` or ``compound-split``."""
    module = getattr(_splitter(), "__module__", "") or ""
    return "compound-split" if module.startswith("compound_split") else "charsplit-fst"


@cache
def split_points(word: str) -> tuple[Split, ...]:
    """Every way to cut ``word`` in two, best first (parts of at least three letters)."""
    if len(word) < 6:
        return ()
    splits = []
    for score, left, right in _splitter()(word.lower()):
        left, right = left.lower(), right.lower()
        if left + right == word.lower() and len(left) >= 3 and len(right) >= 3:
            splits.append((float(score), left, right))
    return tuple(splits)
