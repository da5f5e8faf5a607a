"""Validation messages shown at the field they are about: a red line under the input."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from niro_desk.errors import ValidationError
from niro_desk.messages import render_error

ERROR_COLOUR = "#b3261e"


class FieldMessage(QLabel):
    """A red message under one input; hidden while there is nothing to say."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"fieldMessage_{field}")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldMessages:
    """The field messages of one form, by field name."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldMessage] = {}

    def message(self, name: str) -> FieldMessage:
        """A new message line for the field ``name`` (to place yourself)."""
        message = FieldMessage(name)
        self.labels[name] = message
        return message

    def field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its message line under it, ready for a form row."""
        message = self.message(name)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        return box

    def show(self, problems: list[ValidationError], shown_fields: set[str] | None = None) -> None:
        """Each field's first problem at the field (only for ``shown_fields`` when given)."""
        for name, label in self.labels.items():
            texts = [render_error(p) for p in problems if p.field == name]
            visible = shown_fields is None or name in shown_fields
            label.set_message(texts[0] if texts and visible else "")

    def set(self, name: str, text: str) -> None:
        if name in self.labels:
            self.labels[name].set_message(text)

    def show_error(self, error: ValidationError) -> bool:
        """Show ``error`` at its field; False when the form has no such field."""
        if error.field not in self.labels:
            return False
        self.labels[error.field].set_message(render_error(error))
        return True

    def text(self, name: str) -> str:
        return self.labels[name].text() if name in self.labels else ""
