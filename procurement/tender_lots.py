"""Lots from closed collections: pooled volumes per item and anonymised delivery regions.

Volumes come from the pooled-demand services (``GROUP BY`` in the database).
What goes to suppliers must not reveal a participant: an item needed by fewer
than three participants cannot be put out at all, and a region with fewer than
three participants is merged into "other regions" — or, where that bucket
would still hold fewer than three, into the largest region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from niro_desk.permissions import require_viewer
from niro_desk.procurement import pooled_demand

MINIMUM_PARTICIPANTS = 3
OTHER_REGIONS = ""  # stored as empty; shown as "other regions"


@dataclass(frozen=True)
class RegionShare:
    region: str
    volume: Decimal
    participants: int


@dataclass(frozen=True)
class PooledItem:
    item_id: int
    name: str
    unit: str
    volume: Decimal
    participants: int
    regions: tuple[RegionShare, ...]


def merge_small_regions(
    regions: Sequence[RegionShare], minimum: int = MINIMUM_PARTICIPANTS
) -> list[RegionShare]:
    """Regions with at least ``minimum`` participants; the rest merged so none is smaller."""
    large = sorted(
        (r for r in regions if r.region and r.participants >= minimum),
        key=lambda r: (-r.volume, r.region),
    )
    small = [r for r in regions if not (r.region and r.participants >= minimum)]
    other_volume = sum((r.volume for r in small), Decimal("0.000"))
    other_count = sum(r.participants for r in small)
    if other_count == 0:
        return large
    if other_count >= minimum or not large:
        return [*large, RegionShare(OTHER_REGIONS, other_volume, other_count)]
    biggest = large[0]
    merged = RegionShare(
        biggest.region, biggest.volume + other_volume, biggest.participants + other_count
    )
    return sorted([merged, *large[1:]], key=lambda r: (-r.volume, r.region))


def pooled_items(session: Session, collection_ids: Sequence[int]) -> dict[int, PooledItem]:
    """Per item of the collections: pooled volume and merged regions.

    Participants of several collections are counted per collection and the
    largest count is kept: a lower bound of the distinct participants, so the
    three-participant rule never counts one company twice. Pooled and anonymised:
    any signed-in reader.
    """
    require_viewer(session)
    volumes: dict[int, Decimal] = {}
    counts: dict[int, int] = {}
    names: dict[int, tuple[str, str]] = {}
    region_volume: dict[tuple[int, str], Decimal] = {}
    region_count: dict[tuple[int, str], int] = {}
    for collection_id in collection_ids:
        for total in pooled_demand.item_totals(session, collection_id):
            volumes[total.item_id] = volumes.get(total.item_id, Decimal("0.000")) + total.total
            counts[total.item_id] = max(counts.get(total.item_id, 0), total.participants)
            names[total.item_id] = (total.item, total.unit.value)
        for region in pooled_demand.region_totals(session, collection_id):
            key = (region.item_id, region.region.strip())
            region_volume[key] = region_volume.get(key, Decimal("0.000")) + region.total
            region_count[key] = max(region_count.get(key, 0), region.participants)
    result = {}
    for item_id, volume in volumes.items():
        shares = [
            RegionShare(region, region_volume[(item, region)], region_count[(item, region)])
            for item, region in region_volume
            if item == item_id
        ]
        name, unit = names[item_id]
        result[item_id] = PooledItem(
            item_id, name, unit, volume, counts[item_id], tuple(merge_small_regions(shares))
        )
    return result
