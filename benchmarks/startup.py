"""Start-up benchmark: the planner's ``main.py --screenshot`` against a bare PySide6 baseline.

Measures the wall time of whole child processes (interpreter start included):

* baseline: a bare PySide6 window whose central widget is a 20×5 ``QTableWidget``, plus
  ``import sqlalchemy`` and ``sqlalchemy.orm``, rendered offscreen to a PNG;
* planner: ``main.py --db <tmp> --lang sv --screenshot <tmp>/shot.png`` on a database that
  already exists (the steady state), and, for information, on a fresh database (first start,
  which imports the shipped programme).

Baseline and planner runs are interleaved so that machine noise hits both alike. It prints min,
median and max of each and the ratio of the medians, and exits 1 if that ratio exceeds the limit
(default 1.5), 0 otherwise. Run by hand, never part of the test command::

    .venv/bin/python benchmarks/startup.py [--runs 15] [--warmup 2] [--limit 1.5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

BASELINE_PROGRAM = """\
import sys

import sqlalchemy
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(20, 5)
for row in range(20):
    for column in range(5):
        table.setItem(row, column, QTableWidgetItem(f"R{row} C{column}"))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
app.processEvents()
if not window.grab().save(sys.argv[1]):
    sys.exit("could not save " + sys.argv[1])
sys.exit(0)
"""


class ChildFailedError(RuntimeError):
    """A benchmarked child process exited with a non-zero code."""


def child_env() -> dict[str, str]:
    """The environment for every child: the caller's, rendered offscreen."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def timed_run(label: str, command: list[str], env: dict[str, str]) -> float:
    """Run ``command`` in the repository root and return its wall time in seconds."""
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise ChildFailedError(
            f"{label} failed with exit code {result.returncode}: {' '.join(command)}\n"
            f"--- stderr ---\n{result.stderr}--- stdout ---\n{result.stdout}"
        )
    return elapsed


def baseline_command(workdir: Path) -> list[str]:
    """The bare PySide6 + SQLAlchemy baseline."""
    return [sys.executable, "-c", BASELINE_PROGRAM, str(workdir / "baseline.png")]


def planner_command(db: Path, workdir: Path) -> list[str]:
    """The planner rendering its main window offscreen to a PNG."""
    return [
        sys.executable,
        str(REPO_ROOT / "main.py"),
        "--db",
        str(db),
        "--lang",
        "sv",
        "--screenshot",
        str(workdir / "shot.png"),
    ]


def summary(label: str, times: list[float]) -> str:
    """One report line: median, min, max and the number of runs."""
    return (
        f"{label:<61} median {statistics.median(times):.3f} s  "
        f"(min {min(times):.3f} … max {max(times):.3f}, {len(times)} runs)"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument(
        "--warmup", type=int, default=2, help="untimed runs of each first (default 2)"
    )
    parser.add_argument(
        "--limit", type=float, default=1.5, help="largest accepted ratio (default 1.5)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0 or args.limit <= 0:
        parser.error("--runs must be ≥ 1, --warmup ≥ 0 and --limit > 0")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the report, and return the exit code."""
    args = parse_args(argv)
    env = child_env()
    baseline_times: list[float] = []
    planner_times: list[float] = []
    first_start_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="planner-startup-") as tmp:
        workdir = Path(tmp)
        steady_db = workdir / "plan.sqlite"
        baseline = baseline_command(workdir)
        planner = planner_command(steady_db, workdir)
        try:
            # Untimed: creates the database (imports the shipped programme) and warms caches.
            timed_run("planner (creating the database)", planner, env)
            for _ in range(args.warmup):
                timed_run("baseline (warm-up)", baseline, env)
                timed_run("planner (warm-up)", planner, env)
            for run in range(args.runs):
                baseline_times.append(timed_run("baseline", baseline, env))
                planner_times.append(timed_run("planner", planner, env))
                fresh_db = workdir / f"first-start-{run}.sqlite"
                first_start_times.append(
                    timed_run("planner (first start)", planner_command(fresh_db, workdir), env)
                )
        except ChildFailedError as error:
            print(error, file=sys.stderr)
            return 1

    ratio = statistics.median(planner_times) / statistics.median(baseline_times)
    print(summary("baseline (PySide6 window + 20×5 table + SQLAlchemy import)", baseline_times))
    print(summary("planner  (main.py --screenshot, existing database)", planner_times))
    print(summary("planner  (main.py --screenshot, first start)", first_start_times))
    print(f"ratio planner / baseline: {ratio:.2f} (target ≤ {args.limit:g})")
    return 1 if ratio > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
