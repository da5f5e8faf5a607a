"""Opens the database after the window has shown, off the GUI thread, and never gives up silently.

``DatabaseOpening.start()`` runs ``open_work(url, demo)`` (import SQLAlchemy and
the models, connect, migrate, fill the demo) in the thread pool; the window
stays responsive and shows "Opening the database…" meanwhile. It emits
``opened(database, demo)`` on success. On failure it logs the detail and asks
with ``DatabaseProblemDialog``: try again, choose another database, open the
demo, or quit (``gave_up``).

Imported before the window's first paint, so everything else (the worker, the
dialogs, the classification) is imported only when it is needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from niro_desk import log_file

if TYPE_CHECKING:
    from niro_desk.database_problems import DatabaseProblem
    from niro_desk.ui.database_problem_dialog import Answer
    from niro_desk.ui.operation import Operation

log = logging.getLogger(__name__)
OpenWork = Callable[[str, bool], Any]  # (url, demo) -> the opened Database


class DatabaseOpening(QObject):
    """Opening the database for ``window``, with the office's choices when it fails."""

    opened = Signal(object, bool)  # the Database, demo
    gave_up = Signal()

    def __init__(
        self,
        window: QWidget,
        url: str,
        demo: bool,
        demo_url: str,
        open_work: OpenWork,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.url = url
        self.demo = demo
        self.demo_url = demo_url
        self.open_work = open_work
        self.log_path = log_path
        self.operation: Operation | None = None
        self.dialog: QWidget | None = None
        self.problem: DatabaseProblem | None = None

    def start(self) -> None:
        from niro_desk.ui.operation import run_operation

        url, demo = self.url, self.demo
        self.operation = run_operation(
            self.window,
            self.tr("Opening the database…"),
            lambda _progress: self.open_work(url, demo),
            lambda database: self.opened.emit(database, demo),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        from niro_desk.database_problems import classify

        problem = classify(error, self.url)
        log.error("the database cannot be opened (%s)", problem.kind)
        log_file.detail("database problem (%s): %s", problem.kind, problem.detail, error=error)
        self.problem = problem
        self._ask(problem)

    def _ask(self, problem: DatabaseProblem | None) -> None:
        from niro_desk.ui.database_problem_dialog import DatabaseProblemDialog

        assert problem is not None
        dialog = DatabaseProblemDialog(problem, self.log_path, self.window)
        dialog.chosen.connect(self._answered)
        self.dialog = dialog
        dialog.open()

    def _answered(self, answer: Answer) -> None:
        from niro_desk.ui.database_problem_dialog import Answer

        if answer is Answer.RETRY:
            self.start()
        elif answer is Answer.DEMO:
            self.url, self.demo = self.demo_url, True
            self.start()
        elif answer is Answer.OTHER:
            self._choose_other()
        else:
            self.gave_up.emit()

    def _choose_other(self) -> None:
        from niro_desk.ui.database_problem_dialog import OtherDatabaseDialog

        dialog = OtherDatabaseDialog(self.url, self.window)
        dialog.accepted.connect(lambda: self._open_other(dialog.url()))
        dialog.rejected.connect(lambda: self._ask(self.problem))
        self.dialog = dialog
        dialog.open()

    def _open_other(self, url: str) -> None:
        self.url, self.demo = url, False
        self.start()
