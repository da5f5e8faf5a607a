"""Packaging: map the top-level folders into the ``niro_desk`` namespace.

``ui/``, ``models/``, ``procurement/`` and ``resources/`` install as
``niro_desk.ui`` and so on. Every folder below them that holds an
``__init__.py`` is listed here programmatically, so no sub-package is ever
forgotten; tests/test_packaging.py builds the wheel and checks it.
"""

from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).parent
MAPPED = {
    "niro_desk": "niro_desk",
    "niro_desk.ui": "ui",
    "niro_desk.models": "models",
    "niro_desk.procurement": "procurement",
    "niro_desk.resources": "resources",
}


def find_packages() -> list[str]:
    packages: list[str] = []
    for package, folder in MAPPED.items():
        base = ROOT / folder
        for init in sorted(base.rglob("__init__.py")):
            relative = init.parent.relative_to(base)
            if any(part.startswith((".", "__pycache__")) for part in relative.parts):
                continue
            packages.append(".".join([package, *relative.parts]))
    return packages


setup(
    packages=find_packages(),
    package_dir=MAPPED,
    package_data={
        # versions/ is no package (no __init__.py): its scripts travel as package data.
        "niro_desk": ["migrations/*.mako", "migrations/*.ini", "migrations/versions/*.py"],
        "niro_desk.resources": ["data/*.csv", "translations/*.qm", "translations/*.ts"],
    },
    include_package_data=False,
)
