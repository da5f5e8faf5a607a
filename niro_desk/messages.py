"""Renders domain errors in the user's language (Qt translation when available)."""

from __future__ import annotations

from niro_desk.errors import MESSAGE_CONTEXT, NiroDeskError


def translate_message(template: str, **params: object) -> str:
    """Translate a message template marked with QT_TRANSLATE_NOOP, then fill it in."""
    text = template
    try:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            text = QCoreApplication.translate(MESSAGE_CONTEXT, template)
    except ImportError:  # pragma: no cover - Qt is a dependency; scripts may run without it
        pass
    return text.format(**params)


def render_error(error: NiroDeskError) -> str:
    """The error's message in the user's language."""
    return translate_message(error.template, **error.params)
