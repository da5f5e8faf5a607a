"""The workbook toolkit on its own: writing protected input sheets, reading them back bounded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from niro_desk.workbook import (
    Column,
    Fact,
    HeaderMatcher,
    Heading,
    Marked,
    Table,
    find_header,
    new_workbook,
    open_workbook,
    read_rows,
    save_workbook,
    write_report,
    write_table,
)
from niro_desk.workbook.sheet_writer import (
    DATE_FORMAT,
    MONEY_FORMAT,
    date_rule,
    decimal_rule,
    list_rule,
    whole_number_rule,
)


def test_protected_sheet_with_unlocked_validated_input_cells(tmp_path: Path) -> None:
    columns = [
        Column("item", "Artikel"),
        Column("unit", "Einheit", validation=list_rule(["kWh", "MWh"]), input=True),
        Column("volume", "Menge", input=True, validation=whole_number_rule(0, 10**9)),
        Column("price", "Preis", MONEY_FORMAT, input=True, validation=decimal_rule(0)),
        Column("end", "Vertragsende", DATE_FORMAT, input=True, validation=date_rule()),
    ]
    rows = [
        ['=HYPERLINK("http://x")', "MWh", 1200, Decimal("0.1234"), dt.date(2027, 12, 31)],
        ["Erdgas", None, None, None, None],
    ]
    workbook = new_workbook("Bedarf")
    write_table(workbook, "Bedarf 2027", columns, rows, protect=True)
    path = tmp_path / "bedarf.xlsx"
    save_workbook(workbook, path)

    loaded = load_workbook(path)
    sheet = loaded["Bedarf 2027"]
    assert sheet.protection.sheet
    assert sheet.freeze_panes == "A2"
    assert sheet["A2"].value == '\'=HYPERLINK("http://x")'  # text, not a live formula
    assert sheet["A2"].protection.locked
    assert not sheet["C2"].protection.locked and not sheet["C3"].protection.locked
    assert sheet["D2"].number_format == MONEY_FORMAT
    assert sheet["E2"].number_format == DATE_FORMAT
    rules = {str(rule.sqref): rule.type for rule in sheet.data_validations.dataValidation}
    assert rules == {"B2:B3": "list", "C2:C3": "whole", "D2:D3": "decimal", "E2:E3": "date"}
    loaded.close()

    with open_workbook(path) as workbook:
        content = read_rows(workbook.worksheets[0], path.name, max_rows=10, max_columns=3)
    assert [values for _, values in content.rows][1] == ('\'=HYPERLINK("http://x")', "MWh", 1200)
    matcher = HeaderMatcher({"item": ["Artikel", "Item"], "volume": ["Menge", "Volume"]})
    header = find_header(content.rows, matcher, required=("item",))
    assert header is not None and header.columns == {"item": (0, "Artikel"), "volume": (2, "Menge")}
    assert header.unknown == [(1, "Einheit")]


def test_report_sheet_with_facts_tables_and_marked_values(tmp_path: Path) -> None:
    workbook = new_workbook("Bericht")
    money = Column("total", "Summe", MONEY_FORMAT)
    write_report(
        workbook,
        "Übersicht",
        [
            Heading("Auswertung", title=True),
            Fact("Stand", dt.date(2026, 11, 27), "DD.MM.YYYY"),
            Fact("=HYPERLINK(1)", "=1+1"),  # text from users never becomes a formula
            None,
            Table(
                [Column("name", "Lieferant\nName"), money],
                [["Alpha", Marked(Decimal("240.00"))], ["Beta", Decimal("288.00")]],
            ),
        ],
    )
    write_table(workbook, "Los 1", [Column("name", "Name"), money], [["Gamma", Marked(None)]])
    path = tmp_path / "report.xlsx"
    save_workbook(workbook, path)
    sheet = load_workbook(path)["Übersicht"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Auswertung", None],
        ["Stand", dt.datetime(2026, 11, 27)],
        ["'=HYPERLINK(1)", "'=1+1"],
        [None, None],
        ["Lieferant\nName", "Summe"],
        ["Alpha", 240],
        ["Beta", 288],
    ]
    assert sheet["A1"].font.bold and sheet["A1"].font.size == 14
    assert sheet["B6"].number_format == MONEY_FORMAT and sheet["B6"].font.bold
    assert sheet["B6"].fill.start_color.rgb.endswith("D8F0D2") and not sheet["B7"].font.bold
    assert sheet["A5"].alignment.wrap_text and sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
