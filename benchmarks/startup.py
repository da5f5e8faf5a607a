"""Start-up time of NIRO Desk against a bare PySide6 window: ``make benchmark``.

Prepares the demo database in a temporary data folder, then runs N times each,
in turn (offscreen Qt, fresh processes):

a) the floor: a bare PySide6 process that shows a QMainWindow and quits at its
   first paint;
b) ``python -m niro_desk --demo --quit-after shown``: NIRO Desk up to the first
   paint of its main window (navigation, menus, status bar; the database is
   opened right after that paint, off the GUI thread);
c) ``python -m niro_desk --demo --quit-after filled``: up to the members list
   filled from the database.

Prints the medians of the wall-clock times and the ratios b/a ("window shown")
and c/a ("list filled") against the floor of the same run, next to the targets
of issue 7 (1.5 and 4). Each process is timed from its start to its exit,
interpreter start-up and shut-down included. On a busy machine the wall clock
of every run stretches; the CPU time (user + system) of each process is printed
too, with the same ratios. The app's own log says when the window was shown,
the database open and the list filled. Benchmarks report, they do not fail: the
exit code is 0 unless a process itself fails.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TARGET_SHOWN = 1.5
TARGET_FILLED = 4.0

BARE_QT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.close)
app = QApplication([])
window = Window()
window.resize(1280, 800)
window.show()
raise SystemExit(app.exec())
"""
LOGGED = {
    "shown": re.compile(r"main window shown after ([0-9.]+) s"),
    "open": re.compile(r"database open after ([0-9.]+) s"),
    "filled": re.compile(r"list filled after ([0-9.]+) s"),
}


@dataclass
class Series:
    """The times of one kind of process over the runs."""

    name: str
    command: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    logged: dict[str, list[float]] = field(default_factory=dict)

    def run(self, env: dict[str, str]) -> None:
        wall, cpu, log = timed(self.command, env)
        self.wall.append(wall)
        self.cpu.append(cpu)
        for key, pattern in LOGGED.items():
            found = pattern.search(log)
            if found:
                self.logged.setdefault(key, []).append(float(found.group(1)))


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system) and stderr of one process; exits when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        print(f"failed ({result.returncode}): {' '.join(command)}", file=sys.stderr)
        print(result.stdout + result.stderr, file=sys.stderr)
        raise SystemExit(1)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=7, help="runs of each (default 7)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="niro-desk-bench-") as folder:
        data = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NIRO_DESK_DATA_DIR": str(data)}
        env.pop("NIRO_DESK_DATABASE_URL", None)
        # An office PC's Python keeps compiled modules (.pyc) after the first start; a shell
        # that forbids writing them would make every run compile the app's sources again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        python = sys.executable
        app = [python, "-m", "niro_desk", "--demo", "--lang", "de"]
        bare = Series("a) bare PySide6 window", [python, "-c", BARE_QT])
        shown = Series("b) NIRO Desk window shown", [*app, "--quit-after", "shown"])
        filled = Series("c) NIRO Desk list filled", [*app, "--quit-after", "filled"])

        demo_url = f"sqlite:///{data / 'niro_desk_demo.sqlite3'}"
        prepared, _cpu, _log = timed(
            [python, "-m", "niro_desk", "demo", "--database", demo_url], env
        )
        print(f"demo database prepared in {prepared:.2f} s ({data})")
        for series in (bare, shown, filled):  # warm-up: file cache, font cache, .pyc files
            timed(series.command, env)
        for _ in range(args.runs):
            for series in (bare, shown, filled):
                series.run(env)

    floor_wall = statistics.median(bare.wall)
    floor_cpu = statistics.median(bare.cpu)
    print(f"runs: {args.runs} of each, in turn, after one warm-up run of each")
    print(f"{'':28} {'wall median':>12} {'ratio':>6} {'CPU median':>11} {'ratio':>6}  target")
    for series, target in ((bare, None), (shown, TARGET_SHOWN), (filled, TARGET_FILLED)):
        wall = statistics.median(series.wall)
        cpu = statistics.median(series.cpu)
        print(
            f"{series.name:28} {wall:11.3f}s {wall / floor_wall:6.2f} {cpu:10.3f}s"
            f" {cpu / floor_cpu:6.2f}  {'' if target is None else f'<= {target:.1f}'}"
        )
    spreads = "; ".join(f"{s.name[:2]} {_spread(s.wall)}" for s in (bare, shown, filled))
    print(f"wall spread: {spreads}")
    for key, text in (
        ("shown", "main window shown"),
        ("open", "database open"),
        ("filled", "list filled"),
    ):
        times = filled.logged.get(key, [])
        if times:
            print(f"app's own log (run c): {text} after {statistics.median(times):.3f} s (median)")
    for label, series, target in (
        ("window shown", shown, TARGET_SHOWN),
        ("list filled ", filled, TARGET_FILLED),
    ):
        ratio = statistics.median(series.wall) / floor_wall
        print(f"{label}: ratio {ratio:.2f} (target {target})")
    return 0


def _spread(times: list[float]) -> str:
    return f"{min(times):.3f}–{max(times):.3f} s"


if __name__ == "__main__":
    raise SystemExit(main())
