"""Bids entered by the office: prices go straight into the seal, never into a log or audit.

What the office sees after entering a bid is the receipt: supplier, lots
covered, validity, time received and whether it came late. A later bid of the
same supplier for the same lot and round replaces the earlier one. A bid
received after the deadline is late and excluded unless the office admits it
with a recorded reason (before the round is opened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import Bid, OfficeUser, RoundState, TenderLot, TenderState
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement import sealing
from niro_desk.procurement.suppliers import require_supplier
from niro_desk.procurement.tenders import get_round

PRICE_QUANTUM = Decimal("0.0001")


@dataclass(frozen=True)
class BidInput:
    round_id: int
    supplier_id: int
    lots: Mapping[int, Mapping[int, Decimal]]  # lot id → item id → unit price
    valid_until: dt.date | None = None
    conditions: str = ""
    received_at: dt.datetime | None = None  # default: now


@dataclass(frozen=True)
class BidReceipt:
    """What may be shown about a bid before opening."""

    bid_ids: tuple[int, ...]
    supplier: str
    lots: tuple[int, ...]  # lot numbers
    valid_until: dt.date | None
    received_at: dt.datetime
    late: bool


@dataclass(frozen=True)
class SealedBidRow:
    """A bid as listed before (and after) opening: no price in it."""

    id: int
    supplier_id: int
    supplier: str
    lot_number: int
    lot: str
    received_at: dt.datetime
    valid_until: dt.date | None
    conditions: str
    late: bool
    admitted: bool
    admitted_reason: str
    is_current: bool
    opened: bool


def _checked_price(value: object, item: str) -> Decimal:
    """The price as an exact Decimal; messages name the item, never the value typed."""
    try:
        price = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            "prices",
            QT_TRANSLATE_NOOP("Messages", "The price for {item} is not a number."),
            item=item,
        ) from None
    if not price.is_finite() or price < 0:
        raise ValidationError(
            "prices",
            QT_TRANSLATE_NOOP("Messages", "The price for {item} must be a number of 0 or more."),
            item=item,
        )
    if price.quantize(PRICE_QUANTUM) != price:
        raise ValidationError(
            "prices",
            QT_TRANSLATE_NOOP(
                "Messages", "The price for {item} has more than four decimal places."
            ),
            item=item,
        )
    return price.quantize(PRICE_QUANTUM)


def enter_bid(
    session: Session, user: OfficeUser, data: BidInput, now: dt.datetime | None = None
) -> BidReceipt:
    """Seal and record a supplier's bid for one or more lots of a round."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    tender_round = get_round(session, data.round_id)
    tender = tender_round.tender
    supplier = require_supplier(session, data.supplier_id)
    if tender_round.state == RoundState.OPENED or tender.state not in (
        TenderState.ROUND_OPEN,
        TenderState.EVALUATION,
    ):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Round {number} of {title} has been opened: no bid can be added to it any more.",
            ),
            number=tender_round.number,
            title=tender.title,
        )
    if supplier.id not in {s.organisation_id for s in tender_round.suppliers}:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} is not invited to round {number}."),
            name=supplier.name,
            number=tender_round.number,
        )
    if not data.lots:
        raise ValidationError(
            "lots", QT_TRANSLATE_NOOP("Messages", "Enter the prices of at least one lot.")
        )
    received_at = data.received_at or now
    if received_at.tzinfo is None or received_at > now:
        raise ValidationError(
            "received_at",
            QT_TRANSLATE_NOOP("Messages", "The time received cannot lie in the future."),
        )
    late = received_at > tender_round.deadline
    assert tender.public_key is not None
    lots = {lot.id: lot for lot in tender.lots}
    bids = []
    for lot_id, prices in data.lots.items():
        lot = lots.get(lot_id)
        if lot is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "The lot #{id} is not part of this tender."),
                id=lot_id,
            )
        checked = _checked_lot_prices(lot, prices)
        for earlier in session.scalars(
            select(Bid).where(
                Bid.round_id == tender_round.id,
                Bid.lot_id == lot.id,
                Bid.organisation_id == supplier.id,
                Bid.is_current.is_(True),
            )
        ):
            earlier.is_current = False
        identity = sealing.bid_identity(tender.id, tender_round.number, lot.id, supplier.id)
        bid = Bid(
            round_id=tender_round.id,
            lot=lot,
            organisation_id=supplier.id,
            received_at=received_at,
            recorded_at=now,
            recorded_by=user,
            valid_until=data.valid_until,
            conditions=data.conditions.strip(),
            late=late,
            sealed_prices=sealing.seal_prices(tender.public_key, checked, identity),
        )
        session.add(bid)
        bids.append(bid)
    session.flush()
    lot_numbers = tuple(sorted(b.lot.number for b in bids))
    audit.record(
        session,
        user,
        "bid",
        "tender",
        tender.id,
        f"Sealed bid of {supplier.name} for round {tender_round.number}, lots"
        f" {', '.join(map(str, lot_numbers))}" + (" (late)" if late else ""),
        None,
        {
            "supplier": supplier.id,
            "round": tender_round.number,
            "lots": list(lot_numbers),
            "received_at": received_at.isoformat(),
            "valid_until": data.valid_until.isoformat() if data.valid_until else None,
            "late": late,
        },
    )
    return BidReceipt(
        tuple(b.id for b in bids), supplier.name, lot_numbers, data.valid_until, received_at, late
    )


