"""Optimistic locking: a save names the version it was made from.

Every record a dialog edits has a ``version`` column that SQLAlchemy checks
in each UPDATE (``version_id_col``). A dialog remembers the version it loaded
and hands it to the service; ``check_version`` refuses the save when the
record has moved on since, naming who changed it last and when (from the
audit log), so nothing another PC saved is overwritten unseen.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, StaleRecord


class Versioned(Protocol):
    version: int


STALE_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "{name} was changed by {user} on {when}, after you opened it. Your changes were not saved.",
)
STALE_UNKNOWN_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "{name} was changed on another PC after you opened it. Your changes were not saved."
)


def stale(session: Session, name: str, entity_type: str, entity_id: int) -> StaleRecord:
    """The refusal for ``name``, saying who changed the entity last and when."""
    entry = audit.last_change(session, entity_type, entity_id)
    if entry is None:
        return StaleRecord(STALE_UNKNOWN_MESSAGE, name=name)
    who = entry.user.display_name or entry.user.login
    return StaleRecord(STALE_MESSAGE, changed_by=who, changed_at=entry.at, name=name)


def check_version(
    session: Session,
    record: Versioned,
    expected_version: int | None,
    name: str,
    entity_type: str,
    entity_id: int,
) -> None:
    """Refuse the save when ``record`` is no longer at ``expected_version`` (None: no check)."""
    if expected_version is None or record.version == expected_version:
        return
    raise stale(session, name, entity_type, entity_id)


def touch(record: Any, attribute: str) -> None:
    """Make the next flush UPDATE ``record`` (and so raise its version) though only
    its children changed, e.g. a membership whose fee history changed."""
    flag_modified(record, attribute)
