"""A grid of real size: 40 rooms, talks of many lengths, filters, conflicts and change badges."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from planner.store.database import open_database
from planner.store.store import Store
from planner.ui.filters import Filter, FilterBar
from planner.ui.timetable import (
    BADGE_ROLE,
    CONFLICT_ROLE,
    STATE_ROLE,
    SessionDelegate,
    TimetableModel,
    TimetableView,
)

DAYS = (date(2025, 2, 1), date(2025, 2, 2))
ROOMS = 40
TALKS_PER_DAY = 12
LENGTHS = (15, 25, 50)
TOPICS = ("Rust", "Python", "Databases", "Kernels", "Compilers", "Networks", "Browsers")
# Rooms 38 and 39 are used on the second day only.
SECOND_DAY_ROOMS = (38, 39)
UNIQUE_TITLE = "Quantum Widgets for Everyone"
UNIQUE_SPEAKER = "Ada Lovelace"


def track(room: int) -> str:
    return f"Track {chr(ord('A') + room // 5)}"


def generated_sessions() -> list[Session]:
    """Each room's talks follow each other with 5-minute changeovers, rooms out of step."""
    sessions = [
        Session(
            guid="keynote",
            day=DAYS[0],
            start=datetime(2025, 2, 1, 8, 0),
            end=datetime(2025, 2, 1, 8, 45),
            title="Opening keynote",
            kind="session",
            room="R00",
            speakers=("The Organisers",),
        )
    ]
    for day in DAYS:
        for room in range(ROOMS):
            if day == DAYS[0] and room in SECOND_DAY_ROOMS:
                continue
            start = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=9, minutes=5 * (room % 4)
            )
            for number in range(TALKS_PER_DAY):
                length = LENGTHS[(room + number) % len(LENGTHS)]
                end = start + timedelta(minutes=length)
                title = f"{TOPICS[(room * 3 + number) % len(TOPICS)]} talk {number} in room {room}"
                speaker = f"Speaker {room}-{number}"
                if day == DAYS[0] and room == 7 and number == 4:
                    title = UNIQUE_TITLE
                if day == DAYS[0] and room == 12 and number == 6:
                    speaker = UNIQUE_SPEAKER
                sessions.append(
                    Session(
                        guid=f"{day:%d}-{room:02}-{number:02}",
                        day=day,
                        start=start,
                        end=end,
                        title=title,
                        kind="session",
                        track=track(room),
                        room=f"R{room:02}",
                        speakers=(speaker,),
                        column=room,
                    )
                )
                start = end + timedelta(minutes=5)
    return sessions


CONFERENCE = Conference("LARGE", "A large conference", "Europe/Brussels", DAYS)


@pytest.fixture
def large_plan(qapp: Any, db_path: Path) -> Iterator[Plan]:
    store = Store(open_database(db_path))
    store.programmes.save(Programme(CONFERENCE, tuple(arrange(generated_sessions()))))
    yield Plan(store, CONFERENCE)
    store.close()


@pytest.fixture
def view(qtbot: QtBot, large_plan: Plan) -> TimetableView:
    view = TimetableView()
    qtbot.addWidget(view)
    view.setModel(TimetableModel(large_plan, DAYS[0], "en", view))
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def bar(qtbot: QtBot, large_plan: Plan, view: TimetableView) -> FilterBar:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.filterChanged.connect(view.set_filter)
    bar.set_plan(large_plan, "en")
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def shown_rows(view: TimetableView) -> list[int]:
    return [r for r in range(view.timetable().rowCount()) if not view.isRowHidden(r)]


def shown_columns(view: TimetableView) -> list[int]:
    return [c for c in range(view.timetable().columnCount()) if not view.isColumnHidden(c)]


def shown_sessions(view: TimetableView) -> list[Session]:
    model = view.timetable()
    found = (
        model.session_at(model.index(r, c)) for r in shown_rows(view) for c in shown_columns(view)
    )
    return [s for s in found if s is not None]


def room_headers(view: TimetableView) -> list[str]:
    model = view.timetable()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in shown_columns(view)]


def index_of(view: TimetableView, guid: str) -> QModelIndex:
    index = view.timetable().index_of(guid)
    assert index.isValid(), guid
    return index


