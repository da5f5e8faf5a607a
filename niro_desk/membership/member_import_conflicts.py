"""Competitor warnings of a member import, grouped and computed in linear time.

The file's new or changed organisations may compete with each other and with
NIRO Desk's members and waiting applicants. Comparing every pair grows with
the square of the rows (1,000 rows of one class: half a million warnings).
Instead every organisation is filed under its keys (each NACE class it sells,
each normalised product-market term from ``market_terms.terms``) and one
warning per key lists who shares it, with a count: one pass over the rows and
members, one pass over the keys. Groups with the same organisations are
reported once. A pair the office declared "does not compete" is not warned
about; a pair declared "competes" is named. These are warnings only: the
organisations already are members; the office decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP
from niro_desk.membership.competitor_check import COMPARED_STATUSES
from niro_desk.membership.market_terms import terms
from niro_desk.membership.member_import_checks import current_profile, row_profile, sales_key
from niro_desk.membership.member_import_rows import MemberRow
from niro_desk.messages import translate_message
from niro_desk.models import (
    CompetitorRelation,
    IndustryCode,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    RelationKind,
)
from niro_desk.workbook import ProblemLog

SHARED_CLASS_GROUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Possible competitors: {count} organisations sell in NACE class {code} ({title}): {names}.",
)
SHARED_MARKET_GROUP = QT_TRANSLATE_NOOP(
    "Messages",
    "Possible competitors: {count} organisations offer “{market}”: {names}.",
)
DECLARED_COMPETITORS = QT_TRANSLATE_NOOP(
    "Messages", "Row {row}: {name} and {other} are recorded in NIRO Desk as competitors."
)
IN_FILE = QT_TRANSLATE_NOOP("Messages", "{name} (row {row})")
IN_NIRO_DESK = QT_TRANSLATE_NOOP("Messages", "{name} (in NIRO Desk)")
AND_MORE = QT_TRANSLATE_NOOP("Messages", "{names} and {count} more")
NAMES_SHOWN = 8
CHECKED = (MembershipStatus.MEMBER, MembershipStatus.WAITING, MembershipStatus.APPLICANT)


@dataclass
class _Party:
    """An organisation in a group: a file row or a member in NIRO Desk."""

    name: str
    status: MembershipStatus | None
    row: int | None = None
    sheet: str = ""
    organisation_id: int | None = None
    news: bool = False

    def label(self) -> str:
        if self.row is not None:
            return translate_message(IN_FILE, name=self.name, row=self.row)
        return translate_message(IN_NIRO_DESK, name=self.name)


@dataclass
class _Group:
    kind: str
    key: str
    label: str
    parties: list[_Party] = field(default_factory=list)
    members: set[int] = field(default_factory=set)

    def add(self, party: _Party, identity: int) -> None:
        if identity not in self.members:
            self.members.add(identity)
            self.parties.append(party)


def _is_news(row: MemberRow) -> bool:
    """New, or the file changes its status or what it sells: worth a competitor check."""
    existing = row.existing
    if existing is None or existing.membership_status != row.status:
        return True
    return sales_key(*row_profile(row)) != sales_key(*current_profile(existing))


def _file(
    groups: dict[tuple[str, str], _Group],
    party: _Party,
    identity: int,
    codes: Iterable[str],
    markets: Iterable[str],
) -> None:
    for code in codes:
        groups.setdefault(("class", code), _Group("class", code, code)).add(party, identity)
    for market in markets:
        for term in terms(market):
            groups.setdefault(("market", term), _Group("market", term, market)).add(party, identity)


def _names(parties: list[_Party]) -> str:
    shown = ", ".join(party.label() for party in parties[:NAMES_SHOWN])
    if len(parties) <= NAMES_SHOWN:
        return shown
    return translate_message(AND_MORE, names=shown, count=len(parties) - NAMES_SHOWN)


def competitor_warnings(
    session: Session,
    log: ProblemLog,
    rows: list[MemberRow],
    classes: dict[str, IndustryCode],
    language: str,
) -> None:
    """Add grouped competitor warnings for the file's new or changed organisations."""
    candidates = [row for row in rows if row.valid and row.status in CHECKED]
    in_file = {row.existing.id for row in rows if row.existing is not None}
    news = [_is_news(row) for row in candidates]
    if not any(news):
        return  # nothing new or changed: no group can hold news
    groups: dict[tuple[str, str], _Group] = {}
    for identity, (row, is_news) in enumerate(zip(candidates, news, strict=True)):
        codes, markets, _ = row_profile(row)
        party = _Party(
            row.data.name.strip(),
            row.status,
            row.number,
            row.sheet,
            row.existing.id if row.existing is not None else None,
            is_news,
        )
        _file(groups, party, identity, codes, markets)
    others = session.scalars(
        select(Organisation)
        .where(
            Organisation.kind == OrganisationKind.MEMBER,
            Organisation.membership_status.in_(COMPARED_STATUSES),
        )
        .options(selectinload(Organisation.sales_codes), selectinload(Organisation.product_markets))
    )
    offset = len(candidates)
    for organisation in others:
        if organisation.id in in_file:
            continue
        party = _Party(
            organisation.name, organisation.membership_status, organisation_id=organisation.id
        )
        codes, markets, _ = current_profile(organisation)
        _file(groups, party, offset + organisation.id, codes, markets)

    cleared, declared = _relations(session, in_file)
    reported: set[frozenset[int]] = set()
    for group in sorted(groups.values(), key=lambda g: (g.kind, g.key)):
        parties = group.parties
        if len(parties) < 2 or not any(party.news for party in parties):
            continue
        if not any(party.status in COMPARED_STATUSES for party in parties):
            continue  # applicants among themselves: checked when they are admitted
        identity = frozenset(group.members)
        if identity in reported:
            continue
        reported.add(identity)
        ids = [party.organisation_id for party in parties]
        if len(parties) == 2 and None not in ids and frozenset(ids) in cleared:
            continue
        if group.kind == "class":
            code = classes.get(group.key)
            title = ""
            if code is not None:
                title = code.title_de if language == "de" and code.title_de else code.title_en
            log.warn(
                SHARED_CLASS_GROUP,
                count=len(parties),
                code=group.key,
                title=title,
                names=_names(parties),
            )
        else:
            log.warn(
                SHARED_MARKET_GROUP, count=len(parties), market=group.label, names=_names(parties)
            )
    by_id = {row.existing.id: row for row in candidates if row.existing is not None}
    for first, second, name_first, name_second in declared:
        row = by_id.get(first) or by_id.get(second)
        if row is None or not _is_news(row):
            continue
        other = name_second if row.existing is not None and row.existing.id == first else name_first
        log.warn(DECLARED_COMPETITORS, row=row.number, name=row.data.name.strip(), other=other)


def _relations(
    session: Session, ids: set[int]
) -> tuple[set[frozenset[int]], list[tuple[int, int, str, str]]]:
    """Pairs declared "does not compete", and pairs declared "competes", of the file's rows."""
    if not ids:
        return set(), []
    known = list(ids)
    relations = session.scalars(
        select(CompetitorRelation)
        .where(or_(CompetitorRelation.first_id.in_(known), CompetitorRelation.second_id.in_(known)))
        .options(selectinload(CompetitorRelation.first), selectinload(CompetitorRelation.second))
    ).all()
    cleared = {
        frozenset((relation.first_id, relation.second_id))
        for relation in relations
        if relation.kind == RelationKind.DOES_NOT_COMPETE
    }
    declared = [
        (relation.first_id, relation.second_id, relation.first.name, relation.second.name)
        for relation in relations
        if relation.kind == RelationKind.COMPETES
    ]
    return cleared, declared
