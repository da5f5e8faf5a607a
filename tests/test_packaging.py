"""The built wheel: every package folder under the ``niro_desk`` namespace, with its data.

The top-level folders ui/, models/, procurement/ and resources/ install as
``niro_desk.ui`` and so on (setup.py). A forgotten sub-package, migration or data
file only shows up on an installed copy, so this test builds the real wheel.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {
    "niro_desk": "niro_desk",
    "ui": "niro_desk/ui",
    "models": "niro_desk/models",
    "procurement": "niro_desk/procurement",
    "resources": "niro_desk/resources",
}
SKIP_PARTS = {"__pycache__", ".venv", ".git", "build", "dist"}

pytestmark = pytest.mark.slow


def _source_files(pattern: str) -> list[Path]:
    files: list[Path] = []
    for folder in MAPPED:
        for path in sorted((ROOT / folder).rglob(pattern)):
            relative = path.relative_to(ROOT)
            if not SKIP_PARTS.intersection(relative.parts) and not any(
                part.startswith(".") for part in relative.parts
            ):
                files.append(relative)
    return files


def _in_wheel(relative: Path) -> str:
    """Where a repository file lands in the wheel (ui/x/y.py → niro_desk/ui/x/y.py)."""
    top, *rest = relative.parts
    return "/".join([MAPPED[top], *rest])


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a clean copy of the tree (no stale build/ folder can leak in)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "*.sqlite3*"
        ),
    )
    out = tmp / "dist"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            ".",
        ],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("niro_desk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_package_folder_is_in_the_wheel(wheel_names: set[str]) -> None:
    packages = [path.parent for path in _source_files("__init__.py")]
    assert Path("ui") in packages
    assert Path("niro_desk") in packages
    missing = [
        f"{package} → {_in_wheel(package / '__init__.py')}"
        for package in packages
        if _in_wheel(package / "__init__.py") not in wheel_names
    ]
    assert missing == []


def test_every_module_is_in_the_wheel(wheel_names: set[str]) -> None:
    missing = [str(path) for path in _source_files("*.py") if _in_wheel(path) not in wheel_names]
    assert missing == []


def test_migrations_are_in_the_wheel(wheel_names: set[str]) -> None:
    versions = sorted((ROOT / "niro_desk" / "migrations" / "versions").glob("*.py"))
    assert versions, "no migration scripts found"
    expected = {
        "niro_desk/migrations/env.py",
        "niro_desk/migrations/script.py.mako",
        *(f"niro_desk/migrations/versions/{path.name}" for path in versions),
    }
    assert sorted(expected - wheel_names) == []


def test_translations_and_reference_data_are_in_the_wheel(wheel_names: set[str]) -> None:
    qm_files = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert {path.name for path in qm_files} >= {"niro_desk_de.qm", "niro_desk_en.qm"}
    expected = {
        "niro_desk/resources/data/nace_rev2.csv",
        *(f"niro_desk/resources/translations/{path.name}" for path in qm_files),
    }
    assert sorted(expected - wheel_names) == []


def test_nothing_generic_lands_at_the_top_level(wheel_names: set[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_names}
    assert not tops & {"ui", "models", "procurement", "resources", "tests", "migrations"}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"niro_desk"}


def test_entry_point_is_declared(wheel_names: set[str]) -> None:
    dist_info = next(name for name in wheel_names if name.endswith(".dist-info/entry_points.txt"))
    assert dist_info.startswith("niro_desk-")


def test_the_unpacked_wheel_migrates_a_database(wheel: Path, tmp_path: Path) -> None:
    """Run from the wheel's files alone (not the repository): migrations and data load."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    database = tmp_path / "installed.sqlite3"
    script = (
        "import sys, niro_desk, niro_desk.models, niro_desk.ui;"
        f"assert niro_desk.__file__.startswith({str(site)!r}), niro_desk.__file__;"
        f"assert niro_desk.ui.__file__.startswith({str(site)!r}), niro_desk.ui.__file__;"
        "from niro_desk.cli import main;"
        f"sys.exit(main(['--lang', 'en', '--database', 'sqlite:///{database}', 'db', 'upgrade'])"
        f" or main(['--lang', 'en', '--database', 'sqlite:///{database}', 'db', 'check']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "OK"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM industry_code").fetchone() == (996,)
