"""A day of the programme as a list: one session a line, in time order, or sorted by room or
track with a click on the column's header; beside the grid, for reading down and for large
programmes on small screens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from planner.domain.programme import Session
from planner.services.planning import Plan, PlanChange
from planner.services.texts import time_range
from planner.ui.filters import Filter, haystack

Index = QModelIndex | QPersistentModelIndex
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# How a column sorts: the time by its instant, the rest by their text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The marks come first, where the eye starts a line.
STATE, TIME, TITLE, ROOM, TRACK = range(5)


class DayListModel(QAbstractTableModel):
    """The sessions of one day shown by a filter, as rows of time, title, room, track and
    what the plan holds of them."""

    def __init__(self, plan: Plan, day: date, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.day = day
        self.language = language
        self._filter = Filter()
        self._rows = self._shown()
        plan.changed.connect(self._on_plan_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        session = self._rows[index.row()]
        shown = session.translated(self.language)
        column = index.column()
        if role == SESSION_ROLE:
            return session
        if role == SORT_ROLE:
            return session.start.timestamp() if column == TIME else self._text(shown, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(shown, column)
        if role == Qt.ItemDataRole.FontRole and self.plan.is_chosen(session.guid):
            font = QFont()
            font.setBold(True)  # the chosen sessions stand out, as in the grid
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("", self.tr("Time"), self.tr("Title"), self.tr("Room"), self.tr("Track"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def session_at(self, index: Index) -> Session | None:
        value = index.data(SESSION_ROLE)
        return value if isinstance(value, Session) else None

    def set_filter(self, filter_: Filter) -> None:
        self._filter = filter_
        self.beginResetModel()
        self._rows = self._shown()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def has_column(self, column: int) -> bool:
        """Whether the programme has something to say in `column`: a programme without
        rooms has no room column, nor one whose tracks are only its titles a track column."""
        if column not in (ROOM, TRACK):
            return True
        return any(
            (s.room if column == ROOM else s.track) not in (None, "", s.title)
            for s in self.plan.programme.sessions
        )

    def _shown(self) -> list[Session]:
        chosen, starred = self.plan.chosen, self.plan.marks.starred
        return [
            s
            for s in self.plan.programme.on(self.day)
            if self._filter.shows(s, haystack(s), s.guid in chosen, s.guid in starred)
        ]

    def _text(self, shown: Session, column: int) -> str:
        if column == TIME:
            return time_range(shown)
        if column == TITLE:
            return shown.title
        if column == ROOM:
            return shown.room or ""
        if column == TRACK:
            return shown.track or ""
        marks = []
        if self.plan.is_chosen(shown.guid):
            marks.append("✓")
        if shown.guid in self.plan.conflicts:
            marks.append("⚠")
        if self.plan.is_starred(shown.guid):
            marks.append("★")
        if self.plan.note(shown.guid):
            marks.append("✎")
        return " ".join(marks)

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            return  # the window makes new lists for a new programme
        if self._filter.follows_plan:
            self.set_filter(self._filter)
            return
        for row, session in enumerate(self._rows):
            if session.guid in change.guids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 4))


class DayList(QTreeView):
    """The list of a day. A click selects; Space, Enter or a double-click chooses; Delete
    clears; S stars or unstars. `currentChanged` of its selection model gives the session to
    show."""

    chooseRequested = Signal(str)
    clearRequested = Signal(str)
    starRequested = Signal(str)

    def __init__(self, model: DayListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(model)
        self.sorted.setSortRole(SORT_ROLE)
        self.sorted.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.sorted)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TIME, ROOM, TRACK, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in (ROOM, TRACK):
            self.setColumnHidden(column, not model.has_column(column))
        self.doubleClicked.connect(self._on_double_clicked)

    def current_session(self) -> Session | None:
        return self.source.session_at(self.sorted.mapToSource(self.currentIndex()))

    def set_current_session(self, guid: str) -> None:
        for row in range(self.sorted.rowCount()):
            index = self.sorted.index(row, TITLE)
            session = self.source.session_at(self.sorted.mapToSource(index))
            if session is not None and session.guid == guid:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        session = self.current_session()
        key = event.key()
        if session is not None and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not session.for_everyone:
                self.chooseRequested.emit(session.guid)
            return
        if session is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearRequested.emit(session.guid)
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if session is not None and key == Qt.Key.Key_S and plain and not session.for_everyone:
            self.starRequested.emit(session.guid)
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        session = self.source.session_at(self.sorted.mapToSource(index))
        if session is not None and not session.for_everyone:
            self.chooseRequested.emit(session.guid)
