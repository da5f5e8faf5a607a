"""What a database column can hold, on SQLite *and* PostgreSQL, for checking cells before writing.

SQLite would store a 3,000,000,000 in an ``Integer`` column that PostgreSQL
refuses (``INTEGER`` is 32 bits there), and ``ExactDecimal`` has a precision:
importers check every value against these limits in the preview, so the real
import never fails where the dry run passed.

- ``integer_range(column)`` → (minimum, maximum) for ``SmallInteger`` /
  ``Integer`` / ``BigInteger`` columns;
- ``decimal_bounds(column)`` → (places, largest absolute value) for
  ``ExactDecimal`` (and plain ``Numeric``) columns;
- ``text_limit(column)`` → the ``String`` length, None for ``Text``.

``column`` is a model attribute (``Organisation.employees``) or a table column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, Numeric, SmallInteger, String
from sqlalchemy.types import TypeDecorator

_INTEGER_RANGES = (
    (BigInteger, (-(2**63), 2**63 - 1)),
    (SmallInteger, (-(2**15), 2**15 - 1)),
    (Integer, (-(2**31), 2**31 - 1)),
)


def _type(column: Any) -> Any:
    column_type = getattr(column, "type", None)
    if column_type is None:
        raise TypeError(f"{column!r} is not a column")
    return column_type


def integer_range(column: Any) -> tuple[int, int]:
    """The whole numbers both engines store in ``column``."""
    column_type = _type(column)
    for kind, bounds in _INTEGER_RANGES:  # BigInteger/SmallInteger subclass Integer: first
        if isinstance(column_type, kind):
            return bounds
    raise TypeError(f"{column!r} is not an integer column")


def decimal_bounds(column: Any) -> tuple[int, Decimal]:
    """(decimal places, largest absolute value) of a fixed-point column."""
    column_type = _type(column)
    precision = getattr(column_type, "precision", None)
    scale = getattr(column_type, "scale", None)
    if isinstance(column_type, TypeDecorator | Numeric):
        if precision is None or scale is None:
            raise TypeError(f"{column!r} has no fixed precision")
        # SQLite stores ExactDecimal scaled by 10**scale in 64 bits: 18 digits fit both.
        digits = min(precision, 18)
        largest = Decimal(10) ** (digits - scale) - Decimal(1).scaleb(-scale)
        return scale, largest
    raise TypeError(f"{column!r} is not a decimal column")


def text_limit(column: Any) -> int | None:
    """The longest text ``column`` holds (None: unbounded)."""
    column_type = _type(column)
    if isinstance(column_type, String):
        return column_type.length
    raise TypeError(f"{column!r} is not a text column")
