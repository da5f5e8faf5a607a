"""Printing the agreement summary and member statements: save as PDF, then open it.

NIRO Desk writes the PDF (``procurement/agreement_summary.py``,
``procurement/member_statement.py``) where the user chooses and opens it with
the system's PDF viewer (``QDesktopServices``), which prints it. Qt's own print
dialog is not offered: printing a PDF's pages through ``QPrinter`` needs the
QtPdf module, which PySide6-Essentials does not ship.

The Agreements area calls ``print_agreement_summary(parent, context, agreement_id)``
from its "Print summary…" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.ui.file_names import dated_file_name
from niro_desk.ui.members import prompts

# replaced by tests: opening a viewer is no part of a test run
open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl


def save_and_open(
    parent: QWidget,
    context: AppContext,
    suggested: str,
    write: Callable[[Session, Path], None],
) -> Path | None:
    """Ask where to save, write the PDF in a reading session, open it; the path or None."""
    path = prompts.save_file(
        parent,
        QCoreApplication.translate("PrintActions", "Save as PDF"),
        Path.home() / suggested,
        QCoreApplication.translate("PrintActions", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        with context.db.reading() as session:
            write(session, path)
    except (NiroDeskError, OSError) as error:
        prompts.show_error(parent, error)
        return None
    open_url(QUrl.fromLocalFile(str(path)))
    return path


def print_agreement_summary(
    parent: QWidget, context: AppContext, agreement_id: int, year: int | None = None
) -> Path | None:
    """The agreement's summary for the board as a PDF (savings of ``year``, default this year)."""
    from niro_desk.procurement.agreement_summary import write_summary
    from niro_desk.procurement.agreements import get_agreement

    try:
        with context.db.reading() as session:
            reference = get_agreement(session, agreement_id).reference or str(agreement_id)
    except NiroDeskError as error:  # e.g. deleted on another PC meanwhile
        prompts.show_error(parent, error)
        return None
    word = QCoreApplication.translate("PrintActions", "Agreement")
    return save_and_open(
        parent,
        context,
        dated_file_name(f"{word} {reference}", ".pdf"),
        lambda session, path: write_summary(session, agreement_id, path, context.language, year),
    )


def print_member_statement(
    parent: QWidget, context: AppContext, organisation_id: int, name: str, year: int
) -> Path | None:
    """One member's (or customer's) statement for ``year`` as a DIN 5008 letter."""
    from niro_desk.procurement.member_statement import write_statement

    word = QCoreApplication.translate("PrintActions", "Statement")
    return save_and_open(
        parent,
        context,
        dated_file_name(f"{word} {year} {name[:40]}", ".pdf"),
        lambda session, path: write_statement(
            session, organisation_id, year, path, context.language
        ),
    )
