"""Participations: members and customers opting in to a framework agreement, and out again.

Only current members (membership active on the day they join) and customers
take part; never a supplier, an applicant or a former member. An organisation
takes part in an agreement once at a time, and only in a draft or active one.
Each participation carries the expected yearly volume and the baseline price
per item of the agreement; the baseline is taken over from the participant's
current requirement for that item when there is one (see
``requirement_submissions``), else it is entered.

When a member leaves the network, ``end_for_exit`` (called by
``membership.admission.leave`` in the same transaction) ends its open
participations on its exit date and tells the office which.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
    Participation,
    ParticipationLine,
    RequirementCollection,
    RequirementLine,
    RequirementSubmission,
    TenderCollection,
)
from niro_desk.models.requirement_submission import VOLUME_SCALE
from niro_desk.permissions import (
    Permission,
    require,
    require_for_organisation,
    require_sees,
    visible_organisation,
)
from niro_desk.procurement.agreements import OPEN_STATES, PRICE_PLACES, get_agreement
from niro_desk.record_versions import check_version, touch


@dataclass(frozen=True)
class LineInput:
    item_id: int
    yearly_volume: Decimal
    #: None: taken over from the participant's current requirement, when there is one
    baseline_price: Decimal | None = None


@dataclass(frozen=True)
class ProposedLine:
    """An item of the agreement with what the participant's requirement says about it."""

    item_id: int
    name: str
    unit: str
    unit_price: Decimal
    yearly_volume: Decimal | None
    baseline_price: Decimal | None
    from_requirement: bool


@dataclass(frozen=True)
class EligibleRow:
    id: int
    name: str
    kind: OrganisationKind
    city: str


@dataclass(frozen=True)
class LineRow:
    item_id: int
    name: str
    unit: str
    yearly_volume: Decimal
    baseline_price: Decimal | None
    unit_price: Decimal | None


@dataclass(frozen=True)
class ParticipationRow:
    """One participation, for the agreement's participants or the participant's agreements."""

    id: int
    agreement_id: int
    agreement: str
    agreement_state: AgreementState
    supplier: str
    category: str
    organisation_id: int
    organisation: str
    kind: OrganisationKind
    joined_on: dt.date
    left_on: dt.date | None
    leave_reason: str
    consent_to_share: bool
    version: int
    lines: tuple[LineRow, ...]

    def is_open(self, today: dt.date) -> bool:
        return self.left_on is None or self.left_on > today


@dataclass(frozen=True)
class EndedParticipation:
    participation_id: int
    agreement_id: int
    agreement: str


# -- who may take part -----------------------------------------------------------------------
def _member_on(organisation: Organisation, day: dt.date) -> bool:
    membership = organisation.membership
    if organisation.membership_status != MembershipStatus.MEMBER or membership is None:
        return False
    if membership.admission_date is None or membership.admission_date > day:
        return False
    return membership.exit_date is None or membership.exit_date > day


