"""The members list: search, filter, sort and count in the database.

A keystroke costs one query for the matching ids in the asked order (the
folded search text of ``organisation_search`` plus the NACE classes, sorted in
SQL by any column), then the rows of the first page; the table model fetches
further pages by id as the user scrolls, so sorting is right even when not
every row has been fetched. What a search may ask is bounded
(``niro_desk.search_text.search_words``); on PostgreSQL a search ends after
``SEARCH_TIMEOUT_MS``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session

from niro_desk.models import (
    Contact,
    IndustryCode,
    Membership,
    MembershipFee,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    OrganisationSearch,
    organisation_sales_code,
)
from niro_desk.permissions import visible_organisation
from niro_desk.search_text import contains_text, plain_fold, search_fold, search_words

# rows fetched at once (the first page comes with the search; the model fetches the rest)
PAGE_SIZE = 100
# rows that come with a keystroke's search (a screenful and more)
FIRST_PAGE = 40
# PostgreSQL ends a directory search after this long (the application's timeout is longer)
SEARCH_TIMEOUT_MS = 5_000
_TIMED = "niro_desk.search_timeout_set"  # session.info: the transaction that has it
# shorter words match NACE codes by their start only, not inside the classes' titles
MIN_TITLE_WORD = 3
# from this many matches on, a page by name walks the name index (see ``_sorted``)
WALK_INDEX_FROM = 500


class DirectorySort(StrEnum):
    """Columns the directory can be sorted by, in SQL."""

    NAME = "name"
    STATUS = "status"
    CITY = "city"
    REGION = "region"
    CODES = "codes"
    CONTACTS = "contacts"
    EMPLOYEES = "employees"
    FEE = "fee"
    ADMITTED = "admitted"
    WAITING_SINCE = "waiting_since"


_STATUS_ORDER = (
    (MembershipStatus.MEMBER, 0),
    (MembershipStatus.WAITING, 1),
    (MembershipStatus.APPLICANT, 2),
    (MembershipStatus.FORMER, 3),
)
_KIND_ORDER = ((OrganisationKind.CUSTOMER, 4), (OrganisationKind.SUPPLIER, 5))


@dataclass
class DirectoryFilter:
    text: str = ""
    kinds: set[OrganisationKind] = field(default_factory=set)
    statuses: set[MembershipStatus] = field(default_factory=set)
    region: str = ""
    sort: DirectorySort = DirectorySort.NAME
    descending: bool = False


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    kind: OrganisationKind
    status: MembershipStatus | None
    city: str
    region: str
    employees: int | None
    codes: str
    contacts: int
    annual_fee: Decimal | None
    admission_date: dt.date | None
    waiting_since: dt.datetime | None


@dataclass(frozen=True)
class DirectoryResult:
    """How many organisations match, the rows of the first page, whether the search was cut.

    ``total`` is None when the first page was full and counting was left for later
    (``directory_count``).
    """

    total: int | None
    rows: list[DirectoryRow]
    limited: bool = False


_CODE_TITLES: WeakKeyDictionary[Any, list[tuple[str, str]]] = WeakKeyDictionary()


def _code_titles(session: Session) -> list[tuple[str, str]]:
    """Every NACE class with its titles folded, read once per engine (reference data).

    Organisations sell in classes only (the sales-profile dialog offers nothing else).
    """
    engine = session.get_bind()
    titles = _CODE_TITLES.get(engine)
    if titles is None:
        titles = []
        for code, title_de, title_en in session.execute(
            select(IndustryCode.code, IndustryCode.title_de, IndustryCode.title_en).where(
                IndustryCode.level == "class"
            )
        ):
            folded_titles = {search_fold(title) or "" for title in (title_de, title_en)}
            folded_titles |= {plain_fold(title) or "" for title in (title_de, title_en)}
            titles.append((code, "\n".join(sorted(folded_titles))))
        _CODE_TITLES[engine] = titles
    return titles


def matching_codes(session: Session, word: str) -> list[str]:
    """NACE codes that start with ``word`` (folded) or whose German or English title contains it."""
    plain = plain_fold(word) or ""
    if len(word) < MIN_TITLE_WORD:
        return [code for code, _titles in _code_titles(session) if code.startswith(word)]
    return [
        code
        for code, titles in _code_titles(session)
        if code.startswith(word) or word in titles or plain in titles
    ]


def _conditions(session: Session, criteria: DirectoryFilter, words: tuple[str, ...]) -> list[Any]:
    search = OrganisationSearch
    conditions: list[Any] = []
    visible = visible_organisation(session)  # a procurement head: only its own organisation
    if visible is not None:
        conditions.append(search.organisation_id == visible)
    for word in words:
        condition = contains_text(search.text, word)
        codes = matching_codes(session, word)
        if codes:
            by_code = select(organisation_sales_code.c.organisation_id).where(
                organisation_sales_code.c.code.in_(codes)
            )
            condition = or_(condition, search.organisation_id.in_(by_code))
        conditions.append(condition)
    if criteria.kinds:
        conditions.append(search.kind.in_(criteria.kinds))
    if criteria.statuses:
        conditions.append(search.membership_status.in_(criteria.statuses))
    if criteria.region:
        conditions.append(search.region == criteria.region)
    return conditions


def _current_fee(today: dt.date) -> Any:
    latest = (
        select(MembershipFee.annual_fee)
        .where(MembershipFee.membership_id == Membership.id, MembershipFee.valid_from <= today)
        .order_by(MembershipFee.valid_from.desc())
        .limit(1)
        .correlate(Membership)
        .scalar_subquery()
    )
    return latest


def _contacts_count(organisation_id: Any = Organisation.id) -> Any:
    return (
        select(func.count(Contact.id))
        .where(Contact.organisation_id == organisation_id)
        .scalar_subquery()
    )


def _sorted(
    query: Any, sort: DirectorySort, descending: bool, today: dt.date, walk_index: bool = True
) -> Any:
    """``query`` (over ``organisation_search``) ordered by ``sort``; ties by name and id.

    Empty values come first when ascending, last when descending. By name, the
    database walks the name index and stops after the page (fast when many rows
    match); ``walk_index=False`` makes it read the matches and sort them instead
    (fast when few match).
    """
    search = OrganisationSearch
    if sort in (DirectorySort.EMPLOYEES,):
        query = query.join(Organisation, Organisation.id == search.organisation_id)
    if sort in (DirectorySort.FEE, DirectorySort.ADMITTED, DirectorySort.WAITING_SINCE):
        query = query.outerjoin(Membership, Membership.organisation_id == search.organisation_id)
    status_order = case(
        *((search.membership_status == status, rank) for status, rank in _STATUS_ORDER),
        *((search.kind == kind, rank) for kind, rank in _KIND_ORDER),
        else_=9,
    )
    value: Any = {
        DirectorySort.NAME: search.sort_name,
        DirectorySort.STATUS: status_order,
        DirectorySort.CITY: search.sort_city,
        DirectorySort.REGION: func.lower(search.region),
        DirectorySort.CODES: select(func.min(organisation_sales_code.c.code))
        .where(organisation_sales_code.c.organisation_id == search.organisation_id)
        .scalar_subquery(),
        DirectorySort.CONTACTS: _contacts_count(search.organisation_id),
        DirectorySort.EMPLOYEES: Organisation.employees,
        DirectorySort.FEE: _current_fee(today),
        DirectorySort.ADMITTED: Membership.admission_date,
        DirectorySort.WAITING_SINCE: Membership.waiting_since,
    }[sort]
    keys: list[Any] = []
    if sort is not DirectorySort.NAME:
        empty_first = case((value.is_(None), 0), else_=1)
        keys = [empty_first.desc(), value.desc()] if descending else [empty_first, value]
    elif not walk_index:
        value = search.sort_name.concat("")
        keys = [value.desc() if descending else value]
    elif descending:
        keys = [value.desc(), search.organisation_id.desc()]
    return query.order_by(*keys, search.sort_name, search.organisation_id)


def _limit_time(session: Session) -> None:
    """On PostgreSQL, this transaction's statements end after ``SEARCH_TIMEOUT_MS``."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if transaction is None or session.info.get(_TIMED) is not transaction:
        session.execute(text(f"SET LOCAL statement_timeout = {SEARCH_TIMEOUT_MS}"))
        session.info[_TIMED] = session.get_transaction()


