"""Closing and opening a bidding round: deadline passed, passphrase, who was present.

Opening unlocks the tender's private key with the passphrase, decrypts every
bid that counts (in time, or late and admitted; not replaced) into ``BidPrice``
rows and records who opened, when, and who was present. A wrong passphrase is
refused and the attempt is audited: the refusal is a result, not an exception,
so the audit entry is committed with the caller's transaction. Late bids that
were not admitted stay sealed for good.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation, ValidationError
from niro_desk.models import Bid, BidPrice, OfficeUser, RoundState, TenderRound, TenderState
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require
from niro_desk.procurement import sealing
from niro_desk.procurement.tenders import change_state, get_round

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Messages",
    "The passphrase does not open round {number} of {title}. Nothing was opened; the attempt"
    " is recorded.",
)


@dataclass(frozen=True)
class OpeningResult:
    opened: bool
    bids_opened: int = 0
    late_excluded: int = 0


def _require_deadline_passed(tender_round: TenderRound, now: dt.datetime) -> None:
    if now < tender_round.deadline:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The deadline of round {number} has not passed yet: bids stay sealed until then.",
            ),
            number=tender_round.number,
        )


def close_round(
    session: Session, user: OfficeUser, round_id: int, now: dt.datetime | None = None
) -> None:
    """open → closed once the deadline has passed (bids received later are late)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    tender_round = get_round(session, round_id)
    if tender_round.state != RoundState.OPEN:
        return
    _require_deadline_passed(tender_round, now)
    tender_round.state = RoundState.CLOSED
    tender_round.closed_at = now
    session.flush()
    audit.record(
        session,
        user,
        "state",
        "tender",
        tender_round.tender_id,
        f"Round {tender_round.number} closed",
        {"round": tender_round.number, "state": RoundState.OPEN.value},
        {"round": tender_round.number, "state": RoundState.CLOSED.value},
    )


def open_round(
    session: Session,
    user: OfficeUser,
    round_id: int,
    passphrase: str,
    present: Sequence[str],
    now: dt.datetime | None = None,
) -> OpeningResult:
    """Open the sealed bids of a round; ``opened=False`` (and audited) for a wrong passphrase."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    now = now or utcnow()
    tender_round = get_round(session, round_id)
    tender = tender_round.tender
    if tender_round.state == RoundState.OPENED:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "Round {number} has been opened already."),
            number=tender_round.number,
        )
    _require_deadline_passed(tender_round, now)
    people = [" ".join(p.split()) for p in present if p.strip()]
    if not people:
        raise ValidationError(
            "present",
            QT_TRANSLATE_NOOP("Messages", "Name who is present at the opening (one per line)."),
        )
    assert tender.public_key and tender.locked_private_key and tender.kdf_salt
    key = sealing.OpeningKey(
        tender.public_key, tender.locked_private_key, tender.kdf_salt, tender.kdf_cost or 0
    )
    try:
        private = sealing.unlock(key, passphrase)
    except sealing.WrongPassphrase:
        audit.record(
            session,
            user,
            "open_refused",
            "tender",
            tender.id,
            f"Opening of round {tender_round.number} refused: wrong passphrase",
            None,
            {"round": tender_round.number, "present": people},
        )
        session.flush()
        return OpeningResult(False)
    close_round(session, user, round_id, now)
    opened = excluded = 0
    bids = session.scalars(
        select(Bid).where(Bid.round_id == round_id, Bid.is_current.is_(True))
    ).all()
    for bid in bids:
        if bid.late and not bid.admitted:
            excluded += 1
            continue
        identity = sealing.bid_identity(
            tender.id, tender_round.number, bid.lot_id, bid.organisation_id
        )
        try:
            prices = sealing.open_prices(private, bid.sealed_prices, identity)
        except sealing.BrokenSeal:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The sealed bid of {name} for lot {lot} does not decrypt: it was changed in"
                    " the database. Nothing was opened.",
                ),
                name=bid.organisation.name,
                lot=bid.lot.number,
            ) from None
        if set(prices) != {i.item_id for i in bid.lot.items}:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Messages", "The sealed bid of {name} for lot {lot} does not fit the lot."
                ),
                name=bid.organisation.name,
                lot=bid.lot.number,
            )
        bid.prices = [BidPrice(item_id=i, unit_price=p) for i, p in prices.items()]
        bid.opened = True
        opened += 1
    tender_round.state = RoundState.OPENED
    tender_round.opened_at = now
    tender_round.opened_by_id = user.id
    tender_round.present = "\n".join(people)
    session.flush()
    audit.record(
        session,
        user,
        "open",
        "tender",
        tender.id,
        f"Round {tender_round.number} opened: {opened} bids, {excluded} late bids excluded",
        None,
        {
            "round": tender_round.number,
            "present": people,
            "bids": opened,
            "late_excluded": excluded,
        },
    )
    if tender.state == TenderState.ROUND_OPEN:
        change_state(
            session,
            user,
            tender,
            TenderState.EVALUATION,
            f"Tender {tender.title}: round {tender_round.number} opened, evaluation",
        )
    return OpeningResult(True, opened, excluded)
