"""CharSplit's German model as a small SQLite file, and its scoring on top of it.

CharSplit (Don Tuggener, https://github.com/dtuggener/CharSplit, MIT licence)
scores every split point of a German compound with three tables of character
n-gram probabilities: how likely a string starts a word (``prefix``), ends a
word (``suffix``) and occurs inside a word (``infix``). ``split_compound`` below
is CharSplit's ``char_split.split_compound`` for German, line for line, with
the same scores, the same order and the same parts; only the tables are read
from SQLite instead of from Python dicts.

Why: the pure-Python package ``compound-split`` (the one that installs on
Python 3.11) ships the tables as a 39 MB Python dict literal
(``de_ngram_probs.py``, plus a 15 MB Dutch one that its ``char_split`` imports
too). Importing them costs about 350 MB of memory and seconds of unmarshalling
that hold the GIL, which froze the window at the first competitor check. Here
the package's ``de_ngram_probs.py`` is parsed ONCE as text (never imported or
executed), in chunks, into ``charsplit-de.sqlite3`` in the user's cache folder
(``NIRO_DESK_DATA_DIR/cache`` when that variable is set). The file remembers
the package version and the source file's size and modification time and is
rebuilt when they change or when it is damaged. It is written under a temporary
name and renamed into place, so two processes never see half a file. A word is
then scored with one ``IN (...)`` query per table.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from functools import cache
from importlib import metadata, util
from pathlib import Path

from platformdirs import user_cache_path

from niro_desk.config import DATA_DIR_VARIABLE

log = logging.getLogger(__name__)

Split = tuple[float, str, str]

STORE_FILE = "charsplit-de.sqlite3"
TABLES = ("prefix", "infix", "suffix")
SCHEMA_VERSION = "1"  # bump when the file's layout changes
_CHUNK_CHARS = 1 << 20  # parse 1 MB of text at a time (the GIL is free between chunks)
_MAX_PARAMETERS = 500  # per IN (...) query; far below every SQLite build's limit

# One entry of the dict literal, "'ngram': 0.25" (the file has no escapes and no
# double-quoted keys), or the start of a table, "infix={". A value only counts
# when the character after it is there, so a number cut by the chunk border waits.
_TOKEN = re.compile(r"(prefix|infix|suffix)=\{|'([^']*)': ([-+0-9.eE]+)(?=[,}])")

_build_lock = threading.Lock()
_local = threading.local()


class StoreSourceMissing(RuntimeError):
    """``compound-split`` is not installed, so there is nothing to build the store from."""


def cache_dir() -> Path:
    """Where the store lives: the user's cache folder, or beside the data folder override."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser() / "cache"
    return user_cache_path("niro-desk", "NIRO")


def store_path() -> Path:
    return (cache_dir() / STORE_FILE).absolute()  # absolute: SQLite opens it by URI


