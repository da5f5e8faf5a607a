"""The invitation workbook a supplier fills in for a tender round, and a batch for all.

Everything in it comes from ``tender_brief`` (pooled totals per item and
merged region only: no participant's name, volume or baseline price). A
workbook has four sheets, in the supplier's language (German, or English for
organisations outside the German-speaking countries, as in
``collection_workbook``):

1. instructions: tender, round, the deadline (Europe/Berlin), the award
   criteria with their weights, how to fill in and send back;
2. prices: one row per item of every lot (lot, item, pooled volume, unit,
   delivery regions) and the unit price in €, unlocked, tinted and validated
   (decimal ≥ 0); everything else locked by sheet protection;
3. bid details: "valid until" (a validated date) and conditions, unlocked;
4. a hidden, protected sheet with the signed ``InvitationIdentity`` (tender,
   round, supplier, generation time; see ``workbook_identity``).

As with the collection workbooks, protection has no password: the signature
and the importer's checks are what can be relied on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation
from niro_desk.formatting import format_date, format_number
from niro_desk.models import Organisation, RoundState, UnitOfMeasure
from niro_desk.permissions import Permission, require_viewer
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.collection_workbook import (
    MAX_NAME_IN_FILE,
    Progress,
    participant_language,
    unit_word,
)
from niro_desk.procurement.tender_brief import BriefItem, TenderBrief, tender_brief
from niro_desk.procurement.tenders import PRICE_CRITERION, get_tender
from niro_desk.procurement.workbook_identity import (
    IDENTITY_SHEET,
    INVITATION_MARKER,
    InvitationIdentity,
    sign,
    signing_key,
)
from niro_desk.workbook import Column, new_workbook, save_workbook, write_table
from niro_desk.workbook.identity_sheet import write_identity_sheet
from niro_desk.workbook.instructions_sheet import write_instructions_sheet
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    INPUT_FILL,
    UNLOCKED,
    date_rule,
    decimal_rule,
    safe_file_name,
    validation_rule,
)

#: column key → header per language; the bid import accepts both languages' headers
HEADERS: dict[str, dict[str, str]] = {
    "lot_no": {"de": "Los", "en": "Lot"},
    "lot": {"de": "Losbezeichnung", "en": "Lot name"},
    "item_no": {"de": "Pos.-Nr.", "en": "Item no."},
    "item": {"de": "Artikel", "en": "Item"},
    "volume": {"de": "Gebündelte Jahresmenge", "en": "Pooled yearly volume"},
    "unit": {"de": "Einheit", "en": "Unit"},
    "regions": {"de": "Lieferregionen", "en": "Delivery regions"},
    "price": {"de": "Ihr Preis je Einheit (€, netto)", "en": "Your price per unit (€, net)"},
}

SHEET_TITLES = {
    "de": {"instructions": "Anleitung", "prices": "Preise", "details": "Angebotsangaben"},
    "en": {"instructions": "Instructions", "prices": "Prices", "details": "Bid details"},
}

DETAILS = {
    "de": {
        "field": "Angabe",
        "value": "Ihre Angabe",
        "valid": "Angebot gültig bis",
        "conditions": "Konditionen (Zahlungsziel, Bedingungen)",
    },
    "en": {
        "field": "Field",
        "value": "Your entry",
        "valid": "Bid valid until",
        "conditions": "Conditions (payment terms, terms)",
    },
}

WORDS = {
    "de": {"other_regions": "übrige Regionen", "price": "Preis", "time": "Uhr (Berlin)"},
    "en": {"other_regions": "other regions", "price": "Price", "time": "Berlin time"},
}

INSTRUCTIONS = {
    "de": [
        "Ausschreibung: {title}",
        "",
        "Für: {supplier}",
        "Warengruppe: {category}",
        "Angebotsrunde: {round}",
        "Angebotsfrist: {deadline}",
        "",
        "So füllen Sie die Mappe aus",
        "1. Im Blatt „{prices}“ stehen die Lose mit ihren Artikeln, der gebündelten"
        " Jahresmenge aller Teilnehmer und den Lieferregionen.",
        "2. Tragen Sie in die gelb hinterlegten Zellen Ihren Nettopreis je Einheit in"
        " Euro ein. Bieten Sie ein Los an, dann bitte für alle seine Artikel; Lose,"
        " die Sie nicht anbieten, lassen Sie leer.",
        "3. Im Blatt „{details}“ tragen Sie ein, bis wann Ihr Angebot gilt (TT.MM.JJJJ),"
        " und Ihre Konditionen.",
        "4. Speichern Sie die Mappe als Excel-Arbeitsmappe (.xlsx) und senden Sie sie"
        " vor Ablauf der Frist an die Geschäftsstelle. Verspätete Angebote werden nicht"
        " berücksichtigt.",
        "",
        "Zuschlagskriterien (Gewichtung)",
        "{criteria}",
        "",
        "Die Angebote bleiben bis nach der Frist verschlossen und werden gemeinsam geöffnet.",
        "Bitte ändern Sie nichts außer den gelben Zellen; die Mappe ist Ihrem Unternehmen"
        " und dieser Runde zugeordnet.",
        "Erstellt am {generated} von NIRO Desk.",
    ],
    "en": [
        "Tender: {title}",
        "",
        "For: {supplier}",
        "Category: {category}",
        "Bidding round: {round}",
        "Deadline for bids: {deadline}",
        "",
        "How to fill in this workbook",
        "1. The sheet “{prices}” lists the lots with their items, the pooled yearly"
        " volume of all participants and the delivery regions.",
        "2. Enter your net price per unit in euros in the yellow cells. If you bid for"
        " a lot, please price all of its items; leave lots you do not bid for empty.",
        "3. On the sheet “{details}” enter until when your bid is valid (DD.MM.YYYY)"
        " and your conditions.",
        "4. Save the workbook as an Excel workbook (.xlsx) and send it to the office"
        " before the deadline. Late bids are not considered.",
        "",
        "Award criteria (weight)",
        "{criteria}",
        "",
        "Bids stay sealed until after the deadline and are opened together.",
        "Please change nothing but the yellow cells; this workbook belongs to your"
        " company and this round.",
        "Generated on {generated} by NIRO Desk.",
    ],
}
_BOLD_LINES = (0, 7, 14)


@dataclass(frozen=True)
class InvitationWorkbook:
    organisation_id: int
    organisation: str
    language: str
    path: Path
    identity: InvitationIdentity


def invitation_file_name(brief: TenderBrief, organisation: Organisation) -> str:
    """e.g. ``Strom 2027 - R1 - Stadtwerke Hellweg (12).xlsx``."""
    stem = f"{brief.title} - R{brief.round_number} - {organisation.name}"
    return f"{safe_file_name(stem, 'invitation', MAX_NAME_IN_FILE * 2)} ({organisation.id}).xlsx"


def deadline_text(brief: TenderBrief, language: str) -> str:
    return f"{berlin_text(brief.deadline)} {WORDS[language]['time']}"


def criterion_name(name: str, language: str) -> str:
    return WORDS[language]["price"] if name == PRICE_CRITERION else name


def _unit(unit: str, language: str) -> str:
    try:
        return unit_word(UnitOfMeasure(unit), language)
    except ValueError:
        return unit


def _regions(item: BriefItem, language: str) -> str:
    unit = _unit(item.unit, language)
    return "; ".join(
        f"{r.region or WORDS[language]['other_regions']}: "
        f"{format_number(r.volume.normalize(), language)} {unit}"
        for r in item.regions
    )


def _details_sheet(workbook: object, language: str) -> None:
    words = DETAILS[language]
    sheet = workbook.create_sheet(SHEET_TITLES[language]["details"])  # type: ignore[attr-defined]
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 60
    header = []
    for text in (words["field"], words["value"]):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        header.append(cell)
    sheet.append(header)
    for key, number_format in (("valid", DATE_FORMAT), ("conditions", None)):
        value = WriteOnlyCell(sheet, value=None)
        value.protection = UNLOCKED
        value.fill = INPUT_FILL
        if number_format:
            value.number_format = number_format
        sheet.append([words[key], value])
    sheet.data_validations.append(validation_rule(date_rule(), "B2", warning=False))
    sheet.protection.sheet = True


def _identity_sheet(workbook: object, identity: InvitationIdentity, signature: str) -> None:
    write_identity_sheet(
        workbook,
        IDENTITY_SHEET,
        INVITATION_MARKER,
        [
            ("tender", str(identity.tender_id)),
            ("round", str(identity.round_number)),
            ("supplier", str(identity.organisation_id)),
            ("generated", identity.stamp()),
            ("signature", signature),
        ],
    )


def write_invitation_workbook(
    path: Path,
    brief: TenderBrief,
    organisation: Organisation,
    key: bytes,
    generated_at: dt.datetime,
) -> InvitationWorkbook:
    """Write one supplier's invitation workbook to ``path`` (atomically)."""
    assert brief.round_number is not None
    language = participant_language(organisation)
    identity = InvitationIdentity(
        brief.tender_id, brief.round_number, organisation.id, generated_at
    )
    titles = SHEET_TITLES[language]
    criteria = "\n".join(
        f"{criterion_name(name, language)}: {weight} %" for name, weight in brief.criteria
    )
    values = {
        "title": brief.title,
        "supplier": organisation.name,
        "category": brief.category,
        "round": str(brief.round_number),
        "deadline": deadline_text(brief, language),
        "prices": titles["prices"],
        "details": titles["details"],
        "criteria": criteria,
        "generated": format_date(generated_at.date(), language),
    }
    workbook = new_workbook(f"{brief.title} – {organisation.name}")
    write_instructions_sheet(
        workbook,
        titles["instructions"],
        [line.format(**values) for line in INSTRUCTIONS[language]],
        _BOLD_LINES,
    )
    columns = [
        Column("lot_no", HEADERS["lot_no"][language]),
        Column("lot", HEADERS["lot"][language]),
        Column("item_no", HEADERS["item_no"][language]),
        Column("item", HEADERS["item"][language]),
        Column("volume", HEADERS["volume"][language], number_format="#,##0.###"),
        Column("unit", HEADERS["unit"][language]),
        Column("regions", HEADERS["regions"][language], wrap=True),
        Column("price", HEADERS["price"][language], number_format="#,##0.00####", input=True),
    ]
    rows: list[tuple[object, ...]] = [
        (
            lot.number,
            lot.name,
            item.item_id,
            item.name,
            item.volume,
            _unit(item.unit, language),
            _regions(item, language),
            None,
        )
        for lot in brief.lots
        for item in lot.items
    ]
    end = max(len(rows) + 1, 2)
    write_table(
        workbook,
        titles["prices"],
        columns,
        rows,
        protect=True,
        validations=[validation_rule(decimal_rule(0), f"H2:H{end}", warning=False)],
    )
    _details_sheet(workbook, language)
    _identity_sheet(workbook, identity, sign(identity, key))
    save_workbook(workbook, path)
    return InvitationWorkbook(organisation.id, organisation.name, language, path, identity)


