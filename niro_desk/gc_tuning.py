"""Fewer garbage collections during bulk work: ``fewer_collections()``.

Python's cyclic garbage collector runs every 700 new container objects and,
now and then, walks every object alive. An import of 10,000 rows keeps a few
hundred thousand objects alive (parsed cells, rows, plans), so those walks
cost it a quarter to a third of its CPU time while finding next to nothing. Inside
``fewer_collections()`` (a context manager and a decorator) the collector
runs far less often; the usual thresholds return when the outermost use ends.
Nested and concurrent uses (a worker thread importing while another checks)
are counted; memory is still freed by reference counting as always.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BULK_THRESHOLDS = (50_000, 20, 100)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often inside; restore the thresholds after the outermost use."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*BULK_THRESHOLDS)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


def settle_start_up() -> int:
    """Leave what start-up created out of every later collection (``gc.freeze``).

    By the time the database is open the process holds a few hundred thousand objects
    that live as long as it does: the modules, SQLAlchemy's mappers and compiled
    constructs, Qt's wrappers. Each full collection would walk them all again to find
    nothing, and the first collection after start-up (the GUI's collector runs once a
    second) would walk every one of them (0.05–0.07 s). Frozen, they are skipped;
    objects made later are collected as always, and reference counting frees everything
    as before. The price: the little cyclic garbage start-up left (about 1,500 objects
    on the demo network, a few hundred KB) stays until the process ends; collecting it
    first would cost the very walk this saves. Returns how many objects were frozen.
    """
    gc.freeze()
    return gc.get_freeze_count()


def thaw_start_up() -> None:
    """Undo ``settle_start_up`` (the window ran inside another program: a test)."""
    gc.unfreeze()
