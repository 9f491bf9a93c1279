"""Import and update times, in one process, as the window's Plan does them (no window).

    python -m benchmarks.import_child FOLDER RUNS

FOLDER holds the generated programmes and the databases run.py prepared: `empty.sqlite`
(the shipped programme only) and `before-update.sqlite` (the FOSDEM-sized programme, with
choices). Each run times, back to back so that machine noise hits all alike:

* parse: reading the FOSDEM-sized file alone, with the importer's own parser;
* import: that file imported into a copy of `empty.sqlite` (Plan.import_programme, which
  reads the file, stores it and loads it for the window);
* import ×5: the same for the file five times the size;
* update: the file's next version imported over `before-update.sqlite`.

Prints one JSON object of lists of seconds.
"""

from __future__ import annotations

import gc
import json
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.services.importing import read_programme
from planner.services.planning import Plan, open_plan


def timed(work: Callable[[], object]) -> float:
    """Seconds `work` takes, with what was made before frozen out of the cyclic garbage
    collector's way, as the window does once it has started."""
    gc.collect()
    gc.freeze()
    start = time.perf_counter()
    try:
        work()
        return time.perf_counter() - start
    finally:
        gc.unfreeze()


def import_into(template: Path, target: Path, programme_file: Path) -> float:
    """Seconds to import `programme_file` into a fresh copy of the database `template`."""
    shutil.copyfile(template, target)
    opened = open_plan(target)
    plan = Plan(opened.store, opened.conference)
    # In the window SQLAlchemy is loaded (warmed up) before the user can import.
    opened.store.warm_up()
    try:
        return timed(lambda: plan.import_programme(read_programme(programme_file)))
    finally:
        opened.store.close()


def main(folder: Path, runs: int) -> dict[str, list[float]]:
    QCoreApplication.setApplicationName("conference-planner-benchmark")
    fosdem, fosdem_next, five = (
        folder / "bench-x1-v1.xml",
        folder / "bench-x1-v2.xml",
        folder / "bench-x5-v1.xml",
    )
    scratch = folder / "scratch.sqlite"
    results: dict[str, list[float]] = {"parse": [], "import": [], "import_x5": [], "update": []}
    for _ in range(runs):
        results["parse"].append(timed(lambda: read_programme(fosdem)))
        results["import"].append(import_into(folder / "empty.sqlite", scratch, fosdem))
        results["import_x5"].append(import_into(folder / "empty.sqlite", scratch, five))
        results["update"].append(import_into(folder / "before-update.sqlite", scratch, fosdem_next))
    return results


if __name__ == "__main__":
    app = QCoreApplication(sys.argv[:1])
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))))
