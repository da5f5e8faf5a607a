"""Savings of framework agreements and the value of membership, per year (no Qt).

The saving of one participation line in a year is

    (baseline price − agreement unit price) × yearly volume × active days / days in the year

where the *active days* are the days of the year on which the participation
was active *within the agreement's validity*: from the latest of 1 January,
``joined_on`` and the agreement's start to the earliest of 31 December,
``left_on`` (its last day, inclusive), the agreement's ``terminated_on`` and
the end of its term (rolled forward by automatic renewals). A leap year has
366 days. Draft agreements save nothing yet. A baseline above the agreed
price is a saving; one below it is a (negative) extra cost and counts as such.

Lines without a baseline price count as no saving and are listed (``missing``)
so the office can fill them in. The agreement price is the one recorded on the
agreement item, also after its ``price_valid_until``: NIRO Desk does not know
adjusted prices.

Rounding: every value is kept exact (Decimal) until the end. A total (of a
participation, an agreement, a category, a member) is the exact sum divided by
the days of the year and rounded once to cents, half up. Per-item amounts shown
next to it are rounded the same way on their own, so they may differ from the
total by a cent.

Aggregation: the sum over the lines of each participation of
(baseline − price) × volume is one ``GROUP BY`` in the database; on SQLite the
columns are scaled integers, so the product is an exact integer (scale 10⁻⁷)
up to about 9 × 10¹¹ € per participation; beyond that SQLite would turn it into
a float, and the participation is then summed exactly in Python instead.

Fees: the annual membership fee in force on each day (``MembershipFee``
history), pro rata by days: a fee change on 1 July counts 181/365 of the old
and 184/365 of the new fee; after a member's exit date no fee counts.
Customers' service fees (``ServiceFee``) work the same way, per agreement and
for the pool as a whole (``agreement_id`` None), each its own history.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from sqlalchemy import Integer, Numeric, and_, case, func, select, true, type_coerce
from sqlalchemy.orm import Session, selectinload

from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Membership,
    Organisation,
    OrganisationKind,
    Participation,
    ParticipationLine,
    ProcurementItem,
    ServiceFee,
)
from niro_desk.permissions import require_sees, visible_organisation
from niro_desk.procurement.agreement_dates import term_on

CENT = Decimal("0.01")
#: 60 digits: the quotients are rounded to cents right after, exactly enough
_EXACT = Context(prec=60)
ZERO = Decimal(0)
#: the scale of (price − price) × volume on SQLite: four places × three places
_PRODUCT_SCALE = 7


def days_in_year(year: int) -> int:
    return (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1


def cents(exact_sum: Decimal, year: int) -> Decimal:
    """``exact_sum`` (amount × days) divided by the year's days, rounded half up to cents."""
    quotient = _EXACT.divide(exact_sum, days_in_year(year))
    return quotient.quantize(CENT, rounding=ROUND_HALF_UP, context=_EXACT)


def overlap_days(start: dt.date, end: dt.date, year: int) -> int:
    """Days of ``start``–``end`` (both inclusive) inside ``year``; 0 if none."""
    first = max(start, dt.date(year, 1, 1))
    last = min(end, dt.date(year, 12, 31))
    return max((last - first).days + 1, 0)


# ---------------------------------------------------------------- validity


def agreement_end(agreement: FrameworkAgreement, year: int) -> dt.date | None:
    """The last day the agreement is valid as seen from ``year`` (None: open-ended).

    An automatically renewing agreement runs term after term (up to the term
    containing 31 December of ``year``, or the termination date if earlier);
    a termination ends it on ``terminated_on``.
    """
    end = agreement.end_date
    terminated = agreement.terminated_on
    if end is not None and agreement.auto_renewal:
        day = (
            dt.date(year, 12, 31) if terminated is None else min(terminated, dt.date(year, 12, 31))
        )
        end = term_on(
            end,
            day,
            notice_months=agreement.notice_months,
            auto_renewal=agreement.auto_renewal,
            renewal_months=agreement.renewal_months,
        ).end
    if terminated is not None:
        end = terminated if end is None else min(end, terminated)
    return end


