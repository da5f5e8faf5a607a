"""The product-market matcher against a table of real pairs, with precision and recall.

Each pair says whether two companies selling these markets compete (True) or
not (False): the same product in German and English, compounds, spelling
variants; and clear non-competitors: a supplier and its customer, shared
inputs, different products with the same modifier.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from niro_desk.membership import compound_splitter
from niro_desk.membership.market_terms import (
    Glossary,
    default_glossary,
    market_terms,
    markets_overlap,
    product_keys,
)
from niro_desk.membership.product_glossary import GlossaryTerm, file_entries
from niro_desk.text_keys import fold

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
    # the same product in different materials
    ("Stahlrohre", "Kunststoffrohre", False),
    ("Aluminium-Druckguss", "Zinkdruckguss", False),
    ("Edelstahlschrauben", "Stahlschrauben", True),
    ("Edelstahlschrauben", "stainless steel screws", True),
    ("Druckgussteile aus Aluminium", "Aluminium-Druckguss", True),
    # shared inputs: materials are no product of either
    ("Stahl", "Stahlbau", False),
    ("Edelstahlteile", "Edelstahl-Drehteile", False),
    ("Kunststoffgranulat", "Kunststoffteile", False),
    ("Blech", "Blechteile", False),
    # more pairs, written before the matcher was run on them
    ("Gabelstapler", "forklift trucks", True),
    ("Industrieroboter", "industrial robots", True),
    ("Wärmetauscher", "plate heat exchangers", True),
    ("Edelstahlbehälter", "stainless steel tanks", True),
    ("Dichtungen", "O-Ringe", True),
    ("Kettenräder", "sprockets", True),
    ("Linearführungen", "linear guides", True),
    ("Abkantpressen", "press brakes", True),
    ("Etikettiermaschinen", "labelling machines", True),
    ("Arbeitsschutzkleidung", "Berufskleidung", True),
    ("Stahlkonstruktionen", "Stahlbau", True),
    ("Kältetechnik", "refrigeration systems", True),
    ("Schneckengetriebe", "worm gear units", True),
    ("Feingussteile", "investment castings", True),
    ("Zylinderrollenlager", "Wälzlager", True),
    ("Hydraulikschläuche", "Industrieschläuche", True),
    ("Schrauben", "Schraubendreher", False),
    ("Kabel", "Kabelkanäle", False),
    ("Förderbänder", "Fördergurte", False),
    ("Wälzlager", "Lagertechnik", False),
    ("Hydrauliköl", "Hydraulikzylinder", False),
    ("Spannfutter", "Drehteile", False),
    ("Sensoren", "Sensorgehäuse", False),
    ("Gussteile", "Gießereimaschinen", False),
    ("Werkzeugstahl", "Werkzeuge", False),
    ("Drahtbiegeteile", "Draht", False),
    ("Verpackungsfolien", "Folienverpackungsmaschinen", False),
    ("Schweißdraht", "Schweißroboter", False),
    ("Pumpen", "Pumpenservice", False),
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


def test_precision_and_recall_on_the_table(record_property: Callable[[str, object], None]) -> None:
    """Precision and recall are printed at the end of the run (tests/conftest.py)."""
    rows = _verdicts(default_glossary())
    true_pos = sum(1 for *_, expected, got in rows if expected and got)
    false_pos = [(a, b) for a, b, expected, got in rows if got and not expected]
    false_neg = [(a, b) for a, b, expected, got in rows if expected and not got]
    precision = true_pos / (true_pos + len(false_pos)) if true_pos + len(false_pos) else 1.0
    recall = true_pos / (true_pos + len(false_neg)) if true_pos + len(false_neg) else 1.0
    lines = [
        f"product-market matcher on {len(rows)} pairs: precision {precision:.3f},"
        f" recall {recall:.3f} (floors {PRECISION_FLOOR}, {RECALL_FLOOR})"
    ]
    lines += [f"  false alarm: {a!r} / {b!r}" for a, b in false_pos]
    lines += [f"  missed: {a!r} / {b!r}" for a, b in false_neg]
    record_property("summary", "\n".join(lines))
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


@pytest.mark.parametrize(("first", "second", "expected"), PAIRS)
def test_verdicts_are_symmetric(first: str, second: str, expected: bool) -> None:
    assert markets_overlap(first, second) == markets_overlap(second, first)


def test_overlapping_markets_share_a_product_key() -> None:
    """Grouping by ``product_keys`` never hides a pair ``markets_overlap`` would report."""
    for first, second, _expected in PAIRS:
        if markets_overlap(first, second):
            assert product_keys(first) & product_keys(second), (first, second)


def test_an_acronym_or_a_material_alone_names_no_product() -> None:
    assert market_terms("CNC") == ()
    assert market_terms("Edelstahlteile") == ()
    assert market_terms("Teile und Komponenten") == ()
    assert not markets_overlap("LED-Module", "LED-Netzteile")


def test_compounds_are_split_by_the_splitter_and_the_glossary_picks_the_head() -> None:
    glossary = default_glossary()
    assert compound_splitter.backend() in {"charsplit-fst", "compound-split"}
    assert glossary.parts("blechbiegeteile") == ("blech", "biegeteile")
    assert glossary.parts("sechskantschrauben", whole=False)[-1] == "schrauben"
    assert glossary.parts("sechskantschrauben") == ("sechskantschrauben",)  # a known term
    assert glossary.parts("hydraulikpumpen", whole=False) == ("hydraulik", "pumpen")
    [term] = market_terms("Hydraulik-Zahnradpumpen")
    assert term.head == "pumpe" and {"zahnradpumpe", "hydraulik"} <= term.narrower


def test_every_spelling_in_the_glossary_names_its_own_entry() -> None:
    """No synonym of one entry is taken by another (stems included)."""
    glossary = default_glossary()
    clashes = []
    for entry in file_entries():
        for surface in entry.surfaces:
            concept = glossary.lookup(fold(surface).split())
            if concept is None or concept.id != fold(entry.german):
                clashes.append((entry.german, surface, concept.id if concept else None))
    assert clashes == []


def test_the_glossary_is_bilingual_and_its_broader_terms_exist() -> None:
    entries = file_entries()
    assert len(entries) >= 300
    germans = {fold(entry.german) for entry in entries}
    assert len(germans) == len(entries)  # one row per term
    assert all(entry.english for entry in entries)
    assert {fold(entry.broader) for entry in entries if entry.broader} <= germans
    glossary = default_glossary()
    for entry in entries:
        concept = glossary.concept(fold(entry.german))
        assert concept is not None and glossary.chain(concept)[-1] == concept


def test_office_terms_extend_the_shipped_ones() -> None:
    extended = Glossary(
        [
            *file_entries(),
            GlossaryTerm("Pumpe", "pump", ("Pumpwerk",)),  # a spelling for a shipped term
            GlossaryTerm("Walzenbürste", "roller brush", ("Bürstenwalze",)),
        ]
    )
    assert not markets_overlap("Pumpwerke", "pumps")
    assert extended.markets_overlap("Pumpwerke", "pumps")
    assert not markets_overlap("Bürstenwalzen", "roller brushes")
    assert extended.markets_overlap("Bürstenwalzen", "roller brushes")
