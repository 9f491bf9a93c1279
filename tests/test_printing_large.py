"""A programme of real size in print: 400 talks in 25 rooms on one day, read back from the PDF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.domain.programme import Conference, ConferenceInfo, Programme, Session, arrange
from planner.services.planning import Plan
from planner.services.printing import export_pdf, plan_document
from planner.store.database import open_database
from planner.store.store import Store
from tests.conftest import at
from tests.test_printing import PdfPage, assert_well_placed, pdf_pages, pdf_runs

SATURDAY, SUNDAY = date(2025, 2, 1), date(2025, 2, 2)
ROOMS = 25
TALKS = 16
LENGTHS = (10, 25, 40, 55, 20, 30, 15)
WORDS = (
    "Scaling",
    "open",
    "hardware",
    "for",
    "everyone",
    "with",
    "Rust",
    "and",
    "Python",
    "inside",
    "the",
    "kernel",
    "Göteborg",
    "öppen",
    "källkod",
    "åtta",
    "ärenden",
    "networks",
    "compilers",
)
# In this room every third talk starts before the one before it ends.
CROWDED_ROOM = 5
CONFERENCE = Conference(
    "PRINT",
    "A conference of many rooms",
    "Europe/Brussels",
    (SATURDAY, SUNDAY),
    ConferenceInfo(venue="Bruxelles"),
)


def code(room: int, number: int) -> str:
    """The start of a talk's title, unique in the programme."""
    return f"T{room:02}{number:02}"


def title(room: int, number: int) -> str:
    count = 2 + (room * 7 + number * 3) % 14
    words = [WORDS[(room + number * 2 + i) % len(WORDS)] for i in range(count)]
    return " ".join([code(room, number), *words])


def room_name(room: int) -> str:
    return f"Room {room:02}"


def sessions() -> list[Session]:
    """Each room's talks follow each other from 09:00 with 5 minutes between; room 0's last
    talk is after midnight, still on Saturday's programme; Sunday is a short morning."""
    found = [
        Session(
            guid="keynote",
            day=SATURDAY,
            start=at(2025, 2, 1, 8, 0, zone="Europe/Brussels"),
            end=None,
            title="Opening keynote for everyone",
            kind="plenary",
            room=room_name(0),
        )
    ]
    for room in range(ROOMS):
        start = at(2025, 2, 1, 9, 5 * (room % 3), zone="Europe/Brussels")
        for number in range(TALKS):
            length = timedelta(minutes=LENGTHS[(room + number) % len(LENGTHS)])
            if room == 0 and number == TALKS - 1:
                start = at(2025, 2, 2, 0, 30, zone="Europe/Brussels")
            if room == CROWDED_ROOM and number % 3 == 2:
                start -= timedelta(minutes=10)
            found.append(talk(room, number, SATURDAY, start, length))
            start += length + timedelta(minutes=5)
    for room in range(4):
        start = at(2025, 2, 2, 10, 5 * room, zone="Europe/Brussels")
        for number in range(TALKS, TALKS + 5):
            found.append(talk(room, number, SUNDAY, start, timedelta(minutes=25)))
            start += timedelta(minutes=30)
    return found


def talk(room: int, number: int, day: date, start: Any, length: timedelta) -> Session:
    return Session(
        guid=code(room, number),
        day=day,
        start=start,
        end=start + length,
        title=title(room, number),
        kind="session",
        track=f"Track {room // 4}",
        room=room_name(room),
        speakers=(f"Speaker {room}-{number}", "Åke Öst"),
        column=room,
    )


@pytest.fixture
def large_plan(qapp: Any, db_path: Path) -> Iterator[Plan]:
    store = Store(open_database(db_path))
    programme = Programme(CONFERENCE, tuple(arrange(sessions())))
    # Talks of every length, out of step from room to room: no slot anywhere.
    assert not programme.slots
    store.save(programme)
    yield Plan(store, CONFERENCE)
    store.close()


