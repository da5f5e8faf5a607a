"""Accounts… (Settings menu, administrators): list, add, roles, reset password, deactivate,
and turn accounts on or off.

Every change goes through the account services with ``run_action`` (one
transaction, audited, errors shown at the field or in a message box); the list
is reloaded after each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk import accounts
from niro_desk.account_roles import shared_prefix
from niro_desk.accounts import AccountRow
from niro_desk.app_context import AppContext
from niro_desk.errors import QT_TRANSLATE_NOOP, NiroDeskError
from niro_desk.models import Role
from niro_desk.permissions import accounts_enabled
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.row_table_model import RowTableModel
from niro_desk.ui.members.service_action import run_action, save_and_close
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.text_width import width_in_letters

ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Accounts", "Office administrator"),
    Role.STAFF: QT_TRANSLATE_NOOP("Accounts", "Office staff"),
    Role.PROCUREMENT_HEAD: QT_TRANSLATE_NOOP("Accounts", "Procurement head"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Accounts", "Manager / board"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Accounts", ROLE_LABELS[role])


class AccountsModel(RowTableModel):
    NAME, DISPLAY, ROLES, ORGANISATION, STATE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Display name"),
            self.tr("Roles"),
            self.tr("Organisation"),
            self.tr("State"),
        ]

    def display(self, row: AccountRow, column: int) -> str:
        if column == self.NAME:
            return row.login
        if column == self.DISPLAY:
            return row.display_name
        if column == self.ROLES:
            return ", ".join(role_label(role) for role in row.roles)
        if column == self.ORGANISATION:
            return row.organisation
        if not row.has_password:
            return self.tr("no account (OS user)")
        state = self.tr("active") if row.active else self.tr("deactivated")
        if row.failed_attempts:
            state += " · " + self.tr("failed sign-ins: %1").replace("%1", str(row.failed_attempts))
        return state


class AccountEditDialog(QDialog):
    """A new account (name, password twice, roles) or the roles of an existing one."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        participants: list[tuple[int, str]],
        account: AccountRow | None = None,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.account = account
        self.messages = FieldMessages()
        self.setObjectName("accountEditDialog")
        self.setWindowTitle(
            self.tr("New account")
            if account is None
            else self.tr("Roles of %1").replace("%1", account.login)
        )
        form = QFormLayout()
        self.login_edit = QLineEdit(account.login if account else "")
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setReadOnly(account is not None)
        self.display_edit = QLineEdit(account.display_name if account else "")
        self.display_edit.setObjectName("displayNameEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("passwordAgainEdit")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Sign-in &name:"), self.messages.field("login", self.login_edit))
        if account is None:
            form.addRow(self.tr("&Display name:"), self.display_edit)
            form.addRow(self.tr("&Password:"), self.messages.field("password", self.password_edit))
            form.addRow(self.tr("Password &again:"), self.again_edit)
        roles_box = QWidget()
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(role_label(role))
            check.setObjectName(f"role_{role.value}")
            check.setChecked(account is not None and role in account.roles)
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        form.addRow(self.tr("Roles:"), self.messages.field("roles", roles_box))
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("organisationCombo")
        self.organisation_combo.addItem(self.tr("(none)"), None)
        for ident, name in participants:
            self.organisation_combo.addItem(name, ident)
        if organisation_id is not None:
            self.organisation_combo.setCurrentIndex(
                max(0, self.organisation_combo.findData(organisation_id))
            )
        form.addRow(
            self.tr("&Organisation:"),
            self.messages.field("organisation", self.organisation_combo),
        )
        self.role_checks[Role.PROCUREMENT_HEAD].toggled.connect(self._head_toggled)
        self._head_toggled(self.role_checks[Role.PROCUREMENT_HEAD].isChecked())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(width_in_letters(self, 50))

    def _head_toggled(self, checked: bool) -> None:
        self.organisation_combo.setEnabled(checked)
        if not checked:
            self.organisation_combo.setCurrentIndex(0)

    def roles(self) -> list[Role]:
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def save(self) -> bool:
        organisation_id = self.organisation_combo.currentData()
        roles = self.roles()
        if self.account is None:
            if self.password_edit.text() != self.again_edit.text():
                self.messages.set("password", self.tr("The two passwords differ."))
                return False
            login, display = self.login_edit.text(), self.display_edit.text()
            password = self.password_edit.text()

            def work(session: Any, user: Any) -> None:
                accounts.add_user(
                    session,
                    user,
                    login,
                    password,
                    roles,
                    display_name=display,
                    organisation_id=organisation_id,
                )

            return save_and_close(self, work)
        account_id = self.account.id
        return save_and_close(
            self,
            lambda session, user: accounts.set_roles(
                session, user, account_id, roles, organisation_id
            ),
        )


