"""Checking parsed member-workbook rows against the database: matches, rules, field changes.

``evaluate`` runs in the preview (a reading session) and again inside the
import's write transaction (after the cap row is locked), on the same parsed
rows: it is cheap (a few queries, then dictionaries), so the write phase
re-checks what may have changed since the preview without reading the file
again. It fills in each row's match (``existing``), its ``action`` ("new",
"update" or "unchanged") and its ``changes`` field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP
from niro_desk.formatting import format_date, format_money
from niro_desk.membership.member_export import (
    CONTACT_HEADERS,
    HEADERS,
    STATUS_WORDS,
    WAITING_HEADERS,
    YES_NO,
)
from niro_desk.membership.member_import_rows import ContactRow, MemberRow, problem
from niro_desk.membership.membership_cap import member_count
from niro_desk.membership.organisations import normalise_vat_id
from niro_desk.messages import translate_message
from niro_desk.models import (
    Contact,
    Material,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    ProductMarket,
    organisation_sales_code,
)
from niro_desk.text_keys import expertise_key, fold
from niro_desk.workbook import ProblemLog

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
DUPLICATE_CONTACT = QT_TRANSLATE_NOOP(
    "Messages", "Row {other} already lists {name} at {organisation}."
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
UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "Messages", "“{name}” is neither in this workbook nor in NIRO Desk."
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
KIND_LABELS = {
    OrganisationKind.CUSTOMER: QT_TRANSLATE_NOOP("Messages", "customer"),
    OrganisationKind.SUPPLIER: QT_TRANSLATE_NOOP("Messages", "supplier"),
    OrganisationKind.MEMBER: QT_TRANSLATE_NOOP("Messages", "member"),
}

ORGANISATION_FIELDS = (
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


def stored_text(name: str, value: Any) -> Any:
    """``value`` as the organisation services store it (to compare like with like)."""
    if name == "employees" or value is None:
        return value
    text = str(value).strip()
    if name == "country":
        return text.upper() or "DE"
    if name == "vat_id":
        return normalise_vat_id(text) if text else ""
    return text


def sales_key(codes: list[str], markets: list[str], materials: list[str]) -> tuple[Any, ...]:
    """Two profiles with the same key sell and use the same (spelling aside)."""
    return (_key_part(0, codes), _key_part(1, markets), _key_part(2, materials))


def _key_part(index: int, values: list[str]) -> list[str]:
    """Part ``index`` (codes, product markets, materials) of ``sales_key``."""
    if index == 0:
        return sorted(dict.fromkeys(values))
    return sorted({fold(name) for name in values})


def current_profile(
    organisation: Organisation | KnownOrganisation,
) -> tuple[list[str], list[str], list[str]]:
    return (
        [code.code for code in organisation.sales_codes],
        [market.name for market in organisation.product_markets],
        [material.name for material in organisation.materials],
    )


def row_profile(row: MemberRow) -> tuple[list[str], list[str], list[str]]:
    """What the row's organisation will sell and use after the import."""
    codes, markets, materials = (
        current_profile(row.existing) if row.existing is not None else ([], [], [])
    )
    return (
        row.codes if row.codes is not None else codes,
        row.product_markets if row.product_markets is not None else markets,
        row.materials if row.materials is not None else materials,
    )


def local_date(moment: dt.datetime | None) -> dt.date | None:
    """The office's calendar day of a stored timestamp (as the export writes it)."""
    return moment.astimezone().date() if moment is not None else None


class Code(NamedTuple):
    """An industry code of a known organisation (``.code`` as on ``IndustryCode``)."""

    code: str


class Named(NamedTuple):
    """A product market or material of a known organisation (``.name`` as on the models)."""

    name: str


class KnownFee(NamedTuple):
    valid_from: dt.date
    annual_fee: Decimal


