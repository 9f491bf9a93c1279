"""The grid widget through its real view: lanes, heights, the ruler, clicks, keys, contrast,
and programme text shown as text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, Kind, Programme, Session, arrange
from planner.services.planning import Plan
from planner.store.database import open_database
from planner.store.store import Store
from planner.ui.contrast import contrast
from planner.ui.filters import Filter
from planner.ui.session_delegate import SessionDelegate
from planner.ui.timetable_model import CELL_ROLE, STATE_ROLE, Cell, TimetableModel
from planner.ui.timetable_view import TimetableView
from planner.ui.window import MainWindow
from tests.conftest import at

DAY = date(2025, 2, 1)
HOSTILE = ('<img src="file:///dev/zero">', '<a href="x">link</a>', "<font size=100>big</font>")


def session(
    guid: str, start: datetime, minutes: int, room: str | None, *, kind: Kind = "session"
) -> Session:
    columns = {"Aula": 0, "Hall": 1, "Side": 2}
    return Session(
        guid,
        DAY,
        start,
        start + timedelta(minutes=minutes),
        f"Title of {guid}",
        kind,
        room=room,
        column=columns.get(room or "", 0),
        speakers=(f"Speaker {guid}",),
    )


def small_sessions() -> list[Session]:
    hostile = [
        Session(
            f"hostile-{n}",
            DAY,
            at(2025, 2, 1, 14, 0),
            at(2025, 2, 1, 14, 30),
            title,
            "session",
            room=room,
            column=n,
        )
        for n, (title, room) in enumerate(zip(HOSTILE, ("Aula", "Hall", "Side"), strict=True))
    ]
    return [
        session("lone", at(2025, 2, 1, 9, 0), 45, "Aula"),
        session("same-a", at(2025, 2, 1, 10, 0), 30, "Hall"),
        session("same-b", at(2025, 2, 1, 10, 0), 50, "Hall"),
        session("forty", at(2025, 2, 1, 11, 0), 40, "Aula"),
        session("sixty", at(2025, 2, 1, 11, 0), 60, "Hall"),
        session("lunch", at(2025, 2, 1, 12, 0), 60, None, kind="break"),
        session("notice", at(2025, 2, 1, 13, 30), 0, "Aula"),
        *hostile,
        session("night", at(2025, 2, 2, 0, 30), 30, "Aula"),
    ]


SMALL = Conference("SMALL", "A small conference", "Europe/Brussels", (DAY,))


@pytest.fixture
def small_plan(qapp: Any, db_path: Path) -> Iterator[Plan]:
    store = Store(open_database(db_path))
    store.save(Programme(SMALL, tuple(arrange(small_sessions()))))
    yield Plan(store, SMALL)
    store.close()


@pytest.fixture
def view(qtbot: QtBot, small_plan: Plan) -> TimetableView:
    view = TimetableView()
    qtbot.addWidget(view)
    view.setModel(TimetableModel(small_plan, DAY, "en", view))
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def rect_of(view: TimetableView, guid: str) -> QRect:
    """Where a session is drawn, in the grid's own coordinates (as if not scrolled)."""
    index = view.timetable().index_of(guid)
    return view.visualRect(index).translated(view.horizontalOffset(), view.verticalOffset())


def column_of(view: TimetableView, room: str) -> tuple[int, int]:
    return next((left, right) for left, right, name in view.room_spans() if name == room)


def test_two_sessions_at_once_in_one_room_stay_inside_its_column(view: TimetableView) -> None:
    assert not view.is_aligned()
    assert [name for _l, _r, name in view.room_spans()] == ["Aula", "Hall", "Side"]
    left, right = column_of(view, "Hall")
    a, b = rect_of(view, "same-a"), rect_of(view, "same-b")
    for rect in (a, b):
        assert left <= rect.left() and rect.right() < right
    assert not a.intersects(b) and a.top() == b.top()
    # The room is as wide as its two lanes; its later sessions take both.
    sixty = rect_of(view, "sixty")
    assert (sixty.left(), sixty.right() + 1) == (left, right)
    aula = column_of(view, "Aula")
    assert right - left == pytest.approx(2 * (aula[1] - aula[0]), abs=1)


def test_heights_follow_the_clock(view: TimetableView) -> None:
    forty, sixty = rect_of(view, "forty"), rect_of(view, "sixty")
    assert forty.top() == sixty.top()
    assert forty.height() / sixty.height() == pytest.approx(2 / 3, abs=0.02)
    assert rect_of(view, "notice").height() >= view.fontMetrics().lineSpacing()
    lines = sixty.height() / view.fontMetrics().lineSpacing()
    assert lines == pytest.approx(12, abs=0.2)  # 3 lines a quarter hour


