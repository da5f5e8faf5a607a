"""Importing returned collection workbooks: check every file, preview, then save each valid one.

``check_workbooks(session, collection_id, paths)`` reads each file (one,
several, or every workbook in a folder) in a reading session and returns an
``ImportPlan``: per file the participant found in the signed identity, the
requirement lines, every problem with sheet, row and column, warnings, or why
the whole file is refused. Nothing is written. ``save_import(db, ...)`` then
saves each accepted workbook in its own transaction through
``requirement_submissions.submit`` (a later submission replaces the earlier
one; the history stays). A workbook with any problem saves nothing.

What people really do is tolerated: numbers typed as text with German or
English separators ("1.200", "1.200,5"), a unit typed in ("1.200 kWh") or
chosen in the unit column (converted exactly into the item's unit), blank
rows, renamed or re-ordered sheets and columns (sheets are found by their
content, columns by their headers in either language), formulas whose cached
result is a number. Two workbooks of the same participant: the one generated
later wins and the other is skipped with a warning; so is a workbook older
than the one already imported for the participant.

Refused, with a message: files that are no .xlsx (or too big, or zip bombs:
the toolkit's ``check_workbook_archive``), workbooks with macros, workbooks
without or with a tampered identity, of another collection, of a participant
not (or no longer) invited, and formulas without a cached result.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select, true
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected, NiroDeskError, ValidationError
from niro_desk.messages import translate_message
from niro_desk.models import (
    CollectionItem,
    CollectionParticipant,
    OfficeUser,
    Organisation,
    ProcurementItem,
    RequirementLine,
    RequirementSubmission,
    SubmissionSource,
    UnitOfMeasure,
)
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement.collection_workbook import HEADERS, participant_language
from niro_desk.procurement.requirement_collections import (
    active_participants,
    get_collection,
)
from niro_desk.procurement.requirement_submissions import LineInput, submit
from niro_desk.procurement.units import convert, parse_volume, unit_from_text
from niro_desk.procurement.workbook_identity import (
    IDENTITY_MARKER,
    WorkbookIdentity,
    existing_signing_key,
    parse_stamp,
    verify,
)
from niro_desk.workbook import (
    CellError,
    HeaderMatcher,
    SheetContent,
    WorkbookProblem,
    cell_text,
    check_workbook_archive,
    decimal_bounds,
    find_header,
    open_workbook,
    parse_date,
    parse_decimal,
    parse_text,
    read_rows,
    shown,
)
from niro_desk.workbook.cell_parsers import NUMBER_OUT_OF_RANGE, is_blank
from niro_desk.workbook.safe_open import (
    MACROS,
    UNREADABLE,
    has_formulas,
    has_macros,
    workbook_paths,
)

MAX_ROWS = 20_000
"""Rows read from the requirements sheet (a collection asks for at most a few hundred items)."""
MAX_COLUMNS = 16
MAX_SITES_TEXT = 2_000
VOLUME_PLACES, VOLUME_MAXIMUM = decimal_bounds(RequirementLine.volume)
PRICE_PLACES, PRICE_MAXIMUM = decimal_bounds(RequirementLine.current_unit_price)
PRICE_QUANTUM = Decimal(1).scaleb(-PRICE_PLACES)

NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is not a requirements workbook from NIRO Desk (its hidden identity sheet is"
    " missing). Only workbooks generated for a participant can be imported.",
)
TAMPERED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was refused: its hidden identity (collection, participant) was changed"
    " after NIRO Desk generated it. Send the participant a new workbook.",
)
OTHER_COLLECTION = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} belongs to another collection (#{other}), not to “{title}”. Import it there.",
)
NOT_INVITED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is the workbook of {name}, who is not (or no longer) invited to “{title}”.",
)
UNKNOWN_PARTICIPANT = QT_TRANSLATE_NOOP(
    "Messages", "{file} is the workbook of organisation #{id}, which no longer exists."
)
NO_TABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} has no sheet with the columns “Item no.” and “Yearly volume” (“Pos.-Nr.”,"
    " “Jahresmenge”). Were they deleted or renamed?",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has more than {limit} filled rows; is this the right workbook?"
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "The column “{header}” appears twice (also as “{first}”); delete one of them."
)
NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an item number of this collection; do not change this column."
)
NO_ITEM = QT_TRANSLATE_NOOP(
    "Messages",
    "This row has no item number. Enter the volumes in the rows of the items, not in new rows.",
)
NO_VOLUME = QT_TRANSLATE_NOOP(
    "Messages",
    "The yearly volume is missing. Enter it (0 if nothing is needed), or clear the"
    " row's other cells.",
)
UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a unit NIRO Desk knows; choose one from the list."
)
FORMULA_WITHOUT_RESULT = QT_TRANSLATE_NOOP(
    "Messages",
    "The cell holds a formula ({formula}) but no result. Open the workbook in Excel, save"
    " it there (Excel then stores the result) and import it again, or type the number.",
)
PRICE_NOT_CONVERTIBLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The price per {unit} cannot be converted exactly into a price per {item_unit}; please"
    " enter it per {item_unit}.",
)
NOTICE_AFTER_END = QT_TRANSLATE_NOOP(
    "Messages", "The notice date lies after the end of the contract."
)
SUPERSEDED_IN_BATCH = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is skipped: {newer} is a newer workbook of {name} (generated later), and the"
    " newer one wins.",
)
SUPERSEDED_IN_DATABASE = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is skipped: a newer workbook of {name} (generated {newer}) has already been"
    " imported, and the newer one wins.",
)
EMPTY_ANSWER = QT_TRANSLATE_NOOP(
    "Messages",
    "{file}: no volumes entered. It will be recorded as “{name} needs none of these items”.",
)
WORKBOOK_NOTE = "Workbook {file}, generated {stamp}"
_NOTE_STAMP = re.compile(r"generated (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z)$")
_GERMAN_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_ENGLISH_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_QUANTITY_TEXT = re.compile(r"\s*(\d[\d.,]*)\s*([^\d\s.,]\S*)?\s*")
_HAS_UNIT = re.compile(r"\d\s*[^\d\s.,'\u00a0\u202f]")

Progress = Callable[[int, int], None]

_MATCHER = HeaderMatcher(
    {key: list(texts.values()) for key, texts in HEADERS.items()},
    {
        "item_no": ["Nr.", "No.", "Artikelnummer", "Item number"],
        "volume": ["Menge", "Volume", "Jahresbedarf", "Yearly demand", "Bedarf"],
        "unit": ["Einheit der Menge", "Unit of measure", "ME"],
        "price": ["Preis", "Price", "Einzelpreis", "Unit price"],
        "supplier": ["Lieferant", "Supplier"],
        "sites": ["Lieferstelle", "Standorte", "Sites"],
    },
)
_INPUT_FIELDS = ("volume", "sites", "supplier", "price", "contract_end", "notice_date")


@dataclass
class WorkbookCheck:
    """What one file holds, or why it is refused."""

    path: Path
    organisation_id: int | None = None
    participant: str = ""
    generated_at: dt.datetime | None = None
    lines: list[LineInput] = field(default_factory=list)
    problems: list[WorkbookProblem] = field(default_factory=list)
    refusal: str = ""
    """Why the whole file is refused (translated); empty when it could be read."""
    warnings: list[str] = field(default_factory=list)
    superseded: bool = False
    """A newer workbook of the same participant wins (a warning says which)."""
    saved: bool = False

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def rejected(self) -> bool:
        return bool(self.refusal or self.problems)

    @property
    def accepted(self) -> bool:
        return not self.rejected and not self.superseded

    def problem(self, sheet: str, row: int, column: str, template: str, **params: Any) -> None:
        self.problems.append(WorkbookProblem(sheet, row, column, template, params))


@dataclass
class ImportPlan:
    collection_id: int
    title: str
    checks: list[WorkbookCheck]

    @property
    def accepted(self) -> list[WorkbookCheck]:
        return [c for c in self.checks if c.accepted]

    @property
    def rejected(self) -> list[WorkbookCheck]:
        return [c for c in self.checks if c.rejected]

    @property
    def superseded(self) -> list[WorkbookCheck]:
        return [c for c in self.checks if c.superseded and not c.rejected]


def _message(error: NiroDeskError) -> str:
    return translate_message(error.template, **error.params)


@dataclass
class _Context:
    collection_id: int
    title: str
    key: bytes | None
    items: dict[int, UnitOfMeasure]
    participants: dict[int, tuple[str, str]]  # id → (name, language)


def _identity(rows: list[tuple[int, tuple[Any, ...]]]) -> tuple[WorkbookIdentity, str] | None:
    values = {cell_text(r[0]): cell_text(r[1]) for _n, r in rows if len(r) >= 2}
    try:
        identity = WorkbookIdentity(
            int(values["collection"]), int(values["participant"]), parse_stamp(values["generated"])
        )
    except (KeyError, ValueError):
        return None
    return identity, values.get("signature", "")


def _is_identity_sheet(rows: list[tuple[int, tuple[Any, ...]]]) -> bool:
    return bool(rows) and bool(rows[0][1]) and cell_text(rows[0][1][0]) == IDENTITY_MARKER


def _cell(values: tuple[Any, ...], position: int | None) -> Any:
    if position is None or position >= len(values):
        return None
    return values[position]


def _fast_number(text: str, languages: tuple[str, ...]) -> Decimal | None:
    """The everyday spellings ("1.200", "1.200,5", "1200.5") without Babel; None for others.

    Gives what ``parse_number`` gives for these spellings in the same language
    order; anything else (and every error message) goes the slow way.
    """
    for language in languages:
        if language == "de" and _GERMAN_NUMBER.fullmatch(text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if language == "en" and _ENGLISH_NUMBER.fullmatch(text):
            return Decimal(text.replace(",", ""))
    return None


def _languages(language: str) -> tuple[str, str]:
    return (language, "en" if language == "de" else "de")


def _fast_volume(
    text: str, row_unit: UnitOfMeasure, item_unit: UnitOfMeasure, language: str
) -> Decimal | None:
    match = _QUANTITY_TEXT.fullmatch(text)
    if match is None:
        return None
    number = _fast_number(match[1], _languages(language))
    unit = row_unit if match[2] is None else unit_from_text(match[2])
    if number is None or unit is None:
        return None
    try:
        return convert(number, unit, item_unit)
    except ValidationError:
        return None


def _volume(
    value: Any, row_unit: UnitOfMeasure, item_unit: UnitOfMeasure, language: str
) -> Decimal:
    """The volume in the item's unit; raises CellError or ValidationError."""
    if isinstance(value, str):
        text = cell_text(value)
        volume = _fast_volume(text, row_unit, item_unit, language)
        if volume is None:
            volume = _slow_volume(text, row_unit, item_unit, language)
    else:
        number = parse_decimal(value, places=VOLUME_PLACES, maximum=VOLUME_MAXIMUM)
        assert number is not None
        volume = convert(number, row_unit, item_unit)
    if volume > VOLUME_MAXIMUM:
        raise CellError(
            NUMBER_OUT_OF_RANGE, value=shown(value), minimum="0", maximum=str(VOLUME_MAXIMUM)
        )
    return volume


