"""Plain text that wraps to its width and can be selected and copied: the detail pane's
texts, which change at every selection in the grid.

A QLabel that can be selected lays its text out as a rich-text document, again for every
width its layout asks about, and a QPlainTextEdit lays its text out twice more when it is
set; a click in the grid paid for all of that. A TextBlock lays each paragraph out once for
a text and a width and paints only the lines in view. Its text is never read as markup.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat


class TextBlock(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._paragraphs: list[QTextLayout] = []
        self._starts: list[int] = []  # where each paragraph begins in the text
        self._laid_out_at = -1  # the width the paragraphs' lines are laid out for
        self._heights: dict[int, int] = {}
        self._anchor = 0  # the selection runs from the anchor to the cursor
        self._cursor = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Like a selectable label: a click gives it the keys for Ctrl+C, Tab passes it by.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.IBeamCursor)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._anchor = self._cursor = 0
        self._forget_layout()
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def selected_text(self) -> str:
        start, end = sorted((self._anchor, self._cursor))
        return self._text[start:end]

    # Size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._lay_out(width)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        # The width a layout gave it (forty characters before any has: until then its width
        # is Qt's default, 640 pixels): a layout asks for the height at the hinted width too,
        # and each other width breaks the lines of every block beside it once more.
        given = self.testAttribute(Qt.WidgetAttribute.WA_Resized) and self.width() > 1
        width = self.width() if given else self.fontMetrics().averageCharWidth() * 40
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._forget_layout()
            self.updateGeometry()
        super().changeEvent(event)

    def _forget_layout(self) -> None:
        self._paragraphs = []
        self._starts = []
        self._heights.clear()
        self._laid_out_at = -1

    def _lay_out(self, width: int) -> int:
        """Breaks the paragraphs into lines `width` wide; returns their height."""
        if width == self._laid_out_at:
            return self._bottom()
        if not self._paragraphs:
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            option.setTextDirection(self.layoutDirection())
            start = 0
            for paragraph in self._text.split("\n"):
                layout = QTextLayout(paragraph, self.font())
                layout.setTextOption(option)
                layout.setCacheEnabled(True)
                self._paragraphs.append(layout)
                self._starts.append(start)
                start += len(paragraph) + 1
        y = 0.0
        for layout in self._paragraphs:
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(width, 1))
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
        self._laid_out_at = width
        return self._bottom()

    def _bottom(self) -> int:
        if not self._text:
            return 0
        return math.ceil(self._paragraphs[-1].boundingRect().bottom())

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        self._lay_out(self.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        exposed = QRectF(event.rect())
        start, end = sorted((self._anchor, self._cursor))
        selected = self._selected_format() if start < end else None
        for layout, begins in zip(self._paragraphs, self._starts, strict=True):
            bounds = layout.boundingRect()
            if bounds.bottom() < exposed.top() or bounds.top() > exposed.bottom():
                continue
            ranges = []
            length = len(layout.text())
            if selected is not None and start < begins + length and end > begins:
                part = QTextLayout.FormatRange()
                part.start = max(start - begins, 0)
                part.length = min(end - begins, length) - part.start
                part.format = selected
                ranges.append(part)
            layout.draw(painter, QPointF(0, 0), ranges, exposed)

    def _selected_format(self) -> QTextCharFormat:
        # Made only while something is selected: a start need not make QTextCharFormat's class.
        from PySide6.QtGui import QTextCharFormat

        selected = QTextCharFormat()
        selected.setBackground(self.palette().brush(QPalette.ColorRole.Highlight))
        selected.setForeground(self.palette().brush(QPalette.ColorRole.HighlightedText))
        return selected

    # Selecting and copying

    def _position_at(self, point: QPointF) -> int:
        self._lay_out(self.width())
        for number, (layout, begins) in enumerate(zip(self._paragraphs, self._starts, strict=True)):
            last_paragraph = number == len(self._paragraphs) - 1
            if point.y() >= layout.boundingRect().bottom() and not last_paragraph:
                continue
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                if point.y() < line.y() + line.height() or index == layout.lineCount() - 1:
                    return begins + line.xToCursor(point.x())
        return len(self._text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._text:
            self._cursor = self._position_at(event.position())
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._anchor = self._cursor
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._text:
            self._cursor = self._position_at(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._offer_selection()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._text:
            return
        from PySide6.QtCore import QTextBoundaryFinder

        at = self._position_at(event.position())
        words = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, self._text)
        words.setPosition(at)
        start = at if words.isAtBoundary() and at < len(self._text) else words.toPreviousBoundary()
        words.setPosition(at)
        end = words.toNextBoundary()
        self._anchor, self._cursor = max(start, 0), end if end >= 0 else len(self._text)
        self._offer_selection()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        else:
            super().keyPressEvent(event)

    def select_all(self) -> None:
        self._anchor, self._cursor = 0, len(self._text)
        self._offer_selection()
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = QAction(self.tr("&Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(self.selected_text()))
        copy.triggered.connect(self.copy)
        select_all = QAction(self.tr("Select &all"), menu)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self.select_all)
        menu.addActions([copy, select_all])
        menu.popup(event.globalPos())

    def copy(self) -> None:
        if self.selected_text():
            QGuiApplication.clipboard().setText(self.selected_text())

    def _offer_selection(self) -> None:
        """X11's middle-click paste takes what was last selected."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and self.selected_text():
            clipboard.setText(self.selected_text(), clipboard.Mode.Selection)