def test_an_item_for_everyone_alone_at_its_time_spans_the_rooms(view: TimetableView) -> None:
    lunch = rect_of(view, "lunch")
    spans = view.room_spans()
    assert (lunch.left(), lunch.right() + 1) == (spans[0][0], spans[-1][1])


def test_after_midnight_the_ruler_names_the_next_day(view: TimetableView) -> None:
    night = rect_of(view, "night")
    labels = {top: text for top, text, _major in view.ruler_labels()}
    assert labels[night.top()] == "Sun 00:30"
    assert labels[rect_of(view, "lone").top()] == "09:00"


def test_a_day_opens_at_its_first_session(view: TimetableView) -> None:
    assert view.verticalScrollBar().value() == 0
    assert rect_of(view, "lone").top() == 0
    assert view.viewport().rect().contains(view.visualRect(view.timetable().index_of("lone")))


def test_a_filter_hides_the_rooms_it_leaves_empty(view: TimetableView) -> None:
    view.set_filter(Filter(text="same"))
    assert [name for _l, _r, name in view.room_spans()] == ["Hall"]
    assert view.isIndexHidden(view.timetable().index_of("lone"))
    assert view.visualRect(view.timetable().index_of("lone")).isEmpty()
    view.set_filter(Filter())
    assert len(view.room_spans()) == 3


def centre(view: TimetableView, guid: str) -> QPoint:
    index = view.timetable().index_of(guid)
    view.scrollTo(index)
    return view.visualRect(index).center()


def test_a_click_selects_and_choosing_is_explicit(qtbot: QtBot, view: TimetableView) -> None:
    index = view.timetable().index_of("lone")
    with qtbot.assertNotEmitted(view.chooseRequested), qtbot.assertNotEmitted(view.clearRequested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "lone"))
    assert view.currentIndex() == index
    assert view.current_session() is not None and view.current_session().guid == "lone"  # type: ignore[union-attr]
    assert index.data(STATE_ROLE) == "open"  # a lone talk is a choice, not a plenary
    with qtbot.waitSignal(view.chooseRequested) as double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "lone"))
    assert double.args == ["lone"]
    with qtbot.waitSignal(view.chooseRequested) as space:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert space.args == ["lone"]
    with qtbot.waitSignal(view.chooseRequested) as enter:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert enter.args == ["lone"]
    box = view.delegate.check_box(view.visualRect(index), view.font())
    with qtbot.waitSignal(view.chooseRequested) as checked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert checked.args == ["lone"]
    with qtbot.waitSignal(view.clearRequested) as cleared:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert cleared.args == ["lone"]


def test_items_for_everyone_are_reached_but_not_chosen(qtbot: QtBot, view: TimetableView) -> None:
    view.setFocus()
    view.set_current_session("sixty")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_session().guid == "lunch"  # type: ignore[union-attr]
    with qtbot.assertNotEmitted(view.chooseRequested):
        qtbot.keyClick(view, Qt.Key.Key_Space)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "lunch"))
    assert not view.timetable().index_of("lunch").data(CELL_ROLE).choosable


def test_arrows_move_by_room_and_by_time(qtbot: QtBot, view: TimetableView) -> None:
    view.setFocus()
    view.set_current_session("forty")

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
        qtbot.keyClick(view, key, modifier)
        current = view.current_session()
        assert current is not None
        return current.guid

    assert press(Qt.Key.Key_Right) == "sixty"
    assert press(Qt.Key.Key_Up) in ("same-a", "same-b")
    # Nothing runs in the room to the left at 10:00: of the nearest starts, the later.
    assert press(Qt.Key.Key_Left) == "forty"
    assert press(Qt.Key.Key_Up) == "lone"
    assert press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier) == "night"
    assert press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier) == "lone"
    assert press(Qt.Key.Key_PageDown) != "lone"
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))


