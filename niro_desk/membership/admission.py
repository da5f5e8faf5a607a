"""Admission, waiting list and leaving: the rules of DESIGN.md, in one transaction each.

- Admission runs the competitor check; with a conflict it needs a recorded
  board decision (date, reason), which is stored and audited. A decision
  recorded while the network is full is kept with the application and
  applies when a seat comes free (``board_decisions``).
- When nothing is recorded about what the applicant sells, the check cannot
  judge: the admission needs the sales profile, or the office's explicit,
  audited "admit without a check" with a reason.
- The cap counts members only. Admitting beyond it is refused and the
  applicant goes on the waiting list instead. The list is ordered by the
  date the application was received (the office may process applications
  out of order), ties by the moment it joined the list, stamped with the
  database server's clock; seats that come free belong to the first.
- When a member leaves, the office is offered the next waiting applicant,
  with the result of the competitor check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import (
    QT_TRANSLATE_NOOP,
    CompetitorConflict,
    NotFound,
    RuleViolation,
    ValidationError,
)
from niro_desk.membership import board_decisions
from niro_desk.membership.board_decisions import BoardDecisionInput, KeptDecision
from niro_desk.membership.competitor_check import CheckResult, competitors_of
from niro_desk.membership.membership_cap import get_cap, lock_cap, member_count
from niro_desk.membership.reading import require_reads_all, require_sees
from niro_desk.models import (
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
)
from niro_desk.permissions import Permission, require
from niro_desk.server_clock import server_now

__all__ = ["BoardDecisionInput", "KeptDecision"]  # re-exported for the front ends


class AdmissionOutcome(StrEnum):
    ADMITTED = "admitted"
    WAITING = "waiting"


@dataclass(frozen=True)
class WithoutCheck:
    """The office admits although nothing is recorded about what the applicant sells."""

    reason: str


@dataclass
class AdmissionResult:
    outcome: AdmissionOutcome
    check: CheckResult
    member_count: int
    cap: int
    waiting_position: int | None = None
    board_decision_id: int | None = None  # recorded now, or the kept one that applied
    decision_kept: bool = False  # a board decision waits with the application


@dataclass
class SeatOutlook:
    """Where one applicant stands: seats taken and free, and who waits ahead of it."""

    members: int
    cap: int
    ahead: int  # on the waiting list before this one
    on_list: bool  # already on the waiting list

    @property
    def free(self) -> int:
        return max(self.cap - self.members, 0)

    @property
    def can_admit_now(self) -> bool:
        return self.cap - self.members - self.ahead > 0

    @property
    def position(self) -> int:
        """Its number on the waiting list (now, or once it joins)."""
        return self.ahead + 1


@dataclass
class CapStatus:
    members: int
    cap: int
    waiting: int

    @property
    def free(self) -> int:
        return max(self.cap - self.members, 0)


def get_member_organisation(session: Session, organisation_id: int) -> Organisation:
    """One member organisation, for a viewer who may see it (a procurement head: its own)."""
    require_sees(session, organisation_id)
    return _member_organisation(session, organisation_id)


def _member_organisation(session: Session, organisation_id: int) -> Organisation:
    """One member organisation, unchecked: for the services that required a permission."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None or organisation.kind != OrganisationKind.MEMBER:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The member organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if organisation.membership is None:
        organisation.membership = Membership(application_date=dt.date.today())
    return organisation


WAITING_ORDER = (
    Membership.application_date,
    Membership.waiting_since.asc().nulls_last(),
    Membership.id,
)


def waiting_list(session: Session) -> list[Organisation]:
    """Everyone on the waiting list in turn: by application date, then time of joining.

    For viewers who read every organisation (not a procurement head).
    """
    require_reads_all(session)
    return list(
        session.scalars(
            select(Organisation)
            .join(Membership)
            .where(Organisation.membership_status == MembershipStatus.WAITING)
            .order_by(*WAITING_ORDER)
        )
    )


def cap_status(session: Session) -> CapStatus:
    """Members, cap and waiting list counted; for viewers who read every organisation."""
    require_reads_all(session)
    waiting = session.scalar(
        select(func.count())
        .select_from(Organisation)
        .where(Organisation.membership_status == MembershipStatus.WAITING)
    )
    return CapStatus(member_count(session), get_cap(session), int(waiting or 0))


