"""Writing a collection's workbooks and e-mail drafts into a folder the office chooses.

``write_workbooks(parent, context, collection_id, mode)`` asks for the folder
(unless given), writes off the UI thread with progress, and then says what
was written and which participants have no e-mail address.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from niro_desk.app_context import AppContext
from niro_desk.ui.members import prompts
from niro_desk.ui.operation import Operation, Progress, run_operation


class Mode(Enum):
    WORKBOOKS = "workbooks"
    EMAILS = "emails"
    REMINDERS = "reminders"


translate = QCoreApplication.translate


def _titles() -> dict[Mode, str]:
    return {
        Mode.WORKBOOKS: translate("WorkbookActions", "Write workbooks"),
        Mode.EMAILS: translate("WorkbookActions", "Prepare e-mails"),
        Mode.REMINDERS: translate("WorkbookActions", "Prepare reminder e-mails"),
    }


def summary(result: Any, mode: Mode, folder: Path) -> str:
    """What was written, in words (``result``: workbooks or a ``MailBatch``)."""
    if mode == Mode.WORKBOOKS:
        return (
            translate("WorkbookActions", "%1 workbook(s) written to %2.")
            .replace("%1", str(len(result)))
            .replace("%2", str(folder))
        )
    text = (
        translate(
            "WorkbookActions",
            "%1 workbook(s) and %2 e-mail draft(s) written to %3. Open each draft (.eml) in"
            " your e-mail program, check it and send it; NIRO Desk sends nothing.",
        )
        .replace("%1", str(len(result.drafts)))
        .replace("%2", str(len(result.written)))
        .replace("%3", str(folder))
    )
    missing = [draft.organisation for draft in result.without_address]
    if missing:
        text += "\n\n" + translate(
            "WorkbookActions", "No e-mail address for: %1. Send them their workbooks yourself."
        ).replace("%1", ", ".join(missing))
    if not result.drafts:
        text = translate("WorkbookActions", "Everybody has answered: no reminders needed.")
    return text


def write_workbooks(
    parent: QWidget,
    context: AppContext,
    collection_id: int,
    mode: Mode,
    folder: Path | None = None,
) -> Operation | None:
    """Ask for the folder (unless given) and write off the UI thread."""
    from niro_desk.procurement.collection_mail import prepare_emails
    from niro_desk.procurement.collection_workbook import generate_workbooks

    title = _titles()[mode]
    if folder is None:
        name = QFileDialog.getExistingDirectory(
            parent, translate("WorkbookActions", "Folder for the workbooks")
        )
        if not name:
            return None
        folder = Path(name)
    chosen = folder

    def work(progress: Progress) -> Any:
        with context.db.transaction() as session:  # the signing key is made on first use
            if mode == Mode.WORKBOOKS:
                return generate_workbooks(session, collection_id, chosen, progress=progress)
            return prepare_emails(
                session,
                collection_id,
                chosen,
                reminder=mode == Mode.REMINDERS,
                progress=progress,
            )

    def done(result: Any) -> None:
        prompts.inform(parent, title, summary(result, mode, chosen))

    return run_operation(parent, title, work, done)
