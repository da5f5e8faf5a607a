"""The combined ranking of a negotiation round, by Borda count.

With ``n`` categories on the agenda, a head's first place earns ``n − 1``
points, the second ``n − 2``, …, the last ``0``; a category a head did not
rank earns nothing from that head. The combined ranking orders categories by
total points; ties go to the category with more first places, then by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BordaResult:
    category_id: int
    name: str
    points: int
    first_places: int
    voters: int
    position: int


def borda_ranking(
    candidates: Mapping[int, str], ballots: Iterable[Sequence[int]]
) -> list[BordaResult]:
    """Combine ``ballots`` (each a list of category ids, best first) over ``candidates``.

    Ids on a ballot that are not candidates are ignored; a ballot naming a
    category twice counts it at its first place only.
    """
    n = len(candidates)
    points = dict.fromkeys(candidates, 0)
    firsts = dict.fromkeys(candidates, 0)
    voters = dict.fromkeys(candidates, 0)
    for ballot in ballots:
        seen: set[int] = set()
        place = 0
        for category_id in ballot:
            if category_id not in candidates or category_id in seen:
                continue
            seen.add(category_id)
            points[category_id] += n - 1 - place
            voters[category_id] += 1
            if place == 0:
                firsts[category_id] += 1
            place += 1
    order = sorted(candidates, key=lambda c: (-points[c], -firsts[c], candidates[c].casefold(), c))
    return [
        BordaResult(c, candidates[c], points[c], firsts[c], voters[c], position)
        for position, c in enumerate(order, start=1)
    ]
