"""Admission, waiting list and leaving: the rules of DESIGN.md, in one transaction each.

- Admission runs the competitor check; with a conflict it needs a recorded
  board decision (date, reason), which is stored and audited.
- The cap counts members only. Admitting beyond it is refused and the
  applicant goes on the waiting list instead (first come, first served):
  seats that come free belong to those waiting longest.
- When a member leaves, the office is offered the next waiting applicant,
  with the result of the competitor check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import (
    QT_TRANSLATE_NOOP,
    CompetitorConflict,
    NotFound,
    RuleViolation,
    ValidationError,
)
from niro_desk.membership.competitor_check import CheckResult, check_competitors
from niro_desk.membership.membership_cap import lock_cap, member_count
from niro_desk.models import (
    BoardDecision,
    BoardDecisionKind,
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
)
from niro_desk.models.column_types import utcnow


class AdmissionOutcome(StrEnum):
    ADMITTED = "admitted"
    WAITING = "waiting"


@dataclass(frozen=True)
class BoardDecisionInput:
    """The board's decision to admit despite a conflict."""

    decided_on: dt.date
    reason: str


@dataclass
class AdmissionResult:
    outcome: AdmissionOutcome
    check: CheckResult
    member_count: int
    cap: int
    waiting_position: int | None = None


@dataclass
class CapStatus:
    members: int
    cap: int
    waiting: int

    @property
    def free(self) -> int:
        return max(self.cap - self.members, 0)


def get_member_organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None or organisation.kind != OrganisationKind.MEMBER:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The member organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if organisation.membership is None:
        organisation.membership = Membership(application_date=dt.date.today())
    return organisation


def waiting_list(session: Session) -> list[Organisation]:
    """Everyone on the waiting list, longest waiting first."""
    return list(
        session.scalars(
            select(Organisation)
            .join(Membership)
            .where(Organisation.membership_status == MembershipStatus.WAITING)
            .order_by(Membership.waiting_since, Organisation.id)
        )
    )


def cap_status(session: Session) -> CapStatus:
    from niro_desk.membership.membership_cap import get_cap

    waiting = session.scalar(
        select(func.count())
        .select_from(Organisation)
        .where(Organisation.membership_status == MembershipStatus.WAITING)
    )
    return CapStatus(member_count(session), get_cap(session), int(waiting or 0))


def _waiting_ahead(session: Session, organisation: Organisation) -> int:
    """How many waiting applicants came before ``organisation``."""
    membership = organisation.membership
    assert membership is not None
    query = (
        select(func.count())
        .select_from(Organisation)
        .join(Membership)
        .where(
            Organisation.membership_status == MembershipStatus.WAITING,
            Organisation.id != organisation.id,
        )
    )
    if organisation.membership_status == MembershipStatus.WAITING and membership.waiting_since:
        query = query.where(Membership.waiting_since < membership.waiting_since)
    return int(session.scalar(query) or 0)


def _put_on_waiting_list(session: Session, user: OfficeUser, organisation: Organisation) -> None:
    membership = organisation.membership
    assert membership is not None
    if organisation.membership_status == MembershipStatus.WAITING:
        return
    organisation.membership_status = MembershipStatus.WAITING
    membership.waiting_since = utcnow()
    audit.record(
        session,
        user,
        "waitlist",
        "organisation",
        organisation.id,
        f"{organisation.name} put on the waiting list",
        {"membership_status": "applicant"},
        {"membership_status": "waiting"},
    )


