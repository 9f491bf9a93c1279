"""Where the grid puts sessions, as pure geometry: rooms, lanes, bands, time and moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from planner.domain.grid import Grid, TimeAxis, is_aligned
from planner.domain.programme import Kind, Session, arrange
from planner.services.planning import Plan
from tests.conftest import at

DAY = date(2025, 2, 1)


def talk(
    guid: str,
    start: datetime,
    minutes: int | None,
    room: str | None = None,
    column: int = 0,
    *,
    kind: Kind = "session",
) -> Session:
    end = start + timedelta(minutes=minutes) if minutes is not None else None
    return Session(guid, DAY, start, end, guid, kind, room=room, column=column)


def lanes(grid: Grid) -> dict[str, tuple[int, int]]:
    return {guid: (place.lane, place.lanes) for guid, place in grid.places.items()}


def test_sessions_at_once_in_one_room_stand_side_by_side_in_that_room() -> None:
    sessions = [
        talk("a", at(2025, 2, 1, 10, 0), 30, "Left", 0),
        talk("b", at(2025, 2, 1, 10, 0), 60, "Left", 0),
        talk("c", at(2025, 2, 1, 11, 0), 30, "Left", 0),
        talk("d", at(2025, 2, 1, 10, 0), 30, "Right", 1),
    ]
    grid = Grid(sessions, aligned=False)
    assert [(r.name, r.first_lane, r.lanes) for r in grid.rooms] == [
        ("Left", 0, 2),
        ("Right", 2, 1),
    ]
    # The longer one takes the left lane; later sessions have the room's whole width.
    assert lanes(grid) == {"b": (0, 1), "a": (1, 1), "c": (0, 2), "d": (2, 1)}
    assert grid.lanes == 3


def test_rooms_in_file_order_and_only_those_in_use() -> None:
    sessions = [
        talk("x", at(2025, 2, 1, 10, 0), 30, "Zeta", 0),
        talk("y", at(2025, 2, 1, 10, 0), 30, "Alpha", 5),
    ]
    grid = Grid(sessions, aligned=False)
    assert [(r.name, r.column) for r in grid.rooms] == [("Zeta", 0), ("Alpha", 5)]
    assert Grid(sessions[1:], aligned=False).rooms[0].first_lane == 0


def test_an_item_for_everyone_spans_the_grid_only_when_nothing_else_runs() -> None:
    sessions = [
        talk("lunch", at(2025, 2, 1, 12, 0), 60, "Hall", 0, kind="break"),
        talk("keynote", at(2025, 2, 1, 13, 0), 30, "Hall", 0, kind="plenary"),
        talk("parallel", at(2025, 2, 1, 13, 0), 30, "Side", 1),
    ]
    grid = Grid(sessions, aligned=False)
    assert lanes(grid) == {"lunch": (0, 2), "keynote": (0, 1), "parallel": (1, 1)}
    assert [r.name for r in grid.rooms] == ["Hall", "Side"]


def test_a_zero_length_item_is_drawn_and_kept_clear_of_what_starts_with_it() -> None:
    sessions = [
        talk("notice", at(2025, 2, 1, 10, 0), 0, "Hall", 0),
        talk("talk", at(2025, 2, 1, 10, 0), 30, "Hall", 0),
    ]
    grid = Grid(sessions, aligned=False, shortest=timedelta(minutes=5))
    notice = grid.places["notice"]
    assert notice.end - notice.start == timedelta(minutes=5)
    assert {lanes(grid)["notice"][0], lanes(grid)["talk"][0]} == {0, 1}


def test_the_shipped_programme_is_aligned(plan: Plan) -> None:
    for day in plan.conference.days:
        sessions = plan.programme.on(day)
        assert is_aligned(sessions)
        grid = Grid(sessions, aligned=True)
        assert grid.lanes == 4
        assert [b.start.strftime("%H:%M") for b in grid.bands][:2] in (
            ["09:00", "10:00"],
            ["08:30", "10:00"],
        )
        for band in grid.bands:
            widths = {grid.places[g].lanes for g in band.guids}
            assert widths in ({4}, {1})


def test_a_day_with_talks_outside_slots_is_not_aligned() -> None:
    sessions = arrange(
        [
            talk("a", at(2025, 2, 1, 10, 0), 40, "A", 0),
            talk("b", at(2025, 2, 1, 10, 0), 60, "B", 1),
        ]
    )
    assert not is_aligned(sessions)
    aligned = arrange(
        [
            talk("a", at(2025, 2, 1, 10, 0), 60, "A", 0),
            talk("b", at(2025, 2, 1, 10, 0), 60, "B", 1),
            talk("lunch", at(2025, 2, 1, 11, 0), 60, None, 0, kind="break"),
        ]
    )
    assert is_aligned(aligned)


def test_the_time_axis_runs_from_the_half_hour_before_the_first_session() -> None:
    sessions = [
        talk("early", at(2025, 2, 1, 9, 10), 20, "A"),
        talk("late", at(2025, 2, 2, 0, 40), 30, "A"),
    ]
    axis = TimeAxis(sessions)
    assert f"{axis.start:%H:%M}" == "09:00"
    assert f"{axis.end:%d %H:%M}" == "02 01:30"
    ticks = axis.ticks()
    assert [f"{t.moment:%H:%M}" for t in ticks[:3]] == ["09:00", "09:30", "10:00"]
    assert [t.hour for t in ticks[:3]] == [True, False, True]
    assert ticks[-1].moment.date() == date(2025, 2, 2)
    assert axis.minutes(sessions[1].start) == 15 * 60 + 40


def test_ticks_keep_the_clock_across_a_change_of_offset() -> None:
    # Summer time ends on 26 October 2025 in Brussels: 03:00 becomes 02:00 again.
    night = date(2025, 10, 25)
    sessions = [
        Session(
            "before", night, at(2025, 10, 26, 1, 0, zone="Europe/Brussels"), None, "x", "session"
        ),
        Session(
            "after", night, at(2025, 10, 26, 3, 0, zone="Europe/Brussels"), None, "y", "session"
        ),
    ]
    axis = TimeAxis(sessions)
    clocks = [f"{t.moment:%H:%M}" for t in axis.ticks()]
    assert clocks[-3:] == ["03:00", "03:30", "04:00"]
    assert axis.minutes(sessions[1].start) == 180  # three hours of real time


def test_moves_go_to_the_neighbouring_room_at_the_same_time_and_along_a_column() -> None:
    sessions = [
        talk("a1", at(2025, 2, 1, 10, 0), 30, "A", 0),
        talk("a2", at(2025, 2, 1, 10, 30), 30, "A", 0),
        talk("b1", at(2025, 2, 1, 9, 50), 60, "B", 1),
        talk("c1", at(2025, 2, 1, 11, 0), 30, "C", 2),
        talk("lunch", at(2025, 2, 1, 12, 0), 60, None, 0, kind="break"),
    ]
    grid = Grid(sessions, aligned=False)
    assert grid.move("a2", "right") == ("b1", 1)  # b1 runs at 10:30
    assert grid.move("b1", "right") == ("c1", 2)  # nothing then: the nearest start
    assert grid.move("b1", "left") == ("a1", 0)  # a1 starts nearest to 09:50
    assert grid.move("a1", "down") == ("a2", 0)
    assert grid.move("a2", "down") == ("lunch", 0)
    assert grid.move("a1", "up") is None
    assert grid.move("a1", "end") == ("c1", 2)
    assert grid.move("c1", "home") == ("a2", 0)  # a2 starts nearest to 11:00
    assert grid.move("c1", "first") == ("b1", 1)
    assert grid.move("a1", "last") == ("lunch", 0)
    # Along a lane through the lunch that covers them all, and back up the same lane.
    assert grid.move("c1", "down") == ("lunch", 2)
    assert grid.move("lunch", "up", 2) == ("c1", 2)
    assert grid.move("lunch", "up") == ("a2", 0)
    assert grid.move(None, "down") == ("b1", 1)
