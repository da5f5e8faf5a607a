"""Issue 11 for tenders and suppliers: every service asks who acts, on both databases.

One world per database (built once for the module, accounts turned on at the end):
tender A is opened and in evaluation, tender B is a draft, tender C has round 1
open with a bid in time, a late bid and a returned workbook checked for import.
Every public service is called as every role inside a transaction that is rolled
back afterwards, so each call sees the same world: an allowed call must succeed,
a refused one must raise ``PermissionDenied`` before it touches anything.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from account_builders import LOGINS, Office, act_as, cheap_hashes, office
from bid_workbook_builders import CHECKED, fill, invite, scenario_prices
from conftest import BACKENDS, Templates, _copy_database
from procurement_builders import office_user
from sqlalchemy import select
from sqlalchemy.orm import Session
from tender_builders import (
    AFTER_DEADLINE,
    BEFORE_DEADLINE,
    DEADLINE,
    FAST,
    PASSPHRASE,
    T0,
    Scenario,
    bid,
    build,
)

from niro_desk.database import Database, open_database
from niro_desk.errors import PermissionDenied
from niro_desk.models import AuditEntry, Bid, OfficeUser, TenderRound, TenderState
from niro_desk.procurement import (
    bid_import,
    bids,
    evaluation_report,
    evaluation_workbook,
    opening_protocol,
    supplier_history,
    suppliers,
    tender_award,
    tender_brief,
    tender_evaluation,
    tender_invitation,
    tender_invitation_mail,
    tender_lots,
    tender_opening,
    tenders,
)

ROLES = ("admin", "staff", "manager", "head", "other_head", "nobody")
EDITORS = frozenset({"admin", "staff"})  # EDIT_PROCUREMENT
OFFICE = frozenset({"admin", "staff", "manager"})  # READ_ALL: bids and the evaluation
SIGNED_IN = frozenset({"admin", "staff", "manager", "head", "other_head"})
OPENING = AFTER_DEADLINE + dt.timedelta(hours=1)


@dataclass
class World:
    db: Database
    people: Office
    a: Scenario  # opened, in evaluation
    b_id: int  # draft
    c_id: int  # round 1 open: a bid in time, a late one
    c_round: int
    late_bid: int  # in C, not admitted
    certificate: int
    category: int
    plan: bid_import.BidImportPlan  # S3's returned workbook for C, checked
    workbook: Path


def _tender_on(session: Session, a: Scenario, title: str) -> int:
    return tenders.create_tender(
        session,
        office_user(session),
        tenders.TenderInput(
            title,
            [a.collection_id],
            [tenders.LotInput("Strom", [a.power_item]), tenders.LotInput("Erdgas", [a.gas_item])],
            100,
            (),
            a.suppliers,
        ),
    ).id


@pytest.fixture(scope="module", params=BACKENDS)
def world(
    request: pytest.FixtureRequest,
    templates: Templates,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("perm-tenders")
    urls = _copy_database(templates, str(request.param), False, folder)
    db = open_database(next(urls))
    try:
        with pytest.MonkeyPatch.context() as patch:
            cheap_hashes(patch)
            yield _build_world(db, folder)
    finally:
        db.dispose()
        urls.close()


def _build_world(db: Database, folder: Path) -> World:
    with db.transaction() as session:
        a = build(session)
        bid(session, a, 0, "0.2000", "0.0800")
        bid(session, a, 1, "0.2100", "0.0850")
        bid(session, a, 2, "0.1900", received=AFTER_DEADLINE)  # late, stays excluded
    with db.transaction() as session:
        user = office_user(session)
        assert tender_opening.open_round(
            session, user, a.round_id, PASSPHRASE, ["Eva"], now=OPENING
        ).opened
        b_id = _tender_on(session, a, "Erdgas 2028")
        c_id = _tender_on(session, a, "Strom 2028")
        c_round = tenders.publish_tender(
            session, user, c_id, PASSPHRASE, DEADLINE, now=T0, cost=FAST
        ).id
        c = Scenario(
            c_id,
            c_round,
            *_lots(session, c_id),
            a.power_item,
            a.gas_item,
            a.suppliers,
            a.participants,
            a.collection_id,
            {},
        )
        bid(session, c, 0, "0.2000", "0.0800")
        late = bid(session, c, 1, "0.2100", "0.0850", received=AFTER_DEADLINE).bid_ids[0]
        certificate = suppliers.add_certificate(
            session, user, a.suppliers[0], suppliers.CertificateInput("ISO 9001", None)
        ).id
        category = tenders.get_tender(session, a.tender_id).category_id
    returned = invite(db, c_id, folder / "out")
    workbook = fill(
        returned[a.suppliers[2]], folder / "back.xlsx", scenario_prices(a, "0.1800", "0.0700")
    )
    with db.reading() as session:
        plan = bid_import.check_bid_workbooks(session, c_id, [workbook], now=CHECKED)
    assert len(plan.accepted) == 1, plan.checks
    people = office(db, a.participants[0].id, a.participants[1].id)
    return World(db, people, a, b_id, c_id, c_round, late, certificate, category, plan, workbook)


def _lots(session: Session, tender_id: int) -> tuple[int, int]:
    lots = tenders.get_tender(session, tender_id).lots
    return lots[0].id, lots[1].id


Call = Callable[[Session, OfficeUser, World, Path], Any]

WRITES: dict[str, Call] = {
    "create_tender": lambda s, u, w, p: _tender_on_as(s, u, w),
    "set_suppliers": lambda s, u, w, p: tenders.set_suppliers(s, u, w.b_id, w.a.suppliers[:2]),
    "publish_tender": lambda s, u, w, p: tenders.publish_tender(
        s, u, w.b_id, PASSPHRASE, DEADLINE, now=T0, cost=FAST
    ),
    "start_next_round": lambda s, u, w, p: tenders.start_next_round(
        s, u, w.a.tender_id, OPENING + dt.timedelta(days=7), w.a.suppliers[:2], now=OPENING
    ),
    "cancel_tender": lambda s, u, w, p: tenders.cancel_tender(s, u, w.a.tender_id, "no budget"),
    "change_state": lambda s, u, w, p: tenders.change_state(
        s, u, tenders.get_tender(s, w.b_id), TenderState.CANCELLED, "cancelled"
    ),
    "enter_bid": lambda s, u, w, p: bids.enter_bid(
        s,
        u,
        bids.BidInput(
            w.c_round,
            w.a.suppliers[2],
            {_lots(s, w.c_id)[0]: {w.a.power_item: Decimal("0.1950")}},
            received_at=BEFORE_DEADLINE,
        ),
        now=BEFORE_DEADLINE,
    ),
    "admit_late_bid": lambda s, u, w, p: bids.admit_late_bid(s, u, w.late_bid, "post strike"),
    "close_round": lambda s, u, w, p: tender_opening.close_round(s, u, w.c_round, now=OPENING),
    "open_round": lambda s, u, w, p: _opened(
        tender_opening.open_round(s, u, w.c_round, PASSPHRASE, ["Eva"], now=OPENING)
    ),
    "set_scores": lambda s, u, w, p: tender_evaluation.set_scores(
        s, u, w.a.lot_power, w.a.suppliers[0], {w.a.criteria["Quality"]: 80}
    ),
    "award_tender": lambda s, u, w, p: tender_award.award_tender(
        s, u, w.a.tender_id, {w.a.lot_power: [tender_award.Share(w.a.suppliers[0])]}
    ),
    "save_bid_import": lambda s, u, w, p: _saved(
        bid_import.save_bid_import(s, u, _fresh(w.plan), now=CHECKED)
    ),
    "set_categories": lambda s, u, w, p: suppliers.set_categories(
        s, u, w.a.suppliers[1], [w.category]
    ),
    "add_certificate": lambda s, u, w, p: suppliers.add_certificate(
        s, u, w.a.suppliers[1], suppliers.CertificateInput("ISO 14001", dt.date(2028, 1, 1))
    ),
    "update_certificate": lambda s, u, w, p: suppliers.update_certificate(
        s, u, w.certificate, suppliers.CertificateInput("ISO 9001", dt.date(2029, 1, 1))
    ),
    "remove_certificate": lambda s, u, w, p: suppliers.remove_certificate(s, u, w.certificate),
    # no user argument: the reader (the signed-in account) needs EDIT_PROCUREMENT
    "generate_invitations": lambda s, u, w, p: _some(
        tender_invitation.generate_invitations(s, w.c_id, p, now=T0)
    ),
    "prepare_invitation_emails": lambda s, u, w, p: _some(
        tender_invitation_mail.prepare_invitation_emails(s, w.c_id, p, now=T0).drafts
    ),
    "check_bid_workbooks": lambda s, u, w, p: _some(
        bid_import.check_bid_workbooks(s, w.c_id, [w.workbook], now=CHECKED).accepted
    ),
}

OFFICE_READS: dict[str, Call] = {
    "round_bids": lambda s, u, w, p: _some(bids.round_bids(s, w.a.round_id)),
    "lot_comparison": lambda s, u, w, p: _some(
        tender_evaluation.lot_comparison(s, w.a.lot_power).offers
    ),
    "lot_ranking": lambda s, u, w, p: _some(tender_evaluation.lot_ranking(s, w.a.lot_power)),
    "baseline_by_item": lambda s, u, w, p: _some(
        tender_evaluation.baseline_by_item(s, w.a.lot_power)
    ),
    "lot_awards": lambda s, u, w, p: tender_award.lot_awards(s, w.a.lot_power),
    "protocol_data": lambda s, u, w, p: _some(opening_protocol.protocol_data(s, w.a.round_id).bids),
    "write_opening_protocol": lambda s, u, w, p: _pdf(
        opening_protocol.write_opening_protocol(s, w.a.round_id, p / "protocol.pdf", "en")
    ),
    "write_evaluation_report": lambda s, u, w, p: _pdf(
        evaluation_report.write_evaluation_report(s, w.a.tender_id, p / "evaluation.pdf", "en")
    ),
    "write_evaluation_workbook": lambda s, u, w, p: _file(
        evaluation_workbook.write_evaluation_workbook(s, w.a.tender_id, p / "e.xlsx", "en")
    ),
    "tender_history": lambda s, u, w, p: _some(suppliers.tender_history(s, w.a.suppliers[0])),
    "supplier_history": lambda s, u, w, p: _some(
        supplier_history.supplier_history(s, w.a.suppliers[0]).rows
    ),
}

VIEWER_READS: dict[str, Call] = {
    "list_tenders": lambda s, u, w, p: _count(tenders.list_tenders(s), 3),
    "tender_overview": lambda s, u, w, p: _some(tenders.tender_overview(s, w.a.tender_id).rounds),
    "tender_brief": lambda s, u, w, p: _some(tender_brief.tender_brief(s, w.a.tender_id).lots),
    "pooled_items": lambda s, u, w, p: _some(tender_lots.pooled_items(s, [w.a.collection_id])),
    "list_suppliers": lambda s, u, w, p: _count(suppliers.list_suppliers(s), 3),
    "served_category_ids": lambda s, u, w, p: suppliers.served_category_ids(s, w.a.suppliers[0]),
    "certificates": lambda s, u, w, p: _some(suppliers.certificates(s, w.a.suppliers[0])),
    "expiring_certificates": lambda s, u, w, p: suppliers.expiring_certificates(s),
}

ALLOWED = {
    **dict.fromkeys(WRITES, EDITORS),
    **dict.fromkeys(OFFICE_READS, OFFICE),
    **dict.fromkeys(VIEWER_READS, SIGNED_IN),
}
SERVICES = {**WRITES, **OFFICE_READS, **VIEWER_READS}


def _tender_on_as(session: Session, user: OfficeUser, w: World) -> int:
    return tenders.create_tender(
        session,
        user,
        tenders.TenderInput(
            "Strom 2029", [w.a.collection_id], [tenders.LotInput("Strom", [w.a.power_item])], 100
        ),
    ).id


def _fresh(plan: bid_import.BidImportPlan) -> bid_import.BidImportPlan:
    """The checked plan again (saving marks its checks; sealed prices cannot be deep-copied)."""
    return dataclasses.replace(plan, checks=[copy.copy(check) for check in plan.checks])


def _some(found: Any) -> Any:
    assert found, "an allowed call finds what the world holds"
    return found


def _count(rows: list[Any], expected: int) -> list[Any]:
    assert len(rows) == expected
    return rows


def _opened(result: tender_opening.OpeningResult) -> None:
    assert result.opened and (result.bids_opened, result.late_excluded) == (
        2,
        2,
    )  # two lots in time, two late


def _saved(plan: bid_import.BidImportPlan) -> None:
    assert len(plan.saved) == 1


def _pdf(path: Path) -> None:
    assert path.read_bytes().startswith(b"%PDF")


def _file(path: Path) -> None:
    assert path.stat().st_size > 0


def _run(world: World, role: str, call: Call, folder: Path) -> None:
    """``call`` as ``role`` (reading and acting as that account), then roll everything back."""
    db = world.db
    act_as(db, LOGINS.get(role, role))
    with db.sessions() as session:
        try:
            call(session, world.people.user(session, role), world, folder)
        finally:
            session.rollback()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("service", sorted(SERVICES))
def test_every_service_asks_who_acts(world: World, service: str, role: str, tmp_path: Path) -> None:
    call = SERVICES[service]
    if role in ALLOWED[service]:
        _run(world, role, call, tmp_path)
        return
    with pytest.raises(PermissionDenied) as refused:
        _run(world, role, call, tmp_path)
    message = str(refused.value.params) + refused.value.template
    if role == "nobody":
        assert "sign in" in message or "not an active account" in message
    elif service in WRITES:
        assert "edit_procurement" in message
    else:
        assert "read_all" in message
    assert not list(tmp_path.iterdir()), "a refused call writes no file"


def test_a_procurement_head_is_refused_every_bid_of_its_own_collection(world: World) -> None:
    """The head's organisation is a participant of tender A: still no bid, no evaluation."""
    assert world.people.own_organisation_id == world.a.participants[0].id
    act_as(world.db, LOGINS["head"])
    with world.db.reading() as session:
        for service in OFFICE_READS:
            with pytest.raises(PermissionDenied, match="read_all"):
                OFFICE_READS[service](session, world.people.user(session, "head"), world, Path())


