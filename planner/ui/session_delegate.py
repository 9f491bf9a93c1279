"""Paints a session in the grid: its title wrapped, its state in fill and in marks.

State is never colour alone: chosen is the highlight fill and a ticked box, an open slot a
dashed border, a conflict a warning sign and a thick border, a theme chosen twice a warning
sign, an unseen change a badge, a starred session a star, a note a sheet of paper. Every
colour comes from the palette and every line is made to stand out from the fill it is drawn
on (a contrast of at least 3:1), in light and dark themes.
Programme text is plain text: it is laid out with QTextLayout, never read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QStyledItemDelegate

from planner.ui.cell_pictures import CellPictures
from planner.ui.contrast import readable
from planner.ui.painting import fill, frame, note, star, tick_box, warning_sign
from planner.ui.text_lines import Lines
from planner.ui.timetable_model import CELL_ROLE, Cell

if TYPE_CHECKING:
    # Qt's list view hands its cells over in one of these; the grid, which makes the start's
    # first paint, does without its class and its many named values.
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
TEXT_CONTRAST = 4.5


class Look(NamedTuple):
    """How a cell of one state looks: fill, text, and a border `width` pixels wide."""

    fill: QColor
    text: QColor
    border: QColor | None
    width: int
    dashed: bool = False


class Type(NamedTuple):
    """The fonts of one state of cell, with their metrics, worked out once."""

    title: QFont
    small: QFont
    badge: QFont
    base: QFontMetrics
    title_metrics: QFontMetrics
    small_metrics: QFontMetrics
    badge_metrics: QFontMetrics
    # Cache keys of the title and detail fonts.
    title_key: str
    small_key: str
    # The size of a mark (the check box, the warning sign), and the space after one.
    mark: int
    gap: int
    # The least room beside the marks for the first line of a title.
    beside: int


class Surface(NamedTuple):
    """What the cells of one paint share: the view's palette and font, and their part of
    the key of a cell's picture."""

    palette: QPalette
    font: QFont
    key: tuple[int, str, bool]