class PasswordDialog(QDialog):
    """A new password for an account, typed twice."""

    changed = Signal()

    def __init__(self, context: AppContext, account: AccountRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.account = account
        self.messages = FieldMessages()
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("New password for %1").replace("%1", account.login))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("passwordAgainEdit")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.messages.field("password", self.password_edit))
        form.addRow(self.tr("Password &again:"), self.again_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(width_in_letters(self, 40))

    def save(self) -> bool:
        if self.password_edit.text() != self.again_edit.text():
            self.messages.set("password", self.tr("The two passwords differ."))
            return False
        password, account_id = self.password_edit.text(), self.account.id
        return save_and_close(
            self,
            lambda session, user: accounts.reset_password(session, user, account_id, password),
        )


class AccountsDialog(QDialog):
    """The office's accounts, for administrators.

    Turning accounts on as the operating-system user first asks to sign in with an
    administrator's account; ``signed_in`` then tells the window who acts now.
    """

    signed_in = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.model = AccountsModel(context.language, self)
        self.view = RowTableView(self.model, self, stretch_column=AccountsModel.STATE)
        self.view.setObjectName("accountsView")
        self.enabled_check = QCheckBox(
            self.tr("Accounts on: everyone signs in with name and password")
        )
        self.enabled_check.setObjectName("accountsEnabledCheck")
        self.enabled_check.clicked.connect(self._switch)
        note = QLabel(
            self.tr(
                "While accounts are off, NIRO Desk acts as the operating-system user and"
                " everyone may do everything. A database shared on a PostgreSQL server"
                " should have accounts on."
            )
        )
        note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addAccountButton")
        self.roles_button = QPushButton(self.tr("&Roles…"))
        self.roles_button.setObjectName("rolesButton")
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.password_button.setObjectName("resetPasswordButton")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("activeButton")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_account)
        self.roles_button.clicked.connect(self.edit_roles)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.password_button):
            buttons.addWidget(button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_check)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        for column, letters in ((0, 14), (1, 20), (2, 40), (3, 26)):
            self.view.setColumnWidth(column, width_in_letters(self, letters))
        self.resize(width_in_letters(self, 130), self.fontMetrics().height() * 28)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self, select_login: str | None = None) -> None:
        selected = self.selected()
        select_login = select_login or (selected.login if selected else None)
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                rows = accounts.list_accounts(session, user)
                self.participants = accounts.participant_choices(session, user)
                enabled = accounts_enabled(session)
                shared = shared_prefix(session) is not None
        except NiroDeskError as error:
            prompts.show_error(self, error)
            rows, self.participants, enabled, shared = [], [], True, False
        self.model.set_rows(rows)
        self.enabled_check.setChecked(enabled)
        self.enabled_check.setEnabled(not shared)  # always on: accounts are database roles
        self.enabled_check.setToolTip(
            self.tr(
                "On a shared PostgreSQL database accounts are always on: every account is"
                " a database role."
            )
            if shared
            else ""
        )
        for number, row in enumerate(rows):
            if row.login == select_login:
                self.view.selectRow(number)
        self._selection_changed()

    def selected(self) -> AccountRow | None:
        indexes = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not indexes:
            return None
        source = self.view.proxy.mapToSource(indexes[0])
        row: AccountRow = self.model.row_at(source.row())
        return row

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        for button in (self.roles_button, self.password_button, self.active_button):
            button.setEnabled(row is not None and row.has_password)
        self.active_button.setText(
            self.tr("&Activate") if row is not None and not row.active else self.tr("&Deactivate")
        )

    def add_account(self) -> None:
        dialog = AccountEditDialog(self.context, self.participants, parent=self)
        dialog.changed.connect(lambda: self.reload(dialog.login_edit.text().strip()))
        dialog.open()

    def edit_roles(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = AccountEditDialog(self.context, self.participants, row, row.organisation_id, self)
        dialog.changed.connect(self.reload)
        dialog.open()

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PasswordDialog(self.context, row, self)
        dialog.changed.connect(self.reload)
        dialog.open()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        active = not row.active
        if run_action(
            self,
            self.context,
            lambda session, user: accounts.set_active(session, user, row.id, active),
        ):
            self.reload()

    def _switch(self, checked: bool) -> None:
        if checked and not self._acting_as_administrator():
            from niro_desk.ui.accounts.sign_in_dialog import SignInDialog

            self.enabled_check.setChecked(False)
            dialog = SignInDialog(
                self.context.db,
                "",
                self,
                self.tr(
                    "Turning accounts on needs an administrator's account: sign in with it."
                    " You then act as that account."
                ),
            )
            dialog.setWindowTitle(self.tr("Sign in as an administrator"))
            dialog.accepted.connect(lambda: self._switch_on_as(dialog.login))
            dialog.open()
            return
        run_action(
            self,
            self.context,
            lambda session, user: accounts.set_accounts_enabled(session, user, checked),
        )
        self.reload()

    def _acting_as_administrator(self) -> bool:
        with self.context.db.transaction() as session:
            user = self.context.acting_user(session)
            return user.active and user.password_hash is not None and Role.ADMIN in user.role_set()

    def _switch_on_as(self, login: str) -> None:
        self.context.act_as(login)
        self.signed_in.emit(login)
        self._switch(True)
