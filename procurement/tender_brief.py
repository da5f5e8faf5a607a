"""What a tender tells suppliers: lots, items, pooled volumes, regions, criteria, deadline.

This is the one source of everything supplier-facing (the invitation
workbooks of the next step build on it). It carries pooled totals per item
and merged region only — never a participant's name, volume or baseline price.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.models import TenderRound
from niro_desk.permissions import require_viewer
from niro_desk.procurement.tenders import get_tender


@dataclass(frozen=True)
class BriefRegion:
    region: str  # "" = other regions
    volume: Decimal


@dataclass(frozen=True)
class BriefItem:
    item_id: int
    name: str
    unit: str
    volume: Decimal
    regions: tuple[BriefRegion, ...]


@dataclass(frozen=True)
class BriefLot:
    lot_id: int
    number: int
    name: str
    items: tuple[BriefItem, ...]


@dataclass(frozen=True)
class TenderBrief:
    tender_id: int
    title: str
    category: str
    lots: tuple[BriefLot, ...]
    criteria: tuple[tuple[str, int], ...]  # (name, weight %)
    round_number: int | None
    deadline: dt.datetime | None

    def lines(self, other_regions: str = "other regions") -> list[str]:
        """The brief as plain text lines (also what tests search for leaks)."""
        out = [self.title, self.category]
        for lot in self.lots:
            out.append(f"{lot.number} {lot.name}")
            for item in lot.items:
                out.append(f"{item.name} {item.volume} {item.unit}")
                out.extend(f"  {r.region or other_regions} {r.volume}" for r in item.regions)
        out.extend(f"{name} {weight} %" for name, weight in self.criteria)
        if self.deadline:
            out.append(self.deadline.isoformat())
        return out


def tender_brief(session: Session, tender_id: int) -> TenderBrief:
    """Lots with pooled, anonymised volumes, criteria, the current round: any signed-in reader."""
    require_viewer(session)
    tender = get_tender(session, tender_id)
    # the columns every reader may read (a procurement head's role reads no more of a round)
    last = session.execute(
        select(TenderRound.number, TenderRound.deadline)
        .where(TenderRound.tender_id == tender.id)
        .order_by(TenderRound.number.desc())
        .limit(1)
    ).first()
    return TenderBrief(
        tender.id,
        tender.title,
        tender.category.name,
        tuple(
            BriefLot(
                lot.id,
                lot.number,
                lot.name,
                tuple(
                    BriefItem(
                        i.item_id,
                        i.item.name,
                        i.unit.value,
                        i.volume,
                        tuple(BriefRegion(r.region, r.volume) for r in i.regions),
                    )
                    for i in lot.items
                ),
            )
            for lot in tender.lots
        ),
        tuple((c.name, c.weight) for c in tender.criteria),
        last.number if last else None,
        last.deadline if last else None,
    )
