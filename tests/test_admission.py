"""Admission, cap and waiting list: the rules, on both databases, and the cap under concurrency."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from membership_builders import TODAY, applicant, member, office_user
from sqlalchemy import func, select

from niro_desk.database import Database, open_database
from niro_desk.errors import CompetitorConflict, RuleViolation, ValidationError
from niro_desk.membership import admission
from niro_desk.membership.admission import (
    AdmissionOutcome,
    BoardDecisionInput,
    WithoutCheck,
    admit,
    cap_status,
    leave,
    seat_outlook,
    waiting_list,
    withdraw_application,
)
from niro_desk.membership.board_decisions import Standing, kept_decision
from niro_desk.membership.competitor_check import check_competitors
from niro_desk.membership.membership_cap import get_cap, member_count, set_cap
from niro_desk.membership.organisations import SalesProfile, set_sales_profile
from niro_desk.models import (
    AuditEntry,
    BoardDecision,
    BoardDecisionState,
    MembershipStatus,
    Organisation,
)
from niro_desk.server_clock import server_now


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


# -- the check says what it does not know --------------------------------------------------------


def test_applicant_without_sales_profile_is_not_judged_and_not_admitted(db: Database) -> None:
    with db.transaction() as session:
        member(session, "Ruhr Drehteile GmbH", ["25.62"], ["Drehteile"], ["Strom"])
        candidate = applicant(session, "Unbekannt GmbH", materials=["Strom"])
        candidate_id = candidate.id
        check = check_competitors(session, candidate)
        assert not check.can_judge and not check.has_conflict
        assert "Nothing is recorded about what Unbekannt GmbH sells" in check.unknown_text()
    with pytest.raises(RuleViolation) as raised, db.transaction() as session:
        admit(session, office_user(session), candidate_id, TODAY)
    assert "nothing is recorded about what it sells" in str(raised.value)
    with pytest.raises(ValidationError) as empty, db.transaction() as session:
        admit(session, office_user(session), candidate_id, TODAY, without_check=WithoutCheck(" "))
    assert empty.value.field == "without_check_reason"
    with db.reading() as session:
        organisation = session.get(Organisation, candidate_id)
        assert organisation is not None
        assert organisation.membership_status == MembershipStatus.APPLICANT


def test_admission_without_a_check_is_explicit_and_audited(db: Database) -> None:
    with db.transaction() as session:
        candidate = applicant(session, "Unbekannt GmbH")
        result = admit(
            session,
            office_user(session),
            candidate.id,
            TODAY,
            without_check=WithoutCheck("Startup, Profil folgt nach dem Erstgespräch"),
        )
        assert result.outcome == AdmissionOutcome.ADMITTED
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == candidate.id, AuditEntry.action == "without_check"
            )
        ).one()
        assert "without a competitor check" in entry.summary
        assert entry.after == {
            "without_check": True,
            "reason": "Startup, Profil folgt nach dem Erstgespräch",
        }
        assert entry.user.login == "test.user"


def test_check_names_members_it_could_not_compare(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        silent = applicant(session, "Stumm GmbH")
        admit(session, user, silent.id, TODAY, without_check=WithoutCheck("Altbestand"))
        candidate = applicant(session, "Klar GmbH", ["25.62"])
        check = check_competitors(session, candidate)
    assert check.can_judge
    assert check.unknown_others == ["Stumm GmbH"]


def test_shared_inputs_are_grouped_one_line_per_input(db: Database) -> None:
    with db.transaction() as session:
        for n, code in enumerate(["22.29", "24.33", "25.11"]):
            member(session, f"Strom {n} GmbH", [code], materials=["strom", "Stahl"][: 2 - n % 2])
        member(session, "Anders GmbH", ["27.12"], materials=["Kupfer"])
        candidate = applicant(session, "Neu GmbH", ["28.13"], materials=["Strom", "Stahl"])
        check = check_competitors(session, candidate)
    assert [(g.name, len(g.organisations)) for g in check.shared_inputs] == [
        ("Strom", 3),
        ("Stahl", 2),
    ]
    assert check.shared_inputs[1].organisations == ["Strom 0 GmbH", "Strom 2 GmbH"]


# -- board decisions kept with the application ---------------------------------------------------


def _full_network_with_conflict(session) -> tuple[Organisation, Organisation]:  # type: ignore[no-untyped-def]
    """Cap 2: a member selling machining and one other member; a conflicting applicant."""
    user = office_user(session)
    set_cap(session, user, 2)
    member(session, "Ruhr Drehteile GmbH", ["25.62"], ["Drehteile"])
    other = member(session, "Anders GmbH", ["22.29"], ["Kunststoffteile"])
    candidate = applicant(session, "Ruhrtal Drehteile GmbH", ["25.62"], ["Drehteile"])
    return other, candidate


def test_board_decision_while_full_is_kept_and_applies_when_a_seat_comes_free(
    db: Database,
) -> None:
    decided = BoardDecisionInput(dt.date(2026, 11, 20), "Andere Kunden")
    with db.transaction() as session:
        user = office_user(session)
        other, candidate = _full_network_with_conflict(session)
        waiting = admit(session, user, candidate.id, TODAY, decided)
        assert waiting.outcome == AdmissionOutcome.WAITING
        assert waiting.decision_kept and waiting.board_decision_id is not None
        board = session.get(BoardDecision, waiting.board_decision_id)
        assert board is not None and board.state == BoardDecisionState.PENDING
        assert board.sales_profile == {"codes": ["25.62"], "product_markets": ["Drehteile"]}
        assert board.sales_profile_fingerprint and board.applied_at is None
        leave(session, user, other.id, TODAY, "Verkauf")
        admitted = admit(session, user, candidate.id, TODAY)  # no new decision needed
        assert admitted.outcome == AdmissionOutcome.ADMITTED
        assert admitted.board_decision_id == board.id
    with db.reading() as session:
        [board] = session.scalars(select(BoardDecision)).all()
        assert board.state == BoardDecisionState.APPLIED and board.applied_at is not None
        assert board.reason == "Andere Kunden" and board.decided_on == dt.date(2026, 11, 20)
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == candidate.id)
        ).all()
        assert "board_decision" in actions and "board_decision_applied" in actions


def test_kept_decision_lapses_when_the_sales_profile_changes(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        other, candidate = _full_network_with_conflict(session)
        admit(session, user, candidate.id, TODAY, BoardDecisionInput(TODAY, "Andere Kunden"))
        set_sales_profile(
            session,
            user,
            candidate.id,
            SalesProfile(["25.62"], ["Drehteile", "Frästeile"], []),
        )
        leave(session, user, other.id, TODAY, "Verkauf")
        kept = kept_decision(session, candidate, check_competitors(session, candidate))
        assert kept is not None and kept.standing == Standing.PROFILE_CHANGED
        assert kept.added == ["Frästeile"] and kept.removed == []
        with pytest.raises(CompetitorConflict) as raised:
            admit(session, user, candidate.id, TODAY)
        assert "has changed since" in str(raised.value)
        again = admit(session, user, candidate.id, TODAY, BoardDecisionInput(TODAY, "Erneut"))
        assert again.outcome == AdmissionOutcome.ADMITTED
        states = session.scalars(select(BoardDecision.state).order_by(BoardDecision.id)).all()
        assert states == [BoardDecisionState.SUPERSEDED, BoardDecisionState.APPLIED]


def test_kept_decision_does_not_cover_a_conflict_found_later(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 2)
        member(session, "Ruhr Drehteile GmbH", ["25.62"])
        other = member(session, "Anders GmbH", ["22.29"])
        candidate = applicant(session, "Doppel GmbH", ["25.62", "28.13"])
        admit(session, user, candidate.id, TODAY, BoardDecisionInput(TODAY, "Andere Kunden"))
        later = applicant(session, "Pumpen GmbH", ["28.13"])
        admit(session, user, later.id, TODAY, BoardDecisionInput(TODAY, "Kein Wettbewerb"))
        leave(session, user, other.id, TODAY, "Verkauf")
        with pytest.raises(CompetitorConflict) as raised:
            admit(session, user, candidate.id, TODAY)
        assert "Pumpen GmbH" in str(raised.value)


def test_withdrawn_application_closes_its_kept_decision(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        _other, candidate = _full_network_with_conflict(session)
        admit(session, user, candidate.id, TODAY, BoardDecisionInput(TODAY, "Andere Kunden"))
        withdraw_application(session, user, candidate.id, "zurückgezogen")
        assert session.scalars(select(BoardDecision.state)).all() == [BoardDecisionState.SUPERSEDED]


# -- order of the waiting list -------------------------------------------------------------------


def test_waiting_list_is_ordered_by_application_date_then_time_of_joining(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python's clock is wrong on this PC: the stamp must come from the database server.
    wrong = dt.datetime(2001, 1, 1, tzinfo=dt.UTC)
    monkeypatch.setattr(admission, "utcnow", lambda: wrong, raising=False)
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 1)
        member(session, "A GmbH", ["22.29"])
        early, late, earliest = (
            applicant(session, name, [code])
            for name, code in (("P GmbH", "24.33"), ("R GmbH", "25.11"), ("Q GmbH", "25.61"))
        )
        for organisation, applied in ((early, 10), (late, 10), (earliest, 1)):
            assert organisation.membership is not None
            organisation.membership.application_date = dt.date(2026, 11, applied)
        session.flush()
        server_before = session.scalar(select(server_now()))
        positions = [admit(session, user, o.id, TODAY).waiting_position for o in (early, late)]
        assert positions == [1, 2]
        # received earlier, processed later: it goes ahead of both
        assert admit(session, user, earliest.id, TODAY).waiting_position == 1
        assert [o.name for o in waiting_list(session)] == ["Q GmbH", "P GmbH", "R GmbH"]
        stamps = [o.membership.waiting_since for o in (early, late)]  # type: ignore[union-attr]
        assert stamps[0] is not None and stamps[1] is not None
        assert stamps[0] <= stamps[1]
        assert server_before is not None
        assert abs(stamps[0] - server_before) < dt.timedelta(minutes=1)
        assert stamps[0].year != 2001
        outlook = seat_outlook(session, late.id)
        assert (outlook.ahead, outlook.position, outlook.on_list) == (2, 3, True)


def test_seat_outlook_counts_those_waiting_ahead(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 3)
        member(session, "A GmbH", ["22.29"])
        member(session, "B GmbH", ["24.33"])
        set_cap(session, user, 2)
        for name, code in (("C GmbH", "25.11"), ("D GmbH", "25.61")):
            admit(session, user, applicant(session, name, [code]).id, TODAY)
        set_cap(session, user, 3)  # one seat free, two waiting
        newcomer = applicant(session, "E GmbH", ["25.73"])
        outlook = seat_outlook(session, newcomer.id)
        assert (outlook.members, outlook.cap, outlook.free, outlook.ahead) == (2, 3, 1, 2)
        assert not outlook.can_admit_now and outlook.position == 3 and not outlook.on_list
        result = admit(session, user, newcomer.id, TODAY)
        assert result.outcome == AdmissionOutcome.WAITING and result.waiting_position == 3
