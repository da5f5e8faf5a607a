"""Customers' service fees: what a non-member pays the pool's service company.

A customer (``OrganisationKind.CUSTOMER``) may pay a fee per agreement and
year, or one yearly fee for taking part in the pool at all (no agreement).
Each fee runs from its ``valid_from`` day until the next one for the same
agreement (or the pool as a whole); ``procurement/savings.py`` reads them for a
customer's value to the pool.

The office lists, adds, edits and removes them here. Every change is recorded in
the audit log against the organisation, in the same transaction, so it shows in
the organisation's History tab.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from niro_desk.models import (
    FrameworkAgreement,
    OfficeUser,
    Organisation,
    OrganisationKind,
    Participation,
    ServiceFee,
)
from niro_desk.permissions import Permission, require, require_sees


def _customer(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if organisation.kind != OrganisationKind.CUSTOMER:
        raise ValidationError(
            "organisation",
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is no customer: only customers pay a service fee."
            ),
            name=organisation.name,
        )
    return organisation


def _get_fee(session: Session, fee_id: int) -> ServiceFee:
    fee = session.get(ServiceFee, fee_id)
    if fee is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The service fee #{id} no longer exists."), id=fee_id
        )
    return fee


def _amount(annual_fee: object) -> Decimal:
    try:
        amount = Decimal(str(annual_fee))
    except InvalidOperation as error:
        raise ValidationError(
            "annual_fee", QT_TRANSLATE_NOOP("Messages", "The service fee is not an amount.")
        ) from error
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            "annual_fee",
            QT_TRANSLATE_NOOP(
                "Messages",
                "The service fee must be an amount of 0 or more with at most two decimal places.",
            ),
        )
    return amount.quantize(Decimal("0.01"))  # stored, audited and compared as 500.00


def _agreement(
    session: Session, organisation: Organisation, agreement_id: int | None
) -> FrameworkAgreement | None:
    """The agreement the fee is for; the customer must have taken part in it at some time."""
    if agreement_id is None:
        return None
    record = session.get(FrameworkAgreement, agreement_id)
    if record is None:
        raise ValidationError(
            "agreement_id",
            QT_TRANSLATE_NOOP("Messages", "The agreement #{id} no longer exists."),
            id=agreement_id,
        )
    took_part = session.scalar(
        select(Participation.id)
        .where(
            Participation.agreement_id == agreement_id,
            Participation.organisation_id == organisation.id,
        )
        .limit(1)
    )
    if took_part is None:
        raise ValidationError(
            "agreement_id",
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} never took part in the agreement “{agreement}”: choose one of its"
                " agreements or the pool as a whole.",
            ),
            name=organisation.name,
            agreement=record.title,
        )
    return record


def _refuse_duplicate(
    session: Session,
    organisation: Organisation,
    agreement_id: int | None,
    valid_from: dt.date,
    fee_id: int | None = None,
) -> None:
    query = select(ServiceFee.id).where(
        ServiceFee.organisation_id == organisation.id,
        ServiceFee.valid_from == valid_from,
        ServiceFee.agreement_id.is_(None)
        if agreement_id is None
        else ServiceFee.agreement_id == agreement_id,
    )
    if fee_id is not None:
        query = query.where(ServiceFee.id != fee_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            "valid_from",
            QT_TRANSLATE_NOOP(
                "Messages",
                "A service fee from this day is already recorded for the same agreement:"
                " edit that one or choose another day.",
            ),
        )


def _values(fee: ServiceFee) -> dict[str, object]:
    return {
        "agreement_id": fee.agreement_id,
        "valid_from": fee.valid_from.isoformat(),
        "annual_fee": str(fee.annual_fee),
        "note": fee.note,
    }


def _summary(organisation: Organisation, fee: ServiceFee, record: FrameworkAgreement | None) -> str:
    what = f"agreement “{record.title}”" if record is not None else "the pool as a whole"
    return (
        f"Service fee of {organisation.name} for {what} from {fee.valid_from.isoformat()}:"
        f" {fee.annual_fee} € a year"
    )


def list_service_fees(session: Session, organisation_id: int) -> list[ServiceFee]:
    """The customer's service fees, the pool-wide ones first, then by agreement and date."""
    require_sees(session, organisation_id)
    return list(
        session.scalars(
            select(ServiceFee)
            .where(ServiceFee.organisation_id == organisation_id)
            .options(selectinload(ServiceFee.agreement))
            .order_by(
                ServiceFee.agreement_id.is_not(None),
                ServiceFee.agreement_id,
                ServiceFee.valid_from,
                ServiceFee.id,
            )
        )
    )


