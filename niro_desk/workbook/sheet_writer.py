"""Writing tables into workbooks: styled header, typed cells, safe text, streaming, atomic save.

- ``new_workbook(title)``: a write-only (streaming) workbook with its
  properties set; memory stays flat for tens of thousands of rows.
- ``Column(key, header, number_format=..., input=..., validation=...)``
  describes one column; ``DATE_FORMAT``, ``MONEY_FORMAT``, ``WHOLE_FORMAT``
  are the usual formats. ``input=True`` marks cells the recipient fills in:
  they stay unlocked when the sheet is protected.
- ``write_table(workbook, title, columns, rows, protect=False)`` writes one
  sheet: a bold, shaded header row that is frozen and repeats on every
  printed page, an auto-filter, column widths from the content, every text
  through ``safe_cell`` (no formula injection), dates and amounts as real
  typed cells, data validation per column, and with ``protect=True`` sheet
  protection with only the input cells unlocked. Rows are sequences in
  column order.
- Validations: ``whole_number_rule(minimum, maximum)``,
  ``decimal_rule(minimum)``, ``date_rule()``, ``list_rule(options)``; each
  carries an error message shown by Excel. ``validation_rule(rule, cells,
  warning=...)`` places a copy of a rule on a cell range (as a warning or a
  stop); pass such rules to ``write_table(..., validations=[...])`` (a
  streaming sheet has no ``add_data_validation``).
- ``safe_file_name(stem, fallback)``: ``stem`` without the characters a file
  system (or an e-mail program) refuses, bounded in length.
- ``Marked(value)``: a cell value written highlighted (bold on a green
  fill), e.g. the best offer of a comparison; it keeps the column's format.
- ``write_report(workbook, title, parts)`` writes a report sheet (not one
  table): ``Heading`` lines, ``Fact`` lines (label and a typed value) and
  ``Table`` blocks with a styled header each, one under the other; the
  first row is frozen and the sheet prints landscape, fitted to the width.
- ``save_workbook(workbook, path)`` writes next to ``path`` and then replaces
  it, so a failed save (the file open in Excel, a full disk) leaves no half
  file; ``NiroDeskError(WRITE_FAILED)`` says so in words.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from niro_desk.errors import QT_TRANSLATE_NOOP, NiroDeskError
from niro_desk.workbook.formula_guard import safe_cell

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = "#,##0.00 €"
WHOLE_FORMAT = "#,##0"
MIN_WIDTH = 8
MAX_WIDTH = 48
WIDTH_SAMPLE = 2_000
"""Column widths are measured on the first rows only (enough to look right, cheap)."""

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))
INPUT_FILL = PatternFill("solid", start_color="FFF8DC")
MARK_FILL = PatternFill("solid", start_color="D8F0D2")
MARK_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
UNLOCKED = Protection(locked=False)

WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} could not be written ({reason}). If it is open in Excel, close it and try again.",
)

Progress = Callable[[int, int], None]

MAX_FILE_STEM = 120
_UNSAFE_FILE_CHARS = re.compile(r"[^\w\-. ]+")


@dataclass(frozen=True)
class Column:
    """One column of a table sheet."""

    key: str
    header: str
    number_format: str | None = None
    input: bool = False
    """A cell the recipient fills in: unlocked (and tinted) when the sheet is protected."""
    validation: DataValidation | None = None
    """Applied to the data cells of the column (a fresh rule per column)."""
    wrap: bool = False


@dataclass(frozen=True)
class Marked:
    """A value written highlighted (bold, green fill), keeping the column's number format."""

    value: Any


@dataclass(frozen=True)
class Heading:
    """A bold line of a report sheet; ``title=True`` for the sheet's big first line."""

    text: str
    title: bool = False


@dataclass(frozen=True)
class Fact:
    """A line of a report sheet: a label in column A and typed values from column B on."""

    label: str
    value: Any = None
    number_format: str | None = None
    more: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table block of a report sheet: styled header row and rows in column order."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]


def whole_number_rule(minimum: int = 0, maximum: int = 2**31 - 1) -> DataValidation:
    rule = DataValidation(
        type="whole", operator="between", formula1=str(minimum), formula2=str(maximum)
    )
    rule.error = f"{minimum} … {maximum}"
    rule.showErrorMessage = True
    return rule


