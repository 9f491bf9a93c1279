"""The grid of one day: rooms side by side, time running down.

An aligned day (slots and items for everyone) is a stack of bands whose columns share the
width and whose heights fit every title; any other day is a time axis with fixed-width
columns and heights that follow the clock. Where things go is worked out once per day and
filter (`planner.domain.grid`); painting and hit-testing look up only what is in view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollBar,
    QWidget,
)

from planner.domain.grid import Grid, TimeAxis
from planner.domain.programme import Session
from planner.ui.filters import Filter
from planner.ui.session_delegate import SessionDelegate
from planner.ui.timetable_gestures import ChoosingGestures
from planner.ui.timetable_headers import (
    RoomHeader,
    TimeRuler,
    paint_backdrop,
    paint_empty,
    paint_now,
    room_spans,
    ruler_labels,
    ruler_texts,
)
from planner.ui.timetable_layout import PixelLayout
from planner.ui.timetable_model import TimetableModel
from planner.ui.timetable_moves import Cursor

Index = QModelIndex | QPersistentModelIndex
_PLACES = {
    QAbstractItemView.ScrollHint.PositionAtTop: "top",
    QAbstractItemView.ScrollHint.PositionAtBottom: "bottom",
    QAbstractItemView.ScrollHint.PositionAtCenter: "centre",
}


class TimetableView(QAbstractItemView):
    """The grid for one day of a `TimetableModel`.

    A click selects a session (the window shows it); choosing is explicit (see
    `ChoosingGestures`): the cell's check box, a double click, Space or Enter; S stars or
    unstars the session (`starRequested`, which the window passes on). Arrow keys
    move to the neighbouring room at the same time, or to the session before or after in
    the same column; Home and End along the time, Ctrl+Home and Ctrl+End to the day's first
    and last session, Page Up and Down by a screenful.
    """

    chooseRequested = Signal(str)
    clearRequested = Signal(str)
    starRequested = Signal(str)

    COLUMN_EMS = 12
    # The narrowest a column of an aligned day gets before the grid scrolls sideways.
    MIN_COLUMN_EMS = 8
    LINES_PER_QUARTER = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(_viewport())
        self.delegate = SessionDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header = RoomHeader(self, self)
        self.ruler = TimeRuler(self, self)
        self._grid = Grid((), aligned=True)
        self._axis = TimeAxis(())
        self._pixels = PixelLayout()
        self._measured_width = -1
        # Set while its window shows its widgets one by one (DayPages.measured_once_shown):
        # the sizes the grid is given meanwhile are not yet its own.
        self.held = False
        # The column width the cells were placed at: a new width of the view that leaves it
        # as it was (a day on a time axis, narrower than its columns) changes nothing.
        self._lane_width: float | None = None
        # What the margins show, until the layout or the texts change.
        self._spans: list[tuple[int, int, str]] | None = None
        self._labels: list[tuple[int, str, bool]] | None = None
        self._texts: list[tuple[str, bool]] | None = None  # the labels', before any layout
        # The session the cursor is on and the lane it came along (see Grid.move).
        self._lane: tuple[str, int] | None = None
        # The moment the line of now is drawn at (None: no line).
        self._now: datetime | None = None
        self.gestures = ChoosingGestures(
            self,
            self.delegate,
            self.chooseRequested.emit,
            self.clearRequested.emit,
            self.starRequested.emit,
        )

    # What the window uses ----------------------------------------------------------------

    def timetable(self) -> TimetableModel:
        model = self.model()
        assert isinstance(model, TimetableModel)
        return model

    def setModel(self, model: TimetableModel) -> None:  # type: ignore[override]
        previous = self.model()
        if isinstance(previous, TimetableModel):
            previous.shapeChanged.disconnect(self._on_model_shape_changed)
        super().setModel(model)
        model.shapeChanged.connect(self._on_model_shape_changed)
        self.delegate.compact = not model.aligned
        self._relayout()

    def set_filter(self, filter_: Filter) -> None:
        self.timetable().set_filter(filter_)

    def is_aligned(self) -> bool:
        return self.timetable().aligned

    def current_session(self) -> Session | None:
        return self.timetable().session_at(self.currentIndex())

    def set_current_session(self, guid: str, *, scroll: bool = True) -> None:
        """Put the cursor on a session; without `scroll` the grid stays where it is."""
        self.setAutoScroll(scroll)
        self.setCurrentIndex(self.timetable().index_of(guid))
        self.setAutoScroll(True)

    def room_spans(self) -> list[tuple[int, int, str]]:
        if self._spans is None:
            self._spans = room_spans(self.timetable(), self._grid, self._laid_out())
        return self._spans

    def ruler_labels(self) -> list[tuple[int, str, bool]]:
        if self._labels is None:
            texts = self.ruler_texts()
            self._labels = ruler_labels(self.timetable(), self._axis, self._laid_out(), texts)
        return self._labels

    def ruler_texts(self) -> list[tuple[str, bool]]:
        if self._texts is None:
            self._texts = ruler_texts(self.timetable(), self._grid, self._axis)
        return self._texts

    # Qt's item view interface ------------------------------------------------------------

    def visualRect(self, index: Index) -> QRect:
        rect = self._laid_out().rects.get(index.row()) if index.isValid() else None
        if rect is None:
            return QRect()
        return rect.translated(-self.horizontalOffset(), -self.verticalOffset())

    def indexAt(self, point: QPoint) -> QModelIndex:
        x, y = point.x() + self.horizontalOffset(), point.y() + self.verticalOffset()
        row = self._laid_out().row_at(x, y)
        return QModelIndex() if row is None else self.timetable().index(row, 0)

    def scrollTo(
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if not index.isValid():
            return
        # Before the grid shows there is nothing to measure by: Qt scrolls to the cursor then.
        pixels = self._laid_out()
        if not self._measured() or index.row() not in pixels.rects:
            return
        shown = QRect(
            QPoint(self.horizontalOffset(), self.verticalOffset()), self.viewport().size()
        )
        left, top = pixels.scrolled_to(index.row(), shown, _PLACES.get(hint, "near"))
        self.verticalScrollBar().setValue(top)
        self.horizontalScrollBar().setValue(left)

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.timetable()
        current = model.session_at(self.currentIndex())
        guid = current.guid if current is not None else None
        lane = self._lane[1] if self._lane is not None and self._lane[0] == guid else None
        cursor = Cursor(self._grid, self._axis, self._laid_out(), model.row_of)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        found = cursor.target(guid, lane, cursor_action, control, self.viewport().height())
        if found is None:
            return self.currentIndex() if guid in self._grid.places else QModelIndex()
        self._lane = found
        return model.index_of(found[0])

    def horizontalOffset(self) -> int:
        return self.horizontalScrollBar().value()

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: Index) -> bool:
        return index.row() not in self._laid_out().rects

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        content = rect.normalized().translated(self.horizontalOffset(), self.verticalOffset())
        selection = QItemSelection()
        model = self.timetable()
        for row in self._laid_out().rows_in(content):
            selection.select(model.index(row, 0), model.index(row, 0))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for selected in selection.indexes():
            region += self.visualRect(selected)
        return region

    def viewportSizeHint(self) -> QSize:
        return QSize(self._pixels.content)

    def updateGeometries(self) -> None:
        if not self._measured():
            if not self.isVisible() or self.held:
                return  # measured once shown; the margins and the scroll ranges follow then
            # The ruler's width first: it comes from what the labels say, not from where
            # they go, so the grid is measured once, at the width it then keeps.
            self._set_margins(self.ruler.needed_width(), self.viewportMargins().top())
            if not self._measured():  # (setting them may have measured it)
                self._measure()
        width, height = self.ruler.needed_width(), self.header.needed_height()
        self._set_margins(width, height)
        port = self.viewport().geometry()
        self.header.setGeometry(port.left(), port.top() - height, port.width(), height)
        self.ruler.setGeometry(port.left() - width, port.top(), width, port.height())
        content = self._pixels.content
        step = self._pixels.lane_width / 4
        _set_range(self.horizontalScrollBar(), content.width(), port.width(), step)
        step = self.fontMetrics().lineSpacing()
        _set_range(self.verticalScrollBar(), content.height(), port.height(), step)
        super().updateGeometries()

    def _set_margins(self, left: int, top: int) -> None:
        if self.viewportMargins().left() != left or self.viewportMargins().top() != top:
            self.setViewportMargins(left, top, 0, 0)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # QAbstractItemView leaves scrolling to its subclasses, and QAbstractScrollArea's own
        # repaints the whole viewport: as QTableView does, move what is painted and paint
        # only what comes into view (a step of the wheel then paints a strip, not the grid).
        self.scrollDirtyRegion(dx, dy)
        self.viewport().scroll(dx, dy)
        if dx:
            self.header.update()
        if dy:
            self.ruler.update()

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        super().dataChanged(top_left, bottom_right, roles)
        if not roles or Qt.ItemDataRole.DisplayRole in roles:
            # Another language names rooms and days anew.
            self._spans = self._labels = self._texts = None
        if self.model() is None or not self.is_aligned():
            return
        # A chosen title is bold and may need another line: the bands fit their text.
        sessions = self.timetable().sessions()
        rows = range(top_left.row(), bottom_right.row() + 1)
        places = (self._grid.places.get(sessions[row].guid) for row in rows)
        bands = {place.band for place in places if place is not None}
        if any(
            not self._laid_out().band_fits(self._grid, band, self.timetable().row_of, self._needed)
            for band in bands
        ):
            self._lane_width = None  # the same width, other heights
            self._measure()
            self._refresh()

    # Painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        dx, dy = self.horizontalOffset(), self.verticalOffset()
        exposed = event.rect()
        aligned = self.is_aligned()
        labels = [] if aligned else self.ruler_labels()
        offset = QPoint(dx, dy)
        paint_backdrop(
            painter, self.palette(), exposed, offset, spans=self.room_spans(), labels=labels
        )
        model = self.timetable()
        current = self.currentIndex().row() if self.hasFocus() else -1
        selected = {index.row() for index in self.selectionModel().selectedIndexes()}
        # The palette and font Qt's views hand their delegates (in a QStyleOptionViewItem).
        surface = self.delegate.surface(self.palette(), self.font())
        # The parts to paint, not their bounding rectangle: a choice repaints cells here and
        # there (its slot, its theme, what overlaps it), and only those.
        pixels = self._laid_out()
        rows: dict[int, None] = {}
        for part in event.region():  # type: ignore[attr-defined]  # iterable, unlike its stub
            rows.update(dict.fromkeys(pixels.rows_in(part.translated(dx, dy))))
        for row in rows:
            self.delegate.paint_cell(
                painter,
                surface,
                pixels.rects[row].translated(-dx, -dy),
                model.cell(row),
                selected=row in selected,
                focused=row == current,
            )
        if not pixels.rects:
            empty = (
                self.tr("No session on this day matches the filter.")
                if model.current_filter().active
                else self.tr("Nothing on the programme this day.")
            )
            paint_empty(painter, self.palette(), self.viewport().rect(), empty)
        now = self.now_y()
        if now is not None:
            paint_now(painter, self.palette(), now - dy, self.viewport().width())
        painter.end()

    def set_now(self, moment: datetime | None) -> None:
        """Draw a line across the day at `moment` (when the day runs then), or none."""
        if moment != self._now:
            self._now = moment
            self.viewport().update()

    def now_y(self) -> int | None:
        """Where the line of now is, in the grid's content (None: not on this day)."""
        if self._now is None or self.model() is None:
            return None
        return self._laid_out().y_of(self._grid, self._axis, self._now)

    # Events -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model() is not None:
            self._relayout()  # columns are so many em wide, heights so many lines

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and delta.y() and not delta.x():
            bar = self.horizontalScrollBar()
            lines = delta.y() / 120 * QApplication.wheelScrollLines()
            bar.setValue(bar.value() - round(lines * bar.singleStep()))
            event.accept()
            return
        super().wheelEvent(event)

    # Inside ------------------------------------------------------------------------------

    def _on_model_shape_changed(self) -> None:
        self._relayout()

    def _per_minute(self) -> float:
        return self.LINES_PER_QUARTER * self.fontMetrics().lineSpacing() / 15

    def _relayout(self) -> None:
        model = self.timetable()
        shortest = timedelta() if model.aligned else timedelta(minutes=15 / self.LINES_PER_QUARTER)
        self._grid = Grid(model.shown_sessions(), aligned=model.aligned, shortest=shortest)
        self._axis = TimeAxis(model.sessions(), shortest)
        self._measured_width = -1
        self._lane_width = None
        self._spans = self._labels = self._texts = None
        self._refresh()

    def _refresh(self) -> None:
        self.updateGeometries()
        self.viewport().update()
        self.header.update()
        self.ruler.update()

    def _measured(self) -> bool:
        return self.model() is not None and self._measured_width == self.viewport().width()

    def _laid_out(self) -> PixelLayout:
        """Where each cell is at the viewport's width, measured when first needed at that
        width, and not before the view is shown (an aligned day lays every title out to
        measure it)."""
        if self.isVisible() and not self._measured():
            self._measure()
            self.updateGeometries()
        return self._pixels

    def _measure(self) -> None:
        model, grid = self.timetable(), self._grid
        em = self.fontMetrics().horizontalAdvance("M")
        self._measured_width = self.viewport().width()
        share = self._measured_width / grid.lanes
        if model.aligned:
            width = max(self.MIN_COLUMN_EMS * em, share)
        else:
            # Fixed columns, widened only where a few rooms would leave the grid half empty.
            width = float(min(max(self.COLUMN_EMS * em, share), 2 * self.COLUMN_EMS * em))
        if width == self._lane_width:
            return
        self._lane_width = width
        self._spans = self._labels = None
        if model.aligned:
            self._pixels.measure_bands(grid, model.row_of, width, self._needed)
        else:
            self._pixels.measure_times(grid, self._axis, model.row_of, width, self._per_minute())

    def _needed(self, row: int, width: int) -> int:
        """The height a cell needs to show all of its text at `width`."""
        height = self.delegate.height(self.timetable().cell(row), width, self.font())
        return max(self.fontMetrics().lineSpacing(), height)


def _viewport() -> QWidget:
    """A viewport as Qt's own, made here: PySide, handed a widget that Qt made, looks
    through every widget class it knows to find its type, at a cost of tens of milliseconds
    the first time, before the window's first paint."""
    port = QWidget()
    port.setBackgroundRole(QPalette.ColorRole.Base)
    port.setAutoFillBackground(True)
    port.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    return port


def _set_range(bar: QScrollBar, length: int, page: int, step: float) -> None:
    bar.setPageStep(page)
    bar.setSingleStep(max(1, round(step)))
    bar.setRange(0, max(0, length - page))