def _waiting_ahead(session: Session, organisation: Organisation) -> int:
    """How many on the waiting list come before ``organisation`` (in ``WAITING_ORDER``).

    An applicant not yet on the list comes after everyone waiting whose
    application was received on the same day or earlier.
    """
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
    applied = membership.application_date
    since = membership.waiting_since
    if organisation.membership_status == MembershipStatus.WAITING and since is not None:
        query = query.where(
            or_(
                Membership.application_date < applied,
                and_(
                    Membership.application_date == applied,
                    or_(
                        Membership.waiting_since < since,
                        and_(Membership.waiting_since == since, Membership.id < membership.id),
                    ),
                ),
            )
        )
    else:
        query = query.where(Membership.application_date <= applied)
    return int(session.scalar(query) or 0)


def seat_outlook(session: Session, organisation_id: int) -> SeatOutlook:
    """Seats taken and free, and how many wait ahead of this applicant (read only)."""
    require_reads_all(session)
    organisation = _member_organisation(session, organisation_id)
    return SeatOutlook(
        member_count(session),
        get_cap(session),
        _waiting_ahead(session, organisation),
        organisation.membership_status == MembershipStatus.WAITING,
    )


def _put_on_waiting_list(session: Session, user: OfficeUser, organisation: Organisation) -> None:
    membership = organisation.membership
    assert membership is not None
    if organisation.membership_status == MembershipStatus.WAITING:
        return
    organisation.membership_status = MembershipStatus.WAITING
    membership.waiting_since = server_now()  # type: ignore[assignment]  # the server's clock
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


NO_SALES_PROFILE = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} is not admitted: nothing is recorded about what it sells, so the competitor"
    " check cannot judge. Record its industry classes or product markets, or admit it"
    " without a check.",
)
DECISION_PROFILE_CHANGED = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} is not admitted: the board decision kept with the application was taken on a"
    " different sales profile, which has changed since. Admission needs a new board decision.",
)
DECISION_NEW_CONFLICTS = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} is not admitted: the check now finds conflicts the kept board decision does not"
    " cover ({others}). Admission needs a new board decision.",
)


def _required_decision(
    session: Session,
    organisation: Organisation,
    check: CheckResult,
    decision: BoardDecisionInput | None,
) -> KeptDecision | None:
    """Refuse a conflict without a usable board decision; return the kept one to apply."""
    if not check.has_conflict:
        return None
    if decision is not None:
        if not decision.reason.strip():
            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP("Messages", "The board decision needs a reason."),
            )
        return None
    kept = board_decisions.kept_decision(session, organisation, check)
    if kept is not None and kept.applies:
        return kept
    if kept is not None and kept.new_conflicts:
        raise CompetitorConflict(
            DECISION_NEW_CONFLICTS,
            check,
            name=organisation.name,
            others=", ".join(kept.new_conflicts),
        )
    if kept is not None:
        raise CompetitorConflict(DECISION_PROFILE_CHANGED, check, name=organisation.name)
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


def _require_profile_or_override(
    organisation: Organisation, check: CheckResult, without_check: WithoutCheck | None
) -> None:
    if check.can_judge:
        return
    if without_check is None:
        raise RuleViolation(NO_SALES_PROFILE, name=organisation.name)
    if not without_check.reason.strip():
        raise ValidationError(
            "without_check_reason",
            QT_TRANSLATE_NOOP("Messages", "Admitting without a check needs a reason."),
        )


def _record_without_check(
    session: Session,
    user: OfficeUser,
    organisation: Organisation,
    without_check: WithoutCheck,
    waiting: bool,
) -> None:
    reason = without_check.reason.strip()
    what = "put on the waiting list" if waiting else "admitted"
    audit.record(
        session,
        user,
        "without_check",
        "organisation",
        organisation.id,
        f"{organisation.name} {what} without a competitor check: nothing is recorded about"
        f" what it sells ({reason})",
        None,
        {"without_check": True, "reason": reason},
    )


