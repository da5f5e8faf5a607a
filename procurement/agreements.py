"""Framework agreements: the list with its filters, hand entry, edits, states and documents.

States go draft → active → expired / terminated and nothing else; every
transition is audited. Activating needs a start, an end after it and at least
one item with a price. Termination records the day and the reason; expiry
(``expire_ended``) is for agreements without automatic renewal whose end has
passed. When an agreement ends, its open participations end with it.

Term ends and notice deadlines come from ``agreement_dates.term_on``: an
agreement with automatic renewal rolls its stored end forward to the term
that contains today, so the list shows the current term and the next
deadline. The notice deadline only matters for an agreement that renews
(notice stops the renewal); one without renewal simply ends.

Documents (e.g. the signed PDF) are stored in the database with their SHA-256
checksum (a backup contains them), at most ``MAX_DOCUMENT_BYTES`` each; a
copy saved out is checked against the checksum first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    AgreementDocument,
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    OfficeUser,
    Organisation,
    Participation,
    ParticipationLine,
    ProcurementCategory,
    ProcurementItem,
)
from niro_desk.permissions import Permission, require
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.agreement_dates import Term, term_on
from niro_desk.procurement.categories import get_category, subtree_ids
from niro_desk.procurement.suppliers import require_supplier
from niro_desk.record_versions import check_version

TRANSITIONS: dict[AgreementState, frozenset[AgreementState]] = {
    AgreementState.DRAFT: frozenset({AgreementState.ACTIVE}),
    AgreementState.ACTIVE: frozenset({AgreementState.EXPIRED, AgreementState.TERMINATED}),
    AgreementState.EXPIRED: frozenset(),
    AgreementState.TERMINATED: frozenset(),
}
#: states in which an agreement may still be edited and joined
OPEN_STATES = (AgreementState.DRAFT, AgreementState.ACTIVE)

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
PRICE_PLACES = 4
MAX_MONTHS = 120


# -- inputs and rows -------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemInput:
    item_id: int
    unit_price: Decimal
    price_valid_until: dt.date | None = None
    price_adjustment: str = ""


@dataclass(frozen=True)
class AgreementInput:
    title: str
    supplier_id: int
    category_id: int
    items: Sequence[ItemInput]
    reference: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    notice_months: int = 3
    auto_renewal: bool = False
    renewal_months: int = 12
    terms: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AgreementFilter:
    """What the list shows; ``None`` means no restriction. Day windows count from ``today``."""

    category_id: int | None = None
    supplier_id: int | None = None
    state: AgreementState | None = None
    ends_within_days: int | None = None
    notice_within_days: int | None = None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    reference: str
    supplier_id: int
    supplier: str
    category_id: int
    category: str
    state: AgreementState
    start_date: dt.date | None
    end_date: dt.date | None
    auto_renewal: bool
    #: end of the current term (renewals rolled forward); None without an end
    term_end: dt.date | None
    #: last day for notice, only for an agreement that renews
    notice_deadline: dt.date | None
    participants: int
    from_tender: bool


@dataclass(frozen=True)
class ItemRow:
    item_id: int
    name: str
    unit: str
    unit_price: Decimal
    share: Decimal
    price_valid_until: dt.date | None
    price_adjustment: str


@dataclass(frozen=True)
class DocumentRow:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    description: str
    added_at: dt.datetime
    added_by: str


@dataclass
class AgreementOverview:
    id: int
    title: str
    reference: str
    supplier_id: int
    supplier: str
    category_id: int
    category: str
    state: AgreementState
    start_date: dt.date | None
    end_date: dt.date | None
    notice_months: int
    auto_renewal: bool
    renewal_months: int
    terms: str
    notes: str
    terminated_on: dt.date | None
    end_reason: str
    tender_id: int | None
    version: int
    term: Term | None
    items: list[ItemRow] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------
def get_agreement(session: Session, agreement_id: int, lock: bool = False) -> FrameworkAgreement:
    require_reader(session)
    query = select(FrameworkAgreement).where(FrameworkAgreement.id == agreement_id)
    if lock:
        query = query.with_for_update()
    agreement = session.scalar(query)
    if agreement is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The framework agreement #{id} no longer exists."),
            id=agreement_id,
        )
    return agreement


def current_term(agreement: FrameworkAgreement, today: dt.date) -> Term | None:
    """The term containing ``today`` (renewals rolled forward), or None without an end."""
    if agreement.end_date is None:
        return None
    return term_on(
        agreement.end_date,
        today,
        notice_months=agreement.notice_months,
        auto_renewal=agreement.auto_renewal,
        renewal_months=agreement.renewal_months,
    )


def _term_of(
    end: dt.date | None, today: dt.date, notice: int, renews: bool, renewal: int
) -> Term | None:
    if end is None:
        return None
    return term_on(end, today, notice_months=notice, auto_renewal=renews, renewal_months=renewal)


def list_agreements(
    session: Session, filters: AgreementFilter | None = None, today: dt.date | None = None
) -> list[AgreementRow]:
    """The agreements matching ``filters``, newest term end last, in one aggregated query.

    Category, supplier, state and "ends within" are filtered in SQL. "Notice
    deadline within" needs the renewal roll-forward: SQL narrows to active,
    renewing agreements whose stored end lies before the window's end (at most
    every agreement of the network, a few hundred), the deadline is computed in
    Python. Both day windows consider active agreements only.
    """
    require_reader(session)
    filters = filters or AgreementFilter()
    today = today or dt.date.today()
    open_participations = (
        select(Participation.agreement_id, func.count().label("n"))
        .where(or_(Participation.left_on.is_(None), Participation.left_on > today))
        .group_by(Participation.agreement_id)
        .subquery()
    )
    query = (
        select(
            FrameworkAgreement.id,
            FrameworkAgreement.title,
            FrameworkAgreement.reference,
            FrameworkAgreement.supplier_id,
            Organisation.name,
            FrameworkAgreement.category_id,
            ProcurementCategory.name,
            FrameworkAgreement.state,
            FrameworkAgreement.start_date,
            FrameworkAgreement.end_date,
            FrameworkAgreement.auto_renewal,
            FrameworkAgreement.notice_months,
            FrameworkAgreement.renewal_months,
            func.coalesce(open_participations.c.n, 0),
            FrameworkAgreement.tender_id,
        )
        .join(Organisation, Organisation.id == FrameworkAgreement.supplier_id)
        .join(ProcurementCategory, ProcurementCategory.id == FrameworkAgreement.category_id)
        .outerjoin(open_participations, open_participations.c.agreement_id == FrameworkAgreement.id)
    )
    if filters.category_id is not None:
        query = query.where(
            FrameworkAgreement.category_id.in_(subtree_ids(session, filters.category_id))
        )
    if filters.supplier_id is not None:
        query = query.where(FrameworkAgreement.supplier_id == filters.supplier_id)
    if filters.state is not None:
        query = query.where(FrameworkAgreement.state == filters.state)
    if filters.ends_within_days is not None:
        query = query.where(
            FrameworkAgreement.state == AgreementState.ACTIVE,
            FrameworkAgreement.auto_renewal.is_not(true()),
            FrameworkAgreement.end_date >= today,
            FrameworkAgreement.end_date <= today + dt.timedelta(days=filters.ends_within_days),
        )
    notice_until = None
    if filters.notice_within_days is not None:
        notice_until = today + dt.timedelta(days=filters.notice_within_days)
        # the deadline of a term lies before its end, and a renewed term ends after the
        # stored end: an agreement whose stored end lies beyond window + notice period
        # cannot have a deadline in the window (notice periods are at most MAX_MONTHS)
        query = query.where(
            FrameworkAgreement.state == AgreementState.ACTIVE,
            FrameworkAgreement.auto_renewal == true(),
            FrameworkAgreement.end_date.is_not(None),
            FrameworkAgreement.end_date <= notice_until + dt.timedelta(days=31 * (MAX_MONTHS + 1)),
        )
    query = query.order_by(
        FrameworkAgreement.end_date.is_(None), FrameworkAgreement.end_date, FrameworkAgreement.id
    )
    rows: list[AgreementRow] = []
    for (
        agreement_id,
        title,
        reference,
        supplier_id,
        supplier,
        category_id,
        category,
        state,
        start,
        end,
        renews,
        notice_months,
        renewal_months,
        participants,
        tender_id,
    ) in session.execute(query):
        term = _term_of(end, today, notice_months, bool(renews), renewal_months)
        deadline = term.notice_deadline if term is not None and term.renews else None
        if notice_until is not None and (deadline is None or not today <= deadline <= notice_until):
            continue
        rows.append(
            AgreementRow(
                agreement_id,
                title,
                reference,
                supplier_id,
                supplier,
                category_id,
                category,
                AgreementState(state),
                start,
                end,
                bool(renews),
                term.end if term is not None else None,
                deadline,
                int(participants),
                tender_id is not None,
            )
        )
    return rows


def agreement_overview(
    session: Session, agreement_id: int, today: dt.date | None = None
) -> AgreementOverview:
    """The agreement's data, terms, items with prices and documents (without their content)."""
    require_reader(session)
    today = today or dt.date.today()
    agreement = session.scalar(
        select(FrameworkAgreement)
        .options(
            selectinload(FrameworkAgreement.items).selectinload(AgreementItem.item),
            selectinload(FrameworkAgreement.supplier),
            selectinload(FrameworkAgreement.category),
        )
        .where(FrameworkAgreement.id == agreement_id)
    )
    if agreement is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The framework agreement #{id} no longer exists."),
            id=agreement_id,
        )
    return AgreementOverview(
        id=agreement.id,
        title=agreement.title,
        reference=agreement.reference,
        supplier_id=agreement.supplier_id,
        supplier=agreement.supplier.name,
        category_id=agreement.category_id,
        category=agreement.category.name,
        state=AgreementState(agreement.state),
        start_date=agreement.start_date,
        end_date=agreement.end_date,
        notice_months=agreement.notice_months,
        auto_renewal=agreement.auto_renewal,
        renewal_months=agreement.renewal_months,
        terms=agreement.terms,
        notes=agreement.notes,
        terminated_on=agreement.terminated_on,
        end_reason=agreement.end_reason,
        tender_id=agreement.tender_id,
        version=agreement.version,
        term=current_term(agreement, today),
        items=sorted(
            (
                ItemRow(
                    i.item_id,
                    i.item.name,
                    str(i.item.unit),
                    i.unit_price,
                    i.share,
                    i.price_valid_until,
                    i.price_adjustment,
                )
                for i in agreement.items
            ),
            key=lambda row: row.name.casefold(),
        ),
        documents=list_documents(session, agreement_id),
    )


