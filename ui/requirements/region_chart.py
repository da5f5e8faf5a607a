"""A custom-painted bar chart: pooled volume per item, split by the participants' region.

Items have different units, so each item's bar is as long as its own total
(100 %) and the coloured segments show the regions' shares; the total with its
unit stands next to the bar. No chart library needed (QtCharts is deprecated).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = ("#1f6feb", "#e8853d", "#2da44e", "#a371f7", "#d1495b", "#8c959f", "#bf8700")
BAR_HEIGHT = 18
ROW_GAP = 10
LEGEND_HEIGHT = 26


@dataclass(frozen=True)
class ChartBar:
    label: str
    total_text: str
    total: Decimal
    segments: list[tuple[str, Decimal]]  # (region label, volume)


class RegionChart(QWidget):
    """Stacked horizontal bars, one per item; segments per region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionChart")
        self.bars: list[ChartBar] = []
        self.regions: list[str] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[ChartBar], empty_text: str) -> None:
        self.bars = bars
        seen: dict[str, None] = {}
        for bar in bars:
            for region, _value in bar.segments:
                seen.setdefault(region)
        self.regions = sorted(seen)
        self.empty_text = empty_text
        self.updateGeometry()
        self.update()

    def colour(self, region: str) -> QColor:
        return QColor(COLOURS[self.regions.index(region) % len(COLOURS)])

    def sizeHint(self) -> QSize:
        return QSize(600, LEGEND_HEIGHT + len(self.bars) * (BAR_HEIGHT + ROW_GAP) + 20)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 80)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        text_colour = self.palette().text().color()
        if not self.bars or all(bar.total == 0 for bar in self.bars):
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        # legend
        x = 8.0
        for region in self.regions:
            painter.fillRect(QRectF(x, 8, 12, 12), self.colour(region))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 16, 4, 400, 20), Qt.AlignmentFlag.AlignVCenter, region)
            x += 16 + metrics.horizontalAdvance(region) + 18
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 12,
            self.width() * 0.35,
        )
        total_width = max(metrics.horizontalAdvance(bar.total_text) for bar in self.bars) + 16
        bar_width = max(self.width() - label_width - total_width - 16, 40)
        y = LEGEND_HEIGHT + 6.0
        for bar in self.bars:
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(
                QRectF(8, y, label_width - 8, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter, label
            )
            left = 8 + label_width
            if bar.total > 0:
                for region, value in bar.segments:
                    width = float(value / bar.total) * bar_width
                    painter.fillRect(QRectF(left, y, width, BAR_HEIGHT), self.colour(region))
                    left += width
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(8 + label_width + bar_width + 8, y, total_width, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.total_text,
            )
            y += BAR_HEIGHT + ROW_GAP
        painter.end()