def directory_count(session: Session, criteria: DirectoryFilter) -> int:
    """How many organisations match ``criteria``."""
    _limit_time(session)
    conditions = _conditions(session, criteria, search_words(criteria.text).words)
    query = select(func.count()).select_from(OrganisationSearch).where(*conditions)
    return int(session.scalar(query) or 0)


def directory_page(
    session: Session,
    criteria: DirectoryFilter,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: dt.date | None = None,
    total: int | None = None,
) -> list[DirectoryRow]:
    """Rows ``offset`` to ``offset + limit`` of the matching organisations, sorted in SQL.

    ``total`` (the count, when known) lets the database choose how to sort.
    """
    today = today or dt.date.today()
    return directory_rows(session, _page_ids(session, criteria, offset, limit, today, total), today)


def _page_ids(
    session: Session,
    criteria: DirectoryFilter,
    offset: int,
    limit: int,
    today: dt.date,
    total: int | None,
) -> list[int]:
    _limit_time(session)
    conditions = _conditions(session, criteria, search_words(criteria.text).words)
    query = select(OrganisationSearch.organisation_id).where(*conditions)
    walk = total is None or total >= WALK_INDEX_FROM or not conditions
    query = _sorted(query, criteria.sort, criteria.descending, today, walk)
    return list(session.scalars(query.offset(offset).limit(limit)))


