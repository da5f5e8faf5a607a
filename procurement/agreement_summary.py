"""The summary of a framework agreement as a PDF, for the board (German or English).

Letterhead from the office settings (``niro_desk/office_settings.py``), the
agreement's data (supplier, category, term, notice deadline, renewal) and terms,
the price table, every participant with its yearly volumes, baselines and
savings in the year, the pooled totals per item and the savings in total
(``procurement/savings.py``: pro rata by days, rounded once to cents). Every
page has the office and the agreement in its header and the printing date and
"Seite X von Y" in its footer; long tables break across pages with their
header row repeated. The font is embedded (umlauts, ß, €).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound
from niro_desk.formatting import format_date
from niro_desk.models import (
    AgreementItem,
    FrameworkAgreement,
    Organisation,
    OrganisationKind,
    Participation,
    UnitOfMeasure,
)
from niro_desk.office_settings import office_details
from niro_desk.permissions import Permission
from niro_desk.procurement import pdf_document, savings
from niro_desk.procurement.access import require_office_reader, require_reader
from niro_desk.procurement.agreement_dates import term_on
from niro_desk.procurement.categories import category_tree
from niro_desk.procurement.collection_workbook import unit_word

AGREEMENT_GONE = QT_TRANSLATE_NOOP("Messages", "The agreement no longer exists.")

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "doc": "Rahmenvertrag – Zusammenfassung",
        "title": "Rahmenvertrag {reference}: {title}",
        "data": "Vertragsdaten",
        "reference": "Zeichen",
        "supplier": "Lieferant",
        "category": "Kategorie",
        "state": "Status",
        "start": "Beginn",
        "end": "Ende der laufenden Laufzeit",
        "notice": "Kündigungsfrist",
        "notice_value": "{months} Monate – Kündigung spätestens am {deadline}",
        "renewal": "Verlängerung",
        "renews": "automatisch um {months} Monate",
        "no_renewal": "keine automatische Verlängerung",
        "terminated": "gekündigt zum",
        "terms": "Vertragsbedingungen",
        "no_terms": "Keine Bedingungen erfasst.",
        "prices": "Preise",
        "item": "Position",
        "unit": "Einheit",
        "price": "Preis je Einheit",
        "valid": "gültig bis",
        "adjustment": "Preisanpassung",
        "share": "Anteil",
        "whole_term": "Laufzeit",
        "participants": "Teilnehmer und Mengen",
        "participant": "Teilnehmer",
        "joined": "seit",
        "volume": "Jahresmenge",
        "baseline": "Ausgangspreis",
        "saving": "Einsparung {year}",
        "no_baseline": "kein Ausgangspreis",
        "customer": "Kunde",
        "left": "bis {day}",
        "nobody": "Noch keine Teilnehmer.",
        "pooled": "Gebündelte Mengen und Einsparungen {year}",
        "pooled_volume": "Jahresmenge gesamt",
        "pooled_value": "Volumen zum Vertragspreis",
        "count": "Teilnehmer",
        "total": "Summe",
        "total_saving": "Einsparung {year} insgesamt: {amount} bei {count} Teilnehmern.",
        "missing": "{count} Positionen ohne Ausgangspreis zählen ohne Einsparung.",
        "method": "Einsparung = (Ausgangspreis − Vertragspreis) × Jahresmenge × Anteil des "
        "Jahres, in dem die Teilnahme innerhalb der Vertragslaufzeit bestand (Tage / Tage des "
        "Jahres); auf Cent gerundet erst in der Summe.",
        "draft": "Entwurf",
        "active": "aktiv",
        "expired": "abgelaufen",
        "terminated_state": "gekündigt",
        "contact": "E-Mail {email} · Telefon {phone}",
    },
    "en": {
        "doc": "Framework agreement – summary",
        "title": "Framework agreement {reference}: {title}",
        "data": "Agreement",
        "reference": "Reference",
        "supplier": "Supplier",
        "category": "Category",
        "state": "State",
        "start": "Start",
        "end": "End of the current term",
        "notice": "Notice period",
        "notice_value": "{months} months – notice by {deadline} at the latest",
        "renewal": "Renewal",
        "renews": "automatically by {months} months",
        "no_renewal": "no automatic renewal",
        "terminated": "terminated as of",
        "terms": "Terms",
        "no_terms": "No terms recorded.",
        "prices": "Prices",
        "item": "Item",
        "unit": "Unit",
        "price": "Unit price",
        "valid": "valid until",
        "adjustment": "Price adjustment",
        "share": "Share",
        "whole_term": "term",
        "participants": "Participants and volumes",
        "participant": "Participant",
        "joined": "since",
        "volume": "Yearly volume",
        "baseline": "Baseline price",
        "saving": "Savings {year}",
        "no_baseline": "no baseline",
        "customer": "customer",
        "left": "until {day}",
        "nobody": "No participants yet.",
        "pooled": "Pooled volumes and savings {year}",
        "pooled_volume": "Total yearly volume",
        "pooled_value": "Value at the agreed price",
        "count": "Participants",
        "total": "Total",
        "total_saving": "Savings {year} in total: {amount} for {count} participants.",
        "missing": "{count} items without a baseline price count as no saving.",
        "method": "Savings = (baseline price − agreed price) × yearly volume × the part of the "
        "year the participation was active within the agreement's term (days / days in the "
        "year); rounded to cents only in the total.",
        "draft": "draft",
        "active": "active",
        "expired": "expired",
        "terminated_state": "terminated",
        "contact": "E-mail {email} · Phone {phone}",
    },
}


@dataclass(frozen=True)
class Summary:
    title: str
    story: list[Any]
    header: tuple[str, str]


def _unit_price(value: Decimal | None, language: str) -> str:
    if value is None:
        return ""
    return (
        pdf_document.number(value, language, 4) + " €"
        if language == "de"
        else "€" + pdf_document.number(value, language, 4)
    )


def summary(session: Session, agreement_id: int, year: int, language: str) -> Summary:
    """The summary's story (flowables); the tables are sized to ``CONTENT_WIDTH``."""
    require_office_reader(session, Permission.PRINT_REPORTS)
    w = WORDS.get(language, WORDS["en"])
    agreement = session.scalars(
        select(FrameworkAgreement)
        .where(FrameworkAgreement.id == agreement_id)
        .options(
            selectinload(FrameworkAgreement.items).selectinload(AgreementItem.item),
            selectinload(FrameworkAgreement.supplier),
        )
    ).one_or_none()
    if agreement is None:
        raise NotFound(AGREEMENT_GONE)
    office = office_details(session)
    style = pdf_document.styles()
    width = pdf_document.CONTENT_WIDTH
    paths = {node.id: node.path for node in category_tree(session)}
    money = lambda amount: pdf_document.money(amount, language)  # noqa: E731
    # hundreds of participants joined on the same few days: format each date once
    day = lru_cache(maxsize=None)(lambda value: format_date(value, language))

    story: list[Any] = [
        pdf_document.text(office.name, style["heading"]),
        pdf_document.text(" · ".join(office.address_lines), style["small"]),
        pdf_document.text(
            w["contact"].format(email=office.email, phone=office.phone), style["small"]
        ),
        Spacer(1, 6 * mm),
        pdf_document.text(
            w["title"].format(reference=agreement.reference or "–", title=agreement.title),
            style["title"],
        ),
        Spacer(1, 3 * mm),
    ]

    # -- data
    term_text = ""
    notice_text = ""
    if agreement.end_date is not None:
        term = term_on(
            agreement.end_date,
            dt.date.today(),
            notice_months=agreement.notice_months,
            auto_renewal=agreement.auto_renewal,
            renewal_months=agreement.renewal_months,
        )
        term_text = day(term.end)
        notice_text = w["notice_value"].format(
            months=agreement.notice_months, deadline=day(term.notice_deadline)
        )
    state = str(agreement.state)
    data = [
        [w["reference"], agreement.reference],
        [w["supplier"], agreement.supplier.name],
        [w["category"], paths.get(agreement.category_id, "")],
        [w["state"], w["terminated_state" if state == "terminated" else state]],
        [w["start"], day(agreement.start_date)],
        [w["end"], term_text],
        [w["notice"], notice_text],
        [
            w["renewal"],
            w["renews"].format(months=agreement.renewal_months)
            if agreement.auto_renewal
            else w["no_renewal"],
        ],
    ]
    if agreement.terminated_on is not None:
        data.append([w["terminated"], day(agreement.terminated_on)])
    story += [
        pdf_document.text(w["data"], style["heading"]),
        pdf_document.table(data, [50 * mm, width - 50 * mm], header=False),
        pdf_document.text(w["terms"], style["heading"]),
        pdf_document.text(agreement.terms or w["no_terms"], style["body"]),
    ]

    # -- prices
    price_rows: list[list[Any]] = [
        [w["item"], w["unit"], w["price"], w["valid"], w["share"], w["adjustment"]]
    ]
    for entry in agreement.items:
        price_rows.append(
            [
                entry.item.name,
                unit_word(entry.item.unit, language),
                _unit_price(entry.unit_price, language),
                day(entry.price_valid_until) or w["whole_term"],
                pdf_document.number(entry.share, language, 0) + " %",
                entry.price_adjustment,
            ]
        )
    story += [
        pdf_document.text(w["prices"], style["heading"]),
        pdf_document.table(
            price_rows, [46 * mm, 19 * mm, 26 * mm, 22 * mm, 16 * mm, width - 129 * mm]
        ),
    ]

    # -- participants
    participations = savings.savings_of_agreement(session, agreement_id, year)
    people = {
        pid: (kind, since, until)
        for pid, kind, since, until in session.execute(
            select(
                Participation.id,
                Organisation.kind,
                Participation.joined_on,
                Participation.left_on,
            )
            .join(Organisation, Organisation.id == Participation.organisation_id)
            .where(Participation.agreement_id == agreement_id)
        )
    }
    story.append(pdf_document.text(w["participants"], style["heading"]))
    if not participations:
        story.append(pdf_document.text(w["nobody"], style["body"]))
    else:
        rows: list[list[Any]] = [
            [
                w["participant"],
                w["item"],
                w["volume"],
                w["baseline"],
                w["saving"].format(year=year),
            ]
        ]
        for entry in participations:
            kind, since, until = people[entry.participation_id]
            label = entry.organisation
            if kind == OrganisationKind.CUSTOMER:
                label += f" ({w['customer']})"
            period = f"{w['joined']} {day(since)}"
            if until is not None:
                period += " " + w["left"].format(day=day(until))
            for index, item in enumerate(entry.items or [None]):
                name_cell = f"{label}\n{period}" if index == 0 else ""
                if item is None:
                    rows.append([name_cell, "", "", "", money(entry.total)])
                    continue
                rows.append(
                    [
                        name_cell,
                        item.item,
                        f"{pdf_document.number(item.yearly_volume, language)} "
                        f"{unit_word(UnitOfMeasure(item.unit), language)}",
                        _unit_price(item.baseline_price, language) or w["no_baseline"],
                        money(item.saving) if item.saving is not None else "–",
                    ]
                )
        story.append(
            pdf_document.table(
                rows,
                [width - 130 * mm, 38 * mm, 28 * mm, 32 * mm, 32 * mm],
                right=(2, 3, 4),
                fast=True,
            )
        )

    # -- pooled totals
    volume: dict[int, Decimal] = defaultdict(Decimal)
    exact: dict[int, Decimal] = defaultdict(Decimal)
    count: dict[int, int] = defaultdict(int)
    for entry in participations:
        if entry.active_days == 0:
            continue
        for item in entry.items:
            volume[item.item_id] += item.yearly_volume
            count[item.item_id] += 1
            if item.exact is not None:
                exact[item.item_id] += item.exact
    pooled: list[list[Any]] = [
        [
            w["item"],
            w["count"],
            w["pooled_volume"],
            w["pooled_value"],
            w["saving"].format(year=year),
        ]
    ]
    total_value = Decimal(0)
    for entry in agreement.items:
        value = (volume[entry.item_id] * entry.unit_price).quantize(savings.CENT)
        total_value += value
        pooled.append(
            [
                entry.item.name,
                str(count[entry.item_id]),
                f"{pdf_document.number(volume[entry.item_id], language)} "
                f"{unit_word(entry.item.unit, language)}",
                money(value),
                money(savings.cents(exact[entry.item_id], year)),
            ]
        )
    grand = sum((entry.exact for entry in participations), Decimal(0))
    pooled.append([w["total"], "", "", money(total_value), money(savings.cents(grand, year))])
    active = sum(1 for entry in participations if entry.active_days)
    missing = sum(len(entry.missing) for entry in participations if entry.active_days)
    closing = [
        pdf_document.text(w["pooled"].format(year=year), style["heading"]),
        pdf_document.table(
            pooled,
            [width - 124 * mm, 26 * mm, 34 * mm, 32 * mm, 32 * mm],
            right=(1, 2, 3, 4),
            bold_last=True,
        ),
        Spacer(1, 3 * mm),
        pdf_document.text(
            w["total_saving"].format(
                year=year, amount=money(savings.cents(grand, year)), count=active
            ),
            style["body"],
        ),
    ]
    if missing:
        closing.append(pdf_document.text(w["missing"].format(count=missing), style["body"]))
    closing.append(pdf_document.text(w["method"], style["small"]))
    story.append(KeepTogether(closing))
    title = w["doc"]
    header = (office.name, f"{agreement.reference} · {agreement.title}".strip(" ·"))
    return Summary(title, story, header)


def write_summary(
    session: Session,
    agreement_id: int,
    target: Path | BinaryIO,
    language: str = "de",
    year: int | None = None,
) -> None:
    """Write the agreement's summary as a PDF to ``target`` (savings of ``year``; by default
    this year, or the agreement's first or last year when this year lies outside its term)."""
    require_office_reader(session, Permission.PRINT_REPORTS)
    year = year or summary_year(session, agreement_id, dt.date.today())
    document = summary(session, agreement_id, year, language)
    pdf_document.build(target, document.story, document.title, language, header=document.header)


def summary_year(session: Session, agreement_id: int, today: dt.date) -> int:
    """This year, moved into the agreement's term: an agreement that starts next year shows
    its first year, one that ended before this year its last (never an empty year)."""
    require_reader(session)
    from niro_desk.models import FrameworkAgreement

    agreement = session.get(FrameworkAgreement, agreement_id)
    year = today.year
    if agreement is None:
        return year
    if agreement.start_date is not None and agreement.start_date.year > year:
        return agreement.start_date.year
    last = agreement.terminated_on or agreement.end_date
    if last is not None and last.year < year and not agreement.auto_renewal:
        return last.year
    return year