def require_eligible(session: Session, organisation_id: int, day: dt.date) -> Organisation:
    """The organisation if it may join on ``day``; otherwise RuleViolation saying why not."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if organisation.kind == OrganisationKind.CUSTOMER:
        return organisation
    if organisation.kind == OrganisationKind.SUPPLIER:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is a supplier: suppliers are never participants of the pool."
            ),
            name=organisation.name,
        )
    if not _member_on(organisation, day):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a member on {day} (status: {status}): only current members and"
                " customers join framework agreements.",
            ),
            name=organisation.name,
            day=day.isoformat(),
            status=str(organisation.membership_status or ""),
        )
    return organisation


def eligible_organisations(
    session: Session, agreement_id: int, day: dt.date | None = None
) -> list[EligibleRow]:
    """Customers and members active on ``day`` not already taking part in the agreement."""
    visible = visible_organisation(session)
    day = day or dt.date.today()
    taking_part = select(Participation.organisation_id).where(
        Participation.agreement_id == agreement_id,
        or_(Participation.left_on.is_(None), Participation.left_on > day),
    )
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.kind, Organisation.city)
        .outerjoin(Membership, Membership.organisation_id == Organisation.id)
        .where(
            or_(
                Organisation.kind == OrganisationKind.CUSTOMER,
                and_(
                    Organisation.kind == OrganisationKind.MEMBER,
                    Organisation.membership_status == MembershipStatus.MEMBER,
                    Membership.admission_date <= day,
                    or_(Membership.exit_date.is_(None), Membership.exit_date > day),
                ),
            ),
            Organisation.id.not_in(taking_part),
            true() if visible is None else Organisation.id == visible,
        )
        .order_by(Organisation.name, Organisation.id)
    )
    return [EligibleRow(i, n, OrganisationKind(k), c) for i, n, k, c in rows]


# -- the requirement as a proposal -----------------------------------------------------------
def requirement_lines(
    session: Session, agreement: FrameworkAgreement, organisation_id: int
) -> dict[int, RequirementLine]:
    """item id → the participant's current requirement line for the agreement's items.

    Collections of the agreement's tender come first, then the newest submission.
    """
    require_sees(session, organisation_id)
    item_ids = [i.item_id for i in agreement.items]
    if not item_ids:
        return {}
    tender_collections: set[int] = set()
    if agreement.tender_id is not None:
        tender_collections = set(
            session.scalars(
                select(TenderCollection.collection_id).where(
                    TenderCollection.tender_id == agreement.tender_id
                )
            )
        )
    rows = session.execute(
        select(RequirementLine, RequirementSubmission.collection_id)
        .join(RequirementSubmission, RequirementSubmission.id == RequirementLine.submission_id)
        .join(
            RequirementCollection, RequirementCollection.id == RequirementSubmission.collection_id
        )
        .where(
            RequirementSubmission.organisation_id == organisation_id,
            RequirementSubmission.is_current == true(),
            RequirementLine.item_id.in_(item_ids),
        )
        .order_by(RequirementSubmission.submitted_at.desc(), RequirementLine.id.desc())
    )
    chosen: dict[int, tuple[bool, RequirementLine]] = {}
    for line, collection_id in rows:
        from_tender = collection_id in tender_collections
        previous = chosen.get(line.item_id)
        if previous is None or (from_tender and not previous[0]):
            chosen[line.item_id] = (from_tender, line)
    return {item_id: line for item_id, (_t, line) in chosen.items()}


def proposed_lines(
    session: Session, agreement_id: int, organisation_id: int | None
) -> list[ProposedLine]:
    """The agreement's items, prefilled from the participant's current requirements."""
    if organisation_id is not None:
        require_sees(session, organisation_id)
    agreement = get_agreement(session, agreement_id)
    found = (
        requirement_lines(session, agreement, organisation_id)
        if organisation_id is not None
        else {}
    )
    lines = []
    for item in agreement.items:
        requirement = found.get(item.item_id)
        lines.append(
            ProposedLine(
                item.item_id,
                item.item.name,
                str(item.item.unit),
                item.unit_price,
                requirement.volume if requirement is not None else None,
                requirement.current_unit_price if requirement is not None else None,
                requirement is not None,
            )
        )
    return sorted(lines, key=lambda line: line.name.casefold())


# -- checks ----------------------------------------------------------------------------------
def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _check_lines(
    session: Session,
    agreement: FrameworkAgreement,
    organisation_id: int,
    lines: Sequence[LineInput],
) -> list[LineInput]:
    """The lines checked, baselines taken over from the requirement where none was given."""
    items = {i.item_id for i in agreement.items}
    if not lines:
        raise ValidationError(
            "lines",
            QT_TRANSLATE_NOOP("Messages", "Enter the yearly volume of at least one item."),
        )
    seen: set[int] = set()
    found = requirement_lines(session, agreement, organisation_id)
    checked = []
    for line in lines:
        if line.item_id not in items:
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("Messages", "The item #{id} is not part of the agreement."),
                id=line.item_id,
            )
        if line.item_id in seen:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "An item is named twice."))
        seen.add(line.item_id)
        volume = line.yearly_volume
        if not volume.is_finite() or volume < 0:
            raise ValidationError(
                "lines", QT_TRANSLATE_NOOP("Messages", "A volume cannot be negative.")
            )
        if _places(volume) > VOLUME_SCALE:
            raise ValidationError(
                "lines",
                QT_TRANSLATE_NOOP("Messages", "{value} has more than three decimal places."),
                value=str(volume),
            )
        baseline = line.baseline_price
        if baseline is None and line.item_id in found:
            baseline = found[line.item_id].current_unit_price
        if baseline is not None:
            if not baseline.is_finite() or baseline < 0:
                raise ValidationError(
                    "lines", QT_TRANSLATE_NOOP("Messages", "A price cannot be negative.")
                )
            if _places(baseline) > PRICE_PLACES:
                raise ValidationError(
                    "lines",
                    QT_TRANSLATE_NOOP("Messages", "A unit price has at most four decimal places."),
                )
        checked.append(LineInput(line.item_id, volume, baseline))
    return checked


def _lines_snapshot(lines: Sequence[ParticipationLine] | Sequence[LineInput]) -> dict[str, object]:
    return {
        str(line.item_id): {
            "volume": str(line.yearly_volume),
            "baseline": str(line.baseline_price) if line.baseline_price is not None else None,
        }
        for line in lines
    }


def get_participation(session: Session, participation_id: int) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The participation #{id} no longer exists."),
            id=participation_id,
        )
    require_sees(session, participation.organisation_id)
    return participation


# -- opting in and out -----------------------------------------------------------------------
def opt_in(
    session: Session,
    user: OfficeUser,
    agreement_id: int,
    organisation_id: int,
    joined_on: dt.date,
    lines: Sequence[LineInput],
    consent_to_share: bool = False,
) -> Participation:
    """A member or customer joins the agreement on ``joined_on`` with its volumes."""
    require_for_organisation(session, user, organisation_id, Permission.EDIT_PROCUREMENT)
    agreement = get_agreement(session, agreement_id, lock=True)  # one opt-in at a time
    if agreement.state not in OPEN_STATES:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{title} has ended ({state}): nobody joins it any more."),
            title=agreement.title,
            state=agreement.state.value,
        )
    organisation = require_eligible(session, organisation_id, joined_on)
    if (
        agreement.end_date is not None
        and not agreement.auto_renewal
        and joined_on >= agreement.end_date
    ):
        raise ValidationError(
            "joined_on",
            QT_TRANSLATE_NOOP("Messages", "The agreement ends before that day."),
        )
    overlapping = session.scalar(
        select(Participation.id).where(
            Participation.agreement_id == agreement.id,
            Participation.organisation_id == organisation.id,
            or_(Participation.left_on.is_(None), Participation.left_on > joined_on),
        )
    )
    if overlapping is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} already takes part in {title}."),
            name=organisation.name,
            title=agreement.title,
        )
    checked = _check_lines(session, agreement, organisation.id, lines)
    participation = Participation(
        agreement_id=agreement.id,
        organisation_id=organisation.id,
        joined_on=joined_on,
        consent_to_share=consent_to_share,
        lines=[
            ParticipationLine(
                item_id=line.item_id,
                yearly_volume=line.yearly_volume,
                baseline_price=line.baseline_price,
            )
            for line in checked
        ],
    )
    session.add(participation)
    session.flush()
    audit.record(
        session,
        user,
        "opt_in",
        "framework_agreement",
        agreement.id,
        f"{organisation.name} joined {agreement.title} on {joined_on.isoformat()}",
        None,
        {
            "participation_id": participation.id,
            "organisation_id": organisation.id,
            "joined_on": joined_on.isoformat(),
            "consent_to_share": consent_to_share,
            "lines": _lines_snapshot(checked),
        },
    )
    return participation


def _require_editable(participation: Participation) -> None:
    if participation.agreement.state not in OPEN_STATES:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} has ended ({state}) and can no longer be changed."
            ),
            title=participation.agreement.title,
            state=participation.agreement.state.value,
        )


def update_lines(
    session: Session,
    user: OfficeUser,
    participation_id: int,
    lines: Sequence[LineInput],
    expected_version: int | None = None,
) -> Participation:
    """Replace the participation's volumes and baselines."""
    participation = get_participation(session, participation_id)
    require_for_organisation(
        session, user, participation.organisation_id, Permission.EDIT_PROCUREMENT
    )
    name = f"{participation.organisation.name} – {participation.agreement.title}"
    check_version(session, participation, expected_version, name, "participation", participation.id)
    _require_editable(participation)
    checked = _check_lines(session, participation.agreement, participation.organisation_id, lines)
    before = _lines_snapshot(participation.lines)
    existing = {line.item_id: line for line in participation.lines}
    wanted = {line.item_id: line for line in checked}
    for item_id, row in existing.items():
        if item_id not in wanted:
            participation.lines.remove(row)
    for item_id, line in wanted.items():
        row = existing.get(item_id)
        if row is None:
            participation.lines.append(
                ParticipationLine(
                    item_id=item_id,
                    yearly_volume=line.yearly_volume,
                    baseline_price=line.baseline_price,
                )
            )
        else:
            row.yearly_volume = line.yearly_volume
            row.baseline_price = line.baseline_price
    touch(participation, "consent_to_share")
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "participation",
        participation.id,
        f"Volumes of {name} changed",
        {"lines": before},
        {"lines": _lines_snapshot(checked)},
    )
    return participation