def test_shift_and_the_wheel_scroll_sideways(qtbot: QtBot, view: TimetableView) -> None:
    view.resize(300, 400)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    point = QPoint(40, 40)
    event = QWheelEvent(
        point.toPointF(),
        view.viewport().mapToGlobal(point).toPointF(),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ShiftModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.horizontalScrollBar().value() > 0
    assert view.verticalScrollBar().value() == 0


ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def reachable(qtbot: QtBot, view: TimetableView) -> set[str]:
    """Every session that some sequence of arrow keys reaches from the day's first one:
    each found by replaying, from the first, the keys that found it, then one more."""
    view.setFocus()

    def after(keys: list[Qt.Key]) -> str:
        qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for key in keys:
            qtbot.keyClick(view, key)
        session = view.current_session()
        assert session is not None
        return session.guid

    paths = {after([]): list[Qt.Key]()}
    waiting = list(paths)
    while waiting:
        path = paths[waiting.pop(0)]
        for key in ARROWS:
            found = after([*path, key])
            if found not in paths:
                paths[found] = [*path, key]
                waiting.append(found)
    return set(paths)


def test_arrows_alone_reach_every_cell_of_the_shipped_programme(
    qtbot: QtBot, window: MainWindow
) -> None:
    for number in range(window.days.count()):
        window.days.setCurrentIndex(number)
        view = window.days.current_view()
        everything = {s.guid for s in view.timetable().sessions()}
        assert reachable(qtbot, view) == everything


def test_arrows_alone_reach_every_cell_of_a_time_axis(qtbot: QtBot, view: TimetableView) -> None:
    assert reachable(qtbot, view) == {s.guid for s in small_sessions()}


def test_hostile_titles_are_shown_as_text(qtbot: QtBot, view: TimetableView) -> None:
    model = view.timetable()
    for number, title in enumerate(HOSTILE):
        index = model.index_of(f"hostile-{number}")
        assert index.data() == title
        assert title in index.data(Qt.ItemDataRole.AccessibleTextRole)
        document = QTextDocument()
        document.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))
        assert title in document.toPlainText()
        assert document.toPlainText() == index.data(Qt.ItemDataRole.AccessibleTextRole)
    # The tooltip the view shows is that one.
    point = centre(view, "hostile-0")
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    document = QTextDocument()
    document.setHtml(QToolTip.text())
    assert HOSTILE[0] in document.toPlainText()
    QToolTip.hideText()


def test_the_model_passes_qtmodeltester(qtmodeltester: Any, small_plan: Plan) -> None:
    qtmodeltester.check(TimetableModel(small_plan, DAY, "en"))


def test_a_change_repaints_only_the_cells_it_touches(
    qtbot: QtBot, view: TimetableView, small_plan: Plan
) -> None:
    rows: list[int] = []
    view.timetable().dataChanged.connect(
        lambda top, bottom, _roles=(): rows.extend(range(top.row(), bottom.row() + 1))
    )
    small_plan.choose("forty")
    sessions = view.timetable().sessions()
    assert {sessions[r].guid for r in rows} == {"forty", "sixty"}


# Contrast in light and dark palettes -------------------------------------------------------

LIGHT = {
    "Base": "#ffffff",
    "Window": "#efefef",
    "AlternateBase": "#f7f7f7",
    "Text": "#000000",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "Mid": "#b8b8b8",
    "Dark": "#9f9f9f",
    "PlaceholderText": "#808080",
}
DARK = {
    "Base": "#1e1e1e",
    "Window": "#2d2d2d",
    "AlternateBase": "#353535",
    "Text": "#e6e6e6",
    "Highlight": "#2a82da",
    "HighlightedText": "#ffffff",
    "Mid": "#3a3a3a",
    "Dark": "#262626",
    "PlaceholderText": "#6a6a6a",
}


def palette_of(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for name, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    return palette


def render(
    delegate: SessionDelegate, index: QModelIndex, palette: QPalette, *, focus: bool
) -> QImage:
    image = QImage(240, 90, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 240, 90)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled
    if focus:
        option.state |= QStyle.StateFlag.State_HasFocus
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("state", ["open", "chosen", "passed", "plenary"])
def test_borders_and_the_focus_ring_stand_out_in_light_and_dark(
    qapp: Any, plan: Plan, colours: dict[str, str], state: str
) -> None:
    day = plan.conference.days[0]
    slot = next(iter(plan.slots.values()))
    if state in ("chosen", "passed"):
        plan.choose(slot[0].guid)
    model = TimetableModel(plan, day, "en")
    index = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(STATE_ROLE) == state
    )
    cell = index.data(CELL_ROLE)
    assert isinstance(cell, Cell)
    delegate = SessionDelegate()
    palette = palette_of(colours)
    look = delegate.look(palette, cell)
    plain = render(delegate, index, palette, focus=False)
    ringed = render(delegate, index, palette, focus=True)
    fill = plain.pixelColor(200, 80)
    assert fill == look.fill
    # The border, left of the text: at least 3:1 where it is drawn (dashes leave gaps).
    edge = [max(contrast(plain.pixelColor(x, y), fill) for x in range(2, 8)) for y in range(10, 80)]
    assert sum(1 for ratio in edge if ratio >= 3) >= len(edge) / 3, state
    # The focus ring: at least 2 px wide, at least 3:1 against the fill.
    row = 45
    ring = [x for x in range(0, 20) if ringed.pixelColor(x, row) != plain.pixelColor(x, row)]
    assert len(ring) >= 2
    assert all(contrast(ringed.pixelColor(x, row), fill) >= 3 for x in ring[:2])
