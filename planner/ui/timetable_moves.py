"""Where the grid's cursor goes for a key: to the neighbouring room at the same time, to the
session before or after in the same column, along the time, to the day's first or last
session, or a screenful up or down (see `TimetableView`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView

from planner.domain.grid import Grid, Move, TimeAxis
from planner.ui.timetable_layout import PixelLayout

Action = QAbstractItemView.CursorAction

_MOVES: dict[Action, Move] = {
    Action.MoveUp: "up",
    Action.MoveDown: "down",
    Action.MoveLeft: "left",
    Action.MoveRight: "right",
    Action.MoveHome: "home",
    Action.MoveEnd: "end",
    Action.MoveNext: "next",
    Action.MovePrevious: "previous",
}


class Cursor:
    """A day's grid as the cursor moves over it: where sessions are, in time and on screen."""

    def __init__(
        self, grid: Grid, axis: TimeAxis, pixels: PixelLayout, row_of: Callable[[str], int]
    ) -> None:
        self.grid = grid
        self.axis = axis
        self.pixels = pixels
        self.row_of = row_of

    def target(
        self, guid: str | None, lane: int | None, action: Action, control: bool, screen: int
    ) -> tuple[str, int] | None:
        """The session and lane the cursor goes to from `guid` (which it reached along
        `lane`) for `action`, Ctrl held or not; `screen` is the height of a screenful."""
        if action in (Action.MovePageUp, Action.MovePageDown):
            return self._page(guid, lane, action == Action.MovePageDown, screen)
        move = _MOVES[action]
        if control and move in ("home", "end"):
            move = "first" if move == "home" else "last"
        return self.grid.move(guid, move, lane)

    def _page(
        self, guid: str | None, lane: int | None, down: bool, screen: int
    ) -> tuple[str, int] | None:
        """A screenful up or down in the cursor's column."""
        place = self.grid.places.get(guid) if guid is not None else None
        if place is None or guid is None:
            return self.grid.move(None, "first")
        lane = lane if lane is not None else place.lane
        rect = self.pixels.rects[self.row_of(guid)]
        target = rect.top() + (1 if down else -1) * screen
        found = self.grid.at(lane, self.pixels.time_at(self.grid, self.axis, target))
        return (found, lane) if found is not None and found != guid else None
