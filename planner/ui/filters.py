"""Narrowing a large grid: search by title or speaker, a track, a room, only the chosen, only
the starred."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from planner.domain.programme import Session
from planner.services.planning import Plan


class Filter(NamedTuple):
    """Which sessions the grid shows.

    Track, room, "only my choices" and "only starred" narrow the sessions there is a choice
    about (with both of the last two, a session that is either shows); fixed items
    (breaks, plenaries) are on everyone's agenda, so they stay as the day's landmarks. Search
    text applies to everything: with text, a fixed item shows only when it matches too.
    """

    text: str = ""
    track: str | None = None
    room: str | None = None
    only_chosen: bool = False
    only_starred: bool = False

    @property
    def active(self) -> bool:
        return self != Filter()

    @property
    def follows_plan(self) -> bool:
        """Whether what it shows changes with the choices and stars."""
        return self.only_chosen or self.only_starred

    def shows(self, session: Session, haystack: str, chosen: bool, starred: bool = False) -> bool:
        """Whether `session` is shown; `haystack` is its searchable text, case-folded."""
        needle = self.text.strip().casefold()
        if needle and needle not in haystack:
            return False
        if session.for_everyone:
            return True
        if self.follows_plan and not (
            (self.only_chosen and chosen) or (self.only_starred and starred)
        ):
            return False
        if self.track is not None and session.track != self.track:
            return False
        return self.room is None or session.room == self.room


def haystack(session: Session) -> str:
    """What a search looks in: the title and the speakers, in every language given."""
    texts = [session.title, *session.speakers]
    texts += [text for name, text in session.english if name in ("title", "speakers")]
    return "\n".join(texts).casefold()


class FilterBar(QWidget):
    """Search field, track and room pickers, "only my choices" and "only starred"; emits a
    `Filter`.

    Call `set_plan` when the window shows another conference (or a new version of it): the
    pickers list that conference's tracks and rooms, keeping what is still there, and
    `filterChanged` is emitted so that new grids can take the filter.
    """

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        # Its clear button shows only with text, and loading its icon is a good part of
        # making the bar: it is offered when the first text is typed.
        self.search.textChanged.connect(self._offer_clear_button)
        self.track = QComboBox()
        self.room = QComboBox()
        for combo in (self.track, self.room):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
            combo.addItem("", None)
        self.only_chosen = QCheckBox()
        self.only_starred = QCheckBox()
        self._speakers = True  # until a plan says otherwise
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.track)
        layout.addWidget(self.room)
        layout.addWidget(self.only_chosen)
        layout.addWidget(self.only_starred)
        self._retranslate()
        self.search.textChanged.connect(self._emit)
        self.track.currentIndexChanged.connect(self._emit)
        self.room.currentIndexChanged.connect(self._emit)
        self.only_chosen.toggled.connect(self._emit)
        self.only_starred.toggled.connect(self._emit)

    def filter(self) -> Filter:
        return Filter(
            text=self.search.text(),
            track=self.track.currentData(),
            room=self.room.currentData(),
            only_chosen=self.only_chosen.isChecked(),
            only_starred=self.only_starred.isChecked(),
        )

    def set_plan(self, plan: Plan, language: str) -> None:
        """Offer what `plan`'s programme has: its tracks (named in `language`) and rooms, each
        picker only where there are two or more to pick from, and speakers in the search's
        words only where sessions name them. A track that is only its session's title (as in
        the shipped programme) is no track."""
        tracks: dict[str, str] = {}
        columns: dict[str, int] = {}
        self._speakers = False
        for session in plan.sessions:
            if session.track and session.track != session.title:
                tracks.setdefault(session.track, session.translated(language).track or "")
            if session.room:
                columns.setdefault(session.room, session.column)
            self._speakers = self._speakers or bool(session.speakers)
        rooms = sorted(columns, key=lambda room: (columns[room], room))
        for combo, items in (
            (self.track, sorted(tracks.items(), key=lambda item: item[1].casefold())),
            (self.room, [(room, room) for room in rooms]),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for name, shown in items:
                combo.addItem(shown, name)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)
        self.track.setVisible(len(tracks) > 1)
        self.room.setVisible(len(rooms) > 1)
        self._retranslate()
        self._emit()

    def clear(self) -> None:
        """Show everything again."""
        boxes = (self.only_chosen, self.only_starred)
        for widget in (self.search, self.track, self.room, *boxes):
            widget.blockSignals(True)
        self.search.clear()
        self.track.setCurrentIndex(0)
        self.room.setCurrentIndex(0)
        for box in boxes:
            box.setChecked(False)
        for widget in (self.search, self.track, self.room, *boxes):
            widget.blockSignals(False)
        self._emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        words = self.tr("Search title or speaker") if self._speakers else self.tr("Search title")
        self.search.setPlaceholderText(words)
        self.search.setAccessibleName(words)
        self.track.setItemText(0, self.tr("All tracks"))
        self.track.setAccessibleName(self.tr("Track"))
        self.room.setItemText(0, self.tr("All rooms"))
        self.room.setAccessibleName(self.tr("Room"))
        self.only_chosen.setText(self.tr("Only my choices"))
        self.only_starred.setText(self.tr("Only starred"))

    def _offer_clear_button(self) -> None:
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.disconnect(self._offer_clear_button)

    def _emit(self) -> None:
        self.filterChanged.emit(self.filter())
