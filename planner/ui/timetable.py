"""One day of the programme as a grid: time runs down, parallel sessions stand side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.domain.programme import Session
from planner.services.planning import Plan
from planner.services.texts import clock, time_range

Index = QModelIndex | QPersistentModelIndex

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# "chosen", "passed" (another session of the slot is chosen), "open", "plenary" or "break".
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class _Row:
    start: datetime
    cells: list[Session | None]
    # A fixed item fills the whole row.
    fixed: Session | None = None


class TimetableModel(QAbstractTableModel):
    """The sessions of one day: a row per start time, a column per parallel session."""

    def __init__(self, plan: Plan, day: date, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.day = day
        self.language = language
        self._columns = 1 + max((s.column for s in plan.sessions if not s.is_fixed), default=0)
        self._rooms = self._room_names()
        self._rows: list[_Row] = []
        self._positions: dict[str, tuple[int, int]] = {}
        self._build()
        plan.changed.connect(self._on_plan_changed)

    def _room_names(self) -> list[str | None]:
        names: list[str | None] = [None] * self._columns
        for session in self.plan.sessions:
            if not session.is_fixed and session.room:
                names[session.column] = session.room
        return names

    def _build(self) -> None:
        by_start: dict[datetime, _Row] = {}
        for session in self.plan.sessions:
            if session.day != self.day:
                continue
            row = by_start.setdefault(session.start, _Row(session.start, [None] * self._columns))
            if session.is_fixed:
                row.fixed = session
                row.cells[0] = session
            else:
                row.cells[session.column] = session
        self._rows = [by_start[start] for start in sorted(by_start)]
        self._positions = {
            session.guid: (r, c)
            for r, row in enumerate(self._rows)
            for c, session in enumerate(row.cells)
            if session is not None
        }

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
        shown = session.translated(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.title
        if role == SUBTITLE_ROLE:
            return " · ".join(filter(None, [shown.subtitle, ", ".join(shown.speakers), shown.room]))
        if role == SESSION_ROLE:
            return session
        if role == STATE_ROLE:
            return self.state(session)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(shown)
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
            ends = [s.end for s in row.cells if s is not None and s.end is not None]
            return f"{clock(row.start)}–{clock(max(ends))}" if ends else f"{clock(row.start)}–"
        room = self._rooms[section]
        return room if room else self.tr("Theme {number}").format(number=section + 1)

    # What the views ask ------------------------------------------------------------------

    def session_at(self, index: Index) -> Session | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()].cells[index.column()]

    def index_of(self, guid: str) -> QModelIndex:
        position = self._positions.get(guid)
        return self.index(*position) if position else QModelIndex()

    def fixed_rows(self) -> list[int]:
        return [r for r, row in enumerate(self._rows) if row.fixed is not None]

    def state(self, session: Session) -> str:
        if session.slot is None:
            return session.kind if session.kind == "break" else "plenary"
        if self.plan.is_chosen(session.guid):
            return "chosen"
        return "passed" if self.plan.choice_in(session.slot) is not None else "open"

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def _describe(self, session: Session) -> str:
        """What a screen reader says for a cell, and what its tooltip shows."""
        parts = [time_range(session), session.title]
        if session.subtitle:
            parts.append(session.subtitle)
        states = {
            "chosen": self.tr("chosen"),
            "passed": self.tr("not chosen"),
            "open": self.tr("open: choose one session in this slot"),
            "plenary": self.tr("for everyone"),
            "break": self.tr("break"),
        }
        parts.append(states[self.state(session)])
        return ", ".join(parts)

    def _on_plan_changed(self, guids: set[str]) -> None:
        slots = {self.plan.by_guid[g].slot for g in guids if g in self.plan.by_guid}
        rows = {
            self._positions[s.guid][0]
            for slot in slots
            if slot is not None
            for s in self.plan.slots[slot]
            if s.guid in self._positions
        }
        for row in sorted(rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self._columns - 1))


class SessionDelegate(QStyledItemDelegate):
    """Paints a session: its title wrapped, and its state in fill, border and a check mark."""

    MARGIN = 2
    PADDING = 6
    CHECK = "✓"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(STATE_ROLE)
        if state is None:
            return
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        fill, text, border = self._colours(palette, state)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(border, 1.5 if state == "chosen" else 1.0)
        if state == "open":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen if state != "break" else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 4, 4)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        title_font, small_font = self._fonts(option.font, state)
        inner = rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.setPen(text)
        if state == "chosen":
            painter.setFont(title_font)
            check_width = QFontMetrics(title_font).horizontalAdvance(self.CHECK + " ")
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.CHECK
            )
            inner.setLeft(inner.left() + check_width)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.setFont(title_font)
        used = painter.drawText(inner, flags, str(index.data()))
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            painter.setFont(small_font)
            painter.drawText(inner.adjusted(0, used.height() + 2, 0, 0), flags, subtitle)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        state = index.data(STATE_ROLE)
        width: int = option.rect.width()
        if state is None or width <= 0:
            return QSize(120, 24)
        title_font, small_font = self._fonts(option.font, state)
        inner = width - 2 * (self.MARGIN + self.PADDING)
        inner -= QFontMetrics(title_font).horizontalAdvance(self.CHECK + " ")
        height = _wrapped_height(title_font, inner, str(index.data()))
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            height += 2 + _wrapped_height(small_font, inner, subtitle)
        return QSize(width, height + 2 * (self.MARGIN + self.PADDING))

    @staticmethod
    def _fonts(base: QFont, state: str) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setBold(state in ("chosen", "plenary"))
        title.setItalic(state == "break")
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        return title, small

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


def _wrapped_height(font: QFont, width: int, text: str) -> int:
    bounds = QFontMetrics(font).boundingRect(
        QRect(0, 0, max(width, 20), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return bounds.height()


class TimetableView(QTableView):
    """The grid for one day. Click, Space or Enter chooses; Delete clears."""

    chooseRequested = Signal(str)
    clearRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SessionDelegate(self))
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
        super().setModel(model)
        self.clearSpans()
        for row in model.fixed_rows():
            self.setSpan(row, 0, 1, model.columnCount())

    def current_session(self) -> Session | None:
        return self.timetable().session_at(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        session = self.current_session()
        if session is not None and session.is_fixed:
            session = None  # on everyone's agenda: nothing to choose or clear
        key = event.key()
        if session is not None and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chooseRequested.emit(session.guid)
        elif session is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearRequested.emit(session.guid)
        else:
            super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        session = self.timetable().session_at(index)
        if session is not None and not session.is_fixed:
            self.chooseRequested.emit(session.guid)
