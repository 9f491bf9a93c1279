"""The plan database: only this planner's files are written, transient failures are never
taken for damage, and a damaged planner file is kept aside and named at every start."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from planner.services.planning import Plan, open_plan
from planner.store import database
from planner.store.files import RefusedError
from planner.store.version import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import CliRun, fill

FIXTURES = Path(__file__).parent / "fixtures"


def chosen_on_disk(path: Path) -> set[str]:
    """What an independent connection finds in the database file."""
    connection = sqlite3.connect(path)
    try:
        return {guid for (guid,) in connection.execute("SELECT session_guid FROM choice")}
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def test_one_choice_per_slot(plan: Plan, db_path: Path) -> None:
    first, second, *_ = plan.slots["2018-05-17T13:30"]
    later = plan.slots["2018-05-17T14:40"][0]
    assert plan.choose(first.guid).removed == set()
    assert plan.choose(later.guid).removed == set()
    assert plan.choose(second.guid).replaced == {first.guid}
    assert chosen_on_disk(db_path) == {second.guid, later.guid}


def test_a_new_database_is_marked_as_this_planners_and_uses_a_rollback_journal(
    db_path: Path,
) -> None:
    open_plan(db_path).store.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contact VALUES ('Ann', '555')")
    connection.commit()
    connection.close()


def refused(cli: CliRun, path: Path, *words: str) -> None:
    before = sha256(path)
    listing = siblings(path)
    code, out, err = cli("--db", str(path), "agenda")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    for word in words:
        assert word in err
    assert sha256(path) == before
    assert siblings(path) == listing  # nothing renamed, no journal left behind


def test_files_that_are_not_a_plan_database_are_refused_untouched(
    cli: CliRun, tmp_path: Path
) -> None:
    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"this is not a database, but it may be somebody's only copy\n" * 100)
    refused(cli, garbage, "not an SQLite database")
    schedule = tmp_path / "schedule.xml"
    schedule.write_text("<?xml version='1.0'?><schedule/>", encoding="utf-8")
    refused(cli, schedule, "schedule.xml is not a plan database")
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    refused(cli, empty, "empty file")
    other = tmp_path / "contacts.sqlite"
    foreign_database(other)
    refused(cli, other, "another application's database")


def test_a_database_from_a_newer_planner_is_refused_untouched(cli: CliRun, db_path: Path) -> None:
    assert cli("program")[0] == 0
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    refused(cli, db_path, "newer version")
    with pytest.raises(RefusedError):
        open_plan(db_path)


def damage(path: Path, query: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(query)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "query",
    [
        "DROP TABLE choice",
        "DROP TABLE session",
        "UPDATE session SET kind = 'keynote' WHERE rowid = 1",
        "UPDATE session SET start = 'half past nine' WHERE rowid = 2",
        "UPDATE session SET speakers = '[not json' WHERE rowid = 3",
    ],
    ids=["no choice table", "no session table", "unknown kind", "garbage time", "bad JSON"],
)
def test_a_damaged_planner_database_is_kept_aside_and_named_at_every_start(
    cli: CliRun, db_path: Path, query: str
) -> None:
    assert cli("program")[0] == 0
    damage(db_path, query)
    damaged = db_path.read_bytes()
    code, out, err = cli("agenda", "--json")
    assert code == 0 and out  # a new database, with the shipped programme
    (aside,) = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert aside.read_bytes() == damaged
    assert str(aside) in err and "Traceback" not in err
    # Said again at the next start, until the user moves the file away.
    assert str(aside) in cli("agenda")[2]
    aside.unlink()
    assert cli("agenda")[2] == ""


def test_lost_tables_that_held_nothing_irreplaceable_are_made_anew(
    cli: CliRun, db_path: Path
) -> None:
    items = cli("program", "--json")[1]
    assert items
    cli("choose", "413d011b")
    damage(db_path, "DROP TABLE unseen_change")
    damage(db_path, "DROP TABLE programme_version")
    code, out, err = cli("agenda")
    assert code == 0 and err == ""
    assert "[x] Participatory budgeting in cities" in out
    assert not [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]


def test_a_kept_programme_that_cannot_be_read_is_dropped_not_fatal(
    cli: CliRun, db_path: Path, tmp_path: Path
) -> None:
    import json

    from tests.shipped import shipped

    update = tmp_path / "update.json"
    document = shipped()
    document["schedule"]["conference"]["days"][1]["rooms"][""].pop()
    update.write_text(json.dumps(document), encoding="utf-8")
    assert cli("import", str(update))[0] == 0
    damage(db_path, "UPDATE programme_version SET programme = x'00ff00ff'")
    code, _out, err = cli("undo-import")
    assert code == 2 and "no import" in err and "Traceback" not in err


def test_a_full_disk_is_said_and_changes_nothing(
    cli: CliRun, tmp_path: Path, small_disk: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = (small_disk or tmp_path) / "plan.sqlite"
    assert cli("--db", str(path), "choose", "413d011b")[0] == 0
    if small_disk is not None:
        filler = fill(small_disk)
        action = ("choose", "ce6713d8")
    else:
        # No file system to fill: SQLite may not add a page, and an import needs many.
        filler = None
        configure = database.configure

        def on_a_full_disk(connection: sqlite3.Connection) -> None:
            configure(connection)
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")

        monkeypatch.setattr(database, "configure", on_a_full_disk)
        fosdem_sized = tmp_path / "big.json"
        fosdem_sized.write_text(big_programme(), encoding="utf-8")
        action = ("import", str(fosdem_sized))
    listing = siblings(path)
    code, _out, err = cli("--db", str(path), *action)
    assert code == 1
    assert "is full" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, out, _err = cli("--db", str(path), "agenda")
    assert code == 0 and "[x] Participatory budgeting in cities" in out
    assert siblings(path) == listing  # nothing renamed
    if filler is not None:
        filler.unlink()
    monkeypatch.undo()
    assert cli("--db", str(path), *action)[0] == 0
    assert "413d011b-30b5-58eb-b144-d1a19996e864" in chosen_on_disk(path)


def big_programme() -> str:
    from tests.shipped import shipped

    document = shipped()
    document["schedule"]["conference"]["acronym"] = "bigcon"
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    rooms[""] = [
        {
            "guid": f"big-{n}",
            "date": f"2018-05-17T{9 + n // 100:02d}:{n % 60:02d}:00+02:00",
            "duration": "00:20",
            "title": f"Talk {n} " + "with a long title " * 4,
            "room": f"Room {n % 29}",
        }
        for n in range(900)
    ]
    return json.dumps(document)


def test_a_read_only_database_is_read_and_its_writes_are_refused(
    cli: CliRun, tmp_path: Path, small_disk: Path | None
) -> None:
    folder = small_disk or tmp_path / "read-only"
    folder.mkdir(exist_ok=True)
    path = folder / "plan.sqlite"
    assert cli("--db", str(path), "choose", "413d011b")[0] == 0
    if small_disk is not None:  # root may write anywhere: only a read-only mount stops it
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
    try:
        before = sha256(path)
        code, out, _err = cli("--db", str(path), "agenda")
        assert code == 0 and "[x] Participatory budgeting in cities" in out
        code, _out, err = cli("--db", str(path), "choose", "a01f53f7")
        assert code == 1 and "cannot be written" in err and "Traceback" not in err
        assert sha256(path) == before
        assert not [p for p in folder.iterdir() if ".damaged-" in p.name]
    finally:
        if small_disk is None:
            folder.chmod(0o755)
            path.chmod(0o644)


def test_a_lock_held_by_another_program_is_said_quickly(cli: CliRun, db_path: Path) -> None:
    assert cli("program")[0] == 0
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = cli("choose", "413d011b")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and "Another program is using" in err


@pytest.mark.parametrize("name", ["plan #1?.sqlite", "100%20done å.sqlite"])
def test_paths_are_paths_not_urls(cli: CliRun, tmp_path: Path, name: str) -> None:
    path = tmp_path / "fö?lder #2" / name
    assert cli("--db", str(path), "choose", "413d011b")[0] == 0
    assert path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [name]
    code, out, _err = cli("--db", str(path), "agenda")
    assert code == 0 and "[x] Participatory budgeting in cities" in out
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    code, _out, err = cli("--db", str(path), "agenda")
    assert code == 2 and "newer version" in err


def test_a_first_release_database_is_copied_aside_and_brought_up_to_date(
    cli: CliRun, tmp_path: Path
) -> None:
    path = tmp_path / "planner.sqlite"
    shutil.copy(FIXTURES / "planner-v3.sqlite", path)
    code, out, err = cli("--db", str(path), "--conference", "skl_dialog_2018", "agenda", "--json")
    assert code == 0, err
    copy = sqlite3.connect(tmp_path / "planner.sqlite.version-3")
    first = sqlite3.connect(FIXTURES / "planner-v3.sqlite")
    assert list(copy.iterdump()) == list(first.iterdump())
    copy.close()
    first.close()

    items = json.loads(out)["items"]
    chosen = [i["title"] for i in items if i["chosen"]]
    assert chosen == [
        "Participatory budgeting in cities",
        "Participatory budgeting for young people",
        "Participatory budgeting with IT support",
    ]
    # The first release called a lone talk of an imported conference a plenary: now it is
    # the talk its file says it is, and the shipped programme's plenaries stay plenaries.
    code, out, _err = cli("--db", str(path), "--conference", "tiny2025", "program", "--json")
    kinds = {i["title"]: i["kind"] for i in json.loads(out)["items"]}
    assert kinds["Welcome to the devroom"] == "session"
    assert any(i["kind"] == "plenary" for i in items)
    # The update the first release kept can still be undone.
    code, out, _err = cli("--db", str(path), "--conference", "skl_dialog_2018", "undo-import")
    assert code == 0


def test_a_first_start_on_a_full_disk_leaves_no_file_behind(
    cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure = database.configure

    def on_a_full_disk(connection: sqlite3.Connection) -> None:
        configure(connection)
        connection.execute("PRAGMA max_page_count = 1")

    monkeypatch.setattr(database, "configure", on_a_full_disk)
    path = tmp_path / "new.sqlite"
    code, out, err = cli("--db", str(path), "conferences")
    assert (code, out) == (1, "")
    assert "full" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not path.exists()
    # With room again, the next start makes the file as on any first start.
    monkeypatch.setattr(database, "configure", configure)
    code, out, _err = cli("--db", str(path), "conferences")
    assert code == 0 and "skl_dialog_2018" in out