def active_days(
    agreement: FrameworkAgreement,
    joined_on: dt.date,
    left_on: dt.date | None,
    year: int,
) -> int:
    """Days of ``year`` on which a participation was active within the agreement's validity."""
    if agreement.state == AgreementState.DRAFT or agreement.start_date is None:
        return 0
    start = max(joined_on, agreement.start_date)
    end = dt.date(year, 12, 31)
    for limit in (left_on, agreement_end(agreement, year)):
        if limit is not None:
            end = min(end, limit)
    return overlap_days(start, end, year)


# ---------------------------------------------------------------- one participation, per item


@dataclass(frozen=True)
class ItemSaving:
    item_id: int
    item: str
    unit: str
    yearly_volume: Decimal
    baseline_price: Decimal | None
    unit_price: Decimal | None  # None: the item is not (or no longer) on the agreement
    #: exact (baseline − price) × volume × active days; None: no baseline (no saving)
    exact: Decimal | None
    saving: Decimal | None  # rounded to cents on its own, for display


@dataclass(frozen=True)
class ParticipationSavings:
    participation_id: int
    agreement_id: int
    organisation_id: int
    organisation: str
    year: int
    active_days: int
    days_in_year: int
    items: list[ItemSaving]
    exact: Decimal
    total: Decimal

    @property
    def missing(self) -> list[ItemSaving]:
        """Items counted as no saving because the baseline (or the agreed price) is missing."""
        return [item for item in self.items if item.exact is None]


def _detailed(session: Session, condition: Any, year: int) -> list[ParticipationSavings]:
    """Participations matching ``condition`` with their lines: one query, exact in Python.

    A procurement head only ever gets its own organisation's participations."""
    visible = visible_organisation(session)
    if visible is not None:
        condition = and_(condition, Participation.organisation_id == visible)
    rows = session.execute(
        select(
            Participation.id,
            Participation.agreement_id,
            Participation.organisation_id,
            Organisation.name,
            Participation.joined_on,
            Participation.left_on,
            ParticipationLine.item_id,
            ProcurementItem.name,
            ProcurementItem.unit,
            ParticipationLine.yearly_volume,
            ParticipationLine.baseline_price,
            AgreementItem.unit_price,
        )
        .join(Organisation, Organisation.id == Participation.organisation_id)
        .outerjoin(ParticipationLine, ParticipationLine.participation_id == Participation.id)
        .outerjoin(ProcurementItem, ProcurementItem.id == ParticipationLine.item_id)
        .outerjoin(
            AgreementItem,
            (AgreementItem.agreement_id == Participation.agreement_id)
            & (AgreementItem.item_id == ParticipationLine.item_id),
        )
        .where(condition)
        .order_by(Participation.id, ParticipationLine.item_id)
    ).all()
    agreements = {
        a.id: a
        for a in session.scalars(
            select(FrameworkAgreement).where(FrameworkAgreement.id.in_({row[1] for row in rows}))
        )
    }
    result: list[ParticipationSavings] = []
    current: int | None = None
    items: list[ItemSaving] = []
    head: tuple[Any, ...] = ()
    days = 0
    spans: dict[tuple[int, dt.date, dt.date | None], int] = {}

    def finish() -> None:
        exact_total = sum((i.exact for i in items if i.exact is not None), ZERO)
        result.append(
            ParticipationSavings(
                head[0],
                head[1],
                head[2],
                head[3],
                year,
                days,
                days_in_year(year),
                items,
                exact_total,
                cents(exact_total, year),
            )
        )

    for row in rows:
        (
            pid,
            agreement_id,
            _org,
            _name,
            joined,
            left,
            item_id,
            item,
            unit,
            volume,
            baseline,
            price,
        ) = row
        if pid != current:
            if current is not None:
                finish()
            current, head, items = pid, row, []
            key = (agreement_id, joined, left)  # hundreds of members join on the same day
            if key not in spans:
                spans[key] = active_days(agreements[agreement_id], joined, left, year)
            days = spans[key]
        if item_id is None:
            continue
        exact = None
        if baseline is not None and price is not None:
            exact = (baseline - price) * volume * days
        items.append(
            ItemSaving(
                item_id,
                item,
                str(unit),
                volume,
                baseline,
                price,
                exact,
                None if exact is None else cents(exact, year),
            )
        )
    if current is not None:
        finish()
    return result


