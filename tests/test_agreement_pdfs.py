"""The agreement summary and the member statement: text from the PDF, umlauts, pages, layout.

The agreement (``board_agreement``): base load at 123,4567 € against a baseline
of 150 €, participant i buys 100 + 10·i MWh, so Müller & Söhne (i = 0) saves
26,5433 × 100 = 2.654,33 € in 2026 with a fee of 3.000,00 €.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from agreement_builders import board_agreement, fees, plain_member, service_fee
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Table

from niro_desk.database import Database
from niro_desk.errors import NotFound
from niro_desk.models import Organisation, OrganisationKind
from niro_desk.procurement import agreement_summary, member_statement, pdf_document


def _pages(path: Path) -> list[str]:
    return [page.extract_text().replace("\u00a0", " ") for page in PdfReader(path).pages]


def _flat(path: Path) -> str:
    """All pages' text with line breaks as spaces (paragraphs wrap anywhere)."""
    return " ".join(" ".join(_pages(path)).split())


def _tables(story: list[Any]) -> list[Table]:
    found = []
    for flowable in story:
        if isinstance(flowable, Table):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += _tables(flowable._content)
    return found


def _assert_tables_fit(story: list[Any], width: float) -> None:
    """Every table fits the frame, and every unwrapped text cell fits its column."""
    tables = _tables(story)
    assert tables
    for table in tables:
        assert sum(table._colWidths) <= width + 0.01
        last = len(table._cellvalues) - 1
        for r, row in enumerate(table._cellvalues):
            font = pdf_document.FONT_BOLD if r == last else pdf_document.FONT
            for column, value in enumerate(row):
                if isinstance(value, str):
                    for line in value.split("\n"):
                        used = stringWidth(line, font, 8.5) + 12  # padding
                        assert used <= table._colWidths[column], line


@pytest.fixture
def agreement_id(db: Database) -> int:
    with db.transaction() as session:
        return board_agreement(session, participants=30).id


