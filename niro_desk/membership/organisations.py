"""Creating and editing organisations, with validation the dialogs show at each field.

``validate_organisation`` is pure (no database) so a dialog can call it while
the user types; ``create_organisation`` and ``update_organisation`` call it
again and refuse invalid input, so the rule never lives only in a widget.

Edits from a dialog name what the dialog loaded (``base``) and its version:
only the fields the user changed are written, and a save from an older copy
is refused with who changed the record and when (``niro_desk.record_versions``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from niro_desk.industry_codes import find_class, normalise_code
from niro_desk.membership.competitor_check import CheckResult, competitors_of
from niro_desk.membership.reading import require_sees
from niro_desk.models import (
    IndustryCode,
    Material,
    Membership,
    MembershipFee,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProductMarket,
)
from niro_desk.permissions import Permission, require
from niro_desk.record_versions import check_version, touch
from niro_desk.text_keys import fold

_WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
_GERMAN_POSTAL_CODE = re.compile(r"^\d{5}$")


@dataclass
class OrganisationInput:
    """What the create/edit dialog and the importer hand over."""

    name: str
    legal_form: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = "DE"
    website: str = ""
    vat_id: str = ""
    employees: int | None = None
    notes: str = ""

    @classmethod
    def from_organisation(cls, organisation: Organisation) -> OrganisationInput:
        return cls(**{f.name: getattr(organisation, f.name) for f in fields(cls)})

    def changes_from(self, base: OrganisationInput) -> dict[str, Any]:
        """The fields whose input differs from ``base`` (what a dialog loaded)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(base, f.name)
        }


@dataclass
class SalesProfile:
    """What an organisation sells (NACE classes, product markets) and uses (materials)."""

    codes: list[str] = field(default_factory=list)
    product_markets: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)


def normalise_vat_id(text: str) -> str:
    return re.sub(r"[\s.\-/]", "", text).upper()


def validate_organisation(data: OrganisationInput) -> list[ValidationError]:
    """Every problem with ``data``, each naming its field; empty when all is fine."""
    problems: list[ValidationError] = []
    if not data.name.strip():
        problems.append(
            ValidationError("name", QT_TRANSLATE_NOOP("Messages", "The name is missing."))
        )
    if len(data.name) > 200:
        problems.append(
            ValidationError(
                "name", QT_TRANSLATE_NOOP("Messages", "The name is longer than 200 characters.")
            )
        )
    if data.vat_id.strip():
        from stdnum.eu import vat as eu_vat  # 0.1 s to import: only when there is one

        vat = normalise_vat_id(data.vat_id)
        if not eu_vat.is_valid(vat):
            problems.append(
                ValidationError(
                    "vat_id",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{vat}” is not a valid VAT ID (e.g. DE123456788: country code,"
                        " then the number with its check digit).",
                    ),
                    vat=data.vat_id.strip(),
                )
            )
    country = data.country.strip().upper() or "DE"
    if not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(
            ValidationError(
                "country",
                QT_TRANSLATE_NOOP("Messages", "The country is a two-letter code such as DE."),
            )
        )
    if (
        country == "DE"
        and data.postal_code.strip()
        and not _GERMAN_POSTAL_CODE.match(data.postal_code.strip())
    ):
        problems.append(
            ValidationError(
                "postal_code",
                QT_TRANSLATE_NOOP(
                    "Messages", "“{code}” is not a German postal code (five digits)."
                ),
                code=data.postal_code.strip(),
            )
        )
    if data.website.strip() and not _WEBSITE.match(data.website.strip()):
        problems.append(
            ValidationError(
                "website",
                QT_TRANSLATE_NOOP(
                    "Messages", "“{website}” is not a web address (e.g. www.example.de)."
                ),
                website=data.website.strip(),
            )
        )
    if data.employees is not None and data.employees < 0:
        problems.append(
            ValidationError(
                "employees",
                QT_TRANSLATE_NOOP("Messages", "The number of employees cannot be negative."),
            )
        )
    return problems


def stored_value(name: str, value: Any) -> Any:
    """An input value as it is stored."""
    if name == "employees":
        return value
    if name == "country":
        return value.strip().upper() or "DE"
    if name == "vat_id":
        return normalise_vat_id(value) if value.strip() else ""
    return value.strip()


def _apply(
    organisation: Organisation, data: OrganisationInput, only: set[str] | None = None
) -> None:
    """Write ``data`` (only the fields in ``only``, when given) onto ``organisation``."""
    for item in fields(data):
        if only is None or item.name in only:
            setattr(organisation, item.name, stored_value(item.name, getattr(data, item.name)))


