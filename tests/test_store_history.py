"""Earlier programmes are kept for undo and the change report, but not without bound."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from planner.store.programmes import KEPT_VERSIONS
from tests.conftest import at

DAYS = (date(2025, 2, 1), date(2025, 2, 2))
ROOMS = 29


def fosdem_sized(version: int) -> Programme:
    """About FOSDEM's size (940 talks in 29 rooms over two days), a few titles changed in
    each version."""
    sessions = []
    for day in DAYS:
        for room in range(ROOMS):
            for number in range(16):
                start = at(day.year, day.month, day.day, 9, 0, zone="Europe/Brussels")
                start += timedelta(minutes=35 * number)
                changed = (room + number) % 97 == version % 97
                title = f"Talk {number} in room {room}" + (f" (v{version})" if changed else "")
                sessions.append(
                    Session(
                        guid=f"{day:%d}-{room:02}-{number:02}",
                        day=day,
                        start=start,
                        end=start + timedelta(minutes=30),
                        title=title,
                        kind="session",
                        track=f"Track {room}",
                        room=f"Room {room}",
                        speakers=(f"Speaker {room}-{number}",),
                        abstract="An abstract of a few sentences about the talk. " * 6,
                    )
                )
    conference = Conference("bigfoss", "Big FOSS Meeting", "Europe/Brussels", DAYS)
    return Programme(conference, tuple(arrange(sessions)))


def test_twenty_updates_keep_the_file_small_and_the_last_undoable(
    plan: Plan, db_path: Path
) -> None:
    plan.import_programme(fosdem_sized(0))
    plan.choose("01-03-02")
    size_after_first_import = db_path.stat().st_size
    for version in range(1, 21):
        plan.import_programme(fosdem_sized(version))
    assert db_path.stat().st_size <= 2 * size_after_first_import
    assert plan.store.reading.can_undo(plan.conference)
    plan.undo_import()
    assert any(s.title.endswith("(v19)") for s in plan.sessions)
    assert plan.chosen == {"01-03-02"}
    # Undo goes back as far as the kept versions reach, then says there is nothing more.
    for _ in range(KEPT_VERSIONS - 1):
        plan.undo_import()
    assert not plan.store.reading.can_undo(plan.conference)
