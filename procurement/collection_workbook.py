"""The workbook a participant fills in for a requirement collection, and a batch for all.

A workbook has three sheets, in the participant's language (German, or
English for organisations outside the German-speaking countries):

1. instructions: what is asked, by when, how to fill in and send back;
2. the requirements table: one row per item (item number, item, last year's
   volume as a hint where the previous collection of the same category has
   one), and the cells the participant fills in — yearly volume, unit,
   delivery sites, today's supplier and unit price, contract end, notice
   date — unlocked, tinted and validated (numbers ≥ 0, dates, a unit list);
   everything else is locked by sheet protection;
3. a hidden, protected sheet with the signed identity (collection,
   participant, generation time; see ``workbook_identity``).

The sheet protection has no password: it prevents slips, not intent; the
signature and the importer's checks are what can be relied on. Every text
that comes from the database goes through ``safe_cell`` (no formula injection).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation
from niro_desk.formatting import format_date, format_number
from niro_desk.models import (
    Organisation,
    ProcurementItem,
    RequirementCollection,
    RequirementLine,
    RequirementSubmission,
    UnitOfMeasure,
)
from niro_desk.permissions import Permission, require_sees, require_viewer
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.requirement_collections import (
    active_participants,
    collection_items,
    get_collection,
)
from niro_desk.procurement.units import UNIT_SYMBOLS, compatible_units
from niro_desk.procurement.workbook_identity import (
    IDENTITY_MARKER,
    IDENTITY_SHEET,
    WorkbookIdentity,
    sign,
    signing_key,
)
from niro_desk.workbook import Column, new_workbook, save_workbook, write_table
from niro_desk.workbook.identity_sheet import write_identity_sheet
from niro_desk.workbook.instructions_sheet import write_instructions_sheet
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    date_rule,
    decimal_rule,
    list_rule,
    safe_file_name,
    validation_rule,
)

GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})

#: column key → header per language; the importer accepts both languages' headers
HEADERS: dict[str, dict[str, str]] = {
    "item_no": {"de": "Pos.-Nr.", "en": "Item no."},
    "item": {"de": "Artikel", "en": "Item"},
    "last_year": {"de": "Vorjahresmenge", "en": "Last year's volume"},
    "volume": {"de": "Jahresmenge", "en": "Yearly volume"},
    "unit": {"de": "Einheit", "en": "Unit"},
    "sites": {"de": "Lieferstellen", "en": "Delivery sites"},
    "supplier": {"de": "Heutiger Lieferant", "en": "Current supplier"},
    "price": {"de": "Heutiger Preis je Einheit (€)", "en": "Current price per unit (€)"},
    "contract_end": {"de": "Vertragsende", "en": "Contract end"},
    "notice_date": {"de": "Kündigung bis", "en": "Notice date"},
}
INPUT_KEYS = ("volume", "unit", "sites", "supplier", "price", "contract_end", "notice_date")

#: words for people, per language (the workbook speaks the participant's language)
UNIT_WORDS: dict[str, dict[UnitOfMeasure, str]] = {
    "de": {
        UnitOfMeasure.PAIR: "Paar",
        UnitOfMeasure.PIECE: "Stück",
        UnitOfMeasure.SHIPMENT: "Sendungen",
        UnitOfMeasure.CONTRACT: "Verträge",
    },
    "en": {
        UnitOfMeasure.PAIR: "pairs",
        UnitOfMeasure.PIECE: "pieces",
        UnitOfMeasure.SHIPMENT: "shipments",
        UnitOfMeasure.CONTRACT: "contracts",
    },
}

SHEET_TITLES = {
    "de": {"instructions": "Anleitung", "requirements": "Bedarf"},
    "en": {"instructions": "Instructions", "requirements": "Requirements"},
}

INSTRUCTIONS = {
    "de": [
        "Bedarfsabfrage: {title}",
        "",
        "Für: {participant}",
        "Liefer-/Leistungszeitraum: {period}",
        "Bitte zurücksenden bis: {deadline}",
        "",
        "So füllen Sie die Mappe aus",
        "1. Öffnen Sie das Blatt „{requirements}“. Jede Zeile ist ein Artikel.",
        "2. Tragen Sie in die gelb hinterlegten Zellen Ihre Jahresmenge ein. Die"
        " Vorjahresmenge steht daneben, soweit wir sie kennen.",
        "3. Die Einheit ist vorbelegt. Sie können eine andere passende Einheit wählen"
        " (z. B. kWh statt MWh); wir rechnen um.",
        "4. Lieferstellen, heutiger Lieferant, heutiger Preis je Einheit, Vertragsende"
        " und Kündigungsdatum helfen uns bei der Ausschreibung. Datum als TT.MM.JJJJ.",
        "5. Artikel, die Sie nicht benötigen, lassen Sie leer.",
        "6. Speichern Sie die Mappe als Excel-Arbeitsmappe (.xlsx) und senden Sie sie"
        " an die Geschäftsstelle zurück.",
        "",
        "Bitte ändern Sie keine Zeilen, Spalten oder Blätter außer den gelben Zellen;"
        " die Mappe ist Ihrem Unternehmen zugeordnet und darf nicht für ein anderes"
        " Unternehmen verwendet werden.",
        "Erstellt am {generated} von NIRO Desk.",
    ],
    "en": [
        "Requirement collection: {title}",
        "",
        "For: {participant}",
        "Supply period: {period}",
        "Please return by: {deadline}",
        "",
        "How to fill in this workbook",
        "1. Open the sheet “{requirements}”. Each row is one item.",
        "2. Enter your yearly volume in the yellow cells. Last year's volume is shown"
        " next to it where we know it.",
        "3. The unit is filled in. You may choose another matching unit (e.g. kWh"
        " instead of MWh); we convert it.",
        "4. Delivery sites, current supplier, current price per unit, contract end and"
        " notice date help us with the tender. Dates as DD.MM.YYYY.",
        "5. Leave items you do not need empty.",
        "6. Save the workbook as an Excel workbook (.xlsx) and send it back to the office.",
        "",
        "Please change nothing but the yellow cells; this workbook belongs to your"
        " company and cannot be used for another one.",
        "Generated on {generated} by NIRO Desk.",
    ],
}

MAX_NAME_IN_FILE = 60

Progress = Callable[[int, int], None]


def participant_language(organisation: Organisation) -> str:
    """German for organisations in the German-speaking countries, else English."""
    return "de" if (organisation.country or "DE").upper() in GERMAN_SPEAKING else "en"


def unit_word(unit: UnitOfMeasure, language: str) -> str:
    return UNIT_WORDS.get(language, UNIT_WORDS["en"]).get(unit, UNIT_SYMBOLS[unit])


def workbook_file_name(collection: RequirementCollection, organisation: Organisation) -> str:
    """e.g. ``Energie 2027 - Alpha GmbH.xlsx`` (no characters a file system refuses)."""
    stem = f"{collection.title} - {organisation.name}"
    return f"{safe_file_name(stem, 'workbook', MAX_NAME_IN_FILE * 2)} ({organisation.id}).xlsx"


def previous_collection(session: Session, collection: RequirementCollection) -> int | None:
    """The latest earlier collection of the same category (its volumes are last year's)."""
    require_reader(session)
    return session.scalar(
        select(RequirementCollection.id)
        .where(
            RequirementCollection.category_id == collection.category_id,
            RequirementCollection.id != collection.id,
            RequirementCollection.deadline < collection.deadline,
        )
        .order_by(RequirementCollection.deadline.desc(), RequirementCollection.id.desc())
        .limit(1)
    )


def last_year_volumes(
    session: Session, collection: RequirementCollection, organisation_ids: Iterable[int]
) -> dict[tuple[int, int], Decimal]:
    """(organisation, item) → volume in the previous collection of the category (GROUP BY)."""
    ids = list(organisation_ids)
    for organisation_id in ids:
        require_sees(session, organisation_id)
    organisation_ids = ids
    previous = previous_collection(session, collection)
    ids = list(organisation_ids)
    if previous is None or not ids:
        return {}
    rows = session.execute(
        select(
            RequirementSubmission.organisation_id,
            RequirementLine.item_id,
            func.sum(RequirementLine.volume),
        )
        .join(RequirementSubmission, RequirementSubmission.id == RequirementLine.submission_id)
        .where(
            RequirementSubmission.collection_id == previous,
            RequirementSubmission.is_current == true(),
            RequirementSubmission.organisation_id.in_(ids),
        )
        .group_by(RequirementSubmission.organisation_id, RequirementLine.item_id)
    )
    return {(organisation, item): volume for organisation, item, volume in rows}


@dataclass(frozen=True)
class GeneratedWorkbook:
    organisation_id: int
    organisation: str
    language: str
    path: Path
    identity: WorkbookIdentity


def _volume_hint(volume: Decimal | None, unit: UnitOfMeasure, language: str) -> str:
    if volume is None:
        return ""
    return f"{format_number(volume.normalize(), language)} {unit_word(unit, language)}"


def _columns(language: str) -> list[Column]:
    def header(key: str) -> str:
        return HEADERS[key][language]

    return [
        Column("item_no", header("item_no")),
        Column("item", header("item")),
        Column("last_year", header("last_year")),
        Column("volume", header("volume"), number_format="#,##0.###", input=True),
        Column("unit", header("unit"), input=True),
        Column("sites", header("sites"), input=True),
        Column("supplier", header("supplier"), input=True),
        Column("price", header("price"), number_format="#,##0.00##", input=True),
        Column("contract_end", header("contract_end"), DATE_FORMAT, input=True),
        Column("notice_date", header("notice_date"), DATE_FORMAT, input=True),
    ]


def _instructions_sheet(workbook: object, language: str, values: dict[str, str]) -> None:
    write_instructions_sheet(
        workbook,
        SHEET_TITLES[language]["instructions"],
        [line.format(**values) for line in INSTRUCTIONS[language]],
        (0, 6),
    )


def _identity_sheet(workbook: object, identity: WorkbookIdentity, signature: str) -> None:
    write_identity_sheet(
        workbook,
        IDENTITY_SHEET,
        IDENTITY_MARKER,
        [
            ("collection", str(identity.collection_id)),
            ("participant", str(identity.organisation_id)),
            ("generated", identity.stamp()),
            ("signature", signature),
        ],
    )


def write_participant_workbook(
    path: Path,
    collection: RequirementCollection,
    organisation: Organisation,
    items: list[ProcurementItem],
    last_year: dict[tuple[int, int], Decimal],
    key: bytes,
    generated_at: dt.datetime,
) -> GeneratedWorkbook:
    """Write one participant's workbook to ``path`` (atomically)."""
    language = participant_language(organisation)
    identity = WorkbookIdentity(collection.id, organisation.id, generated_at)
    units = sorted(
        {unit_word(u, language) for item in items for u in compatible_units(item.unit)},
        key=str.casefold,
    )
    columns = _columns(language)
    rows = [
        (
            item.id,
            item.name,
            _volume_hint(last_year.get((organisation.id, item.id)), item.unit, language),
            None,
            unit_word(item.unit, language),
            None,
            None,
            None,
            None,
            None,
        )
        for item in items
    ]
    workbook = new_workbook(f"{collection.title} – {organisation.name}")
    values = {
        "title": collection.title,
        "participant": organisation.name,
        "period": collection.supply_period,
        "deadline": format_date(collection.deadline, "de" if language == "de" else "en"),
        "requirements": SHEET_TITLES[language]["requirements"],
        "generated": format_date(generated_at.date(), language),
    }
    _instructions_sheet(workbook, language, values)
    end = max(len(rows) + 1, 2)
    rules = [
        validation_rule(decimal_rule(0), f"D2:D{end}"),
        validation_rule(decimal_rule(0), f"H2:H{end}"),
        validation_rule(date_rule(), f"I2:I{end}"),
        validation_rule(date_rule(), f"J2:J{end}"),
    ]
    if units and len(",".join(units)) < 250:  # Excel's limit for a list typed into the rule
        rules.append(validation_rule(list_rule(units), f"E2:E{end}", warning=False))
    write_table(
        workbook,
        SHEET_TITLES[language]["requirements"],
        columns,
        rows,
        protect=True,
        validations=rules,
    )
    _identity_sheet(workbook, identity, sign(identity, key))
    save_workbook(workbook, path)
    return GeneratedWorkbook(organisation.id, organisation.name, language, path, identity)


def generate_workbooks(
    session: Session,
    collection_id: int,
    folder: Path,
    organisation_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> list[GeneratedWorkbook]:
    """A workbook per invited participant (or the chosen ones) in ``folder``.

    Run it in a write transaction: the database's signing key is created on
    first use. Raises ``RuleViolation`` for a chosen organisation that is not
    invited.
    """
    require_viewer(session, Permission.EDIT_PROCUREMENT)
    collection = get_collection(session, collection_id)
    participants = active_participants(session, collection_id)
    if organisation_ids is not None:
        chosen = set(organisation_ids)
        missing = chosen - {p.id for p in participants}
        if missing:
            raise RuleViolation(
                QT_TRANSLATE_NOOP("Messages", "Organisation #{id} is not invited to {title}."),
                id=min(missing),
                title=collection.title,
            )
        participants = [p for p in participants if p.id in chosen]
    items = collection_items(session, collection_id)
    key = signing_key(session)
    last_year = last_year_volumes(session, collection, [p.id for p in participants])
    folder.mkdir(parents=True, exist_ok=True)
    generated_at = dt.datetime.now(dt.UTC)
    result = []
    for done, organisation in enumerate(participants, start=1):
        path = folder / workbook_file_name(collection, organisation)
        result.append(
            write_participant_workbook(
                path, collection, organisation, items, last_year, key, generated_at
            )
        )
        if progress is not None:
            progress(done, len(participants))
    return result
