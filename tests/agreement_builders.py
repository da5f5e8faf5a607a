"""Builders for agreement tests: agreements, participations and fees made with the models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Membership,
    MembershipFee,
    Organisation,
    Participation,
    ParticipationLine,
    ProcurementItem,
    ServiceFee,
)


def agreement(
    session: Session,
    supplier: Organisation,
    category_id: int,
    prices: dict[ProcurementItem, str],
    *,
    title: str = "Strom 2026",
    reference: str = "RV-2026-01",
    start: dt.date = dt.date(2026, 1, 1),
    end: dt.date | None = dt.date(2027, 12, 31),
    state: AgreementState = AgreementState.ACTIVE,
    terms: str = "",
    auto_renewal: bool = False,
) -> FrameworkAgreement:
    record = FrameworkAgreement(
        title=title,
        reference=reference,
        supplier_id=supplier.id,
        category_id=category_id,
        state=state,
        start_date=start,
        end_date=end,
        terms=terms,
        auto_renewal=auto_renewal,
        notes="",
    )
    record.items = [
        AgreementItem(item_id=item.id, unit_price=Decimal(price)) for item, price in prices.items()
    ]
    session.add(record)
    session.flush()
    return record


def participation(
    session: Session,
    record: FrameworkAgreement,
    organisation: Organisation,
    lines: dict[ProcurementItem, tuple[str, str | None]],
    *,
    joined: dt.date = dt.date(2026, 1, 1),
    left: dt.date | None = None,
    consent: bool = True,
) -> Participation:
    """``lines``: item → (yearly volume, baseline price or None)."""
    result = Participation(
        agreement_id=record.id,
        organisation_id=organisation.id,
        joined_on=joined,
        left_on=left,
        consent_to_share=consent,
    )
    result.lines = [
        ParticipationLine(
            item_id=item.id,
            yearly_volume=Decimal(volume),
            baseline_price=None if baseline is None else Decimal(baseline),
        )
        for item, (volume, baseline) in lines.items()
    ]
    session.add(result)
    session.flush()
    return result


def fees(session: Session, organisation: Organisation, history: dict[dt.date, str]) -> Membership:
    """Replace a member's fee history with ``history`` (valid from → annual fee)."""
    membership = organisation.membership
    assert membership is not None
    membership.fees.clear()
    session.flush()
    for valid_from, fee in history.items():
        membership.fees.append(MembershipFee(valid_from=valid_from, annual_fee=Decimal(fee)))
    session.flush()
    return membership


def service_fee(
    session: Session,
    organisation: Organisation,
    fee: str,
    valid_from: dt.date = dt.date(2020, 1, 1),
    record: FrameworkAgreement | None = None,
) -> ServiceFee:
    result = ServiceFee(
        organisation_id=organisation.id,
        agreement_id=None if record is None else record.id,
        valid_from=valid_from,
        annual_fee=Decimal(fee),
    )
    session.add(result)
    session.flush()
    return result
