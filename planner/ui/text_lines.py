"""Plain text broken into lines for painting: wrapped and elided, once per text, font and
width.

Programme text is drawn as it is, never read as markup: QTextLayout breaks it into lines,
and each line is drawn at a point (a cell's picture keeps it for the repaints after).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

# Entries kept before a cache starts again (a day's cells need a few thousand).
MOST_KEPT = 20_000


class Lines:
    """Line breaks, kept by text, font and widths."""

    def __init__(self) -> None:
        self._wrapped: dict[tuple[str, str, int, int, int], tuple[str, ...]] = {}
        self._broken: dict[tuple[str, str, int, int], _Broken] = {}
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
                self._broken.clear()
            # Broken into lines once: a cell short of room asks again for fewer of them.
            broken = self._broken.get(key[:4])
            if broken is None:
                broken = self._broken[key[:4]] = _broken(text, font, max(first, 8), max(width, 8))
            lines = broken.lines
            if len(lines) > most:
                metrics = self._metrics.get(font_key)
                if metrics is None:
                    metrics = self._metrics[font_key] = QFontMetrics(font)
                last_width = max(first if most == 1 else width, 8)
                rest = broken.rest(most - 1)
                last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, last_width)
                lines = (*lines[: most - 1], last)
            self._wrapped[key] = lines
        return lines


class _Broken(NamedTuple):
    """A text broken into lines, and where in it each line starts."""

    lines: tuple[str, ...]
    starts: tuple[int, ...]
    # The text in UTF-16, as Qt counts: the starts are in its code units.
    units: bytes

    def rest(self, line: int) -> str:
        """The text from the start of `line` on."""
        return self.units[2 * self.starts[line] :].decode("utf-16-le")


def _broken(text: str, font: QFont, first: int, width: int) -> _Broken:
    plain = text.replace("\n", " ")
    layout = QTextLayout(plain, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    units = plain.encode("utf-16-le")
    lines: list[str] = []
    starts: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(first if not lines else width)
        start, length = line.textStart(), line.textLength()
        if not lines and first < width and _cuts_a_word(plain, units, start + length):
            # The first word does not fit beside the marks: rather than cut it there
            # ("Fundi / ng"), the text starts on the next line, as wide as the others.
            lines.append("")
            starts.append(start)
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
        starts.append(start)
        lines.append(units[2 * start : 2 * (start + length)].decode("utf-16-le").rstrip())
    layout.endLayout()
    return _Broken(tuple(lines), tuple(starts), units)


def _cuts_a_word(text: str, units: bytes, end: int) -> bool:
    """Whether a line ending before `end` (in UTF-16 code units, as Qt counts; `units` is
    `text` in them) cuts a word: `end` is no place where a line may break (as after a space
    or a hyphen, or between ideographs)."""
    if not 0 < 2 * end < len(units):
        return False
    at = len(units[: 2 * end].decode("utf-16-le"))  # the same place, in characters
    if text[at].isspace() or text[at - 1].isspace():
        return False
    from PySide6.QtCore import QTextBoundaryFinder  # seldom asked: most lines end at a space

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    finder.setPosition(end)
    return not finder.isAtBoundary()
