"""Importing a member workbook (an office migrating from Excel, or our own export coming back).

Every sheet is recognised by its header row (German or English column names,
see ``member_import_rows``): member sheets, the waiting list (its order is
kept: "waiting since" and position) and the contacts (matched to their
organisation in the file or in NIRO Desk). A sheet nobody knows is skipped
with a warning that says so.

Three steps, the same for the dry run and the real import:

1. ``check_import(session, path)`` reads the workbook (bounded rows and
   columns, streaming), parses every cell against what both database engines
   can store, matches rows to organisations and contacts, checks the rules
   (dates, duplicates, cap) and lists each row's changes field by field
   ("new", "update" with old → new, or "unchanged"), plus grouped competitor
   warnings. It writes nothing; run it in a *reading* session, so SQLite's
   write lock is not held while it works.
2. The preview (``ImportPlan.preview``) is shown; nothing happens without the
   user.
3. ``write_import(session, user, plan)`` runs in one short write transaction:
   it locks the cap row, re-runs the cheap database checks on the parsed rows
   (another PC may have admitted someone since), refuses when anything differs
   from the preview, then writes: new organisations in batches
   (``member_import_bulk``: the same rows and audit entries as the services
   would write, a few INSERTs per table), updates and contacts through the
   membership services (audited). Any error rolls everything back: nothing
   half-done.

``run_import(db, acting_user, path)`` does 1 and 3 with the right sessions;
``import_members(session, user, path)`` does both in the caller's session;
``preview_import(session, path)`` is step 1's preview. ``progress(done,
total)`` is called during checking and writing, ``cancelled()`` is asked
regularly: a cancelled import raises ``ImportCancelled`` and writes nothing.

Matching: a row updates the organisation with the same VAT ID, else the one
with exactly the same name; otherwise it is new. A column missing from the
file leaves that data alone; an empty cell in a present column clears it
(fees are never deleted: a changed fee adds a step to the fee history).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from niro_desk import audit
from niro_desk.database import Database
from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected
from niro_desk.gc_tuning import fewer_collections
from niro_desk.membership.contacts import ContactInput, create_contact, update_contact
from niro_desk.membership.member_import_bulk import waiting_stamp, write_new_members
from niro_desk.membership.member_import_checks import (
    CAP_EXCEEDED,
    ORGANISATION_FIELDS,
    current_profile,
    evaluate,
    resulting_admission,
    row_profile,
    sales_key,
)
from niro_desk.membership.member_import_conflicts import competitor_warnings
from niro_desk.membership.member_import_rows import (
    CONTACT_MATCHER,
    HEADER_ALIASES,
    MAX_DATA_ROWS,
    MEMBER_HEADERS,
    ContactRow,
    MemberRow,
    read_contact_row,
    read_member_row,
)
from niro_desk.membership.membership_cap import get_cap, lock_cap
from niro_desk.membership.organisations import (
    OrganisationInput,
    SalesProfile,
    create_organisation,
    set_fee,
    set_sales_profile,
    update_membership_details,
    update_organisation,
)
from niro_desk.models import (
    IndustryCode,
    Membership,
    MembershipStatus,
    OfficeUser,
    Organisation,
    OrganisationKind,
)
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.workbook import (
    HeaderRow,
    ProblemLog,
    WorkbookProblem,
    cell_text,
    find_header,
    header_key,
    open_workbook,
    read_rows,
    rejected,
)
from niro_desk.workbook.header_match import HEADER_SEARCH_ROWS
from niro_desk.workbook.problems import REJECTED, ImportCancelled
from niro_desk.workbook.safe_open import UNREADABLE

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ImportProblem = WorkbookProblem

MAX_SHEETS = 20
BULK_BATCH = 1000  # new organisations per batch (progress and cancelling between batches)

NO_SHEET = QT_TRANSLATE_NOOP("Messages", "The workbook has no worksheet.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "Messages",
    "No header row found in the first {rows} rows: the import needs a column “Name”"
    " (or “Firma”) and the other columns named as in the exported member list.",
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "This column means the same as column “{other}”; keep only one of them."
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "Column “{column}” is not known to NIRO Desk and was ignored."
)
NO_STATUS_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has no column “Status”: every row is imported as a member."
)
NO_ROWS = QT_TRANSLATE_NOOP("Messages", "There are no rows below the header row.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages", "The sheet has more than {limit} rows; split it into smaller files."
)
SHEET_SKIPPED = QT_TRANSLATE_NOOP(
    "Messages",
    "Sheet “{sheet}” was skipped: it has no header row of a member list, waiting list or"
    " contact list.",
)
TOO_MANY_SHEETS = QT_TRANSLATE_NOOP(
    "Messages", "Only the first {limit} sheets were read; the others were skipped."
)
CHANGED_SINCE_PREVIEW = QT_TRANSLATE_NOOP(
    "Messages",
    "The data in NIRO Desk changed since the preview (row {row} on sheet “{sheet}”, perhaps"
    " edited on another PC). Nothing was written: look at the preview again and import then.",
)


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field an update changes: the column, the value in NIRO Desk and the file's value."""

    column: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.column}: {self.before or '—'} → {self.after or '—'}"


