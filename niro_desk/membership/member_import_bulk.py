"""Writing the new organisations of a member import in batches.

The import's rows that create an organisation would each go through
``create_organisation``, the status change, ``update_membership_details``,
``set_fee`` and ``set_sales_profile``: four to six flushes and up to four
audit entries a row. ``write_new_members`` writes the same rows with a few
batched INSERTs per table (``executemany`` with RETURNING for the ids) and
the same audit entries in bulk (``audit.record_many``), so 10,000 new rows
cost seconds, not minutes.

It is the same result, row for row: the same validation (the first problem
of a row is raised, as the services do), the same column values, the same
versions as the services' flushes leave behind (an UPDATE per flush that
changed the record), the same audit entries (action, summary, before, after),
and the organisations' rows of the directory search are written from the
same values (``directory_search.insert_new``, no second pass reading them
back; the contacts an import adds afterwards go through the ORM, whose hooks
rebuild those rows at commit).
``tests/test_member_excel.py`` compares the two paths on whole databases.

It writes in the caller's transaction and never commits; the caller (the
import's write phase) has locked the cap row and re-checked every row first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.bulk_insert import insert_many, insert_returning_ids
from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.industry_codes import normalise_class_code, normalise_code
from niro_desk.membership import directory_search
from niro_desk.membership.member_import_checks import resulting_admission, row_profile
from niro_desk.membership.member_import_rows import MemberRow
from niro_desk.membership.organisations import (
    OrganisationInput,
    stored_value,
    unique_by_key,
    validate_organisation,
)
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
from niro_desk.models.column_types import utcnow
from niro_desk.models.sales_profile import organisation_sales_code

_EXCLUDED = ("created_at", "updated_at", "version")  # what audit.snapshot leaves out
_STATUS_KEYS = ("membership_status", "admission_date", "waiting_since", "exit_date", "exit_reason")
_INPUT_FIELDS = tuple(f.name for f in fields(OrganisationInput))
_AS_IS = frozenset({str, int, bool, float, type(None)})  # what ``audit.json_value`` keeps


def _json(value: Any) -> Any:
    """``audit.json_value(value)``, at once for the plain values most columns hold."""
    return value if value.__class__ in _AS_IS else audit.json_value(value)


UNKNOWN_CLASS = QT_TRANSLATE_NOOP(
    "Messages", "“{code}” is not a NACE class (four digits such as 25.62)."
)


@dataclass
class _New:
    """One new organisation as the services would leave it, before its ids are known."""

    row: MemberRow
    organisation: dict[str, Any]
    membership: dict[str, Any]
    fee: dict[str, Any] | None = None
    codes: list[str] = field(default_factory=list)
    markets: dict[str, str] = field(default_factory=dict)
    materials: dict[str, str] = field(default_factory=dict)
    audits: list[Callable[[int], audit.AuditRow]] = field(default_factory=list)


def waiting_stamp(row: MemberRow, application_date: dt.date | None) -> dt.datetime:
    """When the row's organisation joined the waiting list.

    From the waiting-list sheet: the office's midnight of "waiting since", plus
    the row's position in microseconds so that ties keep the sheet's order.
    Otherwise: the application date (first come, first served), else now.
    """
    if row.waiting_since is not None:
        midnight = dt.datetime.combine(row.waiting_since, dt.time()).astimezone()
        return (midnight + dt.timedelta(microseconds=row.position or 0)).astimezone(dt.UTC)
    day = row.application_date or application_date
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else utcnow()


def _first_problem(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def _fee_amount(value: object) -> Decimal:
    """``set_fee``'s check of the amount."""
    try:
        amount = Decimal(str(value))
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
    return amount


def _status_data(status: Any, membership: dict[str, Any]) -> dict[str, Any]:
    """``member_import._status_snapshot`` of the values about to be written."""
    data = {key: _json(membership.get(key)) for key in _STATUS_KEYS[1:]}
    data["membership_status"] = str(status)
    return data


def _classes(session: Session) -> set[str]:
    return set(
        session.scalars(select(IndustryCode.code).where(IndustryCode.level == "class")).all()
    )


