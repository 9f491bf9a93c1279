"""One day of the programme as a grid: time runs down, parallel sessions stand side by side.

A row per start time, a column per room (or theme). A session that runs past the next start
spans rows down to the last row that starts before it ends; a fixed item fills its whole row.
Large grids (many rooms or many start times) get fixed column widths, row heights that follow
the clock, and scroll bars; the time and room headers stay in view while scrolling.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.domain.programme import Session, overlaps
from planner.services.planning import Plan, PlanChange
from planner.services.texts import clock, time_range
from planner.ui.filters import Filter, haystack

Index = QModelIndex | QPersistentModelIndex
_HORIZONTAL = Qt.Orientation.Horizontal

# "chosen", "passed" (runs at the same time as a chosen session), "open", "plenary" or "break".
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
# True for a chosen session that runs at the same time as another chosen session.
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4
# "new", "moved", "renamed" or "changed" (translated) until the attendee has seen the session.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 5
# Everything the delegate paints, as one `Cell`.
CELL_ROLE = Qt.ItemDataRole.UserRole + 6

# A day with more rooms in use than this, or more start times, is shown as a large grid.
LARGE_COLUMNS = 6
LARGE_ROWS = 30


@dataclass(frozen=True, slots=True)
class Cell:
    """What a cell shows, worked out once per session and language, not on every paint."""

    title: str
    subtitle: str
    state: str
    conflict: bool
    badge: str | None
    description: str


@dataclass
class _Row:
    start: datetime
    cells: list[Session | None]
    # A fixed item alone at its start fills the whole row.
    fixed: Session | None = None
    sessions: list[Session] = field(default_factory=list)


class TimetableModel(QAbstractTableModel):
    """The sessions of one day: a row per start time, a column per room or parallel session.

    `set_filter` narrows what is shown: cells of sessions that do not match are empty, and
    `row_shown`, `column_shown` and `spans` tell the view what to hide and span; the model
    emits `shapeChanged` when those change.
    """

    shapeChanged = Signal()

    def __init__(
        self,
        plan: Plan,
        day: date,
        language: str,
        parent: QObject | None = None,
        *,
        large: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.day = day
        self.language = language
        # Enough columns for every room, and for every session of the busiest start time.
        starts = Counter((s.day, s.start) for s in plan.sessions)
        self._columns = max(
            1 + max((s.column for s in plan.sessions if not s.for_everyone), default=0),
            max(starts.values(), default=1),
        )
        self._rooms = self._room_names()
        self._rows: list[_Row] = []
        self._positions: dict[str, tuple[int, int]] = {}
        # The last row each session covers.
        self._last_row: dict[str, int] = {}
        self._day_sessions: list[Session] = []
        self._haystacks: dict[str, str] = {}
        self._states: dict[str, str] = {}
        self._cells: dict[str, Cell] = {}
        self._filter = Filter()
        self._shown: set[str] = set()
        self._rows_shown: list[bool] = []
        self._columns_shown: list[bool] = []
        # The column a fixed item's row span starts at: the first column shown.
        self._anchor = 0
        self._build()
        used = {c for r in self._rows if r.fixed is None for c, s in enumerate(r.cells) if s}
        self.large = (
            large
            if large is not None
            else len(used) > LARGE_COLUMNS or len(self._rows) > LARGE_ROWS
        )
        self._compute_states()
        self._apply_filter()
        plan.changed.connect(self._on_plan_changed)

    def _room_names(self) -> list[str | None]:
        names: list[str | None] = [None] * self._columns
        for session in self.plan.sessions:
            if not session.for_everyone and session.room:
                names[session.column] = session.room
        return names

    def _build(self) -> None:
        self._day_sessions = [s for s in self.plan.sessions if s.day == self.day]
        by_start: dict[datetime, list[Session]] = {}
        for session in self._day_sessions:
            by_start.setdefault(session.start, []).append(session)
        self._rows = []
        for start in sorted(by_start):
            sessions = by_start[start]
            row = _Row(start, [None] * self._columns, sessions=sessions)
            if len(sessions) == 1 and sessions[0].for_everyone:
                row.fixed = sessions[0]
                row.cells[0] = sessions[0]
            else:
                for session in sessions:
                    self._place(row, session)
            self._rows.append(row)
        self._positions = {
            s.guid: (r, c) for r, row in enumerate(self._rows) for c, s in enumerate(row.cells) if s
        }
        self._last_row = self._extents()
        self._haystacks = {s.guid: haystack(s) for s in self._day_sessions}

    def _place(self, row: _Row, session: Session) -> None:
        column = min(session.column, self._columns - 1)
        if row.cells[column] is not None:
            # Two sessions in one room at one time: a programme error, but both stay in view.
            column = row.cells.index(None)  # there are enough columns for every session
        row.cells[column] = session

    def _extents(self) -> dict[str, int]:
        """The last row each session covers: the last that starts before it ends, short of
        the next session in its column and of the next fixed row."""
        starts = [row.start for row in self._rows]
        fixed = [r for r, row in enumerate(self._rows) if row.fixed is not None]
        taken: list[list[int]] = [[] for _ in range(self._columns)]
        for r, row in enumerate(self._rows):
            for c, session in enumerate(row.cells):
                if session is not None or row.fixed is not None:
                    taken[c].append(r)
        last: dict[str, int] = {}
        for guid, (r, c) in self._positions.items():
            session = self._rows[r].cells[c]
            assert session is not None
            if self._rows[r].fixed is not None:
                last[guid] = r
                continue
            end = bisect_left(starts, session.end_or_assumed) - 1
            blockers = [taken[c], fixed]
            for rows in blockers:
                after = bisect_right(rows, r)
                if after < len(rows):
                    end = min(end, rows[after] - 1)
            last[guid] = max(r, end)
        return last

    # Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.session_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        session = self.session_at(index)
        if session is None:
            return None
        if role == CELL_ROLE:
            return self._cell(session)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(session).title
        if role == STATE_ROLE:
            return self._states[session.guid]
        if role == CONFLICT_ROLE:
            return session.guid in self.plan.conflicts
        if role == BADGE_ROLE:
            return self._cell(session).badge
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(session).description
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            row = self._rows[section]
            if self.large:
                # Sessions of a row end at many times; the row's start is what the eye needs.
                return clock(row.start)
            ends = [s.end for s in row.cells if s is not None and s.end is not None]
            return f"{clock(row.start)}–{clock(max(ends))}" if ends else f"{clock(row.start)}–"
        room = self._rooms[section]
        return room if room else self.tr("Theme {number}").format(number=section + 1)

    # What the views ask ------------------------------------------------------------------

    def session_at(self, index: Index) -> Session | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.fixed is not None:
            session = row.fixed if index.column() == self._anchor else None
        else:
            session = row.cells[index.column()]
        return session if session is not None and session.guid in self._shown else None

    def index_of(self, guid: str) -> QModelIndex:
        position = self._positions.get(guid)
        if position is None or guid not in self._shown:
            return QModelIndex()
        row, column = position
        return self.index(row, self._anchor if self._rows[row].fixed else column)

    def row_shown(self, row: int) -> bool:
        return self._rows_shown[row]

    def column_shown(self, column: int) -> bool:
        return self._columns_shown[column]

    def shown_count(self) -> int:
        return len(self._shown)

    def spans(self) -> list[tuple[int, int, int, int]]:
        """(row, column, rows, columns) of every cell that covers more than one."""
        result = []
        for guid in self._shown:
            row, column = self._positions[guid]
            if self._rows[row].fixed is not None:
                if self._columns - self._anchor > 1:
                    result.append((row, self._anchor, 1, self._columns - self._anchor))
            elif self._last_row[guid] > row:
                result.append((row, column, self._last_row[guid] - row + 1, 1))
        return result

    def row_minutes(self, row: int) -> float:
        """The time from this row's start to the next row's (for the last: to its end)."""
        start = self._rows[row].start
        if row + 1 < len(self._rows):
            end = self._rows[row + 1].start
        else:
            end = max(s.end_or_assumed for s in self._rows[row].sessions)
        return max(0.0, (end - start).total_seconds() / 60)

    def current_filter(self) -> Filter:
        return self._filter

    def set_filter(self, filter_: Filter) -> None:
        if filter_ == self._filter:
            return
        self._filter = filter_
        self._apply_filter()
        self._emit_all()
        self.shapeChanged.emit()

    def set_language(self, language: str) -> None:
        self.language = language
        self._cells.clear()
        self._emit_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    # Inside ------------------------------------------------------------------------------

    def _chosen_sessions(self) -> list[Session]:
        return [self.plan.by_guid[g] for g in self.plan.chosen if g in self.plan.by_guid]

    def _state(self, session: Session, chosen: list[Session]) -> str:
        if session.for_everyone:
            return session.kind
        if session.guid in self.plan.chosen:
            return "chosen"
        return "passed" if any(overlaps(session, other) for other in chosen) else "open"

    def _compute_states(self) -> None:
        chosen = [s for s in self._chosen_sessions() if s.day == self.day]
        self._states = {s.guid: self._state(s, chosen) for s in self._day_sessions}

    def _apply_filter(self) -> None:
        chosen = self.plan.chosen
        self._shown = {
            s.guid
            for s in self._day_sessions
            if s.guid in self._positions
            and self._filter.shows(s, self._haystacks[s.guid], s.guid in chosen)
        }
        rows = [False] * len(self._rows)
        columns = [False] * self._columns
        for guid in self._shown:
            row, column = self._positions[guid]
            for covered in range(row, self._last_row[guid] + 1):
                rows[covered] = True
            if self._rows[row].fixed is None:
                columns[column] = True
        if any(rows) and not any(columns):
            columns[0] = True  # a day of fixed items only still needs a column to fill
        self._rows_shown = rows
        self._columns_shown = columns
        self._anchor = columns.index(True) if any(columns) else 0

    def _cell(self, session: Session) -> Cell:
        cell = self._cells.get(session.guid)
        if cell is None:
            cell = self._cells[session.guid] = self._make_cell(session)
        return cell

    def _make_cell(self, session: Session) -> Cell:
        shown = session.translated(self.language)
        speakers = ", ".join(shown.speakers)
        if self.large:
            # The room is the column's header; the time tells apart sessions of one row.
            parts = [time_range(shown), speakers, shown.subtitle]
        else:
            parts = [shown.subtitle, speakers, shown.room]
        state = self._states[session.guid]
        conflict = session.guid in self.plan.conflicts
        change = self.plan.unseen.get(session.guid)
        badges = {
            "added": self.tr("new"),
            "moved": self.tr("moved"),
            "retitled": self.tr("renamed"),
            "changed": self.tr("changed"),
        }
        badge = badges.get(change) if change else None
        return Cell(
            title=shown.title,
            subtitle=" · ".join(filter(None, parts)),
            state=state,
            conflict=conflict,
            badge=badge,
            description=self._describe(shown, state, conflict, change),
        )

    def _describe(self, session: Session, state: str, conflict: bool, change: str | None) -> str:
        """What a screen reader says for a cell, and what its tooltip shows."""
        parts = [time_range(session), session.title]
        if session.subtitle:
            parts.append(session.subtitle)
        if self.large and session.speakers:
            parts.append(", ".join(session.speakers))
        if session.slot is not None:
            states = {
                "chosen": self.tr("chosen"),
                "passed": self.tr("not chosen"),
                "open": self.tr("open: choose one session in this slot"),
            }
        else:
            states = {
                "chosen": self.tr("chosen"),
                "passed": self.tr("at the same time as one of your choices"),
                "open": self.tr("not chosen"),
            }
        states |= {"plenary": self.tr("for everyone"), "break": self.tr("break")}
        parts.append(states[state])
        if conflict:
            parts.append(self.tr("conflict: at the same time as another of your choices"))
        changes = {
            "added": self.tr("new in the latest programme"),
            "moved": self.tr("moved in the latest programme"),
            "retitled": self.tr("renamed in the latest programme"),
            "changed": self.tr("changed in the latest programme"),
        }
        if change in changes:
            parts.append(changes[change])
        return ", ".join(parts)

    def _emit_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1)
            )

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            return  # the window makes new grids for the new programme
        guids = change.guids
        before = self._states
        self._compute_states()
        changed = {g for g, state in self._states.items() if before.get(g) != state}
        changed |= guids & self._states.keys()
        for guid in changed:
            self._cells.pop(guid, None)
        if self._filter.only_chosen and changed:
            self._apply_filter()
            self._emit_all()
            self.shapeChanged.emit()
            return
        for guid in changed:
            index = self.index_of(guid)
            if index.isValid():
                self.dataChanged.emit(index, index)


class SessionDelegate(QStyledItemDelegate):
    """Paints a session: its title wrapped, its state in fill, border and marks.

    A chosen session gets a check mark; one in conflict with another choice also a warning
    sign and a thick contrasting border; one changed by the latest import a small badge.
    Titles that do not fit the cell (in a large grid's fixed rows) end in an ellipsis.
    """

    MARGIN = 2
    CHECK = "✓"
    # Not colour alone: the conflict border goes with a warning sign and the accessible text.
    CONFLICT = QColor("#c62828")
    BADGE_FILL = QColor("#8a4b00")
    BADGE_TEXT = QColor("#ffffff")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Space inside a cell's border: roomy in the small grid, tight in the large one.
        self.padding = 6
        self._fonts_cache: dict[tuple[str, str], tuple[QFont, QFont, QFont]] = {}
        self._metrics: dict[str, QFontMetrics] = {}
        self._lines: dict[tuple[str, str, int, int], tuple[str, ...]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, Cell):
            return
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        fill, text, border = self._colours(palette, cell.state)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, rect, cell, fill, border)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # On a chosen (highlight-filled) cell the ring takes the text colour to show.
            ring = (
                QPalette.ColorRole.Text if cell.state == "chosen" else QPalette.ColorRole.Highlight
            )
            painter.setPen(QPen(palette.color(ring), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            focus = 3 if cell.conflict else 1
            painter.drawRoundedRect(rect.adjusted(focus, focus, -focus, -focus), 4, 4)
        painter.setClipRect(rect)
        self._paint_text(painter, rect, cell, option.font, text)
        painter.restore()

    def _paint_frame(
        self, painter: QPainter, rect: QRect, cell: Cell, fill: QColor, border: QColor
    ) -> None:
        if cell.conflict:
            pen = QPen(self.CONFLICT, 3.0)
        else:
            pen = QPen(border, 1.5 if cell.state == "chosen" else 1.0)
            if cell.state == "open":
                pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen if cell.state != "break" else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 4, 4)

    def _paint_text(
        self, painter: QPainter, rect: QRect, cell: Cell, base: QFont, text: QColor
    ) -> None:
        title_font, small_font, badge_font = self._fonts(base, cell.state)
        title_metrics = self._metrics_of(title_font)
        small_metrics = self._metrics_of(small_font)
        inner = rect.adjusted(self.padding, self.padding, -self.padding, -self.padding)
        top = inner.top()
        if cell.badge:
            top += self._paint_badge(painter, inner.left(), top, cell.badge, badge_font) + 2
        left = inner.left()
        if cell.conflict:
            size = title_metrics.height()
            self._paint_warning(painter, left, top, size, badge_font)
            left += size + title_metrics.horizontalAdvance(" ")
        painter.setPen(text)
        painter.setFont(title_font)
        if cell.state == "chosen":
            painter.drawText(QPointF(left, top + title_metrics.ascent()), self.CHECK)
            left += title_metrics.horizontalAdvance(self.CHECK + " ")
        width = inner.right() + 1 - left
        height = inner.bottom() + 1 - top
        title_line = title_metrics.lineSpacing()
        small_line = small_metrics.lineSpacing()
        title_room = height
        if cell.subtitle and height >= title_line + 2 + small_line:
            title_room = height - 2 - small_line  # keep a line for the time and speakers
        lines = self._wrap(cell.title, title_font, width, max(1, title_room // title_line))
        for number, line in enumerate(lines):
            painter.drawText(
                QPointF(left, top + number * title_line + title_metrics.ascent()), line
            )
        top += len(lines) * title_line + 2
        room = (inner.bottom() + 1 - top) // small_line
        if cell.subtitle and room > 0:
            painter.setFont(small_font)
            for number, line in enumerate(self._wrap(cell.subtitle, small_font, width, room)):
                baseline = top + number * small_line + small_metrics.ascent()
                painter.drawText(QPointF(left, baseline), line)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        cell = index.data(CELL_ROLE)
        width: int = option.rect.width()
        if not isinstance(cell, Cell) or width <= 0:
            return QSize(120, 24)
        title_font, small_font, badge_font = self._fonts(option.font, cell.state)
        title_metrics = self._metrics_of(title_font)
        inner = width - 2 * (self.MARGIN + self.padding)
        inner -= title_metrics.horizontalAdvance(self.CHECK + " ")
        if cell.conflict:
            inner -= title_metrics.height() + title_metrics.horizontalAdvance(" ")
        height = len(self._wrap(cell.title, title_font, inner)) * title_metrics.lineSpacing()
        if cell.subtitle:
            small_lines = len(self._wrap(cell.subtitle, small_font, inner))
            height += 2 + small_lines * self._metrics_of(small_font).lineSpacing()
        if cell.badge:
            height += self._metrics_of(badge_font).height() + 2 + 2
        return QSize(width, height + 2 * (self.MARGIN + self.padding))

    def _paint_badge(self, painter: QPainter, left: int, top: int, text: str, font: QFont) -> int:
        metrics = self._metrics_of(font)
        height = metrics.height() + 2
        box = QRectF(left, top, metrics.horizontalAdvance(text) + 8, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.BADGE_FILL)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(self.BADGE_TEXT)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return height

    def _paint_warning(
        self, painter: QPainter, left: int, top: int, size: int, font: QFont
    ) -> None:
        triangle = QPolygonF(
            [
                QPointF(left + size / 2, top),
                QPointF(left + size, top + size),
                QPointF(left, top + size),
            ]
        )
        painter.setPen(QPen(self.BADGE_TEXT, 1.0))
        painter.setBrush(self.CONFLICT)
        painter.drawPolygon(triangle)
        painter.setPen(self.BADGE_TEXT)
        painter.setFont(font)
        mark = QRectF(left, top + size * 0.25, size, size * 0.75)
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")

    def _wrap(self, text: str, font: QFont, width: int, most: int = 10_000) -> tuple[str, ...]:
        """`text` broken into lines `width` wide, at most `most` of them, the last elided."""
        key = (text, font.key(), width, most)
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > 20_000:
                self._lines.clear()
            lines = self._lines[key] = _wrapped(text, font, max(width, 8), most)
        return lines

    def _fonts(self, base: QFont, state: str) -> tuple[QFont, QFont, QFont]:
        key = (base.key(), state)
        fonts = self._fonts_cache.get(key)
        if fonts is None:
            title = QFont(base)
            title.setBold(state in ("chosen", "plenary"))
            title.setItalic(state == "break")
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.9)
            badge = QFont(small)
            badge.setBold(True)
            fonts = self._fonts_cache[key] = (title, small, badge)
        return fonts

    def _metrics_of(self, font: QFont) -> QFontMetrics:
        key = font.key()
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetrics(font)
        return metrics

    @staticmethod
    def _colours(palette: QPalette, state: str) -> tuple[QColor, QColor, QColor]:
        role = QPalette.ColorRole
        if state == "chosen":
            return (
                palette.color(role.Highlight),
                palette.color(role.HighlightedText),
                palette.color(role.Highlight).darker(140),
            )
        if state == "passed":
            return (
                palette.color(role.Base),
                palette.color(role.PlaceholderText),
                palette.color(role.Midlight),
            )
        if state == "break":
            return palette.color(role.Window), palette.color(role.PlaceholderText), QColor()
        if state == "plenary":
            return (
                palette.color(role.AlternateBase),
                palette.color(role.Text),
                palette.color(role.Mid),
            )
        return palette.color(role.Base), palette.color(role.Text), palette.color(role.Dark)


def _wrapped(text: str, font: QFont, width: int, most: int) -> tuple[str, ...]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    # Qt counts in UTF-16 code units; so do the slices.
    units = text.encode("utf-16-le")
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()

    def piece(start: int, end: int | None = None) -> str:
        return units[2 * start : None if end is None else 2 * end].decode("utf-16-le")

    if len(spans) <= most:
        return tuple(piece(start, start + length).rstrip() for start, length in spans)
    kept = [piece(start, start + length).rstrip() for start, length in spans[: most - 1]]
    rest = piece(spans[most - 1][0]).replace("\n", " ")
    elided = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return (*kept, elided)


class TimetableView(QTableView):
    """The grid for one day. Click, Space or Enter chooses; Delete clears.

    A large model gets fixed column widths, rows as tall as their time (LINES_PER_QUARTER
    lines of text a quarter hour) and a horizontal scroll bar; rooms unused that day, and
    rows and rooms the filter leaves empty, are hidden. The window marks a session seen when
    its cell becomes current (`selectionModel().currentChanged`).
    """

    chooseRequested = Signal(str)
    clearRequested = Signal(str)

    LINES_PER_QUARTER = 3
    MIN_LINES = 2
    MAX_LINES = 12
    COLUMN_EMS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = SessionDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The current cell carries the focus ring; "selected" would look like "chosen".
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.clicked.connect(self._on_clicked)

    def timetable(self) -> TimetableModel:
        model = self.model()
        assert isinstance(model, TimetableModel)
        return model

    def setModel(self, model: TimetableModel) -> None:  # type: ignore[override]
        previous = self.model()
        if isinstance(previous, TimetableModel):
            previous.shapeChanged.disconnect(self._apply_shape)
        super().setModel(model)
        model.shapeChanged.connect(self._apply_shape)
        if model.large:
            self._use_large_layout()
        self._apply_shape()

    def set_filter(self, filter_: Filter) -> None:
        self.timetable().set_filter(filter_)

    def is_large(self) -> bool:
        return self.timetable().large

    def current_session(self) -> Session | None:
        return self.timetable().session_at(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        session = self.current_session()
        if session is not None and session.for_everyone:
            session = None  # on everyone's agenda: nothing to choose or clear
        key = event.key()
        if session is not None and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chooseRequested.emit(session.guid)
        elif session is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearRequested.emit(session.guid)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        model = self.model()
        large = isinstance(model, TimetableModel) and model.large
        if event.type() == QEvent.Type.FontChange and large:
            self._size_large_sections()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, TimetableModel) and model.shown_count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.tr("No session on this day matches the filter.")
                if model.current_filter().active
                else self.tr("Nothing on the programme this day."),
            )
            painter.end()

    def _use_large_layout(self) -> None:
        self.delegate.padding = 3
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self._size_large_sections()

    def _size_large_sections(self) -> None:
        """Columns 12 em wide; rows as tall as their time, never less than two lines."""
        model = self.timetable()
        metrics = self.fontMetrics()
        width = self.COLUMN_EMS * metrics.horizontalAdvance("M")
        columns = self.horizontalHeader()
        columns.setDefaultSectionSize(width)
        for column in range(model.columnCount()):
            columns.resizeSection(column, width)
        # Room names wrap in the header rather than being cut off.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        wrap = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header_lines = max(
            (
                metrics.boundingRect(
                    QRect(0, 0, width - 2 * margin, 1000),
                    wrap,
                    str(model.headerData(c, _HORIZONTAL)),
                ).height()
                for c in range(model.columnCount())
            ),
            default=0,
        )
        columns.setMinimumHeight(header_lines + 2 * margin + 2)
        line = metrics.lineSpacing()
        chrome = 2 * (SessionDelegate.MARGIN + self.delegate.padding)
        rows = self.verticalHeader()
        for row in range(model.rowCount()):
            lines = model.row_minutes(row) / 15 * self.LINES_PER_QUARTER
            lines = min(self.MAX_LINES, max(self.MIN_LINES, lines))
            rows.resizeSection(row, round(lines * line) + chrome)

    def _apply_shape(self) -> None:
        """Hide what the filter leaves empty, and span cells over the rows and columns."""
        model = self.timetable()
        self.clearSpans()
        for row in range(model.rowCount()):
            hidden = not model.row_shown(row)
            if self.isRowHidden(row) != hidden:
                self.setRowHidden(row, hidden)
        for column in range(model.columnCount()):
            hidden = not model.column_shown(column)
            if self.isColumnHidden(column) != hidden:
                self.setColumnHidden(column, hidden)
        for row, column, rows, columns in model.spans():
            self.setSpan(row, column, rows, columns)
        self.viewport().update()

    def _on_clicked(self, index: QModelIndex) -> None:
        session = self.timetable().session_at(index)
        if session is not None and not session.for_everyone:
            self.chooseRequested.emit(session.guid)
