"""CharSplit over the SQLite n-gram store: the package's scores, built once, rebuilt when needed."""

from __future__ import annotations

import ast
import csv
import os
import random
import re
import sqlite3
import subprocess
import sys
from importlib import resources, util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from niro_desk.membership import charsplit_store, compound_splitter
from niro_desk.membership.compound_splitter import prepare_in_background
from niro_desk.ui.main_window import MainWindow

needs_package = pytest.mark.skipif(
    util.find_spec("compound_split") is None, reason="compound-split is not installed"
)

SMALL_SOURCE = (
    "prefix={'pumpen': 0.5, 'lager': 0.75, 'teile': 1.0, 'x': 4.5e-05}\n"
    "infix={'ump': 0.25, 'age': 0.125, 'rauli': 1.0}\n"
    "suffix={'hydraulik': 0.5, 'gleit': 0.25, 'arbeit': 1.0}\n"
)


@pytest.fixture(scope="session")
def built_store() -> Path:
    """The store of the installed package, in this test run's temporary data folder."""
    if util.find_spec("compound_split") is None:
        pytest.skip("compound-split is not installed")
    return charsplit_store.ensure_store()


@pytest.fixture
def small_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny source file and a cache folder of this test's own; returns the source."""
    source = tmp_path / "de_ngram_probs.py"
    source.write_text(SMALL_SOURCE, encoding="utf-8")
    monkeypatch.setattr(charsplit_store, "source_path", lambda: source)
    monkeypatch.setattr(charsplit_store, "cache_dir", lambda: tmp_path / "cache")
    charsplit_store._forget_store()
    yield source
    charsplit_store._forget_store()


def _table(path: Path, table: str) -> dict[str, float]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute(f"SELECT ngram, prob FROM {table}"))
    finally:
        connection.close()


def _words() -> list[str]:
    """Product names of the glossary, and random compounds made of their parts."""
    text = resources.files("niro_desk.resources").joinpath("data/product_glossary.csv")
    words: set[str] = set()
    with text.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            for cell in (row["de"], row["synonyms"], row["broader"]):
                words.update(re.findall(r"[A-Za-zÄÖÜäöüß-]+", cell))
    parts = sorted(word for word in words if 4 <= len(word) <= 12 and "-" not in word)
    chance = random.Random(20261127)
    for _ in range(150):
        left, right = chance.sample(parts, 2)
        words.add(left + chance.choice(["", "s", "en"]) + right.lower())
    words.update(["ab", "Stahl", "Straßenbau", "Maßanfertigung", "CNC-Drehteile", "Arbeitsschutz"])
    return sorted(words)


@needs_package
def test_scores_equal_the_package(built_store: Path) -> None:
    from compound_split import char_split  # the one test that loads the 350 MB package

    words = _words()
    assert len(words) > 2000
    for word in words:
        assert charsplit_store.split_compound(word) == char_split.split_compound(word, "de"), word


@needs_package
def test_first_split_does_not_load_the_python_model(built_store: Path) -> None:
    script = (
        "import sys\n"
        "from niro_desk.membership import compound_splitter\n"
        "print(compound_splitter.split_points('Hydraulikpumpen')[0])\n"
        "print('compound_split.de_ngram_probs' in sys.modules,"
        " 'compound_split.char_split' in sys.modules)\n"
    )
    environment = {**os.environ, "NIRO_DESK_DATA_DIR": os.environ["NIRO_DESK_DATA_DIR"]}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )
    first, loaded = result.stdout.splitlines()
    assert "'hydraulik', 'pumpen'" in first
    assert loaded == "False False"


def test_streaming_parse_reads_every_entry_across_chunk_borders(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = {}
    for line in SMALL_SOURCE.splitlines():
        name, literal = line.split("=", 1)
        expected[name] = ast.literal_eval(literal)
    for size in (1, 2, 3, 7, 50, 1 << 20):
        monkeypatch.setattr(charsplit_store, "_CHUNK_CHARS", size)
        parsed: dict[str, dict[str, float]] = {}
        for table, rows in charsplit_store.parse_ngram_probs(small_store):
            parsed.setdefault(table, {}).update(rows)
        assert parsed == expected, size


def test_unreadable_source_is_refused(small_store: Path) -> None:
    for text in (
        "prefix={'a': 1.0}\ninfix={'b': nan}\n",
        "prefix={'a': 1.0, 'b': nan, 'c': 0.5}\ninfix={'b': 1.0}\nsuffix={'c': 1.0}\n",
        "prefix={'a': 1.0, \"b'c\": 0.5}\ninfix={'b': 1.0}\nsuffix={'c': 1.0}\n",
    ):
        small_store.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match="cannot read"):
            charsplit_store.ensure_store()
    assert list((small_store.parent / "cache").iterdir()) == []  # no half file left


