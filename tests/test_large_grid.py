"""A grid of real size: 40 rooms, talks of many lengths, filters, conflicts and change badges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QApplication
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from planner.store.database import open_database
from planner.store.store import Store
from planner.ui.contrast import contrast, readable
from planner.ui.filters import Filter, FilterBar
from planner.ui.session_delegate import SessionDelegate
from planner.ui.timetable_model import BADGE_ROLE, CONFLICT_ROLE, STATE_ROLE, TimetableModel
from planner.ui.timetable_view import TimetableView

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
    store.save(Programme(CONFERENCE, tuple(arrange(generated_sessions()))))
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


def shown_sessions(view: TimetableView) -> list[Session]:
    """The sessions the grid draws somewhere, in time order."""
    model = view.timetable()
    return [
        s
        for row, s in enumerate(model.sessions())
        if not view.isIndexHidden(model.index(row, 0))
        and not view.visualRect(model.index(row, 0)).isEmpty()
    ]


def room_headers(view: TimetableView) -> list[str]:
    return [name for _left, _right, name in view.room_spans()]


def index_of(view: TimetableView, guid: str) -> QModelIndex:
    index = view.timetable().index_of(guid)
    assert index.isValid(), guid
    return index


def height_in_lines(view: TimetableView, guid: str) -> float:
    return view.visualRect(index_of(view, guid)).height() / view.fontMetrics().lineSpacing()


def test_a_wide_day_scrolls_sideways_with_fixed_columns_and_headers_in_view(
    qtbot: QtBot, view: TimetableView
) -> None:
    assert not view.is_aligned()
    scroll = view.horizontalScrollBar()
    assert scroll.isVisible() and scroll.maximum() > 0
    em = view.fontMetrics().horizontalAdvance("M")
    widths = {right - left for left, right, _name in view.room_spans()}
    assert len(widths) == 1 and 10 * em <= widths.pop() <= 14 * em
    assert view.ruler_labels()[0][1:] == ("08:00", True)
    scroll.setValue(scroll.maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    # Header and ruler stay outside the scrolled part, and follow it along their direction.
    port = view.viewport().geometry()
    assert view.header.isVisible() and view.ruler.isVisible()
    assert view.header.geometry().bottom() < port.top()
    assert view.ruler.geometry().right() < port.left()
    _left, right, name = view.room_spans()[-1]
    assert name == "R37" and right - scroll.value() == port.width()
    # Shift and the wheel scroll sideways.
    before = scroll.value()
    wheel = QWheelEvent(
        QPoint(50, 50).toPointF(),
        view.viewport().mapToGlobal(QPoint(50, 50)).toPointF(),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ShiftModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert scroll.value() < before


def test_heights_follow_the_clock(view: TimetableView) -> None:
    # 3 lines a quarter hour: 15, 25 and 50 minutes; the keynote 45.
    assert height_in_lines(view, "01-00-00") == pytest.approx(3, abs=0.2)  # 15 min
    assert height_in_lines(view, "01-00-01") == pytest.approx(5, abs=0.2)  # 25 min
    assert height_in_lines(view, "01-01-01") == pytest.approx(10, abs=0.2)  # 50 min
    assert height_in_lines(view, "keynote") == pytest.approx(9, abs=0.2)
    talk = view.visualRect(index_of(view, "01-00-01"))
    after = view.visualRect(index_of(view, "01-00-02"))  # five minutes later
    assert after.top() - talk.bottom() - 1 == pytest.approx(view.fontMetrics().lineSpacing(), abs=1)


def test_a_lone_talk_is_a_choosable_session_in_its_room(
    view: TimetableView, large_plan: Plan
) -> None:
    keynote = index_of(view, "keynote")
    assert keynote.data(STATE_ROLE) == "open"
    left, right, name = view.room_spans()[0]
    rect = view.visualRect(keynote).translated(view.horizontalOffset(), 0)
    assert name == "R00" and (rect.left(), rect.right() + 1) == (left, right)


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
    every = len(shown_sessions(view))
    qtbot.keyClicks(bar.search, "quantum WIDGETS")
    assert [s.title for s in shown_sessions(view)] == [UNIQUE_TITLE]
    assert room_headers(view) == ["R07"]
    bar.search.clear()
    qtbot.keyClicks(bar.search, "lovelace")
    assert [s.speakers for s in shown_sessions(view)] == [(UNIQUE_SPEAKER,)]
    bar.search.clear()
    assert len(shown_sessions(view)) == every
    qtbot.keyClicks(bar.search, "no such talk anywhere")
    assert shown_sessions(view) == [] and room_headers(view) == []


def test_track_and_room_filters(view: TimetableView, bar: FilterBar) -> None:
    assert bar.track.itemText(0) == "All tracks" and bar.room.itemText(0) == "All rooms"
    # A programme with tracks, rooms and speakers gets a picker for each, and the search
    # offers speakers.
    assert not bar.track.isHidden() and not bar.room.isHidden()
    assert bar.search.placeholderText() == "Search title or speaker"
    bar.track.setCurrentIndex(bar.track.findText("Track C"))
    shown = shown_sessions(view)
    assert shown and {s.track for s in shown} == {"Track C"}
    assert room_headers(view) == ["R10", "R11", "R12", "R13", "R14"]
    bar.room.setCurrentIndex(bar.room.findText("R12"))
    assert room_headers(view) == ["R12"]
    assert len(shown_sessions(view)) == TALKS_PER_DAY
    bar.room.setCurrentIndex(bar.room.findText("R20"))  # not in Track C
    assert shown_sessions(view) == []
    bar.clear()
    assert len(room_headers(view)) == ROOMS - len(SECOND_DAY_ROOMS)


def test_only_my_choices(
    qtbot: QtBot, view: TimetableView, bar: FilterBar, large_plan: Plan
) -> None:
    large_plan.choose("01-03-00")
    large_plan.choose("01-03-05")
    qtbot.mouseClick(bar.only_chosen, Qt.MouseButton.LeftButton)
    assert [s.guid for s in shown_sessions(view)] == ["01-03-00", "01-03-05"]
    assert room_headers(view) == ["R03"]
    with qtbot.waitSignal(view.timetable().shapeChanged):
        large_plan.choose("01-20-02")
    assert room_headers(view) == ["R03", "R20"]
    assert index_of(view, "01-20-02").data(STATE_ROLE) == "chosen"
    with qtbot.waitSignal(view.timetable().shapeChanged):
        large_plan.clear({"01-03-00", "01-03-05"})
    assert room_headers(view) == ["R20"]


def test_a_conflict_is_marked_beyond_colour(
    qtbot: QtBot, view: TimetableView, large_plan: Plan
) -> None:
    model = view.timetable()
    first, second = "01-05-00", "01-06-00"  # 09:05–09:30 and 09:10–09:35
    large_plan.choose(first)
    assert index_of(view, second).data(STATE_ROLE) == "passed"
    with qtbot.waitSignal(model.dataChanged):
        large_plan.choose(second)
    for guid in (first, second):
        index = index_of(view, guid)
        assert index.data(STATE_ROLE) == "chosen"
        assert index.data(CONFLICT_ROLE) is True
        assert "conflict" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    calm = index_of(view, "01-09-00")
    assert calm.data(CONFLICT_ROLE) is False
    # A thick border that stands out from the chosen fill, and the warning sign.
    view.scrollTo(index_of(view, second))
    rect = view.visualRect(index_of(view, second))
    look = view.delegate.look(view.palette(), model.cell(index_of(view, second).row()))
    assert look.width >= 3 and look.border is not None
    assert contrast(look.border, look.fill) >= 3
    image = view.viewport().grab(rect).toImage()
    middle = rect.height() // 2
    assert image.pixelColor(2, middle).name() == look.border.name()
    warning = readable(SessionDelegate.CONFLICT, look.fill).name()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(20)}
    assert warning in colours
    large_plan.clear({first})
    assert index_of(view, second).data(CONFLICT_ROLE) is False


def test_a_click_repaints_only_what_it_changed(
    qtbot: QtBot, view: TimetableView, large_plan: Plan
) -> None:
    changed: list[int] = []
    view.timetable().dataChanged.connect(
        lambda top, bottom, _roles=(): changed.extend(range(top.row(), bottom.row() + 1))
    )
    large_plan.choose("01-05-00")  # 09:05–09:30 in R05
    sessions = view.timetable().sessions()
    named = {sessions[row].guid for row in changed}
    overlapping = {s.guid for s in large_plan.programme.overlapping(large_plan.by_guid["01-05-00"])}
    assert "01-05-00" in named and named <= overlapping | {"01-05-00"}
    assert len(named) < len(sessions) / 4


def test_a_scroll_step_paints_only_what_comes_into_view_and_the_grid_as_a_whole_paint_would(
    qtbot: QtBot, view: TimetableView
) -> None:
    painted: list[QRect] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                painted.append(event.rect())
            return False

    paints = Paints(view)
    view.viewport().installEventFilter(paints)
    bar = view.verticalScrollBar()
    height = view.viewport().height()
    for _ in range(3):
        painted.clear()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        qtbot.waitUntil(lambda: bool(painted))
        assert all(rect.height() <= bar.singleStep() + 2 for rect in painted), painted
        assert sum(rect.height() for rect in painted) < height / 4
    painted.clear()
    view.horizontalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    qtbot.waitUntil(lambda: bool(painted))
    assert all(rect.width() < view.viewport().width() / 2 for rect in painted), painted
    scrolled = view.viewport().grab().toImage()
    view.viewport().repaint()
    assert view.viewport().grab().toImage() == scrolled


def test_a_session_selected_before_the_grid_shows_is_in_view_once_it_shows(
    qtbot: QtBot, large_plan: Plan
) -> None:
    view = TimetableView()
    qtbot.addWidget(view)
    view.setModel(TimetableModel(large_plan, DAYS[0], "en", view))
    view.resize(900, 500)
    last = max(view.timetable().sessions(), key=lambda s: (s.start, s.column))
    view.set_current_session(last.guid)  # hidden: nothing to measure its place by yet
    view.show()
    qtbot.waitExposed(view)
    index = view.timetable().index_of(last.guid)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(index)))
    assert view.verticalScrollBar().value() > 0 and view.horizontalScrollBar().value() > 0


def test_changed_sessions_carry_a_badge_until_seen(view: TimetableView, large_plan: Plan) -> None:
    updated = [
        s._replace(title="Renamed talk") if s.guid == "01-02-00" else s
        for s in generated_sessions()
    ]
    # The first talk of room R00 moves to room R38; a new talk follows it there.
    moved = updated[1] = updated[1]._replace(room="R38", column=38)
    later = timedelta(hours=9)
    assert moved.end is not None
    updated.append(
        moved._replace(guid="added-talk", start=moved.start + later, end=moved.end + later)
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


def test_the_shipped_programme_keeps_its_aligned_grid(qtmodeltester: Any, plan: Plan) -> None:
    for day in plan.conference.days:
        model = TimetableModel(plan, day, "en")
        assert model.aligned
        model.set_filter(Filter(text="budget", only_chosen=True))
        qtmodeltester.check(model)
