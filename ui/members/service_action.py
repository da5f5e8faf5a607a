"""One user action = one service call in one transaction, with its errors shown.

``run_action`` is the shared step of the members area's tabs and dialogs:
it runs ``work(session, acting_user)`` in one transaction and shows a domain
error in a message box (a ``ValidationError`` may go to its field first).
``save_and_close`` adds what every simple dialog does after a save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.models import OfficeUser
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages

Work = Callable[[Session, OfficeUser], Any]


def run_action(
    parent: QWidget,
    context: AppContext,
    work: Work,
    messages: FieldMessages | None = None,
) -> bool:
    """Run ``work`` in one transaction; True when it was saved, False after showing the error."""
    try:
        with context.db.transaction() as session:
            work(session, context.acting_user(session))
    except ValidationError as error:
        if messages is None or not messages.show_error(error):
            prompts.show_error(parent, error)
        return False
    except NiroDeskError as error:
        prompts.show_error(parent, error)
        return False
    return True


class SavingDialog(Protocol):
    context: AppContext
    messages: FieldMessages
    changed: SignalInstance

    def accept(self) -> None: ...


def save_and_close(dialog: SavingDialog, work: Work) -> bool:
    """``run_action`` with the dialog's field messages; on success emit ``changed`` and close."""
    if not run_action(dialog, dialog.context, work, dialog.messages):  # type: ignore[arg-type]
        return False
    dialog.changed.emit()
    dialog.accept()
    return True
