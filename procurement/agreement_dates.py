"""Term ends, renewals and notice deadlines of framework agreements (pure date arithmetic).

Months are calendar months. A date that is the last day of its month stays at
the end of the month (31.12. − 3 months = 30.09., 28.02.2027 + 12 months =
29.02.2028); otherwise the day is kept and clamped to the month's length
(31.05. − 3 months = 28.02. or 29.02.). The notice deadline is the last day
on which notice must be received: the term's end minus the notice period.

An agreement with automatic renewal renews by ``renewal_months`` at each term
end unless notice was given; ``term_on`` rolls the stored end forward to the
term that contains a given day, so an agreement entered years ago shows its
current term and the next deadline without anyone updating it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def is_month_end(day: dt.date) -> bool:
    return day.day == last_day_of_month(day.year, day.month)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months (negative: back), month ends kept."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = last_day_of_month(year, month)
    if is_month_end(day):
        return dt.date(year, month, last)
    return dt.date(year, month, min(day.day, last))


def notice_deadline(term_end: dt.date, notice_months: int) -> dt.date:
    """The last day notice must be received to end the agreement at ``term_end``."""
    return add_months(term_end, -max(notice_months, 0))


@dataclass(frozen=True)
class Term:
    """The term of an agreement that contains a given day, and its deadlines."""

    end: dt.date
    notice_deadline: dt.date
    #: how many automatic renewals lie between the stored end and this term
    renewals: int
    renews: bool

    def days_to_end(self, today: dt.date) -> int:
        return (self.end - today).days

    def days_to_notice(self, today: dt.date) -> int:
        return (self.notice_deadline - today).days


def term_on(
    end_date: dt.date,
    today: dt.date,
    *,
    notice_months: int,
    auto_renewal: bool,
    renewal_months: int,
) -> Term:
    """The term containing ``today``: the stored end, or later renewals of it.

    Without automatic renewal (or with a renewal period below one month) the
    stored end is the term's end, even when it lies in the past.
    """
    end = end_date
    renewals = 0
    renews = auto_renewal and renewal_months > 0
    if renews:
        while end < today:
            renewals += 1
            end = add_months(end_date, renewal_months * renewals)
    return Term(
        end=end,
        notice_deadline=notice_deadline(end, notice_months),
        renewals=renewals,
        renews=renews,
    )
