"""A supplier's tender history: invitations, bids per round, opened prices, ranks, awards.

One row per tender round the supplier was invited to and lot it bid on (a
round without a bid is one row without a lot). Prices appear only for
opened rounds — the totals come from ``tender_evaluation``, which reads only
opened bids — so a sealed bid shows as "received" with its time and nothing
else. The rank is the lot's ranking in its latest opened round (the one the
award is decided on); the share is the supplier's part of the lot's award.
The framework agreements listed are those the awards created.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementState,
    Bid,
    FrameworkAgreement,
    LotAward,
    RoundState,
    RoundSupplier,
    Tender,
    TenderRound,
    TenderState,
    TenderSupplier,
)
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement.suppliers import require_supplier
from niro_desk.procurement.tender_evaluation import _bid_totals, lot_ranking


@dataclass(frozen=True)
class HistoryRow:
    tender_id: int
    tender: str
    tender_state: TenderState
    round_number: int | None  # None: invited to the tender, no round started yet
    round_state: RoundState | None
    deadline: dt.datetime | None
    lot_number: int | None  # None: no bid in this round
    lot: str
    received_at: dt.datetime | None
    late: bool
    admitted: bool
    total: Decimal | None  # at the pooled volume; only for an opened, counting bid
    rank: int | None  # in the lot's latest opened round
    of: int | None  # offers ranked there
    share: Decimal | None  # percent of the lot awarded to the supplier

    @property
    def id(self) -> int:
        return self.tender_id

    @property
    def bid(self) -> bool:
        return self.lot_number is not None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    tender: str
    state: AgreementState
    items: int
    created_at: dt.datetime


@dataclass(frozen=True)
class SupplierHistory:
    rows: list[HistoryRow]
    agreements: list[AgreementRow]

    @property
    def tenders(self) -> int:
        return len({r.tender_id for r in self.rows})


def supplier_history(session: Session, organisation_id: int) -> SupplierHistory:
    """The supplier's tenders (newest first), rounds, bids and awards; its agreements.
    Bids in it: READ_ALL."""
    require_viewer(session, Permission.READ_ALL)
    require_supplier(session, organisation_id)
    tenders = session.scalars(
        select(Tender)
        .join(TenderSupplier, TenderSupplier.tender_id == Tender.id)
        .where(TenderSupplier.organisation_id == organisation_id)
        .order_by(Tender.created_at.desc(), Tender.id.desc())
    ).all()
    rows: list[HistoryRow] = []
    for tender in tenders:
        rows += _tender_rows(session, tender, organisation_id)
    agreements = [
        AgreementRow(a.id, a.title, title or "", a.state, len(a.items), a.created_at)
        for a, title in session.execute(
            select(FrameworkAgreement, Tender.title)
            .outerjoin(Tender, Tender.id == FrameworkAgreement.tender_id)
            .where(FrameworkAgreement.supplier_id == organisation_id)
            .order_by(FrameworkAgreement.created_at.desc(), FrameworkAgreement.id.desc())
        )
    ]
    return SupplierHistory(rows, agreements)


def _tender_rows(session: Session, tender: Tender, organisation_id: int) -> list[HistoryRow]:
    invited_to = set(
        session.scalars(
            select(RoundSupplier.round_id).where(RoundSupplier.organisation_id == organisation_id)
        )
    )
    # opened totals of this supplier per (lot, round); rank and share per lot
    totals: dict[tuple[int, int], Decimal] = {}
    ranks: dict[int, tuple[int, int]] = {}
    latest: dict[int, int] = {}
    for lot in tender.lots:
        opened = _bid_totals(session, lot.id)  # opened, counting bids only
        for number, _bid, supplier_id, _name, total in opened:
            if supplier_id == organisation_id:
                totals[(lot.id, number)] = total
        if opened:
            latest[lot.id] = max(t[0] for t in opened)
            ranking = lot_ranking(session, lot.id)
            for entry in ranking:
                if entry.supplier_id == organisation_id:
                    ranks[lot.id] = (entry.rank, len(ranking))
    shares = dict(
        session.execute(
            select(LotAward.lot_id, LotAward.share).where(
                LotAward.organisation_id == organisation_id,
                LotAward.lot_id.in_([lot.id for lot in tender.lots]),
            )
        ).all()
    )
    rounds = [r for r in tender.rounds if r.id in invited_to]
    if not rounds:
        return [
            HistoryRow(
                tender.id,
                tender.title,
                tender.state,
                None,
                None,
                None,
                None,
                "",
                None,
                False,
                False,
                None,
                None,
                None,
                None,
            )
        ]
    rows = []
    for tender_round in reversed(rounds):
        rows += _round_rows(
            session, tender, tender_round, organisation_id, totals, ranks, latest, shares
        )
    return rows


def _round_rows(
    session: Session,
    tender: Tender,
    tender_round: TenderRound,
    organisation_id: int,
    totals: dict[tuple[int, int], Decimal],
    ranks: dict[int, tuple[int, int]],
    latest: dict[int, int],
    shares: dict[int, Decimal],
) -> list[HistoryRow]:
    bids = session.scalars(
        select(Bid)
        .where(
            Bid.round_id == tender_round.id,
            Bid.organisation_id == organisation_id,
            Bid.is_current.is_(True),
        )
        .order_by(Bid.lot_id)
    ).all()
    base = (
        tender.id,
        tender.title,
        tender.state,
        tender_round.number,
        tender_round.state,
        tender_round.deadline,
    )
    if not bids:
        return [HistoryRow(*base, None, "", None, False, False, None, None, None, None)]
    rows = []
    for bid in sorted(bids, key=lambda b: b.lot.number):
        lot = bid.lot
        deciding = latest.get(lot.id) == tender_round.number
        rank = ranks.get(lot.id) if deciding else None
        rows.append(
            HistoryRow(
                *base,
                lot.number,
                lot.name,
                bid.received_at,
                bid.late,
                bid.admitted,
                # only opened rounds have totals; a sealed or excluded bid has none
                totals.get((lot.id, tender_round.number))
                if tender_round.state == RoundState.OPENED
                else None,
                rank[0] if rank else None,
                rank[1] if rank else None,
                shares.get(lot.id) if deciding else None,
            )
        )
    return rows
