"""The member directory as an Excel workbook (.xlsx) in German or English.

Three sheets: the members, the waiting list (longest waiting first) and the
contacts of both. The column headers are file content, not UI text, so they
live here per language (``HEADERS``); ``member_import`` accepts exactly these
words (and a few more), so an exported file imports back unchanged.

Every text goes through ``safe_cell`` (no formula injection); dates are real
Excel dates shown as DD.MM.YYYY, fees numbers in euro format.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP, NiroDeskError, ValidationError
from niro_desk.excel_safety import safe_cell
from niro_desk.membership.admission import waiting_list
from niro_desk.models import (
    Contact,
    Membership,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)

Progress = Callable[[int, int], None]

LANGUAGES = ("de", "en")

MEMBER_FIELDS: tuple[str, ...] = (
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
    "status",
    "admission_date",
    "application_date",
    "founding_member",
    "annual_fee",
    "codes",
    "product_markets",
    "materials",
    "notes",
)
"""The columns of the members and waiting-list sheets, in order (keys of ``HEADERS``)."""

HEADERS: dict[str, dict[str, str]] = {
    "de": {
        "name": "Name",
        "legal_form": "Rechtsform",
        "street": "Straße",
        "postal_code": "PLZ",
        "city": "Ort",
        "region": "Region",
        "country": "Land",
        "website": "Website",
        "vat_id": "USt-IdNr.",
        "employees": "Mitarbeiter",
        "status": "Status",
        "admission_date": "Aufnahmedatum",
        "application_date": "Antragsdatum",
        "founding_member": "Gründungsmitglied",
        "annual_fee": "Jahresbeitrag",
        "codes": "WZ",
        "product_markets": "Produkte",
        "materials": "Materialien",
        "notes": "Notizen",
    },
    "en": {
        "name": "Name",
        "legal_form": "Legal form",
        "street": "Street",
        "postal_code": "Postal code",
        "city": "City",
        "region": "Region",
        "country": "Country",
        "website": "Website",
        "vat_id": "VAT ID",
        "employees": "Employees",
        "status": "Status",
        "admission_date": "Admission date",
        "application_date": "Application date",
        "founding_member": "Founding member",
        "annual_fee": "Annual fee",
        "codes": "NACE",
        "product_markets": "Products",
        "materials": "Materials",
        "notes": "Notes",
    },
}
"""Column headers per language; the importer accepts all of them."""

WAITING_HEADERS: dict[str, dict[str, str]] = {
    "de": {"position": "Platz", "waiting_since": "Wartet seit"},
    "en": {"position": "Position", "waiting_since": "Waiting since"},
}

CONTACT_FIELDS: tuple[str, ...] = (
    "organisation",
    "first_name",
    "last_name",
    "function",
    "email",
    "phone",
    "expertise",
)
CONTACT_HEADERS: dict[str, dict[str, str]] = {
    "de": {
        "organisation": "Firma",
        "first_name": "Vorname",
        "last_name": "Nachname",
        "function": "Funktion",
        "email": "E-Mail",
        "phone": "Telefon",
        "expertise": "Fachgebiete",
    },
    "en": {
        "organisation": "Organisation",
        "first_name": "First name",
        "last_name": "Last name",
        "function": "Function",
        "email": "E-mail",
        "phone": "Phone",
        "expertise": "Expertise",
    },
}

SHEET_NAMES: dict[str, dict[str, str]] = {
    "de": {"members": "Mitglieder", "waiting": "Warteliste", "contacts": "Ansprechpartner"},
    "en": {"members": "Members", "waiting": "Waiting list", "contacts": "Contacts"},
}

STATUS_WORDS: dict[str, dict[MembershipStatus, str]] = {
    "de": {
        MembershipStatus.MEMBER: "Mitglied",
        MembershipStatus.WAITING: "Warteliste",
        MembershipStatus.APPLICANT: "Bewerber",
        MembershipStatus.FORMER: "ehemalig",
    },
    "en": {
        MembershipStatus.MEMBER: "member",
        MembershipStatus.WAITING: "waiting",
        MembershipStatus.APPLICANT: "applicant",
        MembershipStatus.FORMER: "former",
    },
}
"""How a status is written in the file; the importer reads these (and more)."""

YES_NO: dict[str, tuple[str, str]] = {"de": ("ja", "nein"), "en": ("yes", "no")}

LIST_SEPARATOR = ", "
"""Between NACE codes, products and materials in one cell (the importer splits on , and ;)."""

DATE_FORMAT = "DD.MM.YYYY"
FEE_FORMAT = "#,##0.00 €"

_WIDTHS = {"min": 8, "max": 48}
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))

WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} could not be written ({reason}). If it is open in Excel, close it and try again.",
)
NOT_XLSX_NAME = QT_TRANSLATE_NOOP(
    "Messages", "The export file name must end in .xlsx (not “{file}”)."
)


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _joined(names: Sequence[str]) -> str:
    return LIST_SEPARATOR.join(names)


def _member_values(organisation: Organisation, language: str, today: dt.date) -> dict[str, Any]:
    membership = organisation.membership
    status = organisation.membership_status
    yes, no = YES_NO[language]
    return {
        "name": organisation.name,
        "legal_form": organisation.legal_form,
        "street": organisation.street,
        "postal_code": organisation.postal_code,
        "city": organisation.city,
        "region": organisation.region,
        "country": organisation.country,
        "website": organisation.website,
        "vat_id": organisation.vat_id,
        "employees": organisation.employees,
        "status": STATUS_WORDS[language][status] if status else "",
        "admission_date": membership.admission_date if membership else None,
        "application_date": membership.application_date if membership else None,
        "founding_member": (yes if membership.founding_member else no) if membership else "",
        "annual_fee": membership.fee_on(today) if membership else None,
        "codes": _joined([code.code for code in organisation.sales_codes]),
        "product_markets": _joined([market.name for market in organisation.product_markets]),
        "materials": _joined([material.name for material in organisation.materials]),
        "notes": organisation.notes,
    }


def _contact_values(contact: Contact) -> dict[str, Any]:
    return {
        "organisation": contact.organisation.name,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "expertise": _joined([item.name for item in contact.expertise]),
    }


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}") + 2
    return max((len(line) for line in str(value).splitlines()), default=0)


class _SheetWriter:
    """Writes one table: header row, typed cells, widths, filter, frozen header."""

    def __init__(self, sheet: Worksheet, fields: Sequence[str], headers: dict[str, str]) -> None:
        self.sheet = sheet
        self.fields = fields
        self.widths = [len(headers[field]) + 3 for field in fields]  # room for the filter button
        for column, field in enumerate(fields, start=1):
            cell = sheet.cell(row=1, column=column, value=safe_cell(headers[field]))
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.border = _HEADER_BORDER
            cell.alignment = Alignment(vertical="center")
        self.rows = 1

    def add(self, values: dict[str, Any]) -> None:
        self.rows += 1
        for column, field in enumerate(self.fields, start=1):
            value = values.get(field)
            if isinstance(value, str) and value == "":
                value = None
            cell = self.sheet.cell(row=self.rows, column=column, value=safe_cell(value))
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, Decimal):
                cell.number_format = FEE_FORMAT
            elif isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.widths[column - 1] = max(self.widths[column - 1], _display_width(value) + 1)

    def finish(self) -> None:
        sheet = self.sheet
        for column, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(
                max(width, _WIDTHS["min"]), _WIDTHS["max"]
            )
        last = get_column_letter(len(self.fields))
        sheet.auto_filter.ref = f"A1:{last}{max(self.rows, 2)}"
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.oddHeader.left.text = "&A"  # sheet name
        sheet.oddHeader.right.text = "&D"  # printing date
        sheet.oddFooter.center.text = "&P / &N"  # page / pages


def _members(session: Session) -> list[Organisation]:
    return list(
        session.scalars(
            select(Organisation)
            .where(
                Organisation.kind == OrganisationKind.MEMBER,
                Organisation.membership_status == MembershipStatus.MEMBER,
            )
            .options(
                selectinload(Organisation.membership).selectinload(Membership.fees),
                selectinload(Organisation.sales_codes),
                selectinload(Organisation.product_markets),
                selectinload(Organisation.materials),
                selectinload(Organisation.contacts).selectinload(Contact.expertise),
            )
            .order_by(Organisation.name, Organisation.id)
        )
    )


def _save(workbook: Workbook, path: Path) -> None:
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


def export_members(
    session: Session,
    path: Path,
    language: str = "de",
    progress: Progress | None = None,
) -> int:
    """Write the member directory to ``path`` (.xlsx); returns the number of member rows."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", NOT_XLSX_NAME, file=path.name)
    language = _language(language)
    today = dt.date.today()
    members = _members(session)
    waiting = waiting_list(session)
    contacts = [
        contact
        for organisation in [*members, *waiting]
        for contact in sorted(
            organisation.contacts, key=lambda c: (c.last_name.lower(), c.first_name.lower())
        )
    ]
    total = len(members) + len(waiting) + len(contacts)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    workbook = Workbook()
    workbook.properties.title = SHEET_NAMES[language]["members"]
    workbook.properties.creator = "NIRO Desk"
    headers = HEADERS[language]

    member_sheet = workbook.active
    assert member_sheet is not None
    member_sheet.title = SHEET_NAMES[language]["members"]
    writer = _SheetWriter(member_sheet, MEMBER_FIELDS, headers)
    for organisation in members:
        writer.add(_member_values(organisation, language, today))
        step()
    writer.finish()

    waiting_fields = ("position", *MEMBER_FIELDS, "waiting_since")
    writer = _SheetWriter(
        workbook.create_sheet(SHEET_NAMES[language]["waiting"]),
        waiting_fields,
        {**headers, **WAITING_HEADERS[language]},
    )
    for position, organisation in enumerate(waiting, start=1):
        values = _member_values(organisation, language, today)
        since = organisation.membership.waiting_since if organisation.membership else None
        values["position"] = position
        values["waiting_since"] = since.astimezone().date() if since else None
        writer.add(values)
        step()
    writer.finish()

    writer = _SheetWriter(
        workbook.create_sheet(SHEET_NAMES[language]["contacts"]),
        CONTACT_FIELDS,
        CONTACT_HEADERS[language],
    )
    for contact in contacts:
        writer.add(_contact_values(contact))
        step()
    writer.finish()

    _save(workbook, path)
    return len(members)