def directory_rows(
    session: Session, ids: list[int], today: dt.date | None = None
) -> list[DirectoryRow]:
    """The rows of ``ids`` (a page of ``directory_ids``), in the same order."""
    if not ids:
        return []
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.membership_status,
            Organisation.city,
            Organisation.region,
            Organisation.employees,
            _contacts_count().label("contacts"),
            _current_fee(today or dt.date.today()).label("annual_fee"),
            Membership.admission_date,
            Membership.waiting_since,
        )
        .outerjoin(Membership, Membership.organisation_id == Organisation.id)
        .where(Organisation.id.in_(ids))
    )
    visible = visible_organisation(session)
    if visible is not None:
        query = query.where(Organisation.id == visible)
    found = {row.id: row for row in session.execute(query)}
    codes: dict[int, list[str]] = {}
    for organisation_id, code in session.execute(
        select(organisation_sales_code.c.organisation_id, organisation_sales_code.c.code)
        .where(organisation_sales_code.c.organisation_id.in_(ids))
        .order_by(organisation_sales_code.c.code)
    ):
        codes.setdefault(organisation_id, []).append(code)
    return [
        DirectoryRow(
            row.id,
            row.name,
            row.kind,
            row.membership_status,
            row.city,
            row.region,
            row.employees,
            ", ".join(codes.get(row.id, [])),
            int(row.contacts or 0),
            row.annual_fee,
            row.admission_date,
            row.waiting_since,
        )
        for row in (found.get(key) for key in ids)
        if row is not None
    ]


def search_directory(
    session: Session,
    criteria: DirectoryFilter,
    first: int = FIRST_PAGE,
    today: dt.date | None = None,
    count: bool = True,
) -> DirectoryResult:
    """What the members list shows after a keystroke: the first page and the count.

    The first page comes first; only when it is full does counting cost a
    second query, and with ``count=False`` that is left to the caller (the list
    shows before its number).
    """
    today = today or dt.date.today()
    ids = _page_ids(session, criteria, 0, first, today, None)
    total: int | None = len(ids)
    if len(ids) == first:
        total = directory_count(session, criteria) if count else None
    return DirectoryResult(
        total, directory_rows(session, ids, today), search_words(criteria.text).limited
    )


def list_directory(
    session: Session, criteria: DirectoryFilter, today: dt.date | None = None
) -> list[DirectoryRow]:
    """Every organisation matching ``criteria``, sorted as asked (by name by default)."""
    rows: list[DirectoryRow] = []
    while True:
        page = directory_page(session, criteria, len(rows), PAGE_SIZE * 5, today)
        rows.extend(page)
        if len(page) < PAGE_SIZE * 5:
            return rows


def regions(session: Session) -> list[str]:
    """The regions the viewer's directory can be filtered by."""
    query = select(Organisation.region).distinct().where(Organisation.region != "")
    visible = visible_organisation(session)
    if visible is not None:
        query = query.where(Organisation.id == visible)
    return list(session.scalars(query.order_by(Organisation.region)))