@dataclass(slots=True)
class KnownMembership:
    """The membership columns the checks read, from a plain select (no ORM object)."""

    id: int
    application_date: dt.date
    waiting_since: dt.datetime | None
    admission_date: dt.date | None
    founding_member: bool
    fees: list[KnownFee] = field(default_factory=list)

    def fee_on(self, day: dt.date) -> Decimal | None:
        """The annual fee in force on ``day``, as ``Membership.fee_on``."""
        current = [fee for fee in self.fees if fee.valid_from <= day]
        return current[-1].annual_fee if current else None


@dataclass(slots=True)
class KnownOrganisation:
    """An organisation as the checks read it: its company data, membership and sales profile.

    Read with plain selects (about five times cheaper than ORM objects with
    their relationships at 10,000 organisations); the writes load what they
    change through the services, by ``id``.
    """

    id: int
    name: str
    kind: OrganisationKind
    membership_status: MembershipStatus | None
    legal_form: str
    street: str
    postal_code: str
    city: str
    region: str
    country: str
    website: str
    vat_id: str
    employees: int | None
    notes: str
    membership: KnownMembership | None = None
    sales_codes: list[Code] = field(default_factory=list)
    product_markets: list[Named] = field(default_factory=list)
    materials: list[Named] = field(default_factory=list)


def known_organisations(session: Session) -> list[KnownOrganisation]:
    """Every organisation with its membership, fees and sales profile, in order of ``id``."""
    organisations: dict[int, KnownOrganisation] = {}
    for row in session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.membership_status,
            *(getattr(Organisation, name) for name in ORGANISATION_FIELDS if name != "name"),
        ).order_by(Organisation.id)
    ):
        organisations[row[0]] = KnownOrganisation(*row)
    memberships: dict[int, KnownMembership] = {}
    for key, organisation_id, *values in session.execute(
        select(
            Membership.id,
            Membership.organisation_id,
            Membership.application_date,
            Membership.waiting_since,
            Membership.admission_date,
            Membership.founding_member,
        )
    ):
        membership = KnownMembership(key, *values)
        memberships[key] = membership
        organisations[organisation_id].membership = membership
    for membership_id, valid_from, annual_fee in session.execute(
        select(
            MembershipFee.membership_id, MembershipFee.valid_from, MembershipFee.annual_fee
        ).order_by(MembershipFee.valid_from, MembershipFee.id)
    ):
        memberships[membership_id].fees.append(KnownFee(valid_from, annual_fee))
    for organisation_id, code in session.execute(
        select(organisation_sales_code.c.organisation_id, organisation_sales_code.c.code).order_by(
            organisation_sales_code.c.code
        )
    ):
        organisations[organisation_id].sales_codes.append(Code(code))
    for organisation_id, name in session.execute(
        select(ProductMarket.organisation_id, ProductMarket.name).order_by(
            ProductMarket.name, ProductMarket.id
        )
    ):
        organisations[organisation_id].product_markets.append(Named(name))
    for organisation_id, name in session.execute(
        select(Material.organisation_id, Material.name).order_by(Material.name, Material.id)
    ):
        organisations[organisation_id].materials.append(Named(name))
    return list(organisations.values())


class Known:
    """NIRO Desk's organisations, loaded once, indexed for matching."""

    def __init__(self, session: Session) -> None:
        self.by_vat: dict[str, list[KnownOrganisation]] = {}
        self.by_name: dict[str, list[KnownOrganisation]] = {}
        for organisation in known_organisations(session):
            if organisation.vat_id:
                self.by_vat.setdefault(organisation.vat_id, []).append(organisation)
            self.by_name.setdefault(organisation.name, []).append(organisation)
        self.member_count = member_count(session)
        self.session = session


def _match(log: ProblemLog, known: Known, row: MemberRow) -> None:
    vat = normalise_vat_id(row.data.vat_id) if row.data.vat_id.strip() else ""
    candidates = known.by_vat.get(vat, []) if vat else []
    column = "vat_id"
    if not candidates:
        candidates = known.by_name.get(row.data.name.strip(), [])
        column = "name"
    if not candidates:
        return
    if len(candidates) > 1:
        problem(log, row, column, AMBIGUOUS_NAME, count=len(candidates), name=candidates[0].name)
        return
    organisation = candidates[0]
    if organisation.kind != OrganisationKind.MEMBER:
        problem(
            log,
            row,
            column,
            NOT_A_MEMBER_ORGANISATION,
            name=organisation.name,
            kind=translate_message(KIND_LABELS[organisation.kind]),
        )
        return
    row.existing = organisation
    if column == "name" and vat and organisation.vat_id and organisation.vat_id != vat:
        log.warn(
            VAT_CHANGES,
            row=row.number,
            name=organisation.name,
            before=organisation.vat_id,
            after=vat,
        )