@dataclass(frozen=True)
class ImportPreviewRow:
    """What the import does with one row: ``action`` is "new", "update" or "unchanged"."""

    row: int
    name: str
    status: str
    city: str
    codes: str
    action: str
    sheet: str = ""
    kind: str = "organisation"
    """"organisation" or "contact"."""
    changes: tuple[FieldChange, ...] = ()


@dataclass
class ImportPreview:
    rows: list[ImportPreviewRow] = field(default_factory=list)
    problems: list[WorkbookProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def new_count(self) -> int:
        return self.count("new")

    @property
    def update_count(self) -> int:
        return self.count("update")

    @property
    def unchanged_count(self) -> int:
        return self.count("unchanged")

    @property
    def nothing_to_do(self) -> bool:
        """True when every row is unchanged: importing would write nothing."""
        return all(row.action == "unchanged" for row in self.rows)


@dataclass
class ImportPlan:
    """The checked workbook: the preview and the parsed rows the write phase uses."""

    file_name: str
    preview: ImportPreview
    members: list[MemberRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    language: str = "en"

    def signature(self) -> list[tuple[Any, ...]]:
        """What the import would change, row by row (compared again before writing)."""
        return [(row.sheet, row.row, row.action, row.changes) for row in self.preview.rows]


# --- reading ---------------------------------------------------------------------------------


@dataclass
class _Sheet:
    title: str
    kind: str  # "members", "waiting" or "contacts"
    header: HeaderRow
    rows: list[tuple[int, tuple[Any, ...]]]


def _recognise(
    log: ProblemLog, title: str, rows: list[tuple[int, tuple[Any, ...]]]
) -> _Sheet | None:
    contacts = find_header(rows, CONTACT_MATCHER, required=("organisation", "last_name"))
    if contacts is not None:
        return _Sheet(title, "contacts", contacts, rows)
    members = find_header(rows, MEMBER_HEADERS, required=("name",))
    if members is None:
        return None
    kind = "waiting" if {"position", "waiting_since"} & members.columns.keys() else "members"
    return _Sheet(title, kind, members, rows)


def _read_sheets(
    path: Path, log: ProblemLog, cancelled: Cancelled | None
) -> tuple[list[_Sheet], str]:
    sheets: list[_Sheet] = []
    first = ""
    with open_workbook(path) as workbook:
        worksheets = workbook.worksheets
        if not worksheets:
            return [], ""
        first = worksheets[0].title
        if len(worksheets) > MAX_SHEETS:
            log.warn(TOO_MANY_SHEETS, limit=MAX_SHEETS)
        for worksheet in worksheets[:MAX_SHEETS]:
            content = read_rows(
                worksheet,
                path.name,
                max_rows=MAX_DATA_ROWS + HEADER_SEARCH_ROWS,
                cancelled=cancelled,
            )
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if not content.rows:
                continue
            sheet = _recognise(log, content.title, content.rows)
            if sheet is None:
                log.warn(SHEET_SKIPPED, sheet=content.title)
                continue
            if content.more_rows or len(content.rows) - sheet.header.index - 1 > MAX_DATA_ROWS:
                log.add(content.title, 0, "", TOO_MANY_ROWS, limit=MAX_DATA_ROWS)
                sheet.rows = []
            sheets.append(sheet)
    return sheets, first


def _header_problems(log: ProblemLog, sheet: _Sheet) -> None:
    header = sheet.header
    for _position, written, other in header.duplicates:
        log.add(sheet.title, header.number, written, DUPLICATE_COLUMN, other=other)
    for _position, written in header.unknown:
        log.warn(UNKNOWN_COLUMN, column=written)
    if sheet.kind == "members" and "status" not in header.columns:
        log.warn(NO_STATUS_COLUMN)


def _parse(
    session: Session,
    path: Path,
    log: ProblemLog,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[list[MemberRow], list[ContactRow], dict[str, IndustryCode], list[str]]:
    sheets, first = _read_sheets(path, log, cancelled)
    members: list[MemberRow] = []
    contacts: list[ContactRow] = []
    classes = {
        code.code: code
        for code in session.scalars(select(IndustryCode).where(IndustryCode.level == "class"))
    }
    if not first:
        log.add(path.name, 0, "", NO_SHEET)
        return members, contacts, classes, []
    if not sheets:
        log.add(first, 0, "", NO_HEADER, rows=HEADER_SEARCH_ROWS)
        return members, contacts, classes, []
    total = sum(len(sheet.rows) for sheet in sheets)
    done = 0
    codes = set(classes)
    for sheet in sheets:
        _header_problems(log, sheet)
        default = MembershipStatus.WAITING if sheet.kind == "waiting" else MembershipStatus.MEMBER
        for number, values in sheet.rows[sheet.header.index + 1 :]:
            if sheet.kind == "contacts":
                contacts.append(read_contact_row(log, sheet.header, sheet.title, number, values))
            else:
                members.append(
                    read_member_row(log, sheet.header, sheet.title, number, values, codes, default)
                )
            done += 1
            if done % 200 == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if progress is not None:
                    progress(done, total)
    if not members and not contacts and not log.problems:
        sheet = sheets[0]
        log.add(sheet.title, sheet.header.number + 1, "", NO_ROWS)
    return members, contacts, classes, [sheet.title for sheet in sheets]


def _preview(plan: ImportPlan, log: ProblemLog) -> ImportPreview:
    preview = ImportPreview(problems=log.problems, warnings=log.warnings)
    for row in plan.members:
        codes, _, _ = row_profile(row)
        preview.rows.append(
            ImportPreviewRow(
                row.number,
                row.data.name.strip(),
                str(row.status) if row.status else "",
                row.data.city.strip(),
                ", ".join(codes),
                row.action,
                row.sheet,
                "organisation",
                tuple(FieldChange(*change) for change in row.changes),
            )
        )
    for contact in plan.contacts:
        name = f"{contact.data.first_name} {contact.data.last_name}".strip()
        preview.rows.append(
            ImportPreviewRow(
                contact.number,
                f"{name} ({contact.organisation_name})",
                "",
                "",
                "",
                contact.action,
                contact.sheet,
                "contact",
                tuple(FieldChange(*change) for change in contact.changes),
            )
        )
    return preview


@fewer_collections()
def check_import(
    session: Session,
    path: Path,
    progress: Progress | None = None,
    *,
    language: str = "en",
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read and check ``path``; the plan's preview holds every problem. Writes nothing.

    Raises ``ImportRejected`` (without problems) when the file is no readable
    workbook at all, ``ImportCancelled`` when ``cancelled()`` says so. Only for a
    viewer who may import (``EDIT_MEMBERS``): the preview shows every member's data.
    """
    require_viewer(session, Permission.EDIT_MEMBERS)
    log = ProblemLog()
    members, contacts, classes, titles = _parse(session, path, log, progress, cancelled)
    plan = ImportPlan(path.name, ImportPreview(), members, contacts, language)
    if members or contacts:
        evaluate(session, log, members, contacts, get_cap(session), language)
        if cancelled is not None and cancelled():
            raise ImportCancelled
        competitor_warnings(session, log, members, classes, language)
    log.sort(titles)
    plan.preview = _preview(plan, log)
    if progress is not None:
        total = max(len(members) + len(contacts), 1)
        progress(total, total)
    return plan


def preview_import(
    session: Session,
    path: Path,
    progress: Progress | None = None,
    *,
    language: str = "en",
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """What importing ``path`` would do, with every problem and warning; writes nothing."""
    return check_import(session, path, progress, language=language, cancelled=cancelled).preview


# --- writing ---------------------------------------------------------------------------------


def _merged_input(row: MemberRow, existing: Organisation) -> OrganisationInput:
    """The existing organisation's data, overwritten by the columns the file has."""
    merged = OrganisationInput.from_organisation(existing)
    for name in ORGANISATION_FIELDS:
        if row.has(name):
            setattr(merged, name, getattr(row.data, name))
    return merged


def _status_snapshot(organisation: Organisation, membership: Membership) -> dict[str, Any]:
    data = audit.snapshot(membership)
    data["membership_status"] = str(organisation.membership_status)
    return {
        key: data.get(key)
        for key in (
            "membership_status",
            "admission_date",
            "waiting_since",
            "exit_date",
            "exit_reason",
        )
    }


def _apply_status(
    session: Session, user: OfficeUser, organisation: Organisation, row: MemberRow, file_name: str
) -> None:
    membership = organisation.membership
    assert membership is not None and row.status is not None
    before = _status_snapshot(organisation, membership)
    status = row.status
    membership.admission_date = resulting_admission(row, membership)
    if status == MembershipStatus.WAITING:
        waiting_day = (
            membership.waiting_since.astimezone().date() if membership.waiting_since else None
        )
        if (
            organisation.membership_status != MembershipStatus.WAITING
            or not membership.waiting_since
            or (row.waiting_since is not None and row.waiting_since != waiting_day)
        ):
            membership.waiting_since = waiting_stamp(row, membership.application_date)
    else:
        membership.waiting_since = None
    if status != MembershipStatus.FORMER:
        membership.exit_date = None
        membership.exit_reason = ""
    organisation.membership_status = status
    after = _status_snapshot(organisation, membership)
    changed = audit.changed_fields(before, after)
    if changed:
        session.flush()
        audit.record(
            session,
            user,
            "import",
            "organisation",
            organisation.id,
            f"Membership of {organisation.name} imported from {file_name}: {status}",
            {key: before[key] for key in changed},
            changed,
        )


def _write_member(session: Session, user: OfficeUser, row: MemberRow, file_name: str) -> None:
    today = dt.date.today()
    note = f"Import {file_name}"
    if row.existing is None:
        application = row.application_date or row.admission_date
        organisation = create_organisation(
            session, user, row.data, OrganisationKind.MEMBER, application
        )
        # a new organisation has none of these yet: spare the lazy loads (four queries a row)
        for name in ("sales_codes", "product_markets", "materials"):
            set_committed_value(organisation, name, [])
        if organisation.membership is not None:
            set_committed_value(organisation.membership, "fees", [])
    else:
        organisation = update_organisation(
            session, user, row.existing.id, _merged_input(row, row.existing)
        )
        if organisation.membership is None:
            organisation.membership = Membership(
                application_date=row.application_date or row.admission_date or today
            )
            session.flush()
    membership = organisation.membership
    assert membership is not None
    _apply_status(session, user, organisation, row, file_name)
    application = row.application_date or membership.application_date
    founding = (
        row.founding_member if row.founding_member is not None else membership.founding_member
    )
    if application != membership.application_date or founding != membership.founding_member:
        update_membership_details(session, user, organisation.id, application, founding)
    if row.annual_fee is not None:
        if not membership.fees:
            valid_from = membership.admission_date or membership.application_date
            set_fee(session, user, organisation.id, valid_from, row.annual_fee, note)
        elif membership.fee_on(today) != row.annual_fee:
            set_fee(session, user, organisation.id, today, row.annual_fee, note)
    codes, markets, materials = row_profile(row)
    current = current_profile(row.existing) if row.existing is not None else ([], [], [])
    if sales_key(codes, markets, materials) != sales_key(*current):
        set_sales_profile(
            session, user, organisation.id, SalesProfile(codes, markets, materials), check=False
        )
    row.existing = organisation


def _write_contact(
    session: Session, user: OfficeUser, row: ContactRow, created: dict[int, int]
) -> None:
    """Create or update one contact; ``created`` maps new member rows (by ``id``) to their ids."""
    if row.organisation is not None:
        organisation_id = row.organisation.id
    else:
        assert row.member_row is not None
        member_row = row.member_row
        if id(member_row) in created:
            organisation_id = created[id(member_row)]
        else:
            assert member_row.existing is not None
            organisation_id = member_row.existing.id
    data = ContactInput(
        first_name=row.data.first_name,
        last_name=row.data.last_name,
        function=row.data.function,
        email=row.data.email,
        phone=row.data.phone,
        expertise=row.data.expertise,
    )
    if row.existing is None:
        create_contact(session, user, organisation_id, data)
        return
    existing = row.existing
    merged = ContactInput(
        first_name=existing.first_name,
        last_name=existing.last_name,
        function=existing.function,
        email=existing.email,
        phone=existing.phone,
        notes=existing.notes,
        expertise=[item.name for item in existing.expertise],
    )
    for name in ("first_name", "last_name", "function", "email", "phone", "expertise"):
        if row.has(name):
            setattr(merged, name, getattr(data, name))
    update_contact(session, user, existing.id, merged)


@fewer_collections()
def write_import(
    session: Session,
    user: OfficeUser,
    plan: ImportPlan,
    progress: Progress | None = None,
    *,
    cancelled: Cancelled | None = None,
    bulk: bool = True,
) -> ImportPreview:
    """Write a checked plan in the caller's (write) transaction; all or nothing.

    Locks the cap row first, then re-checks the parsed rows against the
    database as it is now; raises ``ImportRejected`` when a rule now fails or
    anything differs from the preview the user saw. New organisations are
    written in batches (``member_import_bulk``); ``bulk=False`` writes them
    row by row through the services instead, with the same result (the tests
    compare the two). Needs ``EDIT_MEMBERS``.
    """
    require(session, user, Permission.EDIT_MEMBERS)
    if plan.preview.problems:
        raise rejected(plan.file_name, plan.preview.problems)
    if plan.preview.nothing_to_do:
        return plan.preview  # the preview said so: nothing is written, nothing is locked
    lock_cap(session)
    log = ProblemLog()
    before = plan.signature()
    evaluate(session, log, plan.members, plan.contacts, get_cap(session), plan.language)
    if log.problems:
        raise rejected(plan.file_name, log.problems)
    now = _preview(plan, log)
    for seen, current in zip(
        before, [(r.sheet, r.row, r.action, r.changes) for r in now.rows], strict=True
    ):
        if seen != current:
            problem = WorkbookProblem(
                current[0],
                current[1],
                "",
                CHANGED_SINCE_PREVIEW,
                {"row": current[1], "sheet": current[0]},
            )
            raise ImportRejected(CHANGED_SINCE_PREVIEW, [problem], row=current[1], sheet=current[0])
    work = [row for row in plan.members if row.action != "unchanged"]
    contacts = [row for row in plan.contacts if row.action != "unchanged"]
    total = len(work) + len(contacts)
    created: dict[int, int] = {}
    new = [row for row in work if row.existing is None] if bulk else []
    for start in range(0, len(new), BULK_BATCH):
        batch = new[start : start + BULK_BATCH]
        ids = write_new_members(session, user, batch, plan.file_name)
        created.update((id(row), key) for row, key in zip(batch, ids, strict=True))
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(start + len(batch), total)
    updates = [row for row in work if id(row) not in created]
    for done, row in enumerate(updates, start=len(created) + 1):
        _write_member(session, user, row, plan.file_name)
        if done % 50 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(done, total)
    for done, contact in enumerate(contacts, start=len(work) + 1):
        _write_contact(session, user, contact, created)
        if done % 50 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(done, total)
    session.flush()
    if cancelled is not None and cancelled():
        raise ImportCancelled
    if progress is not None:
        progress(total, total)
    return plan.preview


def import_members(
    session: Session,
    user: OfficeUser,
    path: Path,
    progress: Progress | None = None,
    *,
    language: str = "en",
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """Check and import ``path`` in the caller's one transaction; nothing written on any problem.

    Raises ``ImportRejected`` whose ``problems`` list every problem (sheet,
    row, column). Prefer ``run_import``, which checks outside the write lock.
    """
    plan = check_import(session, path, _half(progress, 0), language=language, cancelled=cancelled)
    if plan.preview.problems:
        raise rejected(path.name, plan.preview.problems)
    return write_import(session, user, plan, _half(progress, 1), cancelled=cancelled)


@fewer_collections()
def run_import(
    db: Database,
    acting_user: Callable[[Session], OfficeUser],
    path: Path,
    progress: Progress | None = None,
    *,
    language: str = "en",
    cancelled: Cancelled | None = None,
    plan: ImportPlan | None = None,
) -> ImportPreview:
    """Check in a reading session (or reuse ``plan``), then write in one short transaction."""
    if plan is None:
        with db.reading() as session:
            plan = check_import(
                session, path, _half(progress, 0), language=language, cancelled=cancelled
            )
    if plan.preview.problems:
        raise rejected(path.name, plan.preview.problems)
    with db.transaction() as session:
        return write_import(
            session, acting_user(session), plan, _half(progress, 1), cancelled=cancelled
        )


def _half(progress: Progress | None, part: int) -> Progress | None:
    """Checking is the first half of the progress bar, writing the second."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        total = max(total, 1)
        progress(part * total + done, 2 * total)

    return report


__all__ = [
    "CAP_EXCEEDED",
    "HEADER_ALIASES",
    "REJECTED",
    "UNREADABLE",
    "FieldChange",
    "ImportCancelled",
    "ImportPlan",
    "ImportPreview",
    "ImportPreviewRow",
    "ImportProblem",
    "cell_text",
    "check_import",
    "header_key",
    "import_members",
    "preview_import",
    "run_import",
    "write_import",
]
