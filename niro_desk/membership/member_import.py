"""Importing member organisations from an Excel workbook (offices migrating from Excel).

``preview_import`` reads the first sheet, finds the header row (German or
English column names, see ``HEADER_ALIASES``), checks every row and returns
what an import would do, with *every* problem located by sheet, row and
column. It writes nothing. ``import_members`` runs the same checks and, only
when there is no problem at all, creates or updates the organisations through
the membership services (so the audit log records each change), all in the
caller's one transaction.

Matching: a row updates the organisation with the same VAT ID, else the one
with exactly the same name; otherwise it is new. A column missing from the
file leaves that data alone; an empty cell in a present column clears it
(fees are never deleted: a changed fee adds a step to the fee history).

The competitor check runs between the file's members and NIRO Desk's: its
conflicts are warnings, not problems. Those organisations already are
members; the office decides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected
from niro_desk.excel_safety import check_workbook_archive, unquote_cell
from niro_desk.formatting import format_money, parse_number
from niro_desk.membership.competitor_check import (
    COMPARED_STATUSES,
    DECLARED_COMPETES,
    MARKET_OVERLAP,
    SHARED_CLASS,
    CheckResult,
    Reason,
    check_competitors,
)
from niro_desk.membership.market_terms import fold, markets_overlap
from niro_desk.membership.member_export import HEADERS, STATUS_WORDS, YES_NO
from niro_desk.membership.membership_cap import get_cap, lock_cap, member_count
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    create_organisation,
    normalise_vat_id,
    set_fee,
    set_sales_profile,
    update_membership_details,
    update_organisation,
    validate_organisation,
)
from niro_desk.messages import translate_message
from niro_desk.models import (
    CompetitorRelation,
    IndustryCode,
    Material,
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProductMarket,
    RelationKind,
)
from niro_desk.models.column_types import utcnow

Progress = Callable[[int, int], None]

MAX_DATA_ROWS = 10_000
HEADER_SEARCH_ROWS = 20
TEXT_LIMITS = {
    "legal_form": 40,
    "street": 200,
    "postal_code": 12,
    "city": 100,
    "region": 100,
    "website": 200,
    "vat_id": 20,
}
LIST_ITEM_LIMIT = 200
"""Longest product market or material name (database column)."""

# --- header recognition -------------------------------------------------------------------

_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Firma", "Firmenname", "Unternehmen", "Organisation", "Company"),
    "street": ("Strasse", "Str."),
    "postal_code": ("Postleitzahl", "ZIP", "ZIP code", "Postcode"),
    "city": ("Stadt", "Town"),
    "website": ("Webseite", "Homepage", "Internet", "Web"),
    "vat_id": (
        "USt-IdNr",
        "USt-ID",
        "UStIdNr",
        "Umsatzsteuer-ID",
        "VAT",
        "VAT number",
        "VAT no",
        "VAT-ID",
    ),
    "employees": ("Beschäftigte", "Mitarbeiterzahl", "Anzahl Mitarbeiter", "Number of employees"),
    "status": ("Mitgliedsstatus", "Membership status"),
    "admission_date": ("Aufnahme", "Eintritt", "Eintrittsdatum", "Mitglied seit", "Member since"),
    "application_date": ("Antrag", "Antrag vom", "Date of application"),
    "founding_member": ("Gründungsmitglied", "Founder"),
    "annual_fee": ("Beitrag", "Mitgliedsbeitrag", "Membership fee", "Fee", "Annual fee (EUR)"),
    "codes": ("WZ 2008", "WZ-Code", "WZ-Codes", "NACE code", "NACE codes", "NACE Rev. 2"),
    "product_markets": ("Produktmärkte", "Product markets"),
    "materials": ("Werkstoffe", "Inputs"),
    "notes": ("Bemerkungen", "Anmerkungen", "Remarks", "Comments"),
}


def header_key(text: str) -> str:
    """Case-, space-, punctuation- and umlaut-insensitive form of a column header."""
    key = fold(text).replace(" ", "")
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for headers in HEADERS.values():
        for name, header in headers.items():
            aliases[header_key(header)] = name
    for name, extra in _EXTRA_ALIASES.items():
        for header in extra:
            aliases.setdefault(header_key(header), name)
    return aliases


HEADER_ALIASES: dict[str, str] = _aliases()
"""Header key → field; every header the export writes is one of them."""

_STATUS_ALIASES: dict[str, MembershipStatus] = {
    **{fold(word): status for words in STATUS_WORDS.values() for status, word in words.items()},
    "members": MembershipStatus.MEMBER,
    "mitgliedschaft": MembershipStatus.MEMBER,
    "waiting list": MembershipStatus.WAITING,
    "wartend": MembershipStatus.WAITING,
    "wartet": MembershipStatus.WAITING,
    "bewerberin": MembershipStatus.APPLICANT,
    "bewerbung": MembershipStatus.APPLICANT,
    "antragsteller": MembershipStatus.APPLICANT,
    "ehemaliges mitglied": MembershipStatus.FORMER,
    "ausgetreten": MembershipStatus.FORMER,
    "former member": MembershipStatus.FORMER,
}
_YES = {fold(yes) for yes, _ in YES_NO.values()} | {"j", "y", "x", "wahr", "true", "1"}
_NO = {fold(no) for _, no in YES_NO.values()} | {"n", "falsch", "false", "0", ""}

# --- messages --------------------------------------------------------------------------------

LOCATION = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”, row {row}, column “{column}”: {message}")
LOCATION_ROW = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”, row {row}: {message}")
LOCATION_SHEET = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”: {message}")

REJECTED = QT_TRANSLATE_NOOP(
    "Messages", "{file} was not imported: {count} problem(s) found. Nothing was written."
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "{file} could not be read as an Excel workbook ({reason}). Nothing was written."
)
NO_SHEET = QT_TRANSLATE_NOOP("Messages", "The workbook has no worksheet.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Messages",
    "No header row found in the first {rows} rows: the import needs a column “Name”"
    " (or “Firma”) and the other columns named as in the exported member list.",
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "This column means the same as column “{other}”; keep only one of them."
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "Column “{column}” is not known to NIRO Desk and was ignored."
)
NO_STATUS_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has no column “Status”: every row is imported as a member."
)
NO_ROWS = QT_TRANSLATE_NOOP("Messages", "There are no rows below the header row.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has more than {limit} rows; split it into smaller files."
)
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The text is longer than {limit} characters.")
ITEM_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "“{item}…” is longer than {limit} characters.")
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "“{value}” is not a whole number.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a date: write it as DD.MM.YYYY (e.g. 01.03.2024)."
)
NOT_YES_NO = QT_TRANSLATE_NOOP("Messages", "“{value}” is neither “ja”/“yes” nor “nein”/“no”.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an amount (e.g. 1.234,56 € or 1234.56)."
)
BAD_FEE = QT_TRANSLATE_NOOP(
    "Messages", "The fee must be a positive amount with at most two decimal places."
)
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not a membership status: use Mitglied/member, Warteliste/waiting,"
    " Bewerber/applicant or ehemalig/former.",
)
MISSING_STATUS = QT_TRANSLATE_NOOP("Messages", "The status is missing.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Messages", "“{code}” is not a NACE class (four digits such as 25.62)."
)
MISSING_ADMISSION = QT_TRANSLATE_NOOP("Messages", "A member needs an admission date (DD.MM.YYYY).")
MISSING_APPLICATION = QT_TRANSLATE_NOOP(
    "Messages",
    "The application date is missing: it orders the waiting list and dates the first fee.",
)
ADMISSION_NOT_FOR_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "An admission date does not fit the status “{status}”: only members and former"
    " members have been admitted.",
)
APPLICATION_AFTER_ADMISSION = QT_TRANSLATE_NOOP(
    "Messages", "The application date lies after the admission date."
)
DUPLICATE_NAME = QT_TRANSLATE_NOOP("Messages", "Row {other} already has the name “{name}”.")
DUPLICATE_VAT = QT_TRANSLATE_NOOP("Messages", "Row {other} already has the VAT ID {vat}.")
DUPLICATE_MATCH = QT_TRANSLATE_NOOP(
    "Messages", "Row {other} already updates “{name}” in NIRO Desk."
)
AMBIGUOUS_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "NIRO Desk holds {count} organisations named “{name}”: add the VAT ID so the import"
    " knows which one the row means.",
)
NOT_A_MEMBER_ORGANISATION = QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is in NIRO Desk as a {kind}, not as a member organisation; the member"
    " import does not change that.",
)
CAP_EXCEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "With this row the network would have {count} members, more than the cap of {cap}."
    " Import the others with status “Warteliste”/“waiting”, or raise the cap first.",
)
STATUS_CHANGES = QT_TRANSLATE_NOOP(
    "Messages", "Row {row}: the status of {name} changes from “{before}” to “{after}”."
)
FEE_CHANGES = QT_TRANSLATE_NOOP(
    "Messages",
    "Row {row}: the annual fee of {name} changes from {before} to {after} as of today;"
    " the fee history is kept.",
)
DATA_CLEARED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row {row}: empty cells clear what NIRO Desk holds for {name} in: {columns}.",
)
VAT_CHANGES = QT_TRANSLATE_NOOP(
    "Messages",
    "Row {row}: {name} was matched by its name; its VAT ID changes from {before} to {after}.",
)
CONFLICT_EXISTING = QT_TRANSLATE_NOOP(
    "Messages", "Row {row}: {name} may compete with {other} ({status} in NIRO Desk). {reasons}"
)
CONFLICT_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages", "Row {row}: {name} may compete with {other} (row {other_row}). {reasons}"
)
STATUS_LABELS = {
    "member": QT_TRANSLATE_NOOP("Messages", "member"),
    "waiting": QT_TRANSLATE_NOOP("Messages", "on the waiting list"),
}
KIND_LABELS = {
    OrganisationKind.CUSTOMER: QT_TRANSLATE_NOOP("Messages", "customer"),
    OrganisationKind.SUPPLIER: QT_TRANSLATE_NOOP("Messages", "supplier"),
    OrganisationKind.MEMBER: QT_TRANSLATE_NOOP("Messages", "member"),
}

# --- results ---------------------------------------------------------------------------------


@dataclass
class ImportProblem:
    """One thing wrong in the file, located by sheet, row (1-based) and column header."""

    sheet: str
    row: int
    column: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The problem itself, in the user's language."""
        return translate_message(self.template, **self.params)

    def __str__(self) -> str:
        if self.row <= 0:
            return translate_message(LOCATION_SHEET, sheet=self.sheet, message=self.text())
        if not self.column:
            return translate_message(
                LOCATION_ROW, sheet=self.sheet, row=self.row, message=self.text()
            )
        return translate_message(
            LOCATION, sheet=self.sheet, row=self.row, column=self.column, message=self.text()
        )