# -- checks ----------------------------------------------------------------------------------
def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _check_dates(data: AgreementInput) -> None:
    if data.start_date and data.end_date and data.end_date <= data.start_date:
        raise ValidationError(
            "end_date",
            QT_TRANSLATE_NOOP("Messages", "The end of the agreement must lie after its start."),
        )
    if not 0 <= data.notice_months <= MAX_MONTHS:
        raise ValidationError(
            "notice_months",
            QT_TRANSLATE_NOOP("Messages", "The notice period is between 0 and {max} months."),
            max=MAX_MONTHS,
        )
    if data.auto_renewal and not 1 <= data.renewal_months <= MAX_MONTHS:
        raise ValidationError(
            "renewal_months",
            QT_TRANSLATE_NOOP("Messages", "An automatic renewal is by 1 to {max} months."),
            max=MAX_MONTHS,
        )


def _check_items(session: Session, category_id: int, items: Sequence[ItemInput]) -> None:
    allowed = set(
        session.scalars(
            select(ProcurementItem.id).where(
                ProcurementItem.category_id.in_(subtree_ids(session, category_id))
            )
        )
    )
    seen: set[int] = set()
    for item in items:
        if item.item_id not in allowed:
            raise ValidationError(
                "items",
                QT_TRANSLATE_NOOP(
                    "Messages", "The item #{id} does not belong to the agreement's category."
                ),
                id=item.item_id,
            )
        if item.item_id in seen:
            raise ValidationError("items", QT_TRANSLATE_NOOP("Messages", "An item is named twice."))
        seen.add(item.item_id)
        price = item.unit_price
        if not isinstance(price, Decimal) or not price.is_finite() or price < 0:
            raise ValidationError(
                "items", QT_TRANSLATE_NOOP("Messages", "A price cannot be negative.")
            )
        if _places(price) > PRICE_PLACES:
            raise ValidationError(
                "items",
                QT_TRANSLATE_NOOP("Messages", "A unit price has at most four decimal places."),
            )


