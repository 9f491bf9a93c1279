"""The delegation: colleagues' shared plans added, who covers what, and who should go where."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.cli import UsageError
from planner.domain.delegation import Member, propose_for
from planner.domain.interest import MUST, WANT, interest
from planner.domain.programme import Programme
from planner.domain.proposals import topic
from planner.domain.rules import conflicts, doubled_themes
from planner.services.calendar import calendar_sessions, export_calendar
from planner.services.planning import Plan, open_plan
from planner.store.reading import PlanError
from tests.test_personal_cli import run, run_both, run_json

DAY_ONE = "2018-05-17"
AFTERNOON = ("13:30", "14:40", "15:50", "16:50")


@pytest.fixture
def colleagues(tmp_path: Path, qapp: Any) -> Iterator[dict[str, Plan]]:
    """Colleagues, each with a plan database of their own."""
    made: dict[str, Plan] = {}
    for name in ("Anna", "Bo", "Cecilia"):
        opened = open_plan(tmp_path / f"{name}.sqlite")
        made[name] = Plan(opened.store, opened.conference)
    yield made
    for plan in made.values():
        plan.store.close()


def slot(plan: Plan, time: str) -> tuple[Any, ...]:
    return plan.slots[f"{DAY_ONE}T{time}"]


def shared(
    plan: Plan, capsys: pytest.CaptureFixture[str], name: str, folder: Path, *extra: str
) -> Path:
    path = folder / f"{name}.plan.json"
    run(plan, capsys, "share", str(path), "--name", name, *extra)
    return path


def day_one_themes(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in document["themes"] if t["day"] == DAY_ONE]


def test_two_and_three_colleagues_files_show_who_attends_each_session(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna, bo, cecilia = colleagues.values()
    mine = slot(plan, "13:30")[0]
    plan.choose(mine.guid)
    anna.choose(slot(anna, "13:30")[1].guid)
    bo.choose(slot(bo, "13:30")[1].guid)
    cecilia.choose(slot(cecilia, "14:40")[2].guid)
    for name in ("Anna", "Bo"):
        file = shared(colleagues[name], capsys, name, tmp_path)
        assert "Added the plan of " + name in run(plan, capsys, "add-colleague", str(file))
    found = run_json(plan, capsys, "delegation", "--name", "Me")
    assert [m["name"] for m in found["members"]] == ["Me", "Anna", "Bo"]
    attendees = {s["id"]: s["attendees"] for s in found["sessions"]}
    assert attendees[mine.guid] == ["Me"]
    assert attendees[slot(plan, "13:30")[1].guid] == ["Anna", "Bo"]
    assert {s["id"]: s["count"] for s in found["sessions"]}[slot(plan, "13:30")[1].guid] == 2
    run(plan, capsys, "add-colleague", str(shared(cecilia, capsys, "Cecilia", tmp_path)))
    found = run_json(plan, capsys, "delegation")
    assert len(found["members"]) == 4
    attendees = {s["id"]: s["attendees"] for s in found["sessions"]}
    assert attendees[slot(plan, "14:40")[2].guid] == ["Cecilia"]
    covered = [t for t in day_one_themes(found) if t["covered"]]
    assert len(covered) == 3
    # A theme nobody covers says who is free at its runs.
    young = next(
        t for t in day_one_themes(found) if t["runs"][0]["id"] == slot(plan, "14:40")[0].guid
    )
    assert not young["covered"]
    assert young["runs"][0]["free"] == ["You", "Anna", "Bo"]
    assert sorted(young["runs"][1]["free"]) == ["Anna", "Bo", "Cecilia", "You"]
    assert "Removed the plan of bo" in run(plan, capsys, "remove-colleague", "bo")
    assert len(run_json(plan, capsys, "delegation")["members"]) == 3


def test_two_plans_that_take_all_eight_themes_cover_them(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna = colleagues["Anna"]
    # Me: themes 1 and 2 at 13:30 and 15:50; Anna the other two. The same for 14:40/16:50.
    for time, later in (("13:30", "15:50"), ("14:40", "16:50")):
        plan.choose(slot(plan, time)[0].guid)
        plan.choose(slot(plan, later)[1].guid)
        anna.choose(slot(anna, time)[2].guid)
        anna.choose(slot(anna, later)[3].guid)
    run(plan, capsys, "add-colleague", str(shared(anna, capsys, "Anna", tmp_path)))
    themes = day_one_themes(run_json(plan, capsys, "delegation"))
    assert len(themes) == 8
    assert all(t["covered"] for t in themes)
    text = run(plan, capsys, "delegation")
    assert "Themes and sessions covered: 8 of 12." in text


def test_the_proposal_for_two_covers_all_eight_afternoon_themes(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna = colleagues["Anna"]
    # Both want the same theme most; the proposal still covers everything.
    plan.rate(slot(plan, "13:30")[0].guid, MUST)
    anna.rate(slot(anna, "13:30")[0].guid, MUST)
    anna.rate(slot(anna, "14:40")[3].guid, WANT)
    run(plan, capsys, "add-colleague", str(shared(anna, capsys, "Anna", tmp_path)))
    found = run_json(plan, capsys, "delegation", "--propose")
    proposal = found["proposal"]
    assert proposal["exact"]
    parts = {p["name"]: set(p["ids"]) for p in proposal["parts"]}
    day_one = {s.guid for s in plan.sessions if s.theme is not None}
    covered = {plan.by_guid[g].theme for part in parts.values() for g in part & day_one}
    assert len(covered) == 8
    for part in parts.values():
        assert not conflicts(plan.programme, part)
        assert not doubled_themes(plan.programme, part)
    # The morning's four workshops are covered too, two each.
    assert all(len(part - day_one) == 1 for part in parts.values())


def all_plans(programme: Programme) -> list[frozenset[str]]:
    """Every plan of the afternoon of themes (one session a slot at most, no theme twice)."""
    options = [
        (None, *(s.guid for s in programme.slots[f"{DAY_ONE}T{time}"])) for time in AFTERNOON
    ]
    plans = [frozenset(g for g in picks if g) for picks in itertools.product(*options)]
    return [p for p in plans if not doubled_themes(programme, p)]


def test_the_division_is_the_best_of_all_divisions_for_two(plan: Plan) -> None:
    programme = plan.programme
    afternoon = [s for s in programme.sessions if s.theme is not None]
    mine = {afternoon[0].guid: MUST, afternoon[5].guid: WANT}
    theirs = {afternoon[0].guid: MUST, afternoon[9].guid: MUST, afternoon[13].guid: 1}
    members = [Member("Me", frozenset(), mine, you=True), Member("Anna", frozenset(), theirs)]
    proposal = propose_for(programme, members)
    assert proposal.exact

    def worth(topics: frozenset[str]) -> int:
        wanted = [programme.by_guid[t] for t in topics]
        return sum(1 + max(interest(programme, m.ratings, s) for m in members) for s in wanted)

    def own(member: Member, part: frozenset[str]) -> int:
        return sum(interest(programme, member.ratings, programme.by_guid[g]) for g in part)

    def score(parts: tuple[frozenset[str], ...]) -> tuple[int, int]:
        topics = frozenset(topic(programme.by_guid[g]) for part in parts for g in part)
        return worth(topics), sum(own(m, p) for m, p in zip(members, parts, strict=True))

    plans = all_plans(programme)
    assert len(plans) == 441
    # Every pair of plans, with what each plan covers and is worth to each worked out once.
    covers = [frozenset(topic(programme.by_guid[g]) for g in p) for p in plans]
    mine_of, theirs_of = ([own(m, p) for p in plans] for m in members)
    worths: dict[frozenset[str], int] = {}
    best = (0, 0)
    for a, b in itertools.product(range(len(plans)), repeat=2):
        union = covers[a] | covers[b]
        if union not in worths:
            worths[union] = worth(union)
        best = max(best, (worths[union], mine_of[a] + theirs_of[b]))
    found = tuple(part & {s.guid for s in afternoon} for part in proposal.parts)
    assert score(found) == best
    # All eight themes, each counting 1 more than the most a member wants it: two musts (the
    # first theme, and the one at afternoon[9]) and a want (afternoon[5] and [13] share one).
    assert best[0] == 8 + 3 + 3 + 2


def test_a_newer_file_of_the_same_person_replaces_theirs(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna = colleagues["Anna"]
    anna.choose(slot(anna, "13:30")[0].guid)
    (tmp_path / "older").mkdir()
    older = shared(anna, capsys, "Anna", tmp_path / "older")
    anna.choose(slot(anna, "13:30")[1].guid)
    newer = shared(anna, capsys, "anna", tmp_path)
    document = json.loads(newer.read_text(encoding="utf-8"))
    document["written"] = "2099-01-01T00:00:00+00:00"
    newer.write_text(json.dumps(document), encoding="utf-8")
    run(plan, capsys, "add-colleague", str(older))
    assert "replaces their earlier one" in run(plan, capsys, "add-colleague", str(newer))
    (colleague,) = plan.store.colleagues.all(plan.conference)
    assert colleague.name == "anna" and colleague.chosen == {slot(anna, "13:30")[1].guid}
    with pytest.raises(PlanError, match="written later than this one"):
        run(plan, capsys, "add-colleague", str(older))
    (colleague,) = plan.store.colleagues.all(plan.conference)
    assert colleague.chosen == {slot(anna, "13:30")[1].guid}


def test_a_plan_for_another_version_names_the_sessions_it_could_not_match(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna = colleagues["Anna"]
    anna.choose(slot(anna, "13:30")[0].guid)
    file = shared(anna, capsys, "Anna", tmp_path)
    document = json.loads(file.read_text(encoding="utf-8"))
    document["chosen"].append("cancelled-session-guid")
    file.write_text(json.dumps(document), encoding="utf-8")
    _out, err = run_both(plan, capsys, "add-colleague", str(file))
    assert "It names 1 sessions that are not in this programme" in err
    assert "cancelled-session-guid" in err
    (colleague,) = plan.store.colleagues.all(plan.conference)
    assert "cancelled-session-guid" in colleague.chosen
    # A plan of another conference with none of this one's sessions is refused.
    document.update(conference={"key": "fosdem", "title": "FOSDEM", "days": []})
    document["chosen"] = ["a-fosdem-talk"]
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(UsageError, match="a plan for FOSDEM"):
        run(plan, capsys, "add-colleague", str(file))


def test_a_planner_made_calendar_is_a_colleagues_plan(
    plan: Plan, colleagues: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bo = colleagues["Bo"]
    chosen = {slot(bo, "13:30")[2].guid, slot(bo, "16:50")[1].guid}
    for guid in chosen:
        bo.choose(guid)
    calendar = tmp_path / "bo-agenda.ics"
    sessions = calendar_sessions(bo.sessions, bo.chosen)
    export_calendar(calendar, bo.store.exports, bo.conference, sessions, "sv")
    run(plan, capsys, "add-colleague", str(calendar), "--name", "Bo")
    (colleague,) = plan.store.colleagues.all(plan.conference)
    assert colleague.name == "Bo" and colleague.chosen == chosen
    attendees = {s["id"]: s["attendees"] for s in run_json(plan, capsys, "delegation")["sessions"]}
    assert all(attendees[g] == ["Bo"] for g in chosen)


HOSTILE = {
    "wrong version": lambda d: {**d, "version": 7},
    "version as text": lambda d: {**d, "version": "1"},
    "not JSON": None,
    "not a plan": lambda d: ["format", d["format"]],
    "other format": lambda d: {**d, "format": "something-else"},
    "chosen not a list": lambda d: {**d, "chosen": "all of them"},
    "numbers as ids": lambda d: {**d, "chosen": [1, 2, 3]},
    "bad ratings": lambda d: {**d, "ratings": {"x": 9}},
    "bad notes": lambda d: {**d, "notes": {"x": ["<b>"]}},
    "no name": lambda d: {**d, "name": "  "},
    "no conference": lambda d: {**d, "conference": "UDDD"},
    "bad days": lambda d: {**d, "conference": {**d["conference"], "days": ["yesterday"]}},
    "bad time": lambda d: {**d, "written": 12},
    "too many sessions": lambda d: {**d, "starred": [f"g{n}" for n in range(6000)]},
    "deeply nested": lambda d: {**d, "notes": json.loads("[" * 50 + "]" * 50)},
}


@pytest.mark.parametrize("fault", list(HOSTILE))
def test_a_hostile_share_file_gets_one_sentence_and_changes_nothing(
    plan: Plan,
    colleagues: dict[str, Plan],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    fault: str,
) -> None:
    file = shared(colleagues["Anna"], capsys, "Anna", tmp_path)
    spoil = HOSTILE[fault]
    if spoil is None:
        file.write_bytes(b"\xff{ not json at all")
    else:
        file.write_text(json.dumps(spoil(json.loads(file.read_text(encoding="utf-8")))))
    before = plan.store.database.path.read_bytes()
    with pytest.raises(UsageError) as raised:
        run(plan, capsys, "add-colleague", str(file))
    message = str(raised.value)
    assert message.startswith(f"The plan file {file.name} cannot be added: ")
    assert message.endswith(".") and "\n" not in message
    assert plan.store.colleagues.all(plan.conference) == []
    assert plan.store.database.path.read_bytes() == before


def test_a_huge_file_is_refused_before_it_is_read(
    plan: Plan, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "huge.plan.json"
    with file.open("wb") as out:
        out.truncate(3 * 2**20)
    with pytest.raises(UsageError, match="larger than 2 MB"):
        run(plan, capsys, "add-colleague", str(file))


def test_the_share_file_holds_notes_only_when_asked(
    plan: Plan, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    towns = slot(plan, "13:30")[0]
    plan.choose(towns.guid)
    plan.set_starred(slot(plan, "14:40")[1].guid, True)
    plan.set_note(towns.guid, "private thoughts")
    plain = json.loads(shared(plan, capsys, "Me", tmp_path).read_text(encoding="utf-8"))
    assert plain["format"] == "conference-planner-plan" and plain["version"] == 1
    assert plain["conference"] == {
        "key": plan.conference.key,
        "title": plan.conference.title,
        "days": ["2018-05-17", "2018-05-18"],
    }
    assert plain["chosen"] == [towns.guid] and plain["starred"] == [slot(plan, "14:40")[1].guid]
    assert plain["notes"] == {}
    (tmp_path / "with-notes").mkdir()
    with_notes = shared(plan, capsys, "Me", tmp_path / "with-notes", "--notes")
    assert json.loads(with_notes.read_text(encoding="utf-8"))["notes"] == {
        towns.guid: "private thoughts"
    }
