"""The evaluation workbook for the board, opened with openpyxl and checked by hand.

Scenario (``tender_builders``): lot 1 electricity 1,200 MWh, lot 2 gas 300 MWh;
Stadtwerke Hellweg 0.2000 / 0.0800, Energiehandel Ruhr 0.2400 / 0.0850,
Münsterland Strom 0.2500 (no gas). Price 60 %, quality 25 %, service 15 %.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tender_builders import AFTER_DEADLINE, DEADLINE, FAST, PASSPHRASE, T0, Scenario, bid, build

from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.procurement import tender_award, tender_evaluation, tender_opening, tenders
from niro_desk.procurement.evaluation_workbook import write_evaluation_workbook
from niro_desk.procurement.tender_award import Share
from niro_desk.users import ensure_user

TODAY = dt.date(2026, 11, 27)
ROUND_2_DEADLINE = AFTER_DEADLINE + dt.timedelta(days=7)


def _evaluated(db: Database, award: bool = True, second_round: bool = False) -> Scenario:
    with db.transaction() as session:
        scenario = build(session)
        user = ensure_user(session, "test.user")
        bid(session, scenario, 0, "0.2000", "0.0800")  # 240,00 € | 24,00 €
        bid(session, scenario, 1, "0.2400", "0.0850")  # 288,00 € | 25,50 €
        bid(session, scenario, 2, "0.2500")  # 300,00 €, no gas
        tender_opening.open_round(
            session, user, scenario.round_id, PASSPHRASE, ["Eva"], now=AFTER_DEADLINE
        )
        if second_round:
            _s1, s2, s3 = scenario.suppliers
            second = tenders.start_next_round(
                session, user, scenario.tender_id, ROUND_2_DEADLINE, [s2, s3], now=AFTER_DEADLINE
            )
            bid(session, scenario, 1, "0.2300", round_id=second.id, received=AFTER_DEADLINE)
            bid(session, scenario, 2, "0.2350", round_id=second.id, received=AFTER_DEADLINE)
            tender_opening.open_round(
                session, user, second.id, PASSPHRASE, ["Eva"], now=ROUND_2_DEADLINE
            )
        quality, service = scenario.criteria["Quality"], scenario.criteria["Service"]
        s1, s2, s3 = scenario.suppliers
        score = tender_evaluation.set_scores
        score(session, user, scenario.lot_power, s1, {quality: 50, service: 40})
        score(session, user, scenario.lot_power, s2, {quality: 100, service: 100})
        score(session, user, scenario.lot_power, s3, {quality: 90})
        if award:
            tender_award.award_tender(
                session,
                user,
                scenario.tender_id,
                {
                    scenario.lot_power: [Share(s1, Decimal(70)), Share(s2, Decimal(30))],
                    scenario.lot_gas: [Share(s1)],
                },
                "Best value; a second supplier for security of supply",
            )
    return scenario


def _rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _fact(rows: list[list[object]], label: str, start: int = 0) -> list[object]:
    return next(r for r in rows[start:] if r and r[0] == label)


def test_refused_while_the_prices_are_sealed(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out" / "evaluation.xlsx"
    path.parent.mkdir()
    with db.transaction() as session:
        scenario = build(session, publish=False)
        with pytest.raises(RuleViolation, match="no opened round"):
            write_evaluation_workbook(session, scenario.tender_id, path, "en")
        scenario.round_id = tenders.publish_tender(
            session,
            ensure_user(session, "test.user"),
            scenario.tender_id,
            PASSPHRASE,
            DEADLINE,
            now=T0,
            cost=FAST,
        ).id
        bid(session, scenario, 0, "0.2000", "0.0800")
        with pytest.raises(RuleViolation, match="sealed until then"):
            write_evaluation_workbook(session, scenario.tender_id, path, "de")
        tenders.cancel_tender(
            session, ensure_user(session, "test.user"), scenario.tender_id, "no budget"
        )
        with pytest.raises(RuleViolation, match="is cancelled"):
            write_evaluation_workbook(session, scenario.tender_id, path, "en")
    assert list(path.parent.iterdir()) == []


def test_workbook_for_the_board_checked_by_hand(db: Database, tmp_path: Path) -> None:
    scenario = _evaluated(db)
    path = tmp_path / "Auswertung.xlsx"
    with db.reading() as session:
        write_evaluation_workbook(session, scenario.tender_id, path, "de", today=TODAY)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Übersicht", "Los 1", "Los 2", "Bewertung"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage

    summary = workbook["Übersicht"]
    rows = _rows(summary)
    assert rows[0][0] == "Auswertung – Strom und Gas 2027"
    assert _fact(rows, "Stand")[1] == "Zuschlag erteilt"
    assert _fact(rows, "Erstellt am")[1] == dt.datetime(2026, 11, 27)
    criteria = rows.index(["Kriterium", "Gewicht", *[None] * (len(rows[0]) - 2)][: len(rows[0])])
    assert [r[:2] for r in rows[criteria + 1 : criteria + 4]] == [
        ["Preis", 0.6],
        ["Quality", 0.25],
        ["Service", 0.15],
    ]
    formula = _fact(rows, "Preispunkte")[1]
    assert isinstance(formula, str) and formula.startswith("Preispunkte = 100 × beste Summe")
    # lot 1: ranking as in test_tender_evaluation, the award 70 / 30
    lot_one = next(i for i, r in enumerate(rows) if r[0] == "Los 1: Strom – Runde 1")
    assert rows[lot_one + 1][:8] == [
        "Rang",
        "Lieferant",
        "Summe zum Poolvolumen",
        "Preispunkte",
        "Gesamt",
        "Vollständig bewertet",
        "Einsparung",
        "Zuschlagsanteil",
    ]
    assert [r[:8] for r in rows[lot_one + 2 : lot_one + 5]] == [
        [1, "Energiehandel Ruhr", 288, 83.33, 90, "ja", 28.1, 0.3],
        [2, "Stadtwerke Hellweg", 240, 100, 78.5, "ja", 61.3, 0.7],
        [3, "Münsterland Strom", 300, 80, 70.5, "nein", 19.8, None],
    ]
    assert summary.cell(lot_one + 3, 3).number_format == "#,##0.00 €"
    assert summary.cell(lot_one + 4, 8).number_format == "0.00 %"
    assert not summary.cell(lot_one + 4, 5).font.bold
    assert summary.cell(lot_one + 3, 5).fill.start_color.rgb.endswith("D8F0D2")  # rank 1
    assert _fact(rows, "Ausgangswert der Teilnehmer", lot_one)[1] == 227.3
    assert _fact(rows, "Volumen mit Ausgangspreis", lot_one)[1] == 830
    award = rows.index(_fact(rows, "Zuschlag", lot_one))
    assert rows[award][1:3] == ["Stadtwerke Hellweg", 0.7]
    assert rows[award + 1][:3] == [None, "Energiehandel Ruhr", 0.3]
    # 70 % × 61,30 + 30 % × 28,10 = 42,91 + 8,43 = 51,34 €
    assert _fact(rows, "Einsparung (Schätzung)", lot_one)[1] == 51.34
    # lot 2: gas baseline 3 × 100 MWh × 0,09 = 27,00 €; Stadtwerke 27 − 24 = 3,00 €
    lot_two = next(i for i, r in enumerate(rows) if r[0] == "Los 2: Erdgas – Runde 1")
    assert [r[:8] for r in rows[lot_two + 2 : lot_two + 4]] == [
        # 60 % × 100 = 60; 60 % × (100 × 24 ÷ 25,5 = 94,12) = 56,47; criteria not scored
        [1, "Stadtwerke Hellweg", 24, 100, 60, "nein", 3, 1],
        [2, "Energiehandel Ruhr", 25.5, 94.12, 56.47, "nein", 1.5, None],
    ]
    assert _fact(rows, "Einsparung (Schätzung)", lot_two)[1] == 3
    assert _fact(rows, "Einsparung aller Lose (Schätzung)")[1] == 54.34

    power = workbook["Los 1"]
    rows = _rows(power)
    assert rows[0] == [
        "Lieferant",
        "Electricity\n€/MWh (1.200 MWh)",
        "Summe zum Poolvolumen",
        "Summe Runde 1",
        "Änderung zur Vorrunde",
        "Änderung in %",
        "Hinweis",
    ]
    assert rows[1:] == [
        ["Stadtwerke Hellweg", 0.2, 240, 240, None, None, None],
        ["Energiehandel Ruhr", 0.24, 288, 288, None, None, None],
        ["Münsterland Strom", 0.25, 300, 300, None, None, None],
    ]
    assert power["B2"].number_format == "#,##0.0000 €" and power["C2"].font.bold
    assert power["C2"].fill.start_color.rgb.endswith("D8F0D2")  # the best total
    assert not power["C3"].font.bold
    assert power.column_dimensions["A"].width >= len("Stadtwerke Hellweg")

    scores = _rows(workbook["Bewertung"])
    assert scores[0] == [
        "Los",
        "Rang",
        "Lieferant",
        "Preispunkte",
        "Quality",
        "Service",
        "Gesamt",
        "Vollständig bewertet",
        "Summe zum Poolvolumen",
        "Einsparung",
    ]
    assert scores[1] == [1, 1, "Energiehandel Ruhr", 83.33, 100, 100, 90, "ja", 288, 28.1]
    assert scores[3] == [1, 3, "Münsterland Strom", 80, 90, None, 70.5, "nein", 300, 19.8]
    assert scores[4][:3] == [2, 1, "Stadtwerke Hellweg"]


def test_negotiation_log_and_english_recommendation(db: Database, tmp_path: Path) -> None:
    scenario = _evaluated(db, award=False, second_round=True)
    path = tmp_path / "Evaluation.xlsx"
    with db.reading() as session:
        write_evaluation_workbook(session, scenario.tender_id, path, "en", today=TODAY)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Lot 1", "Lot 2", "Scores"]
    rows = _rows(workbook["Lot 1"])
    assert rows[0][2:] == [
        "Total at pooled volume",
        "Total round 1",
        "Total round 2",
        "Change against previous round",
        "Change in %",
        "Note",
    ]
    # round 2: 0.23 × 1,200 = 276 (−12, −4.17 %); 0.235 × 1,200 = 282 (−18, −6.00 %)
    assert rows[1:] == [
        ["Energiehandel Ruhr", 0.23, 276, 288, 276, -12, -0.0417, None],
        ["Münsterland Strom", 0.235, 282, 300, 282, -18, -0.06, None],
        ["Stadtwerke Hellweg", None, None, 240, None, None, None, "no offer in round 2"],
    ]
    summary = _rows(workbook["Summary"])
    assert _fact(summary, "State")[1] == "evaluation"
    rounds = summary.index(_fact(summary, "Round"))
    assert [r[0] for r in summary[rounds + 1 : rounds + 3]] == [1, 2]
    assert summary[rounds + 2][2] == "opened" and summary[rounds + 2][5:8] == [2, 2, 0]
    lot_one = next(i for i, r in enumerate(summary) if r[0] == "Lot 1: Strom – round 2")
    recommended = _fact(summary, "Recommendation (rank 1)", lot_one)
    assert recommended[1:3] == ["Energiehandel Ruhr", 1]
    # savings 227.30 − 0.23 × 830 = 36.40 €
    assert _fact(summary, "Savings (estimate)", lot_one)[1] == 36.4
