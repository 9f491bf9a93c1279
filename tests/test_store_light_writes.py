"""The writes of a click (a choice, a star, a note, a change seen) need no SQLAlchemy, and
what they write reads back through it exactly: one database, two ways in."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from planner.services.planning import Plan
from planner.store.models import ChoiceRow, PersonalRow
from tests.test_store import chosen_on_disk

ROOT = Path(__file__).resolve().parents[1]

CLICKS = """
import sys
from pathlib import Path
from planner.services.planning import Plan, open_plan
opened = open_plan(Path(sys.argv[1]))
plan = Plan(opened.store, opened.conference)
towns = next(iter(plan.slots.values()))[0]
plan.choose(towns.guid)
plan.set_starred(towns.guid, True)
plan.set_note(towns.guid, "Fråga Malmö")
plan.mark_seen({towns.guid})
plan.clear([towns.guid])
plan.choose(towns.guid)
opened.store.close()
print(towns.guid, "sqlalchemy" in sys.modules)
"""


def test_a_click_writes_without_loading_sqlalchemy(plan: Plan, db_path: Path) -> None:
    plan.store.close()  # the database exists; a new process opens it, as the window does
    done = subprocess.run(
        [sys.executable, "-c", CLICKS, str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    guid, loaded = done.stdout.split()
    assert loaded == "False"
    assert chosen_on_disk(db_path) == {guid}


def test_what_a_click_wrote_reads_back_through_the_orm(plan: Plan) -> None:
    towns = next(iter(plan.slots.values()))[0]
    plan.choose(towns.guid)
    plan.set_note(towns.guid, "Fråga Malmö")
    with plan.store.database.transaction() as db:
        choice = db.scalars(select(ChoiceRow)).one()
        personal = db.scalars(select(PersonalRow)).one()
    assert (choice.session_guid, choice.slot) == (towns.guid, towns.slot)
    assert isinstance(choice.chosen_at, datetime)
    assert (personal.note, personal.starred, personal.rating) == ("Fråga Malmö", False, None)
    assert isinstance(personal.changed_at, datetime)
    plan.set_note(towns.guid, "")  # a row that keeps nothing goes
    with plan.store.database.transaction() as db:
        assert db.scalars(select(PersonalRow)).all() == []
