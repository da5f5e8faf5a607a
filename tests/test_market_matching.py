"""The product-market matcher against a table of real pairs, with precision and recall.

Each pair says whether two companies selling these markets compete (True) or
not (False): the same product in German and English, compounds, spelling
variants; and clear non-competitors: a supplier and its customer, shared
inputs, different products with the same modifier.
"""

from __future__ import annotations

import pytest

from niro_desk.membership.market_terms import (
    Glossary,
    default_glossary,
    markets_overlap,
)

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.9

PAIRS: list[tuple[str, str, bool]] = [
    # same product, German and English
    ("Hydraulikpumpen", "hydraulic pumps", True),
    ("Kreiselpumpen", "centrifugal pumps", True),
    ("Kugellager", "ball bearings", True),
    ("Wälzlager", "rolling bearings", True),
    ("Druckfedern", "compression springs", True),
    ("Zahnräder", "gears", True),
    ("Getriebe", "gearboxes", True),
    ("Schaltschränke", "control cabinets", True),
    ("Förderbänder", "belt conveyors", True),
    ("Verpackungsmaschinen", "packaging machinery", True),
    ("Gussteile", "castings", True),
    ("Schmiedeteile", "forgings", True),
    ("Drucksensoren", "pressure transducers", True),
    ("Spritzgießwerkzeuge", "injection moulds", True),
    ("Industrieklebstoffe", "industrial adhesives", True),
    ("Pulverbeschichtung", "powder coating", True),
    ("Sechskantschrauben", "hex bolts", True),
    ("Magnetventile", "solenoid valves", True),
    ("Werkzeugmaschinen", "machine tools", True),
    ("Kabelkonfektion", "cable assemblies", True),
    ("Stanzteile", "stampings", True),
    ("Tiefziehteile", "deep-drawn parts", True),
    ("Frequenzumrichter", "variable frequency drives", True),
    ("Palettierer", "palletizers", True),
    ("Laserschneidteile", "laser-cut parts", True),
    # compounds and narrower terms
    ("Blechbiegeteile", "Biegeteile", True),
    ("CNC-Drehteile", "Drehteile", True),
    ("Präzisionsdrehteile", "CNC turned parts", True),
    ("Pumpen", "Vakuumpumpen", True),
    ("Edelstahl-Kreiselpumpen", "Kreiselpumpen", True),
    ("Hydraulik-Zahnradpumpen", "Hydraulikpumpen", True),
    ("Werkzeugmaschinen", "CNC-Fräsmaschinen", True),
    ("Formenbau", "Spritzgussformen", True),
    ("Schaltschrankbau", "Schaltschränke", True),
    ("Sheet metal bending parts", "Blechbiegeteile", True),
    ("Fördertechnik", "Rollenförderer", True),
    ("Hydraulik- und Pneumatikzylinder", "pneumatic cylinders", True),
    ("Ventile für die Hydraulik", "Hydraulikventile", True),
    ("Kunststoffspritzgussteile", "injection moulded plastic parts", True),
    ("Bürstenwalzen", "Bürsten-Walzen", True),
    # spelling variants
    ("Zahnraeder", "Zahnräder", True),
    ("Hydraulik-Pumpen", "Hydraulikpumpen", True),
    ("Injection molds", "injection moulds", True),
    ("Aluminium-Druckguss", "aluminum die castings", True),
    ("Schweissbaugruppen", "Schweißbaugruppen", True),
    ("Kunststoff Spritzgussteile", "Kunststoffspritzgussteile", True),
    # different products with the same modifier
    ("CNC-Drehteile", "CNC-Fräsmaschinen", False),
    ("LED-Leuchten", "LED-Treiber", False),
    ("Hydraulikpumpen", "Hydraulikzylinder", False),
    ("Edelstahlschrauben", "Edelstahlrohre", False),
    ("Kreiselpumpen", "Hydraulikpumpen", False),
    ("Kugellager", "Gleitlager", False),
    ("Druckfedern", "Zugfedern", False),
    ("Verpackungsmaschinen", "Werkzeugmaschinen", False),
    ("Pneumatikzylinder", "Hydraulikzylinder", False),
    ("Landmaschinen", "Baumaschinen", False),
    ("Aluminiumprofile", "Aluminiumguss", False),
    ("Kunststoffteile", "Kunststoffmaschinen", False),
    ("Drehteile", "Frästeile", False),
    ("Schaltschränke", "Schaltanlagen", False),
    ("Temperatursensoren", "Drucksensoren", False),
    # a supplier and its customer
    ("Pumpengehäuse", "Pumpen", False),
    ("Pumpenteile", "Kreiselpumpen", False),
    ("Drehmaschinen", "Drehteile", False),
    ("Spritzgießmaschinen", "Spritzgussteile", False),
    ("Verpackungen", "Verpackungsmaschinen", False),
    ("Stanzwerkzeuge", "Stanzteile", False),
    ("Schmiedegesenke", "Schmiedeteile", False),
    ("Schweißgeräte", "Schweißbaugruppen", False),
    ("Elektromotoren", "Getriebemotoren", False),
    ("Gussteile", "Druckgießformen", False),
    ("Industrieöfen", "Wärmebehandlung", False),
    ("Kabel", "Kabelbäume", False),
    # shared inputs: materials are no product of either
    ("Stahl", "Stahlbau", False),
    ("Edelstahlteile", "Edelstahl-Drehteile", False),
    ("Kunststoffgranulat", "Kunststoffteile", False),
    ("Blech", "Blechteile", False),
    # generic words alone
    ("CNC-Teile", "CNC-Maschinen", False),
    ("Teile", "Komponenten", False),
    ("Industrieservice", "Industriekomponenten", False),
]


def _verdicts(glossary: Glossary) -> list[tuple[str, str, bool, bool]]:
    return [(a, b, expected, glossary.markets_overlap(a, b)) for a, b, expected in PAIRS]


def test_the_table_has_enough_pairs_of_both_kinds() -> None:
    assert len(PAIRS) >= 60
    assert sum(1 for *_, same in PAIRS if same) >= 30
    assert sum(1 for *_, same in PAIRS if not same) >= 30


def test_precision_and_recall_on_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _verdicts(default_glossary())
    true_pos = sum(1 for *_, expected, got in rows if expected and got)
    false_pos = [(a, b) for a, b, expected, got in rows if got and not expected]
    false_neg = [(a, b) for a, b, expected, got in rows if expected and not got]
    precision = true_pos / (true_pos + len(false_pos)) if true_pos + len(false_pos) else 1.0
    recall = true_pos / (true_pos + len(false_neg)) if true_pos + len(false_neg) else 1.0
    with capsys.disabled():
        print(
            f"\nproduct-market matcher on {len(rows)} pairs: precision {precision:.3f},"
            f" recall {recall:.3f}"
        )
        for a, b in false_pos:
            print(f"  false alarm: {a!r} / {b!r}")
        for a, b in false_neg:
            print(f"  missed: {a!r} / {b!r}")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


@pytest.mark.parametrize(("first", "second", "expected"), PAIRS)
def test_verdicts_are_symmetric(first: str, second: str, expected: bool) -> None:
    assert markets_overlap(first, second) == markets_overlap(second, first)