@dataclass(frozen=True)
class ImportPreviewRow:
    """What the import does with one row: ``action`` is "new" or "update"."""

    row: int
    name: str
    status: str
    city: str
    codes: str
    action: str


@dataclass
class ImportPreview:
    rows: list[ImportPreviewRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def new_count(self) -> int:
        return sum(1 for row in self.rows if row.action == "new")

    @property
    def update_count(self) -> int:
        return sum(1 for row in self.rows if row.action == "update")


# --- reading cells ---------------------------------------------------------------------------


class _CellError(Exception):
    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    return unquote_cell(str(value).strip())


def _shown(value: Any) -> str:
    """A cell value as the user would recognise it in a message."""
    text = _text(value)
    return text if len(text) <= 60 else text[:57] + "…"


_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        german = _GERMAN_DATE.match(text)
        iso = _ISO_DATE.match(text)
        try:
            if german:
                return dt.date(int(german[3]), int(german[2]), int(german[1]))
            if iso:
                return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            pass
    raise _CellError(NOT_A_DATE, value=_shown(value))


def _whole_number(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            number = parse_number(value, "de")
        except ValueError:
            number = None
        if number is not None and number == number.to_integral_value():
            return int(number)
    raise _CellError(NOT_WHOLE_NUMBER, value=_shown(value))


def _amount(value: Any) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    amount: Decimal | None = None
    if isinstance(value, bool):
        amount = None
    elif isinstance(value, int | Decimal):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
        cents = amount.quantize(Decimal("0.01"))
        if abs(amount - cents) < Decimal("0.000001"):  # 1234.5600000001 from a formula
            amount = cents
    elif isinstance(value, str):
        for language in ("de", "en"):
            try:
                amount = parse_number(value, language)
                break
            except ValueError:
                continue
    if amount is None:
        raise _CellError(NOT_AN_AMOUNT, value=_shown(value))
    try:
        exact = amount == amount.quantize(Decimal("0.01"))
    except InvalidOperation:
        exact = False
    if amount < 0 or not exact:
        raise _CellError(BAD_FEE)
    return amount


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise _CellError(NOT_YES_NO, value=_shown(value))
    key = fold(_text(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise _CellError(NOT_YES_NO, value=_shown(value))


def _status(value: Any) -> MembershipStatus:
    text = _text(value)
    if not text:
        raise _CellError(MISSING_STATUS)
    status = _STATUS_ALIASES.get(fold(text))
    if status is None:
        raise _CellError(UNKNOWN_STATUS, value=_shown(value))
    return status


_LIST_SPLIT = re.compile(r"[;,\n]+")
_CODE_SPLIT = re.compile(r"[;,\s]+")
_FOUR_DIGITS = re.compile(r"^(\d{2})(\d{2})$")
_WZ_SUBCLASS = re.compile(r"^(\d{2}\.\d{2})\.\d$")


def _list(value: Any) -> list[str]:
    items = [" ".join(item.split()) for item in _LIST_SPLIT.split(_text(value))]
    return [item for item in items if item]


def _codes(value: Any) -> list[str]:
    """NACE codes from a cell; a lone number (25.6 for 25.60) is read with two places."""
    if isinstance(value, float):
        texts = [f"{value:.2f}"]
    else:
        texts = [text for text in _CODE_SPLIT.split(_text(value)) if text]
    codes: list[str] = []
    for text in texts:
        four = _FOUR_DIGITS.match(text)
        subclass = _WZ_SUBCLASS.match(text)
        code = f"{four[1]}.{four[2]}" if four else subclass[1] if subclass else text
        if code not in codes:
            codes.append(code)
    return codes


# --- one parsed row --------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    cells: dict[str, Any]
    data: OrganisationInput = field(default_factory=lambda: OrganisationInput(name=""))
    status: MembershipStatus | None = None
    admission_date: dt.date | None = None
    application_date: dt.date | None = None
    founding_member: bool | None = None
    annual_fee: Decimal | None = None
    codes: list[str] | None = None
    product_markets: list[str] | None = None
    materials: list[str] | None = None
    existing: Organisation | None = None
    valid: bool = True
    unreadable: set[str] = field(default_factory=set)
    """Fields whose cell could not be read (already reported; no follow-up problems)."""

    @property
    def action(self) -> str:
        return "update" if self.existing is not None else "new"


class _Reader:
    """Checks the rows of one sheet; collects problems and warnings."""

    def __init__(self, session: Session, sheet: str, columns: dict[str, tuple[int, str]]) -> None:
        self.session = session
        self.sheet = sheet
        self.columns = columns  # field -> (index in the row, header as written)
        self.problems: list[ImportProblem] = []
        self.warnings: list[str] = []
        self.classes = {
            code.code: code
            for code in session.scalars(select(IndustryCode).where(IndustryCode.level == "class"))
        }

    def has(self, name: str) -> bool:
        return name in self.columns

    def header(self, name: str) -> str:
        return self.columns[name][1] if name in self.columns else ""

    def problem(self, row: _Row, field_name: str, template: str, /, **params: Any) -> None:
        """Record a problem in ``row`` at the column of ``field_name``."""
        row.valid = False
        self.problems.append(
            ImportProblem(self.sheet, row.number, self.header(field_name), template, params)
        )

    def read(self, number: int, values: tuple[Any, ...]) -> _Row:
        cells = {
            name: values[index] if index < len(values) else None
            for name, (index, _) in self.columns.items()
        }
        row = _Row(number, cells)

        def parse(name: str, parser: Callable[[Any], Any]) -> Any:
            try:
                return parser(cells.get(name))
            except _CellError as error:
                self.problem(row, name, error.template, **error.params)
                row.unreadable.add(name)
                return None

        texts = {
            name: _text(cells.get(name))
            for name in ("name", "legal_form", "street", "city", "region", "website", "notes")
        }
        texts["vat_id"] = _text(cells.get("vat_id"))
        country = _text(cells.get("country")).upper() or "DE"
        postal = cells.get("postal_code")
        if isinstance(postal, int | float) and not isinstance(postal, bool) and country == "DE":
            texts["postal_code"] = str(int(postal)).zfill(5)  # 01067 saved as a number
        else:
            texts["postal_code"] = _text(postal)
        for name, limit in TEXT_LIMITS.items():
            if len(texts[name]) > limit:
                self.problem(row, name, TOO_LONG, limit=limit)
        row.data = OrganisationInput(
            name=texts["name"],
            legal_form=texts["legal_form"],
            street=texts["street"],
            postal_code=texts["postal_code"],
            city=texts["city"],
            region=texts["region"],
            country=country,
            website=texts["website"],
            vat_id=texts["vat_id"],
            employees=parse("employees", _whole_number),
            notes=texts["notes"],
        )
        for error in validate_organisation(row.data):
            self.problem(row, error.field, error.template, **error.params)
        row.status = parse("status", _status) if self.has("status") else MembershipStatus.MEMBER
        row.admission_date = parse("admission_date", _date)
        row.application_date = parse("application_date", _date)
        if self.has("founding_member"):
            row.founding_member = parse("founding_member", _yes_no)
        row.annual_fee = parse("annual_fee", _amount)
        if self.has("codes"):
            row.codes = parse("codes", _codes) or []
            for code in row.codes:
                if code not in self.classes:
                    self.problem(row, "codes", UNKNOWN_CODE, code=code)
        for name in ("product_markets", "materials"):
            if self.has(name):
                items = _list(cells.get(name))
                setattr(row, name, items)
                for item in items:
                    if len(item) > LIST_ITEM_LIMIT:
                        self.problem(
                            row, name, ITEM_TOO_LONG, item=item[:40], limit=LIST_ITEM_LIMIT
                        )
        return row

    def check_dates(self, row: _Row) -> None:
        status = row.status
        if status is None:
            return
        membership = row.existing.membership if row.existing is not None else None
        admission = row.admission_date
        if admission is None and not self.has("admission_date") and membership is not None:
            admission = membership.admission_date
        if status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING):
            if row.admission_date is not None:
                self.problem(
                    row,
                    "admission_date",
                    ADMISSION_NOT_FOR_STATUS,
                    status=_text(row.cells.get("status")) or str(status),
                )
            admission = None
        elif (
            status == MembershipStatus.MEMBER
            and admission is None
            and "admission_date" not in row.unreadable
        ):
            self.problem(
                row,
                "admission_date" if self.has("admission_date") else "status",
                MISSING_ADMISSION,
            )
        application = row.application_date
        if application is None and membership is not None:
            application = membership.application_date
        if application is None:
            application = admission
        if application is None and not {"admission_date", "application_date"} & row.unreadable:
            self.problem(
                row,
                "application_date" if self.has("application_date") else "name",
                MISSING_APPLICATION,
            )
        elif application is not None and admission is not None and application > admission:
            self.problem(row, "application_date", APPLICATION_AFTER_ADMISSION)


# --- matching --------------------------------------------------------------------------------


class _Matcher:
    """Finds the organisation a row updates: same VAT ID, else exactly the same name."""

    def __init__(self, session: Session) -> None:
        self.by_vat: dict[str, list[Organisation]] = {}
        self.by_name: dict[str, list[Organisation]] = {}
        for organisation in session.scalars(select(Organisation).order_by(Organisation.id)):
            if organisation.vat_id:
                self.by_vat.setdefault(organisation.vat_id, []).append(organisation)
            self.by_name.setdefault(organisation.name, []).append(organisation)

    def match(self, reader: _Reader, row: _Row) -> None:
        vat = normalise_vat_id(row.data.vat_id) if row.data.vat_id.strip() else ""
        candidates = self.by_vat.get(vat, []) if vat else []
        column = "vat_id"
        if not candidates:
            candidates = self.by_name.get(row.data.name.strip(), [])
            column = "name"
        if not candidates:
            return
        if len(candidates) > 1:
            reader.problem(
                row, column, AMBIGUOUS_NAME, count=len(candidates), name=candidates[0].name
            )
            return
        organisation = candidates[0]
        if organisation.kind != OrganisationKind.MEMBER:
            reader.problem(
                row,
                column,
                NOT_A_MEMBER_ORGANISATION,
                name=organisation.name,
                kind=translate_message(KIND_LABELS[organisation.kind]),
            )
            return
        row.existing = organisation
        if column == "name" and vat and organisation.vat_id and organisation.vat_id != vat:
            reader.warnings.append(
                translate_message(
                    VAT_CHANGES,
                    row=row.number,
                    name=organisation.name,
                    before=organisation.vat_id,
                    after=vat,
                )
            )


def _check_duplicates(reader: _Reader, rows: list[_Row]) -> None:
    """The same organisation twice in the file: same name, same VAT ID or same match."""
    names: dict[str, int] = {}
    vats: dict[str, int] = {}
    matched: dict[int, int] = {}
    for row in rows:
        reported = False
        key = fold(row.data.name)
        if key in names:
            reader.problem(row, "name", DUPLICATE_NAME, other=names[key], name=row.data.name)
            reported = True
        elif key:
            names[key] = row.number
        vat = normalise_vat_id(row.data.vat_id) if row.data.vat_id.strip() else ""
        if vat in vats:
            reader.problem(row, "vat_id", DUPLICATE_VAT, other=vats[vat], vat=vat)
            reported = True
        elif vat:
            vats[vat] = row.number
        if row.existing is not None:
            other = matched.setdefault(row.existing.id, row.number)
            if other != row.number and not reported:
                reader.problem(row, "name", DUPLICATE_MATCH, other=other, name=row.existing.name)


def _check_cap(session: Session, reader: _Reader, rows: list[_Row], cap: int) -> None:
    leaving = sum(
        1
        for row in rows
        if row.existing is not None
        and row.existing.membership_status == MembershipStatus.MEMBER
        and row.status not in (None, MembershipStatus.MEMBER)
    )
    count = member_count(session) - leaving
    for row in rows:
        joining = row.status == MembershipStatus.MEMBER and (
            row.existing is None or row.existing.membership_status != MembershipStatus.MEMBER
        )
        if not joining:
            continue
        count += 1
        if count > cap:
            reader.problem(row, "status", CAP_EXCEEDED, count=count, cap=cap)
            return


# --- competitor check (warnings) -------------------------------------------------------------


def _profile(row: _Row) -> SalesProfile:
    """What the row's organisation will sell and use after the import."""
    existing = row.existing
    return SalesProfile(
        codes=row.codes
        if row.codes is not None
        else [c.code for c in existing.sales_codes]
        if existing
        else [],
        product_markets=row.product_markets
        if row.product_markets is not None
        else [m.name for m in existing.product_markets]
        if existing
        else [],
        materials=row.materials
        if row.materials is not None
        else [m.name for m in existing.materials]
        if existing
        else [],
    )


def _current_profile(organisation: Organisation) -> SalesProfile:
    return SalesProfile(
        [code.code for code in organisation.sales_codes],
        [market.name for market in organisation.product_markets],
        [material.name for material in organisation.materials],
    )


def _sales_key(profile: SalesProfile) -> tuple[list[str], list[str], list[str]]:
    """Two profiles with the same key sell and use the same (spelling aside)."""
    return (
        sorted(dict.fromkeys(profile.codes)),
        sorted({fold(name) for name in profile.product_markets}),
        sorted({fold(name) for name in profile.materials}),
    )


def _is_news(row: _Row) -> bool:
    """New, or the file changes its status or what it sells: worth a competitor check."""
    existing = row.existing
    if existing is None or existing.membership_status != row.status:
        return True
    return _sales_key(_profile(row)) != _sales_key(_current_profile(existing))


def _stand_in(reader: _Reader, row: _Row) -> Organisation:
    """A transient organisation as the row describes it, for the competitor check only."""
    profile = _profile(row)
    return Organisation(
        id=row.existing.id if row.existing is not None else None,
        name=row.data.name.strip(),
        kind=OrganisationKind.MEMBER,
        membership_status=row.status,
        sales_codes=[reader.classes[code] for code in profile.codes if code in reader.classes],
        product_markets=[
            ProductMarket(name=name, key=fold(name)) for name in profile.product_markets
        ],
        materials=[Material(name=name, key=fold(name)) for name in profile.materials],
    )


def _pair_reasons(first: Organisation, second: Organisation) -> list[Reason]:
    second_codes = {code.code for code in second.sales_codes}
    reasons = [
        Reason(
            "shared_class",
            SHARED_CLASS,
            {"code": code.code, "title_en": code.title_en, "title_de": code.title_de},
        )
        for code in first.sales_codes
        if code.code in second_codes
    ]
    for market in first.product_markets:
        other = next(
            (m for m in second.product_markets if markets_overlap(market.name, m.name)), None
        )
        if other is not None:
            reasons.append(
                Reason(
                    "market_overlap",
                    MARKET_OVERLAP,
                    {
                        "candidate": first.name,
                        "candidate_market": market.name,
                        "other": second.name,
                        "other_market": other.name,
                    },
                )
            )
    return reasons


def _relations_between(
    session: Session, ids: Iterable[int]
) -> dict[tuple[int, int], CompetitorRelation]:
    """Relations the office declared among organisations the file updates (low id first)."""
    known = list(ids)
    if len(known) < 2:
        return {}
    relations = session.scalars(
        select(CompetitorRelation).where(
            CompetitorRelation.first_id.in_(known), CompetitorRelation.second_id.in_(known)
        )
    )
    return {(relation.first_id, relation.second_id): relation for relation in relations}


def _competitor_warnings(
    session: Session, reader: _Reader, rows: list[_Row], language: str
) -> None:
    """Conflicts of new or changed rows with NIRO Desk's members and with each other.

    Organisations that stay as they are were checked when they were admitted;
    pairs of them are not reported again.
    """
    checked = (MembershipStatus.MEMBER, MembershipStatus.WAITING, MembershipStatus.APPLICANT)
    candidates = [row for row in rows if row.valid and row.status in checked]
    news = {row.number for row in candidates if _is_news(row)}
    in_file = {row.existing.id for row in rows if row.existing is not None}
    stand_ins = {row.number: _stand_in(reader, row) for row in candidates}
    for row in candidates:
        if row.number not in news:
            continue
        result: CheckResult = check_competitors(session, stand_ins[row.number])
        for finding in result.conflicts:
            if finding.other_id in in_file:
                continue  # compared below with what the file says about it
            reader.warnings.append(
                translate_message(
                    CONFLICT_EXISTING,
                    row=row.number,
                    name=row.data.name.strip(),
                    other=finding.other_name,
                    status=translate_message(
                        STATUS_LABELS.get(finding.other_status, finding.other_status)
                    ),
                    reasons=" ".join(reason.text(language) for reason in finding.reasons),
                )
            )
    relations = _relations_between(session, in_file)
    for index, row in enumerate(candidates):
        for other in candidates[index + 1 :]:
            if row.status not in COMPARED_STATUSES and other.status not in COMPARED_STATUSES:
                continue  # two applicants: the check runs when they are admitted
            if row.number not in news and other.number not in news:
                continue
            first, second = stand_ins[row.number], stand_ins[other.number]
            relation = None
            if first.id is not None and second.id is not None:
                relation = relations.get((min(first.id, second.id), max(first.id, second.id)))
            if relation is not None and relation.kind == RelationKind.DOES_NOT_COMPETE:
                continue
            reasons = _pair_reasons(first, second)
            if relation is not None and relation.kind == RelationKind.COMPETES:
                reasons.insert(
                    0,
                    Reason(
                        "declared_competes",
                        DECLARED_COMPETES,
                        {"candidate": second.name, "other": first.name, "note": relation.note},
                    ),
                )
            if not reasons:
                continue
            reader.warnings.append(
                translate_message(
                    CONFLICT_IN_FILE,
                    row=other.number,
                    name=second.name,
                    other=first.name,
                    other_row=row.number,
                    reasons=" ".join(reason.text(language) for reason in reasons),
                )
            )


# --- preview ---------------------------------------------------------------------------------


_SheetRows = list[tuple[int, tuple[Any, ...]]]
"""The non-empty rows of a sheet with their row numbers (1-based)."""


def _find_header(
    rows: _SheetRows,
) -> tuple[int, dict[str, tuple[int, str]], list[tuple[int, str, str]]] | None:
    """Position (in ``rows``) of the header row, its known columns and duplicate columns."""
    for index, (_number, values) in enumerate(rows):
        if _number > HEADER_SEARCH_ROWS:
            break
        columns: dict[str, tuple[int, str]] = {}
        duplicates: list[tuple[int, str, str]] = []
        for position, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                continue
            name = HEADER_ALIASES.get(header_key(value))
            if name is None:
                continue
            if name in columns:
                duplicates.append((position, value.strip(), columns[name][1]))
            else:
                columns[name] = (position, value.strip())
        if "name" in columns and len(columns) >= 2:
            return index, columns, duplicates
    return None


def _read_sheet(path: Path) -> tuple[str, _SheetRows]:
    """The first worksheet's title and non-empty rows (at most a little over the limit)."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # an untrusted file can break the parser in many ways
        raise ImportRejected(UNREADABLE, [], file=path.name, reason=type(error).__name__) from error
    try:
        if not workbook.worksheets:
            return "", []
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # a bogus dimension (A1:XFD1048576) would pad every row
        rows: _SheetRows = []
        # read-only sheets yield an empty row for every row missing in the file,
        # so counting from 1 gives the row numbers Excel shows
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if any(_text(value) for value in values):
                rows.append((number, tuple(values)))
                if len(rows) > MAX_DATA_ROWS + HEADER_SEARCH_ROWS:
                    break
        return sheet.title, rows
    except Exception as error:
        raise ImportRejected(UNREADABLE, [], file=path.name, reason=type(error).__name__) from error
    finally:
        workbook.close()


@dataclass
class _Checked:
    preview: ImportPreview
    rows: list[_Row]
    reader: _Reader | None


def _check(
    session: Session,
    path: Path,
    progress: Progress | None,
    language: str,
    steps: int = 1,
) -> _Checked:
    check_workbook_archive(path)
    title, raw = _read_sheet(path)
    preview = ImportPreview()
    if not title:
        preview.problems.append(ImportProblem(path.name, 0, "", NO_SHEET, {}))
        return _Checked(preview, [], None)
    found = _find_header(raw)
    if found is None:
        preview.problems.append(
            ImportProblem(title, 0, "", NO_HEADER, {"rows": HEADER_SEARCH_ROWS})
        )
        return _Checked(preview, [], None)
    header_index, columns, duplicates = found
    reader = _Reader(session, title, columns)
    header_number, header_values = raw[header_index]
    for _position, header, other in duplicates:
        reader.problems.append(
            ImportProblem(title, header_number, header, DUPLICATE_COLUMN, {"other": other})
        )
    known = {index for index, _ in columns.values()} | {index for index, _, _ in duplicates}
    for position, value in enumerate(header_values):
        if position not in known and value is not None and _text(value):
            reader.warnings.append(translate_message(UNKNOWN_COLUMN, column=_text(value)))
    if "status" not in columns:
        reader.warnings.append(translate_message(NO_STATUS_COLUMN))

    data_rows = raw[header_index + 1 :]
    if len(data_rows) > MAX_DATA_ROWS:
        reader.problems.append(ImportProblem(title, 0, "", TOO_MANY_ROWS, {"limit": MAX_DATA_ROWS}))
        data_rows = []
    elif not data_rows:
        reader.problems.append(ImportProblem(title, header_number + 1, "", NO_ROWS, {}))
    total = len(data_rows) * steps
    matcher = _Matcher(session)
    rows: list[_Row] = []
    for done, (number, values) in enumerate(data_rows, start=1):
        row = reader.read(number, values)
        matcher.match(reader, row)
        reader.check_dates(row)
        rows.append(row)
        if progress is not None:
            progress(done, total)
    _check_duplicates(reader, rows)
    _check_cap(session, reader, rows, get_cap(session))
    _update_warnings(reader, rows, language)
    _competitor_warnings(session, reader, rows, language)
    reader.problems.sort(key=lambda problem: (problem.row, _column_order(columns, problem)))
    preview.problems = reader.problems
    preview.warnings = reader.warnings
    preview.rows = [
        ImportPreviewRow(
            row.number,
            row.data.name.strip(),
            str(row.status) if row.status else "",
            row.data.city.strip(),
            ", ".join(_profile(row).codes),
            row.action,
        )
        for row in rows
    ]
    return _Checked(preview, rows, reader)


def _column_order(columns: dict[str, tuple[int, str]], problem: ImportProblem) -> int:
    for index, header in columns.values():
        if header == problem.column:
            return index
    return -1


_ORGANISATION_FIELDS = (
    "name",
    "legal_form",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "website",
    "vat_id",
    "employees",
    "notes",
)


def _update_warnings(reader: _Reader, rows: list[_Row], language: str) -> None:
    """What an update changes that the office should not miss: status, fee, cleared data."""
    today = dt.date.today()
    words = STATUS_WORDS.get(language, STATUS_WORDS["en"])
    for row in rows:
        existing = row.existing
        if existing is None or not row.valid:
            continue
        if row.status is not None and existing.membership_status not in (None, row.status):
            reader.warnings.append(
                translate_message(
                    STATUS_CHANGES,
                    row=row.number,
                    name=existing.name,
                    before=words[existing.membership_status],
                    after=words[row.status],
                )
            )
        cleared = [
            reader.header(name)
            for name in _ORGANISATION_FIELDS
            if reader.has(name)
            and getattr(existing, name) not in (None, "")
            and getattr(row.data, name) in (None, "")
        ]
        if cleared:
            reader.warnings.append(
                translate_message(
                    DATA_CLEARED,
                    row=row.number,
                    name=existing.name,
                    columns=", ".join(f"“{header}”" for header in cleared),
                )
            )
        membership = existing.membership
        if row.annual_fee is not None and membership is not None and membership.fees:
            current = membership.fee_on(today)
            if current != row.annual_fee:
                reader.warnings.append(
                    translate_message(
                        FEE_CHANGES,
                        row=row.number,
                        name=existing.name,
                        before=format_money(current, language) if current is not None else "-",
                        after=format_money(row.annual_fee, language),
                    )
                )


def preview_import(
    session: Session, path: Path, progress: Progress | None = None, *, language: str = "en"
) -> ImportPreview:
    """What importing ``path`` would do, with every problem and warning; writes nothing.

    Raises ``ImportRejected`` (without problems) when the file is no readable
    workbook at all; problems inside the workbook are in the result.
    ``language`` chooses the NACE titles quoted in competitor warnings.
    """
    return _check(session, path, progress, language).preview


# --- writing ---------------------------------------------------------------------------------


def _merged_input(
    reader: _Reader, data: OrganisationInput, existing: Organisation
) -> OrganisationInput:
    """The existing organisation's data, overwritten by the columns the file has."""
    merged = OrganisationInput.from_organisation(existing)
    for name in _ORGANISATION_FIELDS:
        if reader.has(name):
            setattr(merged, name, getattr(data, name))
    return merged


def _status_snapshot(organisation: Organisation, membership: Membership) -> dict[str, Any]:
    data = audit.snapshot(membership)
    data["membership_status"] = str(organisation.membership_status)
    return {
        key: data.get(key)
        for key in (
            "membership_status",
            "admission_date",
            "waiting_since",
            "exit_date",
            "exit_reason",
        )
    }


def _apply_status(
    session: Session,
    user: OfficeUser,
    organisation: Organisation,
    row: _Row,
    reader: _Reader,
    file_name: str,
) -> None:
    membership = organisation.membership
    assert membership is not None and row.status is not None
    before = _status_snapshot(organisation, membership)
    status = row.status
    if status in (MembershipStatus.MEMBER, MembershipStatus.FORMER):
        if reader.has("admission_date"):
            membership.admission_date = row.admission_date
    else:
        membership.admission_date = None
    if status == MembershipStatus.WAITING:
        if (
            organisation.membership_status != MembershipStatus.WAITING
            or not membership.waiting_since
        ):
            # first come, first served: the application date sets the place in the queue
            day = row.application_date or membership.application_date
            membership.waiting_since = (
                dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else utcnow()
            )
    else:
        membership.waiting_since = None
    if status != MembershipStatus.FORMER:
        membership.exit_date = None
        membership.exit_reason = ""
    organisation.membership_status = status
    after = _status_snapshot(organisation, membership)
    changed = audit.changed_fields(before, after)
    if changed:
        session.flush()
        audit.record(
            session,
            user,
            "import",
            "organisation",
            organisation.id,
            f"Membership of {organisation.name} imported from {file_name}: {status}",
            {key: before[key] for key in changed},
            changed,
        )


def _write_row(
    session: Session, user: OfficeUser, reader: _Reader, row: _Row, file_name: str
) -> None:
    today = dt.date.today()
    note = f"Import {file_name}"
    if row.existing is None:
        application = row.application_date or row.admission_date
        organisation = create_organisation(
            session, user, row.data, OrganisationKind.MEMBER, application
        )
    else:
        organisation = update_organisation(
            session, user, row.existing.id, _merged_input(reader, row.data, row.existing)
        )
        if organisation.membership is None:
            organisation.membership = Membership(
                application_date=row.application_date or row.admission_date or today
            )
            session.flush()
    membership = organisation.membership
    assert membership is not None
    _apply_status(session, user, organisation, row, reader, file_name)
    application = row.application_date or membership.application_date
    founding = (
        row.founding_member if row.founding_member is not None else membership.founding_member
    )
    if application != membership.application_date or founding != membership.founding_member:
        update_membership_details(session, user, organisation.id, application, founding)
    if row.annual_fee is not None:
        if not membership.fees:
            valid_from = membership.admission_date or membership.application_date
            set_fee(session, user, organisation.id, valid_from, row.annual_fee, note)
        elif membership.fee_on(today) != row.annual_fee:
            set_fee(session, user, organisation.id, today, row.annual_fee, note)
    profile = _profile(row)
    if _sales_key(profile) != _sales_key(_current_profile(organisation)):
        set_sales_profile(session, user, organisation.id, profile)


def import_members(
    session: Session,
    user: OfficeUser,
    path: Path,
    progress: Progress | None = None,
    *,
    language: str = "en",
) -> ImportPreview:
    """Import ``path`` in the caller's transaction; nothing is written when any row is wrong.

    Raises ``ImportRejected`` whose ``problems`` list every problem (sheet,
    row, column). The cap is locked first, so an admission on another PC
    cannot take a seat the import counted as free.
    """
    lock_cap(session)
    checked = _check(session, path, progress, language, steps=2)
    preview = checked.preview
    if preview.problems:
        raise ImportRejected(
            REJECTED, preview.problems, file=path.name, count=len(preview.problems)
        )
    reader = checked.reader
    assert reader is not None  # no header row is a problem
    total = len(checked.rows) * 2
    for done, row in enumerate(checked.rows, start=len(checked.rows) + 1):
        _write_row(session, user, reader, row, path.name)
        if progress is not None:
            progress(done, total)
    session.flush()
    return preview


__all__ = [
    "HEADER_ALIASES",
    "ImportPreview",
    "ImportPreviewRow",
    "ImportProblem",
    "header_key",
    "import_members",
    "preview_import",
]
