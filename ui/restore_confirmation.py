"""The question before a restore: what the backup holds against what it replaces."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from niro_desk import db_backup

translate = QCoreApplication.translate


def _unbroken(text: str) -> str:
    return escape(text).replace(" ", "&nbsp;")


def confirmation_box(
    parent: QWidget,
    summary: db_backup.BackupSummary,
    current: dict[str, int] | None,
    database: str,
    language: str,
) -> QMessageBox:
    """A question box: the backup's origin and date, a table of counts, Restore / Cancel."""
    number = "align='right' nowrap style='padding-left:18px'"
    lines = db_backup.comparison_rows(current, summary, language)
    rows = "".join(
        # "of which members" (second line) belongs to the organisations above it
        f"<tr><td nowrap>{'&nbsp;&nbsp;&nbsp;' if index == 1 else ''}{escape(what)}</td>"
        f"<td {number}>{escape(now)}</td><td {number}>{escape(then)}</td></tr>"
        for index, (what, now, then) in enumerate(lines)
    )
    now = translate("RestoreConfirmation", "Now in the database")
    then = translate("RestoreConfirmation", "In the backup")
    table = (
        "<table cellspacing='0' cellpadding='2'>"
        f"<tr><th></th><th {number}>{_unbroken(now)}</th><th {number}>{_unbroken(then)}</th></tr>"
        f"{rows}</table>"
    )
    box = QMessageBox(parent)
    box.setObjectName("restoreConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.RichText)  # the texts below are escaped HTML
    box.setWindowTitle(translate("RestoreConfirmation", "Restore database"))
    box.setText(
        translate("RestoreConfirmation", "Replace all data of %1 with this backup?").replace(
            "%1", escape(database)
        )
    )
    note = translate(
        "RestoreConfirmation",
        "The backup passed every check. A safety copy of the current data is written"
        " first: restoring that copy undoes this step.",
    )
    box.setInformativeText(
        f"<p>{escape(db_backup.describe_backup(summary, language))}</p>{table}<p>{escape(note)}</p>"
    )
    restore = box.addButton(
        translate("RestoreConfirmation", "Restore"), QMessageBox.ButtonRole.DestructiveRole
    )
    restore.setObjectName("restoreButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_restore(
    parent: QWidget,
    summary: db_backup.BackupSummary,
    current: dict[str, int] | None,
    database: str,
    language: str,
) -> bool:
    """Ask; True only when the user chose Restore."""
    box = confirmation_box(parent, summary, current, database, language)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "restoreButton"
