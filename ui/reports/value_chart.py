"""A custom-painted bar chart of the membership value: savings next to the fee, per member.

One row per member (the table's order: most savings first), a green bar for
the savings and a grey one for the fee on one scale, the amounts at the end of
the bars. Painted with QPainter: PySide6-Essentials has no QtCharts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SAVINGS = QColor("#2da44e")
FEE = QColor("#8c959f")
NAME_WIDTH = 190
AMOUNT_WIDTH = 90
ROW = 26
MARGIN = 8


class ValueChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueChart")
        self.rows: list[tuple[str, Decimal, Decimal]] = []
        self.label_of: Callable[[Decimal], str] = str
        self.legend = ("", "")
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(
        self,
        rows: list[tuple[str, Decimal, Decimal]],
        label_of: Callable[[Decimal], str],
        legend: tuple[str, str],
        empty_text: str,
    ) -> None:
        """``rows``: (name, savings, fee), shown in this order."""
        self.rows = rows
        self.label_of = label_of
        self.legend = legend
        self.empty_text = empty_text
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 2 * MARGIN + 22 + max(len(self.rows), 2) * ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        painter.setPen(text)
        metrics = painter.fontMetrics()
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        # legend
        x = NAME_WIDTH
        for colour, word in ((SAVINGS, self.legend[0]), (FEE, self.legend[1])):
            painter.fillRect(QRectF(x, MARGIN + 3, 10, 10), colour)
            painter.drawText(QRectF(x + 14, MARGIN, 200, 16), Qt.AlignmentFlag.AlignVCenter, word)
            x += 24 + metrics.horizontalAdvance(word)
        top = MARGIN + 22
        width = max(60.0, self.width() - NAME_WIDTH - AMOUNT_WIDTH - 2 * MARGIN)
        high = max(max(s, f) for _n, s, f in self.rows) or Decimal(1)
        bar = (ROW - 6) / 2
        for index, (name, saved, fee) in enumerate(self.rows):
            y = top + index * ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(MARGIN, y, NAME_WIDTH - MARGIN - 6, ROW - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - MARGIN - 6),
            )
            for offset, value, colour in ((0.0, saved, SAVINGS), (bar, fee, FEE)):
                length = float(max(value, Decimal(0)) / high) * width
                painter.fillRect(QRectF(NAME_WIDTH, y + offset, max(length, 1), bar - 1), colour)
                painter.setPen(text)
                small = painter.font()
                small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
                painter.save()
                painter.setFont(small)
                painter.drawText(
                    QRectF(NAME_WIDTH + length + 4, y + offset - 2, AMOUNT_WIDTH, bar + 3),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self.label_of(value),
                )
                painter.restore()
        painter.end()