def choose_five(plan: Plan) -> list[Session]:
    """Two talks at the same time, one in the crowded room, the one after midnight, and one
    on Sunday."""
    first = plan.by_guid[code(0, 3)]
    beside = next(s for s in plan.programme.overlapping(first) if s.room == room_name(1))
    picked = [first, beside, plan.by_guid[code(CROWDED_ROOM, 8)]]
    picked += [plan.by_guid[code(0, TALKS - 1)], plan.by_guid[code(2, TALKS + 1)]]
    for session in picked:
        plan.choose(session.guid)
    assert plan.conflicts == {first.guid, beside.guid}
    return picked


def headings(pages: list[str]) -> list[str]:
    """The day heading of each page, "(continued)" included."""
    days = ("Saturday 1 February 2025", "Sunday 2 February 2025")
    found = []
    for page in pages:
        day = next(d for d in days if d in page)
        found.append(f"{day} (continued)" if f"{day} (continued)" in page else day)
    return found


# The agenda --------------------------------------------------------------------------------


def test_agenda_of_a_large_programme_holds_the_items_for_everyone_and_the_choices_only(
    large_plan: Plan, tmp_path: Path
) -> None:
    picked = choose_five(large_plan)
    target = tmp_path / "agenda.pdf"

    pages = export_pdf(target, plan_document(large_plan.programme, large_plan.chosen, "en"))

    assert pages == 2
    assert_well_placed(pdf_runs(target))
    saturday, sunday = pdf_pages(target)
    assert headings([saturday, sunday]) == ["Saturday 1 February 2025", "Sunday 2 February 2025"]
    assert "Not chosen yet" not in saturday + sunday
    assert "08:00 Opening keynote for everyone" in saturday
    assert "End time not given in the programme" in saturday
    others = [s for s in large_plan.sessions if not s.for_everyone and s not in picked]
    assert not [s.guid for s in others if s.guid + " " in saturday + sunday]
    # Saturday's choices in time order, the one after midnight last and said to be on Sunday.
    positions = [saturday.index(s.title) for s in sorted(picked[:4], key=lambda s: s.start)]
    assert positions == sorted(positions)
    late = picked[3]
    assert f"00:30–{late.end:%H:%M} (Sun) " + late.title in saturday
    assert picked[4].title in sunday
    first, beside = picked[:2]
    for session, other in ((first, beside), (beside, first)):
        warning = f"⚠ At the same time as your choice “{other.title}”"
        assert saturday.index(warning) > saturday.index(session.title)
    assert saturday.count("At the same time as your choice") == 2


# The timetable -----------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_timetable_of_a_large_programme_puts_a_group_of_rooms_on_each_page(
    large_plan: Plan, tmp_path: Path, paper: str
) -> None:
    picked = choose_five(large_plan)
    target = tmp_path / "timetable.pdf"
    document = plan_document(large_plan.programme, large_plan.chosen, "en", grid=True)

    count = export_pdf(target, document, paper)

    runs = pdf_runs(target)
    texts = [page.text for page in runs]
    assert len(runs) == count > 4
    assert_well_placed(runs)
    assert all(page.width > page.height for page in runs)
    # Saturday's room groups, each flowing down its pages, then Sunday.
    days = headings(texts)
    assert days == sorted(days, key=lambda d: d.startswith("Sunday"))
    groups = [re.search(r"Rooms (\d+)–(\d+) of 25", text) for text in texts]
    saturday = [n for n, day in enumerate(days) if day.startswith("Saturday")]
    assert all(groups[n] is not None for n in saturday)
    starts = [n for n in saturday if "(continued)" not in days[n]]
    assert len(starts) > 1
    # The item for everyone goes across the rooms of each group.
    assert all("08:00 Opening keynote for everyone" in texts[n] for n in starts)
    for n in saturday:
        group = groups[n]
        assert group is not None
        first_room = int(group[1]) - 1
        assert (n in starts) == (n == 0 or groups[n - 1] is None or groups[n - 1][1] != group[1])
        # The rooms named over their columns on every page, the time column at the left.
        columns = room_columns(runs[n])
        assert sorted(columns) == [room_name(r) for r in range(first_room, int(group[2]))]
        assert any(
            re.fullmatch(r"\d\d:\d\d", r.text) and r.x < min(columns.values()) for r in runs[n].body
        )
    # Every session: its whole title once, in its own room's column, its time shown.
    every = [s for s in large_plan.sessions if not s.for_everyone]
    for session in every:
        holding = [text for text in texts if session.title in text]
        assert len(holding) == 1, session.title
        assert f"{session.start:%H:%M}–{session.end:%H:%M}" in holding[0]
    seen = placed_talks(runs)
    assert sorted(seen) == sorted(s.guid for s in every)
    for session in every:
        assert seen[session.guid] == session.room, session.guid
    # A room's talks read down its column in time order, overlapping ones too.
    for room in range(ROOMS):
        mine = [s for s in every if s.room == room_name(room)]
        in_order = sorted(mine, key=lambda s: s.start)
        assert reading_order(runs, room_name(room)) == [s.guid for s in in_order]
    late = picked[3]
    assert f"00:30–{late.end:%H:%M} (Sun)" in next(t for t in texts if late.title in t)


