"""A very hidden, protected sheet that says whom a workbook was written for (signed).

Writing: ``write_identity_sheet(workbook, title, marker, fields)`` appends a
sheet whose first row is ``(marker, "1")`` and then one ``(key, value)`` row
per field (e.g. tender, round, supplier, generated, signature). The sheet is
``veryHidden`` (Excel's menus cannot show it), its cells are locked and the
sheet is protected. None of this is a secret: the signature inside (see
``procurement.workbook_identity``) is what the importer relies on.

Reading: ``is_identity_sheet(rows, marker)`` recognises the sheet by its
first cell (not by its name, which a user may change), and
``identity_fields(rows)`` gives its key → value pairs as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Protection

from niro_desk.workbook.cell_parsers import cell_text

FORMAT_VERSION = "1"


def write_identity_sheet(
    workbook: Any, title: str, marker: str, fields: Sequence[tuple[str, str]]
) -> Any:
    """Append the hidden identity sheet to a streaming ``workbook``; returns it."""
    sheet = workbook.create_sheet(title)
    locked = Protection(locked=True, hidden=True)
    for key, value in [(marker, FORMAT_VERSION), *fields]:
        cells = []
        for text in (key, value):
            cell = WriteOnlyCell(sheet, value=text)
            cell.protection = locked
            cells.append(cell)
        sheet.append(cells)
    sheet.protection.sheet = True
    sheet.sheet_state = "veryHidden"
    return sheet


def is_identity_sheet(rows: Sequence[tuple[int, tuple[Any, ...]]], marker: str) -> bool:
    """Whether ``rows`` (as ``read_rows`` gives them) start with ``marker``."""
    return bool(rows) and bool(rows[0][1]) and cell_text(rows[0][1][0]) == marker


def identity_fields(rows: Sequence[tuple[int, tuple[Any, ...]]]) -> dict[str, str]:
    """key → value of the identity sheet's rows (text; rows with fewer cells are skipped)."""
    return {cell_text(r[0]): cell_text(r[1]) for _n, r in rows if len(r) >= 2}
