"""Rows of push buttons a view keeps by key (to enable, disable and test them).

``keyed_button(buttons, key, text, slot)`` makes the button ``<key>Button``
(its object name, which the tests find it by), connects its click to ``slot``
and keeps it in ``buttons[key]``; ``button_row`` does that for a row of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QHBoxLayout, QPushButton

Slot = Callable[[], object]


def keyed_button(
    buttons: dict[str, QPushButton], key: str, text: str, slot: Slot, tip: str = ""
) -> QPushButton:
    """A button named ``<key>Button`` that calls ``slot``, kept in ``buttons[key]``."""
    button = QPushButton(text)
    button.setObjectName(f"{key}Button")
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    buttons[key] = button
    return button


def button_row(
    buttons: dict[str, QPushButton], specs: Iterable[tuple[str, str, Slot]]
) -> QHBoxLayout:
    """The buttons of ``specs`` (key, text, slot) left-aligned in a row."""
    row = QHBoxLayout()
    for key, text, slot in specs:
        row.addWidget(keyed_button(buttons, key, text, slot))
    row.addStretch(1)
    return row
