"""Importing returned bid workbooks: check every file, preview, then enter all bids at once.

``check_bid_workbooks(session, tender_id, paths)`` reads each file (one,
several, or every workbook in a folder) in a reading session and returns a
``BidImportPlan``: per file the supplier and round found in the signed
identity, the lots covered, the validity, the time received and whether that
is after the deadline, every problem with sheet, row, column and field, or
why the whole file is refused. Nothing is written. ``save_bid_import(session,
user, plan)`` then enters every accepted bid in the caller's one transaction
through ``bids.enter_bid`` (prices sealed to the tender's opening key; a late
bid is marked late there), after locking the round and checking again what
may have changed since the preview.

All or nothing: a workbook with any problem enters nothing, and
``save_bid_import`` enters nothing at all while any file of the plan is
refused (the office removes or replaces that file and checks again).

The rules, as for the requirement import (``collection_import``):

- files that are no .xlsx, too big, zip bombs, with macros or with links to
  other workbooks (external links) are refused, and so are workbooks without
  or with a tampered identity, of another tender, of a round that is not the
  one open for bids (an earlier round, or one closed or opened), and of a
  supplier who is not invited to that round;
- sheets are found by their content and columns by their headers in either
  language, so German and English workbooks both import;
- a lot is covered when all its items have a price; a lot without any price
  is not covered; a lot priced only in part is an error (the supplier is
  asked to price every item of a lot it bids for, see the instructions);
- a price must be a number ≥ 0 with at most four decimal places; a formula
  needs a cached result;
- two workbooks of the same supplier: the one received later wins (then the
  one generated later), the other is skipped with a warning; so is a
  workbook received before the supplier's bid already entered for the round.

Time received is the file's modification time on this computer (when the
attachment was saved), never later than the check; a bid received after the
round's deadline is late.

Sealed: a price read from a workbook lives only in ``BidCheck.prices`` (a
holder whose ``repr`` shows no value) until ``enter_bid`` seals it. No
problem text quotes a price cell (it says which cell and why), nothing here
logs, and the audit entries name files, suppliers and lots only.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected, NiroDeskError, RuleViolation
from niro_desk.formatting import parse_number
from niro_desk.messages import translate_message
from niro_desk.models import (
    Bid,
    BidPrice,
    OfficeUser,
    Organisation,
    RoundState,
    TenderRound,
    TenderState,
)
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement import bids
from niro_desk.procurement.tender_invitation import DETAILS, HEADERS
from niro_desk.procurement.tenders import get_tender
from niro_desk.procurement.workbook_identity import (
    IDENTITY_MARKER,
    INVITATION_MARKER,
    InvitationIdentity,
    existing_signing_key,
    parse_stamp,
    verify,
)
from niro_desk.workbook import (
    CellError,
    HeaderMatcher,
    WorkbookProblem,
    cell_text,
    check_workbook_archive,
    decimal_bounds,
    find_header,
    header_key,
    open_workbook,
    parse_date,
    parse_text,
    read_rows,
    shown,
)
from niro_desk.workbook.cell_parsers import is_blank
from niro_desk.workbook.identity_sheet import identity_fields, is_identity_sheet
from niro_desk.workbook.safe_open import (
    EXTERNAL_LINKS,
    MACROS,
    UNREADABLE,
    has_external_links,
    has_formulas,
    has_macros,
    workbook_paths,
)

__all__ = [
    "BidCheck",
    "BidImportPlan",
    "check_bid_workbooks",
    "save_bid_import",
    "workbook_paths",
]

MAX_ROWS = 5_000
"""Rows read from the prices sheet (a tender has a few dozen items)."""
MAX_COLUMNS = 16
MAX_CONDITIONS = 4_000
MAX_PRICE_TEXT = 40
PRICE_PLACES, PRICE_MAXIMUM = decimal_bounds(BidPrice.unit_price)
PRICE_QUANTUM = Decimal(1).scaleb(-PRICE_PLACES)

Progress = Callable[[int, int], None]

NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is not a bid workbook from NIRO Desk (its hidden identity sheet is missing)."
    " Only the invitation workbooks sent to a supplier can be imported.",
)
COLLECTION_WORKBOOK = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is a requirements workbook of a collection, not a bid workbook. Import it in"
    " the Requirements area.",
)
TAMPERED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was refused: its hidden identity (tender, round, supplier) was changed after"
    " NIRO Desk generated it. Send the supplier a new invitation workbook.",
)
OTHER_TENDER = QT_TRANSLATE_NOOP(
    "Messages", "{file} belongs to another tender (#{other}), not to “{title}”. Import it there."
)
NO_SUCH_ROUND = QT_TRANSLATE_NOOP(
    "Messages", "{file} was written for round {number}, which “{title}” does not have."
)
NOT_THE_OPEN_ROUND = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was written for round {number} of “{title}”, but round {current} is the one"
    " that takes bids now. Ask the supplier to fill in the workbook of round {current}.",
)
ROUND_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was written for round {number} of “{title}”, which has been closed or opened:"
    " no bid can be added to it any more.",
)
NOT_TAKING_BIDS = QT_TRANSLATE_NOOP(
    "Messages", "{file}: “{title}” takes no bids now (it is not in a round open for bids)."
)
UNKNOWN_SUPPLIER = QT_TRANSLATE_NOOP(
    "Messages", "{file} is the workbook of organisation #{id}, which no longer exists."
)
NOT_INVITED = QT_TRANSLATE_NOOP(
    "Messages", "{file} is the workbook of {name}, who is not invited to round {number}."
)
NO_PRICES_SHEET = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} has no sheet with the columns “Item no.” and “Your price per unit” (“Pos.-Nr.”,"
    " “Ihr Preis je Einheit”). Were they deleted or renamed?",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has more than {limit} filled rows; is this the right workbook?"
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "The column “{header}” appears twice (also as “{first}”); delete one of them."
)
NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not an item of lot {lot} of this tender; do not change the columns “Lot”"
    " and “Item no.”.",
)
NO_ITEM = QT_TRANSLATE_NOOP(
    "Messages", "This row has no item number. Enter the prices in the rows of the items."
)
ITEM_TWICE = QT_TRANSLATE_NOOP(
    "Messages", "Item {item} of lot {lot} appears a second time (also in row {first})."
)
PRICE_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Messages", "The price is not a number: enter the net price per unit in euros, e.g. 12,50."
)
PRICE_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "The price must not be negative.")
PRICE_TOO_PRECISE = QT_TRANSLATE_NOOP(
    "Messages", "The unit price has more than {places} decimal places."
)
PRICE_TOO_HIGH = QT_TRANSLATE_NOOP("Messages", "The price is larger than NIRO Desk can store.")
PRICE_FORMULA = QT_TRANSLATE_NOOP(
    "Messages",
    "The price cell holds a formula but no result. Open the workbook in Excel, save it"
    " there (Excel then stores the result) or type the price, and send it again.",
)
PART_OF_LOT = QT_TRANSLATE_NOOP(
    "Messages",
    "Lot {lot} is priced only in part: the price for {item} is missing. Price every item"
    " of a lot you bid for, or none.",
)
ROW_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Lot {lot} is priced, but the row of {item} is missing. Do not delete rows; send the"
    " workbook with every row.",
)
NO_PRICES = QT_TRANSLATE_NOOP(
    "Messages", "No prices entered: the workbook covers no lot, so there is no bid in it."
)
VALIDITY_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a date: write it as DD.MM.YYYY (e.g. 31.03.2027)."
)
NO_VALIDITY = QT_TRANSLATE_NOOP("Messages", "{file}: the bid says nothing on how long it is valid.")
VALIDITY_OVER = QT_TRANSLATE_NOOP(
    "Messages", "{file}: the bid is valid only until {date}, before it was received."
)
LATE = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} was received after the deadline ({deadline}): the bid is marked late and"
    " excluded unless the office admits it with a reason.",
)
SUPERSEDED_IN_BATCH = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is skipped: {newer} is a later workbook of {name} (received later), and the"
    " later one wins.",
)
SUPERSEDED_IN_DATABASE = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} is skipped: a bid of {name} received later ({received}) has already been"
    " entered for this round, and the later one wins.",
)
REFUSED_FILES = QT_TRANSLATE_NOOP(
    "Messages",
    "{count} file(s) were refused or have problems: no bid was imported. Remove or replace"
    " those files and check again.",
)
CHANGED_SINCE_CHECK = QT_TRANSLATE_NOOP(
    "Messages",
    "Round {number} of “{title}” no longer takes bids (it changed since the check): no bid"
    " was imported.",
)
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Messages", "There is no bid to import.")

_MATCHER = HeaderMatcher(
    {key: list(texts.values()) for key, texts in HEADERS.items()},
    {
        "lot_no": ["Los-Nr.", "Lot no."],
        "item_no": ["Nr.", "No.", "Artikelnummer", "Item number"],
        "price": ["Preis", "Price", "Einzelpreis", "Unit price", "Preis je Einheit"],
    },
)
_DETAIL_KEYS = {
    header_key(words[key]): key for words in DETAILS.values() for key in ("valid", "conditions")
}


class SealedPrices:
    """Prices on their way into the seal: ``repr`` and ``str`` show how many, never a value."""

    __slots__ = ("_lots",)

    def __init__(self, lots: Mapping[int, Mapping[int, Decimal]]) -> None:
        self._lots = {lot: dict(prices) for lot, prices in lots.items()}

    def lots(self) -> dict[int, dict[int, Decimal]]:
        """lot id → item id → unit price (only ``save_bid_import`` reads this)."""
        return {lot: dict(prices) for lot, prices in self._lots.items()}

    def __len__(self) -> int:
        return sum(len(prices) for prices in self._lots.values())

    def __repr__(self) -> str:
        return f"<{len(self)} sealed price(s)>"

    __str__ = __repr__

    def __reduce__(self) -> Any:  # no pickling (a plan may end up in a crash report)
        raise TypeError("sealed prices cannot be pickled")


@dataclass
class BidProblem(WorkbookProblem):
    """A ``WorkbookProblem`` that also names the field (``price``, ``valid_until``, …)."""

    field: str = ""


@dataclass
class BidCheck:
    """What one file holds, or why it is refused; no price in any visible field."""

    path: Path
    supplier_id: int | None = None
    supplier: str = ""
    round_number: int | None = None
    generated_at: dt.datetime | None = None
    received_at: dt.datetime | None = None
    late: bool = False
    lots: tuple[int, ...] = ()
    """Numbers of the lots covered (every item priced)."""
    valid_until: dt.date | None = None
    conditions: str = ""
    prices: SealedPrices = field(default_factory=lambda: SealedPrices({}), repr=False)
    problems: list[WorkbookProblem] = field(default_factory=list)
    refusal: str = ""
    """Why the whole file is refused (translated); empty when it could be read."""
    warnings: list[str] = field(default_factory=list)
    superseded: bool = False
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

    def problem(
        self, sheet: str, row: int, column: str, name: str, template: str, **params: Any
    ) -> None:
        self.problems.append(BidProblem(sheet, row, column, template, params, name))


@dataclass
class BidImportPlan:
    tender_id: int
    title: str
    round_id: int | None
    round_number: int | None
    deadline: dt.datetime | None
    checks: list[BidCheck]
    checked_at: dt.datetime

    @property
    def accepted(self) -> list[BidCheck]:
        return [c for c in self.checks if c.accepted]

    @property
    def rejected(self) -> list[BidCheck]:
        return [c for c in self.checks if c.rejected]

    @property
    def superseded(self) -> list[BidCheck]:
        return [c for c in self.checks if c.superseded and not c.rejected]

    @property
    def saved(self) -> list[BidCheck]:
        return [c for c in self.checks if c.saved]


@dataclass(frozen=True)
class _Lot:
    lot_id: int
    number: int
    items: dict[int, str]  # item id → name


@dataclass
class _Context:
    tender_id: int
    title: str
    state: TenderState
    key: bytes | None
    rounds: dict[int, tuple[int, RoundState, dt.datetime, frozenset[int]]]
    """round number → (id, state, deadline, invited supplier ids)"""
    current: int | None
    lots: dict[int, _Lot]  # lot number → lot
    names: dict[int, str]  # organisation id → name


def _message(error: NiroDeskError) -> str:
    return translate_message(error.template, **error.params)


def _received(path: Path, now: dt.datetime) -> dt.datetime:
    """When the file arrived here: its modification time, never later than ``now``."""
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)
    return min(modified, now)


def _identity(rows: list[tuple[int, tuple[Any, ...]]]) -> tuple[InvitationIdentity, str] | None:
    values = identity_fields(rows)
    try:
        identity = InvitationIdentity(
            int(values["tender"]),
            int(values["round"]),
            int(values["supplier"]),
            parse_stamp(values["generated"]),
        )
    except (KeyError, ValueError):
        return None
    return identity, values.get("signature", "")


def _price_number(value: Any, language: str = "de") -> Decimal:
    """The price in a cell as an exact Decimal; CellError (never quoting it) otherwise.

    Text is read in the workbook's language first ("1.234" is 1,234 in German
    but 1.234 in English), then in the other one.
    """
    number: Decimal | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
        rounded = number.quantize(PRICE_QUANTUM) if number.is_finite() else number
        if number.is_finite() and abs(number - rounded) < Decimal("0.000000001"):
            number = rounded  # 0.30000000000000004 from a formula
    elif isinstance(value, str) and len(value) <= MAX_PRICE_TEXT:
        text = cell_text(value).replace("EUR", "")
        for candidate in (language, "en" if language == "de" else "de"):
            try:
                number = parse_number(text, candidate)
                break
            except (ValueError, ArithmeticError):
                continue
    if number is None or not number.is_finite():
        raise CellError(PRICE_NOT_A_NUMBER)
    if number < 0:
        raise CellError(PRICE_NEGATIVE)
    if number > PRICE_MAXIMUM:
        raise CellError(PRICE_TOO_HIGH)
    try:
        rounded = number.quantize(PRICE_QUANTUM)
    except (InvalidOperation, ArithmeticError):
        raise CellError(PRICE_TOO_HIGH) from None
    if rounded != number:
        raise CellError(PRICE_TOO_PRECISE, places=PRICE_PLACES)
    return rounded


def _cell(values: tuple[Any, ...], position: int | None) -> Any:
    if position is None or position >= len(values):
        return None
    return values[position]


def _formula_cells(path: Path, sheet_index: int, column: int) -> dict[int, bool]:
    """Rows whose cell in ``column`` holds a formula (only read when the file has formulas)."""
    if not has_formulas(path):
        return {}
    found: dict[int, bool] = {}
    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        worksheet = workbook.worksheets[sheet_index]
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()
        for number, values in enumerate(
            worksheet.iter_rows(max_col=column + 1, values_only=True), start=1
        ):
            if number > MAX_ROWS + 100:
                break
            value = values[column] if column < len(values) else None
            if isinstance(value, str) and value.startswith("="):
                found[number] = True
    finally:
        workbook.close()
    return found


def _read_prices(
    check: BidCheck,
    context: _Context,
    sheet: str,
    rows: list[tuple[int, tuple[Any, ...]]],
    header: Any,
    formulas: dict[int, bool],
) -> None:
    columns = header.columns
    lot_at = columns.get("lot_no", (None, ""))[0]
    item_at, item_header = columns["item_no"]
    price_at, price_header = columns["price"]
    lot_header = columns.get("lot_no", (None, ""))[1]
    english = header_key(price_header) == header_key(HEADERS["price"]["en"])
    language = "en" if english else "de"
    single_lot = next(iter(context.lots.values())) if len(context.lots) == 1 else None
    seen: dict[tuple[int, int], int] = {}
    prices: dict[int, dict[int, Decimal]] = {}
    present: dict[int, set[int]] = {}
    for number, values in rows[header.index + 1 :]:
        raw_lot, raw_item = _cell(values, lot_at), _cell(values, item_at)
        raw_price = _cell(values, price_at)
        if is_blank(raw_item):
            if not is_blank(raw_price):
                check.problem(sheet, number, item_header, "item_no", NO_ITEM)
            continue
        lot = single_lot if lot_at is None else None
        if lot_at is not None:
            try:
                lot = context.lots.get(int(cell_text(raw_lot)))
            except ValueError:
                lot = None
        try:
            item_id = int(cell_text(raw_item))
        except ValueError:
            item_id = -1
        if lot is None or item_id not in lot.items:
            check.problem(
                sheet,
                number,
                item_header if lot is not None else (lot_header or item_header),
                "item_no",
                NOT_AN_ITEM,
                value=shown(raw_item),
                lot=shown(raw_lot),
            )
            continue
        first = seen.get((lot.number, item_id))
        if first is not None:
            check.problem(
                sheet,
                number,
                item_header,
                "item_no",
                ITEM_TWICE,
                item=item_id,
                lot=lot.number,
                first=first,
            )
            continue
        seen[(lot.number, item_id)] = number
        present.setdefault(lot.number, set()).add(item_id)
        if is_blank(raw_price):
            if formulas.get(number):
                check.problem(sheet, number, price_header, "price", PRICE_FORMULA)
            continue
        try:
            price = _price_number(raw_price, language)
        except CellError as error:
            check.problem(sheet, number, price_header, "price", error.template, **error.params)
            continue
        prices.setdefault(lot.number, {})[item_id] = price
    covered = []
    for lot_number in sorted(prices):
        lot = context.lots[lot_number]
        complete = True
        for item_id, name in lot.items.items():
            if item_id in prices[lot_number]:
                continue
            complete = False
            row = seen.get((lot_number, item_id))
            if row is None:
                check.problem(sheet, 0, "", "price", ROW_MISSING, lot=lot_number, item=name)
            elif not formulas.get(row):  # a formula without result is reported already
                check.problem(
                    sheet, row, price_header, "price", PART_OF_LOT, lot=lot_number, item=name
                )
        if complete:
            covered.append(lot_number)
    if not prices and not check.problems:
        check.problem(sheet, 0, "", "price", NO_PRICES)
    check.lots = tuple(covered)
    check.prices = SealedPrices({context.lots[number].lot_id: prices[number] for number in covered})


def _read_details(check: BidCheck, sheet: str, rows: list[tuple[int, tuple[Any, ...]]]) -> None:
    header = rows[0][1] if rows else ()
    value_header = cell_text(header[1]) if len(header) > 1 else ""
    for number, values in rows:
        key = _DETAIL_KEYS.get(header_key(cell_text(_cell(values, 0))))
        raw = _cell(values, 1)
        if key == "valid":
            try:
                check.valid_until = parse_date(raw)
            except CellError:
                check.problem(
                    sheet,
                    number,
                    value_header,
                    "valid_until",
                    VALIDITY_NOT_A_DATE,
                    value=shown(raw),
                )
        elif key == "conditions":
            try:
                check.conditions = parse_text(raw, MAX_CONDITIONS)
            except CellError as error:
                check.problem(
                    sheet, number, value_header, "conditions", error.template, **error.params
                )


def _is_details_sheet(rows: list[tuple[int, tuple[Any, ...]]]) -> bool:
    return any(header_key(cell_text(_cell(values, 0))) in _DETAIL_KEYS for _n, values in rows)


def _check_identity(check: BidCheck, context: _Context, identity: InvitationIdentity) -> bool:
    file = check.file
    if identity.tender_id != context.tender_id:
        check.refusal = translate_message(
            OTHER_TENDER, file=file, other=identity.tender_id, title=context.title
        )
        return False
    check.round_number = identity.round_number
    found = context.rounds.get(identity.round_number)
    if found is None:
        check.refusal = translate_message(
            NO_SUCH_ROUND, file=file, number=identity.round_number, title=context.title
        )
        return False
    _round_id, state, _deadline, invited = found
    if state != RoundState.OPEN:
        check.refusal = translate_message(
            ROUND_NOT_OPEN, file=file, number=identity.round_number, title=context.title
        )
        return False
    if identity.round_number != context.current:
        check.refusal = translate_message(
            NOT_THE_OPEN_ROUND,
            file=file,
            number=identity.round_number,
            current=context.current,
            title=context.title,
        )
        return False
    if context.state != TenderState.ROUND_OPEN:
        check.refusal = translate_message(NOT_TAKING_BIDS, file=file, title=context.title)
        return False
    name = context.names.get(identity.organisation_id)
    if name is None:
        check.refusal = translate_message(UNKNOWN_SUPPLIER, file=file, id=identity.organisation_id)
        return False
    check.supplier_id, check.supplier = identity.organisation_id, name
    if identity.organisation_id not in invited:
        check.refusal = translate_message(
            NOT_INVITED, file=file, name=name, number=identity.round_number
        )
        return False
    return True


def _check_file(
    check: BidCheck, context: _Context, now: dt.datetime, cancelled: Callable[[], bool]
) -> None:
    path = check.path
    try:
        check_workbook_archive(path)
        if has_macros(path):
            check.refusal = translate_message(MACROS, file=path.name)
            return
        if has_external_links(path):
            check.refusal = translate_message(EXTERNAL_LINKS, file=path.name)
            return
        check.received_at = _received(path, now)
        with open_workbook(path) as workbook:
            identity_rows = None
            collection_workbook = False
            prices_sheet: tuple[int, Any, Any] | None = None
            details: tuple[str, list[tuple[int, tuple[Any, ...]]]] | None = None
            for index, worksheet in enumerate(workbook.worksheets):
                probe = read_rows(worksheet, path.name, max_rows=20, max_columns=MAX_COLUMNS)
                if is_identity_sheet(probe.rows, INVITATION_MARKER):
                    identity_rows = identity_rows or probe.rows
                    continue
                if is_identity_sheet(probe.rows, IDENTITY_MARKER):
                    collection_workbook = True
                    continue
                if prices_sheet is None:
                    header = find_header(
                        probe.rows, _MATCHER, required=("item_no", "price"), minimum_fields=2
                    )
                    if header is not None:
                        prices_sheet = (index, worksheet, header)
                        continue
                if details is None and _is_details_sheet(probe.rows):
                    details = (probe.title, probe.rows)
            found = _identity(identity_rows) if identity_rows is not None else None
            if found is None:
                template = COLLECTION_WORKBOOK if collection_workbook else NO_IDENTITY
                check.refusal = translate_message(template, file=path.name)
                return
            identity, signature = found
            if not verify(identity, signature, context.key):
                check.refusal = translate_message(TAMPERED, file=path.name)
                return
            check.generated_at = identity.generated_at
            if not _check_identity(check, context, identity):
                return
            if prices_sheet is None:
                check.refusal = translate_message(NO_PRICES_SHEET, file=path.name)
                return
            index, worksheet, header = prices_sheet
            content = read_rows(
                worksheet,
                path.name,
                max_rows=MAX_ROWS,
                max_columns=max(p for p, _h in header.columns.values()) + 1,
                cancelled=cancelled,
            )
    except ImportRejected as error:
        check.refusal = _message(error)
        return
    except (zipfile.BadZipFile, OSError) as error:
        check.refusal = translate_message(UNREADABLE, file=path.name, reason=type(error).__name__)
        return
    sheet = content.title
    if content.more_rows:
        check.problem(sheet, 0, "", "", TOO_MANY_ROWS, limit=MAX_ROWS)
        return
    for _position, written, first in header.duplicates:
        check.problem(
            sheet, header.number, written, "", DUPLICATE_COLUMN, header=written, first=first
        )
    formulas = _formula_cells(path, index, header.columns["price"][0])
    _read_prices(check, context, sheet, content.rows, header, formulas)
    if details is not None:
        _read_details(check, details[0], details[1])
    check.problems.sort(key=lambda p: (p.sheet != sheet, p.row))
    if check.rejected:
        check.prices = SealedPrices({})  # nothing of a refused file is kept
        return
    assert check.received_at is not None and check.round_number is not None
    deadline = context.rounds[check.round_number][2]
    if check.received_at > deadline:
        check.late = True
        check.warnings.append(translate_message(LATE, file=check.file, deadline=_berlin(deadline)))
    if check.valid_until is None:
        check.warnings.append(translate_message(NO_VALIDITY, file=check.file))
    elif check.valid_until < check.received_at.date():
        check.warnings.append(
            translate_message(
                VALIDITY_OVER, file=check.file, date=check.valid_until.strftime("%d.%m.%Y")
            )
        )


def _berlin(moment: dt.datetime) -> str:
    from niro_desk.procurement.berlin_time import berlin_text

    return berlin_text(moment)


def _context(session: Session, tender_id: int) -> _Context:
    tender = get_tender(session, tender_id)
    rounds = {
        r.number: (r.id, r.state, r.deadline, frozenset(s.organisation_id for s in r.suppliers))
        for r in tender.rounds
    }
    lots = {
        lot.number: _Lot(lot.id, lot.number, {i.item_id: i.item.name for i in lot.items})
        for lot in tender.lots
    }
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    return _Context(
        tender.id,
        tender.title,
        tender.state,
        existing_signing_key(session),
        rounds,
        max(rounds) if rounds else None,
        lots,
        names,
    )


def _entered(session: Session, round_id: int | None) -> dict[int, dt.datetime]:
    """supplier → latest time received of its current bids in the round."""
    if round_id is None:
        return {}
    latest: dict[int, dt.datetime] = {}
    for supplier, received in session.execute(
        select(Bid.organisation_id, Bid.received_at).where(
            Bid.round_id == round_id, Bid.is_current.is_(True)
        )
    ):
        if supplier not in latest or received > latest[supplier]:
            latest[supplier] = received
    return latest


def _supersede_in_database(check: BidCheck, entered: dict[int, dt.datetime]) -> bool:
    assert check.supplier_id is not None and check.received_at is not None
    stored = entered.get(check.supplier_id)
    if stored is None or stored <= check.received_at:
        return False
    check.superseded = True
    check.warnings.append(
        translate_message(
            SUPERSEDED_IN_DATABASE, file=check.file, name=check.supplier, received=_berlin(stored)
        )
    )
    return True


def _newest_wins(checks: list[BidCheck], entered: dict[int, dt.datetime]) -> None:
    def newness(check: BidCheck) -> tuple[dt.datetime, dt.datetime]:
        assert check.received_at is not None and check.generated_at is not None
        return check.received_at, check.generated_at

    candidates = [c for c in checks if not c.rejected and c.supplier_id is not None]
    newest: dict[int, BidCheck] = {}
    for check in candidates:
        other = newest.get(check.supplier_id)  # type: ignore[arg-type]
        if other is None or newness(check) >= newness(other):
            newest[check.supplier_id] = check  # type: ignore[index]
    for check in candidates:
        winner = newest[check.supplier_id]  # type: ignore[index]
        if winner is not check:
            check.superseded = True
            check.warnings.append(
                translate_message(
                    SUPERSEDED_IN_BATCH, file=check.file, newer=winner.file, name=check.supplier
                )
            )
        else:
            _supersede_in_database(check, entered)
        if check.superseded:
            check.prices = SealedPrices({})


def check_bid_workbooks(
    session: Session,
    tender_id: int,
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> BidImportPlan:
    """Check every file (folders: their workbooks) against the tender; writes nothing.
    The first step of entering bids: the reader needs EDIT_PROCUREMENT."""
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    context = _context(session, tender_id)
    files = workbook_paths(paths)
    stop = cancelled or (lambda: False)
    checks = []
    for done, path in enumerate(files, start=1):
        if stop():
            break
        check = BidCheck(path)
        _check_file(check, context, now, stop)
        checks.append(check)
        if progress is not None:
            progress(done, len(files))
    current = context.rounds.get(context.current) if context.current is not None else None
    _newest_wins(checks, _entered(session, current[0] if current else None))
    return BidImportPlan(
        context.tender_id,
        context.title,
        current[0] if current else None,
        context.current,
        current[2] if current else None,
        checks,
        now,
    )


def save_bid_import(
    session: Session,
    user: OfficeUser,
    plan: BidImportPlan,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BidImportPlan:
    """Enter every accepted bid of ``plan`` in this transaction, or none.

    Locks the round, checks again that it still takes bids and that no later
    bid of a supplier was entered since the check, then enters each bid through
    ``bids.enter_bid`` (sealed; late when received after the deadline). Raises
    ``RuleViolation`` when any file of the plan is refused, or the round changed.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    if plan.rejected:
        raise RuleViolation(REFUSED_FILES, count=len(plan.rejected))
    if not plan.accepted or plan.round_id is None:
        raise RuleViolation(NOTHING_TO_IMPORT)
    now = now or utcnow()
    tender_round = session.scalar(
        select(TenderRound).where(TenderRound.id == plan.round_id).with_for_update()
    )
    tender = get_tender(session, plan.tender_id)
    if (
        tender_round is None
        or tender_round.state != RoundState.OPEN
        or tender.state != TenderState.ROUND_OPEN
        or max(r.number for r in tender.rounds) != tender_round.number
    ):
        raise RuleViolation(CHANGED_SINCE_CHECK, number=plan.round_number, title=plan.title)
    entered = _entered(session, tender_round.id)
    accepted = plan.accepted
    receipts = []
    for done, check in enumerate(accepted, start=1):
        assert check.supplier_id is not None and check.received_at is not None
        if _supersede_in_database(check, entered):
            continue
        receipt = bids.enter_bid(
            session,
            user,
            bids.BidInput(
                tender_round.id,
                check.supplier_id,
                check.prices.lots(),
                valid_until=check.valid_until,
                conditions=check.conditions,
                received_at=check.received_at,
            ),
            now=max(now, check.received_at),
        )
        check.late = receipt.late
        receipts.append((check, receipt))
        if progress is not None:
            progress(done, len(accepted))
    audit.record(
        session,
        user,
        "import",
        "tender",
        plan.tender_id,
        f"Bid workbooks imported for round {tender_round.number}: {len(receipts)} bid(s)",
        None,
        {
            "round": tender_round.number,
            "files": [
                {
                    "file": check.file,
                    "supplier": check.supplier_id,
                    "lots": list(receipt.lots),
                    "late": receipt.late,
                }
                for check, receipt in receipts
            ],
        },
    )
    session.flush()
    for check, _receipt in receipts:
        check.saved = True
    return plan
