"""Click to repaint in the planner's real window, under a real X server.

    python -m benchmarks.interaction_child DATABASE SAMPLES
    python -m benchmarks.interaction_child floor SAMPLES

Opens the window on DATABASE as the planner does (1280×800; no SQLAlchemy, which a click does
not need), then for each sample, on sessions in view of the first day's grid:

* select: a click on a session (not on its check box): the grid marks it and the detail pane
  shows it;
* choose: Space on the selected session: the choice is committed to disk, then shown (Space
  again clears it, untimed, so that no choice ever asks about an overlap);
* scroll: one step of the grid's vertical scroll bar.

Each is timed from the event until the grid's repaint is over. One of each is made first and
not counted (fonts, caches). Prints one JSON object of lists of seconds.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QMainWindow,
    QTableWidget,
    QWidget,
)

from benchmarks.window_child import floor_window

WAIT_SECONDS = 5.0


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_repainted(viewport: QWidget, counter: PaintCounter, act: Callable[[], None]) -> float:
    """Seconds from `act` until `viewport` has been painted again and no event is waiting."""
    before = counter.count
    start = time.perf_counter()
    act()
    while counter.count == before:
        QApplication.processEvents()
        if time.perf_counter() - start > WAIT_SECONDS:
            raise RuntimeError("the grid was not repainted")
    QApplication.processEvents()
    return time.perf_counter() - start


def grid_of(window: QWidget) -> QAbstractItemView:
    """The grid of the day on show (the window's way to it has had more than one name), or
    the floor's table."""
    if isinstance(window, QMainWindow) and isinstance(window.centralWidget(), QTableWidget):
        return window.centralWidget()  # type: ignore[return-value]
    for owner in (window, getattr(window, "days", None)):
        current_view = getattr(owner, "current_view", None)
        if callable(current_view):
            view = current_view()
            assert isinstance(view, QAbstractItemView)
            return view
    raise RuntimeError("the window has no current_view()")


def visible_points(view: QAbstractItemView, window: QWidget) -> list[QPoint]:
    """A point on each session wholly in view, away from its check box, that can be chosen
    without a question (it overlaps no choice)."""
    model = view.model()
    area = view.viewport().rect()
    plan = getattr(window, "plan", None)
    points = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        if rect.isEmpty() or not area.contains(rect):
            continue
        if plan is not None:
            session = view.timetable().session_at(index)  # type: ignore[attr-defined]
            if session is None or session.guid in plan.chosen:
                continue
            if plan.preview(session.guid).conflicts:
                continue
        point = rect.center()
        check_box = getattr(view.itemDelegate(), "check_box", None)
        if check_box is not None and check_box(rect, view.font()).contains(point):
            point = QPoint(rect.right() - 3, rect.bottom() - 3)
        points.append(point)
    return points


def open_window(database: Path) -> QWidget:
    from planner.services.planning import Plan, open_plan
    from planner.services.texts import Translators
    from planner.ui.settings import Settings
    from planner.ui.window import MainWindow

    opened = open_plan(database)
    plan = Plan(opened.store, opened.conference)
    translators = Translators()
    translators.install("en")
    window = MainWindow(plan, Settings(QSettings()), translators, "en")
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.finish_start()
    QApplication.processEvents()
    gc.freeze()  # as the planner does once it is up (planner.ui.launch)
    return window


def open_floor() -> QWidget:
    """The floor: the bare window's 20×5 table, its cells checkable (Space checks one), in a
    window low enough that the table scrolls."""
    window = floor_window()
    table = window.centralWidget()
    assert isinstance(table, QTableWidget)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
    window.resize(1280, 300)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QApplication.processEvents()
    return window


def main(database: Path | None, samples: int) -> dict[str, list[float]]:
    QApplication.setApplicationName("conference-planner")
    QApplication.setOrganizationName("conference-planner")
    window = open_floor() if database is None else open_window(database)
    view = grid_of(window)
    viewport = view.viewport()
    counter = PaintCounter()
    viewport.installEventFilter(counter)
    points = visible_points(view, window)
    if not points:
        raise RuntimeError("no session is in view")
    bar = view.verticalScrollBar()
    results: dict[str, list[float]] = {"select": [], "choose": [], "scroll": []}
    for sample in range(samples + 1):
        point = points[(sample * 7) % len(points)]
        select = until_repainted(
            viewport,
            counter,
            lambda point=point: QTest.mouseClick(  # type: ignore[misc]
                viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            ),
        )
        choose = until_repainted(viewport, counter, lambda: QTest.keyClick(view, Qt.Key.Key_Space))
        # Space again clears it, so that the next choice overlaps nothing either.
        until_repainted(viewport, counter, lambda: QTest.keyClick(view, Qt.Key.Key_Space))
        step = (
            QAbstractSlider.SliderAction.SliderSingleStepAdd
            if sample % 2 == 0
            else QAbstractSlider.SliderAction.SliderSingleStepSub
        )
        scroll = until_repainted(viewport, counter, lambda step=step: bar.triggerAction(step))  # type: ignore[misc]
        if sample:  # the first is a warm-up
            results["select"].append(select)
            results["choose"].append(choose)
            results["scroll"].append(scroll)
    return results


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    database = None if sys.argv[1] == "floor" else Path(sys.argv[1])
    print(json.dumps(main(database, int(sys.argv[2]))))
