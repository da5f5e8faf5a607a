"""Board decisions to admit despite a conflict, kept with the application until they apply.

A decision recorded while the network is full is *pending*: it stays with
the application and applies when a seat comes free, so the board does not
decide twice. It applies only as long as

- the sales profile is the one the board saw (a fingerprint of the industry
  classes and product markets is stored with the decision), and
- every organisation the check now finds in conflict was already named in
  the decision (a conflict with a member admitted since was not decided on).

Otherwise the admission needs a new decision, and ``KeptDecision`` says why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.membership.competitor_check import CheckResult
from niro_desk.membership.reading import require_reads_all
from niro_desk.models import (
    BoardDecision,
    BoardDecisionKind,
    BoardDecisionState,
    OfficeUser,
    Organisation,
)
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require


@dataclass(frozen=True)
class BoardDecisionInput:
    """The board's decision to admit despite a conflict."""

    decided_on: dt.date
    reason: str


class Standing(StrEnum):
    APPLIES = "applies"
    PROFILE_CHANGED = "profile_changed"
    NEW_CONFLICTS = "new_conflicts"


@dataclass
class KeptDecision:
    """A pending decision and whether it still applies to the application as it is now."""

    id: int
    decided_on: dt.date
    reason: str
    standing: Standing
    added: list[str] = field(default_factory=list)  # sold now, not when the board decided
    removed: list[str] = field(default_factory=list)  # sold then, no longer
    new_conflicts: list[str] = field(default_factory=list)  # not named in the decision

    @property
    def applies(self) -> bool:
        return self.standing == Standing.APPLIES


def sales_profile(organisation: Organisation) -> dict[str, list[str]]:
    """What the organisation sells, as stored with a decision."""
    return {
        "codes": sorted(code.code for code in organisation.sales_codes),
        "product_markets": sorted(
            (market.name for market in organisation.product_markets), key=str.casefold
        ),
    }


def fingerprint(organisation: Organisation) -> str:
    """A hash of the industry classes and product-market keys (spelling-insensitive)."""
    data = {
        "codes": sorted(code.code for code in organisation.sales_codes),
        "product_markets": sorted(market.key for market in organisation.product_markets),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def _profile_items(profile: dict[str, Any] | None) -> list[str]:
    if not profile:
        return []
    return [*profile.get("codes", []), *profile.get("product_markets", [])]


def pending_decision(session: Session, organisation_id: int) -> BoardDecision | None:
    """The decision kept with the organisation's application, if any (the newest)."""
    require_reads_all(session)
    return session.scalars(
        select(BoardDecision)
        .where(
            BoardDecision.organisation_id == organisation_id,
            BoardDecision.state == BoardDecisionState.PENDING,
        )
        .order_by(BoardDecision.id.desc())
        .limit(1)
    ).first()


def kept_decision(
    session: Session, organisation: Organisation, check: CheckResult
) -> KeptDecision | None:
    """The pending decision for ``organisation`` and whether it applies to ``check``."""
    board = pending_decision(session, organisation.id)
    if board is None:
        return None
    kept = KeptDecision(board.id, board.decided_on, board.reason, Standing.APPLIES)
    if board.sales_profile_fingerprint != fingerprint(organisation):
        then = _profile_items(board.sales_profile)
        now = _profile_items(sales_profile(organisation))
        kept.standing = Standing.PROFILE_CHANGED
        kept.added = [item for item in now if item not in then]
        kept.removed = [item for item in then if item not in now]
        return kept
    decided = {entry.get("other_id") for entry in board.conflicts}
    kept.new_conflicts = [f.other_name for f in check.conflicts if f.other_id not in decided]
    if kept.new_conflicts:
        kept.standing = Standing.NEW_CONFLICTS
    return kept


def record_decision(
    session: Session,
    user: OfficeUser,
    organisation: Organisation,
    decision: BoardDecisionInput,
    check: CheckResult,
    pending: bool,
) -> BoardDecision:
    """Store the board's decision (audited, naming ``user``); an older pending one is superseded.

    Needs ``RECORD_BOARD_DECISIONS``.
    """
    require(session, user, Permission.RECORD_BOARD_DECISIONS)
    older = pending_decision(session, organisation.id)
    if older is not None:
        older.state = BoardDecisionState.SUPERSEDED
    reason = decision.reason.strip()
    board = BoardDecision(
        organisation_id=organisation.id,
        kind=BoardDecisionKind.ADMISSION_DESPITE_CONFLICT,
        decided_on=decision.decided_on,
        reason=reason,
        conflicts=check.as_json(),
        recorded_by=user,
        state=BoardDecisionState.PENDING if pending else BoardDecisionState.APPLIED,
        sales_profile=sales_profile(organisation),
        sales_profile_fingerprint=fingerprint(organisation),
        applied_at=None if pending else utcnow(),
    )
    session.add(board)
    session.flush()
    kept = " (kept with the application until a seat is free)" if pending else ""
    audit.record(
        session,
        user,
        "board_decision",
        "organisation",
        organisation.id,
        f"Board decision of {decision.decided_on.isoformat()}: admit {organisation.name}"
        f" despite conflicts ({reason}){kept}",
        {"superseded_board_decision_id": older.id} if older is not None else None,
        {
            "board_decision_id": board.id,
            "state": str(board.state),
            "conflicts": check.sentences(),
            "sales_profile": board.sales_profile,
        },
    )
    return board


def apply_decision(
    session: Session, user: OfficeUser, organisation: Organisation, board_id: int
) -> BoardDecision:
    """Mark the kept decision as applied by the admission happening now (audited)."""
    require(session, user, Permission.EDIT_MEMBERS)
    board = session.get(BoardDecision, board_id)
    assert board is not None and board.state == BoardDecisionState.PENDING
    board.state = BoardDecisionState.APPLIED
    board.applied_at = utcnow()
    audit.record(
        session,
        user,
        "board_decision_applied",
        "organisation",
        organisation.id,
        f"Board decision of {board.decided_on.isoformat()} applied: {organisation.name}"
        " admitted despite conflicts",
        {"board_decision_id": board.id, "state": "pending"},
        {"board_decision_id": board.id, "state": "applied"},
    )
    return board


def close_pending(session: Session, organisation_id: int) -> None:
    """The application is closed: a decision kept with it no longer applies."""
    for board in session.scalars(
        select(BoardDecision).where(
            BoardDecision.organisation_id == organisation_id,
            BoardDecision.state == BoardDecisionState.PENDING,
        )
    ):
        board.state = BoardDecisionState.SUPERSEDED
