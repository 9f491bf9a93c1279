"""The attendee's own part of the detail pane: a note, a star, a rating and attended or skipped.

The note is plain text, saved as it is typed: half a second after the last key, when the
editor loses the focus, and before another session is shown. Each change goes through the
Plan (committed, then `changed`) and is announced as an `Edit`, which the window's undo stack
keeps as a `Step` so that it can be taken back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Session
from planner.services.planning import Plan, PlanChange
from planner.store.database import StoreError
from planner.store.reading import PlanError

Kind = Literal["note", "star", "rating", "attendance"]
# A note's text, a star, a level, or attended or skipped.
Value = str | bool | int | None
# How long typing may pause before the note is saved.
SAVE_AFTER_MILLISECONDS = 500
LEVELS = (0, 1, 2, 3)
ATTENDANCE = (None, "attended", "skipped")


class Edit(NamedTuple):
    """A change the attendee made to a session's note, star, rating or attendance."""

    kind: Kind
    guid: str
    before: Value
    after: Value


def apply(plan: Plan, kind: Kind, guid: str, value: Value) -> None:
    """Give the session's `kind` the `value` again, as an undo or a redo of an Edit does."""
    if kind == "note":
        plan.set_note(guid, value if isinstance(value, str) else "")
    elif kind == "star":
        plan.set_starred(guid, bool(value))
    elif kind == "rating":
        plan.rate(guid, value if isinstance(value, int) else 0)
    else:
        plan.set_attendance(guid, value if isinstance(value, str) else None)


