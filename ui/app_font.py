"""The application font: never below a size at which German capitals keep their umlauts.

Without a desktop environment (offscreen, a bare X server, some remote
sessions) Qt falls back to 9 pt. At that size DejaVu Sans, the usual fallback,
rasterises the dots of "Ö" and "Ü" away ("Östliches" reads "Ostliches"); from
10 pt on they are clear. The platform's size is kept when it is larger.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

MINIMUM_POINT_SIZE = 10.0


def ensure_readable_font(app: QApplication, minimum: float = MINIMUM_POINT_SIZE) -> bool:
    """Raise the application font to ``minimum`` points when it is smaller; True if raised."""
    font = app.font()
    size = font.pointSizeF()
    if size <= 0 or size >= minimum:  # pixel-sized fonts (size -1) are the platform's choice
        return False
    font.setPointSizeF(minimum)
    app.setFont(font)
    return True
