"""Contrast of colours as WCAG measures it, and colours moved just far enough to read.

Palettes differ (light, dark, high contrast); a line or mark drawn in a palette's colour is
moved towards black or white until it stands out from what it is drawn on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

# Lines and marks: the least WCAG asks of non-text contrast.
LINE_CONTRAST = 3.0


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, fill: QColor, ratio: float = LINE_CONTRAST) -> QColor:
    """`colour`, moved towards black or white (whichever stands out more from `fill`) just
    as far as it takes to reach `ratio` against `fill`."""
    if contrast(colour, fill) >= ratio:
        return colour
    white, black = QColor(255, 255, 255), QColor(0, 0, 0)
    target = white if contrast(white, fill) >= contrast(black, fill) else black
    for step in range(1, 11):
        mixed = _mix(colour, target, step / 10)
        if contrast(mixed, fill) >= ratio:
            return mixed
    return target


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )
