"""Import of a returned collection workbook against raw openpyxl: ``make benchmark``.

Builds a collection of N items (default 10,000), generates the participant's
workbook with NIRO Desk, fills in every row as a procurement head would
(typed numbers, German text numbers, a unit typed in, sites, supplier,
price, dates), and then measures in the same process, best of ``--repeat``:

- floor: a raw openpyxl read-only pass over every cell of the returned file;
- import: ``check_workbooks`` (identity, every cell) + ``save_import`` (one
  transaction through ``requirement_submissions.submit``), replacing the
  previous answer each time.

Prints wall-clock and CPU seconds (this process; on a shared, busy machine
the CPU ratio is the steadier one, on PostgreSQL it leaves out the server's
share) and the ratios import / floor (target: at most 1.5). Benchmarks
report, they do not fail. ``--database URL`` runs against another
database (e.g. PostgreSQL, an empty one) instead of a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.5


def floor_read(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    workbook.close()
    return cells


def build(url: str, folder: Path, items: int) -> tuple[int, Path]:
    """A collection of ``items`` items with one participant; its filled-in workbook."""
    from openpyxl import load_workbook
    from sqlalchemy import insert

    from niro_desk import schema_migrations
    from niro_desk.database import open_database
    from niro_desk.models import (
        CollectionState,
        Contact,
        MembershipStatus,
        Organisation,
        OrganisationKind,
        ProcurementItem,
        UnitOfMeasure,
    )
    from niro_desk.procurement import categories
    from niro_desk.procurement.collection_workbook import generate_workbooks
    from niro_desk.procurement.requirement_collections import (
        CollectionInput,
        change_state,
        create_collection,
    )
    from niro_desk.users import ensure_user

    db = open_database(url)
    schema_migrations.upgrade(db, safety_copy=False)
    with db.transaction() as session:
        user = ensure_user(session, "benchmark")
        category = categories.create_category(session, user, "Energie (Benchmark)")
        member = Organisation(
            name="Beispiel Maschinenbau GmbH",
            kind=OrganisationKind.MEMBER,
            membership_status=MembershipStatus.MEMBER,
        )
        member.contacts.append(
            Contact(first_name="Eva", last_name="Einkauf", function="Einkauf", email="e@x.de")
        )
        session.add(member)
        session.flush()
        session.execute(
            insert(ProcurementItem),
            [
                {
                    "category_id": category.id,
                    "name": f"Strom Abnahmestelle {n:05d}",
                    "unit": UnitOfMeasure.MWH,
                    "description": "",
                    "active": True,
                }
                for n in range(items)
            ],
        )
        collection = create_collection(
            session,
            user,
            CollectionInput("Strom 2027", category.id, "2027", dt.date.today() + dt.timedelta(30)),
            [member.id],
        )
        change_state(session, user, collection.id, CollectionState.OPEN)
        made = generate_workbooks(session, collection.id, folder / "out")
    db.dispose()
    workbook = load_workbook(made[0].path)
    sheet = workbook["Bedarf"]
    for row in range(2, sheet.max_row + 1):
        n = row - 2
        kind = n % 4
        sheet.cell(row, 4).value = (
            n * 1.5 + 10
            if kind == 0
            else f"{n + 1000:,}".replace(",", ".")
            if kind == 1
            else f"{n * 1000 + 500} kWh"
            if kind == 2
            else n + 0.125
        )
        sheet.cell(row, 6).value = f"Werk {n % 17}"
        sheet.cell(row, 7).value = "Stadtwerke Unna"
        sheet.cell(row, 8).value = "0,2345" if n % 2 else 231.5
        sheet.cell(row, 9).value = dt.datetime(2026, 12, 31)
        sheet.cell(row, 10).value = "30.09.2026"
    returned = folder / "returned.xlsx"
    workbook.save(returned)
    return collection.id, returned


def measure_import(url: str, collection_id: int, path: Path) -> tuple[float, float, int]:
    from niro_desk.database import open_database
    from niro_desk.procurement.collection_import import check_workbooks, save_import
    from niro_desk.users import ensure_user

    db = open_database(url)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        with db.reading() as session:
            plan = check_workbooks(session, collection_id, [path])
        save_import(db, lambda session: ensure_user(session, "benchmark"), plan)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        db.dispose()
    check = plan.checks[0]
    if not check.saved:
        problems = [str(p) for p in check.problems[:5]]
        raise SystemExit(f"import failed: {check.refusal} {problems}")
    return seconds, cpu, len(check.lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database", metavar="URL", help="an empty database (default: SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="niro-desk-collection-bench-") as name:
        folder = Path(name)
        url = args.database or f"sqlite:///{folder / 'benchmark.sqlite3'}"
        print(f"building a collection of {args.items:,} items and its filled-in workbook …")
        collection_id, path = build(url, folder, args.items)
        floors, floor_cpus, imports, import_cpus = [], [], [], []
        lines = 0
        for _ in range(args.repeat):
            started, cpu = time.perf_counter(), time.process_time()
            cells = floor_read(path)
            floors.append(time.perf_counter() - started)
            floor_cpus.append(time.process_time() - cpu)
            seconds, cpu_seconds, lines = measure_import(url, collection_id, path)
            imports.append(seconds)
            import_cpus.append(cpu_seconds)
        print(f"file: {path.stat().st_size / 1e6:.1f} MB, {cells:,} cells, {lines:,} lines")
        print(f"{'':40} {'wall':>8} {'CPU':>8}")
        for label, wall, cpu_time in (
            ("floor (raw openpyxl read-only pass)", floors, floor_cpus),
            ("import (check + save, one transaction)", imports, import_cpus),
        ):
            print(f"{label:40} {min(wall):6.2f} s {min(cpu_time):6.2f} s")
        for name, ratio in (
            ("wall", min(imports) / min(floors)),
            ("CPU", min(import_cpus) / min(floor_cpus)),
        ):
            verdict = "OK" if ratio <= TARGET else "SLOWER THAN TARGET"
            print(f"ratio import / floor ({name}): {ratio:.2f} (target ≤ {TARGET}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
