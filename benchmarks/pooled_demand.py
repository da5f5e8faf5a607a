"""Pooled totals over 1,000,000 requirement lines, on SQLite and on PostgreSQL.

For each engine: a scratch database at the newest schema, one open collection
with 5,000 participants (members and customers in four regions), 20 items and
1,000,000 current requirement lines (plus 50,000 lines of replaced, earlier
submissions that must not count). Then, alternating, best of ``--runs``:

a) the bare SQL: the same two statements (per participant and item first,
   then per item with the members/customers split, and per item and region),
   hand-written, run through the driver's cursor, rows fetched, nothing else;
b) the service: ``pooled_demand.item_totals`` + ``pooled_demand.region_totals``
   (SQLAlchemy statements, exact Decimals, result objects).

Prints both times and the ratio b/a (target: at most 1.2), and for
information the floor of a one-table ``SELECT item_id, SUM(volume) FROM
requirement_line GROUP BY item_id``. PostgreSQL comes from ``--postgres URL``
or ``NIRO_DESK_TEST_POSTGRES_URL``; a database ``niro_bench_pooled`` is
created there and dropped afterwards. Benchmarks report, they do not fail.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

TARGET = 1.2
ORGANISATIONS = int(os.environ.get("BENCH_ORGS", "5000"))  # smaller for a quick try
ITEMS = 20
SITES = 10  # lines per organisation and item: 5,000 × 20 × 10 = 1,000,000
REPLACED = ORGANISATIONS // 20  # organisations with an earlier, replaced submission
REGIONS = ("Kreis Unna", "Östliches Ruhrgebiet", "Münsterland", "Sauerland")

_COUNTED = """
FROM requirement_line l
JOIN requirement_submission s ON s.id = l.submission_id
JOIN collection_participant p
  ON p.collection_id = s.collection_id AND p.organisation_id = s.organisation_id
JOIN organisation o ON o.id = s.organisation_id
WHERE s.collection_id = {c} AND s.is_current = {true} AND p.removed_at IS NULL
"""
BARE_ITEMS = (
    """
SELECT item_id, SUM(volume), COUNT(*),
       SUM(CASE WHEN kind = 'member' THEN volume ELSE 0 END),
       SUM(CASE WHEN kind = 'member' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'member' THEN 0 ELSE volume END),
       SUM(CASE WHEN kind = 'member' THEN 0 ELSE 1 END)
FROM (SELECT l.item_id, s.organisation_id, o.kind, SUM(l.volume) AS volume"""
    + _COUNTED
    + """GROUP BY l.item_id, s.organisation_id, o.kind) AS per_participant
GROUP BY item_id
"""
)
BARE_REGIONS = (
    """
SELECT item_id, region, SUM(volume), COUNT(*)
FROM (SELECT l.item_id, s.organisation_id, o.region, SUM(l.volume) AS volume"""
    + _COUNTED
    + """GROUP BY l.item_id, s.organisation_id, o.region) AS per_participant
