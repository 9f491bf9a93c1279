"""The personal commands, parsed by the planner's parser and run on a plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner.arguments import parse_arguments
from planner.cli import UsageError
from planner.commands import COMMANDS
from planner.services.planning import Plan
from planner.store.reading import Marks

TOWNS_13 = "2018-05-17T13:30"


def run(plan: Plan, capsys: pytest.CaptureFixture[str], *argv: str, language: str = "en") -> str:
    """Run one personal command on `plan` as the planner's parser would; returns stdout."""
    return run_both(plan, capsys, *argv, language=language)[0]


def run_both(
    plan: Plan, capsys: pytest.CaptureFixture[str], *argv: str, language: str = "en"
) -> tuple[str, str]:
    """Run one personal command; returns stdout and stderr."""
    arguments = parse_arguments(["--lang", "en", *argv], "planner")
    capsys.readouterr()
    COMMANDS[arguments.command](plan, language, arguments)
    captured = capsys.readouterr()
    return captured.out, captured.err


def run_json(plan: Plan, capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    return json.loads(run(plan, capsys, *argv, "--json"))


def test_every_command_has_its_function(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_arguments(["--lang", "en", "--help"], "planner")
    listed = [
        line.split()[0]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("    ") and line[4] not in " -"
    ]
    assert set(listed) == set(COMMANDS)
    assert {"note", "star", "rate", "plan-for-me", "share", "add-colleague", "delegation"} <= set(
        listed
    )
    assert {"report", "attended", "skipped"} <= set(listed)


def test_note_star_rate_and_attendance(plan: Plan, capsys: pytest.CaptureFixture[str]) -> None:
    towns = plan.slots[TOWNS_13][0]
    assert "Note kept" in run(plan, capsys, "note", towns.guid[:8], "Ask about the budget")
    assert plan.note(towns.guid) == "Ask about the budget"
    assert "Note removed" in run(plan, capsys, "note", towns.guid, "")
    assert plan.note(towns.guid) == ""
    run(plan, capsys, "star", towns.guid)
    assert plan.is_starred(towns.guid) and not plan.is_chosen(towns.guid)
    run(plan, capsys, "star", towns.guid, "--off")
    assert not plan.is_starred(towns.guid)
    run(plan, capsys, "rate", towns.guid, "must")
    # The theme's other run has the rating too.
    assert plan.rating(plan.other_runs(towns)[0]) == 3
    run(plan, capsys, "attended", towns.guid)
    assert plan.attendance(towns.guid) == "attended"
    run(plan, capsys, "skipped", towns.guid)
    assert plan.attendance(towns.guid) == "skipped"
    run(plan, capsys, "skipped", towns.guid, "--off")
    assert plan.attendance(towns.guid) is None


def test_bad_input_is_one_sentence_and_changes_nothing(
    plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    lunch = next(s for s in plan.sessions if s.kind == "break")
    with pytest.raises(UsageError, match="everyone's agenda"):
        run(plan, capsys, "star", lunch.guid)
    with pytest.raises(UsageError, match="not a session"):
        run(plan, capsys, "note", "no-such-session", "text")
    with pytest.raises(UsageError, match="--name"):
        run(plan, capsys, "share", "plan.json")
    assert plan.marks == Marks(notes={}, starred=frozenset(), ratings={}, attendance={})


def test_plan_for_me_prints_the_proposal_and_accept_takes_it(
    plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    towns, cities = plan.slots[TOWNS_13][:2]
    young = plan.slots["2018-05-17T14:40"][0]
    run(plan, capsys, "rate", towns.guid, "must")
    run(plan, capsys, "rate", cities.guid, "want")
    run(plan, capsys, "rate", young.guid, "maybe")
    shown = run(plan, capsys, "plan-for-me")
    english = [s.translated("en").title for s in (towns, cities, young)]
    assert "Proposed:" in shown and all(title in shown for title in english)
    assert plan.chosen == frozenset()
    found = run_json(plan, capsys, "plan-for-me", "--accept")
    assert found["accepted"] and found["interest"] == 3 + 2 + 1
    assert plan.chosen == set(found["chosen"])
    themes = [plan.by_guid[g].theme for g in plan.chosen]
    assert len(themes) == len(set(themes)) == 3
    assert "nothing to add" in run(plan, capsys, "plan-for-me")


def test_report_command_writes_by_suffix(
    plan: Plan, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert "Report written" in run(plan, capsys, "report", str(tmp_path / "home.odt"))
    assert (tmp_path / "home.odt").read_bytes()[:2] == b"PK"
    run(plan, capsys, "report", str(tmp_path / "home.pdf"))
    assert (tmp_path / "home.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(UsageError, match=r"\.odt"):
        run(plan, capsys, "report", str(tmp_path / "home.docx"))
