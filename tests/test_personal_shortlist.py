"""The shortlist: stars beside the choices, the S key, the star in the cell, "Only starred"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.services.planning import Plan
from planner.ui.filters import Filter, FilterBar
from planner.ui.timetable_model import TimetableModel
from planner.ui.timetable_view import TimetableView

TOWNS = "2018-05-17T13:30"


def grid(qtbot: QtBot, plan: Plan) -> TimetableView:
    view = TimetableView()
    qtbot.addWidget(view)
    day = plan.conference.days[0]
    view.setModel(TimetableModel(plan, day, "en", view))
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_only_starred_shows_the_shortlist_and_follows_it(qapp: Any, plan: Plan) -> None:
    towns, cities = plan.slots[TOWNS][:2]
    model = TimetableModel(plan, towns.day, "en")
    plan.set_starred(towns.guid, True)
    model.set_filter(Filter(only_starred=True))
    shown = model.shown_sessions()
    assert [s.guid for s in shown if not s.for_everyone] == [towns.guid]
    # Items for everyone stay as the day's landmarks.
    assert any(s.for_everyone for s in shown)
    shapes: list[bool] = []
    model.shapeChanged.connect(lambda: shapes.append(True))
    plan.set_starred(cities.guid, True)
    assert shapes
    assert {s.guid for s in model.shown_sessions() if not s.for_everyone} == {
        towns.guid,
        cities.guid,
    }
    # With "only my choices" too, what is either shows.
    young = plan.slots["2018-05-17T14:40"][0]
    plan.choose(young.guid)
    model.set_filter(Filter(only_chosen=True, only_starred=True))
    assert {s.guid for s in model.shown_sessions() if not s.for_everyone} == {
        towns.guid,
        cities.guid,
        young.guid,
    }
    # A star is not a choice.
    assert plan.chosen == {young.guid}


def test_the_filter_bar_offers_only_starred(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.only_starred.text() == "Only starred"
    with qtbot.waitSignal(bar.filterChanged) as emitted:
        qtbot.mouseClick(bar.only_starred, Qt.MouseButton.LeftButton)
    assert emitted.args == [Filter(only_starred=True)]
    bar.clear()
    assert bar.filter() == Filter()


def test_s_stars_what_the_cursor_is_on_and_the_cell_shows_a_star(qtbot: QtBot, plan: Plan) -> None:
    view = grid(qtbot, plan)
    view.starRequested.connect(lambda guid: plan.set_starred(guid, not plan.is_starred(guid)))
    towns = plan.slots[TOWNS][0]
    view.set_current_session(towns.guid)
    view.setFocus()
    rect = view.visualRect(view.currentIndex())
    before = view.viewport().grab(rect).toImage()
    with qtbot.waitSignal(view.starRequested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_S)
    assert asked.args == [towns.guid]
    assert plan.is_starred(towns.guid) and not plan.is_chosen(towns.guid)
    view.viewport().repaint()
    assert view.viewport().grab(rect).toImage() != before
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert not plan.is_starred(towns.guid)
    # Items for everyone are not starred: the key does nothing there.
    lunch = next(s for s in plan.programme.on(towns.day) if s.kind == "break")
    view.set_current_session(lunch.guid)
    with qtbot.assertNotEmitted(view.starRequested):
        qtbot.keyClick(view, Qt.Key.Key_S)