def _check_dates(log: ProblemLog, row: MemberRow) -> None:
    status = row.status
    if status is None:
        return
    membership = row.existing.membership if row.existing is not None else None
    admission = row.admission_date
    if admission is None and not row.has("admission_date") and membership is not None:
        admission = membership.admission_date
    if status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING):
        if row.admission_date is not None:
            problem(
                log,
                row,
                "admission_date",
                ADMISSION_NOT_FOR_STATUS,
                status=str(row.cells.get("status") or status).strip(),
            )
        admission = None
    elif (
        status == MembershipStatus.MEMBER
        and admission is None
        and "admission_date" not in row.unreadable
    ):
        problem(
            log, row, "admission_date" if row.has("admission_date") else "status", MISSING_ADMISSION
        )
    application = row.application_date
    if application is None and membership is not None:
        application = membership.application_date
    if application is None:
        application = admission
    if application is None and not {"admission_date", "application_date"} & row.unreadable:
        problem(
            log,
            row,
            "application_date" if row.has("application_date") else "name",
            MISSING_APPLICATION,
        )
    elif application is not None and admission is not None and application > admission:
        problem(log, row, "application_date", APPLICATION_AFTER_ADMISSION)


def _where(row: MemberRow | ContactRow, other: MemberRow | ContactRow) -> str:
    return str(other.number) if other.sheet == row.sheet else f"{other.number} ({other.sheet})"


def _check_duplicates(log: ProblemLog, rows: list[MemberRow]) -> None:
    """The same organisation twice in the file: same name, same VAT ID or same match."""
    names: dict[str, MemberRow] = {}
    vats: dict[str, MemberRow] = {}
    matched: dict[int, MemberRow] = {}
    for row in rows:
        reported = False
        key = fold(row.data.name)
        if key in names:
            problem(
                log, row, "name", DUPLICATE_NAME, other=_where(row, names[key]), name=row.data.name
            )
            reported = True
        elif key:
            names[key] = row
        vat = normalise_vat_id(row.data.vat_id) if row.data.vat_id.strip() else ""
        if vat in vats:
            problem(log, row, "vat_id", DUPLICATE_VAT, other=_where(row, vats[vat]), vat=vat)
            reported = True
        elif vat:
            vats[vat] = row
        if row.existing is not None:
            other = matched.setdefault(row.existing.id, row)
            if other is not row and not reported:
                problem(
                    log,
                    row,
                    "name",
                    DUPLICATE_MATCH,
                    other=_where(row, other),
                    name=row.existing.name,
                )


def _check_cap(log: ProblemLog, known: Known, rows: list[MemberRow], cap: int) -> None:
    leaving = sum(
        1
        for row in rows
        if row.existing is not None
        and row.existing.membership_status == MembershipStatus.MEMBER
        and row.status not in (None, MembershipStatus.MEMBER)
    )
    count = known.member_count - leaving
    for row in rows:
        joining = row.status == MembershipStatus.MEMBER and (
            row.existing is None or row.existing.membership_status != MembershipStatus.MEMBER
        )
        if not joining:
            continue
        count += 1
        if count > cap:
            problem(log, row, "status", CAP_EXCEEDED, count=count, cap=cap)
            return


@dataclass(frozen=True)
class Shown:
    """Formats values for the field-by-field changes in the user's language."""

    language: str

    def __call__(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, MembershipStatus):
            return STATUS_WORDS.get(self.language, STATUS_WORDS["en"])[value]
        if isinstance(value, bool):
            yes, no = YES_NO.get(self.language, YES_NO["en"])
            return yes if value else no
        if isinstance(value, dt.date):
            return format_date(value, self.language)
        if isinstance(value, Decimal):
            return format_money(value, self.language)
        if isinstance(value, list | tuple):
            return ", ".join(str(item) for item in value)
        return str(value)


