"""Domain errors: what went wrong, in words the user can act on.

Services raise these; the UI shows them and the CLI prints them. Messages are
English templates marked for translation (``QT_TRANSLATE_NOOP``, which lupdate
finds); ``str(error)`` gives the English text, front ends translate
``error.template`` with ``error.params`` (see ``niro_desk.messages``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

MESSAGE_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` without needing Qt."""
    return text


class NiroDeskError(Exception):
    """Base of every error a user is meant to read."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class DatabaseError(NiroDeskError):
    """The database cannot be opened, upgraded, backed up or restored."""


class StatementTimeout(DatabaseError):
    """The database server stopped a query that ran longer than the application allows."""


class ValidationError(NiroDeskError):
    """Input that cannot be saved; ``field`` names where the problem is."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFound(NiroDeskError):
    """The record the user acted on no longer exists (deleted on another PC?)."""


class RuleViolation(NiroDeskError):
    """An action the house rules do not allow (e.g. admitting a former member directly)."""


class CompetitorConflict(NiroDeskError):
    """Admission refused: the check found conflicts and no board decision was recorded."""

    def __init__(self, template: str, result: object, **params: Any) -> None:
        self.result = result
        super().__init__(template, **params)


class ImportRejected(NiroDeskError):
    """An import found errors; nothing was written. ``problems`` says where."""

    def __init__(self, template: str, problems: list[Any], **params: Any) -> None:
        self.problems = problems
        super().__init__(template, **params)


class StaleRecord(NiroDeskError):
    """A save from an older copy: someone changed the record after it was opened.

    ``changed_by`` and ``changed_at`` say who and when (empty/None when not
    known); the front end offers to reload and apply the user's changes again.
    """

    def __init__(
        self,
        template: str,
        changed_by: str = "",
        changed_at: dt.datetime | None = None,
        **params: Any,
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = changed_at.strftime("%Y-%m-%d %H:%M UTC") if changed_at is not None else ""
        super().__init__(template, user=changed_by, when=when, **params)


class DatabaseBusy(NiroDeskError):
    """Another PC held the database (or the row) longer than a save may wait."""


class PermissionDenied(NiroDeskError):
    """The acting user's roles do not allow this action (``niro_desk.permissions``)."""


class SignInRefused(NiroDeskError):
    """A sign-in did not succeed: wrong name or password, a deactivated account, or
    too many failed attempts (``wait_until`` says when the next attempt is taken)."""

    def __init__(self, template: str, wait_until: dt.datetime | None = None, **params: Any) -> None:
        self.wait_until = wait_until
        super().__init__(template, **params)
