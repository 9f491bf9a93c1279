"""The days as lists beside the grid, and "Now": read, sort, choose and jump as an attendee
does, with the keyboard and the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from planner.services.planning import Plan
from planner.services.texts import Translators
from planner.ui.day_list import ROOM, STATE, TIME, TITLE, TRACK, DayList
from planner.ui.settings import Settings
from planner.ui.window import MainWindow
from tests.conftest import at
from tests.test_store import chosen_on_disk
from tests.test_window import CITIES, TOWNS

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_list(window: MainWindow) -> DayList:
    shown = window.days.current_widget()
    assert isinstance(shown, DayList) and shown.isVisible()
    return shown


def column(day_list: DayList, number: int) -> list[str]:
    model = day_list.model()
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def row_of(day_list: DayList, title: str, start: str) -> int:
    model = day_list.model()
    for row in range(model.rowCount()):
        if model.index(row, TITLE).data() == title and str(
            model.index(row, TIME).data()
        ).startswith(start):
            return row
    raise AssertionError(f"no row {title} at {start}")


def test_ctrl_l_shows_the_day_as_a_list_in_time_order_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.days.current_view(), Qt.Key.Key_L, CTRL)
    day_list = shown_list(window)
    times = column(day_list, TIME)
    assert times[0] == "09:00–10:00"
    assert times == sorted(times)
    assert TOWNS in column(day_list, TITLE)
    assert window.menus.list_action.isChecked()
    qtbot.keyClick(day_list, Qt.Key.Key_L, CTRL)
    assert window.days.current_view().isVisible() and not day_list.isVisible()


def test_a_click_on_a_column_header_sorts_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.list_action.trigger()
    day_list = shown_list(window)
    header = day_list.header()
    x = header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    titles = column(day_list, TITLE)
    assert titles == sorted(titles, key=str.casefold)
    # The shipped programme has no rooms, and its tracks are its titles: no such columns.
    assert day_list.isColumnHidden(ROOM) and day_list.isColumnHidden(TRACK)
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch


def test_space_in_the_list_chooses_and_the_grid_shows_it(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    window.menus.list_action.trigger()
    day_list = shown_list(window)
    row = row_of(day_list, CITIES, "13:30")
    qtbot.mouseClick(
        day_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=day_list.visualRect(day_list.model().index(row, TITLE)).center(),
    )
    assert window.detail.title.text() == CITIES  # a click shows it, and chooses nothing
    assert chosen_on_disk(db_path) == set()
    qtbot.keyClick(day_list, Qt.Key.Key_Space)
    chosen = window.plan.chosen
    assert chosen_on_disk(db_path) == chosen and len(chosen) == 1
    assert day_list.model().index(row, STATE).data() == "✓"
    window.menus.list_action.trigger()  # back to the grid, on the same session
    current = window.days.current_view().current_session()
    assert current is not None and current.guid in chosen


def test_the_list_follows_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.list_action.trigger()
    qtbot.keyClicks(window.filters.search, "smaller towns")
    titles = column(shown_list(window), TITLE)
    assert titles and set(titles) == {TOWNS}


def test_the_list_is_kept_for_the_next_start(
    qtbot: QtBot, window: MainWindow, plan: Plan, settings: QSettings
) -> None:
    window.menus.list_action.trigger()
    reopened = MainWindow(plan, Settings(settings), Translators(), "en")
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.menus.list_action.isChecked()
    assert shown_list(reopened).model().rowCount() > 0


def test_now_goes_to_the_session_on_at_this_moment(qtbot: QtBot, window: MainWindow) -> None:
    window.days.clock = lambda: at(2018, 5, 18, 10, 30)
    qtbot.keyClick(window.days.current_view(), Qt.Key.Key_T, CTRL)
    assert window.days.currentIndex() == 1
    session = window.days.current_view().current_session()
    assert session is not None
    assert f"{session.start:%H:%M}–{session.end:%H:%M}" == "10:20–10:50"
    assert window.detail.title.text() == session.translated("en").title


def test_now_before_the_first_session_of_a_day_goes_to_it(qtbot: QtBot, window: MainWindow) -> None:
    window.days.setCurrentIndex(1)
    window.days.clock = lambda: at(2018, 5, 17, 7, 15)
    window.menus.now_action.trigger()
    session = window.days.current_session()
    assert window.days.currentIndex() == 0
    assert session is not None and f"{session.start:%H:%M}" == "09:00"


def test_now_outside_the_conference_says_when_it_is_on(qtbot: QtBot, window: MainWindow) -> None:
    window.days.clock = lambda: at(2026, 12, 1, 10, 0)
    before = window.days.current_session()
    window.menus.now_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Nothing is on now: the conference runs from Thursday 17 May 2018 to Friday 18 May 2018."
    )
    assert window.days.current_session() == before


def test_now_after_the_last_session_of_a_day_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.days.clock = lambda: at(2018, 5, 18, 14, 0)  # after "Avslut och lunch"
    window.menus.now_action.trigger()
    assert window.statusBar().currentMessage() == "Nothing more is on today."


def test_the_filters_offer_only_what_the_shipped_programme_has(window: MainWindow) -> None:
    # Its tracks are only its titles, it has no rooms and names no speakers.
    filters = window.filters
    assert filters.track.isHidden() and filters.room.isHidden()
    assert filters.search.placeholderText() == "Search title"
    assert not filters.only_chosen.isHidden()


def test_a_line_across_the_grid_shows_now(qtbot: QtBot, window: MainWindow) -> None:
    window.days.clock = lambda: at(2018, 5, 17, 13, 55)  # halfway through the 13:30 slot
    window.menus.now_action.trigger()
    view = window.days.current_view()
    session = view.current_session()
    assert session is not None and f"{session.start:%H:%M}" == "13:30"
    cell = view.visualRect(view.currentIndex())
    y = view.now_y()
    assert y is not None
    shown = y - view.verticalOffset()
    assert cell.top() < shown < cell.bottom()
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(3, shown).red() > 150)
    pixel = view.viewport().grab().toImage().pixelColor(3, shown)
    assert pixel.red() > 150 and pixel.green() < 100  # the red line, not the grid
    window.days.clock = lambda: at(2018, 5, 18, 9, 0)
    window.days.show_now()
    assert view.now_y() is None  # another day's time is not on this day's grid
