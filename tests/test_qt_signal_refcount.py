"""Guards the PySide6 pin: emitting a signal must not leak or steal references.

PySide6 6.12.0 drops one reference to ``True`` on every ``emit()`` from Python;
after enough emits the interpreter aborts ("bool_dealloc"). The app emits
constantly (every operation, every widget signal), so that version is excluded
in pyproject.toml; this test fails on any version that has the bug again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emit_keeps_the_reference_count_of_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.bare.connect(lambda: received.append(None))
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.bare.emit()
        emitter.carrying.emit(True)
    assert len(received) == 400
    received.clear()
    assert sys.getrefcount(True) >= before
