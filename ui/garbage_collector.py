"""Python's garbage collection on the GUI thread only.

The collector runs in whatever thread happens to allocate. If it frees a Qt
wrapper from a worker thread of ``ui.operation``, Qt objects die on the wrong
thread and the process can crash. So automatic collection is switched off and
a timer on the GUI thread collects instead (the pattern PyQt/PySide apps use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects on the GUI thread, generation by generation, when thresholds are passed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            generation = 0
            if second > self.threshold[1]:
                generation = 1
                if third > self.threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
