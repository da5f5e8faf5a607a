"""German compound splitting with CharSplit (Tuggener), loaded on first use.

CharSplit scores every split point of a word with n-gram probabilities trained
on German text ("Hydraulikpumpen" → "Hydraulik" + "Pumpen"). ``charsplit-fst``,
the maintained Rust/FST port (fast, 46 MB in memory, Python 3.12+), splits when
it is installed. Elsewhere (Python 3.11) the model of the original pure-Python
``compound-split`` is used through ``charsplit_store``: the same scores from a
SQLite copy of its tables, built once per installation, instead of importing
its 54 MB of dict literals (350 MB in memory, seconds holding the GIL). Both
work offline: the model is part of the package.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)

Split = tuple[float, str, str]
"""(score, left part, right part), lowercase; a higher score is a likelier split."""


@cache
def _splitter() -> Callable[[str], list[Split]]:
    try:
        from charsplit_fst import Splitter  # type: ignore[import-not-found]
    except ImportError:
        from niro_desk.membership import charsplit_store

        return charsplit_store.split_compound
    return Splitter().split_compound  # type: ignore[no-any-return]


def backend() -> str:
    """The package whose model splits: ``charsplit-fst`` or ``compound-split``."""
    module = getattr(_splitter(), "__module__", "") or ""
    return "compound-split" if module.endswith("charsplit_store") else "charsplit-fst"


def prepare_in_background() -> threading.Thread:
    """Load the splitter off the UI thread, so the first competitor check need not wait.

    With ``compound-split`` the first run on a computer builds the n-gram store
    (seconds of parsing); later runs only check it. The app starts this after the
    main window's first paint. Errors are logged; the first split tries again.
    """

    def run() -> None:
        try:
            split_points("Hydraulikpumpen")
        except Exception:
            log.exception("Could not prepare the compound splitter")

    thread = threading.Thread(target=run, name="compound-splitter", daemon=True)
    thread.start()
    return thread


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