def admit(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    admission_date: dt.date,
    decision: BoardDecisionInput | None = None,
) -> AdmissionResult:
    """Admit an applicant or waiting applicant, or put it on the waiting list when full.

    Raises ``CompetitorConflict`` when the check finds conflicts and no board
    decision is given; nothing is written then.
    """
    cap = lock_cap(session)  # serialises concurrent admissions before counting
    organisation = get_member_organisation(session, organisation_id)
    if organisation.membership_status not in (MembershipStatus.APPLICANT, MembershipStatus.WAITING):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} cannot be admitted: only applicants and the waiting list can"
                " (status now: {status}).",
            ),
            name=organisation.name,
            status=str(organisation.membership_status),
        )
    check = check_competitors(session, organisation)
    if check.has_conflict:
        if decision is None:
            raise CompetitorConflict(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is not admitted: the competitor check found conflicts with"
                    " {count} organisation(s). Admission needs a recorded board decision.",
                ),
                check,
                name=organisation.name,
                count=len(check.conflicts),
            )
        if not decision.reason.strip():
            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP("Messages", "The board decision needs a reason."),
            )
    members = member_count(session)
    seats_for_this_one = cap - members - _waiting_ahead(session, organisation)
    if seats_for_this_one <= 0:
        _put_on_waiting_list(session, user, organisation)
        session.flush()
        position = _waiting_ahead(session, organisation) + 1
        return AdmissionResult(AdmissionOutcome.WAITING, check, members, cap, position)

    before = audit.snapshot(organisation.membership)  # type: ignore[arg-type]
    before["membership_status"] = str(organisation.membership_status)
    if check.has_conflict and decision is not None:
        board = BoardDecision(
            organisation_id=organisation.id,
            kind=BoardDecisionKind.ADMISSION_DESPITE_CONFLICT,
            decided_on=decision.decided_on,
            reason=decision.reason.strip(),
            conflicts=check.as_json(),
            recorded_by=user,
        )
        session.add(board)
        session.flush()
        audit.record(
            session,
            user,
            "board_decision",
            "organisation",
            organisation.id,
            f"Board decision of {decision.decided_on.isoformat()}: admit {organisation.name}"
            f" despite conflicts ({decision.reason.strip()})",
            None,
            {"board_decision_id": board.id, "conflicts": check.sentences()},
        )
    organisation.membership_status = MembershipStatus.MEMBER
    membership = organisation.membership
    assert membership is not None
    membership.admission_date = admission_date
    membership.waiting_since = None
    after = audit.snapshot(membership)
    after["membership_status"] = "member"
    audit.record(
        session,
        user,
        "admit",
        "organisation",
        organisation.id,
        f"{organisation.name} admitted as member",
        before,
        after,
    )
    session.flush()
    return AdmissionResult(AdmissionOutcome.ADMITTED, check, members + 1, cap)


@dataclass
class LeaveResult:
    next_waiting: Organisation | None
    next_check: CheckResult | None
    #: titles of the draft/open requirement collections the member was taken out of
    removed_from_collections: list[str] = field(default_factory=list)


def leave(
    session: Session, user: OfficeUser, organisation_id: int, exit_date: dt.date, reason: str
) -> LeaveResult:
    """A member leaves; returns the next waiting applicant and its check, to offer the seat."""
    organisation = get_member_organisation(session, organisation_id)
    if organisation.membership_status != MembershipStatus.MEMBER:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} is not a member and cannot leave."),
            name=organisation.name,
        )
    membership = organisation.membership
    assert membership is not None
    if membership.admission_date and exit_date < membership.admission_date:
        raise ValidationError(
            "exit_date",
            QT_TRANSLATE_NOOP("Messages", "The exit date lies before the admission date."),
        )
    organisation.membership_status = MembershipStatus.FORMER
    membership.exit_date = exit_date
    membership.exit_reason = reason.strip()
    audit.record(
        session,
        user,
        "leave",
        "organisation",
        organisation.id,
        f"{organisation.name} left the network ({reason.strip()})",
        {"membership_status": "member"},
        {
            "membership_status": "former",
            "exit_date": exit_date.isoformat(),
            "exit_reason": reason.strip(),
        },
    )
    session.flush()
    from niro_desk.procurement.requirement_collections import remove_from_open_collections

    collections = remove_from_open_collections(
        session, user, organisation.id, f"left the network on {exit_date.isoformat()}"
    )
    waiting = waiting_list(session)
    if not waiting:
        return LeaveResult(None, None, collections)
    return LeaveResult(waiting[0], check_competitors(session, waiting[0]), collections)


def withdraw_application(
    session: Session, user: OfficeUser, organisation_id: int, reason: str
) -> None:
    """An applicant or waiting applicant withdraws (or is turned down): status former."""
    organisation = get_member_organisation(session, organisation_id)
    if organisation.membership_status not in (MembershipStatus.APPLICANT, MembershipStatus.WAITING):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} has no open application."),
            name=organisation.name,
        )
    status = str(organisation.membership_status)
    organisation.membership_status = MembershipStatus.FORMER
    membership = organisation.membership
    assert membership is not None
    membership.waiting_since = None
    membership.exit_date = dt.date.today()
    membership.exit_reason = reason.strip()
    audit.record(
        session,
        user,
        "withdraw",
        "organisation",
        organisation.id,
        f"Application of {organisation.name} closed ({reason.strip()})",
        {"membership_status": status},
        {"membership_status": "former"},
    )


def reapply(session: Session, user: OfficeUser, organisation_id: int, day: dt.date) -> None:
    """A former member applies again: back to applicant with a new application date."""
    organisation = get_member_organisation(session, organisation_id)
    if organisation.membership_status != MembershipStatus.FORMER:
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} is not a former member."),
            name=organisation.name,
        )
    membership = organisation.membership
    assert membership is not None
    organisation.membership_status = MembershipStatus.APPLICANT
    membership.application_date = day
    membership.admission_date = None
    membership.exit_date = None
    membership.exit_reason = ""
    audit.record(
        session,
        user,
        "reapply",
        "organisation",
        organisation.id,
        f"{organisation.name} applied again",
        {"membership_status": "former"},
        {"membership_status": "applicant"},
    )