def _slow_volume(
    text: str, row_unit: UnitOfMeasure, item_unit: UnitOfMeasure, language: str
) -> Decimal:
    """``units.parse_volume`` in the workbook's language, then the other one."""
    typed_unit = _HAS_UNIT.search(text) is not None
    first: ValidationError | None = None
    for candidate in _languages(language):
        try:
            if typed_unit:
                return parse_volume(text, item_unit, candidate)
            return convert(parse_volume(text, row_unit, candidate), row_unit, item_unit)
        except ValidationError as error:
            first = first or error
    assert first is not None
    raise first


def _amount(value: Any) -> Decimal | None:
    """A price as ``parse_decimal`` reads it (German first), the everyday spellings fast."""
    if isinstance(value, str):
        number = _fast_number(value.replace("€", "").strip(), ("de", "en"))
        if number is not None and number <= PRICE_MAXIMUM:
            rounded = number.quantize(PRICE_QUANTUM)
            if rounded == number:
                return rounded
    return parse_decimal(value, places=PRICE_PLACES, maximum=PRICE_MAXIMUM)


def _price(value: Any, row_unit: UnitOfMeasure, item_unit: UnitOfMeasure) -> Decimal | None:
    price = _amount(value)
    if price is None or row_unit == item_unit:
        return price
    per_item_unit = price * convert(Decimal(1), item_unit, row_unit)
    if per_item_unit.quantize(PRICE_QUANTUM) != per_item_unit or per_item_unit > PRICE_MAXIMUM:
        raise ValidationError(
            "price", PRICE_NOT_CONVERTIBLE, unit=str(row_unit), item_unit=str(item_unit)
        )
    return per_item_unit.quantize(PRICE_QUANTUM)


