"""Builders for collection workbook tests: an open collection after a closed one; filling in."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from procurement_builders import FUTURE, energy, line, office_user, other, regional_member

from niro_desk.database import Database
from niro_desk.models import CollectionState, OrganisationKind
from niro_desk.procurement.requirement_collections import (
    CollectionInput,
    change_state,
    create_collection,
)
from niro_desk.procurement.requirement_submissions import submit


@dataclass
class Pool:
    collection_id: int
    previous_id: int
    alpha: int  # member in Germany, answered last year
    beta: int  # member in the Netherlands (English workbook)
    gamma: int  # customer, no e-mail address
    power: int  # Electricity, MWh
    gas: int  # Natural gas, MWh


def open_pool(db: Database) -> Pool:
    """Energy 2027 (open) after Energy 2026 (closed, Alpha answered 1.000 MWh electricity)."""
    with db.transaction() as session:
        user = office_user(session)
        category_id, power, gas, _gloves = energy(session)
        alpha = regional_member(session, "Alpha GmbH", "Kreis Unna")
        beta = regional_member(session, "Beta B.V.", "Sauerland")
        beta.country = "NL"
        gamma = other(session, "Gamma KG", OrganisationKind.CUSTOMER, "Kreis Unna")
        gamma.contacts[0].email = ""
        session.flush()
        previous = create_collection(
            session,
            user,
            CollectionInput("Energy 2026", category_id, "2026", FUTURE),
            [alpha.id, beta.id],
        )
        change_state(session, user, previous.id, CollectionState.OPEN)
        submit(session, user, previous.id, alpha.id, [line(power, "600"), line(power, "400")])
        change_state(session, user, previous.id, CollectionState.CLOSED)
        current = create_collection(
            session,
            user,
            CollectionInput("Energy 2027", category_id, "2027", FUTURE + dt.timedelta(days=365)),
            [alpha.id, beta.id, gamma.id],
        )
        change_state(session, user, current.id, CollectionState.OPEN)
        return Pool(current.id, previous.id, alpha.id, beta.id, gamma.id, power.id, gas.id)


def requirements_sheet(workbook: Any) -> Any:
    for sheet in workbook.worksheets:
        if sheet["A1"].value in ("Pos.-Nr.", "Item no."):
            return sheet
    raise AssertionError("no requirements sheet")


def row_of(sheet: Any, item_id: int) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == item_id:
            return row
    raise AssertionError(f"item {item_id} not in the sheet")


COLUMNS = {
    "volume": 4,
    "unit": 5,
    "sites": 6,
    "supplier": 7,
    "price": 8,
    "contract_end": 9,
    "notice_date": 10,
}


def fill(source: Path, target: Path, rows: dict[int, dict[str, Any]]) -> Path:
    """Fill in ``source`` as a person does (item id → column → value); save as ``target``."""
    workbook = load_workbook(source)
    sheet = requirements_sheet(workbook)
    for item_id, values in rows.items():
        row = row_of(sheet, item_id)
        for key, value in values.items():
            sheet.cell(row, COLUMNS[key]).value = value
    workbook.save(target)
    return target


def cache_formula_results(path: Path, results: dict[str, str]) -> None:
    """Write cached results for formulas as Excel does on save (openpyxl computes none)."""
    copy = path.with_suffix(".tmp")
    shutil.copy(path, copy)
    with zipfile.ZipFile(copy) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                for formula, value in results.items():
                    text = re.sub(
                        rf"<f>{re.escape(formula)}</f><v\s*/>|<f>{re.escape(formula)}</f><v></v>",
                        f"<f>{formula}</f><v>{value}</v>",
                        text,
                    )
                data = text.encode("utf-8")
            out.writestr(info, data)
    copy.unlink()
