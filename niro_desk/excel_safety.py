"""Safety for Excel round trips: untrusted workbooks in, neutralised text out.

``check_workbook_archive`` looks at an .xlsx file's zip directory *before*
openpyxl opens it: openpyxl guards against XML bombs (with ``defusedxml``,
a dependency) but not against zip bombs. Python's ``zipfile`` never inflates
a member beyond the size its directory entry declares, so checking the
declared sizes bounds what reading the workbook can unpack.

``safe_cell`` is for every value an export writes: openpyxl turns a string
starting with ``=`` into a live formula, and Excel re-reads text starting
with ``+ - @`` (or tab/CR) as a formula once someone edits the cell. Such
text gets a leading apostrophe. One exception keeps phone numbers readable:
``+`` or ``-`` followed only by digits, spaces and ``. / ( ) -`` (such as
``+49 2303 123456``) cannot name a cell, a function or another program, so
it is written as it is. ``unquote_cell`` undoes ``safe_cell`` when a file we
wrote comes back in.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TypeVar

from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""Everything in the archive together, unpacked."""
MAX_COMPRESSION_RATIO = 100
"""Unpacked size / packed size of one member (spreadsheet XML stays far below this)."""
RATIO_CHECK_FROM_BYTES = 1024 * 1024
"""Small members may compress extremely well without harm: the ratio counts from 1 MiB."""
MAX_MEMBERS = 5_000
"""An .xlsx holds a few dozen parts; thousands mean something else."""

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER_LIKE = re.compile(r"[+-][\d ./()-]*\d[\d ./()-]*")
"""Sign, then digits and punctuation only: no reference, function or DDE call possible."""

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

_Value = TypeVar("_Value")


def _reject(template: str, **params: object) -> ImportRejected:
    return ImportRejected(template, [], **params)


def _megabytes(size: int) -> int:
    return -(-size // (1024 * 1024))


def check_workbook_archive(path: Path) -> None:
    """Refuse anything but a plausible .xlsx archive; raises ``ImportRejected``.

    Checks, without unpacking anything: the name ends in .xlsx (or .xlsm,
    .xltx, .xltm), the file is a zip archive holding a workbook part, it has
    at most ``MAX_MEMBERS`` parts, at most ``MAX_UNCOMPRESSED_BYTES`` unpacked,
    and no large part packed more than ``MAX_COMPRESSION_RATIO`` times.
    """
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


def safe_cell(value: _Value) -> _Value | str:
    """``value`` ready for a cell: text that Excel could read as a formula gets a leading '.

    Numbers, dates, booleans and None pass unchanged, and so do phone-number-like
    texts such as ``+49 2303 123456`` (see the module docstring).
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER_LIKE.fullmatch(value):
        return value
    return QUOTE + value


def unquote_cell(text: str) -> str:
    """Undo ``safe_cell`` on text read back from a workbook."""
    if text.startswith(QUOTE) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
