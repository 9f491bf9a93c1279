"""The planner's speed and memory against their floors, in one run (issue 13's acceptance).

    .venv/bin/python -m benchmarks.run [--runs 7] [--quick] [--keep]

Run by hand, never by the test command. Every figure is measured repeatedly and paired in the
same run with its floor, interleaved so that machine noise hits both alike; the table gives
the median, min–max, the floor's median, their ratio and the limit the issue sets:

* start to a shown and painted window under a real X server (this script starts Xvfb when
  there is no DISPLAY), against a bare PySide6 QMainWindow with a 20×5 QTableWidget and no
  SQLAlchemy: the FOSDEM-sized programme current (after an update), the shipped programme,
  and the first start on an empty database;
* resident memory two seconds after start with the FOSDEM-sized programme;
* import of the FOSDEM-sized file against parsing it alone, the ×5 file against the
  FOSDEM-sized one, an update against a fresh import;
* click to repaint (select, and choose with Space) and a scroll step in the real window, at
  FOSDEM size and ×5, against the same in the floor's table.

The programmes are made by benchmarks.programmes in a temporary folder; nothing outside the
repository is read. Exits 1 when a limit is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks import programmes
from benchmarks.display import x_server

ROOT = Path(__file__).resolve().parents[1]
SETTLE_MS = 2000


@dataclass(frozen=True)
class Figure:
    name: str
    unit: str  # "s", "ms" or "MiB"
    values: list[float]
    floor_name: str
    floor: list[float]
    # Against the floor (ratio of medians) or the figure's own median (absolute).
    limit: float
    absolute: bool = False

    @property
    def ratio(self) -> float:
        return statistics.median(self.values) / statistics.median(self.floor)

    @property
    def passed(self) -> bool:
        measured = statistics.median(self.values) if self.absolute else self.ratio
        return measured <= self.limit


class Children:
    """Starts the measuring child processes with one environment: the X server, and
    preferences and data folders of their own."""

    def __init__(self, folder: Path, display: str) -> None:
        self.folder = folder
        # Python keeps the compiled modules, as it does for the user (the warm-up run writes
        # them), even where this shell says otherwise (PYTHONDONTWRITEBYTECODE).
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("PLANNER_") and key != "PYTHONDONTWRITEBYTECODE"
        }
        self.env |= {
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "PYTHONPATH": str(ROOT),
        }

    def run(self, *arguments: str | Path) -> str:
        done = subprocess.run(
            [sys.executable, *map(str, arguments)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{arguments} failed ({done.returncode}): {done.stderr[-2000:]}")
        return done.stdout

    def planner(self, database: Path, *command: str | Path) -> None:
        self.run(ROOT / "main.py", "--db", database, "--lang", "en", *command)

    def start(self, *arguments: str | Path) -> dict[str, float]:
        """Seconds from starting a window's process to its first paint, and its memory."""
        started = time.monotonic()
        report = json.loads(self.run("-m", "benchmarks.window_child", *arguments).splitlines()[-1])
        return {**report, "seconds": report["painted"] - started}

    def measured(self, child: str, *arguments: str | Path) -> dict[str, list[float]]:
        result: dict[str, list[float]] = json.loads(
            self.run("-m", f"benchmarks.{child}", *arguments).splitlines()[-1]
        )
        return result


def prepare(children: Children) -> dict[str, Path]:
    """The programmes and the databases the figures start from."""
    folder = children.folder
    files = {
        "x1": programmes.write(folder, 1, 1),
        "x1-next": programmes.write(folder, 1, 2),
        "x5": programmes.write(folder, 5, 1),
    }
    databases = {name: folder / f"{name}.sqlite" for name in ("empty", "fosdem", "x5")}
    children.planner(databases["empty"], "conferences")  # the first start: the shipped one
    chosen = [talk.guid for talk in programmes.talks()[::75]]
    shutil.copyfile(databases["empty"], databases["fosdem"])
    children.planner(databases["fosdem"], "import", files["x1"])
    children.planner(databases["fosdem"], "choose", *chosen)
    shutil.copyfile(databases["fosdem"], folder / "before-update.sqlite")
    children.planner(databases["fosdem"], "import", files["x1-next"])
    shutil.copyfile(databases["empty"], databases["x5"])
    children.planner(databases["x5"], "import", files["x5"])
    children.planner(databases["x5"], "choose", *chosen)
    return databases


