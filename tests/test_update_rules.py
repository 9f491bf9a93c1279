"""What an update may do to a plan: never cancel most of it unasked, never put a returning
session into a conflict, and always say which session a change is about."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.services.importing import read_programme
from planner.services.planning import Plan
from tests.conftest import CliRun, program_json
from tests.shipped import events, find, guid_of, shipped

CITIES = "Medborgarbudget i städer"
TOWNS = "Medborgarbudget på mindre orter"


def write(tmp_path: Path, name: str, document: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def without(document: dict[str, Any], title: str, start: str) -> dict[str, Any]:
    changed: dict[str, Any] = json.loads(json.dumps(document))
    gone = find(changed, title, start)
    for day in changed["schedule"]["conference"]["days"]:
        if gone in day["rooms"][""]:
            day["rooms"][""].remove(gone)
    return changed


def chosen_titles(cli: CliRun) -> list[tuple[str, str]]:
    items = program_json(cli, "--lang", "sv")["items"]
    return [(i["title"], i["start"]) for i in items if i["chosen"]]


def test_an_update_that_cancels_most_sessions_needs_force(
    cli: CliRun, db_path: Path, tmp_path: Path
) -> None:
    document = shipped()
    day1, day2 = document["schedule"]["conference"]["days"]
    day1["rooms"][""] = day1["rooms"][""][:3]
    day2["rooms"][""] = []
    path = write(tmp_path, "broken-export.json", document)
    cli("choose", guid_of(cli, CITIES, "13:30"))
    before = db_path.read_bytes()
    code, out, err = cli("import", str(path))
    assert (code, out) == (2, "")
    assert "would cancel 33 of the 36 sessions" in err and "--force" in err
    assert db_path.read_bytes() == before
    code, out, _err = cli("import", "--force", str(path))
    assert code == 0 and "Updated" in out
    assert cli("undo-import")[0] == 0
    assert chosen_titles(cli) == [(CITIES, "13:30")]


def test_a_cancelled_choice_that_comes_back_is_chosen_again(cli: CliRun, tmp_path: Path) -> None:
    cli("choose", guid_of(cli, CITIES, "13:30"))
    cli("import", str(write(tmp_path, "v2.json", without(shipped(), CITIES, "13:30"))))
    code, out, _err = cli("import", str(write(tmp_path, "v3.json", shipped())))
    assert code == 0
    assert "“Participatory budgeting in cities”, cancelled by an earlier update, is back" in out
    assert "Back on the programme: Thursday 17 May 13:30 Participatory budgeting in cities" in out
    assert chosen_titles(cli) == [(CITIES, "13:30")]


def test_a_returning_choice_never_lands_in_a_conflict(cli: CliRun, tmp_path: Path) -> None:
    cli("choose", guid_of(cli, CITIES, "13:30"))
    cli("import", str(write(tmp_path, "v2.json", without(shipped(), CITIES, "13:30"))))
    # Meanwhile the attendee chose another theme of that slot.
    cli("choose", guid_of(cli, TOWNS, "13:30"))
    code, out, _err = cli("import", str(write(tmp_path, "v3.json", shipped())))
    assert code == 0
    assert (
        "“Participatory budgeting in cities”, which you had chosen before it was cancelled, "
        "is back at Thursday 17 May 13:30; it is not chosen again because of your choice "
        "“Participatory budgeting in smaller towns”" in out
    )
    assert chosen_titles(cli) == [(TOWNS, "13:30")]


def test_a_conflict_line_names_both_choices(cli: CliRun, tmp_path: Path) -> None:
    # The workshop of day 2 is chosen; the research workshop, also chosen elsewhere, moves
    # onto a lecture time that another choice has: here, onto the first workshop's time.
    document = shipped()
    criteria = find(document, "Kriterier för Medborgarbudget", "08:30")
    cli("choose", criteria["guid"])
    cities = find(document, CITIES, "15:50")
    cli("choose", cities["guid"])
    for field, value in (
        ("date", "2018-05-18T08:30:00+02:00"),
        ("start", "08:30"),
        ("end", "2018-05-18T09:20:00+02:00"),
    ):
        cities[field] = value
    document["schedule"]["conference"]["days"][0]["rooms"][""].remove(cities)
    document["schedule"]["conference"]["days"][1]["rooms"][""].insert(0, cities)
    code, out, _err = cli("import", str(write(tmp_path, "clash.json", document)))
    assert code == 0
    assert (
        "Your Friday 18 May 08:30 choice “Participatory budgeting in cities” now runs at the "
        "same time as your choice “Criteria for participatory budgeting”." in out
    )


def test_a_change_of_length_says_the_new_end(cli: CliRun, tmp_path: Path) -> None:
    document = shipped()
    lunch = find(document, "Lunch, mingel", "12:00")
    lunch["end"] = "2018-05-17T13:45:00+02:00"
    lunch["duration"] = "01:45"
    code, out, _err = cli("import", str(write(tmp_path, "longer-lunch.json", document)))
    assert code == 0
    assert (
        "Moved: Lunch, mingling, Thursday 17 May 12:00–13:30 → Thursday 17 May 12:00–13:45" in out
    )


def test_the_json_report_lists_sessions_that_are_back(cli: CliRun, tmp_path: Path) -> None:
    gone = find(shipped(), CITIES, "13:30")["guid"]
    cli("import", str(write(tmp_path, "v2.json", without(shipped(), CITIES, "13:30"))))
    code, out, _err = cli("import", "--json", str(write(tmp_path, "v3.json", shipped())))
    assert code == 0
    report = json.loads(out)
    assert report["back"] == [gone] and report["added"] == []
    assert len(events(shipped())) == 36


def test_an_update_compares_with_the_database_not_a_window_left_behind(
    cli: CliRun, plan: Plan, tmp_path: Path
) -> None:
    """A window compares an update with the programme it shows only while the database
    still holds that one: here the command line updated the file meanwhile."""
    cli("import", str(write(tmp_path, "v2.json", without(shipped(), CITIES, "13:30"))))
    assert any(s.title == CITIES for s in plan.sessions if s.start.strftime("%H:%M") == "13:30")
    result = plan.import_programme(read_programme(write(tmp_path, "v3.json", shipped())))
    assert [(s.title, s.start.strftime("%H:%M")) for s in result.changes.back] == [
        (CITIES, "13:30")
    ]
    # And the window's own next update, with nothing changed on disk meanwhile, finds
    # nothing new.
    again = plan.import_programme(read_programme(write(tmp_path, "v4.json", shipped())))
    assert not again.changes.added and not again.changes.back and not again.changes.moved
