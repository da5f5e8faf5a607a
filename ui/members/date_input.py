"""Date inputs in the user's format (``dd.MM.yyyy`` in German) with a calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSizePolicy, QWidget

from niro_desk.formatting import qt_date_pattern


def date_edit(
    language: str, value: dt.date | None = None, parent: QWidget | None = None
) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(qt_date_pattern(language))
    edit.setCalendarPopup(True)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def local_day(moment: dt.datetime | None) -> dt.date | None:
    """The calendar day of a stored UTC moment, in the PC's time zone."""
    return moment.astimezone().date() if moment is not None else None
