"""E-mail drafts for a tender round: one ``.eml`` per supplier with its invitation attached.

Like ``collection_mail``: addressed to the supplier's contacts (procurement
or sales heads are not distinguished for suppliers: the first contact with an
address, or the procurement contacts if any), ``X-Unsent: 1`` so Outlook opens
it as a draft; nothing is sent by NIRO Desk. Suppliers without any address
get their workbook but no draft and are listed in the result. The text is in
the supplier's language and carries nothing but what the workbook carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from sqlalchemy.orm import Session

from niro_desk.models import Organisation
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement.collection_mail import (
    XLSX_TYPE,
    MailBatch,
    MailDraft,
    _write,
    recipients,
)
from niro_desk.procurement.collection_workbook import Progress
from niro_desk.procurement.tender_brief import tender_brief
from niro_desk.procurement.tender_invitation import (
    InvitationWorkbook,
    deadline_text,
    generate_invitations,
)

TEXTS = {
    "de": {
        "subject": "Ausschreibung {title}, Runde {round}: Angebot bis {deadline}",
        "greeting": "Guten Tag {names},",
        "greeting_anonymous": "Guten Tag,",
        "body": (
            "wir laden {supplier} ein, in der Ausschreibung „{title}“ (Runde {round}) ein"
            " Angebot abzugeben.\n\n"
            "Die angehängte Arbeitsmappe enthält die Lose mit den gebündelten Mengen,"
            " die Lieferregionen und die Zuschlagskriterien. Bitte tragen Sie Ihre Preise"
            " in die gelben Zellen ein (die Anleitung steht im ersten Blatt) und senden Sie"
            " die Mappe bis {deadline} an uns zurück."
        ),
        "closing": "Freundliche Grüße\nIhre Geschäftsstelle",
    },
    "en": {
        "subject": "Tender {title}, round {round}: bids due {deadline}",
        "greeting": "Dear {names},",
        "greeting_anonymous": "Hello,",
        "body": (
            "we invite {supplier} to bid in the tender “{title}” (round {round}).\n\n"
            "The attached workbook lists the lots with their pooled volumes, the"
            " delivery regions and the award criteria. Please enter your prices in the"
            " yellow cells (the instructions are on the first sheet) and send the"
            " workbook back to us by {deadline}."
        ),
        "closing": "Kind regards\nThe office",
    },
}


def invitation_message(
    workbook: InvitationWorkbook, to: list[Address], values: dict[str, str]
) -> EmailMessage:
    texts = TEXTS[workbook.language]
    message = EmailMessage()
    message["X-Unsent"] = "1"
    message["To"] = to
    message["Subject"] = texts["subject"].format(**values)
    names = ", ".join(a.display_name for a in to if a.display_name)
    greeting = texts["greeting"].format(names=names) if names else texts["greeting_anonymous"]
    body = texts["body"].format(supplier=workbook.organisation, **values)
    message.set_content(f"{greeting}\n\n{body}\n\n{texts['closing']}\n")
    message.add_attachment(
        workbook.path.read_bytes(),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=workbook.path.name,
    )
    return message


def prepare_invitation_emails(
    session: Session,
    tender_id: int,
    folder: Path,
    organisation_ids: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> MailBatch:
    """Invitation workbooks and ``.eml`` drafts in ``folder`` (run in a write transaction;
    EDIT_PROCUREMENT, as ``generate_invitations``)."""
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    workbooks = generate_invitations(session, tender_id, folder, organisation_ids, progress, now)
    brief = tender_brief(session, tender_id)
    batch = MailBatch(folder)
    for workbook in workbooks:
        organisation = session.get(Organisation, workbook.organisation_id)
        assert organisation is not None
        to = recipients(organisation)
        draft: Path | None = None
        if to:
            values = {
                "title": brief.title,
                "round": str(brief.round_number),
                "deadline": deadline_text(brief, workbook.language),
            }
            draft = workbook.path.with_suffix(".eml")
            _write(draft, invitation_message(workbook, to, values).as_bytes(policy=SMTP))
        batch.drafts.append(
            MailDraft(
                organisation.id, organisation.name, [str(a) for a in to], workbook.path, draft
            )
        )
    return batch
