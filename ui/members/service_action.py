"""One user action = one service call in one transaction, with its errors shown.

``run_action`` is the shared step of the members area's tabs and dialogs:
it runs ``work(session, acting_user)`` in one transaction and shows a domain
error in a message box (a ``ValidationError`` may go to its field first).

Two errors get a way out instead of a dead end:

- ``DatabaseBusy`` (another PC held the database too long): "Try again"
  runs the same work once more, as often as the user asks.
- ``StaleRecord`` (the record changed on another PC after it was opened):
  the message says who changed it and when; with ``on_stale`` the user is
  offered to reload and apply their changes again (the dialog does that and
  stays open for a review before saving).

``save_and_close`` adds what every simple dialog does after a save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.errors import DatabaseBusy, NiroDeskError, StaleRecord, ValidationError
from niro_desk.formatting import format_date
from niro_desk.messages import render_error, translate_message
from niro_desk.models import OfficeUser
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages

Work = Callable[[Session, OfficeUser], Any]
OnStale = Callable[[StaleRecord], None]


def stale_text(error: StaleRecord, language: str) -> str:
    """The refusal in the user's language, the time in local time and local format."""
    params = dict(error.params)
    if error.changed_at is not None:
        local = error.changed_at.astimezone()
        params["when"] = f"{format_date(local.date(), language)} {local:%H:%M}"
    return translate_message(error.template, **params)


def run_action(
    parent: QWidget,
    context: AppContext,
    work: Work,
    messages: FieldMessages | None = None,
    on_stale: OnStale | None = None,
) -> bool:
    """Run ``work`` in one transaction; True when it was saved, False after showing the error."""
    while True:
        try:
            with context.db.transaction() as session:
                work(session, context.acting_user(session))
        except ValidationError as error:
            if messages is None or not messages.show_error(error):
                prompts.show_error(parent, error)
            return False
        except DatabaseBusy as error:
            if prompts.retry(
                parent,
                QCoreApplication.translate("ServiceAction", "Database busy"),
                render_error(error),
            ):
                continue
            return False
        except StaleRecord as error:
            text = stale_text(error, context.language)
            title = QCoreApplication.translate("ServiceAction", "Changed on another PC")
            question = QCoreApplication.translate(
                "ServiceAction",
                "Reload it with the other changes and apply yours on top? You can"
                " check everything before you save again.",
            )
            if on_stale is None:
                prompts.warn(parent, title, text)
            elif prompts.confirm(parent, title, text + "\n\n" + question):
                on_stale(error)
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


def save_and_close(dialog: SavingDialog, work: Work, on_stale: OnStale | None = None) -> bool:
    """``run_action`` with the dialog's field messages; on success emit ``changed`` and close."""
    if not run_action(dialog, dialog.context, work, dialog.messages, on_stale):  # type: ignore[arg-type]
        return False
    dialog.changed.emit()
    dialog.accept()
    return True