def _title(text: str) -> str:
    title = text.strip()
    if not title:
        raise ValidationError(
            "title", QT_TRANSLATE_NOOP("Messages", "The agreement needs a title.")
        )
    if len(title) > 200:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Messages", "The title is too long."))
    return title


def _reference(text: str) -> str:
    reference = text.strip()
    if len(reference) > 40:
        raise ValidationError(
            "reference", QT_TRANSLATE_NOOP("Messages", "The reference is too long.")
        )
    return reference


def _snapshot(agreement: FrameworkAgreement) -> dict[str, object]:
    return {
        "title": agreement.title,
        "reference": agreement.reference,
        "supplier_id": agreement.supplier_id,
        "category_id": agreement.category_id,
        "start_date": agreement.start_date.isoformat() if agreement.start_date else None,
        "end_date": agreement.end_date.isoformat() if agreement.end_date else None,
        "notice_months": agreement.notice_months,
        "auto_renewal": agreement.auto_renewal,
        "renewal_months": agreement.renewal_months,
        "terms": agreement.terms,
        "items": {
            str(i.item_id): {
                "unit_price": str(i.unit_price),
                "valid_until": i.price_valid_until.isoformat() if i.price_valid_until else None,
                "adjustment": i.price_adjustment,
            }
            for i in agreement.items
        },
    }


