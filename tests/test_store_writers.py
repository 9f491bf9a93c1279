"""Other writers and other code touching the file: no choice is ever lost, and a slot never
holds two choices, whatever runs at the same time."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.services.planning import Plan
from tests.test_store import chosen_on_disk

ROUNDS = 30


def test_choices_stay_on_disk_after_the_process_touches_the_database_files(
    qtbot: QtBot, plan: Plan, db_path: Path
) -> None:
    """What Import programme… does: a file dialog lists the database's folder, and Qt opens
    and closes the files in it, which drops the process's POSIX locks on them. Another
    process then opens and closes the database. Every later choice must reach the file."""
    first, second = plan.slots["2018-05-17T13:30"][0], plan.slots["2018-05-17T14:40"][0]
    plan.choose(first.guid)
    dialog = QFileDialog(None, "Import programme", str(db_path.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()
    for companion in (db_path, db_path.with_name(db_path.name + "-journal")):
        if companion.exists():
            os.close(os.open(companion, os.O_RDONLY))
    other = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM choice').fetchone(); c.close()",
            str(db_path),
        ],
        check=False,
    )
    assert other.returncode == 0
    plan.choose(second.guid)
    assert chosen_on_disk(db_path) == {first.guid, second.guid}
    assert plan.chosen == {first.guid, second.guid}


def _choose_in_rounds(
    path: str, guid: str, barrier: Any, errors: Any
) -> None:  # pragma: no cover - runs in another process
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from planner.services.planning import open_plan

    try:
        opened = open_plan(Path(path))
        plan = Plan(opened.store, opened.conference)
        for _ in range(ROUNDS):
            barrier.wait()
            plan.choose(guid)
            barrier.wait()  # the test checks the file
            barrier.wait()  # and clears it
        opened.store.close()
    except Exception as error:
        errors.put(repr(error))
        barrier.abort()


def test_two_processes_choosing_in_one_slot_at_once_leave_one_choice(
    plan: Plan, db_path: Path
) -> None:
    one, other = (s.guid for s in plan.slots["2018-05-17T13:30"][:2])
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3, timeout=60)
    errors = context.Queue()
    workers = [
        context.Process(target=_choose_in_rounds, args=(str(db_path), guid, barrier, errors))
        for guid in (one, other)
    ]
    for worker in workers:
        worker.start()
    counts = []
    try:
        for _ in range(ROUNDS):
            barrier.wait()  # both choose now
            barrier.wait()
            counts.append(len(chosen_on_disk(db_path) & {one, other}))
            connection = sqlite3.connect(db_path)
            connection.execute("DELETE FROM choice")
            connection.commit()
            connection.close()
            barrier.wait()
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert errors.empty(), errors.get()
    assert counts == [1] * ROUNDS
    assert all(worker.exitcode == 0 for worker in workers)


def test_a_change_made_by_the_command_line_reaches_an_open_plan(
    qtbot: QtBot, plan: Plan, db_path: Path
) -> None:
    from tests.test_cli import ROOT

    plan.sync()  # the window's first look
    guid = plan.slots["2018-05-17T14:40"][1].guid
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "choose", guid],
        capture_output=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(plan.changed) as changed:
        plan.sync()
    assert guid in changed.args[0].guids
    assert plan.chosen == {guid}
    with qtbot.assertNotEmitted(plan.changed):
        plan.sync()  # nothing new since
