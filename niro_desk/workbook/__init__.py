"""Workbook toolkit: reading untrusted .xlsx files and writing our own, for every importer.

No Qt here: importers in ``membership`` and ``procurement`` and the CLI use it.

Reading (an import = check everything, preview, then write all or nothing):

- ``safe_open``: ``check_workbook_archive(path)`` (zip-bomb and size checks
  before parsing), ``open_workbook(path)`` (context manager; read-only,
  cached formula values, ``defusedxml`` guards XML bombs),
  ``read_rows(sheet, file_name, max_rows=, max_columns=)`` → ``SheetContent``
  (non-empty rows with Excel row numbers; columns and rows bounded before
  anything is allocated).
- ``header_match``: ``HeaderMatcher({field: [headers]}, ...)``,
  ``find_header(rows, matcher, required=...)`` → ``HeaderRow`` (field →
  column position and header as written; duplicates; unknown columns),
  ``header_key(text)``.
- ``cell_parsers``: ``parse_text``, ``parse_whole_number``,
  ``parse_decimal``, ``parse_date``, ``parse_yes_no``, ``split_list``,
  ``cell_text``, ``shown``; they raise ``CellError`` (template + params) and
  nothing else.
- ``column_limits``: ``integer_range(column)``, ``decimal_bounds(column)``,
  ``text_limit(column)``: what SQLite *and* PostgreSQL store, from the model.
- ``problems``: ``WorkbookProblem`` (sheet, row, column, message),
  ``ProblemLog`` (problems + warnings of one check), ``rejected(file,
  problems)`` → ``ImportRejected``, ``ImportCancelled`` (the user cancelled).

Writing:

- ``sheet_writer``: ``new_workbook``, ``Column``, ``write_table`` (styled
  frozen header, typed cells, widths, filter, validation, protection with
  unlocked input cells), ``Marked`` (highlighted value), ``write_report``
  (``Heading``/``Fact``/``Table`` blocks on one sheet), validation rules,
  ``save_workbook`` (atomic).
- ``formula_guard``: ``safe_cell`` / ``unquote_cell`` (formula injection).

The import pattern (see ``membership.member_import``): check in a reading
session (no write lock), show the preview, then in one short write
transaction lock what the rules need (e.g. the cap row), re-check cheaply
what may have changed since the preview, and write.
"""

from niro_desk.workbook.cell_parsers import (
    CellError,
    cell_text,
    parse_date,
    parse_decimal,
    parse_text,
    parse_whole_number,
    parse_yes_no,
    shown,
    split_list,
)
from niro_desk.workbook.column_limits import decimal_bounds, integer_range, text_limit
from niro_desk.workbook.formula_guard import safe_cell, unquote_cell
from niro_desk.workbook.header_match import HeaderMatcher, HeaderRow, find_header, header_key
from niro_desk.workbook.problems import ImportCancelled, ProblemLog, WorkbookProblem, rejected
from niro_desk.workbook.safe_open import (
    SheetContent,
    check_workbook_archive,
    open_workbook,
    read_rows,
)
from niro_desk.workbook.sheet_writer import (
    Column,
    Fact,
    Heading,
    Marked,
    Table,
    new_workbook,
    save_workbook,
    write_report,
    write_table,
)

__all__ = [
    "CellError",
    "Column",
    "Fact",
    "HeaderMatcher",
    "HeaderRow",
    "Heading",
    "ImportCancelled",
    "Marked",
    "ProblemLog",
    "SheetContent",
    "Table",
    "WorkbookProblem",
    "cell_text",
    "check_workbook_archive",
    "decimal_bounds",
    "find_header",
    "header_key",
    "integer_range",
    "new_workbook",
    "open_workbook",
    "parse_date",
    "parse_decimal",
    "parse_text",
    "parse_whole_number",
    "parse_yes_no",
    "read_rows",
    "rejected",
    "safe_cell",
    "save_workbook",
    "shown",
    "split_list",
    "text_limit",
    "unquote_cell",
    "write_report",
    "write_table",
]