def _label(row: MemberRow | ContactRow, name: str, language: str) -> str:
    if row.has(name):
        return row.header(name)
    tables = (HEADERS, WAITING_HEADERS, CONTACT_HEADERS)
    for table in tables:
        headers = table.get(language, table["en"])
        if name in headers:
            return headers[name]
    return name


def resulting_admission(
    row: MemberRow, membership: Membership | KnownMembership | None
) -> dt.date | None:
    if row.status in (MembershipStatus.MEMBER, MembershipStatus.FORMER):
        if row.has("admission_date"):
            return row.admission_date
        return membership.admission_date if membership is not None else None
    return None


def _member_changes(row: MemberRow, language: str, today: dt.date) -> None:
    existing = row.existing
    if existing is None:
        row.action = "new"
        return
    shown = Shown(language)
    changes: list[tuple[str, Any, Any]] = []
    for name in ORGANISATION_FIELDS:
        if not row.has(name):
            continue  # a column missing from the file leaves that data alone
        before = stored_text(name, getattr(existing, name))
        after = stored_text(name, getattr(row.data, name))
        if before != after:
            changes.append((name, before, after))
    membership = existing.membership
    if existing.membership_status != row.status:
        changes.append(("status", existing.membership_status, row.status))
    admission = resulting_admission(row, membership)
    if (membership.admission_date if membership else None) != admission:
        changes.append(
            ("admission_date", membership.admission_date if membership else None, admission)
        )
    if row.application_date is not None and (
        membership is None or membership.application_date != row.application_date
    ):
        changes.append(
            (
                "application_date",
                membership.application_date if membership else None,
                row.application_date,
            )
        )
    if row.founding_member is not None and (
        membership is None or membership.founding_member != row.founding_member
    ):
        changes.append(
            (
                "founding_member",
                membership.founding_member if membership else None,
                row.founding_member,
            )
        )
    if row.annual_fee is not None:
        current = membership.fee_on(today) if membership is not None else None
        if current != row.annual_fee:
            changes.append(("annual_fee", current, row.annual_fee))
    before_profile = current_profile(existing)
    after_profile = row_profile(row)
    for index, name in enumerate(("codes", "product_markets", "materials")):
        if _key_part(index, before_profile[index]) != _key_part(index, after_profile[index]):
            changes.append((name, before_profile[index], after_profile[index]))
    if row.status == MembershipStatus.WAITING and row.waiting_since is not None:
        before_day = local_date(membership.waiting_since) if membership else None
        if before_day != row.waiting_since:
            changes.append(("waiting_since", before_day, row.waiting_since))
    row.changes = [(_label(row, name, language), shown(b), shown(a)) for name, b, a in changes]
    row.action = "update" if row.changes else "unchanged"


def _update_warnings(log: ProblemLog, row: MemberRow, language: str, today: dt.date) -> None:
    """What an update changes that the office should not miss: status, fee, cleared data."""
    existing = row.existing
    if existing is None or not row.valid:
        return
    words = STATUS_WORDS.get(language, STATUS_WORDS["en"])
    if row.status is not None and existing.membership_status not in (None, row.status):
        log.warn(
            STATUS_CHANGES,
            row=row.number,
            name=existing.name,
            before=words[existing.membership_status],
            after=words[row.status],
        )
    cleared = [
        row.header(name)
        for name in ORGANISATION_FIELDS
        if row.has(name)
        and getattr(existing, name) not in (None, "")
        and getattr(row.data, name) in (None, "")
    ]
    if cleared:
        log.warn(
            DATA_CLEARED,
            row=row.number,
            name=existing.name,
            columns=", ".join(f"“{header}”" for header in cleared),
        )
    membership = existing.membership
    if row.annual_fee is not None and membership is not None and membership.fees:
        current = membership.fee_on(today)
        if current is not None and current != row.annual_fee:
            log.warn(
                FEE_CHANGES,
                row=row.number,
                name=existing.name,
                before=format_money(current, language),
                after=format_money(row.annual_fee, language),
            )


