"""Evaluation of opened rounds: price comparison, weighted score, ranking, savings.

Only opened bids have prices (``BidPrice``), so nothing here can show a
sealed price. Totals are ``SUM(unit price × pooled volume)`` per bid in the
database; savings weigh the participants' baseline prices by their volumes
with a ``GROUP BY`` over the requirement lines.

Price points: ``100 × best total ÷ supplier's total`` (the best offer gets
100). Weighted score: ``Σ weight × points ÷ 100`` over all criteria, price
included; a criterion not yet scored counts 0 and marks the row incomplete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, func, select, true, type_coerce
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    Bid,
    BidPrice,
    CollectionParticipant,
    CriterionScore,
    OfficeUser,
    Organisation,
    RequirementLine,
    RequirementSubmission,
    RoundState,
    TenderCollection,
    TenderLot,
    TenderLotItem,
    TenderRound,
    TenderState,
)
from niro_desk.models.column_types import ExactDecimal
from niro_desk.permissions import Permission, require, require_viewer

CENT = Decimal("0.01")
PRODUCT = ExactDecimal(30, 7)  # unit price (4 places) × volume (3 places), exact on SQLite too
PRICE_POINTS_FORMULA = QT_TRANSLATE_NOOP(
    "Messages", "price points = 100 × best total ÷ supplier's total"
)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LotItemRow:
    item_id: int
    name: str
    unit: str
    volume: Decimal


@dataclass(frozen=True)
class SupplierOffer:
    supplier_id: int
    supplier: str
    bid_id: int
    prices: dict[int, Decimal]
    total: Decimal  # at the pooled volume, cents
    best: bool
    previous_total: Decimal | None  # the same supplier in the round before

    @property
    def change(self) -> Decimal | None:
        return None if self.previous_total is None else self.total - self.previous_total

    @property
    def change_percent(self) -> Decimal | None:
        if self.previous_total in (None, Decimal(0)):
            return None
        assert self.previous_total is not None
        return cents(100 * (self.total - self.previous_total) / self.previous_total)


@dataclass(frozen=True)
class LotComparison:
    lot_id: int
    lot_number: int
    lot_name: str
    items: list[LotItemRow]
    round_number: int | None  # the latest opened round
    offers: list[SupplierOffer]
    history: dict[str, dict[int, Decimal]] = field(default_factory=dict)  # supplier → round → total
    rounds: list[int] = field(default_factory=list)


def get_lot(session: Session, lot_id: int) -> TenderLot:
    lot = session.get(TenderLot, lot_id)
    if lot is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "The lot #{id} no longer exists."), id=lot_id)
    return lot


def _bid_totals(session: Session, lot_id: int) -> list[tuple[int, int, int, str, Decimal]]:
    """(round number, bid id, supplier id, supplier, total) of every opened, counting bid."""
    total = type_coerce(func.sum(BidPrice.unit_price * TenderLotItem.volume), PRODUCT)
    rows = session.execute(
        select(TenderRound.number, Bid.id, Organisation.id, Organisation.name, total)
        .join(Bid, Bid.round_id == TenderRound.id)
        .join(Organisation, Organisation.id == Bid.organisation_id)
        .join(BidPrice, BidPrice.bid_id == Bid.id)
        .join(
            TenderLotItem,
            and_(TenderLotItem.lot_id == Bid.lot_id, TenderLotItem.item_id == BidPrice.item_id),
        )
        .where(
            Bid.lot_id == lot_id,
            Bid.opened == true(),
            Bid.is_current == true(),
            TenderRound.state == RoundState.OPENED,
        )
        .group_by(TenderRound.number, Bid.id, Organisation.id, Organisation.name)
        .order_by(TenderRound.number, Organisation.name)
    )
    return [(n, b, s, name, cents(t)) for n, b, s, name, t in rows]


def lot_comparison(session: Session, lot_id: int) -> LotComparison:
    """Suppliers × items of the latest opened round, totals, best offer, change per round
    (READ_ALL: a procurement head sees no bid)."""
    require_viewer(session, Permission.READ_ALL)
    return opened_offers(session, lot_id)


def opened_offers(session: Session, lot_id: int) -> LotComparison:
    """``lot_comparison`` without asking who reads: for services that checked already."""
    lot = get_lot(session, lot_id)
    items = [LotItemRow(i.item_id, i.item.name, i.unit.value, i.volume) for i in lot.items]
    totals = _bid_totals(session, lot_id)
    history: dict[str, dict[int, Decimal]] = {}
    for number, _bid, _sid, name, total in totals:
        history.setdefault(name, {})[number] = total
    rounds = sorted({t[0] for t in totals})
    if not rounds:
        return LotComparison(lot.id, lot.number, lot.name, items, None, [], history, rounds)
    latest = rounds[-1]
    current = [t for t in totals if t[0] == latest]
    prices: dict[int, dict[int, Decimal]] = {}
    for bid_id, item_id, price in session.execute(
        select(BidPrice.bid_id, BidPrice.item_id, BidPrice.unit_price).where(
            BidPrice.bid_id.in_([t[1] for t in current])
        )
    ):
        prices.setdefault(bid_id, {})[item_id] = price
    best = min(t[4] for t in current)
    offers = []
    for _number, bid_id, supplier_id, name, total in current:
        earlier = [r for r in history[name] if r < latest]
        offers.append(
            SupplierOffer(
                supplier_id,
                name,
                bid_id,
                prices.get(bid_id, {}),
                total,
                total == best,
                history[name][max(earlier)] if earlier else None,
            )
        )
    offers.sort(key=lambda o: (o.total, o.supplier))
    return LotComparison(lot.id, lot.number, lot.name, items, latest, offers, history, rounds)


@dataclass(frozen=True)
class RankedOffer:
    rank: int
    supplier_id: int
    supplier: str
    total: Decimal
    price_points: Decimal
    scores: dict[int, int]  # criterion id → 0–100 (the price criterion: its points, rounded)
    weighted: Decimal
    complete: bool
    savings: Decimal | None


def price_points(best_total: Decimal, total: Decimal) -> Decimal:
    """100 × best ÷ total, two places; a total of 0 (and so the best) earns 100."""
    if total == 0:
        return Decimal("100.00")
    return cents(Decimal(100) * best_total / total)


def lot_ranking(session: Session, lot_id: int) -> list[RankedOffer]:
    """The latest opened round's offers ranked by weighted score (then total, then name)."""
    require_viewer(session, Permission.READ_ALL)
    lot = get_lot(session, lot_id)
    comparison = lot_comparison(session, lot_id)
    if not comparison.offers:
        return []
    criteria = lot.tender.criteria
    scored: dict[int, dict[int, int]] = {}
    for supplier_id, criterion_id, score in session.execute(
        select(
            CriterionScore.organisation_id, CriterionScore.criterion_id, CriterionScore.score
        ).where(CriterionScore.lot_id == lot_id)
    ):
        scored.setdefault(supplier_id, {})[criterion_id] = score
    baseline = baseline_by_item(session, lot_id)
    best = min(o.total for o in comparison.offers)
    rows = []
    for offer in comparison.offers:
        points = price_points(best, offer.total)
        own = scored.get(offer.supplier_id, {})
        weighted = Decimal(0)
        complete = True
        scores = {}
        for criterion in criteria:
            if criterion.is_price:
                value = points
            elif criterion.id in own:
                value = Decimal(own[criterion.id])
                scores[criterion.id] = own[criterion.id]
            else:
                value = Decimal(0)
                complete = False
            weighted += Decimal(criterion.weight) * value / 100
        rows.append(
            (
                offer,
                points,
                scores,
                cents(weighted),
                complete,
                savings_of(baseline, offer.prices),
            )
        )
    rows.sort(key=lambda r: (-r[3], r[0].total, r[0].supplier))
    return [
        RankedOffer(
            rank, o.supplier_id, o.supplier, o.total, points, scores, weighted, complete, savings
        )
        for rank, (o, points, scores, weighted, complete, savings) in enumerate(rows, start=1)
    ]


