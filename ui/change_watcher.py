"""Notices changes made on other office PCs and says so with a signal.

A timer asks the database's change feed (``niro_desk.change_feed``) every
few seconds: on PostgreSQL that only collects the NOTIFYs already received on
the feed's own connection, on SQLite it reads the newest audit id. The feed
opens at the first tick, not at start-up; ``stop()`` closes it.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from niro_desk.change_feed import Change, ChangeFeed, open_change_feed
from niro_desk.database import Database

log = logging.getLogger(__name__)
POSTGRES_INTERVAL_MS = 1_000
SQLITE_INTERVAL_MS = 3_000
RETRY_AFTER_S = 30.0  # after the feed could not be opened or was lost (server away)


class ChangeWatcher(QObject):
    """Emits ``changed(Change)`` when another PC changed something."""

    changed = Signal(object)

    def __init__(
        self, db: Database, parent: QObject | None = None, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.feed: ChangeFeed | None = None
        self._retry_at = 0.0
        self.timer = QTimer(self)
        default = SQLITE_INTERVAL_MS if db.is_sqlite else POSTGRES_INTERVAL_MS
        self.timer.setInterval(interval_ms or default)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._close_feed()

    def poll(self) -> Change | None:
        """Look once; emit and return what changed elsewhere (None: nothing)."""
        try:
            if self.feed is None:
                if time.monotonic() < self._retry_at:
                    return None
                self.feed = open_change_feed(self.db)
                return None  # the first look only takes the starting point
            change = self.feed.poll()
        except Exception as error:  # a lost feed must not end the app
            log.warning("cannot look for changes on other PCs: %s", error)
            self._close_feed()
            self._retry_at = time.monotonic() + RETRY_AFTER_S
            return None
        if change is not None:
            self.changed.emit(change)
        return change

    def _close_feed(self) -> None:
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.close()
