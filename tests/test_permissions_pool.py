"""Issue 11 in the procurement pool: every service of collections and agreements as every role.

One pool per database (``pool_world``), shared by the module: every call runs in a
transaction that is rolled back afterwards, so each (service, role) starts from the
same data. Allowed: the call succeeds; refused: ``PermissionDenied``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from account_builders import LOGINS, act_as
from conftest import BACKENDS, Templates, _copy_database
from pool_world import SECRETS, YEAR, Pool, build_pool
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.database import Database, open_database
from niro_desk.errors import PermissionDenied
from niro_desk.models import AuditEntry, CollectionState, OfficeUser, UnitOfMeasure
from niro_desk.procurement import (
    agreement_summary,
    agreements,
    categories,
    collection_import,
    collection_mail,
    collection_workbook,
    member_statement,
    negotiation_rounds,
    office_agenda,
    participants,
    participants_export,
    participations,
    pooled_demand,
    reports,
    requirement_collections,
    requirement_submissions,
    savings,
    service_fees,
)
from niro_desk.procurement.agreements import AgreementInput, ItemInput
from niro_desk.procurement.participations import LineInput as ParticipationLine
from niro_desk.procurement.requirement_collections import CollectionInput
from niro_desk.procurement.requirement_submissions import LineInput

ROLES = ("admin", "staff", "manager", "head", "other_head", "nobody")
READERS = frozenset({"admin", "staff", "manager", "head", "other_head"})
OFFICE = frozenset({"admin", "staff", "manager"})
EDITORS = frozenset({"admin", "staff"})
OWN_EDIT = frozenset({"admin", "staff", "head"})
OWN_READ = frozenset({"admin", "staff", "manager", "head"})
#: lists filtered to a procurement head's own organisation: everyone signed in
FILTERED_READ = READERS

Call = Callable[[Session, OfficeUser, Pool, Path], object]


@dataclass(frozen=True)
class Case:
    name: str
    call: Call
    allowed: frozenset[str]


def _collection_input(p: Pool, title: str = "Energie 2028") -> CollectionInput:
    return CollectionInput(title, p.category_id, "2028", dt.date.today() + dt.timedelta(days=40))


def _agreement_input(p: Pool) -> AgreementInput:
    return AgreementInput(
        "Strom 2030", p.supplier_id, p.category_id, [ItemInput(p.power_id, Decimal("100"))]
    )


CASES = [
    # -- categories: common ground to read, the office changes them
    Case("category_tree", lambda s, u, p, t: categories.category_tree(s), READERS),
    Case("get_category", lambda s, u, p, t: categories.get_category(s, p.category_id), READERS),
    Case("get_item", lambda s, u, p, t: categories.get_item(s, p.power_id), READERS),
    Case("items_of", lambda s, u, p, t: categories.items_of(s, p.category_id), READERS),
    Case("subtree_ids", lambda s, u, p, t: categories.subtree_ids(s, p.category_id), READERS),
    Case("create_category", lambda s, u, p, t: categories.create_category(s, u, "Wasser"), EDITORS),
    Case(
        "rename_category",
        lambda s, u, p, t: categories.rename_category(s, u, p.category_id, "Energie"),
        EDITORS,
    ),
    Case(
        "delete_category",
        lambda s, u, p, t: categories.delete_category(
            s, u, categories.create_category(s, OfficeUserOf.office(s), "Leer").id
        ),
        EDITORS,
    ),
    Case(
        "create_item",
        lambda s, u, p, t: categories.create_item(
            s, u, p.category_id, "Fernwärme", UnitOfMeasure.MWH
        ),
        EDITORS,
    ),
    Case(
        "update_item",
        lambda s, u, p, t: categories.update_item(
            s, u, p.gloves_id, "Handschuhe", UnitOfMeasure.PAIR
        ),
        EDITORS,
    ),
    # -- collections
    Case(
        "list_collections", lambda s, u, p, t: requirement_collections.list_collections(s), READERS
    ),
    Case(
        "get_collection",
        lambda s, u, p, t: requirement_collections.get_collection(s, p.collection_id),
        READERS,
    ),
    Case(
        "collection_items",
        lambda s, u, p, t: requirement_collections.collection_items(s, p.collection_id),
        READERS,
    ),
    Case(
        "active_participants",
        lambda s, u, p, t: requirement_collections.active_participants(s, p.collection_id),
        READERS,
    ),
    Case(
        "create_collection",
        lambda s, u, p, t: requirement_collections.create_collection(
            s, u, _collection_input(p), [p.own_id]
        ),
        EDITORS,
    ),
    Case(
        "update_collection",
        lambda s, u, p, t: requirement_collections.update_collection(
            s, u, p.collection_id, _collection_input(p, "Energie 2027 neu")
        ),
        EDITORS,
    ),
    Case(
        "invite",
        lambda s, u, p, t: requirement_collections.invite(s, u, p.collection_id, [p.customer_id]),
        EDITORS,
    ),
    Case(
        "remove_participant",
        lambda s, u, p, t: requirement_collections.remove_participant(
            s, u, p.collection_id, p.other_id, "test"
        ),
        EDITORS,
    ),
    Case(
        "change_state",
        lambda s, u, p, t: requirement_collections.change_state(
            s, u, p.collection_id, CollectionState.CLOSED
        ),
        EDITORS,
    ),
    Case(
        "current_submission",
        lambda s, u, p, t: requirement_submissions.current_submission(s, p.collection_id, p.own_id),
        OWN_READ,
    ),
    Case(
        "history",
        lambda s, u, p, t: requirement_submissions.history(s, p.collection_id, p.own_id),
        OWN_READ,
    ),
    Case(
        "submit",
        lambda s, u, p, t: requirement_submissions.submit(
            s, u, p.collection_id, p.own_id, [LineInput(p.power_id, Decimal("5"))]
        ),
        OWN_EDIT,
    ),
    Case(
        "item_totals",
        lambda s, u, p, t: pooled_demand.item_totals(s, p.collection_id),
        READERS,
    ),
    Case(
        "region_totals",
        lambda s, u, p, t: pooled_demand.region_totals(s, p.collection_id),
        READERS,
    ),
    Case(
        "participant_states",
        lambda s, u, p, t: pooled_demand.participant_states(s, p.collection_id),
        OFFICE,
    ),
    Case("not_answered", lambda s, u, p, t: pooled_demand.not_answered(s, p.collection_id), OFFICE),
    Case(
        "generate_workbooks",
        lambda s, u, p, t: collection_workbook.generate_workbooks(s, p.collection_id, t),
        EDITORS,
    ),
    Case(
        "last_year_volumes",
        lambda s, u, p, t: collection_workbook.last_year_volumes(
            s, requirement_collections.get_collection(s, p.collection_id), [p.own_id]
        ),
        OWN_READ,
    ),
    Case(
        "prepare_emails",
        lambda s, u, p, t: collection_mail.prepare_emails(s, p.collection_id, t, reminder=True),
        EDITORS,
    ),
    Case(
        "check_workbooks",
        lambda s, u, p, t: collection_import.check_workbooks(s, p.collection_id, []),
        EDITORS,
    ),
    Case("eligible_participants", lambda s, u, p, t: participants.eligible_participants(s), OFFICE),
    Case("participant_heads", lambda s, u, p, t: participants.participant_heads(s), OFFICE),
    # -- negotiation rounds
    Case("list_rounds", lambda s, u, p, t: negotiation_rounds.list_rounds(s), READERS),
    Case("get_round", lambda s, u, p, t: negotiation_rounds.get_round(s, p.round_id), READERS),
    Case(
        "combined_ranking",
        lambda s, u, p, t: negotiation_rounds.combined_ranking(s, p.round_id),
        READERS,
    ),
    Case("ballots", lambda s, u, p, t: negotiation_rounds.ballots(s, p.round_id), OFFICE),
    Case(
        "save_round",
        lambda s, u, p, t: negotiation_rounds.save_round(
            s, u, None, dt.date(2026, 9, 1), "Herbstrunde", [p.category_id], [p.own_contact_id]
        ),
        EDITORS,
    ),
    Case(
        "set_ranking",
        lambda s, u, p, t: negotiation_rounds.set_ranking(
            s, u, p.round_id, p.own_contact_id, [p.category_id]
        ),
        EDITORS,
    ),
    Case(
        "set_decisions",
        lambda s, u, p, t: negotiation_rounds.set_decisions(
            s, u, p.round_id, {p.category_id: "ja"}
        ),
        EDITORS,
    ),
    # -- agreements: prices and terms for everyone signed in, changes for the office
    Case("list_agreements", lambda s, u, p, t: agreements.list_agreements(s), READERS),
    Case("get_agreement", lambda s, u, p, t: agreements.get_agreement(s, p.agreement_id), READERS),
    Case(
        "agreement_overview",
        lambda s, u, p, t: agreements.agreement_overview(s, p.agreement_id),
        READERS,
    ),
    Case("list_documents", lambda s, u, p, t: agreements.list_documents(s, p.draft_id), READERS),
    Case(
        "document_content",
        lambda s, u, p, t: agreements.document_content(s, p.document_id),
        READERS,
    ),
    Case(
        "save_document",
        lambda s, u, p, t: agreements.save_document(s, p.document_id, t / "v.pdf"),
        READERS,
    ),
    Case("supplier_choices", lambda s, u, p, t: agreements.supplier_choices(s), READERS),
    Case(
        "create_agreement",
        lambda s, u, p, t: agreements.create_agreement(s, u, _agreement_input(p)),
        EDITORS,
    ),
    Case(
        "update_agreement",
        lambda s, u, p, t: agreements.update_agreement(s, u, p.draft_id, _agreement_input(p)),
        EDITORS,
    ),
    Case(
        "activate",
        lambda s, u, p, t: agreements.activate(s, u, p.draft_id, today=dt.date(2027, 1, 1)),
        EDITORS,
    ),
    Case(
        "terminate",
        lambda s, u, p, t: agreements.terminate(
            s, u, p.agreement_id, dt.date(2026, 12, 31), "test"
        ),
        EDITORS,
    ),
    Case("expire_ended", lambda s, u, p, t: agreements.expire_ended(s, u), EDITORS),
    Case(
        "attach_document",
        lambda s, u, p, t: agreements.attach_document(s, u, p.draft_id, "a.txt", b"x"),
        EDITORS,
    ),
    Case(
        "remove_document",
        lambda s, u, p, t: agreements.remove_document(s, u, p.document_id),
        EDITORS,
    ),
    # -- participations: a head for its own organisation
    Case(
        "participants_of",
        lambda s, u, p, t: participations.participants_of(s, p.agreement_id),
        READERS,
    ),
    Case(
        "agreements_of",
        lambda s, u, p, t: participations.agreements_of(s, p.own_id),
        OWN_READ,
    ),
    Case(
        "get_participation",
        lambda s, u, p, t: participations.get_participation(s, p.own_participation_id),
        OWN_READ,
    ),
    Case(
        "eligible_organisations",
        lambda s, u, p, t: participations.eligible_organisations(s, p.gas_agreement_id),
        READERS,
    ),
    Case(
        "proposed_lines",
        lambda s, u, p, t: participations.proposed_lines(s, p.agreement_id, p.own_id),
        OWN_READ,
    ),
    Case(
        "opt_in",
        lambda s, u, p, t: participations.opt_in(
            s,
            u,
            p.gas_agreement_id,
            p.own_id,
            dt.date(2026, 6, 1),
            [ParticipationLine(p.gas_id, Decimal("10"))],
        ),
        OWN_EDIT,
    ),
    Case(
        "update_lines",
        lambda s, u, p, t: participations.update_lines(
            s, u, p.own_participation_id, [ParticipationLine(p.power_id, Decimal("130"))]
        ),
        OWN_EDIT,
    ),
    Case(
        "set_consent",
        lambda s, u, p, t: participations.set_consent(s, u, p.own_participation_id, False),
        OWN_EDIT,
    ),
    Case(
        "opt_out",
        lambda s, u, p, t: participations.opt_out(
            s, u, p.own_participation_id, dt.date(2026, 12, 31), "test"
        ),
        OWN_EDIT,
    ),
    # -- a member's exit (a membership decision: EDIT_MEMBERS)
    Case(
        "remove_from_open_collections",
        lambda s, u, p, t: requirement_collections.remove_from_open_collections(
            s, u, p.other_id, "left"
        ),
        EDITORS,
    ),
    Case(
        "end_for_exit",
        lambda s, u, p, t: participations.end_for_exit(
            s, u, p.other_id, dt.date(2026, 12, 31), "left"
        ),
        EDITORS,
    ),
    # -- savings, reports, statements
    Case(
        "participation_savings",
        lambda s, u, p, t: savings.participation_savings(s, p.own_participation_id, YEAR),
        OWN_READ,
    ),
    Case(
        "savings_of_organisation",
        lambda s, u, p, t: savings.savings_of_organisation(s, p.own_id, YEAR),
        OWN_READ,
    ),
    Case(
        "membership_value",
        lambda s, u, p, t: savings.membership_value(s, p.own_id, YEAR),
        OWN_READ,
    ),
    Case(
        "savings_of_agreement",
        lambda s, u, p, t: savings.savings_of_agreement(s, p.agreement_id, YEAR),
        READERS,
    ),
    Case("membership_values", lambda s, u, p, t: savings.membership_values(s, YEAR), READERS),
    Case("report_tables", lambda s, u, p, t: reports.all_tables(s, YEAR, "de"), READERS),
    Case(
        "member_statement",
        lambda s, u, p, t: member_statement.write_statement(s, p.own_id, YEAR, t / "s.pdf"),
        OWN_READ,
    ),
    Case(
        "member_statements",
        lambda s, u, p, t: member_statement.write_statements(s, YEAR, t / "statements"),
        READERS,
    ),
    Case(
        "agreement_summary",
        lambda s, u, p, t: agreement_summary.write_summary(
            s, p.agreement_id, t / "summary.pdf", year=YEAR
        ),
        OFFICE,
    ),
    Case(
        "export_participants",
        lambda s, u, p, t: participants_export.export_participants(
            s, p.agreement_id, t / "participants.xlsx", today=dt.date(2026, 6, 1)
        ),
        OFFICE,
    ),
    Case("office_agenda", lambda s, u, p, t: office_agenda.office_agenda(s), READERS),
    # -- service fees: the customer's own page; the office changes them
    Case(
        "list_service_fees",
        lambda s, u, p, t: service_fees.list_service_fees(s, p.own_id),
        OWN_READ,
    ),
    Case(
        "fee_agreements",
        lambda s, u, p, t: service_fees.fee_agreements(s, p.own_id),
        OWN_READ,
    ),
    Case(
        "add_service_fee",
        lambda s, u, p, t: service_fees.add_service_fee(
            s, u, p.customer_id, None, dt.date(2026, 1, 1), Decimal("600")
        ),
        EDITORS,
    ),
    Case(
        "update_service_fee",
        lambda s, u, p, t: service_fees.update_service_fee(
            s, u, p.fee_id, None, dt.date(2020, 1, 1), Decimal("550")
        ),
        EDITORS,
    ),
    Case(
        "remove_service_fee",
        lambda s, u, p, t: service_fees.remove_service_fee(s, u, p.fee_id),
        EDITORS,
    ),
]


class OfficeUserOf:
    """The database's OS user (accounts off in the builders): a setup step's author."""

    @staticmethod
    def office(session: Session) -> OfficeUser:
        return session.scalars(select(OfficeUser).where(OfficeUser.login == "anna")).one()


class _Undo(Exception):
    """Raised at the end of every call: the transaction is rolled back."""


@dataclass
class Shared:
    db: Database
    pool: Pool


@pytest.fixture(scope="module", params=BACKENDS)
def shared(
    request: pytest.FixtureRequest,
    templates: Templates,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Shared]:
    from account_builders import cheap_hashes

    with pytest.MonkeyPatch.context() as patch:
        cheap_hashes(patch)
        for url in _copy_database(
            templates, str(request.param), False, tmp_path_factory.mktemp("pool")
        ):
            db = open_database(url)
            try:
                yield Shared(db, build_pool(db))
            finally:
                db.dispose()


def login_of(who: str) -> str:
    return "nobody" if who == "nobody" else LOGINS[who]


def run_as(shared: Shared, who: str, call: Call, folder: Path) -> object:
    """``call`` as ``who`` (reading and acting), rolled back afterwards."""
    act_as(shared.db, login_of(who))
    result: list[object] = []
    try:
        with shared.db.transaction() as session:
            user = shared.pool.office.user(session, who)
            result.append(call(session, user, shared.pool, folder))
            raise _Undo
    except _Undo:
        pass
    return result[0]


@pytest.mark.parametrize("who", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_pool_service_as_every_role(
    shared: Shared, case: Case, who: str, tmp_path: Path
) -> None:
    if who in case.allowed:
        run_as(shared, who, case.call, tmp_path)
    else:
        with pytest.raises(PermissionDenied):
            run_as(shared, who, case.call, tmp_path)


@pytest.mark.parametrize("who", ROLES)
def test_the_workbook_import_saves_only_for_the_office(shared: Shared, who: str) -> None:
    act_as(shared.db, login_of(who))
    plan = collection_import.ImportPlan(shared.pool.collection_id, "Energy 2027", [])

    def acting_user(session: Session) -> OfficeUser:
        return shared.pool.office.user(session, who)

    if who in EDITORS:
        assert collection_import.save_import(shared.db, acting_user, plan) is plan
    else:
        with pytest.raises(PermissionDenied):
            collection_import.save_import(shared.db, acting_user, plan)


# -- what a procurement head gets back: only its own organisation ----------------------------


def _ids(rows: object, attribute: str) -> set[int]:
    return {getattr(row, attribute) for row in rows}  # type: ignore[attr-defined]


FILTERED = [
    (
        "participants_of",
        lambda s, p: participations.participants_of(s, p.agreement_id),
        "organisation_id",
    ),
    (
        "savings_of_agreement",
        lambda s, p: savings.savings_of_agreement(s, p.agreement_id, YEAR),
        "organisation_id",
    ),
    ("participation_totals", lambda s, p: savings.participation_totals(s, YEAR), "organisation_id"),
    ("membership_values", lambda s, p: savings.membership_values(s, YEAR), "organisation_id"),
    (
        "active_participants",
        lambda s, p: requirement_collections.active_participants(s, p.collection_id),
        "id",
    ),
    (
        "eligible_organisations",
        lambda s, p: participations.eligible_organisations(s, p.gas_agreement_id),
        "id",
    ),
]


@pytest.mark.parametrize("name,call,attribute", FILTERED, ids=[f[0] for f in FILTERED])
def test_a_procurement_head_reads_only_its_own_organisations_rows(
    shared: Shared, name: str, call: Callable[[Session, Pool], object], attribute: str
) -> None:
    pool = shared.pool

    def seen(who: str) -> set[int]:
        found = run_as(shared, who, lambda s, u, p, t: _ids(call(s, p), attribute), Path())
        return found  # type: ignore[return-value]

    assert {pool.own_id, pool.other_id} <= seen("staff"), name
    assert seen("head") == {pool.own_id}, name
    assert seen("other_head") == {pool.other_id}, name


def test_the_heads_collections_are_those_its_organisation_is_asked_in(shared: Shared) -> None:
    def titles(who: str) -> list[int]:
        rows = run_as(
            shared, who, lambda s, u, p, t: requirement_collections.list_collections(s), Path()
        )
        return [row.id for row in rows]  # type: ignore[attr-defined]

    assert shared.pool.collection_id in titles("head")
    # a collection only the other organisation is asked in stays out of the head's list
    act_as(shared.db, LOGINS["staff"])
    try:
        with shared.db.transaction() as session:
            staff = shared.pool.office.user(session, "staff")
            requirement_collections.create_collection(
                session,
                staff,
                _collection_input(shared.pool, "Nur für andere"),
                [shared.pool.other_id],
            )
            shared.db.acting.login = LOGINS["head"]
            from niro_desk.permissions import forget_viewer

            forget_viewer(session)
            seen = [row.title for row in requirement_collections.list_collections(session)]
            assert "Nur für andere" not in seen and "Energy 2027" in seen
            raise _Undo
    except _Undo:
        pass


def test_the_head_sees_the_office_agenda_as_empty(shared: Shared) -> None:
    agenda = run_as(shared, "head", lambda s, u, p, t: office_agenda.office_agenda(s), Path())
    assert agenda.office_only and agenda.entries == []  # type: ignore[attr-defined]
    office = run_as(shared, "staff", lambda s, u, p, t: office_agenda.office_agenda(s), Path())
    assert not office.office_only  # type: ignore[attr-defined]


def test_the_heads_reports_and_statements_name_no_other_participant(
    shared: Shared, tmp_path: Path
) -> None:
    tables = run_as(shared, "head", lambda s, u, p, t: reports.all_tables(s, YEAR, "de"), Path())
    reports.export_tables(tables, tmp_path / "reports.xlsx")  # type: ignore[arg-type]
    text = _xlsx_text(tmp_path / "reports.xlsx")
    assert "Eigene Gießerei GmbH" in text
    _no_secret(text)
    written = run_as(
        shared,
        "head",
        lambda s, u, p, t: member_statement.write_statements(s, YEAR, t / "letters"),
        tmp_path,
    )
    assert len(written) == 1  # type: ignore[arg-type]
    _no_secret(_pdf_text(written[0]))  # type: ignore[index]


def _no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def _xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    parts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts.extend(str(value) for value in row if value is not None)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("action", ["opt_in", "opt_out"])
def test_opt_ins_and_opt_outs_are_audited_with_the_acting_head(shared: Shared, action: str) -> None:
    def act(session: Session, user: OfficeUser, pool: Pool, folder: Path) -> list[AuditEntry]:
        if action == "opt_in":
            made = participations.opt_in(
                session,
                user,
                pool.gas_agreement_id,
                pool.own_id,
                dt.date(2026, 6, 1),
                [ParticipationLine(pool.gas_id, Decimal("10"))],
            )
            agreement_id = pool.gas_agreement_id
            participation_id = made.id
        else:
            participations.opt_out(
                session, user, pool.own_participation_id, dt.date(2026, 12, 31), "zu teuer"
            )
            agreement_id = pool.agreement_id
            participation_id = pool.own_participation_id
        session.flush()
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == action, AuditEntry.entity_id == agreement_id
            )
        ).all()
        return [
            e
            for e in entries
            if e.after
            and e.after.get("participation_id") == participation_id
            and e.user.login == LOGINS["head"]
        ]

    found = run_as(shared, "head", act, Path())
    assert len(found) == 1  # type: ignore[arg-type]
