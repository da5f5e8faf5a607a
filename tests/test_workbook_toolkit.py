"""The workbook toolkit on its own: writing protected input sheets, reading them back bounded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from niro_desk.workbook import (
    Column,
    HeaderMatcher,
    find_header,
    new_workbook,
    open_workbook,
    read_rows,
    save_workbook,
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
