"""Exporting an agreement's participants and volumes for the supplier, from the UI.

``export_participants(parent, context, agreement_id)`` asks where to save
(a dated default name in the UI's language, ``ui/file_names.py``), writes the
workbook off the UI thread (``procurement.participants_export``: consenting
participants by name, the others only pooled, never baselines) and says where
it is. The Agreements area calls it from its button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from niro_desk.app_context import AppContext
from niro_desk.ui.file_names import suggested_path
from niro_desk.ui.members import prompts
from niro_desk.ui.operation import Operation, Progress, run_operation

translate = QCoreApplication.translate


def export_participants(
    parent: QWidget, context: AppContext, agreement_id: int
) -> Operation | None:
    """Ask for the file and write the supplier's workbook; None when the dialog is cancelled."""
    from niro_desk.procurement import participants_export

    title = translate("AgreementsExport", "Participants for the supplier")
    try:
        with context.db.reading() as session:
            agreement = participants_export.agreement_title(session, agreement_id)
    except Exception as error:  # e.g. deleted on another PC meanwhile
        prompts.show_error(parent, error)
        return None
    word = translate("AgreementsExport", "Participants %1").replace("%1", agreement)
    path = prompts.save_file(
        parent,
        title,
        suggested_path(word, ".xlsx"),
        translate("AgreementsExport", "Excel workbook (*.xlsx)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    target: Path = path

    def work(_progress: Progress) -> Any:
        with context.db.reading() as session:
            return participants_export.export_participants(session, agreement_id, target)

    def done(summary: Any) -> None:
        language = (
            translate("AgreementsExport", "German")
            if summary.language == "de"
            else translate("AgreementsExport", "English")
        )
        text = (
            translate(
                "AgreementsExport",
                "The workbook for the supplier was saved to %1 (in %2). It names %3"
                " participant(s) who agreed to be named; the others are only included in"
                " pooled totals.",
            )
            .replace("%1", str(target))
            .replace("%2", language)
            .replace("%3", str(summary.named))
        )
        prompts.inform(parent, title, text)

    return run_operation(parent, title, work, done)