def _read_lines(
    check: WorkbookCheck,
    sheet: str,
    rows: list[tuple[int, tuple[Any, ...]]],
    header_index: int,
    columns: dict[str, tuple[int, str]],
    items: dict[int, UnitOfMeasure],
    language: str,
) -> None:
    """Parse the table rows into ``check.lines`` and ``check.problems``."""
    header = {name: written for name, (_i, written) in columns.items()}
    missing = MAX_COLUMNS  # a column the sheet lacks reads as the padding's None
    padding = (None,) * (MAX_COLUMNS + 1)

    def at(name: str) -> int:
        return columns[name][0] if name in columns else missing

    item_at, unit_at, volume_at, price_at = at("item_no"), at("unit"), at("volume"), at("price")
    sites_at, supplier_at = at("sites"), at("supplier")
    end_at, notice_at = at("contract_end"), at("notice_date")
    inputs = [at(name) for name in _INPUT_FIELDS]
    lines = check.lines
    for number, row in rows[header_index + 1 :]:
        values = row + padding
        if all(is_blank(values[p]) for p in inputs):
            continue  # an item not needed, or a blank row
        problems_before = len(check.problems)

        def problem(name: str, template: str, at_row: int = number, **params: Any) -> None:
            check.problem(sheet, at_row, header.get(name, ""), template, **params)

        raw_item = values[item_at]
        item_unit: UnitOfMeasure | None = None
        if is_blank(raw_item):
            problem("item_no", NO_ITEM)
            continue
        if isinstance(raw_item, int | float | str) and not isinstance(raw_item, bool):
            try:
                item_unit = items.get(int(raw_item))
            except ValueError:
                item_unit = None
        if item_unit is None:
            problem("item_no", NOT_AN_ITEM, value=shown(raw_item))
            continue
        item_id = int(raw_item)
        row_unit = item_unit
        raw_unit = values[unit_at]
        if not is_blank(raw_unit):
            found = unit_from_text(cell_text(raw_unit))
            if found is None:
                problem("unit", UNKNOWN_UNIT, value=shown(raw_unit))
            else:
                row_unit = found
        volume: Decimal | None = None
        raw_volume = values[volume_at]
        if is_blank(raw_volume):
            problem("volume", NO_VOLUME)
        else:
            try:
                volume = _volume(raw_volume, row_unit, item_unit, language)
            except (CellError, ValidationError) as error:
                problem("volume", error.template, **error.params)
        price = contract_end = notice_date = None
        try:
            price = _price(values[price_at], row_unit, item_unit)
        except (CellError, ValidationError) as error:
            problem("price", error.template, **error.params)
        try:
            contract_end = parse_date(values[end_at])
        except CellError as error:
            problem("contract_end", error.template, **error.params)
        try:
            notice_date = parse_date(values[notice_at])
        except CellError as error:
            problem("notice_date", error.template, **error.params)
        if contract_end and notice_date and notice_date > contract_end:
            problem("notice_date", NOTICE_AFTER_END)
        supplier = sites = ""
        try:
            supplier = parse_text(values[supplier_at], 200)
        except CellError as error:
            problem("supplier", error.template, **error.params)
        try:
            sites = parse_text(values[sites_at], MAX_SITES_TEXT)
        except CellError as error:
            problem("sites", error.template, **error.params)
        if len(check.problems) == problems_before and volume is not None:
            lines.append(
                LineInput(item_id, volume, sites, supplier, price, contract_end, notice_date)
            )