def decimal_rule(minimum: Decimal | int = 0) -> DataValidation:
    rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1=str(minimum))
    rule.error = f"≥ {minimum}"
    rule.showErrorMessage = True
    return rule


def date_rule() -> DataValidation:
    rule = DataValidation(
        type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(9999,12,31)"
    )
    rule.error = "DD.MM.YYYY"
    rule.showErrorMessage = True
    return rule


def list_rule(options: Sequence[str]) -> DataValidation:
    """A drop-down of ``options`` (Excel limits the list to 255 characters)."""
    quoted = ",".join(option.replace('"', "'").replace(",", " ") for option in options)
    rule = DataValidation(type="list", formula1=f'"{quoted}"', allow_blank=True)
    rule.showErrorMessage = True
    return rule


def validation_rule(rule: DataValidation, cells: str, *, warning: bool = True) -> DataValidation:
    """A copy of ``rule`` on ``cells``; as a warning, Excel lets "1.200 kWh" typed as text pass."""
    copy = DataValidation(
        type=rule.type,
        operator=rule.operator,
        formula1=rule.formula1,
        formula2=rule.formula2,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning" if warning else "stop",
        error=rule.error,
    )
    copy.add(cells)
    return copy


def safe_file_name(stem: str, fallback: str, max_length: int = MAX_FILE_STEM) -> str:
    """``stem`` with runs of characters a file system refuses replaced by ``_`` (no suffix)."""
    return _UNSAFE_FILE_CHARS.sub("_", stem).strip(" ._")[:max_length] or fallback