def set_consent(
    session: Session,
    user: OfficeUser,
    participation_id: int,
    consent: bool,
    expected_version: int | None = None,
) -> Participation:
    """Whether the participant agrees to be named (with its volumes) to the supplier."""
    participation = get_participation(session, participation_id)
    require_for_organisation(
        session, user, participation.organisation_id, Permission.EDIT_PROCUREMENT
    )
    name = f"{participation.organisation.name} – {participation.agreement.title}"
    check_version(session, participation, expected_version, name, "participation", participation.id)
    if participation.consent_to_share == consent:
        return participation
    participation.consent_to_share = consent
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "participation",
        participation.id,
        f"{name}: consent to be named to the supplier {'given' if consent else 'withdrawn'}",
        {"consent_to_share": not consent},
        {"consent_to_share": consent},
    )
    return participation


def opt_out(
    session: Session,
    user: OfficeUser,
    participation_id: int,
    left_on: dt.date,
    reason: str,
    expected_version: int | None = None,
) -> Participation:
    """The participant leaves the agreement on ``left_on``."""
    participation = get_participation(session, participation_id)
    require_for_organisation(
        session, user, participation.organisation_id, Permission.EDIT_PROCUREMENT
    )
    name = f"{participation.organisation.name} – {participation.agreement.title}"
    check_version(session, participation, expected_version, name, "participation", participation.id)
    if participation.left_on is not None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} has already left on {day}."),
            name=name,
            day=participation.left_on.isoformat(),
        )
    if left_on < participation.joined_on:
        raise ValidationError(
            "left_on",
            QT_TRANSLATE_NOOP("Messages", "The day of leaving lies before the day of joining."),
        )
    participation.left_on = left_on
    participation.leave_reason = reason.strip()
    session.flush()
    audit.record(
        session,
        user,
        "opt_out",
        "framework_agreement",
        participation.agreement_id,
        f"{participation.organisation.name} left {participation.agreement.title}"
        f" on {left_on.isoformat()}",
        {"participation_id": participation.id, "left_on": None},
        {
            "participation_id": participation.id,
            "left_on": left_on.isoformat(),
            "reason": reason.strip(),
        },
    )
    return participation


