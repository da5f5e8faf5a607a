"""Units with exact conversions, and the category tree with its items."""

from __future__ import annotations

from decimal import Decimal

import pytest
from procurement_builders import collection, energy, line, office_user, regional_member

from niro_desk.database import Database
from niro_desk.errors import RuleViolation, ValidationError
from niro_desk.models import CollectionState, UnitOfMeasure
from niro_desk.procurement import categories
from niro_desk.procurement.requirement_collections import change_state
from niro_desk.procurement.requirement_submissions import submit
from niro_desk.procurement.units import compatible_units, convert, parse_volume

U = UnitOfMeasure


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("1.200", U.MWH, "1200.000"),
        ("1.200 kWh", U.MWH, "1.200"),
        ("2,5 MWh", U.KWH, "2500.000"),
        ("3,5 t", U.KILOGRAM, "3500.000"),
        ("750 kg", U.TONNE, "0.750"),
        ("12 m³", U.LITRE, "12000.000"),
        ("1.500 l", U.CUBIC_METRE, "1.500"),
        ("240 Paar", U.PAIR, "240.000"),
        (" 17 ", U.PIECE, "17.000"),
    ],
)
def test_volumes_as_people_type_them_convert_exactly(text: str, unit: U, expected: str) -> None:
    value = parse_volume(text, unit, "de")
    assert value == Decimal(expected) and str(value) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("0,5 kWh", U.MWH),  # 0.0005 MWh: more places than stored
        ("1 kWh", U.PAIR),  # another dimension
        ("-3", U.PAIR),
        ("zwölf", U.PAIR),
        ("12 Fässer", U.PAIR),
        ("1,2345", U.MWH),
    ],
)
def test_volumes_that_are_not_exact_or_not_volumes_are_refused(text: str, unit: U) -> None:
    with pytest.raises(ValidationError):
        parse_volume(text, unit, "de")


def test_only_units_of_one_dimension_convert() -> None:
    assert compatible_units(U.MWH) == [U.MWH, U.KWH]
    assert compatible_units(U.PAIR) == [U.PAIR]
    assert convert(Decimal("1.5"), U.TONNE, U.KILOGRAM) == Decimal(1500)
    with pytest.raises(ValidationError):
        convert(Decimal(1), U.LITRE, U.KILOGRAM)


def test_category_tree_and_items(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        category_id, power, _gas, gloves = energy(session)
        nodes = categories.category_tree(session)
        assert [(n.path, n.depth, n.item_count) for n in nodes] == [
            ("Energy", 0, 0),
            ("Energy › Electricity", 1, 1),
            ("Energy › Natural gas", 1, 1),
            ("PPE", 0, 1),
        ]
        assert [i.name for i in categories.items_of(session, category_id)] == [
            "Electricity",
            "Natural gas",
        ]
        with pytest.raises(ValidationError):
            categories.create_category(session, user, " energy ")
        with pytest.raises(ValidationError):
            categories.create_item(session, user, gloves.category_id, "work  gloves", U.PAIR)
        with pytest.raises(RuleViolation):
            categories.delete_category(session, user, category_id)
        categories.update_item(session, user, power.id, "Electricity", U.KWH)
        categories.update_item(session, user, power.id, "Electricity", U.MWH)


def test_an_items_unit_is_fixed_once_requirements_use_it(db: Database) -> None:
    with db.transaction() as session:
        user = office_user(session)
        category_id, power, _gas, _gloves = energy(session)
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        collection_id = collection(session, category_id, [alpha]).id
        change_state(session, user, collection_id, CollectionState.OPEN)
        submit(session, user, collection_id, alpha.id, [line(power, "3")])
    with db.transaction() as session, pytest.raises(ValidationError) as raised:
        categories.update_item(session, office_user(session), power.id, "Electricity", U.KWH)
    assert raised.value.field == "unit"
    with db.reading() as session:
        assert categories.get_item(session, power.id).unit == U.MWH
