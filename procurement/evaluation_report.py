"""The evaluation of a tender as a PDF for the board: per lot comparison, ranking, savings, award.

Only opened rounds have prices, so a tender whose rounds are still sealed
prints its lots without any offer ("no opened round yet").
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy.orm import Session

from niro_desk.formatting import format_money, format_number
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement import pdf_document
from niro_desk.procurement.tender_award import lot_awards
from niro_desk.procurement.tender_evaluation import (
    baseline_by_item,
    baseline_total,
    lot_comparison,
    lot_ranking,
)
from niro_desk.procurement.tenders import get_tender

WORDS = {
    "de": {
        "title": "Auswertung",
        "lot": "Los {number}: {name}",
        "item": "Position",
        "volume": "Poolvolumen",
        "supplier": "Lieferant",
        "total": "Summe",
        "change": "Änderung zur Vorrunde",
        "round": "Preisvergleich (Runde {number}), Einheitspreise",
        "ranking": "Bewertung",
        "rank": "Rang",
        "points": "Preispunkte",
        "weighted": "Gesamt",
        "savings": "Einsparung",
        "formula": "Preispunkte = 100 × beste Summe ÷ Summe des Lieferanten;"
        " Gesamt = Σ Gewicht × Punkte ÷ 100. Einsparung gegen die Ausgangspreise der"
        " Teilnehmer, gewichtet nach Volumen (Basis {baseline}).",
        "criteria": "Kriterien",
        "award": "Zuschlag",
        "no_award": "noch kein Zuschlag",
        "sealed": "Noch keine geöffnete Runde: keine Preise.",
        "incomplete": " *",
        "incomplete_note": "* noch nicht alle Kriterien bewertet (fehlende zählen 0)",
        "price": "Preis",
    },
    "en": {
        "title": "Evaluation",
        "lot": "Lot {number}: {name}",
        "item": "Item",
        "volume": "Pooled volume",
        "supplier": "Supplier",
        "total": "Total",
        "change": "Change against previous round",
        "round": "Price comparison (round {number}), unit prices",
        "ranking": "Scoring",
        "rank": "Rank",
        "points": "Price points",
        "weighted": "Score",
        "savings": "Savings",
        "formula": "Price points = 100 × best total ÷ supplier's total;"
        " score = Σ weight × points ÷ 100. Savings against the participants' baseline"
        " prices weighted by volume (baseline {baseline}).",
        "criteria": "Criteria",
        "award": "Award",
        "no_award": "not awarded yet",
        "sealed": "No opened round yet: no prices.",
        "incomplete": " *",
        "incomplete_note": "* not every criterion scored yet (missing ones count 0)",
        "price": "Price",
    },
}


def write_evaluation_report(session: Session, tender_id: int, path: Path, language: str) -> Path:
    """The evaluation as a PDF: prices of every opened bid, so READ_ALL."""
    require_viewer(session, Permission.READ_ALL)
    tender = get_tender(session, tender_id)
    words = WORDS.get(language, WORDS["en"])
    style = pdf_document.styles()
    cell = style["cell"]
    title = f"{words['title']} – {tender.title}"
    criteria = ", ".join(
        f"{words['price'] if c.is_price else c.name} {c.weight} %" for c in tender.criteria
    )
    story: list[object] = [
        pdf_document.text(title, style["title"]),
        pdf_document.text(f"{words['criteria']}: {criteria}", style["body"]),
    ]
    for lot in tender.lots:
        story.append(
            pdf_document.text(
                words["lot"].format(number=lot.number, name=lot.name), style["heading"]
            )
        )
        comparison = lot_comparison(session, lot.id)
        if comparison.round_number is None:
            story.append(pdf_document.text(words["sealed"], style["body"]))
            continue
        story.append(
            pdf_document.text(words["round"].format(number=comparison.round_number), style["small"])
        )
        header = [words["supplier"]]
        header += [
            f"{i.name}\n{format_number(i.volume, language, 0)} {i.unit}" for i in comparison.items
        ]
        header += [words["total"], words["change"]]
        rows: list[list[object]] = [[pdf_document.text(h, cell) for h in header]]
        best_rows = []
        for index, offer in enumerate(comparison.offers, start=1):
            change = ""
            if offer.change is not None:
                change = format_money(offer.change, language)
                if offer.change_percent is not None:
                    change += f" ({format_number(offer.change_percent, language, 2)} %)"
            rows.append(
                [pdf_document.text(offer.supplier, cell)]
                + [
                    format_number(offer.prices.get(i.item_id), language, 4)
                    for i in comparison.items
                ]
                + [format_money(offer.total, language), change]
            )
            if offer.best:
                best_rows.append(index)
        free = 174 * mm - 38 * mm - 31 * mm - 31 * mm
        widths = [38 * mm] + [free / max(1, len(comparison.items))] * len(comparison.items)
        story.append(pdf_document.table(rows, [*widths, 31 * mm, 31 * mm], tuple(best_rows)))
        story.append(Spacer(1, 3 * mm))
        ranking = lot_ranking(session, lot.id)
        non_price = [c for c in tender.criteria if not c.is_price]
        header = [words["rank"], words["supplier"], words["points"]]
        header += [c.name for c in non_price] + [words["weighted"], words["savings"]]
        rows = [[pdf_document.text(h, cell) for h in header]]
        for entry in ranking:
            rows.append(
                [str(entry.rank), pdf_document.text(entry.supplier, cell)]
                + [format_number(entry.price_points, language, 2)]
                + [str(entry.scores.get(c.id, "–")) for c in non_price]
                + [
                    format_number(entry.weighted, language, 2)
                    + ("" if entry.complete else words["incomplete"]),
                    format_money(entry.savings, language),
                ]
            )
        rest = 174 * mm - 12 * mm - 34 * mm - 22 * mm - 17 * mm - 29 * mm
        widths = [12 * mm, 34 * mm, 22 * mm]
        widths += [rest / max(1, len(non_price))] * len(non_price) + [17 * mm, 29 * mm]
        story.append(pdf_document.table(rows, widths, (1,) if ranking else ()))
        baseline = format_money(baseline_total(baseline_by_item(session, lot.id)), language)
        story.append(pdf_document.text(words["formula"].format(baseline=baseline), style["small"]))
        if any(not entry.complete for entry in ranking):
            story.append(pdf_document.text(words["incomplete_note"], style["small"]))
        awards = lot_awards(session, lot.id)
        award = (
            ", ".join(f"{name} {format_number(share, language, 0)} %" for name, share in awards)
            if awards
            else words["no_award"]
        )
        story.append(pdf_document.text(f"{words['award']}: {award}", style["body"]))
    pdf_document.build(path, story, title, language)
    return path
