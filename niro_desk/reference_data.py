"""Reference data shipped with the package: NACE Rev. 2 (= WZ 2008 to 4 digits)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class NaceCode:
    code: str
    level: str  # section | division | group | class
    parent: str
    title_en: str
    title_de: str


def read_nace_codes() -> list[NaceCode]:
    """All NACE codes, parents before children, as shipped in resources/data."""
    text = (resources.files("niro_desk.resources") / "data" / "nace_rev2.csv").read_text(
        encoding="utf-8"
    )
    reader = csv.DictReader(io.StringIO(text))
    return [
        NaceCode(row["code"], row["level"], row["parent"], row["title_en"], row["title_de"])
        for row in reader
    ]