def participation_savings(
    session: Session, participation_id: int, year: int
) -> ParticipationSavings:
    """The per-item savings of one participation in ``year`` (computed exactly in Python)."""
    owner = session.scalar(
        select(Participation.organisation_id).where(Participation.id == participation_id)
    )
    if owner is not None:
        require_sees(session, owner)
    (result,) = _detailed(session, Participation.id == participation_id, year)
    return result


def savings_of_agreement(
    session: Session, agreement_id: int, year: int
) -> list[ParticipationSavings]:
    """Every participation of an agreement with its per-item savings in ``year``
    (a procurement head: only its own organisation's)."""
    result = _detailed(session, Participation.agreement_id == agreement_id, year)
    return sorted(result, key=lambda s: (s.organisation.casefold(), s.participation_id))


def savings_of_organisation(
    session: Session, organisation_id: int, year: int
) -> list[ParticipationSavings]:
    """Every participation of a member or customer that was active in ``year``."""
    require_sees(session, organisation_id)
    result = _detailed(session, Participation.organisation_id == organisation_id, year)
    return [s for s in result if s.active_days > 0]


# ---------------------------------------------------------------- aggregated in the database


@dataclass(frozen=True)
class ParticipationTotal:
    """One participation in a year: the database's sum, times its active days (exact)."""

    participation_id: int
    agreement_id: int
    category_id: int
    organisation_id: int
    active_days: int
    exact: Decimal
    lines_without_baseline: int


def participation_totals(session: Session, year: int) -> list[ParticipationTotal]:
    """Every participation active in ``year``, its per-line sum computed by one GROUP BY
    (a procurement head: only its own organisation's)."""
    visible = visible_organisation(session)
    sqlite = session.get_bind().dialect.name == "sqlite"
    raw = Integer() if sqlite else Numeric(40, 10)
    difference = type_coerce(ParticipationLine.baseline_price, raw) - type_coerce(
        AgreementItem.unit_price, raw
    )
    product = difference * type_coerce(ParticipationLine.yearly_volume, raw)
    sums = select(
        ParticipationLine.participation_id.label("participation_id"),
        func.coalesce(
            func.sum(case((ParticipationLine.baseline_price.is_not(None), product))),
            0,
        ).label("product"),
        func.sum(
            case(
                (
                    ParticipationLine.baseline_price.is_(None) | AgreementItem.id.is_(None),
                    1,
                ),
                else_=0,
            )
        ).label("missing"),
    ).select_from(ParticipationLine)
    sums = (
        sums.join(Participation, Participation.id == ParticipationLine.participation_id)
        .outerjoin(
            AgreementItem,
            (AgreementItem.agreement_id == Participation.agreement_id)
            & (AgreementItem.item_id == ParticipationLine.item_id),
        )
        .group_by(ParticipationLine.participation_id)
        .subquery()
    )
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    agreements = {
        agreement.id: agreement
        for agreement in session.scalars(
            select(FrameworkAgreement).where(FrameworkAgreement.state != AgreementState.DRAFT)
        )
    }
    # the agreement's validity as seen from this year, once per agreement
    validity = {
        key: (a.start_date, agreement_end(a, year), a.category_id) for key, a in agreements.items()
    }
    rows = session.execute(
        select(
            Participation.id,
            Participation.agreement_id,
            Participation.organisation_id,
            Participation.joined_on,
            Participation.left_on,
            sums.c.product,
            sums.c.missing,
        )
        .join(FrameworkAgreement, FrameworkAgreement.id == Participation.agreement_id)
        .outerjoin(sums, sums.c.participation_id == Participation.id)
        .where(
            FrameworkAgreement.state != AgreementState.DRAFT,
            Participation.joined_on <= last,
            (Participation.left_on.is_(None)) | (Participation.left_on >= first),
            true() if visible is None else Participation.organisation_id == visible,
        )
    ).all()
    result = []
    for pid, agreement_id, organisation_id, joined, left, product, missing in rows:
        start, end, category_id = validity[agreement_id]
        if start is None:
            continue
        until = last if left is None else min(left, last)
        if end is not None:
            until = min(until, end)
        days = overlap_days(max(joined, start), until, year)
        if days == 0:
            continue
        if product is None:
            per_year = ZERO
        elif sqlite and not isinstance(product, int):  # overflowed into a float
            detail = participation_savings(session, pid, year)
            per_year = detail.exact / days
        elif sqlite:
            per_year = Decimal(product).scaleb(-_PRODUCT_SCALE)
        else:
            per_year = Decimal(product)
        result.append(
            ParticipationTotal(
                pid,
                agreement_id,
                category_id,
                organisation_id,
                days,
                per_year * days,
                int(missing or 0),
            )
        )
    return result


