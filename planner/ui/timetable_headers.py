"""The grid's margins: the room header above it, the time ruler to its left, the lines
behind it, and the line of now over it.

They stand outside the scrolled viewport, so they stay in view while the grid scrolls, and
follow it along their own direction only. What they show comes from the view (`Margins`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from planner.domain.grid import Grid, TimeAxis
from planner.services.texts import clock
from planner.ui.contrast import readable
from planner.ui.painting import fill
from planner.ui.timetable_layout import PixelLayout
from planner.ui.timetable_model import TimetableModel

PADDING = 4
# The line of now: red, made to stand out from the grid's background in any palette.
NOW_COLOUR = "#d0312d"
# A room name wraps over at most this many lines.
HEADER_LINES = 3


def room_spans(
    model: TimetableModel, grid: Grid, pixels: PixelLayout
) -> list[tuple[int, int, str]]:
    """(left, right, name) of each column, in content coordinates."""
    return [
        (*pixels.span(room.first_lane, room.lanes), model.room_label(room)) for room in grid.rooms
    ]


def ruler_texts(model: TimetableModel, grid: Grid, axis: TimeAxis) -> list[tuple[str, bool]]:
    """(text, major) of each time label: a band's times, or the hours and half hours. What
    they say does not depend on where they go, so the ruler's width is known before the
    grid is measured."""
    if model.aligned:
        return [
            (f"{model.time_label(band.start)}–{clock(band.end) if band.end else ''}", True)
            for band in grid.bands
        ]
    return [(model.time_label(tick.moment), tick.hour) for tick in axis.ticks()]


def ruler_labels(
    model: TimetableModel, axis: TimeAxis, pixels: PixelLayout, texts: list[tuple[str, bool]]
) -> list[tuple[int, str, bool]]:
    """(top, text, major) of each time label, in content coordinates: `texts` (from
    `ruler_texts`) placed."""
    if model.aligned:
        tops = list(pixels.band_tops)
    else:
        tops = [round(tick.minutes * pixels.per_minute) for tick in axis.ticks()]
    return [(top, text, major) for top, (text, major) in zip(tops, texts, strict=True)]


def paint_backdrop(
    painter: QPainter,
    palette: QPalette,
    exposed: QRect,
    offset: QPoint,
    *,
    spans: list[tuple[int, int, str]],
    labels: list[tuple[int, str, bool]],
) -> None:
    """Behind the sessions: faint lines between the rooms and at the hours of `labels`."""
    fill(painter, exposed, palette.color(QPalette.ColorRole.Base))
    painter.setPen(palette.color(QPalette.ColorRole.Midlight))
    for top, _text, major in labels:
        y = top - offset.y()
        if major and exposed.top() <= y <= exposed.bottom():
            painter.drawLine(exposed.left(), y, exposed.right(), y)
    for _left, right, _name in spans:
        x = right - offset.x() - 1
        painter.drawLine(x, exposed.top(), x, exposed.bottom())


def paint_now(painter: QPainter, palette: QPalette, y: int, width: int) -> None:
    """The line of now across the grid, at `y` in the viewport."""
    base = palette.color(QPalette.ColorRole.Base)
    painter.setPen(QPen(readable(QColor(NOW_COLOUR), base), 2))
    painter.drawLine(0, y, width, y)


def paint_empty(painter: QPainter, palette: QPalette, rect: QRect, text: str) -> None:
    """What a day with nothing in its grid says instead."""
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(
        rect.adjusted(12, 12, -12, -12),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        text,
    )


class Margins(Protocol):
    def room_spans(self) -> list[tuple[int, int, str]]:
        """(left, right, name) of each column, in content coordinates."""
        ...

    def ruler_labels(self) -> list[tuple[int, str, bool]]:
        """(top, text, major) of each time label, in content coordinates."""
        ...

    def ruler_texts(self) -> list[tuple[str, bool]]:
        """(text, major) of each time label, before the grid is measured."""
        ...

    def horizontalOffset(self) -> int: ...

    def verticalOffset(self) -> int: ...


class RoomHeader(QWidget):
    """The names of the rooms (or themes), each centred over its lanes."""

    def __init__(self, margins: Margins, parent: QWidget) -> None:
        super().__init__(parent)
        self._margins = margins

    def needed_height(self) -> int:
        metrics = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        tallest = metrics.lineSpacing()
        for left, right, name in self._margins.room_spans():
            box = QRect(0, 0, max(1, right - left - 2 * PADDING), 10_000)
            tallest = max(tallest, metrics.boundingRect(box, flags, name).height())
        return min(tallest, HEADER_LINES * metrics.lineSpacing()) + 2 * PADDING

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        fill(painter, event.rect(), palette.color(QPalette.ColorRole.Window))
        shift = self._margins.horizontalOffset()
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        line = palette.color(QPalette.ColorRole.Mid)
        for left, right, name in self._margins.room_spans():
            box = QRect(left - shift, 0, right - left, self.height())
            if not box.intersects(event.rect()):
                continue
            painter.setPen(line)
            painter.drawLine(box.right(), PADDING, box.right(), box.bottom() - PADDING)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(box.adjusted(PADDING, PADDING, -PADDING, -PADDING), flags, name)
        painter.setPen(line)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class TimeRuler(QWidget):
    """The times down the left: each band's time, or on a time axis the hours (in full) and
    half hours (lighter)."""

    def __init__(self, margins: Margins, parent: QWidget) -> None:
        super().__init__(parent)
        self._margins = margins

    def needed_width(self) -> int:
        metrics = self.fontMetrics()
        texts = self._margins.ruler_texts()
        widest = max((metrics.horizontalAdvance(text) for text, _major in texts), default=0)
        return widest + 2 * PADDING + 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        fill(painter, event.rect(), palette.color(QPalette.ColorRole.Window))
        shift = self._margins.verticalOffset()
        metrics = self.fontMetrics()
        minor = QFont(self.font())
        minor.setPointSizeF(self.font().pointSizeF() * 0.9)
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for top, text, major in self._margins.ruler_labels():
            y = top - shift
            if y + metrics.lineSpacing() < event.rect().top() or y > event.rect().bottom():
                continue
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(self.width() - (2 * PADDING if major else PADDING), y, self.width(), y)
            role = QPalette.ColorRole.WindowText if major else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
            painter.setFont(self.font() if major else minor)
            box = QRect(0, y + 1, self.width() - PADDING - 2, metrics.lineSpacing())
            painter.drawText(box, flags, text)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()