class SessionDelegate(QStyledItemDelegate):
    """Paints a `Cell`. `compact` (the time axis) keeps margins small; a title that does not
    fit its cell there ends in an ellipsis, while `sizeHint` gives the height that fits all.

    Line breaks, fonts, colours and laid-out lines are kept between paints: a repaint only
    draws what it kept.
    """

    # Not colour alone: the conflict border goes with a warning sign and the accessible text.
    CONFLICT = QColor("#c62828")
    BADGE_FILL = QColor("#8a4b00")
    BADGE_TEXT = QColor("#ffffff")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.compact = False
        self._types: dict[tuple[str, str], Type] = {}
        self._looks: dict[tuple[int, str, bool, bool], Look] = {}
        self._lines_cache = Lines()
        # Pictures of cells as painted, by everything that makes one look as it does.
        self._pictures = CellPictures()

    # What the view asks ------------------------------------------------------------------

    def check_box(self, rect: QRect, font: QFont) -> QRect:
        """Where the check box of a choosable cell drawn in `rect` is."""
        kind = self.type_of(font, "open")
        return self._box(self._inner(rect, kind.base), kind)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Qt's way in, for a view of Qt's (the day's list): the grid asks `height`."""
        cell = index.data(CELL_ROLE)
        width: int = option.rect.width()
        if not isinstance(cell, Cell) or width <= 0:
            return QSize(120, 24)
        return QSize(width, self.height(cell, width, option.font))

    def height(self, cell: Cell, width: int, font: QFont) -> int:
        """The height that shows the whole title and detail of `cell` at `width`."""
        kind = self.type_of(font, cell.state)
        tall = QRect(0, 0, width, 100_000)
        inner = self._inner(tall, kind.base)
        skip, first = self._first_line(cell, kind, inner)
        lines = self._wrap(cell.title, kind, first, inner.width())
        height = skip + len(lines) * kind.title_metrics.lineSpacing()
        if cell.detail:
            detail = self._wrap(cell.detail, kind, inner.width(), inner.width(), small=True)
            height += 2 + len(detail) * kind.small_metrics.lineSpacing()
        return height + tall.height() - inner.height()

    def look(self, palette: QPalette, cell: Cell) -> Look:
        """Fill, text and border of a cell in `palette`."""
        key = (palette.cacheKey(), cell.state, cell.in_slot, cell.conflict)
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = self._look(palette, cell)
        return look

    def type_of(self, base: QFont, state: str) -> Type:
        """The fonts of a cell: a chosen title and a plenary bold, a break italic."""
        key = (base.key(), state)
        kind = self._types.get(key)
        if kind is None:
            title = QFont(base)
            title.setBold(state in ("chosen", "plenary"))
            title.setItalic(state == "break")
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.9)
            small.setItalic(state == "break")
            badge = QFont(small)
            badge.setItalic(False)
            badge.setBold(True)
            kind = self._types[key] = Type(
                title,
                small,
                badge,
                QFontMetrics(base),
                QFontMetrics(title),
                QFontMetrics(small),
                QFontMetrics(badge),
                title.key(),
                small.key(),
                QFontMetrics(base).ascent(),
                max(3, QFontMetrics(base).horizontalAdvance(" ")),
                4 * QFontMetrics(base).horizontalAdvance("M"),
            )
        return kind

    # Painting ----------------------------------------------------------------------------

    def surface(self, palette: QPalette, font: QFont) -> Surface:
        """What the cells of one paint share, worked out once for all of them."""
        return Surface(palette, font, (palette.cacheKey(), font.key(), self.compact))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Qt's way in, for a view of Qt's (the day's list): the grid calls `paint_cell`."""
        # QStyle's class, with its hundreds of named values, is made here, not at start: the
        # grid paints without it.
        from PySide6.QtWidgets import QStyle

        cell = index.data(CELL_ROLE)
        if not isinstance(cell, Cell):
            return
        state = option.state
        self.paint_cell(
            painter,
            self.surface(option.palette, option.font),
            option.rect,
            cell,
            selected=bool(state & QStyle.StateFlag.State_Selected),
            focused=bool(state & QStyle.StateFlag.State_HasFocus),
        )

    def paint_cell(
        self,
        painter: QPainter,
        surface: Surface,
        rect: QRect,
        cell: Cell,
        *,
        selected: bool,
        focused: bool,
    ) -> None:
        """Paint `cell` in `rect` from a picture of it, made when it first looks this way: a
        scroll or a choice repaints many cells that look as they did."""
        # The focus ring, inside the border: thicker while the grid has the focus.
        ring = 3 if focused else 2 if selected else 0
        key = (cell, ring, surface.key)

        def paint(on_picture: QPainter, local: QRect) -> None:
            self._paint_cell(on_picture, surface, local, cell, ring)

        self._pictures.draw(painter, rect, key, paint)

    def _paint_cell(
        self, painter: QPainter, surface: Surface, rect: QRect, cell: Cell, ring: int
    ) -> None:
        palette = surface.palette
        look = self.look(palette, cell)
        kind = self.type_of(surface.font, cell.state)
        margin = self._margin()
        outer = rect.adjusted(margin, margin, -margin, -margin)
        painter.save()
        fill(painter, outer, look.fill)
        if look.border is not None:
            frame(painter, outer, look.border, look.width, dashed=look.dashed)
        if ring:
            colour = readable(palette.color(QPalette.ColorRole.Highlight), look.fill)
            inset = round(look.width)
            frame(painter, outer.adjusted(inset, inset, -inset, -inset), colour, ring)
        painter.setClipRect(outer)
        self._paint_content(painter, rect, cell, kind, look)
        painter.restore()

    def _look(self, palette: QPalette, cell: Cell) -> Look:
        role = QPalette.ColorRole
        base = palette.color(role.Base)
        if cell.state == "chosen":
            fill = palette.color(role.Highlight)
            text = readable(palette.color(role.HighlightedText), fill, TEXT_CONTRAST)
            look = Look(fill, text, readable(fill.darker(170), fill), 2)
        elif cell.state == "passed":
            text = readable(palette.color(role.PlaceholderText), base)
            look = Look(base, text, readable(palette.color(role.Mid), base), 1)
        elif cell.state == "break":
            fill = palette.color(role.Window)
            text = readable(palette.color(role.PlaceholderText), fill, TEXT_CONTRAST)
            look = Look(fill, text, None, 0)
        elif cell.state == "plenary":
            fill = palette.color(role.AlternateBase)
            text = readable(palette.color(role.Text), fill, TEXT_CONTRAST)
            look = Look(fill, text, readable(palette.color(role.Mid), fill), 1)
        else:
            text = readable(palette.color(role.Text), base, TEXT_CONTRAST)
            border = readable(palette.color(role.Dark), base)
            look = Look(base, text, border, 2 if cell.in_slot else 1, dashed=cell.in_slot)
        if cell.conflict:
            return Look(look.fill, look.text, readable(self.CONFLICT, look.fill), 3)
        return look

    def _paint_content(
        self, painter: QPainter, rect: QRect, cell: Cell, kind: Type, look: Look
    ) -> None:
        line = kind.title_metrics.lineSpacing()
        inner = self._inner(rect, kind.base)
        left = inner.left()
        size, gap = kind.mark, kind.gap
        if cell.choosable:
            tick_box(painter, self._box(inner, kind), look.text, ticked=cell.chosen)
            left += size + gap
        if cell.conflict or cell.doubled:
            top = inner.top() + (line - size) // 2
            sign = readable(self.CONFLICT, look.fill)
            mark = readable(self.BADGE_TEXT, sign, TEXT_CONTRAST)
            warning_sign(painter, QRectF(left, top, size, size), sign, mark, kind.badge)
            left += size + gap
        if cell.badge:
            corner = QPoint(left, inner.top())
            left += self._paint_badge(painter, corner, line, cell.badge, kind)
        top = inner.top() + (line - size) // 2
        if cell.starred:
            star(painter, QRectF(left, top, size, size), look.text)
            left += size + gap
        if cell.noted:
            note(painter, QRectF(left, top, size, size), look.text)
            left += size + gap
        skip, first = self._first_line(cell, kind, inner)
        top = inner.top() + skip
        room = inner.bottom() + 1 - top
        small_line = kind.small_metrics.lineSpacing()
        lines = self._wrap(cell.title, kind, first, inner.width())
        if cell.detail and len(lines) * line + 2 + small_line > room:
            # Short of room the title comes first, elided; the detail takes what is left.
            lines = self._wrap(cell.title, kind, first, inner.width(), most=max(1, room // line))
        painter.setPen(look.text)
        painter.setFont(kind.title)
        # Each line from its baseline: drawn at a point, text is never read as markup.
        ascent = kind.title_metrics.ascent()
        for number, text in enumerate(lines):
            x = inner.right() + 1 - first if number == 0 else inner.left()
            painter.drawText(QPointF(x, top + number * line + ascent), text)
        top += len(lines) * line + 2
        most = (inner.bottom() + 1 - top) // small_line
        if cell.detail and most > 0:
            painter.setFont(kind.small)
            width = inner.width()
            detail = self._wrap(cell.detail, kind, width, width, most=most, small=True)
            ascent = kind.small_metrics.ascent()
            for number, text in enumerate(detail):
                painter.drawText(QPointF(inner.left(), top + number * small_line + ascent), text)

    def _paint_badge(
        self, painter: QPainter, corner: QPoint, line: int, text: str, kind: Type
    ) -> int:
        metrics = kind.badge_metrics
        height = min(line, metrics.height() + 2)
        box = QRect(corner.x(), corner.y() + (line - height) // 2, 0, height)
        box.setWidth(metrics.horizontalAdvance(text) + 8)
        fill(painter, box, self.BADGE_FILL)
        painter.setPen(self.BADGE_TEXT)
        painter.setFont(kind.badge)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return box.width() + kind.gap

    # Measures ----------------------------------------------------------------------------

    def _margin(self) -> int:
        return 1 if self.compact else 2

    def _padding(self) -> int:
        return 3 if self.compact else 6

    def _inner(self, rect: QRect, base: QFontMetrics) -> QRect:
        """The cell's text area; a short cell on the time axis keeps room for one line."""
        margin, padding = self._margin(), self._padding()
        upright = min(padding, max(0, (rect.height() - 2 * margin - base.lineSpacing()) // 2))
        across, down = margin + padding, margin + upright
        return rect.adjusted(across, down, -across, -down)

    def _box(self, inner: QRect, kind: Type) -> QRect:
        top = inner.top() + (kind.base.lineSpacing() - kind.mark) // 2
        return QRect(inner.left(), top, kind.mark, kind.mark)

    def _marks_width(self, cell: Cell, kind: Type) -> int:
        mark = kind.mark + kind.gap
        width = mark if cell.choosable else 0
        if cell.conflict or cell.doubled:
            width += mark
        if cell.badge:
            width += kind.badge_metrics.horizontalAdvance(cell.badge) + 8 + kind.gap
        return width + mark * (cell.starred + cell.noted)

    def _first_line(self, cell: Cell, kind: Type, inner: QRect) -> tuple[int, int]:
        """How far down the title starts, and the width of its first line: beside the marks,
        or below them when they leave less than a few letters' room."""
        first = inner.width() - self._marks_width(cell, kind)
        if first >= kind.beside:
            return 0, first
        return kind.base.lineSpacing(), inner.width()

    def _wrap(
        self,
        text: str,
        kind: Type,
        first: int,
        width: int,
        *,
        most: int = 10_000,
        small: bool = False,
    ) -> tuple[str, ...]:
        if small:
            return self._lines_cache.wrapped(
                text, kind.small, kind.small_key, first=first, width=width, most=most
            )
        return self._lines_cache.wrapped(
            text, kind.title, kind.title_key, first=first, width=width, most=most
        )
