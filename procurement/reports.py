"""The Reports area's tables (no Qt), each exportable to Excel.

- ``membership_value_table``: every member (and customer with participations
  or service fees) of a year: savings from all agreements next to the fee,
  the difference, savings per euro of fee (see ``procurement/savings.py``).
- ``category_savings_table``: savings per procurement category, one column per
  year (the chosen year and up to four before it, from the first agreement on).
- ``agreements_by_state_table``: every agreement with its state, term,
  participants and savings in the year, ordered by state.
- ``pooled_demand_table``: the pooled demand of every requirement collection
  per item, by supply period (``procurement/pooled_demand.py`` computes it).

A ``ReportTable`` carries typed columns (text, whole number, money, volume,
date) and raw values (Decimal, int, date), so the UI sorts numbers as numbers
and the workbook gets real numbers with € formats.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from niro_desk.models import (
    AgreementState,
    FrameworkAgreement,
    Organisation,
    OrganisationKind,
    Participation,
    RequirementCollection,
)
from niro_desk.procurement import categories, pooled_demand, savings
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.collection_workbook import unit_word
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    MONEY_FORMAT,
    WHOLE_FORMAT,
    Column,
    new_workbook,
    save_workbook,
    write_table,
)

VOLUME_FORMAT = "#,##0.###"


class Kind(StrEnum):
    TEXT = "text"
    WHOLE = "whole"
    MONEY = "money"
    VOLUME = "volume"
    DATE = "date"
    RATIO = "ratio"  # two places, no unit


_FORMATS = {
    Kind.TEXT: None,
    Kind.WHOLE: WHOLE_FORMAT,
    Kind.MONEY: MONEY_FORMAT,
    Kind.VOLUME: VOLUME_FORMAT,
    Kind.DATE: DATE_FORMAT,
    Kind.RATIO: "0.00",
}


@dataclass(frozen=True)
class ReportColumn:
    key: str
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    columns: list[ReportColumn]
    rows: list[list[Any]]
    #: the organisation / agreement id of each row, where a row stands for one
    row_ids: list[int | None]
    note: str = ""


WORDS: dict[str, dict[str, str]] = {
    "de": {
        "value": "Mitgliedsnutzen {year}",
        "value_note": "Einsparungen anteilig nach Tagen der Teilnahme im Jahr; Beitrag anteilig "
        "nach Tagen bei Beitragsänderungen; Kunden: Servicegebühren.",
        "member": "Mitglied / Kunde",
        "kind": "Art",
        "member_kind": "Mitglied",
        "customer_kind": "Kunde",
        "agreements": "Teilnahmen",
        "savings": "Einsparung",
        "fee": "Beitrag / Gebühr",
        "difference": "Differenz",
        "per_euro": "Einsparung je € Beitrag",
        "missing": "Positionen ohne Ausgangspreis",
        "categories": "Einsparungen nach Kategorie",
        "category": "Kategorie",
        "agreements_title": "Rahmenverträge nach Status",
        "reference": "Zeichen",
        "title": "Titel",
        "supplier": "Lieferant",
        "state": "Status",
        "start": "Beginn",
        "end": "Ende",
        "participants": "Teilnehmer",
        "savings_year": "Einsparung {year}",
        "demand": "Gebündelter Bedarf nach Jahren",
        "period": "Lieferzeitraum",
        "collection": "Bedarfsabfrage",
        "item": "Position",
        "unit": "Einheit",
        "total": "Gesamtmenge",
        "members_total": "davon Mitglieder",
        "customers_total": "davon Kunden",
        "draft": "Entwurf",
        "active": "aktiv",
        "expired": "abgelaufen",
        "terminated": "gekündigt",
    },
    "en": {
        "value": "Membership value {year}",
        "value_note": "Savings pro rata by the days of participation in the year; fees pro rata "
        "by days when they change; customers: service fees.",
        "member": "Member / customer",
        "kind": "Kind",
        "member_kind": "Member",
        "customer_kind": "Customer",
        "agreements": "Participations",
        "savings": "Savings",
        "fee": "Fee",
        "difference": "Difference",
        "per_euro": "Savings per € of fee",
        "missing": "Items without baseline",
        "categories": "Savings per category",
        "category": "Category",
        "agreements_title": "Agreements by state",
        "reference": "Reference",
        "title": "Title",
        "supplier": "Supplier",
        "state": "State",
        "start": "Start",
        "end": "End",
        "participants": "Participants",
        "savings_year": "Savings {year}",
        "demand": "Pooled demand over the years",
        "period": "Supply period",
        "collection": "Collection",
        "item": "Item",
        "unit": "Unit",
        "total": "Total volume",
        "members_total": "Members",
        "customers_total": "Customers",
        "draft": "draft",
        "active": "active",
        "expired": "expired",
        "terminated": "terminated",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


Cache = dict[int, list[savings.ParticipationTotal]]
"""Participation totals per year, shared by the reports read in one go (``all_tables``)."""


def _rows(session: Session, year: int, cache: Cache | None) -> list[savings.ParticipationTotal]:
    if cache is None:
        return savings.participation_totals(session, year)
    if year not in cache:
        cache[year] = savings.participation_totals(session, year)
    return cache[year]


def membership_value_table(
    session: Session, year: int, language: str, cache: Cache | None = None
) -> ReportTable:
    w = words(language)
    values = savings.membership_values(session, year, _rows(session, year, cache))
    rows = [
        [
            v.name,
            w["customer_kind"] if v.kind == OrganisationKind.CUSTOMER else w["member_kind"],
            v.participations,
            v.savings,
            v.fee,
            v.difference,
            v.ratio,
            v.lines_without_baseline,
        ]
        for v in values
    ]
    return ReportTable(
        "membership_value",
        w["value"].format(year=year),
        [
            ReportColumn("name", w["member"]),
            ReportColumn("kind", w["kind"]),
            ReportColumn("participations", w["agreements"], Kind.WHOLE),
            ReportColumn("savings", w["savings"], Kind.MONEY),
            ReportColumn("fee", w["fee"], Kind.MONEY),
            ReportColumn("difference", w["difference"], Kind.MONEY),
            ReportColumn("ratio", w["per_euro"], Kind.RATIO),
            ReportColumn("missing", w["missing"], Kind.WHOLE),
        ],
        rows,
        [v.organisation_id for v in values],
        w["value_note"],
    )


def first_year(session: Session) -> int | None:
    """The year the first active (or past) agreement started."""
    require_reader(session)
    start = session.scalar(
        select(func.min(FrameworkAgreement.start_date)).where(
            FrameworkAgreement.state != AgreementState.DRAFT
        )
    )
    return None if start is None else start.year


def category_savings_table(
    session: Session, year: int, language: str, cache: Cache | None = None
) -> ReportTable:
    w = words(language)
    start = first_year(session) or year
    years = list(range(max(start, year - 4), year + 1)) or [year]
    per_year = {y: savings.totals_per_category(session, y, _rows(session, y, cache)) for y in years}
    paths = {node.id: node.path for node in categories.category_tree(session)}
    used = sorted({c for totals in per_year.values() for c in totals}, key=lambda c: paths[c])
    rows = [
        [
            paths[c],
            *(per_year[y][c].amount(y) if c in per_year[y] else Decimal("0.00") for y in years),
        ]
        for c in used
    ]
    return ReportTable(
        "categories",
        w["categories"],
        [
            ReportColumn("category", w["category"]),
            *(ReportColumn(str(y), str(y), Kind.MONEY) for y in years),
        ],
        rows,
        list(used),
    )


STATE_ORDER = [
    AgreementState.ACTIVE,
    AgreementState.DRAFT,
    AgreementState.EXPIRED,
    AgreementState.TERMINATED,
]


def state_counts(session: Session) -> dict[AgreementState, int]:
    require_reader(session)
    counts = dict(
        session.execute(
            select(FrameworkAgreement.state, func.count()).group_by(FrameworkAgreement.state)
        ).all()
    )
    return {state: int(counts.get(state, 0)) for state in STATE_ORDER}


def agreements_by_state_table(
    session: Session, year: int, language: str, cache: Cache | None = None
) -> ReportTable:
    w = words(language)
    totals = savings.totals_per_agreement(session, year, _rows(session, year, cache))
    participants = dict(
        session.execute(
            select(Participation.agreement_id, func.count())
            .where(Participation.left_on.is_(None) | (Participation.left_on >= dt.date(year, 1, 1)))
            .group_by(Participation.agreement_id)
        ).all()
    )
    paths = {node.id: node.path for node in categories.category_tree(session)}
    records = session.execute(
        select(FrameworkAgreement, Organisation.name).join(
            Organisation, Organisation.id == FrameworkAgreement.supplier_id
        )
    ).all()
    records.sort(
        key=lambda r: (STATE_ORDER.index(r[0].state), r[0].reference.casefold(), r[0].title)
    )
    rows = []
    for agreement, supplier in records:
        total = totals.get(agreement.id)
        rows.append(
            [
                w[str(agreement.state)],
                agreement.reference,
                agreement.title,
                supplier,
                paths.get(agreement.category_id, ""),
                agreement.start_date,
                savings.agreement_end(agreement, year),
                int(participants.get(agreement.id, 0)),
                total.amount(year) if total else Decimal("0.00"),
            ]
        )
    return ReportTable(
        "agreements",
        w["agreements_title"],
        [
            ReportColumn("state", w["state"]),
            ReportColumn("reference", w["reference"]),
            ReportColumn("title", w["title"]),
            ReportColumn("supplier", w["supplier"]),
            ReportColumn("category", w["category"]),
            ReportColumn("start", w["start"], Kind.DATE),
            ReportColumn("end", w["end"], Kind.DATE),
            ReportColumn("participants", w["participants"], Kind.WHOLE),
            ReportColumn("savings", w["savings_year"].format(year=year), Kind.MONEY),
        ],
        rows,
        [r[0].id for r in records],
    )


def pooled_demand_table(session: Session, language: str) -> ReportTable:
    """Every collection's pooled totals per item, by supply period (sums from the database)."""
    w = words(language)
    paths = {node.id: node.path for node in categories.category_tree(session)}
    collections = session.execute(
        select(
            RequirementCollection.id,
            RequirementCollection.supply_period,
            RequirementCollection.title,
            RequirementCollection.category_id,
        ).order_by(RequirementCollection.supply_period, RequirementCollection.title)
    ).all()
    rows, ids = [], []
    for collection_id, period, title, category_id in collections:
        for total in pooled_demand.item_totals(session, collection_id):
            if not total.participants:
                continue
            rows.append(
                [
                    period,
                    title,
                    paths.get(category_id, ""),
                    total.item,
                    unit_word(total.unit, language),
                    total.total,
                    total.members_total,
                    total.customers_total,
                    total.participants,
                ]
            )
            ids.append(collection_id)
    return ReportTable(
        "demand",
        w["demand"],
        [
            ReportColumn("period", w["period"]),
            ReportColumn("collection", w["collection"]),
            ReportColumn("category", w["category"]),
            ReportColumn("item", w["item"]),
            ReportColumn("unit", w["unit"]),
            ReportColumn("total", w["total"], Kind.VOLUME),
            ReportColumn("members", w["members_total"], Kind.VOLUME),
            ReportColumn("customers", w["customers_total"], Kind.VOLUME),
            ReportColumn("participants", w["participants"], Kind.WHOLE),
        ],
        rows,
        ids,
    )


def all_tables(session: Session, year: int, language: str) -> list[ReportTable]:
    require_reader(session)
    cache: Cache = {}
    return [
        membership_value_table(session, year, language, cache),
        category_savings_table(session, year, language, cache),
        agreements_by_state_table(session, year, language, cache),
        pooled_demand_table(session, language),
    ]


def _sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31]


def export_tables(tables: list[ReportTable], path: Path) -> None:
    """One sheet per table: real numbers and dates with € and date formats; atomic save."""
    workbook = new_workbook(tables[0].title if tables else "NIRO Desk")
    for report in tables:
        columns = [Column(c.key, c.header, _FORMATS[c.kind]) for c in report.columns]
        write_table(workbook, _sheet_title(report.title), columns, report.rows)
    save_workbook(workbook, path)
