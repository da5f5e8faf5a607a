"""What an empty directory shows instead of an empty list: the first things to do.

The buttons trigger the area's own actions (import a member list, record the
first application, ...), so they open exactly the dialogs the toolbar opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStepsPage(QWidget):
    """A heading, a few sentences and one button per first step: (button text, action)."""

    def __init__(
        self,
        heading: str,
        text: str,
        steps: list[tuple[str, QAction]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStepsPage")
        self.heading_label = QLabel(heading)
        self.heading_label.setObjectName("firstStepsHeading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("firstStepsText")
        self.text_label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(column)
        layout.addStretch(1)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.text_label)
        layout.addSpacing(self.fontMetrics().height())
        for button_text, action in steps:
            button = QPushButton(button_text)
            button.setObjectName(f"firstSteps_{action.objectName()}")
            button.clicked.connect(lambda _checked=False, a=action: a.trigger())
            button.setEnabled(action.isEnabled())  # an action the account may not do
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        layout.addStretch(2)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addWidget(column, 3)
        centred.addStretch(1)
