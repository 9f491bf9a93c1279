"""Plan for me: the proposal has the highest total interest of all plans the rules allow."""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

import pytest

from planner.data import shipped_programme
from planner.domain.interest import MAYBE, MUST, WANT, interest
from planner.domain.programme import Conference, Programme, Session, arrange
from planner.domain.proposals import propose
from planner.domain.rules import conflicts, doubled_themes
from planner.services.importing import read_programme
from planner.services.planning import Plan
from tests.conftest import at


@pytest.fixture(scope="module")
def shipped() -> Programme:
    return read_programme(shipped_programme())


def all_plans(programme: Programme) -> Iterator[frozenset[str]]:
    """Every plan of the shipped programme: at most one session of each slot, no theme twice
    (every choosable session of it is in a slot, and its slots do not overlap)."""
    options = [(None, *(s.guid for s in members)) for members in programme.slots.values()]
    for picks in itertools.product(*options):
        plan = frozenset(g for g in picks if g is not None)
        if not doubled_themes(programme, plan):
            yield plan


def total(programme: Programme, ratings: Mapping[str, int], plan: frozenset[str]) -> int:
    return sum(interest(programme, ratings, programme.by_guid[g]) for g in plan)


def rating_sets(programme: Programme) -> list[dict[str, int]]:
    day_one = [s for s in programme.sessions if s.theme is not None]
    first, second = programme.slots["2018-05-17T13:30"], programme.slots["2018-05-17T15:50"]
    randomly = random.Random(15)
    sets = [
        {},
        # Everything a must: one session of each slot, no theme twice.
        {s.guid: MUST for s in programme.sessions if not s.for_everyone},
        # Three themes of one slot pair wanted: only two fit.
        {first[0].guid: MUST, first[1].guid: WANT, second[2].guid: WANT},
        # A theme rated at its second run only.
        {second[3].guid: MUST, first[3].guid: MAYBE},
        {day_one[5].guid: MAYBE},
    ]
    choosable = [s for s in programme.sessions if not s.for_everyone]
    for _ in range(12):
        rated = randomly.sample(choosable, randomly.randint(1, len(choosable)))
        sets.append({s.guid: randomly.choice((MUST, WANT, MAYBE)) for s in rated})
    return sets


def test_the_proposal_is_the_best_of_all_plans_and_never_doubles_a_theme(
    qapp: Any, shipped: Programme
) -> None:
    plans = list(all_plans(shipped))
    assert len(plans) == 21 * 21 * 5
    for ratings in rating_sets(shipped):
        proposal = propose(shipped, ratings, frozenset())
        best = max(total(shipped, ratings, plan) for plan in plans)
        assert proposal.interest == best == total(shipped, ratings, proposal.chosen)
        assert not doubled_themes(shipped, proposal.chosen)
        assert not conflicts(shipped, proposal.chosen)
        assert proposal.added == proposal.chosen and not proposal.removed
        # Only what the attendee wants is proposed.
        assert all(interest(shipped, ratings, shipped.by_guid[g]) for g in proposal.chosen)


def test_choices_stay_unless_the_proposal_may_replace_them(qapp: Any, shipped: Programme) -> None:
    plans = list(all_plans(shipped))
    towns, cities = shipped.slots["2018-05-17T13:30"][:2]
    kept = frozenset({towns.guid})
    for ratings in rating_sets(shipped):
        kept_plan = propose(shipped, ratings, kept)
        best_with = max(total(shipped, ratings, p) for p in plans if kept <= p)
        assert kept <= kept_plan.chosen and not kept_plan.removed
        assert kept_plan.interest == best_with
        assert not doubled_themes(shipped, kept_plan.chosen)
        replaced = propose(shipped, ratings, kept, replace=True)
        assert replaced.interest == max(total(shipped, ratings, p) for p in plans)
        assert not doubled_themes(shipped, replaced.chosen)
        assert not conflicts(shipped, replaced.chosen)
    # The theme chosen at 13:30 is not taken again at 15:50; another one is.
    wants_both = {towns.guid: MUST, cities.guid: WANT}
    proposal = propose(shipped, wants_both, kept)
    assert {shipped.by_guid[g].theme for g in proposal.added} == {cities.theme}
    assert proposal.removed == frozenset()
    moved = propose(shipped, {cities.guid: MUST}, kept, replace=True)
    assert cities.guid in moved.chosen
    assert moved.removed == kept or towns.guid not in moved.chosen


def test_alone_one_covers_four_of_the_eight_afternoon_themes(qapp: Any, shipped: Programme) -> None:
    ratings = {s.guid: WANT for s in shipped.sessions if s.theme is not None}
    proposal = propose(shipped, ratings, frozenset())
    themes = {shipped.by_guid[g].theme for g in proposal.chosen}
    assert len(themes) == 4 and len(proposal.chosen) == 4


def test_plan_for_me_from_the_plan_is_applied_as_one_step(plan: Plan) -> None:
    towns = plan.slots["2018-05-17T13:30"][0]
    plan.rate(towns.guid, MUST)
    proposal = plan.propose()
    assert proposal.added == {towns.guid}
    plan.restore(proposal.removed, proposal.added)
    assert plan.chosen == {towns.guid}
    plan.restore(proposal.added, proposal.removed)
    assert plan.chosen == frozenset()


def fosdem_like(repeats: int, rooms: int = 40, hours: int = 10) -> Programme:
    """Two days of many rooms with talks of different lengths; every `repeats`-th talk of a
    room is given again two talks later."""
    sessions: list[Session] = []
    randomly = random.Random(2025)
    for day_number, day in enumerate((date(2025, 2, 1), date(2025, 2, 2))):
        for room in range(rooms):
            minute = 0
            titles: list[str] = []
            while minute < hours * 60:
                length = randomly.choice((15, 25, 25, 40, 50))
                start = at(2025, 2, 1 + day_number, 9, 0, zone="Europe/Brussels")
                start += timedelta(minutes=minute)
                number = len(sessions)
                again = len(titles) >= 2 and len(titles) % repeats == 2
                titles.append(titles[-2] if again else f"Talk {number}")
                sessions.append(
                    Session(
                        guid=f"talk-{number}",
                        day=day,
                        start=start,
                        end=start + timedelta(minutes=length),
                        title=titles[-1],
                        kind="session",
                        room=f"Room {room}",
                        track=f"Track {room}",
                        column=room,
                    )
                )
                minute += length + 5
    days = (date(2025, 2, 1), date(2025, 2, 2))
    return Programme(
        Conference("fosdem", "FOSDEM-like", "Europe/Brussels", days), tuple(arrange(sessions))
    )


@pytest.mark.parametrize("repeats", [12, 3])
def test_a_fosdem_sized_programme_is_planned_well_under_a_second(qapp: Any, repeats: int) -> None:
    """Talks given twice now and then, or a third of them given twice."""
    programme = fosdem_like(repeats)
    assert len(programme.sessions) > 1300
    assert len(programme.themes) > 80
    randomly = random.Random(7)
    ratings = {s.guid: randomly.choice((MUST, WANT, MAYBE)) for s in programme.sessions}
    started = time.perf_counter()
    proposal = propose(programme, ratings, frozenset())
    assert time.perf_counter() - started < 0.5
    assert proposal.exact
    assert not conflicts(programme, proposal.chosen)
    assert not doubled_themes(programme, proposal.chosen)
    assert proposal.interest > 0
