"""Plain text broken into lines for painting: wrapped, elided, laid out once.

Programme text is drawn as it is, never read as markup: QTextLayout breaks it into lines and
each line is drawn as a plain-text QStaticText, kept so that a repaint does not lay it out
again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStaticText, QTextLayout, QTextOption, QTransform

# Entries kept before a cache starts again (a day's cells need a few thousand).
MOST_KEPT = 20_000


class Lines:
    """Line breaks and laid-out lines, kept by text, font and width."""

    def __init__(self) -> None:
        self._wrapped: dict[tuple[str, str, int, int, int], tuple[str, ...]] = {}
        self._prepared: dict[tuple[str, str], QStaticText] = {}
        self._metrics: dict[str, QFontMetrics] = {}

    def wrapped(
        self, text: str, font: QFont, font_key: str, *, first: int, width: int, most: int
    ) -> tuple[str, ...]:
        """`text` in lines (the first `first` wide, the rest `width`), at most `most` of them,
        the last ending in an ellipsis when the text goes on."""
        key = (text, font_key, first, width, most)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > MOST_KEPT:
                self._wrapped.clear()
            metrics = self._metrics.get(font_key)
            if metrics is None:
                metrics = self._metrics[font_key] = QFontMetrics(font)
            lines = self._wrapped[key] = _wrapped(
                text, font, metrics, max(first, 8), max(width, 8), most=most
            )
        return lines

    def prepared(self, text: str, font: QFont, font_key: str) -> QStaticText:
        """A line laid out once, as plain text."""
        static = self._prepared.get((text, font_key))
        if static is None:
            if len(self._prepared) > MOST_KEPT:
                self._prepared.clear()
            static = self._prepared[(text, font_key)] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
        return static


def _wrapped(
    text: str, font: QFont, metrics: QFontMetrics, first: int, width: int, *, most: int
) -> tuple[str, ...]:
    plain = text.replace("\n", " ")
    layout = QTextLayout(plain, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    # Qt counts in UTF-16 code units; so do the slices.
    units = plain.encode("utf-16-le")
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(first if not spans else width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()

    def piece(start: int, end: int | None = None) -> str:
        return units[2 * start : None if end is None else 2 * end].decode("utf-16-le")

    if len(spans) <= most:
        return tuple(piece(start, start + length).rstrip() for start, length in spans)
    kept = [piece(start, start + length).rstrip() for start, length in spans[: most - 1]]
    rest = piece(spans[most - 1][0])
    last_width = first if most == 1 else width
    return (*kept, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, last_width))