@dataclass(frozen=True)
class Total:
    key: int
    exact: Decimal
    participations: int
    lines_without_baseline: int

    def amount(self, year: int) -> Decimal:
        return cents(self.exact, year)


def _totals(rows: Iterable[ParticipationTotal], key: str) -> dict[int, Total]:
    exact: dict[int, Decimal] = defaultdict(lambda: ZERO)
    count: dict[int, int] = defaultdict(int)
    missing: dict[int, int] = defaultdict(int)
    for row in rows:
        k = getattr(row, key)
        exact[k] += row.exact
        count[k] += 1
        missing[k] += row.lines_without_baseline
    return {k: Total(k, exact[k], count[k], missing[k]) for k in exact}


Rows = list[ParticipationTotal] | None
"""``participation_totals`` of the year when the caller has them already (one query less)."""


def totals_per_agreement(session: Session, year: int, rows: Rows = None) -> dict[int, Total]:
    return _totals(participation_totals(session, year) if rows is None else rows, "agreement_id")


def totals_per_category(session: Session, year: int, rows: Rows = None) -> dict[int, Total]:
    return _totals(participation_totals(session, year) if rows is None else rows, "category_id")


def totals_per_organisation(session: Session, year: int, rows: Rows = None) -> dict[int, Total]:
    return _totals(participation_totals(session, year) if rows is None else rows, "organisation_id")


# ---------------------------------------------------------------- fees


def fee_for_year(
    history: Iterable[tuple[dt.date, Decimal]], year: int, until: dt.date | None = None
) -> Decimal:
    """The fees of ``year`` from a history of (valid from, annual fee), pro rata by days.

    ``until``: the last day a fee counts (a member's exit date). Rounded to cents.
    """
    steps = sorted(history)
    exact = ZERO
    for index, (valid_from, annual_fee) in enumerate(steps):
        end = (
            steps[index + 1][0] - dt.timedelta(days=1)
            if index + 1 < len(steps)
            else dt.date(year, 12, 31)
        )
        if until is not None:
            end = min(end, until)
        exact += annual_fee * overlap_days(valid_from, end, year)
    return cents(exact, year)


def membership_fees(session: Session, year: int) -> dict[int, Decimal]:
    """Every member's fee in ``year`` (organisation id → euros), pro rata by days
    (a procurement head: only its own organisation's)."""
    visible = visible_organisation(session)
    memberships = session.scalars(
        select(Membership)
        .options(selectinload(Membership.fees))
        .where(true() if visible is None else Membership.organisation_id == visible)
    ).all()
    result = {}
    for membership in memberships:
        if not membership.fees:
            continue
        history = [(fee.valid_from, fee.annual_fee) for fee in membership.fees]
        result[membership.organisation_id] = fee_for_year(history, year, membership.exit_date)
    return result


@dataclass(frozen=True)
class ServiceFeeTotal:
    organisation_id: int
    agreement_id: int | None
    amount: Decimal