def _apply(agreement: FrameworkAgreement, data: AgreementInput) -> None:
    agreement.title = _title(data.title)
    agreement.reference = _reference(data.reference)
    agreement.start_date = data.start_date
    agreement.end_date = data.end_date
    agreement.notice_months = data.notice_months
    agreement.auto_renewal = data.auto_renewal
    agreement.renewal_months = data.renewal_months if data.auto_renewal else 12
    agreement.terms = data.terms.strip()
    agreement.notes = data.notes.strip()


# -- hand entry and edits --------------------------------------------------------------------
def create_agreement(
    session: Session, user: OfficeUser, data: AgreementInput
) -> FrameworkAgreement:
    """Enter an agreement by hand (e.g. one that predates the software), as a draft."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    require_supplier(session, data.supplier_id)
    get_category(session, data.category_id)
    _check_dates(data)
    if not data.items:
        raise ValidationError(
            "items", QT_TRANSLATE_NOOP("Messages", "Enter at least one item with its price.")
        )
    _check_items(session, data.category_id, data.items)
    agreement = FrameworkAgreement(
        supplier_id=data.supplier_id, category_id=data.category_id, state=AgreementState.DRAFT
    )
    _apply(agreement, data)
    agreement.items = [
        AgreementItem(
            item_id=i.item_id,
            unit_price=i.unit_price,
            price_valid_until=i.price_valid_until,
            price_adjustment=i.price_adjustment.strip(),
        )
        for i in data.items
    ]
    session.add(agreement)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "framework_agreement",
        agreement.id,
        f"Framework agreement {agreement.title} entered by hand",
        None,
        _snapshot(agreement),
    )
    return agreement


def update_agreement(
    session: Session,
    user: OfficeUser,
    agreement_id: int,
    data: AgreementInput,
    expected_version: int | None = None,
) -> FrameworkAgreement:
    """Change terms, dates, notice, renewal and the items' prices, validity and clauses.

    Supplier and category change only while the agreement is a draft; an item
    participants have volumes for stays. Expired and terminated agreements are
    records of the past and are not edited.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    agreement = get_agreement(session, agreement_id)
    check_version(
        session, agreement, expected_version, agreement.title, "framework_agreement", agreement.id
    )
    if agreement.state not in OPEN_STATES:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} has ended ({state}) and can no longer be changed."
            ),
            title=agreement.title,
            state=agreement.state.value,
        )
    if agreement.state != AgreementState.DRAFT and (
        data.supplier_id != agreement.supplier_id or data.category_id != agreement.category_id
    ):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{title} is active: its supplier and category are no longer changed.",
            ),
            title=agreement.title,
        )
    if data.supplier_id != agreement.supplier_id:
        require_supplier(session, data.supplier_id)
    if data.category_id != agreement.category_id:
        get_category(session, data.category_id)
    _check_dates(data)
    if not data.items:
        raise ValidationError(
            "items", QT_TRANSLATE_NOOP("Messages", "Enter at least one item with its price.")
        )
    _check_items(session, data.category_id, data.items)
    if agreement.state == AgreementState.ACTIVE and (
        data.start_date is None or data.end_date is None
    ):
        raise ValidationError(
            "end_date",
            QT_TRANSLATE_NOOP("Messages", "An active agreement needs its start and its end."),
        )
    wanted = {i.item_id: i for i in data.items}
    in_use = _items_in_use(session, agreement.id)
    dropped = in_use - set(wanted)
    if dropped:
        names = sorted(
            session.scalars(select(ProcurementItem.name).where(ProcurementItem.id.in_(dropped)))
        )
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Participants have volumes for {items}: the item stays in the agreement.",
            ),
            items=", ".join(names),
        )
    before = _snapshot(agreement)
    agreement.supplier_id = data.supplier_id
    agreement.category_id = data.category_id
    _apply(agreement, data)
    existing = {i.item_id: i for i in agreement.items}
    for item_id, item in existing.items():
        if item_id not in wanted:
            agreement.items.remove(item)
    for item_id, wanted_item in wanted.items():
        row = existing.get(item_id)
        if row is None:
            row = AgreementItem(item_id=item_id, unit_price=wanted_item.unit_price)
            agreement.items.append(row)
        row.unit_price = wanted_item.unit_price
        row.price_valid_until = wanted_item.price_valid_until
        row.price_adjustment = wanted_item.price_adjustment.strip()
    session.flush()
    after = _snapshot(agreement)
    audit.record(
        session,
        user,
        "update",
        "framework_agreement",
        agreement.id,
        f"Framework agreement {agreement.title} changed",
        *_changed(before, after),
    )
    return agreement