def admit(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    admission_date: dt.date,
    decision: BoardDecisionInput | None = None,
    without_check: WithoutCheck | None = None,
) -> AdmissionResult:
    """Admit an applicant or waiting applicant, or put it on the waiting list when full.

    Raises ``CompetitorConflict`` when the check finds conflicts and neither a
    board decision is given nor one kept with the application applies; and
    ``RuleViolation`` when nothing is recorded about what the applicant sells
    and the office did not choose ``without_check``. Nothing is written then.
    A board decision given while the network is full is kept with the
    application (pending) and applies when a seat comes free.

    Needs ``EDIT_MEMBERS``; recording a new board decision with it also
    ``RECORD_BOARD_DECISIONS`` (applying one kept with the application does not).
    """
    require(session, user, Permission.EDIT_MEMBERS)
    if decision is not None:
        require(session, user, Permission.RECORD_BOARD_DECISIONS)
    cap = lock_cap(session)  # serialises concurrent admissions before counting
    organisation = _member_organisation(session, organisation_id)
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
    check = competitors_of(session, organisation)
    _require_profile_or_override(organisation, check, without_check)
    kept = _required_decision(session, organisation, check, decision)
    members = member_count(session)
    seats_for_this_one = cap - members - _waiting_ahead(session, organisation)
    if seats_for_this_one <= 0:
        was_waiting = organisation.membership_status == MembershipStatus.WAITING
        _put_on_waiting_list(session, user, organisation)
        board_id = kept.id if kept is not None else None
        if check.has_conflict and decision is not None:
            board = board_decisions.record_decision(
                session, user, organisation, decision, check, pending=True
            )
            board_id = board.id
        if without_check is not None and not was_waiting:
            _record_without_check(session, user, organisation, without_check, waiting=True)
        session.flush()
        position = _waiting_ahead(session, organisation) + 1
        return AdmissionResult(
            AdmissionOutcome.WAITING,
            check,
            members,
            cap,
            position,
            board_decision_id=board_id,
            decision_kept=board_id is not None,
        )

    before = audit.snapshot(organisation.membership)  # type: ignore[arg-type]
    before["membership_status"] = str(organisation.membership_status)
    board_id = None
    if check.has_conflict and decision is not None:
        board_id = board_decisions.record_decision(
            session, user, organisation, decision, check, pending=False
        ).id
    elif kept is not None:
        board_id = board_decisions.apply_decision(session, user, organisation, kept.id).id
    if without_check is not None:
        _record_without_check(session, user, organisation, without_check, waiting=False)
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
    return AdmissionResult(
        AdmissionOutcome.ADMITTED, check, members + 1, cap, board_decision_id=board_id
    )


@dataclass
class LeaveResult:
    next_waiting: Organisation | None
    next_check: CheckResult | None
    #: titles of the draft/open requirement collections the member was taken out of
    removed_from_collections: list[str] = field(default_factory=list)
    #: titles of the framework agreements whose participation ended on the exit date
    ended_participations: list[str] = field(default_factory=list)


def leave(
    session: Session, user: OfficeUser, organisation_id: int, exit_date: dt.date, reason: str
) -> LeaveResult:
    """A member leaves; returns the next waiting applicant and its check, to offer the seat."""
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _member_organisation(session, organisation_id)
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
    from niro_desk.procurement.participations import end_for_exit

    ended = [
        entry.agreement
        for entry in end_for_exit(
            session,
            user,
            organisation.id,
            exit_date,
            f"left the network on {exit_date.isoformat()}",
        )
    ]
    waiting = waiting_list(session)
    if not waiting:
        return LeaveResult(None, None, collections, ended)
    return LeaveResult(waiting[0], competitors_of(session, waiting[0]), collections, ended)


def withdraw_application(
    session: Session, user: OfficeUser, organisation_id: int, reason: str
) -> None:
    """An applicant or waiting applicant withdraws (or is turned down): status former."""
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _member_organisation(session, organisation_id)
    if organisation.membership_status not in (MembershipStatus.APPLICANT, MembershipStatus.WAITING):
        raise RuleViolation(
            QT_TRANSLATE_NOOP("Messages", "{name} has no open application."),
            name=organisation.name,
        )
    status = str(organisation.membership_status)
    organisation.membership_status = MembershipStatus.FORMER
    board_decisions.close_pending(session, organisation.id)
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
    require(session, user, Permission.EDIT_MEMBERS)
    organisation = _member_organisation(session, organisation_id)
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