def service_fees(session: Session, year: int) -> list[ServiceFeeTotal]:
    """Customers' service fees in ``year`` per organisation and agreement (None: for the pool);
    a procurement head: only its own organisation's."""
    visible = visible_organisation(session)
    histories: dict[tuple[int, int | None], list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for organisation_id, agreement_id, valid_from, annual_fee in session.execute(
        select(
            ServiceFee.organisation_id,
            ServiceFee.agreement_id,
            ServiceFee.valid_from,
            ServiceFee.annual_fee,
        ).where(
            ServiceFee.valid_from <= dt.date(year, 12, 31),
            true() if visible is None else ServiceFee.organisation_id == visible,
        )
    ):
        histories[(organisation_id, agreement_id)].append((valid_from, annual_fee))
    result = [
        ServiceFeeTotal(organisation_id, agreement_id, fee_for_year(history, year))
        for (organisation_id, agreement_id), history in histories.items()
    ]
    return [fee for fee in result if fee.amount]


# ---------------------------------------------------------------- membership value


@dataclass(frozen=True)
class MembershipValue:
    """What the pool saved one member (or customer) in a year, next to what it paid."""

    organisation_id: int
    name: str
    kind: OrganisationKind
    year: int
    savings: Decimal
    fee: Decimal
    participations: int
    lines_without_baseline: int
    service_fees: dict[int | None, Decimal] = field(default_factory=dict)

    @property
    def difference(self) -> Decimal:
        return self.savings - self.fee

    @property
    def ratio(self) -> Decimal | None:
        """Savings per euro of fee (None without a fee)."""
        if not self.fee:
            return None
        return (self.savings / self.fee).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def membership_values(session: Session, year: int, rows: Rows = None) -> list[MembershipValue]:
    """Members of ``year`` (and customers with participations or fees) with savings and fees.

    A member counts when its membership overlaps the year (admitted on or
    before 31 December, not left before 1 January). A procurement head gets only its own
    organisation's value.
    """
    visible = visible_organisation(session)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    savings = totals_per_organisation(session, year, rows)
    fees = membership_fees(session, year)
    customer_fees: dict[int, dict[int | None, Decimal]] = defaultdict(dict)
    for fee in service_fees(session, year):
        customer_fees[fee.organisation_id][fee.agreement_id] = fee.amount
    members = session.execute(
        select(Organisation.id, Organisation.name, Organisation.kind)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(
            Organisation.kind == OrganisationKind.MEMBER,
            Membership.admission_date.is_not(None),
            Membership.admission_date <= last,
            Membership.exit_date.is_(None) | (Membership.exit_date >= first),
            true() if visible is None else Organisation.id == visible,
        )
    ).all()
    wanted = {row[0] for row in members}
    others = (set(savings) | set(customer_fees)) - wanted
    if others:
        members += session.execute(
            select(Organisation.id, Organisation.name, Organisation.kind).where(
                Organisation.id.in_(others), Organisation.kind == OrganisationKind.CUSTOMER
            )
        ).all()
    result = []
    for organisation_id, name, kind in members:
        total = savings.get(organisation_id)
        kind = OrganisationKind(kind)
        by_agreement = customer_fees.get(organisation_id, {})
        fee = (
            sum(by_agreement.values(), ZERO)
            if kind == OrganisationKind.CUSTOMER
            else fees.get(organisation_id, ZERO)
        )
        result.append(
            MembershipValue(
                organisation_id,
                name,
                kind,
                year,
                total.amount(year) if total else ZERO.quantize(CENT),
                fee.quantize(CENT),
                total.participations if total else 0,
                total.lines_without_baseline if total else 0,
                dict(by_agreement),
            )
        )
    return sorted(result, key=lambda v: v.name.casefold())


def membership_value(session: Session, organisation_id: int, year: int) -> MembershipValue | None:
    """One member's (or customer's) value in ``year``; None if it was neither in that year."""
    require_sees(session, organisation_id)
    for value in membership_values(session, year):
        if value.organisation_id == organisation_id:
            return value
    return None
