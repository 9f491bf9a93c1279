"""How the grid is told to choose: look first, then choose on purpose.

A click only selects a session (the window shows it). Choosing is explicit: the check box
drawn in the cell (a click toggles it), a double click, Space (which toggles) or Enter;
Delete or Backspace clears; S stars or unstars (the shortlist). Items for everyone are never
chosen or starred. `ChoosingGestures` watches a view's keys and its viewport's clicks and says
what was asked through its callbacks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView

from planner.domain.programme import Session
from planner.ui.session_delegate import SessionDelegate
from planner.ui.timetable_model import CELL_ROLE, SESSION_ROLE, Cell

Ask = Callable[[str], None]
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_CLICKS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class ChoosingGestures(QObject):
    """Turns clicks and keys on a grid into `choose(guid)`, `clear(guid)` and `star(guid)`."""

    def __init__(
        self,
        view: QAbstractItemView,
        delegate: SessionDelegate,
        choose: Ask,
        clear: Ask,
        star: Ask,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._delegate = delegate
        self._choose = choose
        self._clear = clear
        self._star = star
        self._viewport = view.viewport()
        # The row whose check box the left button went down on.
        self._pressed: int | None = None
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only what the user does: other events also come while the view is being deleted.
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self._view:
            assert isinstance(event, QKeyEvent)
            return self._key(event.key())
        if kind not in _CLICKS or watched is not self._viewport:
            return False
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = self._box_at(point) if left else None
        elif kind == QEvent.Type.MouseButtonRelease and left:
            pressed, self._pressed = self._pressed, None
            if pressed is not None and self._box_at(point) == pressed:
                self._toggle(self._view.model().index(pressed, 0))
        elif kind == QEvent.Type.MouseButtonDblClick and left:
            # A double click on the check box is two clicks of it.
            self._pressed = self._box_at(point)
            session = _choosable(self._view.indexAt(point))
            if self._pressed is None and session is not None:
                self._choose(session.guid)
        return False

    def _key(self, key: int) -> bool:
        """Whether a key chose or cleared the session under the cursor."""
        index = self._view.currentIndex()
        session = _choosable(index)
        if session is None or self._view.isIndexHidden(index):
            return False
        if key == Qt.Key.Key_Space:
            self._toggle(index)
        elif key in _CHOOSE_KEYS:
            self._choose(session.guid)
        elif key in _CLEAR_KEYS:
            self._clear(session.guid)
        elif key == Qt.Key.Key_S:
            self._star(session.guid)
        else:
            return False
        return True

    def _box_at(self, point: QPoint) -> int | None:
        """The row whose check box is at `point` (with a little room around it)."""
        index = self._view.indexAt(point)
        if _choosable(index) is None:
            return None
        box = self._delegate.check_box(self._view.visualRect(index), self._view.font())
        return index.row() if box.adjusted(-3, -3, 3, 3).contains(point) else None

    def _toggle(self, index: QModelIndex) -> None:
        session = _choosable(index)
        cell = index.data(CELL_ROLE)
        if session is not None and isinstance(cell, Cell):
            (self._clear if cell.chosen else self._choose)(session.guid)


def _choosable(index: QModelIndex) -> Session | None:
    cell = index.data(CELL_ROLE) if index.isValid() else None
    session = index.data(SESSION_ROLE) if index.isValid() else None
    if isinstance(cell, Cell) and cell.choosable and isinstance(session, Session):
        return session
    return None
