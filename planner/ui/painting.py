"""What the grid's painters share."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter


def fill(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """Fill `rect` with `colour`, leaving the painter without a pen and with that brush.

    The same pixels as QPainter.fillRect, which is not used: on its first call PySide makes
    the class of one of its other overloads, QGradient, with its 180 presets, which cost
    the window's first paint several milliseconds."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