def _plan(
    row: MemberRow,
    file_name: str,
    today: dt.date,
    now: dt.datetime,
    classes: set[str],
    snapshot_keys: list[str],
) -> _New:
    """What the services do for one new row (``member_import._write_member``), as values."""
    data: OrganisationInput = row.data
    _first_problem(validate_organisation(data))
    assert row.status is not None
    organisation = {name: stored_value(name, getattr(data, name)) for name in _INPUT_FIELDS}
    name = organisation["name"]
    organisation.update(kind=OrganisationKind.MEMBER, created_at=now, updated_at=now)
    application = row.application_date or row.admission_date or today
    membership: dict[str, Any] = {
        "application_date": application,
        "waiting_since": None,
        "admission_date": None,
        "exit_date": None,
        "exit_reason": "",
        "founding_member": False,
    }
    created = dict(organisation, membership_status=MembershipStatus.APPLICANT)
    snapshot = {key: _json(created.get(key)) for key in snapshot_keys}
    audits: list[Callable[[int], audit.AuditRow]] = [
        lambda key, s=snapshot: (
            "create",
            "organisation",
            key,
            f"{name} created ({OrganisationKind.MEMBER.value})",
            None,
            dict(s, id=key),
        )
    ]
    organisation_version = membership_version = 1

    # the status (member_import._apply_status)
    before = _status_data(MembershipStatus.APPLICANT, membership)
    membership["admission_date"] = resulting_admission(row, None)
    if row.status == MembershipStatus.WAITING:
        membership["waiting_since"] = waiting_stamp(row, application)
    changed = audit.changed_fields(before, _status_data(row.status, membership))
    # the status step assigns the membership's dates, so its flush always UPDATEs it; it
    # flushes at once when something changed, else together with the next step
    membership_version += 1
    if changed:
        if row.status != MembershipStatus.APPLICANT:
            organisation_version += 1
        summary = f"Membership of {name} imported from {file_name}: {row.status}"
        old = {key: before[key] for key in changed}
        audits.append(
            lambda key, s=summary, o=old, c=changed: ("import", "organisation", key, s, o, c)
        )
    organisation["membership_status"] = row.status

    # the founding-member flag (update_membership_details; the application date is the same)
    if row.founding_member:
        if membership["admission_date"] and application > membership["admission_date"]:
            raise ValidationError(
                "application_date",
                QT_TRANSLATE_NOOP(
                    "Messages", "The application date lies after the admission date."
                ),
            )
        membership["founding_member"] = True
        if changed:
            membership_version += 1
        summary = f"Membership of {name} changed: founding_member"
        audits.append(
            lambda key, s=summary: (
                "update_membership",
                "organisation",
                key,
                s,
                {"founding_member": False},
                {"founding_member": True},
            )
        )

    new = _New(row, organisation, membership, audits=audits)

    # the first fee (set_fee)
    if row.annual_fee is not None:
        valid_from = membership["admission_date"] or application
        amount = _fee_amount(row.annual_fee)
        new.fee = {
            "valid_from": valid_from,
            "annual_fee": amount,
            "note": f"Import {file_name}".strip(),
        }
        membership_version += 1  # set_fee touches the membership
        summary = f"Annual fee of {name} from {valid_from.isoformat()}: {amount} €"
        after = {"annual_fee": str(amount), "valid_from": valid_from.isoformat()}
        audits.append(lambda key, s=summary, a=after: ("fee", "organisation", key, s, None, a))

    # what it sells and uses (set_sales_profile, without the competitor check)
    codes, markets, materials = row_profile(row)
    for text in dict.fromkeys(normalise_code(c) or c.strip() for c in codes if c.strip()):
        code = normalise_class_code(text)
        if code is None or code not in classes:
            raise ValidationError("codes", UNKNOWN_CLASS, code=text)
        if code not in new.codes:
            new.codes.append(code)
    new.markets = unique_by_key(markets)
    new.materials = unique_by_key(materials)
    profile = {
        "codes": list(new.codes),
        "product_markets": list(new.markets.values()),
        "materials": list(new.materials.values()),
    }
    if any(profile.values()):
        summary = f"Sales activities and inputs of {name} changed"
        empty: dict[str, Any] = {"codes": [], "product_markets": [], "materials": []}
        audits.append(
            lambda key, s=summary, p=profile: ("update_sales", "organisation", key, s, empty, p)
        )
    organisation["version"] = organisation_version
    membership["version"] = membership_version
    return new


def _insert(session: Session, table: Any, values: list[dict[str, Any]]) -> list[int]:
    """Insert ``values`` in batches; the new ids in their order."""
    return insert_returning_ids(session.connection(), table, values)


def write_new_members(
    session: Session,
    user: OfficeUser,
    rows: list[MemberRow],
    file_name: str,
) -> list[int]:
    """Create the organisations of ``rows`` (all new) with a few batched statements.

    Returns the new organisations' ids in the order of ``rows``;
    raises the services' ``ValidationError`` for the first row they would refuse.
    """
    if not rows:
        return []
    today = dt.date.today()
    now = utcnow()
    classes = _classes(session)
    keys = [c.key for c in inspect(Organisation).column_attrs if c.key not in _EXCLUDED]
    planned = [_plan(row, file_name, today, now, classes, keys) for row in rows]
    session.flush()  # whatever the session holds goes first, as it would before each row
    ids = _insert(session, Organisation.__table__, [new.organisation for new in planned])
    membership_ids = _insert(
        session,
        Membership.__table__,
        [dict(new.membership, organisation_id=key) for new, key in zip(planned, ids, strict=True)],
    )
    _insert(
        session,
        MembershipFee.__table__,
        [
            dict(new.fee, membership_id=membership_id, version=1)
            for new, membership_id in zip(planned, membership_ids, strict=True)
            if new.fee is not None
        ],
    )
    codes = [
        {"organisation_id": key, "code": code}
        for new, key in zip(planned, ids, strict=True)
        for code in new.codes
    ]
    if codes:
        insert_many(session.connection(), organisation_sales_code, codes)
    for table, attribute in ((ProductMarket, "markets"), (Material, "materials")):
        _insert(
            session,
            table.__table__,
            [
                {"organisation_id": key, "name": name, "key": folded}
                for new, key in zip(planned, ids, strict=True)
                for folded, name in getattr(new, attribute).items()
            ],
        )
    audit.record_many(
        session,
        user,
        (make(key) for new, key in zip(planned, ids, strict=True) for make in new.audits),
    )
    directory_search.insert_new(
        session.connection(),
        {
            key: directory_search.search_row(
                [
                    new.organisation["name"],
                    new.organisation["city"],
                    new.organisation["postal_code"],
                    *new.markets.values(),
                ],
                new.organisation["name"],
                new.organisation["city"],
                OrganisationKind.MEMBER,
                new.organisation["membership_status"],
                new.organisation["region"],
            )
            for new, key in zip(planned, ids, strict=True)
        },
    )
    return ids
