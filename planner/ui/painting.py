"""How the grid draws: a cell's fill and border, and its marks (check box, warning sign,
star, note)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF


def fill(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """Fill `rect` with `colour`, leaving the painter without a pen and with that brush.

    The same pixels as QPainter.fillRect, which is not used: on its first call PySide makes
    the class of one of its other overloads, QGradient, with its 180 presets, which cost
    the window's first paint several milliseconds."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)


def frame(
    painter: QPainter, rect: QRect, colour: QColor, width: int, *, dashed: bool = False
) -> None:
    """A border `width` pixels wide just inside `rect`, on whole pixels (so that it keeps its
    colour); dashed, it is drawn and left out in turns of three widths."""
    if not dashed:
        painter.setPen(QPen(colour, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for inset in range(width):
            painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        return
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    step = 3 * width
    dashes: list[QRect] = []
    for along in range(x, x + w, 2 * step):
        length = min(step, x + w - along)
        dashes += (QRect(along, y, length, width), QRect(along, y + h - width, length, width))
    for down in range(y, y + h, 2 * step):
        length = min(step, y + h - down)
        dashes += (QRect(x, down, width, length), QRect(x + w - width, down, width, length))
    # Filled without a pen, each rectangle covers just its own pixels; drawn in one call,
    # not one for each of the dozens of dashes around a cell.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRects(dashes)


def star(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """The shortlist's mark: a filled five-pointed star."""
    centre, outer = box.center(), box.width() / 2
    points = []
    for number in range(10):
        radius = outer if number % 2 == 0 else outer * 0.45
        angle = math.pi / 5 * number - math.pi / 2
        points.append(
            QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))
        )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def note(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """The mark of a note: a sheet with a folded corner and lines of writing."""
    sheet = box.adjusted(box.width() * 0.12, 0, -box.width() * 0.12, 0)
    fold = sheet.width() * 0.35
    outline = QPolygonF(
        [
            sheet.topLeft(),
            QPointF(sheet.right() - fold, sheet.top()),
            QPointF(sheet.right(), sheet.top() + fold),
            sheet.bottomRight(),
            sheet.bottomLeft(),
        ]
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolygon(outline)
    for share in (0.45, 0.65, 0.85):
        y = sheet.top() + sheet.height() * share
        painter.drawLine(QPointF(sheet.left() + 2, y), QPointF(sheet.right() - 2, y))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def tick_box(painter: QPainter, box: QRect, colour: QColor, *, ticked: bool) -> None:
    """A check box, ticked or not."""
    frame(painter, box, colour, 1)
    if ticked:
        left, top, width, height = box.x(), box.y(), box.width(), box.height()
        tick = QPainterPath()
        tick.moveTo(left + width * 0.2, top + height * 0.52)
        tick.lineTo(left + width * 0.42, top + height * 0.75)
        tick.lineTo(left + width * 0.82, top + height * 0.25)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def warning_sign(painter: QPainter, box: QRectF, colour: QColor, text: QColor, font: QFont) -> None:
    """A triangle in `colour` with an exclamation mark in `text`."""
    triangle = QPolygonF(
        [
            QPointF(box.center().x(), box.top()),
            QPointF(box.right(), box.bottom()),
            QPointF(box.left(), box.bottom()),
        ]
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.0))
    painter.setBrush(colour)
    painter.drawPolygon(triangle)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(text)
    painter.setFont(font)
    mark = box.adjusted(0, box.height() * 0.25, 0, 0)
    painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")
