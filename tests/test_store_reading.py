"""Start-up reads through the stdlib sqlite3 module, writes through SQLAlchemy: the same SQL,
the same values, and no SQLAlchemy loaded to show a plan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner.services.planning import Plan
from planner.store import reading
from planner.store.database import run_in
from planner.store.models import Base
from planner.store.version import TABLES
from tests.test_cli import ROOT


def test_both_ways_of_reading_give_the_same_programme_and_plan(plan: Plan) -> None:
    plan.choose(plan.slots["2018-05-17T13:30"][1].guid)
    database = plan.store.database
    with database.reading() as run:
        conference_id = reading.conference_id(run, plan.conference)
        by_sqlite3 = reading.programme(run, conference_id), reading.chosen(run, conference_id)
    with database.transaction() as db:
        by_sqlalchemy = (
            reading.programme(run_in(db), conference_id),
            reading.chosen(run_in(db), conference_id),
        )
    assert by_sqlite3 == by_sqlalchemy
    assert by_sqlite3[0].sessions == plan.sessions and by_sqlite3[1] == plan.chosen


def test_the_tables_start_up_checks_are_the_models_tables() -> None:
    assert {
        name: frozenset(column.name for column in table.columns)
        for name, table in Base.metadata.tables.items()
    } == TABLES


def test_showing_a_plan_loads_no_sqlalchemy(db_path: Path, plan: Plan) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from planner.services.planning import Plan, open_plan\n"
        "opened = open_plan(Path(sys.argv[1]))\n"
        "plan = Plan(opened.store, opened.conference)\n"
        "print(len(plan.sessions), 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == [str(len(plan.sessions)), "False"]