def test_store_scores_from_its_tables(small_store: Path) -> None:
    splits = charsplit_store.split_compound("Hydraulikpumpen")
    # suffix "hydraulik" 0.5 + prefix "pumpen" 0.5 - lowest infix 1 (unknown) = 0.0
    assert splits[0] == (0.0, "Hydraulik", "Pumpen")
    assert charsplit_store.split_compound("Ab") == [(0, "Ab", "Ab")]
    assert charsplit_store.split_compound("CNC-Drehteile") == [(1.0, "Cnc", "Drehteile")]


def test_store_is_rebuilt_when_the_source_changes(small_store: Path) -> None:
    path = charsplit_store.ensure_store()
    assert _table(path, "prefix")["pumpen"] == 0.5
    built = path.stat().st_mtime_ns

    small_store.write_text(SMALL_SOURCE.replace("'pumpen': 0.5", "'pumpen': 0.25"), "utf-8")
    assert charsplit_store.ensure_store() == path
    assert _table(path, "prefix")["pumpen"] == 0.25

    # same size, only a newer modification time: rebuilt as well
    os.utime(small_store, ns=(built + 10**9, built + 10**9))
    before = path.stat().st_ino, path.stat().st_mtime_ns
    charsplit_store.ensure_store()
    assert (path.stat().st_ino, path.stat().st_mtime_ns) != before

    # unchanged: kept
    before = path.stat().st_ino, path.stat().st_mtime_ns
    charsplit_store.ensure_store()
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "pages overwritten"])
def test_damaged_store_is_rebuilt(small_store: Path, damage: str) -> None:
    path = charsplit_store.ensure_store()
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a whole file whose pages after the first are noise
        path.write_bytes(good[:4096] + bytes(range(256)) * ((len(good) - 4096) // 256))
        assert len(path.read_bytes()) == len(good)
    charsplit_store._forget_store()

    assert charsplit_store.split_compound("Hydraulikpumpen")[0] == (0.0, "Hydraulik", "Pumpen")
    assert _table(path, "prefix")["pumpen"] == 0.5


def test_store_damaged_after_the_check_is_rebuilt_on_lookup(small_store: Path) -> None:
    path = charsplit_store.ensure_store()
    charsplit_store.split_compound("Gleitlager")  # checked once; the path is remembered
    charsplit_store._local.connection.close()
    charsplit_store._local.connection = None  # as in a thread that connects later
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(4096)
        stream.write(b"\xff" * (size - 4096))
    assert charsplit_store.split_compound("Hydraulikpumpen")[0] == (0.0, "Hydraulik", "Pumpen")
    assert _table(path, "prefix")["pumpen"] == 0.5  # the file was built anew


def test_backend_names_the_package_whose_model_splits() -> None:
    assert compound_splitter.backend() in {"charsplit-fst", "compound-split"}
    if util.find_spec("charsplit_fst") is None:
        assert compound_splitter.backend() == "compound-split"


def test_the_window_loads_the_splitter_after_its_first_paint(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(compound_splitter, "prepare_in_background", lambda: calls.append("go"))
    monkeypatch.setattr(MainWindow, "splitter_warm_up_ms", 100)
    window = MainWindow(None, settings, user_login="anna", language="en")
    qtbot.add_widget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    assert calls == []  # not before the first paint has settled
    qtbot.waitUntil(lambda: calls == ["go"], timeout=5_000)


@needs_package
def test_warm_up_thread_builds_the_store_and_fills_the_cache(built_store: Path) -> None:
    compound_splitter.split_points.cache_clear()
    thread = prepare_in_background()  # the real one (conftest replaces it for window tests)
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert compound_splitter.split_points.cache_info().currsize == 1
    assert compound_splitter.split_points("Hydraulikpumpen")[0][1:] == ("hydraulik", "pumpen")


def test_store_lives_in_the_cache_folder_of_a_relative_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "de_ngram_probs.py"
    source.write_text(SMALL_SOURCE, encoding="utf-8")
    monkeypatch.setattr(charsplit_store, "source_path", lambda: source)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NIRO_DESK_DATA_DIR", "data")
    charsplit_store._forget_store()
    try:
        assert charsplit_store.split_compound("Gleitlager")[0][1:] == ("Gleit", "Lager")
    finally:
        charsplit_store._forget_store()
    assert (tmp_path / "data" / "cache" / "charsplit-de.sqlite3").is_file()
    assert [p.name for p in (tmp_path / "data" / "cache").iterdir()] == ["charsplit-de.sqlite3"]
