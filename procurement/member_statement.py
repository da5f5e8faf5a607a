"""A member's (or customer's) yearly statement as a DIN 5008 letter (form B), and a batch of them.

Layout (DIN 5008 form B, A4, millimetres from the top-left corner): letterhead
above 45; the address field for a window envelope at 20 from the left and 45
from the top, 85 × 45, its first 17.7 the return-address line; the information
block at 125 from the left, 50 from the top; fold marks at 105 and 210 and the
hole mark at 148.5 on the left edge; the text from 98.5 with margins of 25 and
20. Later pages continue below a short header; every page says "Seite X von Y".

Content: the member's agreements with items, volumes, days of participation and
savings in the year (``procurement/savings.py``: pro rata by days, rounded once),
then the sentence a member remembers — "Der Einkaufspool hat Ihnen 12.480,00 €
gespart; Ihr Beitrag betrug 3.000,00 €." — for a customer against its service
fees; when the savings stay below the fee the letter says so plainly.

``write_statements`` writes one PDF per member of a year into a folder, with a
progress callback and a cancel check between letters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound
from niro_desk.formatting import format_date
from niro_desk.models import FrameworkAgreement, Organisation, OrganisationKind, UnitOfMeasure
from niro_desk.office_settings import OfficeDetails, office_details
from niro_desk.permissions import require_sees
from niro_desk.procurement import pdf_document, savings
from niro_desk.procurement.access import require_reader
from niro_desk.procurement.collection_workbook import unit_word

NOT_A_MEMBER = QT_TRANSLATE_NOOP(
    "Messages", "{name} was neither a member nor a customer of the pool in {year}."
)
ORGANISATION_GONE = QT_TRANSLATE_NOOP("Messages", "The organisation no longer exists.")

# DIN 5008 form B, in points from the top-left corner
PAGE_WIDTH, PAGE_HEIGHT = A4
ADDRESS_LEFT, ADDRESS_TOP, ADDRESS_WIDTH, ADDRESS_HEIGHT = 20 * mm, 45 * mm, 85 * mm, 45 * mm
RETURN_ZONE = 17.7 * mm
INFO_LEFT, INFO_TOP, INFO_WIDTH = 125 * mm, 50 * mm, 75 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
HOLE_MARK = 148.5 * mm
TEXT_TOP = 98.46 * mm
LEFT_MARGIN, RIGHT_MARGIN, BOTTOM_MARGIN = 25 * mm, 20 * mm, 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "doc": "Jahresübersicht {year}",
        "subject": "Ihre Einsparungen durch den Einkaufspool {year}",
        "salutation": "Sehr geehrte Damen und Herren,",
        "intro": "für das Jahr {year} haben wir zusammengestellt, was Ihnen die Rahmenverträge "
        "des Einkaufspools gebracht haben.",
        "agreement": "Rahmenvertrag",
        "item": "Position",
        "volume": "Jahresmenge",
        "days": "Tage",
        "saving": "Einsparung",
        "no_baseline": "ohne Ausgangspreis",
        "total": "Summe",
        "none": "Im Jahr {year} haben Sie an keinem Rahmenvertrag teilgenommen.",
        "sentence": "Der Einkaufspool hat Ihnen {savings} gespart; Ihr Beitrag betrug {fee}.",
        "sentence_customer": "Der Einkaufspool hat Ihnen {savings} gespart; "
        "Ihre Servicegebühren betrugen {fee}.",
        "above": "Ihre Einsparungen lagen damit um {difference} über Ihrem Beitrag.",
        "above_customer": "Ihre Einsparungen lagen damit um {difference} über Ihren "
        "Servicegebühren.",
        "below": "Ihre Einsparungen lagen damit um {difference} unter Ihrem Beitrag. "
        "Sprechen Sie uns an: Weitere Rahmenverträge können das ändern.",
        "below_customer": "Ihre Einsparungen lagen damit um {difference} unter Ihren "
        "Servicegebühren. Sprechen Sie uns an: Weitere Rahmenverträge können das ändern.",
        "missing_one": "Für eine Position liegt uns kein Ausgangspreis vor; sie ist ohne "
        "Einsparung gezählt. Nennen Sie uns Ihren früheren Preis, dann rechnen wir nach.",
        "missing": "Für {count} Positionen liegt uns kein Ausgangspreis vor; sie sind ohne "
        "Einsparung gezählt. Nennen Sie uns Ihre früheren Preise, dann rechnen wir nach.",
        "method": "Einsparung = (Ausgangspreis − Vertragspreis) × Jahresmenge × Tage der "
        "Teilnahme innerhalb der Vertragslaufzeit / Tage des Jahres; auf Cent gerundet erst in "
        "der Summe. Beitrag bei Änderungen im Jahr anteilig nach Tagen.",
        "closing": "Freundliche Grüße",
        "signature": "Ihre Geschäftsstelle",
        "member_no": "Mitglieds-Nr.",
        "customer_no": "Kunden-Nr.",
        "year": "Jahr",
        "date": "Datum",
        "email": "E-Mail",
        "phone": "Telefon",
        "continued": "{name} · Jahresübersicht {year}",
    },
    "en": {
        "doc": "Annual statement {year}",
        "subject": "Your savings through the purchasing pool in {year}",
        "salutation": "Dear Sir or Madam,",
        "intro": "here is what the pool's framework agreements brought you in {year}.",
        "agreement": "Framework agreement",
        "item": "Item",
        "volume": "Yearly volume",
        "days": "Days",
        "saving": "Savings",
        "no_baseline": "no baseline",
        "total": "Total",
        "none": "You took part in no framework agreement in {year}.",
        "sentence": "The purchasing pool saved you {savings}; your fee was {fee}.",
        "sentence_customer": "The purchasing pool saved you {savings}; your service fees "
        "were {fee}.",
        "above": "Your savings were {difference} above your fee.",
        "above_customer": "Your savings were {difference} above your service fees.",
        "below": "Your savings were {difference} below your fee. Talk to us: more framework "
        "agreements can change that.",
        "below_customer": "Your savings were {difference} below your service fees. Talk to "
        "us: more framework agreements can change that.",
        "missing_one": "For one item we have no baseline price; it counts as no saving. "
        "Tell us your earlier price and we will recalculate.",
        "missing": "For {count} items we have no baseline price; they count as no saving. "
        "Tell us your earlier prices and we will recalculate.",
        "method": "Savings = (baseline price − agreed price) × yearly volume × days of "
        "participation within the agreement's term / days in the year; rounded to cents only "
        "in the total. Fees that change during the year count pro rata by days.",
        "closing": "Kind regards",
        "signature": "Your office",
        "member_no": "Member no.",
        "customer_no": "Customer no.",
        "year": "Year",
        "date": "Date",
        "email": "E-mail",
        "phone": "Phone",
        "continued": "{name} · annual statement {year}",
    },
}


@dataclass(frozen=True)
class Letter:
    title: str
    office: OfficeDetails
    address: list[str]
    info: list[tuple[str, str]]
    story: list[Any]
    continued: str


def _address(organisation: Organisation) -> list[str]:
    lines = [organisation.name]
    if organisation.street:
        lines.append(organisation.street)
    town = f"{organisation.postal_code} {organisation.city}".strip()
    if town:
        lines.append(town)
    if organisation.country and organisation.country != "DE":
        lines.append(organisation.country)
    return lines


def letter(
    session: Session,
    organisation_id: int,
    year: int,
    language: str,
    value: savings.MembershipValue | None = None,
    office: OfficeDetails | None = None,
) -> Letter:
    """The statement's parts; ``value`` and ``office`` may be passed in by a batch."""
    require_sees(session, organisation_id)
    w = WORDS.get(language, WORDS["en"])
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(ORGANISATION_GONE)
    if value is None:
        value = savings.membership_value(session, organisation_id, year)
    if value is None:
        raise NotFound(NOT_A_MEMBER, name=organisation.name, year=year)
    office = office or office_details(session)
    customer = value.kind == OrganisationKind.CUSTOMER
    money = lambda amount: pdf_document.money(amount, language)  # noqa: E731
    style = pdf_document.styles()

    participations = savings.savings_of_organisation(session, organisation_id, year)
    titles = dict(
        session.execute(
            select(FrameworkAgreement.id, FrameworkAgreement.title).where(
                FrameworkAgreement.id.in_({p.agreement_id for p in participations})
            )
        ).all()
    )
    story: list[Any] = [
        pdf_document.text(w["subject"].format(year=year), style["heading"]),
        Spacer(1, 4 * mm),
        pdf_document.text(w["salutation"], style["body"]),
        Spacer(1, 2 * mm),
        pdf_document.text(w["intro"].format(year=year), style["body"]),
        Spacer(1, 3 * mm),
    ]
    if participations:
        rows: list[list[Any]] = [[w["agreement"], w["item"], w["volume"], w["days"], w["saving"]]]
        for entry in sorted(participations, key=lambda p: titles.get(p.agreement_id, "")):
            for index, item in enumerate(entry.items):
                rows.append(
                    [
                        titles.get(entry.agreement_id, "") if index == 0 else "",
                        item.item,
                        f"{pdf_document.number(item.yearly_volume, language)} "
                        f"{unit_word(UnitOfMeasure(item.unit), language)}",
                        str(entry.active_days) if index == 0 else "",
                        money(item.saving) if item.saving is not None else w["no_baseline"],
                    ]
                )
        rows.append([w["total"], "", "", "", money(value.savings)])
        story.append(
            pdf_document.table(
                rows,
                [TEXT_WIDTH - 120 * mm, 40 * mm, 30 * mm, 14 * mm, 36 * mm],
                right=(2, 3, 4),
                bold_last=True,
            )
        )
    else:
        story.append(pdf_document.text(w["none"].format(year=year), style["body"]))
    sentence = w["sentence_customer" if customer else "sentence"].format(
        savings=money(value.savings), fee=money(value.fee)
    )
    bold = style["body"].clone("sentence", fontName=pdf_document.FONT_BOLD, fontSize=10.5)
    verdict_key = ("above" if value.difference >= 0 else "below") + (
        "_customer" if customer else ""
    )
    closing: list[Any] = [
        Spacer(1, 5 * mm),
        pdf_document.text(sentence, bold),
        Spacer(1, 1.5 * mm),
        pdf_document.text(
            w[verdict_key].format(difference=money(abs(value.difference))), style["body"]
        ),
    ]
    missing = sum(len(p.missing) for p in participations)
    if missing:
        closing += [
            Spacer(1, 1.5 * mm),
            pdf_document.text(
                w["missing_one" if missing == 1 else "missing"].format(count=missing),
                style["body"],
            ),
        ]
    closing += [
        Spacer(1, 3 * mm),
        pdf_document.text(w["method"], style["small"]),
        Spacer(1, 6 * mm),
        pdf_document.text(w["closing"], style["body"]),
        Spacer(1, 8 * mm),
        pdf_document.text(w["signature"], style["body"]),
        pdf_document.text(office.name, style["small"]),
    ]
    story.append(KeepTogether(closing))
    info = [
        (w["customer_no" if customer else "member_no"], str(organisation.id)),
        (w["year"], str(year)),
        (w["date"], format_date(dt.date.today(), language)),
        (w["email"], office.email),
        (w["phone"], office.phone),
    ]
    return Letter(
        w["doc"].format(year=year),
        office,
        _address(organisation),
        info,
        story,
        w["continued"].format(name=organisation.name, year=year),
    )