def room_columns(page: PdfPage) -> dict[str, float]:
    """Where each room's column starts on a page: the left of its name in the header."""
    return {r.text: r.x for r in page.body if re.fullmatch(r"Room \d\d", r.text)}


def placed_talks(pages: list[PdfPage]) -> dict[str, str]:
    """Each talk's code, and the room whose column holds the first line of its title."""
    return {guid: room for page in pages for guid, room, _y in talk_runs(page)}


def talk_runs(page: PdfPage) -> Iterator[tuple[str, str, float]]:
    """The first line of each talk's title on the page: its code, column and height."""
    lefts = sorted((left, room) for room, left in room_columns(page).items())
    for run in page.body:
        found = re.match(r"(T\d{4}) ", run.text + " ")
        if found:
            room = max((left, room) for left, room in lefts if left <= run.x)[1]
            yield found[1], room, run.y


def reading_order(pages: list[PdfPage], room: str) -> list[str]:
    """The talks of a room as one reads its column: page by page, top to bottom."""
    order = []
    for page in pages:
        here = sorted((-y, guid) for guid, column, y in talk_runs(page) if column == room)
        order += [guid for _y, guid in here]
    return order


# A slot wider than a page --------------------------------------------------------------------


def wide_slot_programme() -> Programme:
    """An opening for everyone, then 60 talks that start and end together: one slot."""
    day = SATURDAY
    opening = Session(
        guid="opening",
        day=day,
        start=at(2025, 2, 1, 9, 0, zone="Europe/Brussels"),
        end=at(2025, 2, 1, 9, 45, zone="Europe/Brussels"),
        title="Opening for everyone",
        kind="plenary",
    )
    start, end = at(2025, 2, 1, 10, 0, zone="Europe/Brussels"), at(2025, 2, 1, 11, 0)
    talks = [talk(room, 0, day, start, end - start)._replace(speakers=()) for room in range(60)]
    conference = CONFERENCE._replace(key="WIDE", days=(day,))
    return Programme(conference, tuple(arrange([opening, *talks])))


def test_a_slot_of_sixty_talks_prints_each_whole_in_the_agenda_and_rooms_in_the_timetable(
    qapp: Any, tmp_path: Path
) -> None:
    programme = wide_slot_programme()
    (slot,) = programme.slots.values()
    assert len(slot) == 60
    agenda_pdf, timetable_pdf = tmp_path / "agenda.pdf", tmp_path / "timetable.pdf"

    assert export_pdf(agenda_pdf, plan_document(programme, [], "en")) >= 2
    assert export_pdf(timetable_pdf, plan_document(programme, [], "en", grid=True)) > 1

    for target in (agenda_pdf, timetable_pdf):
        pages = pdf_runs(target)
        assert_well_placed(pages)
        for session in slot:
            assert sum(page.text.count(session.title) for page in pages) == 1, session.title
    # The slot after the opening, compactly, and on over as many pages as the font's line
    # height needs, each saying it goes on (none of it under the footer: see above).
    pages = pdf_pages(agenda_pdf)
    assert "Opening for everyone" in pages[0]
    header = "Not chosen yet – tick one of these 60 themes on the spot:"
    (begins,) = [number for number, page in enumerate(pages) if header in page]
    for page in pages[1:]:
        assert "Saturday 1 February 2025 (continued)" in page
    for page in pages[begins + 1 :]:
        assert "Not chosen yet (continued):" in page
    # In the timetable each room has its column, a group of them a page.
    assert "Rooms 1–" in pdf_pages(timetable_pdf)[0]
