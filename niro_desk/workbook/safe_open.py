"""Opening an untrusted .xlsx safely, and reading its sheets in bounded memory.

- ``check_workbook_archive(path)`` looks at the zip directory *before*
  openpyxl opens the file: the name, that it is a zip with a workbook part, at
  most ``MAX_MEMBERS`` parts, ``MAX_UNCOMPRESSED_BYTES`` unpacked, and no
  large part packed more than ``MAX_COMPRESSION_RATIO`` times (zip bombs).
  Python's ``zipfile`` never inflates a part beyond its declared size, so the
  declared sizes bound what reading can unpack. XML bombs are refused by
  openpyxl because ``defusedxml`` (a dependency) is installed. Worksheets
  whose prolog holds no markup declaration (no DOCTYPE, so no entity can be
  declared anywhere in them) are parsed with Python's C expat parser instead
  of defusedxml's pure-Python one (``_sheet_iterparse``), the same elements
  at a fraction of the cost; any other sheet still goes through defusedxml.
- ``open_workbook(path)`` (a context manager) checks the archive and opens it
  read-only (streaming) with cached formula results; any parser failure
  becomes ``ImportRejected`` with ``UNREADABLE``.
- ``read_rows(sheet, max_rows=..., max_columns=...)`` streams a worksheet and
  returns its non-empty rows with their Excel row numbers. It ignores the
  sheet's declared dimension (often bogus: A1:XFD1048576) and never reads
  past ``max_columns``, so a 57 KB file with a cell in column XFD on every row
  cannot make it allocate 16,384 cells a row. It stops after ``max_rows``
  non-empty rows plus one, so the caller can report "too many rows".

- ``workbook_paths(paths)``: files as given, folders expanded to the
  workbooks in them; ``has_macros(path)``, ``has_external_links(path)``,
  ``has_formulas(path)``: quick looks into a checked archive (``MACROS`` and
  ``EXTERNAL_LINKS`` are the messages an importer refuses such files with).

All functions raise ``ImportRejected`` (without problems) for a file that
is no readable workbook at all.
"""

from __future__ import annotations

import re
import types
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import coordinate_to_tuple
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet import _reader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse as openpyxl_iterparse