def source_path() -> Path:
    """The package's ``de_ngram_probs.py``, found without importing it."""
    spec = util.find_spec("compound_split")
    if spec is None or not spec.submodule_search_locations:
        raise StoreSourceMissing("compound-split is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "de_ngram_probs.py"
    if not path.is_file():
        raise StoreSourceMissing(f"{path} is missing")
    return path


def source_key(source: Path) -> str:
    """What the store was built from: layout, package version, file size and mtime."""
    try:
        version = metadata.version("compound-split")
    except metadata.PackageNotFoundError:
        version = "unknown"
    stat = source.stat()
    return f"{SCHEMA_VERSION}:{version}:{stat.st_size}:{stat.st_mtime_ns}"


# -- building ------------------------------------------------------------------------------
def parse_ngram_probs(source: Path) -> Iterator[tuple[str, list[tuple[str, float]]]]:
    """The entries of ``source``, as (table, [(ngram, probability), ...]) per chunk of text.

    A streaming parse of the dict literal: the text is read in chunks, matched with a
    regular expression, and whatever follows the last complete entry is carried over.
    """
    table: str | None = None
    carry = ""
    with source.open(encoding="utf-8") as stream:
        while True:
            chunk = stream.read(_CHUNK_CHARS)
            text = carry + chunk
            rows: list[tuple[str, float]] = []
            end = 0
            for match in _TOKEN.finditer(text):
                gap = text[end : match.start()]
                if gap != ", " and gap.strip(", }\n"):  # an entry the pattern cannot read
                    raise ValueError(f"{source}: cannot read {gap[:40]!r}")
                if match.group(1):
                    if rows and table:
                        yield table, rows
                        rows = []
                    table = match.group(1)
                elif table is None:
                    raise ValueError(f"{source}: an entry before the first table")
                else:
                    rows.append((match.group(2), float(match.group(3))))
                end = match.end()
            if rows and table:
                yield table, rows
            carry = text[end:]
            if not chunk:
                break
            time.sleep(0)  # let the UI thread run between chunks
    if carry.strip() not in {"}", ""}:
        raise ValueError(f"{source}: cannot read {carry[:40]!r}")


def build_store(target: Path, source: Path) -> None:
    """Write the store for ``source`` to ``target`` atomically (temporary file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(target)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    key = source_key(source)
    started = time.perf_counter()
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                " PRAGMA cache_size = -65536;"
                " CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
                + "".join(
                    f" CREATE TABLE {table} (ngram TEXT PRIMARY KEY, prob REAL NOT NULL)"
                    " WITHOUT ROWID;"
                    for table in TABLES
                )
            )
            # Rows come in the file's (random) order; appending them to a rowid table and
            # copying that sorted (SQLite sorts in C, without the GIL) is many times faster
            # than inserting at random into the primary-key trees.
            connection.execute(
                "CREATE TEMP TABLE staging (part TEXT NOT NULL, ngram TEXT NOT NULL, prob REAL)"
            )
            counts = dict.fromkeys(TABLES, 0)
            for table, rows in parse_ngram_probs(source):
                connection.executemany(f"INSERT INTO staging VALUES ('{table}', ?, ?)", rows)
                counts[table] += len(rows)
            for table in TABLES:
                # A dict literal keeps the last of two equal keys; so does REPLACE.
                connection.execute(
                    f"INSERT OR REPLACE INTO {table} (ngram, prob) SELECT ngram, prob"
                    f" FROM staging WHERE part = '{table}' ORDER BY ngram, rowid"
                )
            connection.execute("DROP TABLE staging")
            if not all(counts.values()):
                raise ValueError(f"{source}: a table is empty ({counts})")
            connection.execute("INSERT INTO meta VALUES ('source', ?)", (key,))
            connection.commit()
        finally:
            connection.close()
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    log.info(
        "Built the compound splitter's n-gram store %s in %.1f s (%s rows)",
        target,
        time.perf_counter() - started,
        sum(counts.values()),
    )


def _remove_abandoned(target: Path) -> None:
    """Delete temporary files of builds that were cut off (the app quit) over an hour ago."""
    for leftover in target.parent.glob(f"{target.name}.*.tmp"):
        try:
            if time.time() - leftover.stat().st_mtime > 3600:
                leftover.unlink()
        except OSError:
            pass  # another process is removing or still writing it


def _complete(path: Path) -> bool:
    """Whether ``path`` is a whole SQLite file: its header's page count matches its size."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and page_size * pages == size


def _current(path: Path, key: str) -> bool:
    """Whether ``path`` is a whole store built from the source with ``key``."""
    if not _complete(path):
        return False
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE name = 'source'").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == key


def ensure_store() -> Path:
    """The path of a current store, built first when it is missing, outdated or damaged."""
    source = source_path()
    target = store_path()
    key = source_key(source)
    if _current(target, key):
        return target
    with _build_lock:
        if not _current(target, key):
            try:
                build_store(target, source)
            except OSError:
                # Windows refuses to replace a file another process has open; if that
                # process built the same store, use it.
                if not _current(target, key):
                    raise
    return target


# -- scoring -------------------------------------------------------------------------------
@cache
def _ready_store() -> Path:
    return ensure_store()


def _connection() -> sqlite3.Connection:
    """This thread's read-only connection to the store (SQLite connections stay in one thread)."""
    path = _ready_store()
    connection: sqlite3.Connection | None = getattr(_local, "connection", None)
    if connection is None or getattr(_local, "path", None) != path:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        _local.connection, _local.path = connection, path
    return connection


def _forget_store() -> None:
    """Drop the connections' cached path so the next lookup checks (and rebuilds) the file."""
    connection = getattr(_local, "connection", None)
    if connection is not None:
        connection.close()
    _local.connection = None
    _ready_store.cache_clear()


def _lookup(table: str, ngrams: set[str]) -> dict[str, float]:
    keys = sorted(ngrams)
    found: dict[str, float] = {}
    for start in range(0, len(keys), _MAX_PARAMETERS):
        part = keys[start : start + _MAX_PARAMETERS]
        marks = ",".join("?" * len(part))
        rows = _connection().execute(
            f"SELECT ngram, prob FROM {table} WHERE ngram IN ({marks})", part
        )
        found.update(rows)
    return found


def _probabilities(
    prefixes: set[str], infixes: set[str], suffixes: set[str]
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    for attempt in (1, 2):
        try:
            return (
                _lookup("prefix", prefixes),
                _lookup("infix", infixes),
                _lookup("suffix", suffixes),
            )
        except sqlite3.DatabaseError:
            if attempt == 2:
                raise
            log.warning("The compound splitter's n-gram store is damaged; rebuilding it")
            _forget_store()
            with contextlib.suppress(OSError):  # Windows: open elsewhere; rebuilt over it
                store_path().unlink(missing_ok=True)
    raise AssertionError("unreachable")


def cut_off_fugen_s(word: str) -> str:
    """CharSplit's rule for the linking "s" (Fugen-s): "arbeits" → "arbeit"."""
    if word.endswith(("ts", "gs", "ks", "hls", "ns")) and len(word[:-1]) > 2:
        return word[:-1]
    return word


def split_compound(word: str) -> list[Split]:
    """Every split of ``word``, best first, as CharSplit's ``split_compound(word, 'de')``."""
    word = word.lower()
    if "-" in word:  # the part behind the last hyphen
        hyphen = word.rfind("-")
        return [(1.0, word[:hyphen].title(), word[hyphen + 1 :].title())]

    positions = range(3, len(word) - 2)
    if not positions:
        return [(0, word.title(), word.title())]  # type: ignore[list-item]
    prefix, infix, suffix = _probabilities(
        {cut_off_fugen_s(word[n:]) for n in positions},
        {word[n:k] for n in positions for k in range(len(word), n + 2, -1)},
        {cut_off_fugen_s(word[:n]) for n in positions},
    )
    scores = []
    for n in positions:
        pre_slice_prob = suffix.get(cut_off_fugen_s(word[:n]), -1)
        start_slice_prob = prefix.get(cut_off_fugen_s(word[n:]), -1)
        # An n-gram common inside words makes a split unlikely; unknown ones favour it.
        in_slice_prob = min(infix.get(word[n:k], 1) for k in range(len(word), n + 2, -1))
        score = start_slice_prob - in_slice_prob + pre_slice_prob
        scores.append((score, word[:n].title(), word[n:].title()))
    scores.sort(reverse=True)
    return scores
