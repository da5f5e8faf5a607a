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
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.gc_tuning import fewer_collections
from niro_desk.membership.admission import WAITING_ORDER
from niro_desk.models import (
    Contact,
    Expertise,
    Material,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    ProductMarket,
)
from niro_desk.models.contact import contact_expertise
from niro_desk.models.sales_profile import organisation_sales_code
from niro_desk.permissions import visible_organisation
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


@dataclass
class _Directory:
    """What the export writes, read with a few plain selects (no ORM objects: 10,000
    members with their fees, profiles and contacts would be 70,000 of them)."""

    members: list[Any] = field(default_factory=list)
    waiting: list[Any] = field(default_factory=list)
    memberships: dict[int, Any] = field(default_factory=dict)
    fees: dict[int, list[tuple[dt.date, Decimal]]] = field(default_factory=dict)
    codes: dict[int, list[str]] = field(default_factory=dict)
    markets: dict[int, list[str]] = field(default_factory=dict)
    materials: dict[int, list[str]] = field(default_factory=dict)
    contacts: dict[int, list[Any]] = field(default_factory=dict)
    expertise: dict[int, list[str]] = field(default_factory=dict)


def _exported() -> Any:
    """The organisations the export writes: members, and everyone on the waiting list."""
    return or_(
        and_(
            Organisation.kind == OrganisationKind.MEMBER,
            Organisation.membership_status == MembershipStatus.MEMBER,
        ),
        Organisation.membership_status == MembershipStatus.WAITING,
    )


def read_directory(session: Session) -> _Directory:
    """Members (by name) and the waiting list (in its order) with all the export shows.

    A procurement head gets its own organisation only, and no waiting list.
    """
    loaded = _Directory()
    table = Organisation.__table__
    member = and_(
        Organisation.kind == OrganisationKind.MEMBER,
        Organisation.membership_status == MembershipStatus.MEMBER,
    )
    waiting: Any = Organisation.membership_status == MembershipStatus.WAITING
    wanted = _exported()
    visible = visible_organisation(session)
    if visible is not None:
        member = and_(member, Organisation.id == visible)
        waiting = false()
        wanted = member
    loaded.members = list(
        session.execute(select(table).where(member).order_by(Organisation.name, Organisation.id))
    )
    loaded.waiting = list(
        session.execute(
            select(table)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .where(waiting)
            .order_by(*WAITING_ORDER)
        )
    )
    for row in session.execute(select(Membership.__table__).join(Organisation).where(wanted)):
        loaded.memberships[row.organisation_id] = row
    for membership_id, valid_from, fee in session.execute(
        select(MembershipFee.membership_id, MembershipFee.valid_from, MembershipFee.annual_fee)
        .join(Membership)
        .join(Organisation)
        .where(wanted)
        .order_by(MembershipFee.membership_id, MembershipFee.valid_from)
    ):
        loaded.fees.setdefault(membership_id, []).append((valid_from, fee))
    codes = organisation_sales_code.c
    for organisation_id, code in session.execute(
        select(codes.organisation_id, codes.code)
        .join(Organisation, Organisation.id == codes.organisation_id)
        .where(wanted)
        .order_by(codes.organisation_id, codes.code)
    ):
        loaded.codes.setdefault(organisation_id, []).append(code)
    for model, names in ((ProductMarket, loaded.markets), (Material, loaded.materials)):
        for organisation_id, name in session.execute(
            select(model.organisation_id, model.name)
            .join(Organisation)
            .where(wanted)
            .order_by(model.organisation_id, model.name, model.id)
        ):
            names.setdefault(organisation_id, []).append(name)
    for row in session.execute(
        select(Contact.__table__)
        .join(Organisation)
        .where(wanted)
        .order_by(Contact.organisation_id, Contact.last_name, Contact.id)
    ):
        loaded.contacts.setdefault(row.organisation_id, []).append(row)
    link = contact_expertise.c
    for contact_id, name in session.execute(
        select(link.contact_id, Expertise.name)
        .join(Expertise, Expertise.id == link.expertise_id)
        .join(Contact, Contact.id == link.contact_id)
        .join(Organisation, Organisation.id == Contact.organisation_id)
        .where(wanted)
        .order_by(link.contact_id, Expertise.name)
    ):
        loaded.expertise.setdefault(contact_id, []).append(name)
    return loaded


def _fee_on(fees: list[tuple[dt.date, Decimal]], day: dt.date) -> Decimal | None:
    """``Membership.fee_on``: the fee of the latest step on or before ``day``."""
    current = [fee for valid_from, fee in fees if valid_from <= day]
    return current[-1] if current else None


def _member_values(
    loaded: _Directory, organisation: Any, language: str, today: dt.date
) -> dict[str, Any]:
    membership = loaded.memberships.get(organisation.id)
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
        "annual_fee": _fee_on(loaded.fees.get(membership.id, []), today) if membership else None,
        "codes": _joined(loaded.codes.get(organisation.id, [])),
        "product_markets": _joined(loaded.markets.get(organisation.id, [])),
        "materials": _joined(loaded.materials.get(organisation.id, [])),
        "notes": organisation.notes,
    }


def _contact_values(loaded: _Directory, organisation: Any, contact: Any) -> dict[str, Any]:
    return {
        "organisation": organisation.name,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "expertise": _joined(loaded.expertise.get(contact.id, [])),
    }


def _columns(fields: Sequence[str], headers: dict[str, str]) -> list[Column]:
    return [
        Column(name, headers[name], _FORMATS.get(name), wrap=name == "notes") for name in fields
    ]


def _row(fields: Sequence[str], values: dict[str, Any]) -> list[Any]:
    return [values.get(name) for name in fields]


@fewer_collections()
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
    loaded = read_directory(session)
    members, waiting = loaded.members, loaded.waiting
    contacts = [
        (organisation, contact)
        for organisation in [*members, *waiting]
        for contact in sorted(
            loaded.contacts.get(organisation.id, []),
            key=lambda c: (c.last_name.lower(), c.first_name.lower()),
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
        member_rows.append(
            _row(MEMBER_FIELDS, _member_values(loaded, organisation, language, today))
        )
        step()
    write_table(
        workbook, SHEET_NAMES[language]["members"], _columns(MEMBER_FIELDS, headers), member_rows
    )

    waiting_fields = ("position", *MEMBER_FIELDS, "waiting_since")
    waiting_rows = []
    for position, organisation in enumerate(waiting, start=1):
        values = _member_values(loaded, organisation, language, today)
        membership = loaded.memberships.get(organisation.id)
        since = membership.waiting_since if membership else None
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
    for organisation, contact in contacts:
        contact_rows.append(_row(CONTACT_FIELDS, _contact_values(loaded, organisation, contact)))
        step()
    write_table(
        workbook,
        SHEET_NAMES[language]["contacts"],
        _columns(CONTACT_FIELDS, CONTACT_HEADERS[language]),
        contact_rows,
    )

    save_workbook(workbook, path)
    return len(members)
