"""E-mail drafts for a collection: one ``.eml`` per participant with its workbook attached.

The office chooses a folder; for every invited participant (or, for
reminders, every one that has not answered yet) NIRO Desk writes the
participant's workbook and an ``.eml`` draft addressed to its procurement
heads (contacts whose function says procurement and who have an e-mail
address; else the first contact with an address). ``X-Unsent: 1`` makes
Outlook open the file as a draft to send; Thunderbird opens it as a message
("Edit as new message"). Nothing is sent by NIRO Desk. Participants without
any address get their workbook but no draft, and are listed in the result.
The text is in the participant's language (see ``collection_workbook``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from sqlalchemy.orm import Session

from niro_desk.errors import NiroDeskError
from niro_desk.formatting import format_date
from niro_desk.models import Contact, Organisation
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement.collection_workbook import (
    GeneratedWorkbook,
    Progress,
    generate_workbooks,
)
from niro_desk.procurement.participants import is_procurement_function
from niro_desk.procurement.pooled_demand import not_answered
from niro_desk.procurement.requirement_collections import get_collection
from niro_desk.workbook.sheet_writer import WRITE_FAILED

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

TEXTS = {
    "de": {
        "subject": "Bedarfsabfrage {title}: bitte bis {deadline} zurücksenden",
        "reminder_subject": "Erinnerung: Bedarfsabfrage {title} (Frist {deadline})",
        "greeting": "Guten Tag {names},",
        "greeting_anonymous": "Guten Tag,",
        "body": (
            "für die gemeinsame Ausschreibung „{title}“ (Zeitraum {period}) bitten wir"
            " {participant} um den voraussichtlichen Jahresbedarf.\n\n"
            "Bitte füllen Sie die angehängte Arbeitsmappe aus (nur die gelben Zellen;"
            " die Anleitung steht im ersten Blatt) und senden Sie sie bis {deadline}"
            " an uns zurück."
        ),
        "reminder_body": (
            "wir haben von {participant} noch keine Angaben zur Bedarfsabfrage „{title}“"
            " (Zeitraum {period}) erhalten. Die Frist endet am {deadline}.\n\n"
            "Die Arbeitsmappe hängt noch einmal an; bitte füllen Sie die gelben Zellen"
            " aus und senden Sie sie an uns zurück."
        ),
        "closing": "Vielen Dank und freundliche Grüße\nIhre Geschäftsstelle",
    },
    "en": {
        "subject": "Requirement collection {title}: please reply by {deadline}",
        "reminder_subject": "Reminder: requirement collection {title} (due {deadline})",
        "greeting": "Dear {names},",
        "greeting_anonymous": "Hello,",
        "body": (
            "for the joint tender “{title}” (supply period {period}) we ask"
            " {participant} for its expected yearly volumes.\n\n"
            "Please fill in the attached workbook (only the yellow cells; the"
            " instructions are on the first sheet) and send it back to us by {deadline}."
        ),
        "reminder_body": (
            "we have not yet received the requirements of {participant} for “{title}”"
            " (supply period {period}). The deadline is {deadline}.\n\n"
            "The workbook is attached again; please fill in the yellow cells and send"
            " it back to us."
        ),
        "closing": "Thank you and kind regards\nThe office",
    },
}


@dataclass(frozen=True)
class MailDraft:
    organisation_id: int
    organisation: str
    recipients: list[str]
    workbook: Path
    draft: Path | None
    """None: no address, only the workbook was written."""


@dataclass
class MailBatch:
    folder: Path
    drafts: list[MailDraft] = field(default_factory=list)

    @property
    def without_address(self) -> list[MailDraft]:
        return [d for d in self.drafts if d.draft is None]

    @property
    def written(self) -> list[MailDraft]:
        return [d for d in self.drafts if d.draft is not None]


def _address(contact: Contact) -> Address | None:
    try:
        return Address(display_name=contact.full_name, addr_spec=contact.email.strip())
    except (ValueError, IndexError, TypeError):
        return None


def recipients(organisation: Organisation) -> list[Address]:
    """The procurement heads with an address; else the first contact with one."""
    contacts = sorted(organisation.contacts, key=lambda c: c.id)
    heads = [c for c in contacts if c.email.strip() and is_procurement_function(c.function)]
    if not heads:
        heads = [c for c in contacts if c.email.strip()][:1]
    return [a for a in (_address(c) for c in heads) if a is not None]


def draft_message(
    workbook: GeneratedWorkbook,
    organisation: Organisation,
    to: list[Address],
    values: dict[str, str],
    reminder: bool,
) -> EmailMessage:
    texts = TEXTS[workbook.language]
    message = EmailMessage()
    message["X-Unsent"] = "1"
    message["To"] = to
    message["Subject"] = texts["reminder_subject" if reminder else "subject"].format(**values)
    names = ", ".join(a.display_name for a in to if a.display_name)
    greeting = texts["greeting"].format(names=names) if names else texts["greeting_anonymous"]
    body = texts["reminder_body" if reminder else "body"].format(
        participant=organisation.name, **values
    )
    message.set_content(f"{greeting}\n\n{body}\n\n{texts['closing']}\n")
    message.add_attachment(
        workbook.path.read_bytes(),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=workbook.path.name,
    )
    return message


def _write(path: Path, data: bytes) -> None:
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(suffix=".eml", prefix=".niro-", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise NiroDeskError(
            WRITE_FAILED, file=path.name, reason=error.strerror or str(error)
        ) from error


def prepare_emails(
    session: Session,
    collection_id: int,
    folder: Path,
    organisation_ids: Iterable[int] | None = None,
    *,
    reminder: bool = False,
    progress: Progress | None = None,
) -> MailBatch:
    """Workbooks and ``.eml`` drafts in ``folder``; reminders only for who has not answered.

    Run in a write transaction (the signing key is created on first use).
    """
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    if reminder:
        missing = {s.organisation_id for s in not_answered(session, collection_id)}
        chosen = missing if organisation_ids is None else missing & set(organisation_ids)
        organisation_ids = sorted(chosen)
    workbooks = generate_workbooks(session, collection_id, folder, organisation_ids, progress)
    batch = MailBatch(folder)
    for workbook in workbooks:
        organisation = session.get(Organisation, workbook.organisation_id)
        assert organisation is not None
        to = recipients(organisation)
        draft: Path | None = None
        if to:
            values = {
                "title": collection.title,
                "period": collection.supply_period,
                "deadline": format_date(collection.deadline, workbook.language),
            }
            message = draft_message(workbook, organisation, to, values, reminder)
            draft = workbook.path.with_suffix(".eml")
            if reminder:
                draft = draft.with_name(draft.stem + " - reminder.eml")
            _write(draft, message.as_bytes(policy=SMTP))
        batch.drafts.append(
            MailDraft(
                organisation.id,
                organisation.name,
                [str(a) for a in to],
                workbook.path,
                draft,
            )
        )
    return batch