def _changed(
    before: dict[str, object], after: dict[str, object]
) -> tuple[dict[str, object], dict[str, object]]:
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _items_in_use(session: Session, agreement_id: int) -> set[int]:
    return set(
        session.scalars(
            select(ParticipationLine.item_id)
            .join(Participation, Participation.id == ParticipationLine.participation_id)
            .where(Participation.agreement_id == agreement_id)
        )
    )


# -- states ----------------------------------------------------------------------------------
def _change_state(
    session: Session,
    user: OfficeUser,
    agreement: FrameworkAgreement,
    new: AgreementState,
    summary: str,
    extra: dict[str, object] | None = None,
) -> None:
    """The one place an agreement's state changes: only allowed transitions, always audited."""
    old = AgreementState(agreement.state)
    if new not in TRANSITIONS[old]:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title}: an agreement cannot go from “{old}” to “{new}”."
            ),
            title=agreement.title,
            old=old.value,
            new=new.value,
        )
    agreement.state = new
    session.flush()
    audit.record(
        session,
        user,
        "state",
        "framework_agreement",
        agreement.id,
        summary,
        {"state": old.value},
        {"state": new.value, **(extra or {})},
    )


def activate(
    session: Session,
    user: OfficeUser,
    agreement_id: int,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> FrameworkAgreement:
    """Draft → active: needs a start, an end after it and at least one item with a price."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    today = today or dt.date.today()
    agreement = get_agreement(session, agreement_id)
    check_version(
        session, agreement, expected_version, agreement.title, "framework_agreement", agreement.id
    )
    if agreement.start_date is None or agreement.end_date is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} needs its start and end before it becomes active."
            ),
            title=agreement.title,
        )
    if agreement.end_date <= agreement.start_date:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "The end of the agreement must lie after its start."),
        )
    if not agreement.items:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} needs at least one item with a price before it becomes active."
            ),
            title=agreement.title,
        )
    if not agreement.auto_renewal and agreement.end_date < today:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} ended on {end} and without renewal cannot become active."
            ),
            title=agreement.title,
            end=agreement.end_date.isoformat(),
        )
    _change_state(
        session,
        user,
        agreement,
        AgreementState.ACTIVE,
        f"Framework agreement {agreement.title} activated",
        {
            "start_date": agreement.start_date.isoformat(),
            "end_date": agreement.end_date.isoformat(),
        },
    )
    return agreement


def _end_participations(
    session: Session, agreement: FrameworkAgreement, day: dt.date, reason: str
) -> int:
    ended = 0
    for participation in agreement.participations:
        if participation.left_on is None or participation.left_on > day:
            participation.left_on = max(day, participation.joined_on)
            participation.leave_reason = reason
            ended += 1
    return ended


def terminate(
    session: Session,
    user: OfficeUser,
    agreement_id: int,
    terminated_on: dt.date,
    reason: str,
    expected_version: int | None = None,
) -> FrameworkAgreement:
    """Active → terminated on ``terminated_on`` with a reason; open participations end that day."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    agreement = get_agreement(session, agreement_id)
    check_version(
        session, agreement, expected_version, agreement.title, "framework_agreement", agreement.id
    )
    if not reason.strip():
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("Messages", "Give the reason for the termination.")
        )
    if agreement.start_date is not None and terminated_on < agreement.start_date:
        raise ValidationError(
            "terminated_on",
            QT_TRANSLATE_NOOP("Messages", "The agreement cannot end before its start."),
        )
    agreement.terminated_on = terminated_on
    agreement.end_reason = reason.strip()
    ended = _end_participations(session, agreement, terminated_on, "agreement terminated")
    _change_state(
        session,
        user,
        agreement,
        AgreementState.TERMINATED,
        f"Framework agreement {agreement.title} terminated on {terminated_on.isoformat()}"
        f" ({reason.strip()})",
        {
            "terminated_on": terminated_on.isoformat(),
            "reason": reason.strip(),
            "participations_ended": ended,
        },
    )
    return agreement