@pytest.mark.parametrize(
    ("action", "work"),
    [
        ("open", "open_round"),
        ("admit", "admit_late_bid"),
        ("award", "award_tender"),
        ("import", "save_bid_import"),
    ],
)
def test_openings_admissions_and_awards_are_audited_as_the_acting_user(
    world: World, action: str, work: str, tmp_path: Path
) -> None:
    db = world.db
    act_as(db, LOGINS["staff"])
    with db.sessions() as session:
        try:
            staff = world.people.user(session, "staff")
            newest = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            WRITES[work](session, staff, world, tmp_path)
            session.flush()
            entries = session.scalars(
                select(AuditEntry).where(AuditEntry.id > newest, AuditEntry.action == action)
            ).all()
            assert len(entries) == 1
            assert entries[0].user.login == LOGINS["staff"]
            if work == "open_round":  # the round records who opened and who was present
                opened = session.get(TenderRound, world.c_round)
                assert opened is not None and opened.opened_by_id == staff.id
                assert opened.present == "Eva"
                assert entries[0].after is not None and entries[0].after["present"] == ["Eva"]
            if work == "admit_late_bid":
                admitted = session.get(Bid, world.late_bid)
                assert admitted is not None and admitted.admitted_by_id == staff.id
        finally:
            session.rollback()


def test_a_refused_opening_leaves_no_trace(world: World) -> None:
    """The head's attempt is refused before the passphrase is tried: nothing opened, nothing
    recorded (a wrong passphrase of the office would be recorded as ``open_refused``)."""
    db = world.db
    act_as(db, LOGINS["head"])
    with db.sessions() as session:
        try:
            before = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            with pytest.raises(PermissionDenied):
                tender_opening.open_round(
                    session,
                    world.people.user(session, "head"),
                    world.c_round,
                    "wrong",
                    ["Hans"],
                    now=OPENING,
                )
            session.flush()
            assert session.scalars(select(AuditEntry).where(AuditEntry.id > before)).all() == []
        finally:
            session.rollback()