from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected
from niro_desk.workbook.cell_parsers import cell_text

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""Everything in the archive together, unpacked."""
MAX_COMPRESSION_RATIO = 100
"""Unpacked size / packed size of one member (spreadsheet XML stays far below this)."""
RATIO_CHECK_FROM_BYTES = 1024 * 1024
"""Small members may compress extremely well without harm: the ratio counts from 1 MiB."""
MAX_MEMBERS = 5_000
"""An .xlsx holds a few dozen parts; thousands mean something else."""
MAX_COLUMNS = 64
"""Columns read per row by default; importers name the ones they know well within this."""

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
WORKBOOK_FOLDER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xltx", ".xltm")
"""What a folder import picks up (the .xls among them are refused with a message)."""
MACRO_SUFFIXES = (".xlsm", ".xltm")
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[ >/]")
"""A cell formula in sheet XML (``<f>``, ``<f t="shared" …>``; not ``<formula1>``)."""

NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "The file {file} does not exist or cannot be read.")
OLD_XLS = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is in the old Excel format (.xls). Open it in Excel and save it as"
    " “Excel workbook (.xlsx)”, then import that file.",
)
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is not an Excel workbook (.xlsx). If it is protected by a password, save a"
    " copy without the password and import that.",
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was refused: it holds {count} parts, far more than a workbook has (at most"
    " {limit}). It may be damaged or not a genuine workbook.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was refused: unpacked it would take {size} MB, more than the {limit} MB"
    " NIRO Desk reads. Split the data into smaller workbooks.",
)
SUSPICIOUS_RATIO = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was refused: its part “{part}” unpacks to {ratio} times its packed size."
    " Genuine workbooks do not do that (a “zip bomb” does).",
)
MACROS = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} contains macros: NIRO Desk does not open workbooks with macros. Save it as"
    " “Excel workbook (.xlsx)” and import that file.",
)
EXTERNAL_LINKS = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} links to other workbooks (external links): NIRO Desk does not import such"
    " workbooks. Type the values in, save and send the workbook again.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "{file} could not be read as an Excel workbook ({reason}). Nothing was written."
)


def _reject(template: str, **params: object) -> ImportRejected:
    return ImportRejected(template, [], **params)


def _megabytes(size: int) -> int:
    return -(-size // (1024 * 1024))


def check_workbook_archive(path: Path) -> None:
    """Refuse anything but a plausible .xlsx archive; raises ``ImportRejected``."""
    name = path.name
    if not path.is_file():
        raise _reject(NOT_FOUND, file=name)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _reject(OLD_XLS, file=name)
    if suffix not in WORKBOOK_SUFFIXES:
        raise _reject(NOT_XLSX, file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise _reject(NOT_XLSX, file=name) from error
    if len(members) > MAX_MEMBERS:
        raise _reject(TOO_MANY_PARTS, file=name, count=len(members), limit=MAX_MEMBERS)
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise _reject(NOT_XLSX, file=name)
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _reject(
            TOO_BIG,
            file=name,
            size=_megabytes(total),
            limit=MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
        )
    for member in members:
        if member.file_size < RATIO_CHECK_FROM_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO:
            raise _reject(SUSPICIOUS_RATIO, file=name, part=member.filename, ratio=int(ratio))


def workbook_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; for a folder, the workbooks in it (not Excel's ``~$`` lock files)."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(
                sorted(
                    child
                    for child in path.iterdir()
                    if child.is_file()
                    and child.suffix.lower() in WORKBOOK_FOLDER_SUFFIXES
                    and not child.name.startswith(("~$", "."))
                )
            )
        else:
            result.append(path)
    return result


def has_macros(path: Path) -> bool:
    """A macro workbook by its name, or one with a VBA part smuggled into an .xlsx."""
    if path.suffix.lower() in MACRO_SUFFIXES:
        return True
    with zipfile.ZipFile(path) as archive:
        return any(name.lower().endswith("vbaproject.bin") for name in archive.namelist())


def has_external_links(path: Path) -> bool:
    """Whether the workbook links to other workbooks (``xl/externalLinks/…`` parts)."""
    with zipfile.ZipFile(path) as archive:
        return any(name.lower().startswith("xl/externallinks/") for name in archive.namelist())


def has_formulas(path: Path) -> bool:
    """Whether any worksheet of the (checked) archive holds a cell formula."""
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        return any(FORMULA_ELEMENT.search(archive.read(name)) for name in parts)


_TEXT_TAG = f"{{{SHEET_MAIN_NS}}}t"


def _plain_inline_text(cell: Any) -> str | None:
    """The text of an inline-string cell ``<is><t>…</t></is>``; None for anything else.

    What ``Text.from_tree(...).content`` gives for that shape (an empty ``<t/>``
    is ""), without building openpyxl's descriptor objects: a third of the
    cost of reading a sheet that stores its strings inline (openpyxl's
    write-only workbooks, so our own exports). Rich text, phonetic runs or
    attributes on ``<is>`` return None and take openpyxl's own path.
    """
    child = cell.find(INLINE_STRING)
    if child is None or child.attrib or len(child) != 1:
        return None
    text = child[0]
    if text.tag != _TEXT_TAG or len(text):
        return None
    return text.text or ""


_PROLOG_BYTES = 64 * 1024
_SAFE_ENCODINGS = {b"utf-8", b"utf8", b"us-ascii", b"ascii", b"iso-8859-1", b"latin-1", b"latin1"}
_DECLARATION = re.compile(rb"<\?xml\s[^>]*?\?>")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


def _declaration_free(head: bytes) -> bool:
    """Whether the XML starting with ``head`` reaches its root element with no ``<!…>``.

    Only comments, processing instructions and white space may come first, in
    an encoding where "<!DOCTYPE" would show as those bytes. A DOCTYPE (and
    with it any entity declaration) may only stand before the root element;
    expat refuses one anywhere later.
    """
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    declaration = _DECLARATION.match(head)
    if declaration is not None:
        encoding = _ENCODING.search(declaration.group())
        if encoding is not None and encoding.group(1).lower() not in _SAFE_ENCODINGS:
            return False
        head = head[declaration.end() :]
    position = 0
    while True:
        while position < len(head) and head[position] in b" \t\r\n":
            position += 1
        rest = head[position : position + 4]
        if rest.startswith(b"<!--"):
            end = head.find(b"-->", position + 4)
        elif rest.startswith(b"<?"):
            end = head.find(b"?>", position + 2)
        else:
            return len(rest) > 1 and rest[:1] == b"<" and rest[1:2] not in b"!?"
        if end < 0:
            return False
        position = end + 3 if rest.startswith(b"<!--") else end + 2


class _Rejoined:
    """A readable stream: bytes already read from ``rest``, then the rest of it."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._rest.read(size)  # type: ignore[no-any-return]


def _sheet_iterparse(source: Any) -> Any:
    """``iterparse`` for a worksheet: the C parser when no DOCTYPE can be in it, else defusedxml."""
    head = source.read(_PROLOG_BYTES)
    stream = _Rejoined(head, source)
    if _declaration_free(head):
        return ElementTree.iterparse(stream)
    return openpyxl_iterparse(stream)


_parse_sheet = types.FunctionType(
    WorkSheetParser.parse.__code__,
    {**vars(_reader), "iterparse": _sheet_iterparse},
    "parse",
    WorkSheetParser.parse.__defaults__,
    WorkSheetParser.parse.__closure__,
)
"""openpyxl's own ``WorkSheetParser.parse``, with ``_sheet_iterparse`` as its ``iterparse``."""