def expire_ended(session: Session, user: OfficeUser, today: dt.date | None = None) -> list[str]:
    """Active agreements without renewal whose end has passed become expired; their titles.

    Open participations end on the agreement's end. The app runs this at
    start-up and from the list; it is idempotent.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    today = today or dt.date.today()
    ended = list(
        session.scalars(
            select(FrameworkAgreement)
            .where(
                FrameworkAgreement.state == AgreementState.ACTIVE,
                FrameworkAgreement.auto_renewal.is_not(true()),
                FrameworkAgreement.end_date < today,
            )
            .order_by(FrameworkAgreement.end_date, FrameworkAgreement.id)
            .with_for_update()
        )
    )
    for agreement in ended:
        assert agreement.end_date is not None
        agreement.end_reason = "term ended"
        _end_participations(session, agreement, agreement.end_date, "agreement expired")
        _change_state(
            session,
            user,
            agreement,
            AgreementState.EXPIRED,
            f"Framework agreement {agreement.title} expired on {agreement.end_date.isoformat()}",
            {"end_date": agreement.end_date.isoformat()},
        )
    return [a.title for a in ended]


# -- documents -------------------------------------------------------------------------------
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10))} | {
    f"LPT{i}" for i in range(1, 10)
}


def sanitise_file_name(name: str) -> str:
    """A file name safe on Windows and Unix: no folders, no control or reserved characters."""
    base = re.split(r"[/\\]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    base = _UNSAFE.sub("_", base).strip().strip(".").strip()
    if not base:
        base = "document"
    stem, dot, suffix = base.rpartition(".")
    if (stem if dot else base).upper() in _RESERVED:
        base = "_" + base
    if len(base) > 200:
        stem, dot, suffix = base.rpartition(".")
        if dot and len(suffix) <= 10:
            base = stem[: 200 - len(suffix) - 1] + "." + suffix
        else:
            base = base[:200]
    return base


def _document(session: Session, document_id: int) -> AgreementDocument:
    document = session.get(AgreementDocument, document_id)
    if document is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The document #{id} no longer exists."), id=document_id
        )
    return document


def list_documents(session: Session, agreement_id: int) -> list[DocumentRow]:
    require_reader(session)
    User = OfficeUser  # noqa: N806 - the one who added it
    rows = session.execute(
        select(
            AgreementDocument.id,
            AgreementDocument.file_name,
            AgreementDocument.media_type,
            AgreementDocument.size,
            AgreementDocument.sha256,
            AgreementDocument.description,
            AgreementDocument.added_at,
            User.display_name,
            User.login,
        )
        .outerjoin(User, User.id == AgreementDocument.added_by_id)
        .where(AgreementDocument.agreement_id == agreement_id)
        .order_by(AgreementDocument.added_at, AgreementDocument.id)
    )
    return [
        DocumentRow(i, name, media, size, sha, text, added, display or login or "")
        for i, name, media, size, sha, text, added, display, login in rows
    ]


def attach_document(
    session: Session,
    user: OfficeUser,
    agreement_id: int,
    file_name: str,
    content: bytes,
    description: str = "",
) -> AgreementDocument:
    """Store a file with the agreement (at most ``MAX_DOCUMENT_BYTES``), with its checksum."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    agreement = get_agreement(session, agreement_id)
    if len(content) > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            "document",
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is larger than {limit} MB: it cannot be attached."
            ),
            name=file_name,
            limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
    if not content:
        raise ValidationError(
            "document", QT_TRANSLATE_NOOP("Messages", "{name} is empty."), name=file_name
        )
    safe = sanitise_file_name(file_name)
    media_type = mimetypes.guess_type(safe)[0] or "application/octet-stream"
    document = AgreementDocument(
        agreement_id=agreement.id,
        file_name=safe,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        description=description.strip(),
        added_by_id=user.id,
    )
    session.add(document)
    session.flush()
    audit.record(
        session,
        user,
        "attach",
        "framework_agreement",
        agreement.id,
        f"Document {safe} attached to {agreement.title}",
        None,
        {
            "document_id": document.id,
            "file_name": safe,
            "size": len(content),
            "sha256": document.sha256,
        },
    )
    return document


