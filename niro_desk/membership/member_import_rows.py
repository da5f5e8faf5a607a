"""Reading the sheets of a member workbook into typed rows (no database writes).

A member workbook has up to three kinds of sheet, recognised by their header
row, not by their name: member sheets (``HEADERS``), the waiting list (the
same columns plus position and "waiting since") and contacts
(``CONTACT_HEADERS``). Every cell goes through the workbook toolkit's parsers,
bounded by what the database columns can hold on both engines; every problem
is recorded with sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from niro_desk.errors import QT_TRANSLATE_NOOP
from niro_desk.industry_codes import normalise_class_code
from niro_desk.membership.contacts import ContactInput, normalise_phone, validate_contact
from niro_desk.membership.member_export import (
    CONTACT_HEADERS,
    HEADERS,
    STATUS_WORDS,
    WAITING_HEADERS,
    YES_NO,
)
from niro_desk.membership.organisations import OrganisationInput, validate_organisation
from niro_desk.models import (
    Contact,
    Expertise,
    Material,
    MembershipFee,
    MembershipStatus,
    Organisation,
    ProductMarket,
)
from niro_desk.text_keys import fold

if TYPE_CHECKING:
    from niro_desk.membership.member_import_checks import KnownOrganisation
from niro_desk.workbook import (
    CellError,
    HeaderMatcher,
    HeaderRow,
    ProblemLog,
    cell_text,
    decimal_bounds,
    integer_range,
    parse_date,
    parse_decimal,
    parse_whole_number,
    parse_yes_no,
    shown,
    split_list,
    text_limit,
)
from niro_desk.workbook.cell_parsers import TOO_LONG

MAX_DATA_ROWS = 10_000
"""Rows per sheet (the documented limit)."""

TEXT_FIELDS = ("name", "legal_form", "street", "postal_code", "city", "region", "website", "vat_id")
TEXT_LIMITS: dict[str, int] = {
    name: limit
    for name in (*TEXT_FIELDS, "country")
    if (limit := text_limit(getattr(Organisation, name))) is not None
}
CONTACT_TEXT_FIELDS = ("first_name", "last_name", "function", "email", "phone")
CONTACT_LIMITS: dict[str, int] = {
    name: limit
    for name in CONTACT_TEXT_FIELDS
    if (limit := text_limit(getattr(Contact, name))) is not None
}
EMPLOYEES_MAXIMUM = integer_range(Organisation.employees)[1]
FEE_PLACES, FEE_MAXIMUM = decimal_bounds(MembershipFee.annual_fee)
LIST_ITEM_LIMIT = min(
    text_limit(column) or 200
    for column in (ProductMarket.name, ProductMarket.key, Material.name, Material.key)
)
"""Longest product market or material name, and its key (database columns)."""
EXPERTISE_LIMIT = min(text_limit(Expertise.name) or 100, text_limit(Expertise.key) or 100)
POSITION_MAXIMUM = MAX_DATA_ROWS * 10

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
    "position": ("Rang", "Nr.", "Place"),
    "waiting_since": ("Auf der Warteliste seit", "On the waiting list since"),
}
_CONTACT_ALIASES: dict[str, tuple[str, ...]] = {
    "organisation": ("Unternehmen", "Organisation", "Company", "Firmenname"),
    "first_name": ("Given name",),
    "last_name": ("Name", "Surname", "Family name"),
    "function": ("Position im Unternehmen", "Rolle", "Role", "Job title"),
    "email": ("Email", "E-Mail-Adresse", "Mail"),
    "phone": ("Telefonnummer", "Tel.", "Telephone"),
    "expertise": ("Expertise", "Kompetenzen", "Fachgebiet", "Areas of expertise"),
}


def _headers(*tables: dict[str, dict[str, str]]) -> list[dict[str, list[str]]]:
    return [
        {name: [header] for name, header in table[language].items()}
        for table in tables
        for language in table
    ]


MEMBER_HEADERS = HeaderMatcher(*_headers(HEADERS, WAITING_HEADERS), _EXTRA_ALIASES)
"""Every header the export writes on member and waiting-list sheets, plus aliases."""
CONTACT_MATCHER = HeaderMatcher(*_headers(CONTACT_HEADERS), _CONTACT_ALIASES)
HEADER_ALIASES: dict[str, str] = MEMBER_HEADERS.aliases
"""Header key → field of the member sheets."""

STATUS_ALIASES: dict[str, MembershipStatus] = {
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
YES_WORDS = {fold(yes) for yes, _ in YES_NO.values()} | {"j", "y", "x", "wahr", "true", "1"}
NO_WORDS = {fold(no) for _, no in YES_NO.values()} | {"n", "falsch", "false", "0", ""}

ITEM_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "“{item}…” is longer than {limit} characters.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "“{value}” is not a membership status: use Mitglied/member, Warteliste/waiting,"
    " Bewerber/applicant or ehemalig/former.",
)
MISSING_STATUS = QT_TRANSLATE_NOOP("Messages", "The status is missing.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Messages", "“{code}” is not a NACE class (four digits such as 25.62)."
)
MISSING_ORGANISATION = QT_TRANSLATE_NOOP("Messages", "The organisation of this contact is missing.")

_CODE_SPLIT = re.compile(r"[;,\s]+")


def _too_long(item: str, limit: int) -> bool:
    """Longer than the column, or its key is (folding writes "ä" as "ae", "ß" as "ss")."""
    return len(item) > limit or len(fold(item)) > limit


def parse_status(value: Any) -> MembershipStatus:
    text = cell_text(value)
    if not text:
        raise CellError(MISSING_STATUS)
    status = STATUS_ALIASES.get(fold(text))
    if status is None:
        raise CellError(UNKNOWN_STATUS, value=shown(value))
    return status


def parse_codes(value: Any) -> list[str]:
    """NACE classes from a cell, as people type them ("25.62", "25.62.0", "2562", "C 25.62");
    a lone number (25.6 for 25.60) is read with two places. What is no class stays as typed,
    for the problem report."""
    if isinstance(value, float):
        texts = [f"{value:.2f}"]
    else:
        texts = []
        for text in _CODE_SPLIT.split(cell_text(value)):
            if texts and len(texts[-1]) == 1 and texts[-1].isalpha():  # "C 25.62"
                texts[-1] += text
            elif text:
                texts.append(text)
    codes: list[str] = []
    for text in texts:
        code = normalise_class_code(text) or text
        if code not in codes:
            codes.append(code)
    return codes


@dataclass
class MemberRow:
    """One organisation row of a member or waiting-list sheet, parsed."""

    sheet: str
    number: int
    cells: dict[str, Any]
    columns: dict[str, tuple[int, str]]
    data: OrganisationInput = field(default_factory=lambda: OrganisationInput(name=""))
    status: MembershipStatus | None = None
    admission_date: dt.date | None = None
    application_date: dt.date | None = None
    founding_member: bool | None = None
    annual_fee: Decimal | None = None
    codes: list[str] | None = None
    product_markets: list[str] | None = None
    materials: list[str] | None = None
    position: int | None = None
    waiting_since: dt.date | None = None
    existing: Organisation | KnownOrganisation | None = None
    valid: bool = True
    unreadable: set[str] = field(default_factory=set)
    """Fields whose cell could not be read (already reported; no follow-up problems)."""
    action: str = "new"
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    """(column, before, after) for every field an update changes."""

    def has(self, name: str) -> bool:
        return name in self.columns

    def header(self, name: str) -> str:
        return self.columns[name][1] if name in self.columns else ""


@dataclass
class ContactRow:
    """One row of the contacts sheet, parsed."""

    sheet: str
    number: int
    columns: dict[str, tuple[int, str]]
    organisation_name: str = ""
    data: ContactInput = field(default_factory=lambda: ContactInput(first_name="", last_name=""))
    phone: str = ""
    """The phone number as NIRO Desk stores it (international format)."""
    valid: bool = True
    organisation: Organisation | KnownOrganisation | None = None
    member_row: MemberRow | None = None
    """The file's row of the organisation, when it is new in this import."""
    existing: Contact | None = None
    action: str = "new"
    changes: list[tuple[str, str, str]] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.columns

    def header(self, name: str) -> str:
        return self.columns[name][1] if name in self.columns else ""


