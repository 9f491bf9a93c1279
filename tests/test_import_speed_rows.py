"""An import stores its sessions in one batch straight to the driver, marks changes in one
statement and reads kept versions only when a session arrives: what is stored is the same."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from tests.conftest import at

DAY = date(2025, 2, 1)


def talk(number: int, **changes: object) -> Session:
    start = at(2025, 2, 1, 9, 0, zone="Europe/Brussels") + timedelta(minutes=40 * number)
    session = Session(
        guid=f"talk-{number}",
        day=DAY,
        start=start,
        end=start + timedelta(minutes=30) if number % 3 else None,
        title=f"Talk {number} — “quoted” & <escaped>",
        kind="break" if number == 4 else "session",
        track=f"Track {number % 2}" if number % 5 else None,
        room=f"Room {number % 3}",
        subtitle="A subtitle" if number % 2 else None,
        speakers=tuple(f"Speaker {n}" for n in range(number % 3)),
        abstract=f"Abstract {number}, with an ümlaut." if number % 4 else None,
        description="Description" if number == 1 else None,
        url=f"https://example.org/{number}" if number % 2 else None,
        english=(("title", f"Talk {number} in English"),) if number == 2 else (),
    )
    return session._replace(**changes)  # type: ignore[arg-type]


def programme(sessions: list[Session]) -> Programme:
    conference = Conference("speedcon", "Speed Conference", "Europe/Brussels", (DAY,))
    return Programme(conference, tuple(arrange(sessions)))


def test_an_import_and_an_update_store_every_field_and_mark_each_change(plan: Plan) -> None:
    first = programme([talk(n) for n in range(8)])
    plan.import_programme(first)
    assert plan.store.reading.programme(plan.conference).sessions == first.sessions

    moved = talk(1, start=talk(1).start + timedelta(minutes=5))
    update = programme(
        [talk(0), moved, talk(2, title="New title"), talk(3, abstract="Rewritten"), talk(9)]
        + [talk(n) for n in range(4, 7)]
    )
    result = plan.import_programme(update)
    assert [s.guid for s in result.changes.cancelled] == ["talk-7"]
    assert plan.store.reading.programme(plan.conference).sessions == update.sessions
    assert plan.unseen == {
        "talk-1": "moved",
        "talk-2": "retitled",
        "talk-3": "changed",
        "talk-9": "added",
    }

    plan.undo_import()
    assert plan.store.reading.programme(plan.conference).sessions == first.sessions


def test_a_later_mark_replaces_an_earlier_one_and_a_session_comes_back(plan: Plan) -> None:
    plan.import_programme(programme([talk(n) for n in range(3)]))
    plan.choose("talk-2")
    plan.import_programme(programme([talk(0), talk(1), talk(5)]))
    assert plan.unseen["talk-5"] == "added"

    result = plan.import_programme(programme([talk(0), talk(1), talk(2), talk(5, title="Renamed")]))
    # Cancelled by the last update and on the programme again: back, not new.
    assert [s.guid for s in result.changes.back] == ["talk-2"]
    assert not result.changes.added
    assert plan.unseen["talk-5"] == "retitled"
    assert plan.unseen["talk-2"] == "added"
