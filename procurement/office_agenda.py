"""The start page's "what needs doing now": deadlines and overdue work across the pool.

``office_agenda(session, within_days=60)`` collects, each kind with one
bounded query (filters, ordering and limits in the database):

- notice deadlines of active agreements with automatic renewal that fall
  within ``within_days`` — the stored end is rolled forward with
  ``agreement_dates.term_on``, and when the current term's deadline has passed
  already the next term's deadline is the one that counts;
- active agreements without renewal that end within ``within_days``, and
  active agreements already past their end (someone should mark them expired
  or extend them);
- suppliers' certificates that run out within ``within_days`` or have
  expired (one replaced by a later certificate of the same standard is not
  listed); suppliers with an active agreement or invited to a running tender
  come first;
- requirement collections past their deadline that are still open;
- tender rounds whose deadline has passed but that are not opened yet.

Each entry carries its kind, what it is about, the date, the days left
(negative: overdue) and a ``RecordRef`` (record type and id) so the UI can
jump there. Texts for people are the UI's business; the entries hold names and
numbers only. At most ``limit`` entries per kind; ``Agenda.more`` says how
many more there are (counted in the database).

Certificates: the same rule as ``procurement.suppliers.expiring_certificates``
(the Tenders area's warning) for what counts as replaced
(``certificate_replaced``); the agenda adds the priority of suppliers in use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementState,
    CollectionState,
    FrameworkAgreement,
    Organisation,
    OrganisationKind,
    RequirementCollection,
    SupplierCertificate,
    Tender,
    TenderState,
    TenderSupplier,
)
from niro_desk.models.tender_round import RoundState, TenderRound
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.agreement_dates import add_months, term_on
from niro_desk.procurement.berlin_time import in_berlin
from niro_desk.procurement.suppliers import certificate_replaced

DEFAULT_DAYS = 60
DEFAULT_LIMIT = 100
#: tenders whose suppliers count as "invited to a running tender"
RUNNING_TENDER_STATES = (TenderState.ROUND_OPEN, TenderState.EVALUATION)


class AgendaKind(StrEnum):
    NOTICE_DEADLINE = "notice_deadline"
    AGREEMENT_ENDING = "agreement_ending"
    AGREEMENT_PAST_END = "agreement_past_end"
    CERTIFICATE_EXPIRING = "certificate_expiring"
    CERTIFICATE_EXPIRED = "certificate_expired"
    COLLECTION_OVERDUE = "collection_overdue"
    TENDER_TO_OPEN = "tender_to_open"


class RecordType(StrEnum):
    AGREEMENT = "agreement"
    ORGANISATION = "organisation"
    COLLECTION = "collection"
    TENDER = "tender"


@dataclass(frozen=True)
class RecordRef:
    """Where an entry leads: the record's type and id."""

    record_type: RecordType
    record_id: int


@dataclass(frozen=True)
class AgendaEntry:
    kind: AgendaKind
    #: the record's name: agreement, collection or tender title, or the supplier
    what: str
    date: dt.date
    #: days from today to ``date``; negative when it lies in the past
    days_left: int
    reference: RecordRef
    #: the agreement's supplier, or the certificate's standard
    detail: str = ""
    #: the tender round's number
    round_number: int | None = None
    #: automatic renewals between the stored end and the term shown
    renewals: int = 0
    #: the certificate's supplier has an active agreement or is invited to a running tender
    priority: bool = False

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    within_days: int
    entries: list[AgendaEntry]
    #: entries left out per kind because of the limit
    more: dict[AgendaKind, int] = field(default_factory=dict)
    #: no member recorded yet: the start page shows the first steps instead
    network_empty: bool = False
    #: the viewer is no office reader (a procurement head): the office's agenda is not shown
    office_only: bool = False

    def of_kind(self, *kinds: AgendaKind) -> list[AgendaEntry]:
        return [entry for entry in self.entries if entry.kind in kinds]