def _raise_first(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    """One organisation, for a viewer who may see it (a procurement head: its own only)."""
    require_sees(session, organisation_id)
    return _organisation(session, organisation_id)


def _organisation(session: Session, organisation_id: int) -> Organisation:
    """One organisation, unchecked: for the services that already required a permission."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    return organisation


def create_organisation(
    session: Session,
    user: OfficeUser,
    data: OrganisationInput,
    kind: OrganisationKind,
    application_date: dt.date | None = None,
) -> Organisation:
    """Create an organisation. A member organisation starts as an applicant."""
    require(session, user, Permission.EDIT_MEMBERS)
    _raise_first(validate_organisation(data))
    organisation = Organisation(kind=kind)
    _apply(organisation, data)
    if kind == OrganisationKind.MEMBER:
        organisation.membership_status = MembershipStatus.APPLICANT
        organisation.membership = Membership(application_date=application_date or dt.date.today())
    session.add(organisation)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "organisation",
        organisation.id,
        f"{organisation.name} created ({kind.value})",
        None,
        audit.snapshot(organisation),
    )
    return organisation


def update_organisation(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    data: OrganisationInput,
    *,
    base: OrganisationInput | None = None,
    expected_version: int | None = None,
) -> Organisation:
    """Change an organisation's company data; audited with the fields that really changed.

    With ``base`` (what the dialog loaded) only the fields that differ from it
    are written; the others keep what is stored now, even if another PC changed
    them meanwhile. With ``expected_version`` a record changed since is refused
    (``StaleRecord``).
    """
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _organisation(session, organisation_id)
    check_version(
        session, organisation, expected_version, organisation.name, "organisation", organisation.id
    )
    only: set[str] | None = None
    if base is not None:
        changes = data.changes_from(base)
        only = set(changes)
        merged = replace(OrganisationInput.from_organisation(organisation), **changes)
        # a field the user did not touch never blocks the save
        _raise_first([p for p in validate_organisation(merged) if p.field in only])
    else:
        _raise_first(validate_organisation(data))
    before = audit.snapshot(organisation)
    _apply(organisation, data, only)
    session.flush()
    after = audit.snapshot(organisation)
    changed = audit.changed_fields(before, after)
    if changed:
        audit.record(
            session,
            user,
            "update",
            "organisation",
            organisation.id,
            f"{organisation.name} changed: {', '.join(sorted(changed))}",
            {key: before.get(key) for key in changed},
            changed,
        )
    return organisation


def unique_by_key(names: list[str]) -> dict[str, str]:
    """Cleaned names by their folded key, the first spelling of each key winning."""
    unique: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(name.split())
        if cleaned and fold(cleaned) not in unique:
            unique[fold(cleaned)] = cleaned
    return unique


_Named = TypeVar("_Named", ProductMarket, Material)


def _reuse_by_key(
    existing: list[_Named], wanted: dict[str, str], make: type[_Named]
) -> list[_Named]:
    """Keep rows whose key stays (a delete and insert of one key would clash in one flush)."""
    by_key = {row.key: row for row in existing}
    result: list[_Named] = []
    for key, name in wanted.items():
        row = by_key.get(key) or make(name=name, key=key)
        row.name = name
        result.append(row)
    return result


def set_sales_profile(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    profile: SalesProfile,
    *,
    check: bool = True,
) -> CheckResult | None:
    """Replace what the organisation sells and uses.

    For members and applicants the competitor check runs at once and its
    result is returned, so the office sees a new conflict straight away;
    ``check=False`` skips it for a caller that checks many at once (the
    member import groups its competitor warnings in its preview).
    """
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _organisation(session, organisation_id)
    codes: list[IndustryCode] = []
    for code in dict.fromkeys(normalise_code(c) or c.strip() for c in profile.codes if c.strip()):
        industry_code = find_class(session, code)
        if industry_code is None:
            raise ValidationError(
                "codes",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{code}” is not a NACE class (four digits such as 25.62).",
                ),
                code=code,
            )
        codes.append(industry_code)
    before = {
        "codes": [c.code for c in organisation.sales_codes],
        "product_markets": [m.name for m in organisation.product_markets],
        "materials": [m.name for m in organisation.materials],
    }
    organisation.sales_codes = codes
    markets = unique_by_key(profile.product_markets)
    organisation.product_markets = _reuse_by_key(
        organisation.product_markets, markets, ProductMarket
    )
    materials = unique_by_key(profile.materials)
    organisation.materials = _reuse_by_key(organisation.materials, materials, Material)
    session.flush()
    after = {
        "codes": [c.code for c in codes],
        "product_markets": list(markets.values()),
        "materials": list(materials.values()),
    }
    if before != after:
        audit.record(
            session,
            user,
            "update_sales",
            "organisation",
            organisation.id,
            f"Sales activities and inputs of {organisation.name} changed",
            before,
            after,
        )
    if not check:
        return None
    if organisation.kind != OrganisationKind.MEMBER or organisation.membership_status not in (
        MembershipStatus.MEMBER,
        MembershipStatus.WAITING,
        MembershipStatus.APPLICANT,
    ):
        return None
    return competitors_of(session, organisation)


def set_fee(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    valid_from: dt.date,
    annual_fee: object,
    note: str = "",
    *,
    expected_version: int | None = None,
) -> MembershipFee:
    """Add a step to the fee history (or replace the one on the same day).

    The fee history belongs to the membership: a change raises the membership's
    version, and ``expected_version`` (the membership version the dialog saw)
    refuses a step made from an older view of the history.
    """
    from decimal import Decimal, InvalidOperation

    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _organisation(session, organisation_id)
    if organisation.membership is None:
        raise ValidationError(
            "annual_fee",
            QT_TRANSLATE_NOOP("Messages", "{name} has no membership, so no fee."),
            name=organisation.name,
        )
    check_version(
        session,
        organisation.membership,
        expected_version,
        organisation.name,
        "organisation",
        organisation.id,
    )
    try:
        amount = Decimal(str(annual_fee))
    except InvalidOperation as error:
        raise ValidationError(
            "annual_fee", QT_TRANSLATE_NOOP("Messages", "The fee is not an amount.")
        ) from error
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            "annual_fee",
            QT_TRANSLATE_NOOP(
                "Messages", "The fee must be a positive amount with at most two decimal places."
            ),
        )
    existing = session.scalar(
        select(MembershipFee).where(
            MembershipFee.membership_id == organisation.membership.id,
            MembershipFee.valid_from == valid_from,
        )
    )
    before = None
    if existing is None:
        existing = MembershipFee(valid_from=valid_from, annual_fee=amount, note=note.strip())
        organisation.membership.fees.append(existing)
    else:
        before = {"annual_fee": str(existing.annual_fee), "valid_from": valid_from.isoformat()}
        if existing.annual_fee == amount and existing.note == note.strip():
            return existing  # nothing changes: nothing to write or record
        existing.annual_fee = amount
        existing.note = note.strip()
    touch(organisation.membership, "founding_member")
    session.flush()
    audit.record(
        session,
        user,
        "fee",
        "organisation",
        organisation.id,
        f"Annual fee of {organisation.name} from {valid_from.isoformat()}: {amount} €",
        before,
        {"annual_fee": str(amount), "valid_from": valid_from.isoformat()},
    )
    return existing


def update_membership_details(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    application_date: dt.date,
    founding_member: bool,
    *,
    base: MembershipDetails | None = None,
    expected_version: int | None = None,
) -> None:
    """Correct the application date and the founding-member flag (audited).

    ``base`` and ``expected_version`` as in ``update_organisation``: only what
    differs from ``base`` is written; a membership changed since is refused.
    """
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _organisation(session, organisation_id)
    membership = organisation.membership
    if membership is None:
        raise ValidationError(
            "application_date",
            QT_TRANSLATE_NOOP("Messages", "{name} has no membership."),
            name=organisation.name,
        )
    check_version(
        session, membership, expected_version, organisation.name, "organisation", organisation.id
    )
    if base is not None:
        if application_date == base.application_date:
            application_date = membership.application_date
        if founding_member == base.founding_member:
            founding_member = membership.founding_member
    if membership.admission_date and application_date > membership.admission_date:
        raise ValidationError(
            "application_date",
            QT_TRANSLATE_NOOP("Messages", "The application date lies after the admission date."),
        )
    before = audit.snapshot(membership)
    membership.application_date = application_date
    membership.founding_member = founding_member
    session.flush()
    changed = audit.changed_fields(before, audit.snapshot(membership))
    if changed:
        audit.record(
            session,
            user,
            "update_membership",
            "organisation",
            organisation.id,
            f"Membership of {organisation.name} changed: {', '.join(sorted(changed))}",
            {key: before.get(key) for key in changed},
            changed,
        )


@dataclass(frozen=True)
class MembershipDetails:
    """What the membership dialog edits, as it loaded it."""

    application_date: dt.date
    founding_member: bool


def load_organisation(session: Session, organisation_id: int) -> Organisation:
    """One organisation with everything the detail view shows, loaded eagerly.

    The result can be used after the session is closed (no lazy loading). A
    procurement head sees only its own organisation.
    """
    from sqlalchemy.orm import selectinload

    from niro_desk.models import Contact

    require_sees(session, organisation_id)

    organisation = session.scalar(
        select(Organisation)
        .where(Organisation.id == organisation_id)
        .options(
            selectinload(Organisation.contacts).selectinload(Contact.expertise),
            selectinload(Organisation.sales_codes),
            selectinload(Organisation.product_markets),
            selectinload(Organisation.materials),
            selectinload(Organisation.membership).selectinload(Membership.fees),
        )
    )
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    return organisation