class Step(QUndoCommand):
    """A change that has been made: undo takes it back, redo makes it again. Steps with the
    same `merge` key in a row are one (the bursts of typing of one note)."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        warn: Callable[[str], None],
        merge: str | None = None,
    ) -> None:
        super().__init__(text)
        self._undo, self._redo, self._warn, self.merge = undo, redo, warn, merge
        self._made = True  # pushed once made: the first redo is not a second making

    def redo(self) -> None:
        if self._made:
            self._made = False
        else:
            self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def id(self) -> int:
        return -1 if self.merge is None else 1015

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Step) or other.merge != self.merge:
            return False
        self._redo = other._redo
        return True

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except (StoreError, PlanError) as error:
            self._warn(str(error))


class PersonalEditor(QWidget):
    """Note, star, rating and attendance of the session the detail pane shows."""

    # An Edit, once it is committed.
    edited = Signal(object)
    # A sentence for the user when a change could not be kept.
    failed = Signal(str)

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.session: Session | None = None
        self.star_button = QPushButton()
        self.star_button.setCheckable(True)
        self.star_button.toggled.connect(self._on_star_button_toggled)
        self.rating = QComboBox()
        self.rating.activated.connect(self._on_rating_activated)
        self.attendance = QComboBox()
        self.attendance.activated.connect(self._on_attendance_activated)
        self.rating_label = QLabel()
        self.rating_label.setBuddy(self.rating)
        self.attendance_label = QLabel()
        self.attendance_label.setBuddy(self.attendance)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        # Five lines, and no more: the abstract below takes the height that is left.
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.note.textChanged.connect(self._on_note_text_changed)
        self.note.installEventFilter(self)
        self.note_label.setBuddy(self.note)
        for label in (self.rating_label, self.attendance_label, self.note_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._saving = QTimer(self)
        self._saving.setSingleShot(True)
        self._saving.setInterval(SAVE_AFTER_MILLISECONDS)
        self._saving.timeout.connect(self.commit)
        self._showing = False
        form = QFormLayout()
        form.addRow(self.rating_label, self.rating)
        form.addRow(self.attendance_label, self.attendance)
        buttons = QHBoxLayout()
        buttons.addWidget(self.star_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self._retranslate()
        plan.changed.connect(self._on_plan_changed)
        self.show_session(None)

    def show_session(self, session: Session | None) -> None:
        """Show another session's marks; the note being typed is saved first."""
        self.commit()
        self.session = session
        self._refresh(note=True)

    def commit(self) -> None:
        """Save the note being typed now, if it changed."""
        self._saving.stop()
        session = self.session
        if session is None or session.guid not in self.plan.by_guid:
            return
        text = self.note.toPlainText()
        if text == self.plan.note(session.guid):
            return
        self._change("note", session.guid, text, lambda: self.plan.set_note(session.guid, text))

    # Qt ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Inside ------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.note_label.setText(self.tr("My &notes (saved as you type):"))
        self.note.setPlaceholderText(self.tr("What you want to remember or report home"))
        self.note.setAccessibleName(self.tr("My notes"))
        rating_words = (
            self.tr("Not rated"),
            self.tr("Maybe"),
            self.tr("Want to attend"),
            self.tr("Must attend"),
        )
        attendance_words = (self.tr("Not marked"), self.tr("Attended"), self.tr("Skipped"))
        for combo, words, values in (
            (self.rating, rating_words, LEVELS),
            (self.attendance, attendance_words, ATTENDANCE),
        ):
            current = combo.currentIndex()
            combo.clear()
            for word, value in zip(words, values, strict=True):
                combo.addItem(word, value)
            combo.setCurrentIndex(max(0, current))
        self.rating_label.setText(self.tr("&Interest:"))
        self.attendance_label.setText(self.tr("At the &conference:"))
        self.rating.setToolTip(self.tr("For Plan for me: how much you want this theme"))
        self._refresh(note=False)

    def _refresh(self, *, note: bool) -> None:
        session = self.session
        self.setVisible(session is not None)
        if session is None:
            return
        self._showing = True
        guid = session.guid
        starred = self.plan.is_starred(guid)
        self.star_button.setVisible(not session.for_everyone)
        self.star_button.setChecked(starred)
        self.star_button.setText(self.tr("★ Starred") if starred else self.tr("☆ Star"))
        self.star_button.setToolTip(
            self.tr("Star a session you are considering: it is not a choice (key S)")
        )
        self.rating.setVisible(not session.for_everyone)
        self.rating_label.setVisible(not session.for_everyone)
        self.rating.setCurrentIndex(self.rating.findData(self.plan.rating(session)))
        self.attendance.setCurrentIndex(
            max(0, self.attendance.findData(self.plan.attendance(guid)))
        )
        if note and self.note.toPlainText() != self.plan.note(guid):
            # Its class, with its named values, is made here: at start the note is empty.
            from PySide6.QtGui import QTextCursor

            self.note.setPlainText(self.plan.note(guid))
            self.note.moveCursor(QTextCursor.MoveOperation.End)
        self._showing = False

    def _change(self, kind: Kind, guid: str, after: Value, change: Callable[[], Value]) -> None:
        try:
            before = change()
        except (StoreError, PlanError) as error:
            self.failed.emit(str(error))
            self._refresh(note=False)
            return
        if before != after:
            self.edited.emit(Edit(kind, guid, before, after))

    def _on_note_text_changed(self) -> None:
        if not self._showing:
            self._saving.start()

    def _on_star_button_toggled(self, checked: bool) -> None:
        session = self.session
        if self._showing or session is None:
            return
        guid = session.guid
        self._change("star", guid, checked, lambda: self.plan.set_starred(guid, checked))

    def _on_rating_activated(self, index: int) -> None:
        session = self.session
        if session is None:
            return
        level = int(self.rating.itemData(index))
        self._change("rating", session.guid, level, lambda: self.plan.rate(session.guid, level))

    def _on_attendance_activated(self, index: int) -> None:
        session = self.session
        if session is None:
            return
        state = self.attendance.itemData(index)
        self._change(
            "attendance", session.guid, state, lambda: self.plan.set_attendance(session.guid, state)
        )

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            self.show_session(None)  # saves what is being typed, if its session is still there
        elif self.session is not None and self.session.guid in change.guids:
            # An undo, or the command line: the note too, unless one is being typed.
            self._refresh(note=not self._saving.isActive())
