"""The grid's places in pixels: a rectangle per shown row, and each lane's rows by height.

`planner.domain.grid` says which lanes and times a session takes; this turns that into
rectangles once per day, filter, font and (for an aligned day) width, and answers what is in
a given part of the grid by bisecting each lane's rows, not by looking at every session.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRect, QSize

from planner.domain.grid import Grid, TimeAxis


class PixelLayout:
    """Rectangles in content coordinates (before scrolling), keyed by model row."""

    def __init__(self) -> None:
        self.rects: dict[int, QRect] = {}
        self.lane_width = 1.0
        # Pixels a minute on a time axis.
        self.per_minute = 1.0
        self.content = QSize(0, 0)
        # The top and height of each band of an aligned day.
        self.band_tops: list[int] = []
        self.band_heights: list[int] = []
        self._lane_rows: list[list[int]] = []
        self._lane_bottoms: list[list[int]] = []

    def measure_bands(
        self,
        grid: Grid,
        row_of: Callable[[str], int],
        lane_width: float,
        needed: Callable[[int, int], int],
    ) -> None:
        """An aligned day: each band as tall as `needed(row, width)` says its tallest is."""
        self.lane_width = lane_width
        tops: list[int] = []
        heights: list[int] = []
        top = 0
        for number in range(len(grid.bands)):
            height = self._band_height(grid, number, row_of, needed)
            tops.append(top)
            heights.append(height)
            top += height
        self.band_tops = tops
        self.band_heights = heights
        spans = {
            guid: (tops[place.band], tops[place.band] + heights[place.band])
            for guid, place in grid.places.items()
        }
        self._place(grid, row_of, spans, top)

    def measure_times(
        self,
        grid: Grid,
        axis: TimeAxis,
        row_of: Callable[[str], int],
        lane_width: float,
        per_minute: float,
    ) -> None:
        """A time axis: tops and heights in proportion to the clock."""
        self.lane_width = lane_width
        self.per_minute = per_minute
        self.band_tops, self.band_heights = [], []
        spans = {
            guid: (
                round(axis.minutes(place.start) * per_minute),
                round(axis.minutes(place.end) * per_minute),
            )
            for guid, place in grid.places.items()
        }
        self._place(grid, row_of, spans, round(axis.length * per_minute))

    def band_fits(
        self,
        grid: Grid,
        band: int,
        row_of: Callable[[str], int],
        needed: Callable[[int, int], int],
    ) -> bool:
        """Whether a band measured before is still as tall as its text needs."""
        if not 0 <= band < len(self.band_heights):
            return True
        return self._band_height(grid, band, row_of, needed) == self.band_heights[band]

    def _band_height(
        self,
        grid: Grid,
        band: int,
        row_of: Callable[[str], int],
        needed: Callable[[int, int], int],
    ) -> int:
        return max(
            needed(row_of(guid), round(grid.places[guid].lanes * self.lane_width))
            for guid in grid.bands[band].guids
        )

    def _place(
        self,
        grid: Grid,
        row_of: Callable[[str], int],
        spans: dict[str, tuple[int, int]],
        height: int,
    ) -> None:
        rects: dict[int, QRect] = {}
        for guid, place in grid.places.items():
            left = round(place.lane * self.lane_width)
            right = round((place.lane + place.lanes) * self.lane_width)
            top, bottom = spans[guid]
            rects[row_of(guid)] = QRect(left, top, right - left, bottom - top)
        self.rects = rects
        self._lane_rows = [[row_of(g) for g in guids] for guids in grid.lane_guids]
        self._lane_bottoms = [[rects[r].bottom() + 1 for r in rows] for rows in self._lane_rows]
        self.content = QSize(round(grid.lanes * self.lane_width), height)

    def span(self, first_lane: int, lanes: int) -> tuple[int, int]:
        """Left and right edge of a run of lanes."""
        return round(first_lane * self.lane_width), round((first_lane + lanes) * self.lane_width)

    def rows_in(self, area: QRect) -> list[int]:
        """The rows whose rectangles meet `area`, found lane by lane."""
        if not self._lane_rows:
            return []
        first = max(0, int(area.left() // self.lane_width))
        last = min(len(self._lane_rows) - 1, int(area.right() // self.lane_width))
        found: dict[int, None] = {}
        for lane in range(first, last + 1):
            rows, bottoms = self._lane_rows[lane], self._lane_bottoms[lane]
            number = bisect_right(bottoms, area.top())
            while number < len(rows) and self.rects[rows[number]].top() <= area.bottom():
                found[rows[number]] = None
                number += 1
        return list(found)

    def row_at(self, x: int, y: int) -> int | None:
        lane = int(x // self.lane_width) if x >= 0 else -1
        if not 0 <= lane < len(self._lane_rows):
            return None
        rows, bottoms = self._lane_rows[lane], self._lane_bottoms[lane]
        found = bisect_right(bottoms, y)
        if found < len(rows) and self.rects[rows[found]].contains(x, y):
            return rows[found]
        return None

    def scrolled_to(self, row: int, shown: QRect, place: str) -> tuple[int, int]:
        """Where to scroll (left, top) so that `row` is in view: "near" where it is already,
        else at the "top", "bottom" or "centre"; a row taller than the view shows its top."""
        rect = self.rects[row]
        top = shown.top()
        if place == "top" or rect.height() > shown.height():
            top = rect.top()
        elif place == "bottom":
            top = rect.bottom() + 1 - shown.height()
        elif place == "centre":
            top = rect.center().y() - shown.height() // 2
        elif rect.top() < top:
            top = rect.top()
        elif rect.bottom() > shown.bottom():
            top = rect.bottom() + 1 - shown.height()
        left = shown.left()
        if rect.left() < left or rect.width() > shown.width():
            left = rect.left()
        elif rect.right() > shown.right():
            left = rect.right() + 1 - shown.width()
        return left, top

    def time_at(self, grid: Grid, axis: TimeAxis, y: int) -> datetime:
        """The time at height `y`: on an aligned day the start of the band there (the first
        above the grid, the last below it)."""
        if not grid.aligned:
            return axis.at(max(0, y) / self.per_minute)
        band = max(0, min(len(self.band_tops) - 1, bisect_right(self.band_tops, y) - 1))
        return grid.bands[band].start

    def y_of(self, grid: Grid, axis: TimeAxis, moment: datetime) -> int | None:
        """The height of `moment` in the grid, None when the day does not run then: on a time
        axis in proportion to the clock, on an aligned day within the band that runs then."""
        if not grid.aligned:
            if not axis.start <= moment <= axis.end:
                return None
            return round(axis.minutes(moment) * self.per_minute)
        for number, band in enumerate(grid.bands):
            following = grid.bands[number + 1].start if number + 1 < len(grid.bands) else None
            end = following or band.end
            if band.start <= moment and (end is None or moment < end):
                share = (moment - band.start) / (end - band.start) if end is not None else 0
                return self.band_tops[number] + round(share * self.band_heights[number])
        return None