class _InlineTextParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's sheet parser: C expat where safe, a short path for plain inline strings."""

    parse = _parse_sheet

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if self.data_only and not self.rich_text and element.get("t") == "inlineStr":
            style_id = element.get("s", 0)
            if style_id:
                style_id = int(style_id)
            value = _plain_inline_text(element)
            if value is not None:
                coordinate = element.get("r")
                if coordinate:
                    row, column = coordinate_to_tuple(coordinate)
                    self.col_counter = column
                else:
                    self.col_counter += 1
                    row, column = self.row_counter, self.col_counter
                return {
                    "row": row,
                    "column": column,
                    "value": value,
                    "data_type": "s",
                    "style_id": style_id,
                }
        return super().parse_cell(element)  # type: ignore[no-any-return]


class _UnsizedSheet(ReadOnlyWorksheet):
    """A read-only sheet that skips openpyxl's size scan and reads inline strings faster.

    openpyxl reads a sheet's size from its ``<dimension>`` element; a file
    without one (openpyxl's own write-only workbooks, our exports) is parsed
    to the end just to find it, doubling the cost of reading it. ``read_rows``
    drops that size anyway (``reset_dimensions``: a bogus one would pad every
    row), so it is never computed. Cells are parsed by ``_InlineTextParser``.
    """

    def _get_size(self) -> None:
        self._max_row = self._max_column = None

    def _cells_by_row(
        self,
        min_col: int,
        min_row: int,
        max_col: int | None,
        max_row: int | None,
        values_only: bool = False,
    ) -> Iterator[tuple[Any, ...]]:
        """openpyxl's ``ReadOnlyWorksheet._cells_by_row`` with ``_InlineTextParser``."""
        filler = None if values_only else EMPTY_CELL
        max_col = max_col or self.max_column
        max_row = max_row or self.max_row
        empty_row: tuple[Any, ...] = ()
        if max_col is not None:
            empty_row = (filler,) * (max_col + 1 - min_col)
        counter = min_row
        idx = 1
        with self._get_source() as source:
            parser = _InlineTextParser(
                source,
                self._shared_strings,
                data_only=self.parent.data_only,
                epoch=self.parent.epoch,
                date_formats=self.parent._date_formats,
                timedelta_formats=self.parent._timedelta_formats,
            )
            for idx, row in parser.parse():
                if max_row is not None and idx > max_row:
                    break
                for _ in range(counter, idx):  # rows missing in the file
                    counter += 1
                    yield empty_row
                if counter <= idx:
                    counter += 1
                    yield self._get_row(row, min_col, max_col, values_only)
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty_row


class _StreamingReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's read-only workbook reader, with sheets that skip the size scan."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            worksheet = _UnsizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            worksheet.sheet_state = sheet.state
            self.wb._sheets.append(worksheet)


def load_workbook(path: Path) -> Workbook:
    """``openpyxl.load_workbook(path, read_only=True, data_only=True)``, minus the size scan."""
    reader = _StreamingReader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


@contextmanager
def open_workbook(path: Path) -> Iterator[Workbook]:
    """The checked workbook, opened read-only with cached formula results; closed after use."""
    check_workbook_archive(path)
    try:
        workbook = load_workbook(path)
    except Exception as error:  # an untrusted file can break the parser in many ways
        raise _reject(UNREADABLE, file=path.name, reason=type(error).__name__) from error
    try:
        yield workbook
    finally:
        workbook.close()


SheetRows = list[tuple[int, tuple[Any, ...]]]
"""Non-empty rows of a sheet with their row numbers (1-based, as Excel shows them)."""


@dataclass
class SheetContent:
    """What ``read_rows`` read: the sheet's title and non-empty rows."""

    title: str
    rows: SheetRows = field(default_factory=list)
    more_rows: bool = False
    """True when the sheet has more non-empty rows than were read."""


def read_rows(
    sheet: Any,
    file_name: str,
    *,
    max_rows: int,
    max_columns: int = MAX_COLUMNS,
    cancelled: Callable[[], bool] | None = None,
) -> SheetContent:
    """Stream ``sheet`` (read-only) and keep its first ``max_rows`` non-empty rows."""
    content = SheetContent(sheet.title)
    try:
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a bogus dimension (A1:XFD1048576) would pad every row
        # read-only sheets yield an empty row for every row missing in the file,
        # so counting from 1 gives the row numbers Excel shows
        rows = sheet.iter_rows(max_col=max_columns, values_only=True)
        for number, values in enumerate(rows, start=1):
            if number % 1000 == 0 and cancelled is not None and cancelled():
                break
            if any(value is not None and cell_text(value) for value in values):
                if len(content.rows) >= max_rows:
                    content.more_rows = True
                    break
                content.rows.append((number, tuple(values)))
    except ImportRejected:
        raise
    except Exception as error:
        raise _reject(UNREADABLE, file=file_name, reason=type(error).__name__) from error
    return content
