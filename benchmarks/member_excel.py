"""Member workbook import and export against raw openpyxl: ``make benchmark``.

Builds a member list of N rows (default 10,000) in the export's columns, then
measures, each step in a fresh process (so peak memory is the step's own):

- floor, read: a raw openpyxl read-only pass over every cell of the file;
- ``members import --dry-run``: check everything, write nothing;
- ``members import`` into an empty database (every row new: check + write);
- ``members import`` of the same file again (every row unchanged: nothing to do);
- floor, write: raw openpyxl (write-only) writing the same cells as the export;
- ``members export`` of the N members, and apart the database reading it does
  first (the rest is writing the workbook).

Quick steps run ``--runs`` times (default 3) and the fastest run counts, so a
busy machine disturbs the ratios less; the import of N new rows runs once.

Prints seconds (wall clock and CPU time: on a busy machine the wall clock of
a step and of its floor stretch differently, the CPU time much less), the
ratios against the floor measured in the same run, and the peak resident
memory of each step (``ru_maxrss``; the floors' include the interpreter and
openpyxl, the steps' also SQLAlchemy and the models).
Benchmarks report, they do not fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADERS = ["Name", "Rechtsform", "Straße", "PLZ", "Ort", "Region", "Land", "Website"]
HEADERS += ["USt-IdNr.", "Mitarbeiter", "Status", "Aufnahmedatum", "Antragsdatum"]
HEADERS += ["Gründungsmitglied", "Jahresbeitrag", "WZ", "Produkte", "Materialien", "Notizen"]
CITIES = ["Unna", "Hamm", "Kamen", "Dortmund", "Soest", "Lünen", "Schwerte", "Werl"]
WORDS = ["Drehteile", "Pumpen", "Federn", "Ventile", "Getriebe", "Stanzteile", "Kabel", "Rohre"]
MATERIALS = ["Stahl", "Aluminium", "Kupfer", "Strom", "Gas", "Kunststoff"]


def make_workbook(path: Path, rows: int, classes: list[str]) -> None:
    from openpyxl import Workbook

    rnd = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Mitglieder")
    sheet.append(HEADERS)
    for n in range(rows):
        sheet.append(
            [
                f"Beispiel {n} Maschinenbau GmbH",
                "GmbH",
                f"Industriestraße {n % 200 + 1}",
                f"{59000 + n % 900:05d}",
                rnd.choice(CITIES),
                "Östliches Ruhrgebiet",
                "DE",
                f"www.beispiel-{n}.de",
                "",
                rnd.randint(5, 900),
                "Mitglied",
                dt.date(2015, 3, 1) + dt.timedelta(days=n % 3000),
                dt.date(2015, 1, 1) + dt.timedelta(days=n % 3000),
                "nein",
                1200 + n % 7 * 100,
                rnd.choice(classes),
                f"{rnd.choice(WORDS)} Typ {n}",
                ", ".join(rnd.sample(MATERIALS, 2)),
                "",
            ]
        )
    workbook.save(path)


def floor_read(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    workbook.close()
    return cells


def floor_write(source: Path, target: Path) -> tuple[float, float]:
    """Write the cells of ``source`` (the export) with plain openpyxl: no styles, no checks.

    Returns the wall-clock and CPU seconds of the writing alone."""
    from openpyxl import Workbook, load_workbook

    sheets = []
    workbook = load_workbook(source, read_only=True)
    for sheet in workbook.worksheets:
        sheets.append((sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]))
    workbook.close()
    started, cpu = time.perf_counter(), time.process_time()
    out = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = out.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out.save(target)
    return time.perf_counter() - started, time.process_time() - cpu


def run_step(step: str, folder: Path, url: str) -> dict[str, float]:
    """One measured step in this (fresh) process."""
    started, cpu = time.perf_counter(), time.process_time()
    extra: dict[str, float] = {}
    if step == "floor-read":
        floor_read(folder / "members.xlsx")
    elif step == "floor-write":
        extra["seconds"], extra["cpu"] = floor_write(folder / "export.xlsx", folder / "floor.xlsx")
    else:
        from niro_desk.database import open_database
        from niro_desk.membership import member_export, member_import
        from niro_desk.users import ensure_user

        db = open_database(url)
        started, cpu = time.perf_counter(), time.process_time()
        if step == "check":
            with db.reading() as session:
                plan = member_import.check_import(session, folder / "members.xlsx")
            assert not plan.preview.problems, plan.preview.problems[:3]
        elif step in ("import", "reimport"):
            preview = member_import.run_import(
                db, lambda session: ensure_user(session, "benchmark"), folder / "members.xlsx"
            )
            assert preview.nothing_to_do == (step == "reimport")
        elif step == "export":
            with db.reading() as session:
                member_export.export_members(session, folder / "export.xlsx", "de")
        elif step == "export-query":
            with db.reading() as session:  # what the export reads before it writes
                member_export.read_directory(session)
        db.dispose()
    seconds = extra.get("seconds", time.perf_counter() - started)
    cpu_seconds = extra.get("cpu", time.process_time() - cpu)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "cpu": cpu_seconds, "peak_mb": peak}


def measure(step: str, folder: Path, url: str, repeat: int = 1) -> dict[str, float]:
    """The fastest of ``repeat`` runs (the least disturbed by other work on the machine)."""
    command = [sys.executable, __file__, "--step", step, "--folder", str(folder), "--url", url]
    runs = []
    for _ in range(repeat):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            raise SystemExit(1)
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return min(runs, key=lambda run: run["seconds"])


def prepare(folder: Path, rows: int) -> str:
    from sqlalchemy import select

    from niro_desk import schema_migrations
    from niro_desk.database import open_database
    from niro_desk.membership.membership_cap import set_cap
    from niro_desk.models import IndustryCode
    from niro_desk.users import ensure_user

    url = f"sqlite:///{folder / 'benchmark.sqlite3'}"
    db = open_database(url)
    schema_migrations.upgrade(db)
    with db.transaction() as session:
        set_cap(session, ensure_user(session, "benchmark"), rows * 2)
        classes = [
            code.code
            for code in session.scalars(select(IndustryCode).where(IndustryCode.level == "class"))
        ]
    db.dispose()
    make_workbook(folder / "members.xlsx", rows, classes)
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000, help="member rows (default 10,000)")
    parser.add_argument(
        "-n", "--runs", type=int, default=3, help="runs of each quick step, fastest counts"
    )
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(run_step(args.step, args.folder, args.url)))
        return 0

    with tempfile.TemporaryDirectory(prefix="niro-desk-excel-bench-") as name:
        folder = Path(name)
        url = prepare(folder, args.rows)
        results = {"import": measure("import", folder, url)}  # every row new: once
        for step in ("floor-read", "check", "reimport", "export", "export-query", "floor-write"):
            results[step] = measure(step, folder, url, args.runs)
        results["export-write"] = {
            key: results["export"][key] - results["export-query"][key] for key in ("seconds", "cpu")
        }
        results["export-write"]["peak_mb"] = results["export"]["peak_mb"]
        floors = {"read": results["floor-read"], "write": results["floor-write"]}
        print(f"Member workbook, {args.rows:,} rows (SQLite), each step in a fresh process")
        print("(wall clock and CPU time of the step, each against the same of its floor):")
        lines = [
            ("raw openpyxl read-only pass (floor)", "floor-read", "read"),
            ("members import --dry-run", "check", "read"),
            ("members import, every row new", "import", "read"),
            ("members import again, nothing to do", "reimport", "read"),
            ("raw openpyxl write of the same cells (floor)", "floor-write", "write"),
            ("members export", "export", "write"),
            ("  of it reading the database", "export-query", "write"),
            ("  of it writing the workbook", "export-write", "write"),
        ]
        for label, step, floor in lines:
            result, base = results[step], floors[floor]
            wall = result["seconds"] / base["seconds"]
            print(
                f"  {label:<46} {result['seconds']:7.2f} s {wall:5.2f}"
                f" × floor | CPU {result['cpu']:6.2f} s {result['cpu'] / base['cpu']:5.2f} × floor"
                f" | peak {result['peak_mb']:4.0f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