def start_figures(children: Children, databases: dict[str, Path], runs: int) -> list[Figure]:
    floor: list[dict[str, float]] = []
    cases: dict[str, list[dict[str, float]]] = {"fosdem": [], "shipped": [], "first": []}
    for run in range(runs + 1):
        first_database = children.folder / f"first-{run}.sqlite"
        measured = {
            "floor": children.start("floor", "--settle", str(SETTLE_MS)),
            "fosdem": children.start(
                "planner", "--db", databases["fosdem"], "--settle", str(SETTLE_MS)
            ),
            "shipped": children.start("planner", "--db", databases["empty"]),
            "first": children.start("planner", "--db", first_database),
        }
        if run == 0:
            continue  # warms the disk cache and Qt's font cache for all alike
        floor.append(measured.pop("floor"))
        for name, report in measured.items():
            cases[name].append(report)
    for name, reports in cases.items():
        late = [r for r in reports if r["sqlalchemy_before_paint"]]
        if late:
            print(
                f"note: SQLAlchemy was loaded before the first paint in {len(late)} "
                f"of the {len(reports)} starts '{name}'"
            )

    def seconds(reports: list[dict[str, float]]) -> list[float]:
        return [r["seconds"] for r in reports]

    bare = "bare window"
    return [
        Figure("start, FOSDEM-sized current", "s", seconds(cases["fosdem"]), bare,
               seconds(floor), 2.0),
        Figure("start, shipped programme", "s", seconds(cases["shipped"]), bare,
               seconds(floor), 1.7),
        Figure("start, first start (empty)", "s", seconds(cases["first"]), bare,
               seconds(floor), 2.5),
        Figure("memory 2 s after start, FOSDEM", "MiB",
               [r["rss_settled"] for r in cases["fosdem"]], bare,
               [r["rss_settled"] for r in floor], 100, absolute=True),
    ]  # fmt: skip


def import_figures(children: Children, runs: int) -> list[Figure]:
    times = children.measured("import_child", children.folder, str(runs))
    return [
        Figure("import FOSDEM-sized", "s", times["import"], "parse alone", times["parse"], 1.6),
        Figure("import ×5", "s", times["import_x5"], "import FOSDEM", times["import"], 5.5),
        Figure("update FOSDEM-sized", "s", times["update"], "fresh import", times["import"], 1.3),
    ]


def interaction_figures(children: Children, databases: dict[str, Path], runs: int) -> list[Figure]:
    samples = max(runs, 5)
    floor = children.measured("interaction_child", "floor", str(samples))
    figures = []
    for name, limit in (("fosdem", 16.0), ("x5", 20.0)):
        scratch = children.folder / f"clicks-{name}.sqlite"
        shutil.copyfile(databases[name], scratch)
        times = children.measured("interaction_child", scratch, str(samples))
        size = "FOSDEM" if name == "fosdem" else "×5"
        for action, what, action_limit in (
            ("select", "click to repaint, select", limit),
            ("choose", "choose (Space) to repaint", limit),
            ("scroll", "scroll step", 16.0),
        ):
            figures.append(
                Figure(
                    f"{what}, {size}",
                    "ms",
                    [t * 1000 for t in times[action]],
                    "bare table",
                    [t * 1000 for t in floor[action]],
                    action_limit,
                    absolute=True,
                )
            )
    return figures


def machine() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{datetime.now():%Y-%m-%d %H:%M}, {model}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version}"
    )


def table(figures: list[Figure]) -> str:
    def shown(value: float, unit: str) -> str:
        return f"{value:.3f}" if unit == "s" else f"{value:.1f}"

    rows = [("figure", "median", "min–max", "floor", "floor median", "ratio", "limit", "")]
    for f in figures:
        rows.append(
            (
                f.name,
                f"{shown(statistics.median(f.values), f.unit)} {f.unit}",
                f"{shown(min(f.values), f.unit)}–{shown(max(f.values), f.unit)}",
                f.floor_name,
                f"{shown(statistics.median(f.floor), f.unit)} {f.unit}",
                f"{f.ratio:.2f}×",
                f"≤ {f.limit:g} {f.unit}" if f.absolute else f"≤ {f.limit:g}×",
                "pass" if f.passed else "FAIL",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each figure")
    parser.add_argument("--quick", action="store_true", help="three runs, for a first look")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    runs = 3 if arguments.quick else arguments.runs
    folder = Path(tempfile.mkdtemp(prefix="planner-benchmark-"))
    steps: list[tuple[str, Callable[[Children, dict[str, Path], int], list[Figure]]]] = [
        ("start and memory", start_figures),
        ("import and update", lambda c, _d, r: import_figures(c, r)),
        ("click, choose and scroll", interaction_figures),
    ]
    try:
        with x_server() as display:
            children = Children(folder, display)
            print(f"making the programmes and databases in {folder} …", flush=True)
            databases = prepare(children)
            figures: list[Figure] = []
            for title, step in steps:
                print(f"measuring {title} ({runs} runs) …", flush=True)
                figures += step(children, databases, runs)
    finally:
        if not arguments.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(table(figures))
    print()
    print(f"{runs} runs; {machine()}")
    print("command: .venv/bin/python -m benchmarks.run " + " ".join(sys.argv[1:]))
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
