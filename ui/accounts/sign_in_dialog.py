"""The sign-in dialog shown at start when accounts are on.

It calls ``accounts.sign_in`` in one transaction (a failed attempt is counted
and committed there) and says plainly what went wrong: a wrong name or
password, a deactivated account, or — after several wrong passwords — how
many seconds remain before the next attempt (the Sign-in button waits too).

On a shared PostgreSQL database the sign-in connects as the account's own
database role (``niro_desk.account_sign_in``); ``database`` is then that new
connection, which the window uses from then on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from niro_desk import account_sign_in
from niro_desk.database import Database
from niro_desk.errors import NiroDeskError
from niro_desk.messages import render_error
from niro_desk.ui.text_width import width_in_letters


class SignInDialog(QDialog):
    """Name and password; ``login`` is the signed-in account after ``accept``."""

    def __init__(
        self,
        db: Database,
        suggested_login: str = "",
        parent: QWidget | None = None,
        intro: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.login = ""
        #: the database to go on with after ``accept`` (the account's own on a shared database)
        self.database = db
        self.wait_until: dt.datetime | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to NIRO Desk"))
        intro_label = QLabel(
            intro
            or self.tr("Accounts are on for this database: sign in with your name and password.")
        )
        intro_label.setWordWrap(True)
        self.name_edit = QLineEdit(suggested_login)
        self.name_edit.setObjectName("nameEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel()
        self.message_label.setObjectName("signInMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(width_in_letters(self, 60))
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        (self.password_edit if suggested_login else self.name_edit).setFocus()

    def sign_in(self) -> bool:
        login = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self._say(self.tr("Enter your name."))
            self.name_edit.setFocus()
            return False
        try:
            signed = account_sign_in.sign_in(self.db, login, password)
        except NiroDeskError as error:  # the server cannot be reached, busy, ...
            self._say(render_error(error))
            return False
        outcome = signed.outcome
        if outcome.refusal is None:
            assert outcome.user is not None
            self.login = outcome.user.login
            self.database = signed.db
            self.accept()
            return True
        self.password_edit.clear()
        self.password_edit.setFocus()
        text = render_error(outcome.refusal)
        self.wait_until = outcome.refusal.wait_until
        if self.wait_until is not None and "seconds" not in outcome.refusal.params:
            now = dt.datetime.now(dt.UTC)
            seconds = max(1, int((self.wait_until - now).total_seconds() + 0.999))
            text += "\n" + self.tr(
                "Too many wrong passwords: the next attempt is possible in %1 seconds."
            ).replace("%1", str(seconds))
        self._say(text)
        if self.wait_until is not None:
            self._tick()
            self.countdown.start()
        return False

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        self.adjustSize()  # room for the message

    def _tick(self) -> None:
        """Until the wait is over, the button says how long (the database decides anyway)."""
        remaining = 0
        if self.wait_until is not None:
            now = dt.datetime.now(dt.UTC)
            remaining = int((self.wait_until - now).total_seconds() + 0.999)
        if remaining > 0:
            self.sign_in_button.setEnabled(False)
            self.sign_in_button.setText(self.tr("Wait %1 s").replace("%1", str(remaining)))
            return
        self.countdown.stop()
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setText(self.tr("&Sign in"))