def _formulas_without_result(
    check: WorkbookCheck,
    sheet_index: int,
    sheet: str,
    rows: list[tuple[int, tuple[Any, ...]]],
    columns: dict[str, tuple[int, str]],
) -> None:
    """Cells read as empty that hold a formula without a cached result: say so.

    Only when the file has formulas at all (a quick look into the sheets' XML)
    is it read a second time, with the formulas instead of their results.
    """
    if not has_formulas(check.path):
        return
    read = dict(rows)
    names = dict(columns.values())
    workbook = load_workbook(check.path, read_only=True, data_only=False)
    try:
        worksheet = workbook.worksheets[sheet_index]
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()
        formulas = worksheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        for number, values in enumerate(formulas, start=1):
            for position, value in enumerate(values):
                if not (isinstance(value, str) and value.startswith("=")):
                    continue
                cached = read.get(number, ())
                if position < len(cached) and cached[position] is not None:
                    continue
                column = names.get(position, "")
                check.problems = [
                    p
                    for p in check.problems
                    if not (p.row == number and p.column == column and p.template == NO_VOLUME)
                ]
                check.problem(sheet, number, column, FORMULA_WITHOUT_RESULT, formula=shown(value))
    finally:
        workbook.close()


def _table_rows(
    worksheet: Any, file_name: str, width: int, cancelled: Callable[[], bool]
) -> SheetContent:
    """The table's non-empty rows, as ``read_rows`` gives them, in one lean pass.

    Reads only the columns up to the last known header (``width``) and tests
    emptiness without formatting every cell: 10,000 rows stay within the
    speed target (``benchmarks/collection_import.py``).
    """
    content = SheetContent(worksheet.title)
    rows = content.rows
    try:
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()
        values_of = worksheet.iter_rows(max_col=width, values_only=True)
        for number, values in enumerate(values_of, start=1):
            if number % 1000 == 0 and cancelled():
                break
            for value in values:
                if value is not None and (value.__class__ is not str or value.strip()):
                    break
            else:
                continue
            if len(rows) >= MAX_ROWS:
                content.more_rows = True
                break
            rows.append((number, values))
    except Exception as error:  # an untrusted file can break the parser in many ways
        raise ImportRejected(UNREADABLE, [], file=file_name, reason=type(error).__name__) from error
    return content


