"""When the database cannot be opened at start-up: say why in words, and offer a way on.

``DatabaseProblemDialog`` shows the problem (``niro_desk.database_problems``)
with the technical detail behind "Show Details…" and where the log file is,
and offers: try again, choose another database, open the demo, quit. It emits
``chosen`` with the answer. "Choose another database…" opens
``OtherDatabaseDialog``: a SQLite file (file picker) or a server address.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk import APP_NAME
from niro_desk.config import database_url_from_input
from niro_desk.database_problems import DatabaseProblem, mask_password
from niro_desk.messages import translate_message

ADDRESS_EXAMPLE = "postgresql+psycopg://user@server/niro"


class Answer(Enum):
    RETRY = "retry"
    OTHER = "other"
    DEMO = "demo"
    QUIT = "quit"


class DatabaseProblemDialog(QMessageBox):
    """The problem in the office's words, the detail on request, and what to do next."""

    chosen = Signal(object)  # Answer

    def __init__(
        self, problem: DatabaseProblem, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("databaseProblemDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("%1 – the database cannot be opened").replace("%1", APP_NAME))
        self.setText(self.tr("<b>NIRO Desk cannot open its database.</b>"))
        words = translate_message(problem.template, **problem.params)
        if log_path is not None:
            words += "\n\n" + self.tr("The details are also written to %1.").replace(
                "%1", str(log_path)
            )
        self.setInformativeText(words)
        detail = problem.detail or words
        if log_path is not None:
            detail += "\n\n" + self.tr("Log file: %1").replace("%1", str(log_path))
        self.setDetailedText(detail)

        role = QMessageBox.ButtonRole
        self.retry_button = self.addButton(self.tr("Try again"), role.AcceptRole)
        self.other_button = self.addButton(self.tr("Choose another database…"), role.ActionRole)
        self.demo_button = self.addButton(self.tr("Open the demo"), role.ActionRole)
        self.quit_button = self.addButton(self.tr("Quit"), role.RejectRole)
        for button, name in (
            (self.retry_button, "retryButton"),
            (self.other_button, "otherDatabaseButton"),
            (self.demo_button, "demoButton"),
            (self.quit_button, "quitButton"),
        ):
            button.setObjectName(name)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)
        self._answers: dict[QAbstractButton, Answer] = {
            self.retry_button: Answer.RETRY,
            self.other_button: Answer.OTHER,
            self.demo_button: Answer.DEMO,
            self.quit_button: Answer.QUIT,
        }
        self.buttonClicked.connect(self._clicked)

    def details_button(self) -> QAbstractButton | None:
        """Qt's own "Show Details…" button."""
        for button in self.buttons():
            if self.buttonRole(button) == QMessageBox.ButtonRole.ActionRole and (
                button not in self._answers
            ):
                return button
        return None

    def _clicked(self, button: QAbstractButton) -> None:
        answer = self._answers.get(button)
        if answer is not None:
            self.chosen.emit(answer)


class OtherDatabaseDialog(QDialog):
    """A SQLite file on this PC, or the address of the office's PostgreSQL database."""

    def __init__(self, current_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("otherDatabaseDialog")
        self.setWindowTitle(self.tr("Choose another database"))
        explanation = QLabel(
            self.tr(
                "A database file on this PC (SQLite), or the address of the PostgreSQL"
                " database the office PCs share."
            )
        )
        explanation.setWordWrap(True)
        # A typo in the address is fixed in place; an address with a password is not shown.
        shown = current_url if mask_password(current_url) == current_url else ""
        self.address_edit = QLineEdit(shown)
        self.address_edit.setObjectName("databaseAddress")
        self.address_edit.setPlaceholderText(ADDRESS_EXAMPLE)
        self.address_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("m" * 40))
        self.address_edit.selectAll()
        self.file_button = QPushButton(self.tr("Choose a file…"))
        self.file_button.setObjectName("chooseFileButton")
        self.file_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.file_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_edit.textChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def url(self) -> str:
        """The chosen database as a URL (a typed path becomes a SQLite URL)."""
        return database_url_from_input(self.address_edit.text())

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a NIRO Desk database"),
            str(Path.home()),
            self.tr("NIRO Desk database (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.address_edit.setText(path)

    def _update_buttons(self) -> None:
        open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        open_button.setEnabled(bool(self.address_edit.text().strip()))
