"""Invitation workbooks written by ``tender_invitation`` and filled in as a supplier does."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from tender_builders import BEFORE_DEADLINE, T0, Scenario

from niro_desk.database import Database
from niro_desk.procurement.tender_invitation import generate_invitations

GENERATED = T0
CHECKED = BEFORE_DEADLINE + dt.timedelta(hours=1)
"""The moment of the check in these tests (the scenario's deadline lies in today's past)."""

LOT_COLUMN, ITEM_COLUMN, PRICE_COLUMN = 1, 3, 8


def invite(
    db: Database, tender_id: int, folder: Path, now: dt.datetime = GENERATED
) -> dict[int, Path]:
    """supplier id → its invitation workbook for the tender's open round."""
    with db.transaction() as session:
        made = generate_invitations(session, tender_id, folder, now=now)
    return {w.organisation_id: w.path for w in made}


def price_row(sheet: Any, item_id: int, lot: int | None = None) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, ITEM_COLUMN).value == item_id and (
            lot is None or sheet.cell(row, LOT_COLUMN).value == lot
        ):
            return row
    raise AssertionError(f"item {item_id} not in the prices sheet")


def fill(
    source: Path,
    target: Path,
    prices: dict[int, Any],
    valid_until: Any = dt.date(2027, 3, 31),
    conditions: str = "30 Tage netto",
    received: dt.datetime = BEFORE_DEADLINE,
    edit: Any = None,
) -> Path:
    """Enter ``prices`` (item id → cell value) and the bid details; save as ``target``.

    The file's modification time (the time received) is set to ``received``.
    """
    workbook = load_workbook(source)
    sheet = workbook.worksheets[1]
    for item_id, value in prices.items():
        sheet.cell(price_row(sheet, item_id), PRICE_COLUMN).value = value
    details = workbook.worksheets[2]
    details["B2"] = valid_until
    details["B3"] = conditions
    if edit is not None:
        edit(workbook)
    workbook.save(target)
    received_at(target, received)
    return target


def received_at(path: Path, moment: dt.datetime) -> None:
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def scenario_prices(scenario: Scenario, power: Any, gas: Any = None) -> dict[int, Any]:
    prices = {scenario.power_item: power}
    if gas is not None:
        prices[scenario.gas_item] = gas
    return prices