def _check_file(check: WorkbookCheck, context: _Context, cancelled: Callable[[], bool]) -> None:
    path = check.path
    try:
        check_workbook_archive(path)
        if has_macros(path):
            check.refusal = translate_message(MACROS, file=path.name)
            return
        with open_workbook(path) as workbook:
            identity_rows: list[tuple[int, tuple[Any, ...]]] | None = None
            table: tuple[int, Any, Any] | None = None
            for index, worksheet in enumerate(workbook.worksheets):
                probe = read_rows(worksheet, path.name, max_rows=20, max_columns=MAX_COLUMNS)
                if _is_identity_sheet(probe.rows):
                    identity_rows = identity_rows or probe.rows
                    continue
                if table is None:
                    header = find_header(
                        probe.rows, _MATCHER, required=("item_no", "volume"), minimum_fields=2
                    )
                    if header is not None:
                        table = (index, worksheet, header)
            found = _identity(identity_rows) if identity_rows is not None else None
            if found is None:
                check.refusal = translate_message(NO_IDENTITY, file=path.name)
                return
            identity, signature = found
            if not verify(identity, signature, context.key):
                check.refusal = translate_message(TAMPERED, file=path.name)
                return
            check.generated_at = identity.generated_at
            if identity.collection_id != context.collection_id:
                check.refusal = translate_message(
                    OTHER_COLLECTION,
                    file=path.name,
                    other=identity.collection_id,
                    title=context.title,
                )
                return
            participant = context.participants.get(identity.organisation_id)
            if participant is None:
                check.refusal = translate_message(
                    UNKNOWN_PARTICIPANT, file=path.name, id=identity.organisation_id
                )
                return
            check.organisation_id = identity.organisation_id
            check.participant, language = participant
            if not language:
                check.refusal = translate_message(
                    NOT_INVITED, file=path.name, name=check.participant, title=context.title
                )
                return
            if table is None:
                check.refusal = translate_message(NO_TABLE, file=path.name)
                return
            index, worksheet, header = table
            width = max(position for position, _h in header.columns.values()) + 1
            content = _table_rows(worksheet, path.name, width, cancelled)
    except ImportRejected as error:
        check.refusal = _message(error)
        return
    except (zipfile.BadZipFile, OSError) as error:
        check.refusal = translate_message(
            UNREADABLE,
            file=path.name,
            reason=type(error).__name__,
        )
        return
    sheet = content.title
    if content.more_rows:
        check.problem(sheet, 0, "", TOO_MANY_ROWS, limit=MAX_ROWS)
        return
    for _position, written, first in header.duplicates:
        check.problem(sheet, header.number, written, DUPLICATE_COLUMN, header=written, first=first)
    _read_lines(check, sheet, content.rows, header.index, header.columns, context.items, language)
    _formulas_without_result(check, index, sheet, content.rows, header.columns)
    check.problems.sort(key=lambda p: p.row)


def _context(session: Session, collection_id: int) -> _Context:
    collection = get_collection(session, collection_id)
    active = {o.id for o in active_participants(session, collection_id)}
    participants: dict[int, tuple[str, str]] = {}
    for organisation in session.scalars(
        select(Organisation)
        .join(CollectionParticipant, CollectionParticipant.organisation_id == Organisation.id)
        .where(CollectionParticipant.collection_id == collection_id)
    ):
        language = participant_language(organisation) if organisation.id in active else ""
        participants[organisation.id] = (organisation.name, language)
    return _Context(
        collection_id,
        collection.title,
        existing_signing_key(session),
        {
            item_id: UnitOfMeasure(unit)
            for item_id, unit in session.execute(
                select(ProcurementItem.id, ProcurementItem.unit)
                .join(CollectionItem, CollectionItem.item_id == ProcurementItem.id)
                .where(CollectionItem.collection_id == collection_id)
            )
        },
        participants,
    )


