"""Reports: membership value, savings per category and year, agreements by state, pooled demand;
the Excel export opened again with openpyxl (real numbers, € formats)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from agreement_builders import agreement, board_agreement, participation
from openpyxl import load_workbook
from procurement_builders import collection, energy, line, office_user, other

from niro_desk.database import Database
from niro_desk.models import AgreementState, CollectionState, OrganisationKind
from niro_desk.procurement import reports
from niro_desk.procurement.requirement_collections import change_state
from niro_desk.procurement.requirement_submissions import submit

D = Decimal


def _network(db: Database) -> None:
    with db.transaction() as session:
        record = board_agreement(session, participants=3)
        supplier = record.supplier
        category_id, power, gas, _gloves = energy(session)
        earlier = agreement(
            session,
            supplier,
            category_id,
            {gas: "40"},
            title="Gas 2025",
            reference="RV-2025-01",
            start=dt.date(2025, 1, 1),
            end=dt.date(2025, 12, 31),
            state=AgreementState.EXPIRED,
        )
        participation(
            session,
            earlier,
            record.participations[0].organisation,
            {gas: ("100", "45")},
            joined=dt.date(2025, 1, 1),
        )
        agreement(
            session,
            supplier,
            category_id,
            {power: "1"},
            title="Entwurf",
            reference="E-1",
            state=AgreementState.DRAFT,
        )
        user = office_user(session)
        alpha = record.participations[0].organisation
        customer = other(session, "Kunde KG", OrganisationKind.CUSTOMER)
        pooled = collection(session, category_id, [alpha, customer], "Energie 2027")
        change_state(session, user, pooled.id, CollectionState.OPEN)
        submit(session, user, pooled.id, alpha.id, [line(power, "120.5"), line(gas, "10")])
        submit(session, user, pooled.id, customer.id, [line(power, "0.5")])


def test_membership_value_table(db: Database) -> None:
    _network(db)
    with db.reading() as session:
        table = reports.membership_value_table(session, 2026, "de")
    assert [c.key for c in table.columns][:6] == [
        "name",
        "kind",
        "participations",
        "savings",
        "fee",
        "difference",
    ]
    rows = {row[0]: row for row in table.rows}
    # Müller & Söhne: 26,5433 × 100 = 2.654,33 € against 3.000 €
    mueller = rows["Müller & Söhne GmbH"]
    assert mueller[1:7] == ["Mitglied", 1, D("2654.33"), D("3000.00"), D("-345.67"), D("0.88")]
    assert mueller[7] == 1  # green power without a baseline
    assert len(table.row_ids) == len(table.rows)


def test_savings_per_category_and_year(db: Database) -> None:
    _network(db)
    with db.reading() as session:
        table = reports.category_savings_table(session, 2026, "en")
    assert [c.header for c in table.columns] == ["Category", "2025", "2026"]
    rows = {row[0]: row[1:] for row in table.rows}
    # 2025: gas 5 € × 100 = 500 €; 2026: 26,5433 × (100 + 110 + 120) = 8.759,289 → 8.759,29 €
    assert rows["Energy"] == [D("500.00"), D("0.00")]
    assert rows["Energie › Strom"] == [D("0.00"), D("8759.29")]


def test_agreements_by_state(db: Database) -> None:
    _network(db)
    with db.reading() as session:
        table = reports.agreements_by_state_table(session, 2026, "en")
        counts = reports.state_counts(session)
    assert [row[0] for row in table.rows] == ["active", "draft", "expired"]
    assert table.rows[0][7] == 3 and table.rows[0][8] == D("8759.29")
    assert counts[AgreementState.ACTIVE] == 1 and counts[AgreementState.TERMINATED] == 0


def test_pooled_demand_over_the_years(db: Database) -> None:
    _network(db)
    with db.reading() as session:
        table = reports.pooled_demand_table(session, "de")
    rows = {row[3]: row for row in table.rows}
    assert rows["Electricity"][0] == "2027"
    assert rows["Electricity"][5:] == [D("121.000"), D("120.500"), D("0.500"), 2]
    assert rows["Natural gas"][5] == D("10.000")


def test_excel_export_has_real_numbers_with_euro_formats(db: Database, tmp_path: Path) -> None:
    _network(db)
    path = tmp_path / "reports.xlsx"
    with db.reading() as session:
        tables = reports.all_tables(session, 2026, "de")
    reports.export_tables(tables, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Mitgliedsnutzen 2026",
        "Einsparungen nach Kategorie",
        "Rahmenverträge nach Status",
        "Gebündelter Bedarf nach Jahren",
    ]
    sheet = workbook["Mitgliedsnutzen 2026"]
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["Mitglied / Kunde", "Art", "Teilnahmen", "Einsparung"]
    names = [row[0].value for row in sheet.iter_rows(min_row=2)]
    row = sheet[names.index("Müller & Söhne GmbH") + 2]
    assert isinstance(row[3].value, int | float) and row[3].value == 2654.33
    assert row[3].number_format == "#,##0.00 €"
    assert row[5].value == -345.67
    dates = workbook["Rahmenverträge nach Status"]
    assert (
        dates["F2"].value == dt.datetime(2026, 1, 1) and dates["F2"].number_format == "DD.MM.YYYY"
    )
