"""Units of measure: their names for people, and exact conversions between them.

An item has one unit; a volume typed in another unit of the same dimension
(kWh for an item in MWh, l for one in m³, kg for one in t) is converted
exactly with Decimal. Conversions that are not exact at the stored precision
are refused rather than rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal

from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.formatting import parse_number
from niro_desk.models.requirement_submission import VOLUME_SCALE
from niro_desk.models.unit_of_measure import UnitOfMeasure

U = UnitOfMeasure

#: unit → (dimension, how many base units one of it is)
_FACTORS: dict[UnitOfMeasure, tuple[str, Decimal]] = {
    U.KWH: ("energy", Decimal(1)),
    U.MWH: ("energy", Decimal(1000)),
    U.LITRE: ("volume", Decimal(1)),
    U.CUBIC_METRE: ("volume", Decimal(1000)),
    U.KILOGRAM: ("mass", Decimal(1)),
    U.TONNE: ("mass", Decimal(1000)),
    U.PAIR: ("pairs", Decimal(1)),
    U.PIECE: ("pieces", Decimal(1)),
    U.SHIPMENT: ("shipments", Decimal(1)),
    U.CONTRACT: ("contracts", Decimal(1)),
}

#: the unit as shown next to numbers, the same in German and English where it is a symbol
UNIT_SYMBOLS: dict[UnitOfMeasure, str] = {
    U.KWH: "kWh",
    U.MWH: "MWh",
    U.CUBIC_METRE: "m³",
    U.LITRE: "l",
    U.KILOGRAM: "kg",
    U.TONNE: "t",
    U.PAIR: QT_TRANSLATE_NOOP("Units", "pairs"),
    U.PIECE: QT_TRANSLATE_NOOP("Units", "pieces"),
    U.SHIPMENT: QT_TRANSLATE_NOOP("Units", "shipments"),
    U.CONTRACT: QT_TRANSLATE_NOOP("Units", "contracts"),
}
TRANSLATED_SYMBOLS = frozenset({U.PAIR, U.PIECE, U.SHIPMENT, U.CONTRACT})

#: what people type after a number, lower case, in German and English
_ALIASES: dict[str, UnitOfMeasure] = {
    "kwh": U.KWH,
    "mwh": U.MWH,
    "m3": U.CUBIC_METRE,
    "m³": U.CUBIC_METRE,
    "cbm": U.CUBIC_METRE,
    "l": U.LITRE,
    "liter": U.LITRE,
    "litre": U.LITRE,
    "litres": U.LITRE,
    "liters": U.LITRE,
    "kg": U.KILOGRAM,
    "t": U.TONNE,
    "tonnen": U.TONNE,
    "tonne": U.TONNE,
    "tonnes": U.TONNE,
    "paar": U.PAIR,
    "pair": U.PAIR,
    "pairs": U.PAIR,
    "stück": U.PIECE,
    "stk": U.PIECE,
    "stk.": U.PIECE,
    "piece": U.PIECE,
    "pieces": U.PIECE,
    "pcs": U.PIECE,
    "sendungen": U.SHIPMENT,
    "shipments": U.SHIPMENT,
    "verträge": U.CONTRACT,
    "contracts": U.CONTRACT,
}
_QUANTITY = re.compile(
    r"^\s*(?P<number>[-+]?[\d.,\s\u00a0\u202f]+?)\s*(?P<unit>[^\d\s.,][^\s]*)?\s*$"
)


def compatible_units(unit: UnitOfMeasure) -> list[UnitOfMeasure]:
    """The units a volume of ``unit`` can be converted from exactly (itself first)."""
    dimension = _FACTORS[unit][0]
    return [unit] + [u for u, (d, _f) in _FACTORS.items() if d == dimension and u != unit]


def convert(value: Decimal, source: UnitOfMeasure, target: UnitOfMeasure) -> Decimal:
    """``value`` in ``source`` expressed in ``target``; exact, or ValidationError."""
    source_dimension, source_factor = _FACTORS[source]
    target_dimension, target_factor = _FACTORS[target]
    if source_dimension != target_dimension:
        raise ValidationError(
            "unit",
            QT_TRANSLATE_NOOP("Messages", "{source} cannot be converted into {target}."),
            source=str(source),
            target=str(target),
        )
    result = value * source_factor / target_factor
    quantum = Decimal(1).scaleb(-VOLUME_SCALE)
    if result.quantize(quantum) != result and source == target:
        raise ValidationError(
            "volume",
            QT_TRANSLATE_NOOP("Messages", "{value} has more than three decimal places."),
            value=str(value),
        )
    if result.quantize(quantum) != result:
        raise ValidationError(
            "volume",
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value} {source} is not exactly {target} with three decimal places;"
                " please enter it in {target}.",
            ),
            value=str(value),
            source=str(source),
            target=str(target),
        )
    return result.quantize(quantum)


def unit_from_text(text: str) -> UnitOfMeasure | None:
    """The unit people mean by ``text`` ("MWh", "Stück", "m³"), or None."""
    return _ALIASES.get(text.strip().casefold())


def parse_volume(text: str, item_unit: UnitOfMeasure, language: str) -> Decimal:
    """A volume as typed ("1.200", "1.200 kWh", "3,5 t") in the item's unit, exactly.

    Raises ValidationError (field ``volume``) for text that is no volume, a
    negative number, a unit of another dimension, or too many decimal places.
    """
    match = _QUANTITY.match(text)
    if match is None:
        raise ValidationError(
            "volume",
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a volume."),
            text=text,
        )
    try:
        number = parse_number(match.group("number"), language)
    except ValueError:
        raise ValidationError(
            "volume",
            QT_TRANSLATE_NOOP("Messages", "“{text}” is not a volume."),
            text=text,
        ) from None
    unit_text = match.group("unit")
    unit = item_unit
    if unit_text:
        found = unit_from_text(unit_text)
        if found is None:
            raise ValidationError(
                "volume",
                QT_TRANSLATE_NOOP("Messages", "“{unit}” is not a unit NIRO Desk knows."),
                unit=unit_text,
            )
        unit = found
    if number < 0:
        raise ValidationError(
            "volume", QT_TRANSLATE_NOOP("Messages", "A volume cannot be negative.")
        )
    return convert(number, unit, item_unit)