def set_scores(
    session: Session,
    user: OfficeUser,
    lot_id: int,
    supplier_id: int,
    scores: Mapping[int, int],
) -> None:
    """The office's scores (0–100) of a supplier on the lot's non-price criteria."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    lot = get_lot(session, lot_id)
    tender = lot.tender
    if tender.state != TenderState.EVALUATION:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "Scores are entered while the tender is in evaluation.")
        )
    criteria = {c.id: c for c in tender.criteria if not c.is_price}
    before = {}
    for criterion_id, score in scores.items():
        if criterion_id not in criteria:
            raise ValidationError(
                "scores",
                QT_TRANSLATE_NOOP(
                    "Messages", "Price is scored from the bids; other criteria are scored here."
                ),
            )
        if not 0 <= int(score) <= 100:
            raise ValidationError(
                "scores", QT_TRANSLATE_NOOP("Messages", "A score lies between 0 and 100.")
            )
        row = session.get(CriterionScore, (lot_id, supplier_id, criterion_id))
        if row is None:
            session.add(
                CriterionScore(
                    lot_id=lot_id,
                    organisation_id=supplier_id,
                    criterion_id=criterion_id,
                    score=int(score),
                )
            )
        else:
            before[criteria[criterion_id].name] = row.score
            row.score = int(score)
    session.flush()
    supplier = session.get(Organisation, supplier_id)
    audit.record(
        session,
        user,
        "score",
        "tender",
        tender.id,
        f"Scores of {supplier.name if supplier else supplier_id} for lot {lot.number}",
        before or None,
        {criteria[c].name: int(s) for c, s in scores.items()},
    )


@dataclass(frozen=True)
class Baseline:
    """Per item: Σ volume × baseline price and Σ volume, over lines with a baseline price."""

    value: Decimal
    volume: Decimal

    @property
    def average_price(self) -> Decimal | None:
        if not self.volume:
            return None
        return (self.value / self.volume).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def baseline_by_item(session: Session, lot_id: int) -> dict[int, Baseline]:
    """The participants' baseline prices of the lot's items, weighted by volume (GROUP BY);
    part of the evaluation: READ_ALL."""
    require_viewer(session, Permission.READ_ALL)
    lot = get_lot(session, lot_id)
    item_ids = [i.item_id for i in lot.items]
    collection_ids = select(TenderCollection.collection_id).where(
        TenderCollection.tender_id == lot.tender_id
    )
    value = type_coerce(
        func.sum(RequirementLine.volume * RequirementLine.current_unit_price), PRODUCT
    )
    rows = session.execute(
        select(RequirementLine.item_id, value, func.sum(RequirementLine.volume))
        .join(RequirementSubmission, RequirementSubmission.id == RequirementLine.submission_id)
        .join(
            CollectionParticipant,
            and_(
                CollectionParticipant.collection_id == RequirementSubmission.collection_id,
                CollectionParticipant.organisation_id == RequirementSubmission.organisation_id,
            ),
        )
        .where(
            RequirementSubmission.collection_id.in_(collection_ids),
            RequirementSubmission.is_current == true(),
            CollectionParticipant.removed_at.is_(None),
            RequirementLine.item_id.in_(item_ids),
            RequirementLine.current_unit_price.is_not(None),
        )
        .group_by(RequirementLine.item_id)
    )
    return {item: Baseline(v, vol) for item, v, vol in rows}


def savings_of(baseline: Mapping[int, Baseline], prices: Mapping[int, Decimal]) -> Decimal | None:
    """Σ over items (baseline value − price × baseline volume), cents; None without baseline."""
    parts = [
        line.value - prices[item] * line.volume
        for item, line in baseline.items()
        if item in prices and line.volume
    ]
    return cents(sum(parts, Decimal(0))) if parts else None


def baseline_total(baseline: Mapping[int, Baseline]) -> Decimal:
    return cents(sum((b.value for b in baseline.values()), Decimal(0)))
