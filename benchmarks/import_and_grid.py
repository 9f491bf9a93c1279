"""Import and grid benchmark: a large schedule file against the shipped programme.

For each programme it measures, over repeated runs in this process:

* import: reading the file and storing it in a fresh database (`import_schedule`);
* grid: building the plan and the main window on that database, and showing its first day
  at 1280×800 until every visible cell is painted;
* scroll: repainting the first day's grid at each step of a scroll through it, right to left
  and top to bottom (for a large grid: what a user feels as lag).

It prints the median and range of each. Run by hand, never part of the test command, e.g.

    .venv/bin/python benchmarks/import_and_grid.py ../shared/data/schedules/fosdem-2025/*31.xml
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.services.importing import import_schedule
from planner.services.planning import SHIPPED_PROGRAMME, Plan
from planner.services.texts import Translators
from planner.store.database import open_database
from planner.store.repository import Repository
from planner.ui.window import MainWindow


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def one_run(path: Path, database: Path, app: QApplication) -> tuple[float, float, list[float]]:
    """Import `path` into `database`, then show its first day: (import, grid, scroll steps)."""
    repository = Repository(open_database(database))
    imported = timed(lambda: import_schedule(repository, path))
    conference = repository.current_conference()
    assert conference is not None
    settings = QSettings(str(database.with_suffix(".ini")), QSettings.Format.IniFormat)
    start = time.perf_counter()
    window = MainWindow(Plan(repository, conference), settings, Translators(), "en")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    view = window.current_view()
    view.viewport().repaint()
    grid = time.perf_counter() - start
    steps = []
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        for value in range(bar.minimum(), bar.maximum() + 1, max(bar.pageStep() // 2, 1)):
            bar.setValue(value)
            steps.append(timed(view.viewport().repaint))
    window.close()
    window.deleteLater()
    app.processEvents()
    repository.database.close()
    return imported, grid, steps or [0.0]


def measure(path: Path, runs: int, app: QApplication) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"import": [], "grid": [], "scroll step": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            imported, grid, steps = one_run(path, Path(folder) / f"plan-{run}.sqlite", app)
            results["import"].append(imported)
            results["grid"].append(grid)
            results["scroll step"].extend(steps)
    return results


def report(name: str, results: dict[str, list[float]]) -> None:
    for what, times in results.items():
        print(
            f"{name:<34} {what:<12} median {1000 * statistics.median(times):8.1f} ms"
            f"  (min {1000 * min(times):.1f} … max {1000 * max(times):.1f}, {len(times)} samples)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schedule", type=Path, help="a large schedule.xml or schedule.json")
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    app = QApplication(sys.argv[:1])
    for name, path in (
        ("shipped programme", SHIPPED_PROGRAMME),
        (arguments.schedule.name, arguments.schedule),
    ):
        report(name, measure(path, arguments.runs, app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
