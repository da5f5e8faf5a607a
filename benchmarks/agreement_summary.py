"""An agreement summary with 250 participants against a bare reportlab document: ``make benchmark``.

Builds a scratch SQLite database at the newest schema with one agreement (two
items) and 250 participating members (every third with a second item), then,
alternating, best of ``--runs`` (5):

a) floor: a bare reportlab document (``SimpleDocTemplate``, the embedded font)
   with the summary's participants' table: the very same rows and column widths
   as plain strings, a repeated header row, no styles, nothing else;
b) ``agreement_summary.write_summary``: reading the agreement, computing the
   savings, letterhead, data, terms, price table, the participants' table,
   pooled totals, header and footer with "Seite X von Y" on every page.

Prints both times, the ratio b/a (at most 1.5) and b against the target of
one second; also the CPU time of each and its ratio, which a loaded machine
disturbs less than the wall clock. Benchmarks report, they do not fail.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the builders of the tests make the agreement

RATIO_TARGET = 1.5
SECONDS_TARGET = 1.0


def _bare(rows: list[list[str]], widths: list[float]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from niro_desk.procurement import pdf_document

    pdf_document.register_fonts()
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf_document.FONT, 8.5)]))
    document = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    document.build([table])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=250)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from agreement_builders import board_agreement

    from niro_desk import schema_migrations
    from niro_desk.database import open_database
    from niro_desk.procurement import agreement_summary

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        schema_migrations.upgrade(db)
        with db.transaction() as session:
            agreement_id = board_agreement(session, args.participants).id
        with db.reading() as session:
            story = agreement_summary.summary(session, agreement_id, 2026, "de").story
        # the very table of the summary: its rows as strings (wrapped as in the summary)
        from reportlab.platypus import Paragraph, Table

        participants = [flowable for flowable in story if isinstance(flowable, Table)][2]
        rows = [
            [cell.text if isinstance(cell, Paragraph) else cell for cell in row]
            for row in participants._cellvalues
        ]
        widths = list(participants._colWidths)
        floor, service = float("inf"), float("inf")
        floor_cpu, service_cpu = float("inf"), float("inf")
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            _bare(rows, widths)
            floor = min(floor, time.perf_counter() - start)
            floor_cpu = min(floor_cpu, time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            with db.reading() as session:
                agreement_summary.write_summary(session, agreement_id, io.BytesIO(), "de", 2026)
            service = min(service, time.perf_counter() - start)
            service_cpu = min(service_cpu, time.process_time() - cpu)
        db.dispose()
    ratio = service / floor
    print(f"Agreement summary, {args.participants} participants ({len(rows) - 1} table rows):")
    print(f"  floor, bare reportlab table: {floor:.3f} s")
    print(
        f"  write_summary:               {service:.3f} s  "
        f"(target < {SECONDS_TARGET:.1f} s: {'ok' if service < SECONDS_TARGET else 'MISSED'})"
    )
    print(
        f"  ratio: {ratio:.2f} × the floor "
        f"(target ≤ {RATIO_TARGET}: {'ok' if ratio <= RATIO_TARGET else 'MISSED'})"
    )
    print(
        f"  CPU time: floor {floor_cpu:.3f} s, write_summary {service_cpu:.3f} s, "
        f"ratio {service_cpu / floor_cpu:.2f} ×"
    )


if __name__ == "__main__":
    main()