def _contact_key(organisation: str, first: str, last: str) -> tuple[str, str, str]:
    return (organisation, fold(first), fold(last))


def _contact_values(contact: Contact | None, row: ContactRow) -> dict[str, Any]:
    if contact is None:
        return {
            "first_name": row.data.first_name.strip(),
            "last_name": row.data.last_name.strip(),
            "function": row.data.function.strip(),
            "email": row.data.email.strip().lower(),
            "phone": row.phone,
            "expertise": sorted({expertise_key(name) for name in row.data.expertise} - {""}),
        }
    return {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "function": contact.function,
        "email": contact.email,
        "phone": contact.phone,
        "expertise": sorted(item.key for item in contact.expertise),
    }


def _evaluate_contacts(
    log: ProblemLog,
    known: Known,
    members: list[MemberRow],
    contacts: list[ContactRow],
    language: str,
) -> None:
    if not contacts:
        return
    in_file = {row.data.name.strip(): row for row in members}
    contacts_of: dict[int, list[Contact]] = {}
    ids = {
        organisation.id
        for row in contacts
        for organisation in known.by_name.get(row.organisation_name, [])
    } | {row.existing.id for row in members if row.existing is not None}
    if ids:
        for contact in known.session.scalars(
            select(Contact)
            .where(Contact.organisation_id.in_(ids))
            .options(selectinload(Contact.expertise))
            .order_by(Contact.id)
        ):
            contacts_of.setdefault(contact.organisation_id, []).append(contact)
    seen: dict[tuple[str, str, str], ContactRow] = {}
    for row in contacts:
        row.organisation = row.member_row = row.existing = None
        name = row.organisation_name
        if not name:
            continue
        member_row = in_file.get(name)
        if member_row is not None:
            if member_row.existing is not None:
                row.organisation = member_row.existing
            else:
                row.member_row = member_row
        else:
            candidates = known.by_name.get(name, [])
            if len(candidates) > 1:
                problem(log, row, "organisation", AMBIGUOUS_NAME, count=len(candidates), name=name)
                continue
            if not candidates:
                problem(log, row, "organisation", UNKNOWN_ORGANISATION, name=name)
                continue
            row.organisation = candidates[0]
        key = _contact_key(name, row.data.first_name, row.data.last_name)
        if key in seen:
            problem(
                log,
                row,
                "last_name",
                DUPLICATE_CONTACT,
                other=_where(row, seen[key]),
                name=f"{row.data.first_name} {row.data.last_name}".strip(),
                organisation=name,
            )
            continue
        seen[key] = row
        if row.organisation is not None:
            for contact in contacts_of.get(row.organisation.id, []):
                if _contact_key(name, contact.first_name, contact.last_name) == key:
                    row.existing = contact
                    break
        if row.existing is None:
            row.action = "new"
            row.changes = []
            continue
        before = _contact_values(row.existing, row)
        after = _contact_values(None, row)
        shown = Shown(language)
        row.changes = [
            (_label(row, field_name, language), shown(before[field_name]), shown(after[field_name]))
            for field_name in before
            if row.has(field_name) and before[field_name] != after[field_name]
        ]
        row.action = "update" if row.changes else "unchanged"


def evaluate(
    session: Session,
    log: ProblemLog,
    members: list[MemberRow],
    contacts: list[ContactRow],
    cap: int,
    language: str,
) -> Known:
    """Match every row, check the rules that need the database, and list each row's changes."""
    today = dt.date.today()
    known = Known(session)
    for row in members:
        row.existing = None
        _match(log, known, row)
        _check_dates(log, row)
    _check_duplicates(log, members)
    _check_cap(log, known, members, cap)
    for row in members:
        _member_changes(row, language, today)
        _update_warnings(log, row, language, today)
    _evaluate_contacts(log, known, members, contacts, language)
    return known
