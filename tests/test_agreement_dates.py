"""Term ends, renewals and notice deadlines: month ends and leap years, checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from niro_desk.procurement.agreement_dates import add_months, notice_deadline, term_on

D = dt.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 12, 31), -3, D(2026, 9, 30)),  # month end stays month end
        (D(2026, 5, 31), -3, D(2026, 2, 28)),
        (D(2028, 5, 31), -3, D(2028, 2, 29)),  # leap year
        (D(2027, 2, 28), 12, D(2028, 2, 29)),  # end of February stays the month's end
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2026, 1, 15), 1, D(2026, 2, 15)),
        (D(2026, 1, 30), 1, D(2026, 2, 28)),  # clamped, not rolled into March
        (D(2026, 11, 15), 2, D(2027, 1, 15)),  # across the year
        (D(2026, 2, 15), -3, D(2025, 11, 15)),
        (D(2026, 6, 30), 0, D(2026, 6, 30)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_notice_deadline_is_the_end_minus_the_notice_period() -> None:
    assert notice_deadline(D(2026, 12, 31), 3) == D(2026, 9, 30)
    assert notice_deadline(D(2027, 3, 31), 1) == D(2027, 2, 28)
    assert notice_deadline(D(2028, 3, 31), 1) == D(2028, 2, 29)
    assert notice_deadline(D(2026, 12, 31), 0) == D(2026, 12, 31)


def test_without_renewal_the_stored_end_is_the_term() -> None:
    term = term_on(
        D(2025, 12, 31), D(2026, 11, 27), notice_months=3, auto_renewal=False, renewal_months=12
    )
    assert (term.end, term.notice_deadline, term.renewals, term.renews) == (
        D(2025, 12, 31),
        D(2025, 9, 30),
        0,
        False,
    )
    assert term.days_to_end(D(2026, 11, 27)) == -331


def test_automatic_renewal_rolls_to_the_term_containing_today() -> None:
    # Signed to 31.12.2023, renewing by a year: on 27.11.2026 the term ends 31.12.2026.
    term = term_on(
        D(2023, 12, 31), D(2026, 11, 27), notice_months=3, auto_renewal=True, renewal_months=12
    )
    assert (term.end, term.notice_deadline, term.renewals) == (D(2026, 12, 31), D(2026, 9, 30), 3)
    # On the last day of a term that term still runs.
    term = term_on(
        D(2026, 12, 31), D(2026, 12, 31), notice_months=3, auto_renewal=True, renewal_months=12
    )
    assert (term.end, term.renewals) == (D(2026, 12, 31), 0)
    # Renewing from the end of February of a leap year keeps to the month's end.
    term = term_on(
        D(2024, 2, 29), D(2026, 3, 1), notice_months=2, auto_renewal=True, renewal_months=12
    )
    assert (term.end, term.notice_deadline) == (D(2027, 2, 28), D(2026, 12, 31))


def test_renewal_by_six_months_from_the_31st() -> None:
    term = term_on(
        D(2026, 8, 31), D(2027, 3, 1), notice_months=1, auto_renewal=True, renewal_months=6
    )
    assert (term.end, term.notice_deadline, term.renewals) == (D(2027, 8, 31), D(2027, 7, 31), 2)
