"""Widths measured in the widget's own font, so sizes follow the text and the scaling."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView, QWidget


def widest_text(widget: QWidget, texts: Iterable[str]) -> int:
    """Pixels the widest of ``texts`` needs in ``widget``'s font (0 for none)."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0)


def width_in_letters(widget: QWidget, letters: int) -> int:
    """About ``letters`` average characters of ``widget``'s font, in pixels."""
    return widget.fontMetrics().averageCharWidth() * letters


def fit_section(header: QHeaderView, section: int, texts: Iterable[str], padding: int = 0) -> None:
    """Widen ``section`` so that each of ``texts`` (and the header label) shows in full.

    ``padding`` is the cell's own margin; by default the item delegate's text
    margin (the style's focus-frame margin + 1, on both sides) plus a little air.
    """
    view = header.parentWidget() or header
    if not padding:
        margin = view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
        padding = 2 * (margin + 1) + 6
    needed = max(widest_text(view, texts) + padding, header.sectionSizeHint(section))
    if header.sectionSize(section) < needed:
        header.resizeSection(section, needed)
