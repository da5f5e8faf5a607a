"""The member directory as an Excel workbook (.xlsx) in German or English.

Three sheets: the members, the waiting list (longest waiting first) and the
contacts of both. The column headers are file content, not UI text, so they
live here per language (``HEADERS``); ``member_import`` accepts exactly these
words (and a few more), so an exported file imports back unchanged.

Written with the workbook toolkit (``niro_desk.workbook.sheet_writer``):
streaming, every text through ``safe_cell`` (no formula injection), dates as
real Excel dates shown as DD.MM.YYYY, fees as numbers in euro format, a
frozen, filtered header row, saved atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.membership.admission import waiting_list
from niro_desk.models import (
    Contact,
    Membership,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    MONEY_FORMAT,
    WHOLE_FORMAT,
    Column,
    new_workbook,
    save_workbook,
    write_table,
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

NOT_XLSX_NAME = QT_TRANSLATE_NOOP(
    "Messages", "The export file name must end in .xlsx (not “{file}”)."
)
_FORMATS = {
    "admission_date": DATE_FORMAT,
    "application_date": DATE_FORMAT,
    "waiting_since": DATE_FORMAT,
    "annual_fee": MONEY_FORMAT,
    "employees": WHOLE_FORMAT,
}


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


def _columns(fields: Sequence[str], headers: dict[str, str]) -> list[Column]:
    return [
        Column(name, headers[name], _FORMATS.get(name), wrap=name == "notes") for name in fields
    ]


def _row(fields: Sequence[str], values: dict[str, Any]) -> list[Any]:
    return [values.get(name) for name in fields]


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

    workbook = new_workbook(SHEET_NAMES[language]["members"])
    headers = HEADERS[language]
    member_rows = []
    for organisation in members:
        member_rows.append(_row(MEMBER_FIELDS, _member_values(organisation, language, today)))
        step()
    write_table(
        workbook, SHEET_NAMES[language]["members"], _columns(MEMBER_FIELDS, headers), member_rows
    )

    waiting_fields = ("position", *MEMBER_FIELDS, "waiting_since")
    waiting_rows = []
    for position, organisation in enumerate(waiting, start=1):
        values = _member_values(organisation, language, today)
        since = organisation.membership.waiting_since if organisation.membership else None
        values["position"] = position
        values["waiting_since"] = since.astimezone().date() if since else None
        waiting_rows.append(_row(waiting_fields, values))
        step()
    write_table(
        workbook,
        SHEET_NAMES[language]["waiting"],
        _columns(waiting_fields, {**headers, **WAITING_HEADERS[language]}),
        waiting_rows,
    )

    contact_rows = []
    for contact in contacts:
        contact_rows.append(_row(CONTACT_FIELDS, _contact_values(contact)))
        step()
    write_table(
        workbook,
        SHEET_NAMES[language]["contacts"],
        _columns(CONTACT_FIELDS, CONTACT_HEADERS[language]),
        contact_rows,
    )

    save_workbook(workbook, path)
    return len(members)
