"""Admission, cap and waiting list: the rules, on both databases, and the cap under concurrency."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from membership_builders import TODAY, applicant, member, office_user
from sqlalchemy import func, select

from niro_desk.database import Database, open_database
from niro_desk.errors import CompetitorConflict, RuleViolation, ValidationError
from niro_desk.membership.admission import (
    AdmissionOutcome,
    BoardDecisionInput,
    admit,
    cap_status,
    leave,
    waiting_list,
    withdraw_application,
)
from niro_desk.membership.membership_cap import get_cap, member_count, set_cap
from niro_desk.models import AuditEntry, BoardDecision, MembershipStatus, Organisation


def test_admission_without_conflict_makes_a_member_and_is_audited(db: Database) -> None:
    with db.transaction() as session:
        candidate = applicant(session, "Hellweg Stanztechnik GmbH", ["25.50"], ["Stanzteile"])
        result = admit(session, office_user(session), candidate.id, TODAY)
        assert result.outcome == AdmissionOutcome.ADMITTED
    with db.reading() as session:
        organisation = session.get(Organisation, candidate.id)
        assert organisation is not None
        assert organisation.membership_status == MembershipStatus.MEMBER
        assert organisation.membership is not None
        assert organisation.membership.admission_date == TODAY
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == candidate.id)
        ).all()
        assert "admit" in actions


def test_conflict_refused_without_board_decision_and_nothing_written(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Ruhr Drehteile GmbH", ["25.62"], ["Drehteile"])
        candidate = applicant(
            session, "Ruhrtal Präzisionsdrehteile GmbH", ["25.62"], ["Präzisionsdrehteile"]
        )
        candidate_id = candidate.id
    with pytest.raises(CompetitorConflict) as raised, db.transaction() as session:
        admit(session, office_user(session), candidate_id, TODAY)
    assert raised.value.result.has_conflict  # type: ignore[attr-defined]
    assert "board decision" in str(raised.value)
    with db.reading() as session:
        organisation = session.get(Organisation, candidate_id)
        assert organisation is not None
        assert organisation.membership_status == MembershipStatus.APPLICANT
        assert session.scalar(select(func.count()).select_from(BoardDecision)) == 0


def test_conflict_admitted_with_recorded_board_decision(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Ruhr Drehteile GmbH", ["25.62"], ["Drehteile"])
        candidate = applicant(session, "Ruhrtal Drehteile GmbH", ["25.62"], ["Drehteile"])
        with pytest.raises(ValidationError):
            admit(
                session,
                office_user(session),
                candidate.id,
                TODAY,
                BoardDecisionInput(dt.date(2026, 11, 20), "   "),
            )
        result = admit(
            session,
            office_user(session),
            candidate.id,
            TODAY,
            BoardDecisionInput(dt.date(2026, 11, 20), "Kunden in anderen Branchen"),
        )
        assert result.outcome == AdmissionOutcome.ADMITTED
    with db.reading() as session:
        decision = session.scalars(select(BoardDecision)).one()
        assert decision.reason == "Kunden in anderen Branchen"
        assert decision.decided_on == dt.date(2026, 11, 20)
        assert decision.conflicts[0]["other_name"] == "Ruhr Drehteile GmbH"
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "board_decision")
            )
            == 1
        )


def test_cap_full_puts_applicant_on_waiting_list_first_come_first_served(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 2)
        member(session, "A GmbH", ["22.29"])
        member(session, "B GmbH", ["24.33"])
        late = [
            applicant(session, name, [code])
            for name, code in (("C GmbH", "25.11"), ("D GmbH", "25.61"), ("E GmbH", "25.73"))
        ]
        outcomes = [admit(session, user, org.id, TODAY) for org in late]
        assert [o.outcome for o in outcomes] == [AdmissionOutcome.WAITING] * 3
        assert [o.waiting_position for o in outcomes] == [1, 2, 3]
        assert member_count(session) == 2
        assert [o.name for o in waiting_list(session)] == ["C GmbH", "D GmbH", "E GmbH"]

        # A seat comes free: the office is offered the one waiting longest.
        a = session.scalar(select(Organisation).where(Organisation.name == "A GmbH"))
        assert a is not None
        offer = leave(session, user, a.id, TODAY, "Verkauf")
        assert offer.next_waiting is not None and offer.next_waiting.name == "C GmbH"
        assert offer.next_check is not None and not offer.next_check.has_conflict

        # D may not jump the queue while C is still waiting.
        d = late[1]
        assert admit(session, user, d.id, TODAY).outcome == AdmissionOutcome.WAITING
        assert admit(session, user, late[0].id, TODAY).outcome == AdmissionOutcome.ADMITTED
        status = cap_status(session)
        assert (status.members, status.cap, status.waiting) == (2, 2, 2)


def test_former_member_cannot_be_admitted_directly(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        gone = member(session, "Alt GmbH", ["22.29"])
        leave(session, user, gone.id, TODAY, "Kosten")
        with pytest.raises(RuleViolation):
            admit(session, user, gone.id, TODAY)


def test_withdrawn_application_leaves_the_waiting_list(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 1)
        member(session, "A GmbH", ["22.29"])
        waiting = member(session, "B GmbH", ["24.33"])
        withdraw_application(session, user, waiting.id, "kein Interesse mehr")
        assert waiting_list(session) == []
        assert waiting.membership_status == MembershipStatus.FORMER


def test_cap_change_is_audited_and_must_be_positive(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        assert get_cap(session) == 80
        set_cap(session, user, 75)
        with pytest.raises(ValidationError):
            set_cap(session, user, 0)
    with db.reading() as session:
        assert get_cap(session) == 75
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "setting")).one()
        assert entry.before == {"membership_cap": 80} and entry.after == {"membership_cap": 75}


def _concurrent_admissions(url: str, ids: list[int]) -> list[str]:
    """Each thread is an office PC with its own engine, admitting at the same moment."""
    barrier = threading.Barrier(len(ids))
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def office_pc(organisation_id: int) -> None:
        pc = open_database(url)
        try:
            barrier.wait(timeout=30)
            with pc.transaction() as session:
                result = admit(session, office_user(session), organisation_id, TODAY)
            outcomes.append(result.outcome.value)
        except BaseException as error:  # collected and re-raised in the test
            errors.append(error)
        finally:
            pc.dispose()

    threads = [threading.Thread(target=office_pc, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return outcomes


def test_concurrent_admissions_never_exceed_the_cap(db: Database) -> None:
    """Eight PCs admit eight applicants at once for two free seats."""
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 3)
        member(session, "Schon Mitglied GmbH", ["22.29"])
        codes = ["24.33", "25.11", "25.61", "25.73", "25.93", "27.12", "28.11", "28.13"]
        ids = [applicant(session, f"Bewerber {i} GmbH", [code]).id for i, code in enumerate(codes)]
    outcomes = _concurrent_admissions(db.url, ids)
    assert sorted(outcomes) == ["admitted"] * 2 + ["waiting"] * 6
    with db.reading() as session:
        admitted = session.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(
                Organisation.membership_status == MembershipStatus.MEMBER,
                Organisation.name.like("Bewerber%"),
            )
        )
        assert admitted == 2
        assert len(waiting_list(session)) == 6
