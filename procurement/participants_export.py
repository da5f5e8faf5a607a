"""The workbook for the supplier: an agreement's items, prices and participants with volumes.

Three sheets, in the supplier's language (German for the German-speaking
countries, else English — ``collection_workbook.participant_language``):

1. the agreement: title, reference, supplier, category, term, and the notes
   on confidentiality;
2. the items: agreed unit price, its validity and adjustment clause, and the
   yearly volume of all participants together;
3. the participants: one row per participant that consents to being named,
   with its delivery address and yearly volume per item (one column per
   item), then "other participants (not named)" with the pooled volume of
   those that do not consent, and the total.

Confidentiality: a participant without consent never appears by name, with
its own volume, or in a way that lets its volume be derived. The pooled line
of an item is shown only when at least two such participants buy that item.
When exactly one does, its volume would be the pooled line (and the total
minus the named volumes), so for that item only the total of all
participants is given: the named participants' volumes of that item are left
out as well, and a note says so. Baseline prices and savings are the
network's business and never leave the office: they are not even read here.

Participants counted: those that have not left by the day of the export
(joining later included: the supplier must plan for them).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound
from niro_desk.formatting import format_date
from niro_desk.models import (
    AgreementItem,
    FrameworkAgreement,
    Organisation,
    Participation,
    ParticipationLine,
    ProcurementItem,
)
from niro_desk.permissions import Permission
from niro_desk.procurement.access import require_office_reader, require_reader
from niro_desk.procurement.collection_workbook import participant_language, unit_word
from niro_desk.workbook import Column, new_workbook, safe_cell, save_workbook, write_table
from niro_desk.workbook.sheet_writer import DATE_FORMAT

VOLUME_FORMAT = "#,##0.###"
PRICE_FORMAT = "#,##0.00## €"
#: fewer unnamed buyers of an item than this, and its pooled line would reveal one's volume
MIN_POOLED = 2

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "sheet_agreement": "Rahmenvertrag",
        "sheet_items": "Artikel",
        "sheet_participants": "Teilnehmer",
        "field": "Angabe",
        "value": "Wert",
        "title": "Rahmenvertrag",
        "reference": "Aktenzeichen",
        "supplier": "Lieferant",
        "category": "Kategorie",
        "start": "Beginn",
        "end": "Ende der Laufzeit",
        "named": "Namentlich genannte Teilnehmer",
        "generated": "Stand",
        "note": "Hinweis",
        "item": "Artikel",
        "unit": "Einheit",
        "price": "Vereinbarter Preis je Einheit (€)",
        "valid_until": "Preis gültig bis",
        "adjustment": "Preisanpassung",
        "total_volume": "Jahresmenge aller Teilnehmer",
        "participant": "Teilnehmer",
        "street": "Straße",
        "postal_code": "PLZ",
        "city": "Ort",
        "country": "Land",
        "others": "Weitere Teilnehmer (nicht namentlich)",
        "total": "Summe aller Teilnehmer",
        "note_consent": "Teilnehmer, die einer Nennung nicht zugestimmt haben, sind nur in der"
        " Zeile „Weitere Teilnehmer (nicht namentlich)“ zusammengefasst.",
        "note_pooled": "{item}: Nur ein nicht namentlich genannter Teilnehmer bezieht diesen"
        " Artikel. Damit seine Menge vertraulich bleibt, ist sie mit den Mengen aller"
        " Teilnehmer in der Summe zusammengefasst; einzelne Mengen dieses Artikels werden"
        " nicht ausgewiesen.",
        "marker": " *",
    },
    "en": {
        "sheet_agreement": "Agreement",
        "sheet_items": "Items",
        "sheet_participants": "Participants",
        "field": "Field",
        "value": "Value",
        "title": "Framework agreement",
        "reference": "Reference",
        "supplier": "Supplier",
        "category": "Category",
        "start": "Start",
        "end": "End of term",
        "named": "Participants named",
        "generated": "As of",
        "note": "Note",
        "item": "Item",
        "unit": "Unit",
        "price": "Agreed price per unit (€)",
        "valid_until": "Price valid until",
        "adjustment": "Price adjustment",
        "total_volume": "Yearly volume of all participants",
        "participant": "Participant",
        "street": "Street",
        "postal_code": "Postal code",
        "city": "City",
        "country": "Country",
        "others": "Other participants (not named)",
        "total": "Total of all participants",
        "note_consent": "Participants who have not agreed to be named are only included in the"
        " line “Other participants (not named)”.",
        "note_pooled": "{item}: only one participant who is not named buys this item. To keep"
        " its volume confidential, it is given only together with all participants in the"
        " total; no single volumes of this item are shown.",
        "marker": " *",
    },
}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    language: str
    named: int
    items: int
    #: items whose volumes are given only as the total (one unnamed buyer)
    pooled_only: int


@dataclass
class _Item:
    item_id: int
    name: str
    unit: str
    price: Decimal
    valid_until: dt.date | None
    adjustment: str
    total: Decimal = Decimal(0)
    unnamed: Decimal = Decimal(0)
    unnamed_buyers: int = 0

    @property
    def pooled_only(self) -> bool:
        return 0 < self.unnamed_buyers < MIN_POOLED


def _get_agreement(session: Session, agreement_id: int) -> FrameworkAgreement:
    agreement = session.get(FrameworkAgreement, agreement_id)
    if agreement is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The framework agreement #{id} no longer exists."),
            id=agreement_id,
        )
    return agreement


def agreement_title(session: Session, agreement_id: int) -> str:
    """The agreement's title (for the default file name)."""
    require_reader(session)
    return _get_agreement(session, agreement_id).title