def _first_page(document: Letter) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        office = document.office
        top = PAGE_HEIGHT
        canvas.saveState()
        # letterhead (above the address field)
        canvas.setFont(pdf_document.FONT_BOLD, 13)
        canvas.setFillColor(colors.HexColor("#1f3a5f"))
        canvas.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, top - 20 * mm, office.name)
        canvas.setFont(pdf_document.FONT, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawRightString(
            PAGE_WIDTH - RIGHT_MARGIN, top - 25 * mm, " · ".join(office.address_lines)
        )
        # return address: the last line of the 17.7 mm zone, small and underlined
        # (the largest size from 7 pt down to 5.5 pt at which it fits; cut only beyond that)
        room = ADDRESS_WIDTH - 6 * mm
        text = office.return_line
        size = 7.0
        while size > 5.5 and canvas.stringWidth(text, pdf_document.FONT, size) > room:
            size -= 0.25
        while canvas.stringWidth(text, pdf_document.FONT, size) > room:
            text = text[:-2] + "…"
        canvas.setFont(pdf_document.FONT, size)
        line_y = top - ADDRESS_TOP - RETURN_ZONE + 2 * mm
        canvas.drawString(ADDRESS_LEFT + 5 * mm, line_y, text)
        canvas.setLineWidth(0.3)
        canvas.line(
            ADDRESS_LEFT + 5 * mm,
            line_y - 1,
            ADDRESS_LEFT + 5 * mm + canvas.stringWidth(text, pdf_document.FONT, size),
            line_y - 1,
        )
        # recipient: the 27.3 mm zone below
        canvas.setFont(pdf_document.FONT, 10)
        canvas.setFillColor(colors.black)
        y = top - ADDRESS_TOP - RETURN_ZONE - 5 * mm
        lines = [
            part
            for line in document.address
            for part in simpleSplit(line, pdf_document.FONT, 10, ADDRESS_WIDTH - 10 * mm)
        ]
        for line in lines[:6]:  # the recipient zone holds six lines
            canvas.drawString(ADDRESS_LEFT + 5 * mm, y, line)
            y -= 4.2 * mm
        # information block
        canvas.setFont(pdf_document.FONT, 8)
        y = top - INFO_TOP - 3 * mm
        for label, value in document.info:
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(INFO_LEFT, y, label)
            canvas.setFillColor(colors.black)
            canvas.drawString(INFO_LEFT + 21 * mm, y, value)
            y -= 4.2 * mm
        # fold marks and hole mark on the left edge
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(colors.HexColor("#777777"))
        for mark in FOLD_MARKS:
            canvas.line(5 * mm, top - mark, 10 * mm, top - mark)
        canvas.line(5 * mm, top - HOLE_MARK, 12 * mm, top - HOLE_MARK)
        canvas.restoreState()

    return draw


def _later_pages(document: Letter) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(pdf_document.FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(LEFT_MARGIN, PAGE_HEIGHT - 12 * mm, document.continued)
        canvas.restoreState()

    return draw


def build_letter(document: Letter, target: Path | BinaryIO, language: str) -> None:
    pdf_document.register_fonts()
    first = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        PAGE_HEIGHT - TEXT_TOP - BOTTOM_MARGIN,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    later = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        PAGE_HEIGHT - 20 * mm - BOTTOM_MARGIN,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    template = BaseDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=A4,
        title=document.title,
        author="NIRO Desk",
    )
    template.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=_first_page(document)),
            PageTemplate("later", [later], onPage=_later_pages(document)),
        ]
    )
    template.build(
        [NextPageTemplate("later"), *document.story],
        canvasmaker=pdf_document.numbered_canvas(
            f"{document.office.name} · {pdf_document.printed_on(language)}",
            language,
            footer_margin=LEFT_MARGIN,
        ),
    )


