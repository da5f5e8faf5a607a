"""Writing a tender round's invitation workbooks and e-mail drafts into a chosen folder.

``write_invitations(parent, context, tender_id)`` asks for the folder, writes
workbooks and ``.eml`` drafts off the UI thread with progress, and then says
where they are and which suppliers have no e-mail address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from niro_desk.app_context import AppContext
from niro_desk.ui.members import prompts
from niro_desk.ui.operation import Operation, Progress, run_operation

translate = QCoreApplication.translate


def summary(result: Any, folder: Path) -> str:
    """What was written (``result``: a ``MailBatch``), in words."""
    text = (
        translate(
            "InvitationAction",
            "%1 invitation workbook(s) and %2 e-mail draft(s) written to %3. Open each draft"
            " (.eml) in your e-mail program, check it and send it; NIRO Desk sends nothing.",
        )
        .replace("%1", str(len(result.drafts)))
        .replace("%2", str(len(result.written)))
        .replace("%3", str(folder))
    )
    missing = [draft.organisation for draft in result.without_address]
    if missing:
        text += "\n\n" + translate(
            "InvitationAction", "No e-mail address for: %1. Send them their workbooks yourself."
        ).replace("%1", ", ".join(missing))
    return text


def write_invitations(parent: QWidget, context: AppContext, tender_id: int) -> Operation | None:
    """Ask for the folder and write the invitations off the UI thread."""
    from niro_desk.procurement.tender_invitation_mail import prepare_invitation_emails

    title = translate("InvitationAction", "Invitations (Excel)")
    name = QFileDialog.getExistingDirectory(
        parent, translate("InvitationAction", "Folder for the invitations")
    )
    if not name:
        return None
    folder = Path(name)

    def work(progress: Progress) -> Any:
        with context.db.transaction() as session:  # the signing key is made on first use
            return prepare_invitation_emails(session, tender_id, folder, progress=progress)

    def done(result: Any) -> None:
        prompts.inform(parent, title, summary(result, folder))

    return run_operation(parent, title, work, done)