def test_a_wide_day_scrolls_sideways_with_fixed_columns_and_headers_in_view(
    view: TimetableView,
) -> None:
    assert view.is_large()
    scroll = view.horizontalScrollBar()
    assert scroll.isVisible() and scroll.maximum() > 0
    em = view.fontMetrics().horizontalAdvance("M")
    widths = {view.columnWidth(c) for c in shown_columns(view)}
    assert len(widths) == 1 and 10 * em <= widths.pop() <= 14 * em
    for header in (view.horizontalHeader(), view.verticalHeader()):
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    scroll.setValue(scroll.maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.horizontalHeader().isVisible() and view.verticalHeader().isVisible()
    assert view.horizontalHeader().offset() == scroll.maximum()
    assert view.timetable().headerData(0, Qt.Orientation.Vertical) == "08:00"


def test_rows_are_as_tall_as_their_time(view: TimetableView) -> None:
    model = view.timetable()
    line = view.fontMetrics().lineSpacing()
    five = next(r for r in range(model.rowCount()) if model.row_minutes(r) == 5)
    keynote = index_of(view, "keynote").row()  # 45 minutes until the first talks
    assert view.rowHeight(five) >= 2 * line  # never less than two lines of text
    assert view.rowHeight(keynote) >= 9 * line  # 3 lines a quarter hour


def test_a_50_minute_talk_spans_the_rows_that_start_before_it_ends(
    view: TimetableView, large_plan: Plan
) -> None:
    talk = large_plan.by_guid["01-01-01"]
    assert talk.end is not None and talk.end - talk.start == timedelta(minutes=50)
    starts = {s.start for s in large_plan.sessions if s.day == DAYS[0]}
    covered = sorted(t for t in starts if talk.start <= t < talk.end)
    index = index_of(view, talk.guid)
    assert view.rowSpan(index.row(), index.column()) == len(covered) > 1
    assert view.columnSpan(index.row(), index.column()) == 1
    rows = range(index.row(), index.row() + len(covered))
    assert view.visualRect(index).height() == sum(view.rowHeight(r) for r in rows)
    # The keynote, alone in its time, fills its whole row.
    keynote = index_of(view, "keynote")
    assert view.columnSpan(keynote.row(), keynote.column()) == view.timetable().columnCount()


def test_rooms_without_sessions_that_day_are_hidden(
    qtbot: QtBot, view: TimetableView, large_plan: Plan
) -> None:
    assert room_headers(view) == [f"R{r:02}" for r in range(ROOMS) if r not in SECOND_DAY_ROOMS]
    second = TimetableView()
    qtbot.addWidget(second)
    second.setModel(TimetableModel(large_plan, DAYS[1], "en", second))
    assert room_headers(second) == [f"R{r:02}" for r in range(ROOMS)]


def test_search_by_title_or_speaker_narrows_the_grid(
    qtbot: QtBot, view: TimetableView, bar: FilterBar
) -> None:
    every_row = len(shown_rows(view))
    qtbot.keyClicks(bar.search, "quantum WIDGETS")
    assert [s.title for s in shown_sessions(view)] == [UNIQUE_TITLE]
    assert room_headers(view) == ["R07"]
    assert 0 < len(shown_rows(view)) < every_row
    assert view.rowSpan(index_of(view, "01-07-04").row(), 7) == len(shown_rows(view))
    bar.search.clear()
    qtbot.keyClicks(bar.search, "lovelace")
    assert [s.speakers for s in shown_sessions(view)] == [(UNIQUE_SPEAKER,)]
    bar.search.clear()
    assert len(shown_rows(view)) == every_row
    qtbot.keyClicks(bar.search, "no such talk anywhere")
    assert shown_sessions(view) == [] and shown_rows(view) == []


def test_track_and_room_filters(view: TimetableView, bar: FilterBar) -> None:
    assert bar.track.itemText(0) == "All tracks" and bar.room.itemText(0) == "All rooms"
    bar.track.setCurrentIndex(bar.track.findText("Track C"))
    choosable = [s for s in shown_sessions(view) if not s.for_everyone]
    assert choosable and {s.track for s in choosable} == {"Track C"}
    assert room_headers(view) == ["R10", "R11", "R12", "R13", "R14"]
    # The keynote is on everyone's agenda: it stays, across the rooms shown.
    keynote = index_of(view, "keynote")
    assert view.columnSpan(keynote.row(), keynote.column()) > 1
    bar.room.setCurrentIndex(bar.room.findText("R12"))
    assert room_headers(view) == ["R12"]
    assert len([s for s in shown_sessions(view) if not s.for_everyone]) == TALKS_PER_DAY
    bar.room.setCurrentIndex(bar.room.findText("R20"))  # not in Track C
    assert [s.guid for s in shown_sessions(view)] == ["keynote"]
    bar.clear()
    assert len(room_headers(view)) == ROOMS - len(SECOND_DAY_ROOMS)


def test_only_my_choices(
    qtbot: QtBot, view: TimetableView, bar: FilterBar, large_plan: Plan
) -> None:
    large_plan.choose("01-03-00")
    large_plan.choose("01-03-05")
    qtbot.mouseClick(bar.only_chosen, Qt.MouseButton.LeftButton)
    assert sorted(s.guid for s in shown_sessions(view)) == ["01-03-00", "01-03-05", "keynote"]
    assert room_headers(view) == ["R03"]
    with qtbot.waitSignal(view.timetable().shapeChanged):
        large_plan.choose("01-20-02")
    assert room_headers(view) == ["R03", "R20"]
    assert index_of(view, "01-20-02").data(STATE_ROLE) == "chosen"


def test_a_conflict_is_marked_beyond_colour(
    qtbot: QtBot, view: TimetableView, large_plan: Plan
) -> None:
    model = view.timetable()
    first, second = "01-05-00", "01-06-00"  # 09:05–09:30 and 09:10–09:35
    large_plan.choose(first)
    assert index_of(view, second).data(STATE_ROLE) == "passed"
    with qtbot.waitSignal(model.dataChanged):
        large_plan.choose(second, keep_overlapping=True)
    for guid in (first, second):
        index = index_of(view, guid)
        assert index.data(STATE_ROLE) == "chosen"
        assert index.data(CONFLICT_ROLE) is True
        assert "conflict" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    calm = index_of(view, "01-09-00")
    assert calm.data(CONFLICT_ROLE) is False
    view.scrollTo(index_of(view, second))
    image = view.viewport().grab(view.visualRect(index_of(view, second))).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(8)}
    assert SessionDelegate.CONFLICT.name() in colours
    large_plan.clear(first)
    assert index_of(view, second).data(CONFLICT_ROLE) is False


