"""Units of measure of procurement items (one unit per item)."""

from __future__ import annotations

from enum import StrEnum


class UnitOfMeasure(StrEnum):
    """The units a procurement item can be bought in; stored by value."""

    KWH = "kWh"
    MWH = "MWh"
    CUBIC_METRE = "m3"
    LITRE = "l"
    KILOGRAM = "kg"
    TONNE = "t"
    PAIR = "pair"
    PIECE = "piece"
    SHIPMENT = "shipment"
    CONTRACT = "contract"
