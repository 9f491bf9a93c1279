"""The plan database: one choice per slot, durable at once, and never lost to a bad file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.services.planning import Plan, open_plan
from planner.store.database import StoreError
from planner.store.models import SCHEMA_VERSION
from tests.conftest import CliRun


def chosen_on_disk(path: Path) -> set[str]:
    """What an independent connection finds in the database file."""
    connection = sqlite3.connect(path)
    try:
        return {guid for (guid,) in connection.execute("SELECT session_guid FROM choice")}
    finally:
        connection.close()


def test_one_choice_per_slot(plan: Plan, db_path: Path) -> None:
    first, second, *_ = plan.slots["2018-05-17T13:30"]
    later = plan.slots["2018-05-17T14:40"][0]
    assert plan.choose(first.guid).removed == set()
    assert plan.choose(later.guid).removed == set()
    assert plan.choose(second.guid).replaced == {first.guid}
    assert chosen_on_disk(db_path) == {second.guid, later.guid}


def test_database_records_schema_version_and_uses_wal(db_path: Path) -> None:
    open_plan(db_path).store.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


def test_corrupt_database_is_kept_aside_with_a_clear_message(cli: CliRun, db_path: Path) -> None:
    garbage = b"this is not a database, but it may be somebody's only copy\n" * 100
    db_path.write_bytes(garbage)
    code, _out, err = cli("agenda", "--json")
    assert code == 0
    assert "could not be read" in err and "kept aside" in err
    aside = [p for p in db_path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes() == garbage
    assert str(aside[0]) in err
    # A new, working database took its place.
    code, _out, err = cli("program", "--json")
    assert code == 0 and err == ""


def test_damaged_sqlite_file_is_kept_aside(cli: CliRun, db_path: Path) -> None:
    assert cli("program")[0] == 0
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    code, _out, err = cli("agenda")
    assert code == 0
    assert "kept aside" in err
    assert any(".unreadable-" in p.name for p in db_path.parent.iterdir())


def test_database_from_a_newer_planner_is_refused_untouched(cli: CliRun, db_path: Path) -> None:
    assert cli("program")[0] == 0
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = db_path.read_bytes()
    code, out, err = cli("agenda")
    assert code == 1
    assert "newer version" in err
    assert out == ""
    assert db_path.read_bytes() == before
    with pytest.raises(StoreError):
        open_plan(db_path)
