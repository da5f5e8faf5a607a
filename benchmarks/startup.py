"""Start-up time of NIRO Desk against a bare PySide6 window: ``make benchmark``.

Prepares the demo database in a temporary data folder, then runs N times each,
alternating (offscreen Qt, fresh processes):

a) a bare PySide6 process that shows a QMainWindow and quits,
b) ``python -m niro_desk --demo --quit-after-show`` on that demo database.

Prints the medians and the ratio b/a. The floor is 1.0 (nothing starts faster
than bare Qt). Most of the rest is importing SQLAlchemy, the models and the
widgets (``python -X importtime -m niro_desk --demo --quit-after-show``).
Benchmarks report, they do not fail: the exit code is 0 unless a process
itself fails.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = 1.0

BARE_QT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, window.close)
raise SystemExit(app.exec())
"""
SHOWN = re.compile(r"main window shown after ([0-9.]+) s")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time of one process run; exits with its output when it fails."""
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(f"failed ({result.returncode}): {' '.join(command)}", file=sys.stderr)
        print(result.stdout + result.stderr, file=sys.stderr)
        raise SystemExit(1)
    return elapsed, result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs of each (default 5)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="niro-desk-bench-") as folder:
        data = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NIRO_DESK_DATA_DIR": str(data)}
        env.pop("NIRO_DESK_DATABASE_URL", None)
        python = sys.executable
        app = [python, "-m", "niro_desk", "--demo", "--quit-after-show"]
        bare = [python, "-c", BARE_QT]

        demo_url = f"sqlite:///{data / 'niro_desk_demo.sqlite3'}"
        prepared, _ = timed([python, "-m", "niro_desk", "demo", "--database", demo_url], env)
        print(f"demo database prepared in {prepared:.2f} s ({data})")
        timed(bare, env)  # warm-up: file cache, font cache
        timed(app, env)

        bare_times: list[float] = []
        app_times: list[float] = []
        shown_times: list[float] = []
        for _ in range(args.runs):
            elapsed, _ = timed(bare, env)
            bare_times.append(elapsed)
            elapsed, log = timed(app, env)
            app_times.append(elapsed)
            shown = SHOWN.search(log)
            if shown:
                shown_times.append(float(shown.group(1)))

    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ratio = app_median / bare_median
    print(f"runs: {args.runs} each, after one warm-up run each")
    print(f"a) bare PySide6 window:  median {bare_median:.3f} s  ({_spread(bare_times)})")
    print(f"b) niro_desk --demo:     median {app_median:.3f} s  ({_spread(app_times)})")
    if shown_times:
        print(
            f"   of which start-up to window shown (app's own log): median"
            f" {statistics.median(shown_times):.3f} s"
        )
    print(f"ratio {ratio:.1f} (floor {FLOOR:.1f})")
    return 0


def _spread(times: list[float]) -> str:
    return f"min {min(times):.3f}, max {max(times):.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
