"""Measuring, paginating and drawing: what both printouts are made of.

Everything is laid out first (every text broken into lines on the target device), then split
into pages so that no block is cut in two, then painted; so "page x of y" knows y.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

# Families tried in order; all of them carry å, ä and ö. The system's font is the last resort.
FONT_FAMILIES = (
    "Noto Sans",
    "Source Sans 3",
    "Liberation Sans",
    "DejaVu Sans",
    "Arial",
    "Helvetica",
    "Segoe UI",
)
BODY_SIZE = 10.0

BLACK = QColor(0, 0, 0)
GREY = QColor(85, 85, 85)
RULE = QColor(160, 160, 160)
SHADE = QColor(236, 236, 236)
CHOSEN_SHADE = QColor(215, 215, 215)


class Style:
    """Fonts and sizes for one device; lengths are in device units, given in points."""

    def __init__(self, device: QPagedPaintDevice, scale: float = 1.0) -> None:
        self.device = device
        self.scale = scale
        self.unit = device.logicalDpiY() / 72.0
        self.width = float(device.width())
        self.height = float(device.height())
        self.family = font_family()
        self.body = self.font(BODY_SIZE)
        self.bold = self.font(BODY_SIZE, bold=True)
        self.italic = self.font(BODY_SIZE, italic=True)
        self.small = self.font(BODY_SIZE - 1.5)
        self.small_italic = self.font(BODY_SIZE - 1.5, italic=True)
        self.small_bold = self.font(BODY_SIZE - 1.5, bold=True)
        self.title = self.font(17, bold=True)
        self.subtitle = self.font(11.5)
        self.day = self.font(13, bold=True)
        # The footer keeps its size whatever the scale.
        self.footer = self.font(BODY_SIZE - 1.5, scaled=False)
        self.footer_italic = self.font(BODY_SIZE - 1.5, italic=True, scaled=False)
        self.footer_height = self.line(self.footer) * 2 + self.pt(14)
        # Where blocks may go: above the footer.
        self.bottom = self.height - self.footer_height

    def pt(self, points: float) -> float:
        return points * self.unit

    def font(
        self, size: float, *, bold: bool = False, italic: bool = False, scaled: bool = True
    ) -> QFont:
        font = QFont(self.family)
        # In whole device pixels, rounded up: Qt would round 7 points down to 6.96.
        points = size * self.scale if scaled else size
        font.setPixelSize(math.ceil(self.pt(points) - 1e-6))
        font.setBold(bold)
        font.setItalic(italic)
        return without_ligatures(font)

    def line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()

    def text_width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def text(
        self, font: QFont, width: float, text: str, color: QColor = BLACK, most: int = 0
    ) -> Text:
        """`text` broken into lines of at most `width`; past `most` lines (when given) the
        last one ends in an ellipsis."""
        text = " ".join(text.split())
        if not text:
            return Text(font, color, (), 0.0)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        starts.append(len(text))
        lines = [text[a:b].strip() for a, b in pairwise(starts)]
        if most and len(lines) > most:
            rest = text[starts[most - 1] :]
            metrics = QFontMetricsF(font, self.device)
            lines[most - 1 :] = [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        return Text(font, color, tuple(lines), self.line(font))


def without_ligatures(font: QFont) -> QFont:
    """`font` drawing each letter apart: ligatures ("ﬀ" in "kaffe", "ﬁ" in "Trafikverket")
    would make a PDF's text differ from the programme's, for a search and a copy alike."""
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def font_family() -> str:
    available = set(QFontDatabase.families())
    found = next((family for family in FONT_FAMILIES if family in available), None)
    return found or QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


@dataclass(frozen=True)
class Text:
    """Plain text broken into lines, painted as it was measured."""

    font: QFont
    color: QColor
    lines: tuple[str, ...]
    line_height: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def draw(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Paint the lines from `y` down; returns the `y` under the last one."""
        painter.setFont(self.font)
        painter.setPen(self.color)
        for line in self.lines:
            rect = QRectF(x, y, width, self.line_height)
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop), line)
            y += self.line_height
        return y


def stacked_height(texts: Sequence[Text]) -> float:
    return sum(text.height for text in texts)


def draw_stacked(
    painter: QPainter, texts: Sequence[Text], x: float, y: float, width: float
) -> float:
    for text in texts:
        y = text.draw(painter, x, y, width)
    return y


# Pages --------------------------------------------------------------------------------------


@dataclass
class Block:
    """A piece of the page that is never cut: its height and how to paint it at a top."""

    height: float
    draw: Callable[[QPainter, float], None]
    # A heading stays on the page of the block after it.
    keep_with_next: bool = False
    # For a block made of whole smaller ones (a timetable row of several start times): its
    # first part that fits a height, and the rest; None when no part fits.
    split: Callable[[float], tuple[Block, Block] | None] | None = None


Page = list[tuple[Block, float]]


@dataclass
class Section:
    """Blocks that start on a new page; `continued` opens each further page it needs."""

    blocks: list[Block]
    continued: list[Block]


def paginate(style: Style, sections: Sequence[Section]) -> list[Page]:
    """Place blocks top to bottom; each section starts a page and flows onto more as needed.

    A page break comes only before a block that does not fit (or inside one that splits),
    and only once the page holds something of the section's own, so no page is left with
    nothing but headings.
    """
    pages: list[Page] = []
    for section in sections:
        page: Page = []
        pages.append(page)
        top = 0.0
        fresh = True
        blocks = list(section.blocks)
        index = 0
        while index < len(blocks):
            # A heading moves with the block it introduces.
            end = index + 1
            while blocks[end - 1].keep_with_next and end < len(blocks):
                end += 1
            group = blocks[index:end]
            if top + sum(block.height for block in group) > style.bottom and not fresh:
                parts = group[0].split(style.bottom - top) if group[0].split else None
                if parts is not None:
                    page.append((parts[0], top))
                    blocks[index] = parts[1]
                page = []
                pages.append(page)
                top = 0.0
                for block in section.continued:
                    page.append((block, top))
                    top += block.height
                fresh = True
                continue
            for block in group:
                page.append((block, top))
                top += block.height
            fresh = False
            index = end
    return pages


# Drawing ------------------------------------------------------------------------------------


def rule(painter: QPainter, style: Style, y: float, width: float, color: QColor = RULE) -> None:
    painter.setPen(QPen(color, style.pt(0.5)))
    painter.drawLine(QPointF(0, y), QPointF(width, y))


def tick_box(painter: QPainter, style: Style, x: float, y: float, ticked: bool) -> None:
    """A square for a pen; with a drawn check mark when the choice is made."""
    side = style.pt(8.5)
    painter.setPen(QPen(BLACK, style.pt(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, side, side))
    if ticked:
        _check_mark(painter, style, x + style.pt(1.2), y + style.pt(1), side - style.pt(2.4))


def _check_mark(painter: QPainter, style: Style, x: float, y: float, size: float) -> None:
    path = QPainterPath(QPointF(x, y + size * 0.55))
    path.lineTo(QPointF(x + size * 0.38, y + size * 0.92))
    path.lineTo(QPointF(x + size, y + size * 0.05))
    pen = QPen(BLACK, style.pt(1.6))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def chosen_frame(painter: QPainter, style: Style, cell: QRectF) -> None:
    """A chosen session's cell in the timetable: shaded and framed."""
    painter.fillRect(cell, CHOSEN_SHADE)
    painter.setPen(QPen(BLACK, style.pt(1.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = style.pt(0.8)
    painter.drawRect(cell.adjusted(inset, inset, -inset, -inset))
