"""Deadlines are entered and shown in Europe/Berlin and stored as aware UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def berlin_to_utc(day: dt.date, time: dt.time) -> dt.datetime:
    """The UTC instant of ``day`` ``time`` on the clocks in Berlin (summer time included)."""
    return dt.datetime.combine(day, time, tzinfo=BERLIN).astimezone(dt.UTC)


def in_berlin(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(BERLIN)


def berlin_text(moment: dt.datetime | None) -> str:
    """``22.11.2026 12:00`` (Berlin time), the way deadlines are written in German offices."""
    if moment is None:
        return ""
    return in_berlin(moment).strftime("%d.%m.%Y %H:%M")