def new_workbook(title: str, creator: str = "NIRO Desk") -> Workbook:
    """A streaming workbook; add sheets with ``write_table``."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = creator
    return workbook


def _display_width(value: Any) -> int:
    if isinstance(value, Marked):
        value = value.value
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}") + 2
    return max((len(line) for line in str(value).splitlines()), default=0)


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> list[int]:
    # room for the filter button; a header on two lines is as wide as its longer line
    widths = [_display_width(column.header) + 3 for column in columns]
    for row in rows[:WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], _display_width(value) + 1)
    return [min(max(width, MIN_WIDTH), MAX_WIDTH) for width in widths]


def _print_setup(sheet: Any) -> None:
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _header_cell(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=safe_cell(text))
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = Alignment(vertical="center", wrap_text="\n" in text)
    return cell


def _marked_cell(sheet: Any, value: Any, number_format: str | None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=safe_cell(value) if isinstance(value, str) else value)
    if number_format is not None and not isinstance(value, str):
        cell.number_format = number_format
    cell.font = MARK_FONT
    cell.fill = MARK_FILL
    return cell


def write_table(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    protect: bool = False,
    progress: Callable[[], None] | None = None,
    validations: Sequence[DataValidation] = (),
) -> Any:
    """Write one table sheet (see the module docstring); returns the worksheet.

    ``validations``: further rules with their cell ranges (``validation_rule``).
    """
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(_widths(columns, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    _print_setup(sheet)
    sheet.append([_header_cell(sheet, column.header) for column in columns])

    plain = [
        column.number_format is None and not column.wrap and not (protect and column.input)
        for column in columns
    ]
    wrap = Alignment(wrap_text=True, vertical="top")
    # a write-only sheet writes each row as it is appended, so one styled cell per column
    # and kind of value serves every row (openpyxl reuses its unstyled cell the same way);
    # creating and styling 100,000 cells cost more than writing them
    styled: dict[tuple[int, bool, bool], WriteOnlyCell] = {}
    for values in rows:
        out: list[Any] = []
        for index, value in enumerate(values):
            if isinstance(value, Marked):
                out.append(_marked_cell(sheet, value.value, columns[index].number_format))
                continue
            if isinstance(value, str):
                value = safe_cell(value) if value else None
            if plain[index] or (value is None and not (protect and columns[index].input)):
                out.append(value)
                continue
            text = isinstance(value, str)
            key = (index, text, text and "\n" in value)
            cell = styled.get(key)
            if cell is None:
                column = columns[index]
                cell = styled[key] = WriteOnlyCell(sheet)
                if column.number_format is not None and not text:
                    cell.number_format = column.number_format
                if column.wrap and key[2]:
                    cell.alignment = wrap
                if protect and column.input:
                    cell.protection = UNLOCKED
                    cell.fill = INPUT_FILL
            cell.value = value
            out.append(cell)
        sheet.append(out)
        if progress is not None:
            progress()

    first, end = 2, max(len(rows) + 1, 2)
    for index, column in enumerate(columns, start=1):
        if column.validation is None:
            continue
        letter = get_column_letter(index)
        rule = DataValidation(**_rule_arguments(column.validation))
        rule.add(f"{letter}{first}:{letter}{end}")
        sheet.data_validations.append(rule)  # write-only sheets lack add_data_validation
    for rule in validations:
        sheet.data_validations.append(rule)
    if protect:
        sheet.protection.sheet = True
        sheet.protection.autoFilter = False  # filtering and sorting stay possible
        sheet.protection.sort = False
    return sheet


def _table_cells(sheet: Any, columns: Sequence[Column], values: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for column, value in zip(columns, values, strict=False):
        if isinstance(value, Marked):
            out.append(_marked_cell(sheet, value.value, column.number_format))
            continue
        if isinstance(value, str):
            value = safe_cell(value) if value else None
        if value is None or (column.number_format is None and not column.wrap):
            out.append(value)
            continue
        cell = WriteOnlyCell(sheet, value=value)
        if column.number_format is not None and not isinstance(value, str):
            cell.number_format = column.number_format
        if column.wrap and isinstance(value, str):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        out.append(cell)
    return out


def write_report(
    workbook: Workbook,
    title: str,
    parts: Sequence[Heading | Fact | Table | None],
    *,
    label_width: int = 0,
) -> Any:
    """Write a report sheet (see the module docstring); ``None`` parts are empty lines.

    Column widths come from the tables (and the fact labels for column A);
    long headings and texts of facts may run over into the empty cells to
    their right, as they do in any office's spreadsheet.
    """
    sheet = workbook.create_sheet(title)
    widths: list[int] = []

    def widen(position: int, width: int) -> None:
        while len(widths) <= position:
            widths.append(MIN_WIDTH)
        widths[position] = min(max(widths[position], width), MAX_WIDTH)

    for part in parts:
        if isinstance(part, Table):
            for position, width in enumerate(_widths(part.columns, part.rows)):
                widen(position, width)
        elif isinstance(part, Fact):
            widen(0, max(label_width, len(part.label) + 2))
            for position, value in enumerate((part.value, *part.more), start=1):
                if not isinstance(value, str):
                    widen(position, _display_width(value) + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    for part in parts:
        if part is None:
            sheet.append([])
        elif isinstance(part, Heading):
            cell = WriteOnlyCell(sheet, value=safe_cell(part.text))
            cell.font = TITLE_FONT if part.title else HEADER_FONT
            sheet.append([cell])
        elif isinstance(part, Fact):
            label = WriteOnlyCell(sheet, value=safe_cell(part.label))
            label.font = HEADER_FONT
            values = []
            for value in (part.value, *part.more):
                if isinstance(value, Marked):
                    values.append(_marked_cell(sheet, value.value, part.number_format))
                    continue
                cell = WriteOnlyCell(
                    sheet, value=safe_cell(value) if isinstance(value, str) else value
                )
                if part.number_format is not None and not isinstance(value, str):
                    cell.number_format = part.number_format
                values.append(cell)
            sheet.append([label, *values])
        else:
            sheet.append([_header_cell(sheet, column.header) for column in part.columns])
            for values in part.rows:
                sheet.append(_table_cells(sheet, part.columns, values))
    return sheet


def _rule_arguments(rule: DataValidation) -> dict[str, Any]:
    """A copy of ``rule`` without its cell ranges (one ``Column`` may serve many sheets)."""
    return {
        "type": rule.type,
        "operator": rule.operator,
        "formula1": rule.formula1,
        "formula2": rule.formula2,
        "allow_blank": rule.allow_blank,
        "showErrorMessage": rule.showErrorMessage,
        "error": rule.error,
        "errorTitle": rule.errorTitle,
        "prompt": rule.prompt,
        "showInputMessage": rule.showInputMessage,
    }


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Write next to ``path`` first and then replace it, so a failed save leaves no half file."""
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(suffix=".xlsx", prefix=".niro-export-", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
        workbook.save(temporary)
        temporary.chmod(0o644)  # mkstemp makes it private; an export is an ordinary file
        temporary.replace(path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise NiroDeskError(
            WRITE_FAILED, file=path.name, reason=error.strerror or str(error)
        ) from error
