"""The note a dialog shows after "reload and apply again": what happened, what to check."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

NOTICE_STYLE = (
    "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c45c;"
    " border-radius: 4px; padding: 6px; }"
)


class ReloadNotice(QLabel):
    """Hidden until a dialog reloaded a record that another PC had changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reloadNotice")
        self.setWordWrap(True)
        self.setStyleSheet(NOTICE_STYLE)
        self.setVisible(False)

    def show_reloaded(self, reason: str, both_changed: list[tuple[str, str]]) -> None:
        """``reason``: who changed what when; ``both_changed``: (field label, their value)."""
        lines = [
            escape(reason),
            escape(
                self.tr(
                    "The dialog now shows the record as saved there, with your changes"
                    " applied on top. Check it and save again."
                )
            ),
        ]
        if both_changed:
            lines.append(
                escape(self.tr("Changed on both PCs; your entry is kept (theirs in brackets):"))
                + "<br>"
                + "<br>".join(
                    f"• {escape(label)} ({escape(value or '—')})" for label, value in both_changed
                )
            )
        self.setText("<br><br>".join(lines))
        self.setVisible(True)
