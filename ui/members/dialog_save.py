"""The save step every member dialog shares: one service call in one transaction.

A ``ValidationError`` goes to the message under its field (or a message box
when the form has no such field); any other domain error goes to a message
box; on success the dialog emits ``changed`` and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.models import OfficeUser
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages


class SavingDialog(Protocol):
    context: AppContext
    messages: FieldMessages
    changed: SignalInstance

    def accept(self) -> None: ...


def save_and_close(dialog: SavingDialog, work: Callable[[Session, OfficeUser], Any]) -> bool:
    """Run ``work(session, acting_user)`` in one transaction; True when it was saved."""
    try:
        with dialog.context.db.transaction() as session:
            work(session, dialog.context.acting_user(session))
    except ValidationError as error:
        if not dialog.messages.show_error(error):
            prompts.show_error(dialog, error)  # type: ignore[arg-type]
        return False
    except NiroDeskError as error:
        prompts.show_error(dialog, error)  # type: ignore[arg-type]
        return False
    dialog.changed.emit()
    dialog.accept()
    return True
