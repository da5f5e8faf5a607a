"""A custom-painted chart of the rounds: each supplier's total per round (the negotiation log).

One line per supplier over the rounds 1, 2, …; a round with a single point
still shows the point. No chart library needed (QtCharts is deprecated).
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = ("#1f6feb", "#e8853d", "#2da44e", "#a371f7", "#d1495b", "#8c959f", "#bf8700")
MARGIN_LEFT = 110
MARGIN = 14
LEGEND_WIDTH = 190


class RoundsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsChart")
        self.history: dict[str, dict[int, Decimal]] = {}
        self.rounds: list[int] = []
        self.label_of = str  # formats an amount
        self.round_label = "%1"
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_history(
        self,
        history: dict[str, dict[int, Decimal]],
        rounds: list[int],
        label_of: object,
        round_label: str,
        empty_text: str,
    ) -> None:
        self.history = history
        self.rounds = rounds
        self.label_of = label_of  # type: ignore[assignment]
        self.round_label = round_label
        self.empty_text = empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 190)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        painter.setPen(text_colour)
        values = [v for totals in self.history.values() for v in totals.values()]
        if not values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        low, high = min(values), max(values)
        if high == low:
            low, high = low * Decimal("0.95"), high * Decimal("1.05") + 1
        span = high - low
        low, high = low - span * Decimal("0.1"), high + span * Decimal("0.1")
        metrics = painter.fontMetrics()
        plot = QRectF(
            MARGIN_LEFT,
            MARGIN,
            max(50, self.width() - MARGIN_LEFT - LEGEND_WIDTH - MARGIN),
            max(40, self.height() - 2 * MARGIN - metrics.height() - 6),
        )
        grid = QPen(QColor("#d0d7de"))
        count = len(self.rounds)

        def x_of(number: int) -> float:
            index = self.rounds.index(number)
            return plot.left() + (plot.width() * (index + 0.5) / count)

        def y_of(value: Decimal) -> float:
            return plot.bottom() - float((value - low) / (high - low)) * plot.height()

        for step in range(3):
            value = low + (high - low) * Decimal(step + 0.5) / 3
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, MARGIN_LEFT - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.label_of(value.quantize(Decimal(1))),  # type: ignore[operator]
            )
        for number in self.rounds:
            painter.drawText(
                QRectF(x_of(number) - 50, plot.bottom() + 4, 100, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.round_label.replace("%1", str(number)),
            )
        for index, (supplier, totals) in enumerate(sorted(self.history.items())):
            colour = QColor(COLOURS[index % len(COLOURS)])
            painter.setPen(QPen(colour, 2))
            points = [QPointF(x_of(n), y_of(v)) for n, v in sorted(totals.items())]
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 4, 4)
            legend_y = MARGIN + index * (metrics.height() + 4)
            painter.fillRect(QRectF(plot.right() + 14, legend_y + 3, 10, 10), colour)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(plot.right() + 30, legend_y, LEGEND_WIDTH - 34, metrics.height() + 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(supplier, Qt.TextElideMode.ElideRight, LEGEND_WIDTH - 34),
            )
        painter.end()