def problem(
    log: ProblemLog, row: MemberRow | ContactRow, column: str, template: str, /, **params: Any
) -> None:
    """Record a problem in ``row`` at the column of field ``column`` (or the whole row)."""
    row.valid = False
    log.add(row.sheet, row.number, row.header(column), template, **params)


def _cells(values: tuple[Any, ...], columns: dict[str, tuple[int, str]]) -> dict[str, Any]:
    return {
        name: values[index] if index < len(values) else None for name, (index, _) in columns.items()
    }


def read_member_row(
    log: ProblemLog,
    header: HeaderRow,
    sheet: str,
    number: int,
    values: tuple[Any, ...],
    classes: set[str],
    default_status: MembershipStatus,
) -> MemberRow:
    """Parse one member row; every unreadable cell is a located problem."""
    cells = _cells(values, header.columns)
    row = MemberRow(sheet, number, cells, header.columns)

    def parse(name: str, parser: Callable[[Any], Any]) -> Any:
        try:
            return parser(cells.get(name))
        except CellError as error:
            problem(log, row, name, error.template, **error.params)
            row.unreadable.add(name)
            return None

    texts = {name: cell_text(cells.get(name)) for name in (*TEXT_FIELDS, "notes")}
    country = cell_text(cells.get("country")).upper() or "DE"
    postal = cells.get("postal_code")
    is_number = isinstance(postal, int | float) and not isinstance(postal, bool)
    if is_number and country == "DE" and 0 <= postal < 100_000:
        texts["postal_code"] = str(int(postal)).zfill(5)  # 01067 saved as a number
    texts["country"] = country
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            problem(log, row, name, TOO_LONG, limit=limit)
            texts[name] = texts[name][:limit]
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
        employees=parse(
            "employees",
            lambda value: parse_whole_number(value, minimum=0, maximum=EMPLOYEES_MAXIMUM),
        ),
        notes=texts["notes"],
    )
    for error in validate_organisation(row.data):
        if error.field not in row.unreadable and not (
            error.field in TEXT_LIMITS and len(texts[error.field]) >= TEXT_LIMITS[error.field]
        ):
            problem(log, row, error.field, error.template, **error.params)
    row.status = parse("status", parse_status) if row.has("status") else default_status
    row.admission_date = parse("admission_date", parse_date)
    row.application_date = parse("application_date", parse_date)
    if row.has("founding_member"):
        row.founding_member = parse(
            "founding_member", lambda value: parse_yes_no(value, YES_WORDS, NO_WORDS)
        )
    row.annual_fee = parse(
        "annual_fee",
        lambda value: parse_decimal(value, places=FEE_PLACES, maximum=FEE_MAXIMUM),
    )
    if row.has("codes"):
        row.codes = parse("codes", parse_codes) or []
        for code in row.codes:
            if code not in classes:
                problem(log, row, "codes", UNKNOWN_CODE, code=code[:20])
    for name in ("product_markets", "materials"):
        if row.has(name):
            items = split_list(cells.get(name))
            setattr(row, name, items)
            for item in items:
                if _too_long(item, LIST_ITEM_LIMIT):
                    problem(log, row, name, ITEM_TOO_LONG, item=item[:40], limit=LIST_ITEM_LIMIT)
    if row.has("position"):
        row.position = parse(
            "position", lambda value: parse_whole_number(value, minimum=1, maximum=POSITION_MAXIMUM)
        )
    if row.has("waiting_since"):
        row.waiting_since = parse("waiting_since", parse_date)
    return row


