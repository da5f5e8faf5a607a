"""Sign-in dialog, the window's sign-in at start, the accounts dialog and the audit log viewer.

pytest-qt drives the real widgets against a real database (SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from niro_desk import accounts
from niro_desk.app_context import AppContext
from niro_desk.membership.contacts import ContactInput, create_contact, update_contact
from niro_desk.models import Contact, OfficeUser, Role
from niro_desk.ui.accounts.accounts_dialog import AccountEditDialog, AccountsDialog, PasswordDialog
from niro_desk.ui.accounts.sign_in_dialog import SignInDialog
from niro_desk.ui.audit.audit_log_dialog import AuditLogDialog
from niro_desk.ui.main_window import MainWindow
from niro_desk.ui.members import prompts
from niro_desk.users import ensure_user

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSWORD = "correct horse"
SHOTS = os.environ.get("NIRO_DESK_SHOTS")  # a folder: the dialogs are saved there as PNG


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _accounts_on(context: AppContext) -> None:
    with context.db.transaction() as session:
        office = ensure_user(session, context.user_login)
        accounts.add_user(session, office, "anna", PASSWORD, [Role.ADMIN], display_name="Anna Berg")
        accounts.add_user(session, office, "sven", PASSWORD, [Role.STAFF])
        accounts.set_accounts_enabled(session, office, True)


def _dialog(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_sign_in_dialog_says_what_is_wrong_and_how_long_to_wait(
    qtbot: QtBot, context: AppContext
) -> None:
    _accounts_on(context)
    dialog = SignInDialog(context.db, "sven")
    qtbot.add_widget(dialog)
    dialog.show()
    for _attempt in range(accounts.FREE_ATTEMPTS - 1):
        qtbot.keyClicks(dialog.password_edit, "wrong password")
        assert not dialog.sign_in()
        assert "password is wrong" in dialog.message_label.text()
        assert dialog.sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "wrong password")
    assert not dialog.sign_in()
    # the third failure slows down: the button waits and says how long
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.sign_in_button.text().startswith("Wait ")
    assert "Too many wrong passwords" in dialog.message_label.text()
    shot(dialog, "sign-in-slowed-down")
    with context.db.transaction() as session:  # the right password too must wait
        session.execute(
            update(OfficeUser)
            .where(OfficeUser.login == "sven")
            .values(not_before=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30))
        )
    dialog.sign_in_button.setEnabled(True)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    assert not dialog.sign_in()
    assert "next attempt is possible in" in dialog.message_label.text()
    with context.db.transaction() as session:
        session.execute(update(OfficeUser).values(not_before=None))
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        assert dialog.sign_in()  # the database decides; the button's countdown is a courtesy
    assert dialog.login == "sven"


def test_the_window_asks_to_sign_in_and_acts_as_the_account(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    _accounts_on(context)
    window = MainWindow(None, settings, user_login=context.user_login)
    qtbot.add_widget(window)
    window.show()
    window.attach(context)
    dialog = window.sign_in_dialog
    assert dialog.isVisible() and dialog.name_edit.text() == context.user_login
    assert window.stack.currentWidget().objectName() == "openingLabel"  # nothing shown yet
    dialog.name_edit.setText("sven")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    shot(dialog, "sign-in")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert context.user_login == "sven"
    assert window.user_label.text() == "User: sven"
    assert window.stack.currentWidget().objectName() != "openingLabel"
    # staff: neither the audit log nor the accounts
    assert not window.audit_log_action.isVisible()
    assert not window.accounts_action.isVisible()
    context.user_login = "anna"
    window._show_permitted_actions()
    assert window.audit_log_action.isVisible() and window.accounts_action.isVisible()


def test_cancelling_the_sign_in_closes_the_window(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    _accounts_on(context)
    window = MainWindow(None, settings, user_login=context.user_login)
    qtbot.add_widget(window)
    window.show()
    window.attach(context)
    window.sign_in_dialog.reject()
    assert not window.isVisible()


def test_without_accounts_everyone_sees_the_audit_log(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    window = MainWindow(context, settings)
    qtbot.add_widget(window)
    assert window.audit_log_action.isVisible() and window.accounts_action.isVisible()
    dialog = window.show_audit_log()
    assert isinstance(dialog, AuditLogDialog)
    dialog.close()


def test_accounts_dialog_adds_resets_deactivates_and_turns_accounts_on(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: errors.append(error))
    dialog = AccountsDialog(context)
    qtbot.add_widget(dialog)
    dialog.show()
    assert not dialog.enabled_check.isChecked()

    dialog.add_button.click()
    editor = _dialog("accountEditDialog")
    assert isinstance(editor, AccountEditDialog)
    editor.login_edit.setText("anna")
    editor.display_edit.setText("Anna Berg")
    editor.password_edit.setText(PASSWORD)
    editor.again_edit.setText("something else")
    editor.role_checks[Role.ADMIN].setChecked(True)
    assert not editor.organisation_combo.isEnabled()
    assert not editor.save()
    assert editor.messages.text("password") == "The two passwords differ."
    editor.again_edit.setText(PASSWORD)
    editor.role_checks[Role.MANAGER].setChecked(True)
    shot(editor, "account-new")
    assert editor.save()
    assert [row.login for row in dialog.model.rows()] == ["anna", context.user_login]
    assert dialog.selected() is not None and dialog.selected().login == "anna"  # type: ignore[union-attr]
    assert "Office administrator, Manager / board" in dialog.model.display(
        dialog.selected(), dialog.model.ROLES
    )

    dialog.password_button.click()
    password = _dialog("passwordDialog")
    assert isinstance(password, PasswordDialog)
    password.password_edit.setText("a new secret")
    password.again_edit.setText("a new secret")
    assert password.save()
    with context.db.transaction() as session:
        assert accounts.sign_in(session, "anna", "a new secret").user is not None

    # turning accounts on as the OS user asks for an administrator's sign-in first
    dialog.enabled_check.click()
    assert not dialog.enabled_check.isChecked()
    sign_in = _dialog("signInDialog")
    assert isinstance(sign_in, SignInDialog)
    sign_in.name_edit.setText("anna")
    sign_in.password_edit.setText("a new secret")
    with qtbot.waitSignal(dialog.signed_in):
        assert sign_in.sign_in()
    assert context.user_login == "anna"
    assert dialog.enabled_check.isChecked()
    shot(dialog, "accounts")

    # the last administrator cannot be deactivated while accounts are on
    dialog.active_button.click()
    assert len(errors) == 1 and "last active administrator" in str(errors[0])
    assert errors == errors and dialog.selected().active  # type: ignore[union-attr]
    with context.db.reading() as session:
        anna = session.scalars(select(OfficeUser).where(OfficeUser.login == "anna")).one()
        assert anna.active


def test_audit_viewer_filters_shows_side_by_side_and_exports(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from membership_builders import applicant

    with context.db.transaction() as session:
        eva = ensure_user(session, "eva")
        organisation = applicant(session, "Stahlbau Hamm GmbH")
        contact = create_contact(
            session, eva, organisation.id, ContactInput("Jana", "Krause", function="Einkauf")
        )
        contact_id = contact.id
    with context.db.transaction() as session:
        otto = ensure_user(session, "otto")
        update_contact(
            session,
            otto,
            contact_id,
            ContactInput("Jana", "Krause", function="Leitung Einkauf"),
            expected_version=session.get(Contact, contact_id).version,  # type: ignore[union-attr]
        )
        otto_id = otto.id
    dialog = AuditLogDialog(context)
    qtbot.add_widget(dialog)
    dialog.show()
    everything = dialog.model.rowCount()
    assert everything >= 3 and dialog.count_label.text() == f"Entries: {everything}"

    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(otto_id))
    assert dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    changes = dialog.changes
    assert changes.rowCount() == 1
    cells = [changes.index(0, column).data() for column in range(3)]
    assert cells == ["function", "Einkauf", "Leitung Einkauf"]
    assert changes.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "otto" in dialog.detail_label.text()

    dialog.person_combo.setCurrentIndex(0)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("contact"))
    dialog.id_edit.setText(str(contact_id))
    dialog.id_edit.editingFinished.emit()
    assert dialog.model.rowCount() == 2
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("tenders"))
    assert dialog.model.rowCount() == 0
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("members"))
    assert dialog.model.rowCount() == 2
    dialog.since_edit.setDate(QDate.currentDate().addDays(1))
    dialog.since_check.setChecked(True)
    assert dialog.model.rowCount() == 0
    dialog.since_edit.setDate(QDate.currentDate())
    dialog.until_check.setChecked(True)
    assert dialog.model.rowCount() == 2
    dialog.view.selectRow(0)
    shot(dialog, "audit-log")

    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(target), "Excel workbook (*.xlsx)"),
    )
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "written to" in dialog.count_label.text(), timeout=20_000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("When", "Person")
    assert [row[2] for row in rows[1:]] == ["otto", "eva"]
    assert rows[1][3] == "Members"
    assert rows[1][8] == "function: Einkauf → Leitung Einkauf"


def test_audit_viewer_is_refused_without_the_permission(qtbot: QtBot, context: AppContext) -> None:
    from niro_desk.errors import PermissionDenied

    _accounts_on(context)
    context.user_login = "sven"
    with pytest.raises(PermissionDenied):
        AuditLogDialog(context)