def _imported_stamps(session: Session, collection_id: int) -> dict[int, dt.datetime]:
    """participant → generation time of the workbook behind its current submission."""
    stamps = {}
    for organisation_id, note in session.execute(
        select(RequirementSubmission.organisation_id, RequirementSubmission.note).where(
            RequirementSubmission.collection_id == collection_id,
            RequirementSubmission.is_current == true(),
            RequirementSubmission.source == SubmissionSource.WORKBOOK,
        )
    ):
        found = _NOTE_STAMP.search(note or "")
        if found:
            stamps[organisation_id] = parse_stamp(found[1])
    return stamps


def _newest_wins(checks: Sequence[WorkbookCheck], imported: dict[int, dt.datetime]) -> None:
    newest: dict[int, WorkbookCheck] = {}
    for check in checks:
        if check.rejected or check.organisation_id is None or check.generated_at is None:
            continue
        other = newest.get(check.organisation_id)
        if other is None or check.generated_at >= other.generated_at:  # type: ignore[operator]
            newest[check.organisation_id] = check
    for check in checks:
        if check.rejected or check.organisation_id is None or check.generated_at is None:
            continue
        winner = newest[check.organisation_id]
        if winner is not check:
            check.superseded = True
            check.warnings.append(
                translate_message(
                    SUPERSEDED_IN_BATCH, file=check.file, newer=winner.file, name=check.participant
                )
            )
            continue
        stored = imported.get(check.organisation_id)
        if stored is not None and stored > check.generated_at:
            check.superseded = True
            check.warnings.append(
                translate_message(
                    SUPERSEDED_IN_DATABASE,
                    file=check.file,
                    name=check.participant,
                    newer=stored.strftime("%d.%m.%Y %H:%M UTC"),
                )
            )
        elif not check.lines:
            check.warnings.append(
                translate_message(EMPTY_ANSWER, file=check.file, name=check.participant)
            )


def check_workbooks(
    session: Session,
    collection_id: int,
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Check every file (folders: their workbooks) against the collection; writes nothing."""
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    context = _context(session, collection_id)
    files = workbook_paths(paths)
    checks = []
    stop = cancelled or (lambda: False)
    for done, path in enumerate(files, start=1):
        check = WorkbookCheck(path)
        _check_file(check, context, stop)
        checks.append(check)
        if progress is not None:
            progress(done, len(files))
    _newest_wins(checks, _imported_stamps(session, collection_id))
    return ImportPlan(collection_id, context.title, checks)


def save_import(
    db: Any,
    acting_user: Callable[[Session], OfficeUser],
    plan: ImportPlan,
    progress: Progress | None = None,
) -> ImportPlan:
    """Save each accepted workbook in its own transaction; a failure refuses only that file.

    A newer workbook of the participant imported since the check still wins.
    """
    with db.transaction() as session:
        require(session, acting_user(session), Permission.EDIT_PROCUREMENT)
    accepted = plan.accepted
    for done, check in enumerate(accepted, start=1):
        assert check.organisation_id is not None and check.generated_at is not None
        stamp = WorkbookIdentity(plan.collection_id, check.organisation_id, check.generated_at)
        try:
            with db.transaction() as session:
                stored = _imported_stamps(session, plan.collection_id).get(check.organisation_id)
                if stored is not None and stored > check.generated_at:
                    check.superseded = True
                    check.warnings.append(
                        translate_message(
                            SUPERSEDED_IN_DATABASE,
                            file=check.file,
                            name=check.participant,
                            newer=stored.strftime("%d.%m.%Y %H:%M UTC"),
                        )
                    )
                    continue
                submit(
                    session,
                    acting_user(session),
                    plan.collection_id,
                    check.organisation_id,
                    check.lines,
                    SubmissionSource.WORKBOOK,
                    WORKBOOK_NOTE.format(file=check.file, stamp=stamp.stamp()),
                )
            check.saved = True
        except NiroDeskError as error:
            check.refusal = _message(error)
        if progress is not None:
            progress(done, len(accepted))
    return plan