def test_summary_content_umlauts_and_page_numbers(
    db: Database, agreement_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    with db.reading() as session:
        agreement_summary.write_summary(session, agreement_id, path, "de", 2026)
    pages = _pages(path)
    text = "\n".join(pages)
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von 3" in page
        assert "Rahmenvertrag – Zusammenfassung · " + dt.date.today().strftime("%d.%m.%Y") in page
        # the header on every page: office and agreement
        assert "NIRO Netzwerk Industrie Ruhr-Ost e. V." in page
        assert "RV-2026-03 · Stromlieferung für Großverbraucher" in page
    for expected in (
        "Stadtwerke Hamm-Süd GmbH",
        "Energie › Strom",
        "Kündigung spätestens am 30.09.2027",
        "Gemäß § 5 gilt die Preisgleitklausel",
        "123,4567 €",
        "Müller & Söhne GmbH",
        "Weiß Großhandel KG",
        "2.654,33 €",
        "kein Ausgangspreis",
        "Ökostrom (Zertifikat)",
    ):
        assert expected in text, expected
    # the participants' table repeats its header on the pages it continues to
    assert "Teilnehmer Position Jahresmenge" in pages[1].replace("\n", " ")
    # the total: Σ 26,5433 × (100 + 10·i), i = 0…29 = 26,5433 × 7 350 = 195.093,255 → 195.093,26 €
    assert "Einsparung 2026 insgesamt: 195.093,26 € bei 30 Teilnehmern." in text
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert names and all("Helvetica" not in name for name in names)


def test_summary_in_english_and_tables_fit_the_frame(
    db: Database, agreement_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    with db.reading() as session:
        document = agreement_summary.summary(session, agreement_id, 2026, "en")
        agreement_summary.write_summary(session, agreement_id, path, "en", 2026)
    _assert_tables_fit(document.story, pdf_document.CONTENT_WIDTH)
    text = " ".join(_pages(path)).replace("\n", " ")
    assert "Page 1 of 3" in text and "Page 3 of 3" in text
    assert "Framework agreement RV-2026-03: Stromlieferung für Großverbraucher" in text
    assert "€2,654.33" in text


def test_summary_of_a_missing_agreement_is_refused(db: Database, tmp_path: Path) -> None:
    with db.reading() as session, pytest.raises(NotFound):
        agreement_summary.write_summary(session, 999_999, tmp_path / "x.pdf")


def _words_at(path: Path) -> list[tuple[str, float, float]]:
    """(text, x mm from the left, y mm from the top) of every text run on page 1."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / mm, 297 - y / mm))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_statement_is_a_din_5008_letter(db: Database, agreement_id: int, tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    with db.reading() as session:
        mueller = session.query(Organisation).filter_by(name="Müller & Söhne GmbH").one()
        document = member_statement.letter(session, mueller.id, 2026, "de")
        member_statement.write_statement(session, mueller.id, 2026, path, "de")
    _assert_tables_fit(document.story, member_statement.TEXT_WIDTH)
    text = "\n".join(_pages(path))
    assert "Der Einkaufspool hat Ihnen 2.654,33 € gespart; Ihr Beitrag betrug 3.000,00 €." in text
    # honest when the savings stay below the fee
    assert "Ihre Einsparungen lagen damit um 345,67 € unter Ihrem Beitrag." in text
    assert "Für eine Position liegt uns kein Ausgangspreis vor" in text
    assert "Seite 1 von 1" in text
    runs = _words_at(path)
    # the recipient inside the window: 20–105 mm from the left, 45–90 mm from the top,
    # below the 17.7 mm zone of the return address
    (name,) = [(x, y) for t, x, y in runs if t == "Müller & Söhne GmbH"]
    assert 20 <= name[0] <= 105 - 40 and 45 + 17.7 <= name[1] <= 90
    (street,) = [(x, y) for t, x, y in runs if t == "Hauptstraße 1"]
    assert street[0] == pytest.approx(name[0]) and name[1] < street[1] <= 90
    (sender,) = [
        (t, x, y)
        for t, x, y in runs
        if t.startswith("NIRO Netzwerk Industrie Ruhr-Ost e. V. ·") and y < 100
    ]
    # the whole return address (made smaller rather than cut), above the recipient
    assert sender[0] == "NIRO Netzwerk Industrie Ruhr-Ost e. V. · Bahnhofstraße 12 · 59423 Unna"
    assert 45 <= sender[2] <= 45 + 17.7 and sender[1] >= 20
    # the information block at 125 mm, from 50 mm down; the text starts below 98.46 mm
    (info,) = [(x, y) for t, x, y in runs if t == "Mitglieds-Nr."]
    assert info[0] == pytest.approx(125, abs=0.5) and 50 <= info[1] <= 60
    (subject,) = [(x, y) for t, x, y in runs if t.startswith("Ihre Einsparungen durch")]
    assert subject[0] == pytest.approx(25, abs=0.5) and subject[1] >= 98.46


def test_statement_above_the_fee_and_in_english(
    db: Database, agreement_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        weiss = session.query(Organisation).filter_by(name="Weiß Großhandel KG").one()
        fees(session, weiss, {dt.date(2020, 1, 1): "1000"})
        weiss_id = weiss.id
    de, en = tmp_path / "de.pdf", tmp_path / "en.pdf"
    with db.reading() as session:
        member_statement.write_statement(session, weiss_id, 2026, de, "de")
        member_statement.write_statement(session, weiss_id, 2026, en, "en")
    # 26,5433 × 110 = 2.919,763 → 2.919,76 €
    text = _flat(de)
    assert "Der Einkaufspool hat Ihnen 2.919,76 € gespart; Ihr Beitrag betrug 1.000,00 €." in text
    assert "um 1.919,76 € über Ihrem Beitrag" in text
    text = _flat(en)
    assert "The purchasing pool saved you €2,919.76; your fee was €1,000.00." in text
    assert "Page 1 of 1" in text


def test_customer_statement_against_service_fees(
    db: Database, agreement_id: int, tmp_path: Path
) -> None:
    from agreement_builders import participation

    with db.transaction() as session:
        customer = Organisation(name="Kunde Lünen KG", kind=OrganisationKind.CUSTOMER)
        session.add(customer)
        session.flush()
        record = session.get(agreement_summary.FrameworkAgreement, agreement_id)
        base = record.items[0].item
        participation(session, record, customer, {base: ("10", "150")})
        service_fee(session, customer, "120")
        customer_id = customer.id
    path = tmp_path / "customer.pdf"
    with db.reading() as session:
        member_statement.write_statement(session, customer_id, 2026, path, "de")
    text = _flat(path)
    # 26,5433 × 10 = 265,433 → 265,43 €
    assert (
        "Der Einkaufspool hat Ihnen 265,43 € gespart; Ihre Servicegebühren betrugen 120,00 €."
        in text
    )
    assert "Kunden-Nr." in text


def test_statement_of_a_non_member_is_refused(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        supplier_id = Organisation(name="Lieferant", kind=OrganisationKind.SUPPLIER)
        session.add(supplier_id)
        session.flush()
        organisation_id = supplier_id.id
    with db.reading() as session, pytest.raises(NotFound):
        member_statement.write_statement(session, organisation_id, 2026, tmp_path / "x.pdf")


def test_batch_of_statements_with_progress_and_cancel(
    db: Database, agreement_id: int, tmp_path: Path
) -> None:
    with db.transaction() as session:
        plain_member(session, "Ohne Vertrag GmbH", fee="500")
    seen: list[tuple[int, int]] = []
    with db.reading() as session:
        files = member_statement.write_statements(
            session, 2026, tmp_path / "all", "de", progress=lambda i, n: seen.append((i, n))
        )
    assert len(files) == 31 and seen[-1] == (31, 31)
    assert all(path.is_file() and path.stat().st_size > 1000 for path in files)
    assert any(path.name.startswith("2026_Mueller_Soehne_GmbH_") for path in files)
    quiet = [path for path in files if "Ohne_Vertrag" in path.name]
    assert "Im Jahr 2026 haben Sie an keinem Rahmenvertrag teilgenommen." in _pages(quiet[0])[0]
    calls = 0

    def cancel_after_three() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with db.reading() as session:
        stopped = member_statement.write_statements(
            session, 2026, tmp_path / "some", "de", cancelled=cancel_after_three
        )
    assert len(stopped) == 3


def test_the_summary_shows_a_year_of_the_agreements_term(db: Database, agreement_id: int) -> None:
    """Without a year: this year, unless the term lies wholly after or before it."""
    from niro_desk.models import FrameworkAgreement

    today = dt.date(2026, 11, 27)
    with db.transaction() as session:
        record = session.get(FrameworkAgreement, agreement_id)
        assert record is not None
        record.start_date, record.end_date = dt.date(2026, 1, 1), dt.date(2027, 12, 31)
        session.flush()
        assert agreement_summary.summary_year(session, agreement_id, today) == 2026
        record.start_date, record.end_date = dt.date(2027, 1, 1), dt.date(2028, 12, 31)
        session.flush()
        assert agreement_summary.summary_year(session, agreement_id, today) == 2027  # not yet begun
        record.start_date, record.end_date = dt.date(2023, 1, 1), dt.date(2024, 12, 31)
        record.auto_renewal = False
        session.flush()
        assert agreement_summary.summary_year(session, agreement_id, today) == 2024  # ended
        record.auto_renewal = True  # renewed since: it runs this year
        session.flush()
        assert agreement_summary.summary_year(session, agreement_id, today) == 2026


def test_fast_table_row_heights_are_reportlabs_own() -> None:
    """The heights the participants' table passes up front equal the ones reportlab measures
    (one and several lines, empty cells, the bold header), so the page breaks stay put."""
    rows = [
        ["Teilnehmer", "Position", "Jahresmenge"],
        ["Müller & Söhne GmbH\nseit 01.01.2026", "Strom Grundlast", "210 MWh"],
        ["", "Ökostrom (Zertifikat)", "50 MWh"],
        ["Ein sehr langer Name, der in der Spalte umbricht", "", ""],
    ]
    widths = [40 * mm, 38 * mm, 28 * mm]
    fast = pdf_document.table(rows, widths, right=(2,), fast=True)
    assert type(fast) is not Table  # the plain-string table with known heights
    measured = Table(fast._cellvalues, colWidths=widths, cellStyles=fast._cellStyles)
    measured.wrap(pdf_document.CONTENT_WIDTH, 10_000)
    fast.wrap(pdf_document.CONTENT_WIDTH, 10_000)
    assert fast._rowHeights == measured._rowHeights
    assert fast._height == measured._height
