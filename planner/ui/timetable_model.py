"""The sessions of one day as an item model: a row per session, in time order.

What a cell shows is worked out once per session and language (a `Cell`) and kept until a
change of the plan touches it: the sessions a `PlanChange` names, and those whose look
depends on them (the rest of their slot, what runs at the same time, the other runs of their
theme). A filter hides rows without removing them; `shapeChanged` says the shown set changed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.domain.grid import Room, is_aligned
from planner.domain.programme import Session, overlaps
from planner.services.planning import Plan, PlanChange
from planner.services.texts import clock, qlocale, time_range
from planner.ui.filters import Filter, haystack

Index = QModelIndex | QPersistentModelIndex
# A cell's state, conflict, doubled theme, unseen change, star and note (see _marks_of).
Marks = tuple[str, bool, bool, str | None, bool, bool]

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# "chosen", "passed" (runs at the same time as a choice), "open", "plenary" or "break".
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
# True for a chosen session that runs at the same time as another chosen session.
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4
# "new", "moved", "renamed" or "changed" (translated) until the attendee has seen the session.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 5
# Everything the delegate paints, as one `Cell`.
CELL_ROLE = Qt.ItemDataRole.UserRole + 6


class Cell(NamedTuple):
    """What a cell shows. Every text is plain text, never markup."""

    title: str
    # Theme or track, time and speakers.
    detail: str
    state: str
    in_slot: bool
    conflict: bool
    # One of several chosen runs of a theme.
    doubled: bool
    badge: str | None
    description: str
    # On the attendee's shortlist; with a note of theirs.
    starred: bool = False
    noted: bool = False

    @property
    def choosable(self) -> bool:
        return self.state not in ("plenary", "break")

    @property
    def chosen(self) -> bool:
        return self.state == "chosen"


class TimetableModel(QAbstractListModel):
    """One day's sessions for a `TimetableView`; rows never move while the model lives."""

    shapeChanged = Signal()

    def __init__(self, plan: Plan, day: date, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.day = day
        self.language = language
        # The programme this model shows: a new one gets new models (see PlanChange).
        self.programme = plan.programme
        self._sessions = self.programme.on(day)
        self._rows = {s.guid: row for row, s in enumerate(self._sessions)}
        self.aligned = is_aligned(self._sessions)
        self._haystacks = [haystack(s) for s in self._sessions]
        self._filter = Filter()
        self._shown = [True] * len(self._sessions)
        self._cells: dict[int, Cell] = {}
        # What the plan made of each cell built, to tell cheaply whether a change touches it.
        self._marks: dict[int, Marks] = {}
        # What does not change with the plan, per row: title, detail, the start of the
        # description; and the words of the current language.
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._words: dict[str, str] = self._translated_words()
        ends = [s.end_or_assumed for s in self._sessions]
        self._span = (self._sessions[0].start, max(ends)) if self._sessions else None
        # The chosen sessions that run on this day, which "passed" cells are beside.
        self._nearby = self._chosen_nearby()
        plan.changed.connect(self._on_plan_changed)

    # Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        row = index.row()
        if role == SESSION_ROLE:
            return self._sessions[row]
        cell = self.cell(row)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.description
        if role == Qt.ItemDataRole.ToolTipRole:
            import html  # when the first tooltip shows

            # A tooltip that looks like markup is shown as markup: escape it into some.
            return f"<p>{html.escape(cell.description)}</p>"
        if role == STATE_ROLE:
            return cell.state
        if role == CONFLICT_ROLE:
            return cell.conflict
        if role == BADGE_ROLE:
            return cell.badge
        if role == Qt.ItemDataRole.CheckStateRole and cell.choosable:
            return Qt.CheckState.Checked if cell.chosen else Qt.CheckState.Unchecked
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._sessions)
        ):
            return time_range(self._sessions[section])
        return None

    # What the view and the window ask --------------------------------------------------

    def sessions(self) -> tuple[Session, ...]:
        return self._sessions

    def session_at(self, index: Index) -> Session | None:
        return self._sessions[index.row()] if self._valid(index) else None

    def index_of(self, guid: str) -> QModelIndex:
        row = self._rows.get(guid)
        return QModelIndex() if row is None else self.index(row, 0)

    def row_of(self, guid: str) -> int:
        return self._rows[guid]

    def shown_sessions(self) -> list[Session]:
        return [s for s, shown in zip(self._sessions, self._shown, strict=True) if shown]

    def current_filter(self) -> Filter:
        return self._filter

    def set_filter(self, filter_: Filter) -> None:
        if filter_ == self._filter:
            return
        self._filter = filter_
        self._apply_filter(range(len(self._sessions)))

    def set_language(self, language: str) -> None:
        self.language = language
        self._cells.clear()
        self._marks.clear()
        self._texts.clear()
        self._words = self._translated_words()
        if self._sessions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sessions) - 1, 0))

    def cell(self, row: int) -> Cell:
        cell = self._cells.get(row)
        if cell is None:
            cell = self._cells[row] = self._make_cell(row)
        return cell

    def room_label(self, room: Room) -> str:
        return room.name or self.tr("Theme {number}").format(number=room.column + 1)

    def time_label(self, moment: datetime) -> str:
        """A time on the ruler; after midnight with its weekday: "Sat 02:30"."""
        if moment.date() <= self.day:
            return clock(moment)
        weekday = qlocale(self.language).dayName(
            moment.isoweekday(), QLocale.FormatType.ShortFormat
        )
        return f"{weekday} {clock(moment)}"

    # Inside ------------------------------------------------------------------------------

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and not index.parent().isValid()
            and 0 <= index.row() < len(self._sessions)
            and index.column() == 0
        )

    def _apply_filter(self, rows: range | list[int]) -> None:
        chosen, starred = self.plan.chosen, self.plan.marks.starred
        changed = False
        for row in rows:
            session = self._sessions[row]
            guid = session.guid
            shown = self._filter.shows(
                session, self._haystacks[row], guid in chosen, guid in starred
            )
            if shown != self._shown[row]:
                self._shown[row] = shown
                changed = True
        if changed:
            self.shapeChanged.emit()

    def _chosen_nearby(self) -> list[Session]:
        if self._span is None:
            return []
        by_guid, (first, last) = self.programme.by_guid, self._span
        chosen = (by_guid[g] for g in self.plan.chosen if g in by_guid)
        return [s for s in chosen if s.start < last and first < s.end_or_assumed]

    def _state(self, session: Session) -> str:
        if session.for_everyone:
            return session.kind
        if session.guid in self.plan.chosen:
            return "chosen"
        if any(overlaps(session, other) for other in self._nearby):
            return "passed"
        return "open"

    def _marks_of(self, row: int) -> Marks:
        """What the plan makes of the session of `row`: all a cell shows besides its texts."""
        session = self._sessions[row]
        guid = session.guid
        state = self._state(session)
        return (
            state,
            guid in self.plan.conflicts,
            state == "chosen" and (session.theme or "") in self.plan.doubled,
            self.plan.unseen.get(guid),
            self.plan.is_starred(guid),
            bool(self.plan.note(guid)),
        )

    def _make_cell(self, row: int, marks: Marks | None = None) -> Cell:
        session = self._sessions[row]
        title, detail, about = self._texts_of(row)
        marks = marks or self._marks_of(row)
        self._marks[row] = marks
        state, conflict, doubled, change, starred, noted = marks
        words = self._words
        parts = [about, words[f"{'slot-' if session.slot else ''}{state}"]]
        if conflict:
            parts.append(words["conflict"])
        if doubled:
            parts.append(words["doubled"])
        if starred:
            parts.append(words["starred"])
        if noted:
            parts.append(words["noted"])
        if change in ("added", "moved", "retitled", "changed"):
            parts.append(words[f"{change}-long"])
        return Cell(
            title=title,
            detail=detail,
            state=state,
            in_slot=session.slot is not None,
            conflict=conflict,
            doubled=doubled,
            badge=words.get(f"{change}-badge") if change else None,
            description=", ".join(parts),
            starred=starred,
            noted=noted,
        )

    def _texts_of(self, row: int) -> tuple[str, str, str]:
        """Title, detail line and the start of the description (what a screen reader says
        for a cell, and its tooltip shows) in the current language."""
        texts = self._texts.get(row)
        if texts is None:
            shown = self._sessions[row].translated(self.language)
            theme = shown.track if shown.track and shown.track != shown.title else None
            speakers = ", ".join(shown.speakers)
            # An aligned day's times stand beside each band; on a time axis the cell says it.
            when = None if self.aligned else time_range(shown)
            detail = " · ".join(filter(None, [theme, when, shown.subtitle, speakers]))
            about = [time_range(shown), shown.title, shown.subtitle, speakers, shown.room]
            texts = self._texts[row] = (shown.title, detail, ", ".join(filter(None, about)))
        return texts

    def _translated_words(self) -> dict[str, str]:
        return {
            "added-badge": self.tr("new"),
            "moved-badge": self.tr("moved"),
            "retitled-badge": self.tr("renamed"),
            "changed-badge": self.tr("changed"),
            "slot-chosen": self.tr("chosen"),
            "slot-passed": self.tr("not chosen"),
            "slot-open": self.tr("open: choose one session in this slot"),
            "chosen": self.tr("chosen"),
            "passed": self.tr("at the same time as one of your choices"),
            "open": self.tr("not chosen"),
            "plenary": self.tr("for everyone"),
            "break": self.tr("break"),
            "conflict": self.tr("conflict: at the same time as another of your choices"),
            "doubled": self.tr("this theme is chosen more than once"),
            "starred": self.tr("starred: you are considering it"),
            "noted": self.tr("you have a note on it"),
            "added-long": self.tr("new in the latest programme"),
            "moved-long": self.tr("moved in the latest programme"),
            "retitled-long": self.tr("renamed in the latest programme"),
            "changed-long": self.tr("changed in the latest programme"),
        }

    def _touched(self, guids: frozenset[str]) -> set[int]:
        """The rows of this day whose look may follow from a change of `guids`."""
        by_guid = self.programme.by_guid
        touched: set[str] = set()
        for guid in guids:
            session = by_guid.get(guid)
            if session is None:
                continue
            touched.add(guid)
            touched |= {s.guid for s in self.programme.overlapping(session)}
            touched |= {s.guid for s in self.programme.other_runs(session)}
            if session.slot is not None:
                touched |= {s.guid for s in self.programme.slots[session.slot]}
        return {self._rows[g] for g in touched if g in self._rows}

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            return  # the window makes new models for a new programme
        self._nearby = self._chosen_nearby()
        rows = sorted(self._touched(change.guids))
        for row in rows:
            if row not in self._cells:
                continue  # not built yet: it will be built as it is now
            marks = self._marks_of(row)
            if marks == self._marks.get(row):
                continue
            self._cells[row] = self._make_cell(row, marks)
            index = self.index(row, 0)
            # The plan changes what a cell shows of it, never its text.
            self.dataChanged.emit(index, index, [CELL_ROLE, STATE_ROLE])
        if self._filter.follows_plan:
            self._apply_filter(rows)
