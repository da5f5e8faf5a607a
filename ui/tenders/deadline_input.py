"""Date and time of a deadline, entered on the clocks in Berlin and handed on as aware UTC."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from niro_desk.procurement.berlin_time import berlin_to_utc


class DeadlineEdit(QDateTimeEdit):
    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.setDateTime(QDateTime(QDate(default.year, default.month, default.day), QTime(12, 0)))

    def deadline(self) -> dt.datetime:
        value = self.dateTime()
        day = value.date()
        time = value.time()
        return berlin_to_utc(
            dt.date(day.year(), day.month(), day.day()), dt.time(time.hour(), time.minute())
        )
