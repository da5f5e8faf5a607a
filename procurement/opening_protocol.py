"""The opening protocol of a round: bids received, late bids, who was present, who opened when.

Printable only once the round is opened (before that there is nothing to
record, and no price may appear). Totals are at the pooled volume.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from sqlalchemy import and_, func, select, type_coerce
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation
from niro_desk.formatting import format_date, format_money
from niro_desk.models import Bid, BidPrice, RoundState, TenderLotItem
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement import pdf_document
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.bids import SealedBidRow, round_bids
from niro_desk.procurement.tender_evaluation import PRODUCT, cents
from niro_desk.procurement.tenders import get_round

WORDS = {
    "de": {
        "title": "Öffnungsprotokoll",
        "round": "Runde {number}",
        "deadline": "Angebotsfrist",
        "opened": "Geöffnet am",
        "by": "Geöffnet von",
        "present": "Anwesend",
        "bids": "Eingegangene Angebote",
        "supplier": "Lieferant",
        "lot": "Los",
        "received": "Eingang",
        "valid": "Bindefrist",
        "status": "Status",
        "total": "Summe beim Poolvolumen",
        "in_time": "fristgerecht",
        "late_admitted": "verspätet, zugelassen: {reason}",
        "late_excluded": "verspätet, ausgeschlossen (bleibt versiegelt)",
        "replaced": "ersetzt durch ein späteres Angebot (bleibt versiegelt)",
        "late_heading": "Verspätete Angebote",
        "none": "keine",
        "times": "Alle Zeiten: Ortszeit Berlin.",
    },
    "en": {
        "title": "Opening protocol",
        "round": "Round {number}",
        "deadline": "Deadline for bids",
        "opened": "Opened at",
        "by": "Opened by",
        "present": "Present",
        "bids": "Bids received",
        "supplier": "Supplier",
        "lot": "Lot",
        "received": "Received",
        "valid": "Valid until",
        "status": "Status",
        "total": "Total at pooled volume",
        "in_time": "in time",
        "late_admitted": "late, admitted: {reason}",
        "late_excluded": "late, excluded (stays sealed)",
        "replaced": "replaced by a later bid (stays sealed)",
        "late_heading": "Late bids",
        "none": "none",
        "times": "All times: Berlin local time.",
    },
}


@dataclass(frozen=True)
class ProtocolData:
    tender: str
    round_number: int
    deadline: dt.datetime
    opened_at: dt.datetime
    opened_by: str
    present: list[str]
    bids: list[SealedBidRow]
    totals: dict[int, Decimal]  # bid id → total (opened bids only)


def protocol_data(session: Session, round_id: int) -> ProtocolData:
    """What the opening protocol records: bids and their totals, so READ_ALL."""
    require_viewer(session, Permission.READ_ALL)
    tender_round = get_round(session, round_id)
    if tender_round.state != RoundState.OPENED or tender_round.opened_at is None:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "Round {number} is not opened yet: there is no opening to record."
            ),
            number=tender_round.number,
        )
    rows = round_bids(session, round_id)
    total = type_coerce(func.sum(BidPrice.unit_price * TenderLotItem.volume), PRODUCT)
    totals = {
        bid_id: cents(value)
        for bid_id, value in session.execute(
            select(Bid.id, total)
            .join(BidPrice, BidPrice.bid_id == Bid.id)
            .join(
                TenderLotItem,
                and_(TenderLotItem.lot_id == Bid.lot_id, TenderLotItem.item_id == BidPrice.item_id),
            )
            .where(Bid.round_id == round_id, Bid.opened.is_(True))
            .group_by(Bid.id)
        )
    }
    user = tender_round.opened_by
    return ProtocolData(
        tender_round.tender.title,
        tender_round.number,
        tender_round.deadline,
        tender_round.opened_at,
        (user.display_name or user.login) if user else "",
        [p for p in tender_round.present.splitlines() if p.strip()],
        rows,
        totals,
    )


def _status(row: SealedBidRow, words: dict[str, str]) -> str:
    if not row.is_current:
        return words["replaced"]
    if row.late and row.admitted:
        return words["late_admitted"].format(reason=row.admitted_reason)
    if row.late:
        return words["late_excluded"]
    return words["in_time"]


def write_opening_protocol(session: Session, round_id: int, path: Path, language: str) -> Path:
    """The opening protocol as a PDF (READ_ALL, as ``protocol_data``)."""
    data = protocol_data(session, round_id)
    words = WORDS.get(language, WORDS["en"])
    style = pdf_document.styles()
    cell = style["cell"]
    title = f"{words['title']} – {data.tender}, {words['round'].format(number=data.round_number)}"
    story = [
        pdf_document.text(title, style["title"]),
        Spacer(1, 4 * mm),
        pdf_document.table(
            [
                [words["deadline"], berlin_text(data.deadline)],
                [words["opened"], berlin_text(data.opened_at)],
                [words["by"], pdf_document.text(data.opened_by, cell)],
                [words["present"], pdf_document.text("\n".join(data.present), cell)],
            ],
            [45 * mm, 129 * mm],
            header=False,
        ),
        pdf_document.text(words["times"], style["small"]),
        pdf_document.text(words["bids"], style["heading"]),
    ]
    header = [
        words["supplier"],
        words["lot"],
        words["received"],
        words["valid"],
        words["status"],
        words["total"],
    ]
    rows: list[list[object]] = [header]
    for row in data.bids:
        total = data.totals.get(row.id)
        rows.append(
            [
                pdf_document.text(row.supplier, cell),
                pdf_document.text(f"{row.lot_number} {row.lot}", cell),
                berlin_text(row.received_at),
                format_date(row.valid_until, language),
                pdf_document.text(_status(row, words), cell),
                format_money(total, language) if total is not None else "–",
            ]
        )
    story.append(pdf_document.table(rows, [34 * mm, 22 * mm, 27 * mm, 23 * mm, 40 * mm, 28 * mm]))
    late = [r for r in data.bids if r.late]
    story.append(pdf_document.text(words["late_heading"], style["heading"]))
    story.append(
        pdf_document.text(
            "\n".join(
                f"{r.supplier} ({words['lot']} {r.lot_number}): {_status(r, words)}" for r in late
            )
            if late
            else words["none"],
            style["body"],
        )
    )
    pdf_document.build(path, story, title, language)
    return path