def fee_agreements(session: Session, organisation_id: int) -> list[FrameworkAgreement]:
    """The agreements the customer took part in (the ones a fee may be for), by title."""
    require_sees(session, organisation_id)
    return list(
        session.scalars(
            select(FrameworkAgreement)
            .where(
                FrameworkAgreement.id.in_(
                    select(Participation.agreement_id).where(
                        Participation.organisation_id == organisation_id
                    )
                )
            )
            .order_by(FrameworkAgreement.title, FrameworkAgreement.id)
        )
    )


def add_service_fee(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    agreement_id: int | None,
    valid_from: dt.date,
    annual_fee: object,
    note: str = "",
) -> ServiceFee:
    """Record a service fee from ``valid_from`` (``agreement_id`` None: the pool as a whole)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    organisation = _customer(session, organisation_id)
    amount = _amount(annual_fee)
    record = _agreement(session, organisation, agreement_id)
    _refuse_duplicate(session, organisation, agreement_id, valid_from)
    fee = ServiceFee(
        organisation_id=organisation.id,
        agreement_id=agreement_id,
        valid_from=valid_from,
        annual_fee=amount,
        note=note.strip(),
    )
    session.add(fee)
    session.flush()
    audit.record(
        session,
        user,
        "service_fee",
        "organisation",
        organisation.id,
        _summary(organisation, fee, record),
        None,
        {"service_fee_id": fee.id, **_values(fee)},
    )
    return fee


def update_service_fee(
    session: Session,
    user: OfficeUser,
    fee_id: int,
    agreement_id: int | None,
    valid_from: dt.date,
    annual_fee: object,
    note: str = "",
) -> ServiceFee:
    """Change a recorded service fee; nothing is written when nothing changes."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    fee = _get_fee(session, fee_id)
    organisation = _customer(session, fee.organisation_id)
    amount = _amount(annual_fee)
    record = _agreement(session, organisation, agreement_id)
    _refuse_duplicate(session, organisation, agreement_id, valid_from, fee.id)
    before = _values(fee)
    fee.agreement_id = agreement_id
    fee.valid_from = valid_from
    fee.annual_fee = amount
    fee.note = note.strip()
    after = _values(fee)
    if after == before:
        return fee
    session.flush()
    audit.record(
        session,
        user,
        "service_fee",
        "organisation",
        organisation.id,
        _summary(organisation, fee, record),
        {"service_fee_id": fee.id, **before},
        {"service_fee_id": fee.id, **audit.changed_fields(before, after)},
    )
    return fee


def remove_service_fee(session: Session, user: OfficeUser, fee_id: int) -> None:
    """Delete a service fee recorded in error; the audit log keeps what it was."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    fee = _get_fee(session, fee_id)
    organisation = session.get(Organisation, fee.organisation_id)
    assert organisation is not None  # the fee cascades away with its organisation
    record = fee.agreement
    before = {"service_fee_id": fee.id, **_values(fee)}
    summary = "Removed: " + _summary(organisation, fee, record)
    session.delete(fee)
    session.flush()
    audit.record(
        session, user, "service_fee_removed", "organisation", organisation.id, summary, before
    )