def test_changed_sessions_carry_a_badge_until_seen(view: TimetableView, large_plan: Plan) -> None:
    updated = [
        dataclasses.replace(s, title="Renamed talk") if s.guid == "01-02-00" else s
        for s in generated_sessions()
    ]
    # The first talk of room R00 moves to room R38; a new talk follows it there.
    moved = updated[1] = dataclasses.replace(updated[1], room="R38", column=38)
    later = timedelta(hours=9)
    assert moved.end is not None
    updated.append(
        dataclasses.replace(
            moved, guid="added-talk", start=moved.start + later, end=moved.end + later
        )
    )
    large_plan.store.programmes.import_(Programme(CONFERENCE, tuple(arrange(updated))))
    plan = Plan(large_plan.store, CONFERENCE)
    model = TimetableModel(plan, DAYS[0], "en", view)
    view.setModel(model)
    assert "R38" in room_headers(view)
    renamed = index_of(view, "01-02-00")
    assert renamed.data() == "Renamed talk"
    assert renamed.data(BADGE_ROLE) == "renamed"
    assert "renamed" in renamed.data(Qt.ItemDataRole.AccessibleTextRole)
    assert index_of(view, "added-talk").data(BADGE_ROLE) == "new"
    assert index_of(view, moved.guid).data(BADGE_ROLE) == "moved"
    assert index_of(view, "01-03-00").data(BADGE_ROLE) is None
    plan.mark_seen({"01-02-00"})
    assert index_of(view, "01-02-00").data(BADGE_ROLE) is None


def test_large_model_passes_qtmodeltester(qtmodeltester: Any, large_plan: Plan) -> None:
    for day in DAYS:
        model = TimetableModel(large_plan, day, "en")
        qtmodeltester.check(model)
        model.set_filter(Filter(text="rust", track="Track B"))
        qtmodeltester.check(model)


def test_the_shipped_programme_keeps_its_small_grid(qtmodeltester: Any, plan: Plan) -> None:
    for day in plan.conference.days:
        model = TimetableModel(plan, day, "en")
        assert not model.large
        assert all(rows == 1 for _, _, rows, _ in model.spans())
        model.set_filter(Filter(text="budget", only_chosen=True))
        qtmodeltester.check(model)