def export_participants(
    session: Session,
    agreement_id: int,
    path: Path,
    *,
    today: dt.date | None = None,
    language: str | None = None,
) -> ExportSummary:
    """Write the supplier's workbook of ``agreement_id`` to ``path`` (see the module docstring)."""
    require_office_reader(session, Permission.PRINT_REPORTS)
    today = today or dt.date.today()
    agreement = _get_agreement(session, agreement_id)
    supplier = agreement.supplier
    language = language or participant_language(supplier)
    words = TEXTS[language]

    items: dict[int, _Item] = {}
    for item_id, name, unit, price, valid_until, adjustment in session.execute(
        select(
            AgreementItem.item_id,
            ProcurementItem.name,
            ProcurementItem.unit,
            AgreementItem.unit_price,
            AgreementItem.price_valid_until,
            AgreementItem.price_adjustment,
        )
        .join(ProcurementItem, ProcurementItem.id == AgreementItem.item_id)
        .where(AgreementItem.agreement_id == agreement_id)
        .order_by(ProcurementItem.name, AgreementItem.id)
    ):
        items[item_id] = _Item(
            item_id, name, unit_word(unit, language), price, valid_until, adjustment or ""
        )

    # volumes only: the baseline prices are not selected at all
    named: dict[int, tuple[str, str, str, str, str]] = {}
    named_volumes: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for (
        participation_id,
        consent,
        name,
        street,
        postal,
        city,
        country,
        item_id,
        volume,
    ) in session.execute(
        select(
            Participation.id,
            Participation.consent_to_share,
            Organisation.name,
            Organisation.street,
            Organisation.postal_code,
            Organisation.city,
            Organisation.country,
            ParticipationLine.item_id,
            ParticipationLine.yearly_volume,
        )
        .join(Organisation, Organisation.id == Participation.organisation_id)
        .outerjoin(ParticipationLine, ParticipationLine.participation_id == Participation.id)
        .where(
            Participation.agreement_id == agreement_id,
            or_(Participation.left_on.is_(None), Participation.left_on > today),
        )
        .order_by(Organisation.name, Participation.id)
    ):
        item = items.get(item_id) if item_id is not None else None
        amount = volume if volume is not None else Decimal(0)
        if consent:
            named.setdefault(participation_id, (name, street, postal, city, country))
            if item is not None:
                named_volumes[participation_id][item_id] = amount
        elif item is not None and amount > 0:
            item.unnamed += amount
            item.unnamed_buyers += 1
        if item is not None:
            item.total += amount

    workbook = new_workbook(f"{words['title']}: {agreement.title}")
    ordered = list(items.values())
    notes = [words["note_consent"]] + [
        words["note_pooled"].format(item=item.name) for item in ordered if item.pooled_only
    ]
    _write_agreement(workbook, agreement, supplier, words, language, len(named), today, notes)
    _write_items(workbook, ordered, words)
    _write_participants(workbook, ordered, named, named_volumes, words)
    save_workbook(workbook, path)
    return ExportSummary(
        path, language, len(named), len(ordered), sum(1 for item in ordered if item.pooled_only)
    )


