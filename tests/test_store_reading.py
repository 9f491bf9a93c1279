"""Start-up reads through the stdlib sqlite3 module, writes through SQLAlchemy: the same SQL,
the same values, and no SQLAlchemy loaded to show a plan."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from planner.services.planning import Plan, open_plan
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


def test_a_new_file_holds_the_models_tables_as_sqlalchemy_would_make_them(
    tmp_path: Path,
) -> None:
    """The first start makes its file with the stdlib sqlite3 module (planner.store.schema):
    the tables, indexes and settings are those SQLAlchemy makes from the models."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from planner.store.models import ConferenceRow
    from planner.store.store import Store
    from planner.store.version import APPLICATION_ID, SCHEMA_VERSION

    made = tmp_path / "made.sqlite"
    Store.open(made).close()
    engine = create_engine(f"sqlite:///{tmp_path / 'models.sqlite'}")
    Base.metadata.create_all(engine)
    engine.dispose()

    def described(path: Path) -> list[tuple[str, str, str]]:
        with closing(sqlite3.connect(path)) as connection:
            rows = connection.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall()
        # The same statements, whatever the line breaks and indents.
        return [
            (kind, name, " ".join((sql or "").split()).replace("( ", "(").replace(" )", ")"))
            for kind, name, sql in rows
        ]

    assert described(made) == described(tmp_path / "models.sqlite")
    with closing(sqlite3.connect(made)) as connection:
        settings = [
            connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("auto_vacuum", "application_id", "user_version")
        ]
    assert settings == [2, APPLICATION_ID, SCHEMA_VERSION]  # 2: incremental

    # The shipped programme stored there without SQLAlchemy reads back through its ORM.
    opened = open_plan(made)
    try:
        with opened.store.database.transaction() as db:
            row = db.scalars(select(ConferenceRow)).one()
            assert isinstance(db, Session)
            assert row.key == opened.conference.key
            assert row.days == [day.isoformat() for day in opened.conference.days]
            assert row.imported_at.year >= 2026
        assert (
            opened.store.reading.programme(opened.conference).sessions
            == Plan(opened.store, opened.conference).sessions
        )
    finally:
        opened.store.close()


@pytest.mark.parametrize("first_start", [False, True], ids=["plan", "first start"])
def test_showing_a_plan_loads_no_sqlalchemy(
    db_path: Path, plan: Plan, tmp_path: Path, first_start: bool
) -> None:
    """Neither opening a plan nor making a new file (with the shipped programme) loads it."""
    script = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from planner.services.planning import Plan, open_plan\n"
        "opened = open_plan(Path(sys.argv[1]))\n"
        "plan = Plan(opened.store, opened.conference)\n"
        "print(len(plan.sessions), len(plan.slots), 'sqlalchemy' in sys.modules)\n"
    )
    path = tmp_path / "new.sqlite" if first_start else db_path
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == [str(len(plan.sessions)), str(len(plan.slots)), "False"]
