"""Pictures of timetable cells as painted, kept for the next paint: a scroll or a choice
repaints many cells that look just as they did, and drawing a picture costs far less than
laying out and painting a cell's texts again."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap

# Pictures kept: a few screenfuls of a large grid, a few megabytes.
KEPT = 240


class CellPictures:
    def __init__(self) -> None:
        # The most recently used last.
        self._pictures: dict[Hashable, QPixmap] = {}

    def draw(
        self,
        painter: QPainter,
        rect: QRect,
        key: Hashable,
        paint: Callable[[QPainter, QRect], None],
    ) -> None:
        """Draw the picture `key` names into `rect`, made with `paint` (given a painter on the
        picture and the cell's rectangle there) when there is none yet. `key` holds all that
        makes the cell look as it does; the size and the screen's pixel ratio are added."""
        ratio = painter.device().devicePixelRatio()
        full_key = (key, rect.size().toTuple(), ratio)
        picture = self._pictures.pop(full_key, None)
        if picture is None:
            picture = _painted(rect.size(), ratio, paint)
        self._pictures[full_key] = picture
        if len(self._pictures) > KEPT:
            del self._pictures[next(iter(self._pictures))]
        painter.drawPixmap(rect.topLeft(), picture)


def _painted(size: QSize, ratio: float, paint: Callable[[QPainter, QRect], None]) -> QPixmap:
    picture = QPixmap(size * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    paint(painter, QRect(0, 0, size.width(), size.height()))
    painter.end()
    return picture
