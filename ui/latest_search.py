"""Runs database searches off the GUI thread; only the newest search's result is delivered.

``LatestSearch.start(work)`` runs ``work(session)`` in a reading session on a
thread of its own pool. A newer ``start`` (the next keystroke) or
``supersede()`` cancels the older search: its query is interrupted in the
database (SQLite ``interrupt()``, PostgreSQL's cancel request), and whatever
it still returns is dropped, so a stale result never overwrites a newer one.
``found`` and ``failed`` are emitted on the GUI thread for the newest search only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.orm import Session

from niro_desk.database import Database

Work = Callable[[Session], Any]


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result, error


class _Cancelled(Exception):
    pass


class _SearchJob(QRunnable):
    def __init__(self, db: Database, work: Work, generation: int) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until ``done`` arrived
        self.db = db
        self.work = work
        self.generation = generation
        self.signals = _Signals()
        self._lock = threading.Lock()
        self._cancelled = False
        self._driver: Any = None

    def run(self) -> None:
        result: Any = None
        error: Exception | None = None
        try:
            with self.db.reading() as session:
                connection = session.connection()
                with self._lock:
                    if self._cancelled:
                        raise _Cancelled
                    self._driver = connection.connection.driver_connection
                try:
                    result = self.work(session)
                finally:
                    with self._lock:
                        self._driver = None
        except Exception as exc:  # delivered on the GUI thread (or dropped when cancelled)
            error = exc
        if self._cancelled:
            result, error = None, None
        self.signals.done.emit(self.generation, result, error)

    def cancel(self) -> None:
        """Stop the query this search is running, if any (called from the GUI thread)."""
        with self._lock:
            self._cancelled = True
            driver = self._driver
            if driver is None:
                return
            interrupt = getattr(driver, "interrupt", None)  # sqlite3
            if interrupt is not None:
                interrupt()
            else:  # psycopg: asks the server to cancel the running statement
                driver.cancel()


class LatestSearch(QObject):
    """Searches one after another; a newer one cancels the older, whose result is dropped."""

    found = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._generation = 0
        self._jobs: dict[int, _SearchJob] = {}

    def start(self, work: Work) -> int:
        """Run ``work`` off the GUI thread; returns its generation number."""
        self.supersede()
        job = _SearchJob(self.db, work, self._generation)
        job.signals.done.connect(self._done)
        self._jobs[job.generation] = job
        self._pool.start(job)
        return job.generation

    def supersede(self) -> None:
        """Cancel every running search: whatever they return is dropped."""
        self._generation += 1
        for job in self._jobs.values():
            job.cancel()

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the running searches (at shutdown, in tests)."""
        return self._pool.waitForDone(milliseconds)

    def _done(self, generation: int, result: Any, error: Exception | None) -> None:
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.found.emit(result)