def generate_invitations(
    session: Session,
    tender_id: int,
    folder: Path,
    organisation_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> list[InvitationWorkbook]:
    """An invitation workbook per supplier of the current round (or the chosen ones).

    The current round must be open for bids. Run it in a write transaction:
    the database's signing key is created on first use. Raises
    ``RuleViolation`` for a chosen supplier that is not invited to the round. Inviting is
    procurement work: the reader needs EDIT_PROCUREMENT.
    """
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    tender = get_tender(session, tender_id)
    current = tender.rounds[-1] if tender.rounds else None
    if current is None or current.state != RoundState.OPEN:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} has no round open for bids: there is nothing to invite to."
            ),
            title=tender.title,
        )
    suppliers = sorted(
        (s.organisation for s in current.suppliers), key=lambda o: (o.name.casefold(), o.id)
    )
    if organisation_ids is not None:
        chosen = set(organisation_ids)
        missing = chosen - {s.id for s in suppliers}
        if missing:
            raise RuleViolation(
                QT_TRANSLATE_NOOP(
                    "Messages", "Organisation #{id} is not invited to round {number} of {title}."
                ),
                id=min(missing),
                number=current.number,
                title=tender.title,
            )
        suppliers = [s for s in suppliers if s.id in chosen]
    brief = tender_brief(session, tender_id)
    key = signing_key(session)
    folder.mkdir(parents=True, exist_ok=True)
    generated_at = now or dt.datetime.now(dt.UTC)
    result = []
    for done, organisation in enumerate(suppliers, start=1):
        path = folder / invitation_file_name(brief, organisation)
        result.append(write_invitation_workbook(path, brief, organisation, key, generated_at))
        if progress is not None:
            progress(done, len(suppliers))
    return result