def read_contact_row(
    log: ProblemLog, header: HeaderRow, sheet: str, number: int, values: tuple[Any, ...]
) -> ContactRow:
    """Parse one contact row; every unreadable cell is a located problem."""
    cells = _cells(values, header.columns)
    row = ContactRow(sheet, number, header.columns)
    row.organisation_name = cell_text(cells.get("organisation"))
    if not row.organisation_name:
        problem(log, row, "organisation", MISSING_ORGANISATION)
    texts = {name: cell_text(cells.get(name)) for name in CONTACT_TEXT_FIELDS}
    for name, limit in CONTACT_LIMITS.items():
        if len(texts[name]) > limit:
            problem(log, row, name, TOO_LONG, limit=limit)
            texts[name] = texts[name][:limit]
    expertise = split_list(cells.get("expertise"))
    for item in expertise:
        if _too_long(item, EXPERTISE_LIMIT):
            problem(log, row, "expertise", ITEM_TOO_LONG, item=item[:40], limit=EXPERTISE_LIMIT)
    row.data = ContactInput(
        first_name=texts["first_name"],
        last_name=texts["last_name"],
        function=texts["function"],
        email=texts["email"],
        phone=texts["phone"],
        expertise=expertise,
    )
    for error in validate_contact(row.data):
        problem(log, row, error.field, error.template, **error.params)
    if row.valid and texts["phone"]:
        row.phone = normalise_phone(texts["phone"])
    return row