def attach_file(
    session: Session, user: OfficeUser, agreement_id: int, path: Path, description: str = ""
) -> AgreementDocument:
    """``attach_document`` for a file on disk; its size is checked before it is read."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValidationError(
            "document",
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be read: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        ) from error
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            "document",
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is larger than {limit} MB: it cannot be attached."
            ),
            name=path.name,
            limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
    with path.open("rb") as handle:
        content = handle.read(MAX_DOCUMENT_BYTES + 1)
    return attach_document(session, user, agreement_id, path.name, content, description)


def document_content(session: Session, document_id: int) -> tuple[str, bytes]:
    """The stored file name and content, checked against the stored checksum."""
    require_reader(session)
    document = _document(session, document_id)
    content = bytes(document.content)
    if hashlib.sha256(content).hexdigest() != document.sha256 or len(content) != document.size:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The stored copy of {name} does not match its checksum: it was damaged and is"
                " not saved. Restore it from a backup.",
            ),
            name=document.file_name,
        )
    return document.file_name, content


def save_document(session: Session, document_id: int, target: Path) -> Path:
    """Write a verified copy of the document to ``target`` (atomically: all or nothing)."""
    require_reader(session)
    _name, content = document_content(session, document_id)
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".niro-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def remove_document(session: Session, user: OfficeUser, document_id: int) -> None:
    require(session, user, Permission.EDIT_PROCUREMENT)
    document = _document(session, document_id)
    agreement = document.agreement
    name, sha = document.file_name, document.sha256
    session.delete(document)
    session.flush()
    audit.record(
        session,
        user,
        "detach",
        "framework_agreement",
        agreement.id,
        f"Document {name} removed from {agreement.title}",
        {"document_id": document_id, "file_name": name, "sha256": sha},
        None,
    )


# -- choices for the front ends --------------------------------------------------------------
def supplier_choices(session: Session) -> list[tuple[int, str]]:
    """Suppliers that have agreements (for the list's supplier filter)."""
    require_reader(session)
    return [
        (i, n)
        for i, n in session.execute(
            select(Organisation.id, Organisation.name)
            .where(
                Organisation.id.in_(select(FrameworkAgreement.supplier_id).distinct()),
            )
            .order_by(Organisation.name)
        )
    ]
