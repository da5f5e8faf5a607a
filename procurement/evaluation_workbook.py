"""The evaluation of a tender as an Excel workbook for the board (the PDF's numbers, in cells).

Sheets: a summary (tender, rounds, criteria and weights, the formulas in
words, per lot the ranking, the recommended or awarded supplier(s) with
shares and the savings estimate), one price comparison per lot (suppliers ×
items, total at the pooled volume, best values highlighted, every opened
round's total and the change against the round before: the negotiation log)
and the scores (criterion scores, weighted score, rank).

Every number comes from ``tender_evaluation`` and ``tender_award`` — the
same computations the tender view and the evaluation PDF use. Only opened
rounds have prices there, and the workbook is refused before the first
opening, so no sealed price can leave in it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation
from niro_desk.formatting import format_number
from niro_desk.models import RoundState, Tender, TenderState
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement.berlin_time import in_berlin
from niro_desk.procurement.bids import round_bids
from niro_desk.procurement.tender_award import lot_awards
from niro_desk.procurement.tender_evaluation import (
    LotComparison,
    RankedOffer,
    baseline_by_item,
    baseline_total,
    cents,
    lot_comparison,
    lot_ranking,
)
from niro_desk.procurement.tenders import get_tender
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    MONEY_FORMAT,
    WHOLE_FORMAT,
    Column,
    Fact,
    Heading,
    Marked,
    Table,
    new_workbook,
    save_workbook,
    write_report,
    write_table,
)

UNIT_PRICE_FORMAT = "#,##0.0000 €"
POINTS_FORMAT = "0.00"
PERCENT_FORMAT = "0.00 %"
WEIGHT_FORMAT = "0 %"
VOLUME_FORMAT = "#,##0.###"
MOMENT_FORMAT = "DD.MM.YYYY HH:MM"

NOT_OPENED = QT_TRANSLATE_NOOP(
    "Messages",
    "{title} has no opened round yet: the evaluation workbook is written only after an"
    " opening, because the bids are sealed until then.",
)
CANCELLED = QT_TRANSLATE_NOOP(
    "Messages", "{title} is cancelled: no evaluation workbook is written for it."
)

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Auswertung",
        "summary": "Übersicht",
        "scores_sheet": "Bewertung",
        "lot_sheet": "Los {number}",
        "lot_column": "Los",
        "tender": "Ausschreibung",
        "category": "Kategorie",
        "state": "Stand",
        "collections": "Bedarfserhebungen",
        "written": "Erstellt am",
        "rounds": "Runden",
        "round": "Runde",
        "deadline": "Frist (Berlin)",
        "round_state": "Status",
        "opened_at": "Geöffnet am",
        "opened_by": "Geöffnet von",
        "invited": "Eingeladen",
        "bidders": "Anbieter mit Angebot",
        "late": "davon verspätet",
        "criteria": "Kriterien und Gewichte",
        "criterion": "Kriterium",
        "weight": "Gewicht",
        "price": "Preis",
        "formulas": "Formeln",
        "points_formula": "Preispunkte = 100 × beste Summe ÷ Summe des Lieferanten"
        " (das günstigste Angebot erhält 100 Punkte)",
        "score_formula": "Gesamt = Σ Gewicht × Punkte ÷ 100 über alle Kriterien;"
        " ein noch nicht bewertetes Kriterium zählt 0",
        "savings_formula": "Einsparung = Σ (Ausgangspreis − Angebotspreis) × Volumen der"
        " Teilnehmer mit Ausgangspreis, je Position",
        "lot": "Los {number}: {name}",
        "lot_round": "Los {number}: {name} – Runde {round}",
        "no_offers": "Keine geöffneten Angebote",
        "rank": "Rang",
        "supplier": "Lieferant",
        "total": "Summe zum Poolvolumen",
        "points": "Preispunkte",
        "weighted": "Gesamt",
        "complete": "Vollständig bewertet",
        "savings": "Einsparung",
        "share": "Zuschlagsanteil",
        "baseline": "Ausgangswert der Teilnehmer",
        "baseline_volume": "Volumen mit Ausgangspreis",
        "recommended": "Empfehlung (Rang 1)",
        "awarded": "Zuschlag",
        "estimate": "Einsparung (Schätzung)",
        "estimate_all": "Einsparung aller Lose (Schätzung)",
        "yes": "ja",
        "no": "nein",
        "unit_price": "{item}\n€/{unit} ({volume} {unit})",
        "round_total": "Summe Runde {number}",
        "change": "Änderung zur Vorrunde",
        "change_percent": "Änderung in %",
        "note": "Hinweis",
        "dropped": "kein Angebot in Runde {number}",
        "items": "Positionen",
        "item": "Position",
        "unit": "Einheit",
        "volume": "Poolvolumen",
        "average": "Ø Ausgangspreis",
    },
    "en": {
        "title": "Evaluation",
        "summary": "Summary",
        "scores_sheet": "Scores",
        "lot_sheet": "Lot {number}",
        "lot_column": "Lot",
        "tender": "Tender",
        "category": "Category",
        "state": "State",
        "collections": "Requirement collections",
        "written": "Written on",
        "rounds": "Rounds",
        "round": "Round",
        "deadline": "Deadline (Berlin)",
        "round_state": "State",
        "opened_at": "Opened on",
        "opened_by": "Opened by",
        "invited": "Invited",
        "bidders": "Suppliers who bid",
        "late": "of them late",
        "criteria": "Criteria and weights",
        "criterion": "Criterion",
        "weight": "Weight",
        "price": "Price",
        "formulas": "Formulas",
        "points_formula": "Price points = 100 × best total ÷ supplier's total"
        " (the cheapest offer earns 100 points)",
        "score_formula": "Score = Σ weight × points ÷ 100 over all criteria;"
        " a criterion not yet scored counts 0",
        "savings_formula": "Savings = Σ (baseline price − offered price) × volume of the"
        " participants with a baseline price, per item",
        "lot": "Lot {number}: {name}",
        "lot_round": "Lot {number}: {name} – round {round}",
        "no_offers": "No opened offers",
        "rank": "Rank",
        "supplier": "Supplier",
        "total": "Total at pooled volume",
        "points": "Price points",
        "weighted": "Score",
        "complete": "Fully scored",
        "savings": "Savings",
        "share": "Awarded share",
        "baseline": "Participants' baseline value",
        "baseline_volume": "Volume with a baseline price",
        "recommended": "Recommendation (rank 1)",
        "awarded": "Award",
        "estimate": "Savings (estimate)",
        "estimate_all": "Savings of all lots (estimate)",
        "yes": "yes",
        "no": "no",
        "unit_price": "{item}\n€/{unit} ({volume} {unit})",
        "round_total": "Total round {number}",
        "change": "Change against previous round",
        "change_percent": "Change in %",
        "note": "Note",
        "dropped": "no offer in round {number}",
        "items": "Items",
        "item": "Item",
        "unit": "Unit",
        "volume": "Pooled volume",
        "average": "Average baseline price",
    },
}

STATES = {
    "de": {
        TenderState.DRAFT: "Entwurf",
        TenderState.ROUND_OPEN: "Runde offen",
        TenderState.EVALUATION: "Auswertung",
        TenderState.AWARDED: "Zuschlag erteilt",
        TenderState.CANCELLED: "Aufgehoben",
        RoundState.OPEN: "offen für Angebote (versiegelt)",
        RoundState.CLOSED: "geschlossen, versiegelt",
        RoundState.OPENED: "geöffnet",
    },
    "en": {
        TenderState.DRAFT: "draft",
        TenderState.ROUND_OPEN: "round open",
        TenderState.EVALUATION: "evaluation",
        TenderState.AWARDED: "awarded",
        TenderState.CANCELLED: "cancelled",
        RoundState.OPEN: "open for bids (sealed)",
        RoundState.CLOSED: "closed, sealed",
        RoundState.OPENED: "opened",
    },
}


def check_evaluable(tender: Tender) -> None:
    """Refuse a tender whose prices are still sealed (or that has nothing to evaluate)."""
    opened = any(r.state == RoundState.OPENED for r in tender.rounds)
    if tender.state in (TenderState.EVALUATION, TenderState.AWARDED) and opened:
        return
    if tender.state == TenderState.ROUND_OPEN and opened:
        return  # an earlier round was opened; the running round's bids stay sealed
    if tender.state == TenderState.CANCELLED:
        raise RuleViolation(CANCELLED, title=tender.title)
    raise RuleViolation(NOT_OPENED, title=tender.title)


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    """Excel has no time zones: the Berlin wall-clock time, as the office reads it."""
    return None if moment is None else in_berlin(moment).replace(tzinfo=None)


def _percent(value: Decimal | None) -> Decimal | None:
    """A percentage (70.00) as the fraction Excel formats with %."""
    return None if value is None else value / 100


def _sheet_title(text: str) -> str:
    for character in "[]:*?/\\":
        text = text.replace(character, " ")
    return text[:31]


def _estimate(
    ranking: list[RankedOffer], awards: list[tuple[str, Decimal]]
) -> tuple[list[tuple[str, Decimal]], Decimal | None]:
    """(supplier, share) awarded or recommended, and the savings weighted by those shares."""
    chosen = awards or ([(ranking[0].supplier, Decimal(100))] if ranking else [])
    savings = {r.supplier: r.savings for r in ranking}
    total = Decimal(0)
    for name, share in chosen:
        part = savings.get(name)
        if part is None:
            return chosen, None
        total += share * part / 100
    return chosen, cents(total) if chosen else None


def write_evaluation_workbook(
    session: Session,
    tender_id: int,
    path: Path,
    language: str,
    today: dt.date | None = None,
) -> Path:
    """Write the evaluation workbook of an opened tender to ``path`` (refused while sealed,
    and to anyone without READ_ALL)."""
    require_viewer(session, Permission.READ_ALL)
    tender = get_tender(session, tender_id)
    check_evaluable(tender)
    language = language if language in WORDS else "en"
    words, states = WORDS[language], STATES[language]
    non_price = [c for c in tender.criteria if not c.is_price]
    lots = []
    for lot in tender.lots:
        comparison = lot_comparison(session, lot.id)
        ranking = lot_ranking(session, lot.id)
        baseline = baseline_by_item(session, lot.id)
        lots.append((lot, comparison, ranking, baseline, lot_awards(session, lot.id)))

    workbook = new_workbook(f"{words['title']} – {tender.title}")
    write_report(
        workbook,
        _sheet_title(words["summary"]),
        _summary(session, tender, lots, words, states, today or dt.date.today()),
        label_width=30,
    )
    for _lot, comparison, _ranking, _baseline, _awards in lots:
        _comparison_sheet(workbook, comparison, words, language)
    _scores_sheet(workbook, lots, non_price, words)
    save_workbook(workbook, path)
    return path


def _summary(
    session: Session,
    tender: Tender,
    lots: list[Any],
    words: dict[str, str],
    states: dict[Any, str],
    today: dt.date,
) -> list[Heading | Fact | Table | None]:
    parts: list[Heading | Fact | Table | None] = [
        Heading(f"{words['title']} – {tender.title}", title=True),
        Fact(words["tender"], tender.title),
        Fact(words["category"], tender.category.name),
        Fact(words["state"], states[tender.state]),
        Fact(words["collections"], ", ".join(c.collection.title for c in tender.collections)),
        Fact(words["written"], today, DATE_FORMAT),
        None,
        Heading(words["rounds"]),
    ]
    round_rows = []
    for tender_round in tender.rounds:
        received = round_bids(session, tender_round.id, current_only=True)  # no prices
        bidders = {b.supplier_id for b in received}
        late = {b.supplier_id for b in received if b.late}
        opened_by = tender_round.opened_by
        round_rows.append(
            [
                tender_round.number,
                _local(tender_round.deadline),
                states[tender_round.state],
                _local(tender_round.opened_at),
                (opened_by.display_name or opened_by.login) if opened_by else "",
                len(tender_round.suppliers),
                len(bidders),
                len(late),
            ]
        )
    parts.append(
        Table(
            [
                Column("round", words["round"], WHOLE_FORMAT),
                Column("deadline", words["deadline"], MOMENT_FORMAT),
                Column("state", words["round_state"]),
                Column("opened", words["opened_at"], MOMENT_FORMAT),
                Column("by", words["opened_by"]),
                Column("invited", words["invited"], WHOLE_FORMAT),
                Column("bidders", words["bidders"], WHOLE_FORMAT),
                Column("late", words["late"], WHOLE_FORMAT),
            ],
            round_rows,
        )
    )
    parts += [
        None,
        Heading(words["criteria"]),
        Table(
            [
                Column("criterion", words["criterion"]),
                Column("weight", words["weight"], WEIGHT_FORMAT),
            ],
            [
                [words["price"] if c.is_price else c.name, Decimal(c.weight) / 100]
                for c in tender.criteria
            ],
        ),
        None,
        Heading(words["formulas"]),
        Fact(words["points"], words["points_formula"]),
        Fact(words["weighted"], words["score_formula"]),
        Fact(words["savings"], words["savings_formula"]),
    ]
    estimates: list[Decimal] = []
    for lot, comparison, ranking, baseline, awards in lots:
        parts += [None]
        if comparison.round_number is None:
            parts += [
                Heading(words["lot"].format(number=lot.number, name=lot.name)),
                Fact(words["no_offers"]),
            ]
            continue
        parts.append(
            Heading(
                words["lot_round"].format(
                    number=lot.number, name=lot.name, round=comparison.round_number
                )
            )
        )
        shares = dict(awards)
        parts.append(
            Table(
                [
                    Column("rank", words["rank"], WHOLE_FORMAT),
                    Column("supplier", words["supplier"]),
                    Column("total", words["total"], MONEY_FORMAT),
                    Column("points", words["points"], POINTS_FORMAT),
                    Column("weighted", words["weighted"], POINTS_FORMAT),
                    Column("complete", words["complete"]),
                    Column("savings", words["savings"], MONEY_FORMAT),
                    Column("share", words["share"], PERCENT_FORMAT),
                ],
                [
                    [
                        r.rank,
                        Marked(r.supplier) if r.rank == 1 else r.supplier,
                        r.total,
                        r.price_points,
                        Marked(r.weighted) if r.rank == 1 else r.weighted,
                        words["yes"] if r.complete else words["no"],
                        r.savings,
                        _percent(shares.get(r.supplier)),
                    ]
                    for r in ranking
                ],
            )
        )
        volume = sum((b.volume for b in baseline.values()), Decimal(0))
        chosen, estimate = _estimate(ranking, awards)
        parts += [
            Fact(words["baseline"], baseline_total(baseline), MONEY_FORMAT),
            Fact(words["baseline_volume"], volume, VOLUME_FORMAT),
        ]
        label = words["awarded"] if awards else words["recommended"]
        for index, (name, share) in enumerate(chosen):
            parts.append(Fact("" if index else label, name, PERCENT_FORMAT, (_percent(share),)))
        parts.append(Fact(words["estimate"], estimate, MONEY_FORMAT))
        if estimate is not None:
            estimates.append(estimate)
    if estimates:
        parts += [None, Fact(words["estimate_all"], sum(estimates, Decimal(0)), MONEY_FORMAT)]
    return parts


def _comparison_sheet(
    workbook: Any, comparison: LotComparison, words: dict[str, str], language: str
) -> None:
    items = comparison.items
    columns = [Column("supplier", words["supplier"])]
    columns += [
        Column(
            f"item{i.item_id}",
            words["unit_price"].format(
                item=i.name, unit=i.unit, volume=format_number(i.volume, language, 0)
            ),
            UNIT_PRICE_FORMAT,
        )
        for i in items
    ]
    columns.append(Column("total", words["total"], MONEY_FORMAT))
    columns += [
        Column(f"round{n}", words["round_total"].format(number=n), MONEY_FORMAT)
        for n in comparison.rounds
    ]
    columns += [
        Column("change", words["change"], MONEY_FORMAT),
        Column("percent", words["change_percent"], PERCENT_FORMAT),
        Column("note", words["note"]),
    ]
    offers = comparison.offers
    best_price = {
        i.item_id: min((o.prices[i.item_id] for o in offers if i.item_id in o.prices), default=None)
        for i in items
    }
    rows: list[list[Any]] = []
    for offer in offers:
        row: list[Any] = [offer.supplier]
        for i in items:
            price = offer.prices.get(i.item_id)
            row.append(
                Marked(price) if price is not None and price == best_price[i.item_id] else price
            )
        row.append(Marked(offer.total) if offer.best else offer.total)
        row += [comparison.history.get(offer.supplier, {}).get(n) for n in comparison.rounds]
        row += [offer.change, _percent(offer.change_percent), ""]
        rows.append(row)
    current = {o.supplier for o in offers}
    for supplier in sorted(set(comparison.history) - current):
        row = [supplier, *([None] * (len(items) + 1))]
        row += [comparison.history[supplier].get(n) for n in comparison.rounds]
        row += [None, None, words["dropped"].format(number=comparison.round_number)]
        rows.append(row)
    write_table(
        workbook,
        _sheet_title(words["lot_sheet"].format(number=comparison.lot_number)),
        columns,
        rows,
    )


def _scores_sheet(
    workbook: Any, lots: list[Any], non_price: list[Any], words: dict[str, str]
) -> None:
    columns = [
        Column("lot", words["lot_column"], WHOLE_FORMAT),
        Column("rank", words["rank"], WHOLE_FORMAT),
        Column("supplier", words["supplier"]),
        Column("points", words["points"], POINTS_FORMAT),
    ]
    columns += [Column(f"criterion{c.id}", c.name, WHOLE_FORMAT) for c in non_price]
    columns += [
        Column("weighted", words["weighted"], POINTS_FORMAT),
        Column("complete", words["complete"]),
        Column("total", words["total"], MONEY_FORMAT),
        Column("savings", words["savings"], MONEY_FORMAT),
    ]
    rows = []
    for lot, _comparison, ranking, _baseline, _awards in lots:
        for r in ranking:
            rows.append(
                [lot.number, r.rank, r.supplier, r.price_points]
                + [r.scores.get(c.id) for c in non_price]
                + [
                    Marked(r.weighted) if r.rank == 1 else r.weighted,
                    words["yes"] if r.complete else words["no"],
                    r.total,
                    r.savings,
                ]
            )
    write_table(workbook, _sheet_title(words["scores_sheet"]), columns, rows)