def end_for_exit(
    session: Session, user: OfficeUser, organisation_id: int, exit_date: dt.date, reason: str
) -> list[EndedParticipation]:
    """End the leaving member's open participations on its exit date; which ones were ended."""
    require(session, user, Permission.EDIT_MEMBERS)  # part of a member's exit
    participations = list(
        session.scalars(
            select(Participation)
            .options(selectinload(Participation.agreement))
            .where(
                Participation.organisation_id == organisation_id,
                or_(Participation.left_on.is_(None), Participation.left_on > exit_date),
            )
            .order_by(Participation.id)
        )
    )
    ended = []
    for participation in participations:
        participation.left_on = max(exit_date, participation.joined_on)
        participation.leave_reason = reason
        ended.append(
            EndedParticipation(
                participation.id, participation.agreement_id, participation.agreement.title
            )
        )
        audit.record(
            session,
            user,
            "opt_out",
            "framework_agreement",
            participation.agreement_id,
            f"Participation #{participation.id} in {participation.agreement.title} ended: {reason}",
            {"participation_id": participation.id, "left_on": None},
            {
                "participation_id": participation.id,
                "left_on": participation.left_on.isoformat(),
                "reason": reason,
            },
        )
    session.flush()
    return ended


# -- lists -----------------------------------------------------------------------------------
def _rows(session: Session, condition: object) -> list[ParticipationRow]:
    visible = visible_organisation(session)  # a procurement head: only its own organisation
    if visible is not None:
        condition = and_(condition, Participation.organisation_id == visible)  # type: ignore[arg-type]
    participations = session.scalars(
        select(Participation)
        .options(
            selectinload(Participation.organisation),
            selectinload(Participation.lines).selectinload(ParticipationLine.item),
            selectinload(Participation.agreement).selectinload(FrameworkAgreement.supplier),
            selectinload(Participation.agreement).selectinload(FrameworkAgreement.category),
        )
        .join(Organisation, Organisation.id == Participation.organisation_id)
        .join(FrameworkAgreement, FrameworkAgreement.id == Participation.agreement_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(Participation.left_on.is_not(None), Organisation.name, Participation.id)
    )
    participations = list(participations)
    agreement_ids = {p.agreement_id for p in participations}
    prices = {
        (agreement_id, item_id): price
        for agreement_id, item_id, price in session.execute(
            select(
                AgreementItem.agreement_id, AgreementItem.item_id, AgreementItem.unit_price
            ).where(AgreementItem.agreement_id.in_(agreement_ids))
        )
    }
    rows = []
    for p in participations:
        agreement = p.agreement
        rows.append(
            ParticipationRow(
                p.id,
                agreement.id,
                agreement.title,
                AgreementState(agreement.state),
                agreement.supplier.name,
                agreement.category.name,
                p.organisation_id,
                p.organisation.name,
                OrganisationKind(p.organisation.kind),
                p.joined_on,
                p.left_on,
                p.leave_reason,
                p.consent_to_share,
                p.version,
                tuple(
                    LineRow(
                        line.item_id,
                        line.item.name,
                        str(line.item.unit),
                        line.yearly_volume,
                        line.baseline_price,
                        prices.get((agreement.id, line.item_id)),
                    )
                    for line in p.lines
                ),
            )
        )
    return rows


def participants_of(session: Session, agreement_id: int) -> list[ParticipationRow]:
    """Every participation in the agreement (current first, then those that left), by name."""
    return _rows(session, Participation.agreement_id == agreement_id)


def agreements_of(session: Session, organisation_id: int) -> list[ParticipationRow]:
    """Every participation of the organisation (for its page)."""
    require_sees(session, organisation_id)
    return _rows(session, Participation.organisation_id == organisation_id)
