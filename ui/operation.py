"""Runs long work off the UI thread and reports back through signals.

``run_operation(parent, label, work, on_success)`` shows a progress dialog,
runs ``work(progress)`` in the thread pool, and calls ``on_success(result)`` or
shows the error on the UI thread. ``progress(done, total)`` may be called by
the work from its thread; widgets are only ever touched on the UI thread.
With ``on_cancel`` the progress dialog has a Cancel button that calls it (on
the UI thread); the work is expected to notice (e.g. a ``threading.Event``)
and stop by raising, so its transaction rolls back.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from niro_desk.errors import NiroDeskError
from niro_desk.messages import render_error

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit)
        except Exception as error:  # reported on the UI thread
            log.error("operation failed: %s", traceback.format_exc())
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """One piece of long work with its progress dialog; emits ``done`` at the end."""

    done = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self._on_cancel = on_cancel
        if on_cancel is None:
            self.dialog.setCancelButton(None)
        else:
            self.dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Cancel"))
            self.dialog.canceled.connect(on_cancel)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setWindowTitle(label)
        self._job = _Job(work)
        self._job.signals.progressed.connect(self._progress)
        self._job.signals.succeeded.connect(self._succeeded)
        self._job.signals.failed.connect(self._failed)

    def start(self) -> Operation:
        QThreadPool.globalInstance().start(self._job)
        return self

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finish(self) -> None:
        if self._on_cancel is not None:
            self.dialog.canceled.disconnect(self._on_cancel)  # closing emits canceled
        self.dialog.reset()
        self.dialog.close()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)
        self.done.emit(True)

    def _failed(self, error: Exception) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, error)
        self.done.emit(False)


def show_error(parent: QWidget, error: Exception) -> None:
    """Show a domain error in plain words; other errors with their type."""
    if isinstance(error, NiroDeskError):
        text = render_error(error)
    else:
        text = f"{type(error).__name__}: {error}"
    QMessageBox.warning(parent, QCoreApplication.translate("Operation", "NIRO Desk"), text)


def run_operation(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Operation:
    return Operation(parent, label, work, on_success, on_failure, on_cancel).start()