def office_agenda(
    session: Session,
    within_days: int = DEFAULT_DAYS,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Agenda:
    """Everything that needs doing now (see the module docstring), most urgent first per kind.

    The office's agenda (``READ_ALL``): a procurement head gets an empty one marked
    ``office_only`` — its entries are about agreements, suppliers and tenders of the whole
    pool, none about its own organisation alone. Anyone not signed in is refused.
    """
    now = now or dt.datetime.now(dt.UTC)
    today = today or in_berlin(now).date()
    within_days = max(within_days, 0)
    if not require_reader(session).reads_all:
        return Agenda(today, within_days, [], {}, False, office_only=True)
    network_empty = (
        session.scalar(
            select(Organisation.id).where(Organisation.kind == OrganisationKind.MEMBER).limit(1)
        )
        is None
    )
    entries: list[AgendaEntry] = []
    more: dict[AgendaKind, int] = {}
    for found, left_out in (
        _renewal_deadlines(session, today, within_days, limit),
        _endings(session, today, within_days, limit),
        _certificates(session, today, within_days, limit),
        _collections(session, today, limit),
        _tender_rounds(session, now, today, limit),
    ):
        entries.extend(found)
        for kind, count in left_out.items():
            if count > 0:
                more[kind] = count
    return Agenda(today, within_days, entries, more, network_empty)


Found = tuple[list[AgendaEntry], dict[AgendaKind, int]]


def _agreement_columns():  # type: ignore[no-untyped-def]
    return (
        FrameworkAgreement.id,
        FrameworkAgreement.title,
        Organisation.name,
        FrameworkAgreement.end_date,
        FrameworkAgreement.notice_months,
        FrameworkAgreement.renewal_months,
    )


def _renewal_deadlines(session: Session, today: dt.date, within_days: int, limit: int) -> Found:
    """Notice deadlines of renewing agreements: the current term's, or the next term's when
    the current one's has passed (notice now ends the agreement a term later)."""
    renewing = and_(
        FrameworkAgreement.state == AgreementState.ACTIVE,
        FrameworkAgreement.auto_renewal.is_(True),
        FrameworkAgreement.renewal_months > 0,
        FrameworkAgreement.end_date.is_not(None),
    )
    # A deadline within the window needs a term end before window + the notice period; the
    # stored end may lie years back (it is rolled forward), so only the upper bound is SQL.
    horizon = today + dt.timedelta(days=within_days)
    rows = session.execute(
        select(*_agreement_columns())
        .join(Organisation, Organisation.id == FrameworkAgreement.supplier_id)
        .where(
            renewing,
            FrameworkAgreement.end_date <= add_months(horizon, _max_notice(session) + 1),
        )
        .order_by(FrameworkAgreement.end_date, FrameworkAgreement.id)
    )
    found: list[AgendaEntry] = []
    for agreement_id, title, supplier, end_date, notice_months, renewal_months in rows:
        term = term_on(
            end_date,
            today,
            notice_months=notice_months,
            auto_renewal=True,
            renewal_months=renewal_months,
        )
        while term.notice_deadline < today:  # missed for this term: the next one's counts
            term = term_on(
                end_date,
                term.end + dt.timedelta(days=1),
                notice_months=notice_months,
                auto_renewal=True,
                renewal_months=renewal_months,
            )
        days = term.days_to_notice(today)
        if 0 <= days <= within_days:
            found.append(
                AgendaEntry(
                    AgendaKind.NOTICE_DEADLINE,
                    title,
                    term.notice_deadline,
                    days,
                    RecordRef(RecordType.AGREEMENT, agreement_id),
                    detail=supplier,
                    renewals=term.renewals,
                )
            )
    found.sort(key=lambda entry: (entry.date, entry.what))
    return found[:limit], {AgendaKind.NOTICE_DEADLINE: max(len(found) - limit, 0)}


def _max_notice(session: Session) -> int:
    """The longest notice period of an active agreement (bounds the deadline query)."""
    longest = session.scalar(
        select(func.max(FrameworkAgreement.notice_months)).where(
            FrameworkAgreement.state == AgreementState.ACTIVE
        )
    )
    return max(int(longest or 0), 0)


def _endings(session: Session, today: dt.date, within_days: int, limit: int) -> Found:
    """Active agreements without renewal ending within the window, and those past their end."""
    horizon = today + dt.timedelta(days=within_days)
    ending = and_(
        FrameworkAgreement.state == AgreementState.ACTIVE,
        FrameworkAgreement.end_date.is_not(None),
        FrameworkAgreement.end_date <= horizon,
        or_(FrameworkAgreement.auto_renewal.is_(False), FrameworkAgreement.renewal_months <= 0),
    )
    found: list[AgendaEntry] = []
    more: dict[AgendaKind, int] = {}
    for kind, condition in (
        (AgendaKind.AGREEMENT_PAST_END, FrameworkAgreement.end_date < today),
        (AgendaKind.AGREEMENT_ENDING, FrameworkAgreement.end_date >= today),
    ):
        where = and_(ending, condition)
        rows = session.execute(
            select(*_agreement_columns())
            .join(Organisation, Organisation.id == FrameworkAgreement.supplier_id)
            .where(where)
            .order_by(FrameworkAgreement.end_date, FrameworkAgreement.id)
            .limit(limit)
        ).all()
        for agreement_id, title, supplier, end_date, _notice, _renewal in rows:
            found.append(
                AgendaEntry(
                    kind,
                    title,
                    end_date,
                    (end_date - today).days,
                    RecordRef(RecordType.AGREEMENT, agreement_id),
                    detail=supplier,
                )
            )
        more[kind] = _left_out(session, where, len(rows), limit)
    return found, more


def _left_out(session: Session, where, shown: int, limit: int) -> int:  # type: ignore[no-untyped-def]
    if shown < limit:
        return 0
    total = session.scalar(select(func.count()).select_from(FrameworkAgreement).where(where))
    return int(total or 0) - shown


def _certificates(session: Session, today: dt.date, within_days: int, limit: int) -> Found:
    """Certificates running out within the window or expired, not replaced by a newer one."""
    horizon = today + dt.timedelta(days=within_days)
    replaced = certificate_replaced()
    has_agreement = exists().where(
        FrameworkAgreement.supplier_id == SupplierCertificate.organisation_id,
        FrameworkAgreement.state == AgreementState.ACTIVE,
    )
    invited = exists().where(
        TenderSupplier.organisation_id == SupplierCertificate.organisation_id,
        TenderSupplier.tender_id == Tender.id,
        Tender.state.in_(RUNNING_TENDER_STATES),
    )
    priority = case((or_(has_agreement, invited), 1), else_=0)
    where = and_(
        SupplierCertificate.valid_until.is_not(None),
        SupplierCertificate.valid_until <= horizon,
        ~replaced,
    )
    rows = session.execute(
        select(
            SupplierCertificate.organisation_id,
            Organisation.name,
            SupplierCertificate.standard,
            SupplierCertificate.valid_until,
            priority,
        )
        .join(Organisation, Organisation.id == SupplierCertificate.organisation_id)
        .where(where)
        .order_by(priority.desc(), SupplierCertificate.valid_until, Organisation.name)
        .limit(limit)
    ).all()
    found = [
        AgendaEntry(
            AgendaKind.CERTIFICATE_EXPIRED if until < today else AgendaKind.CERTIFICATE_EXPIRING,
            name,
            until,
            (until - today).days,
            RecordRef(RecordType.ORGANISATION, organisation_id),
            detail=standard,
            priority=bool(first),
        )
        for organisation_id, name, standard, until, first in rows
    ]
    left_out = 0
    if len(rows) >= limit:
        total = session.scalar(select(func.count()).select_from(SupplierCertificate).where(where))
        left_out = int(total or 0) - len(rows)
    return found, {AgendaKind.CERTIFICATE_EXPIRING: left_out}


def _collections(session: Session, today: dt.date, limit: int) -> Found:
    where = and_(
        RequirementCollection.state == CollectionState.OPEN,
        RequirementCollection.deadline < today,
    )
    rows = session.execute(
        select(
            RequirementCollection.id, RequirementCollection.title, RequirementCollection.deadline
        )
        .where(where)
        .order_by(RequirementCollection.deadline, RequirementCollection.id)
        .limit(limit)
    ).all()
    found = [
        AgendaEntry(
            AgendaKind.COLLECTION_OVERDUE,
            title,
            deadline,
            (deadline - today).days,
            RecordRef(RecordType.COLLECTION, collection_id),
        )
        for collection_id, title, deadline in rows
    ]
    left_out = 0
    if len(rows) >= limit:
        total = session.scalar(select(func.count()).select_from(RequirementCollection).where(where))
        left_out = int(total or 0) - len(rows)
    return found, {AgendaKind.COLLECTION_OVERDUE: left_out}


def _tender_rounds(session: Session, now: dt.datetime, today: dt.date, limit: int) -> Found:
    """Rounds of running tenders past their deadline that nobody has opened yet."""
    where = and_(
        TenderRound.state.in_((RoundState.OPEN, RoundState.CLOSED)),
        TenderRound.deadline <= now,
        Tender.state == TenderState.ROUND_OPEN,
    )
    rows = session.execute(
        select(Tender.id, Tender.title, TenderRound.number, TenderRound.deadline)
        .join(Tender, Tender.id == TenderRound.tender_id)
        .where(where)
        .order_by(TenderRound.deadline, TenderRound.id)
        .limit(limit)
    ).all()
    found = []
    for tender_id, title, number, deadline in rows:
        day = in_berlin(deadline).date()
        found.append(
            AgendaEntry(
                AgendaKind.TENDER_TO_OPEN,
                title,
                day,
                (day - today).days,
                RecordRef(RecordType.TENDER, tender_id),
                round_number=number,
            )
        )
    left_out = 0
    if len(rows) >= limit:
        total = session.scalar(
            select(func.count())
            .select_from(TenderRound)
            .join(Tender, Tender.id == TenderRound.tender_id)
            .where(where)
        )
        left_out = int(total or 0) - len(rows)
    return found, {AgendaKind.TENDER_TO_OPEN: left_out}


def kinds_in_order() -> Sequence[AgendaKind]:
    """The order of the start page's sections."""
    return (
        AgendaKind.TENDER_TO_OPEN,
        AgendaKind.AGREEMENT_PAST_END,
        AgendaKind.NOTICE_DEADLINE,
        AgendaKind.AGREEMENT_ENDING,
        AgendaKind.CERTIFICATE_EXPIRED,
        AgendaKind.CERTIFICATE_EXPIRING,
        AgendaKind.COLLECTION_OVERDUE,
    )


__all__ = [
    "DEFAULT_DAYS",
    "Agenda",
    "AgendaEntry",
    "AgendaKind",
    "RecordRef",
    "RecordType",
    "kinds_in_order",
    "office_agenda",
]