def write_statement(
    session: Session,
    organisation_id: int,
    year: int,
    target: Path | BinaryIO,
    language: str = "de",
    value: savings.MembershipValue | None = None,
    office: OfficeDetails | None = None,
) -> None:
    build_letter(letter(session, organisation_id, year, language, value, office), target, language)


def file_name(value: savings.MembershipValue) -> str:
    """``2026_Mueller_Soehne_GmbH_17.pdf``: safe on every file system."""
    plain = (
        value.name.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .replace("ß", "ss")
    )
    plain = re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")[:60]
    return f"{value.year}_{plain}_{value.organisation_id}.pdf"


def write_statements(
    session: Session,
    year: int,
    folder: Path,
    language: str = "de",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One statement per member (and customer) of ``year`` into ``folder``; returns the files.

    Stops between two letters when ``cancelled()`` says so (the files written stay).
    """
    require_reader(session)
    folder.mkdir(parents=True, exist_ok=True)
    values = savings.membership_values(session, year)
    office = office_details(session)
    written: list[Path] = []
    for index, value in enumerate(values):
        if cancelled is not None and cancelled():
            break
        path = folder / file_name(value)
        write_statement(session, value.organisation_id, year, path, language, value, office)
        written.append(path)
        if progress is not None:
            progress(index + 1, len(values))
    return written