GROUP BY item_id, region
ORDER BY item_id, region
"""
)
FLOOR_SQL = "SELECT item_id, SUM(volume) FROM requirement_line GROUP BY item_id"


def fill(db: object) -> int:
    """Write the benchmark data; returns the collection id."""
    import datetime as dt

    from sqlalchemy import insert

    from niro_desk.database import Database
    from niro_desk.models import (
        CollectionItem,
        CollectionParticipant,
        OfficeUser,
        Organisation,
        ProcurementCategory,
        ProcurementItem,
        RequirementCollection,
        RequirementSubmission,
    )

    assert isinstance(db, Database)
    rng = random.Random(8)
    sqlite = db.is_sqlite
    engine = db.engine
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as session:
        session.execute(insert(OfficeUser), [{"id": 1, "login": "bench", "created_at": now}])
        session.execute(
            insert(ProcurementCategory),
            [{"id": 1, "name": "Bench", "description": "", "position": 0, "created_at": now}],
        )
        session.execute(
            insert(ProcurementItem),
            [
                {"id": i, "category_id": 1, "name": f"Item {i:02d}", "unit": "MWh"}
                for i in range(1, ITEMS + 1)
            ],
        )
        session.execute(
            insert(Organisation),
            [
                {
                    "id": i,
                    "name": f"Organisation {i:05d}",
                    "kind": "member" if i % 3 else "customer",
                    "membership_status": "member" if i % 3 else None,
                    "region": REGIONS[i % len(REGIONS)],
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(1, ORGANISATIONS + 1)
            ],
        )
        session.execute(
            insert(RequirementCollection),
            [
                {
                    "id": 1,
                    "title": "Bench",
                    "category_id": 1,
                    "supply_period": "2027",
                    "deadline": dt.date(2027, 1, 31),
                    "state": "open",
                    "created_at": now,
                }
            ],
        )
        session.execute(
            insert(CollectionItem),
            [{"collection_id": 1, "item_id": i} for i in range(1, ITEMS + 1)],
        )
        session.execute(
            insert(CollectionParticipant),
            [
                {"id": i, "collection_id": 1, "organisation_id": i, "invited_at": now}
                for i in range(1, ORGANISATIONS + 1)
            ],
        )
        submissions = [
            {"id": i, "organisation_id": i, "is_current": True} for i in range(1, ORGANISATIONS + 1)
        ] + [
            {"id": ORGANISATIONS + i, "organisation_id": i, "is_current": False}
            for i in range(1, REPLACED + 1)
        ]
        session.execute(
            insert(RequirementSubmission),
            [
                dict(s, collection_id=1, submitted_at=now, recorded_by_id=1, source="manual")
                for s in submissions
            ],
        )

    def lines() -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for submission in submissions:
            items = range(1, ITEMS + 1) if submission["is_current"] else range(1, 11)
            sites = SITES if submission["is_current"] else 20
            for item in items:
                for _site in range(sites):
                    volume = rng.randint(1, 5_000_000)  # thousandths: up to 5,000.000
                    rows.append(
                        (submission["id"], item, volume if sqlite else volume / 1000, "MWh", "", "")
                    )
        return rows

    rows = lines()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if sqlite:
            cursor.execute("BEGIN")  # one transaction, not a commit per line
            cursor.executemany(
                "INSERT INTO requirement_line (submission_id, item_id, volume, unit,"
                " delivery_sites, current_supplier) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        else:
            with cursor.copy(  # type: ignore[attr-defined]
                "COPY requirement_line (submission_id, item_id, volume, unit, delivery_sites,"
                " current_supplier) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
        raw.commit()
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    return 1


def best(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(url: str, runs: int) -> tuple[float, float, float]:
    from niro_desk import schema_migrations
    from niro_desk.database import open_database
    from niro_desk.procurement import pooled_demand

    db = open_database(url, check_share=False)
    try:
        schema_migrations.upgrade(db)
        started = time.perf_counter()
        collection_id = fill(db)
        print(f"  filled in {time.perf_counter() - started:.1f} s", flush=True)
        true = "1" if db.is_sqlite else "TRUE"
        bare_statements = [
            BARE_ITEMS.format(c=collection_id, true=true),
            BARE_REGIONS.format(c=collection_id, true=true),
        ]
        raw = db.engine.raw_connection()

        def bare() -> None:
            cursor = raw.cursor()
            for statement in bare_statements:
                cursor.execute(statement)
                cursor.fetchall()
            raw.rollback()

        def floor() -> None:
            cursor = raw.cursor()
            cursor.execute(FLOOR_SQL)
            cursor.fetchall()
            raw.rollback()

        def service() -> None:
            with db.reading() as session:
                pooled_demand.item_totals(session, collection_id)
                pooled_demand.region_totals(session, collection_id)

        service()
        bare()  # warm both
        bare_times, service_times = [], []
        for _ in range(runs):  # alternate, so both see the same caches
            bare_times.append(best(bare, 1))
            service_times.append(best(service, 1))
        floor_time = best(floor, max(1, runs // 2))
        raw.close()
        with db.reading() as session:
            totals = pooled_demand.item_totals(session, collection_id)
            assert (
                len(totals) == ITEMS
                and sum(t.participants for t in totals) == ORGANISATIONS * ITEMS
            )
        return min(bare_times), min(service_times), floor_time
    finally:
        db.dispose()


def report(name: str, bare: float, service: float, floor: float) -> None:
    ratio = service / bare
    verdict = "ok" if ratio <= TARGET else "ABOVE TARGET"
    print(
        f"{name}: bare SQL {bare * 1000:.0f} ms, service {service * 1000:.0f} ms,"
        f" ratio {ratio:.2f} (target ≤ {TARGET}: {verdict});"
        f" one-table GROUP BY floor {floor * 1000:.0f} ms"
        f" (service / floor {service / floor:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", default=os.environ.get("NIRO_DESK_TEST_POSTGRES_URL", ""))
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    with tempfile.TemporaryDirectory(prefix="niro-bench-pooled-") as folder:
        print("SQLite: 1,000,000 requirement lines", flush=True)
        results = {"SQLite": measure(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args.runs)}
    if args.postgres and not args.sqlite_only:
        name = "niro_bench_pooled"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            print("PostgreSQL: 1,000,000 requirement lines", flush=True)
            url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
            results["PostgreSQL"] = measure(url, args.runs)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    else:
        print("PostgreSQL: skipped (no --postgres URL and no NIRO_DESK_TEST_POSTGRES_URL)")
    for name, (bare, service, floor) in results.items():
        report(name, bare, service, floor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
