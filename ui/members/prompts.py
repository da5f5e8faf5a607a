"""Message boxes and file choosers of the members area, in one place tests can replace.

Callers use ``prompts.confirm(...)`` (module attribute, looked up at call
time), so a test swaps in a function that answers without a blocking dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from niro_desk.ui import operation


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; "No" is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def retry(parent: QWidget | None, title: str, text: str) -> bool:
    """Offer "Try again" or "Cancel" after a failure that may pass; True to try again."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    again = box.addButton(
        QCoreApplication.translate("Prompts", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the user; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def show_error(parent: QWidget, error: Exception) -> None:
    """A domain error in plain words (see ``niro_desk.ui.operation.show_error``)."""
    operation.show_error(parent, error)


def open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return Path(path) if path else None


def save_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(path) if path else None
