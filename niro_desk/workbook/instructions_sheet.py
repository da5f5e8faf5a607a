"""A protected sheet of instruction lines, the first sheet of every workbook we send out.

``write_instructions_sheet(workbook, title, lines, bold=(0,))`` writes one
line per row in a wide, wrapping column A (every line through ``safe_cell``);
the first bold line is a title (14 pt), the other bold lines are headings
(12 pt). The sheet is protected (no password: it only keeps people from
typing into it by mistake).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from niro_desk.workbook.formula_guard import safe_cell

WIDTH = 110


def write_instructions_sheet(
    workbook: Any, title: str, lines: Sequence[str], bold: Iterable[int] = (0,)
) -> Any:
    """Append the sheet to a streaming ``workbook``; returns the worksheet."""
    sheet = workbook.create_sheet(title)
    sheet.column_dimensions["A"].width = WIDTH
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = set(bold)
    for index, line in enumerate(lines):
        cell = WriteOnlyCell(sheet, value=safe_cell(line) or None)
        cell.alignment = wrap
        if index in bold:
            cell.font = Font(bold=True, size=14 if index == 0 else 12)
        sheet.append([cell])
    sheet.protection.sheet = True
    return sheet