def _write_agreement(
    workbook,  # type: ignore[no-untyped-def]
    agreement: FrameworkAgreement,
    supplier: Organisation,
    words: dict[str, str],
    language: str,
    named: int,
    today: dt.date,
    notes: list[str],
) -> None:
    rows: list[tuple[str, object]] = [
        (words["title"], agreement.title),
        (words["reference"], agreement.reference),
        (words["supplier"], supplier.name),
        (words["category"], agreement.category.name),
        (words["start"], format_date(agreement.start_date, language)),
        (words["end"], format_date(agreement.end_date, language)),
        (words["named"], named),
        (words["generated"], format_date(today, language)),
    ]
    rows.extend((words["note"], note) for note in notes)
    write_table(
        workbook,
        words["sheet_agreement"],
        [Column("field", words["field"]), Column("value", words["value"], wrap=True)],
        rows,
    )


def _write_items(workbook, items: list[_Item], words: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    columns = [
        Column("item", words["item"]),
        Column("unit", words["unit"]),
        Column("price", words["price"], number_format=PRICE_FORMAT),
        Column("valid_until", words["valid_until"], number_format=DATE_FORMAT),
        Column("adjustment", words["adjustment"], wrap=True),
        Column("total", words["total_volume"], number_format=VOLUME_FORMAT),
    ]
    rows = [
        (item.name, item.unit, item.price, item.valid_until, item.adjustment, item.total)
        for item in items
    ]
    write_table(workbook, words["sheet_items"], columns, rows)


def _write_participants(
    workbook,  # type: ignore[no-untyped-def]
    items: list[_Item],
    named: dict[int, tuple[str, str, str, str, str]],
    volumes: dict[int, dict[int, Decimal]],
    words: dict[str, str],
) -> None:
    columns = [
        Column("participant", words["participant"]),
        Column("street", words["street"]),
        Column("postal_code", words["postal_code"]),
        Column("city", words["city"]),
        Column("country", words["country"]),
    ] + [
        Column(
            f"item_{item.item_id}",
            f"{item.name} ({item.unit})" + (words["marker"] if item.pooled_only else ""),
            number_format=VOLUME_FORMAT,
        )
        for item in items
    ]
    rows: list[list[object]] = []
    for participation_id, address in named.items():
        mine = volumes.get(participation_id, {})
        rows.append(
            [
                *address,
                *(None if item.pooled_only else mine.get(item.item_id) for item in items),
            ]
        )
    if any(item.unnamed_buyers >= MIN_POOLED for item in items):
        rows.append(
            [
                words["others"],
                "",
                "",
                "",
                "",
                *(item.unnamed if item.unnamed_buyers >= MIN_POOLED else None for item in items),
            ]
        )
    sheet = write_table(workbook, words["sheet_participants"], columns, rows)
    bold = Font(bold=True)
    total = [WriteOnlyCell(sheet, value=safe_cell(words["total"]))]
    total[0].font = bold
    for _blank in range(4):
        total.append(WriteOnlyCell(sheet, value=None))
    for item in items:
        cell = WriteOnlyCell(sheet, value=item.total)
        cell.number_format = VOLUME_FORMAT
        cell.font = bold
        total.append(cell)
    sheet.append(total)