def _checked_lot_prices(lot: TenderLot, prices: Mapping[int, Decimal]) -> dict[int, Decimal]:
    names = {i.item_id: i.item.name for i in lot.items}
    for item_id in prices:
        if item_id not in names:
            raise ValidationError(
                "prices",
                QT_TRANSLATE_NOOP("Messages", "Item #{id} is not part of lot {number}."),
                id=item_id,
                number=lot.number,
            )
    checked = {}
    for item_id, name in names.items():
        if prices.get(item_id) is None:
            raise ValidationError(
                "prices",
                QT_TRANSLATE_NOOP("Messages", "Lot {number}: the price for {item} is missing."),
                number=lot.number,
                item=name,
            )
        checked[item_id] = _checked_price(prices[item_id], name)
    return checked


def admit_late_bid(session: Session, user: OfficeUser, bid_id: int, reason: str) -> None:
    """Let a late bid take part, with the reason on record (only before opening)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    bid = session.get(Bid, bid_id)
    if bid is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "The bid #{id} no longer exists."), id=bid_id)
    reason = reason.strip()
    if not bid.late:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "This bid came in time: there is nothing to admit.")
        )
    if bid.round.state == RoundState.OPENED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The round has been opened: a late bid can only be admitted before opening.",
            )
        )
    if not reason:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP("Messages", "Say why the late bid is admitted (it is recorded)."),
        )
    bid.admitted = True
    bid.admitted_reason = reason
    bid.admitted_by_id = user.id
    session.flush()
    audit.record(
        session,
        user,
        "admit",
        "tender",
        bid.round.tender_id,
        f"Late bid of {bid.organisation.name} (lot {bid.lot.number}) admitted: {reason}",
        {"bid": bid.id, "admitted": False},
        {"bid": bid.id, "admitted": True, "reason": reason},
    )


def round_bids(session: Session, round_id: int, current_only: bool = False) -> list[SealedBidRow]:
    """The bids of a round, without prices (safe to show before opening); READ_ALL: a
    procurement head sees no bid at all."""
    require_viewer(session, Permission.READ_ALL)
    query = select(Bid).join(TenderLot, TenderLot.id == Bid.lot_id).where(Bid.round_id == round_id)
    if current_only:
        query = query.where(Bid.is_current.is_(True))
    bids = session.scalars(query.order_by(Bid.received_at, Bid.id))
    return [
        SealedBidRow(
            b.id,
            b.organisation_id,
            b.organisation.name,
            b.lot.number,
            b.lot.name,
            b.received_at,
            b.valid_until,
            b.conditions,
            b.late,
            b.admitted,
            b.admitted_reason,
            b.is_current,
            b.opened,
        )
        for b in bids
    ]
