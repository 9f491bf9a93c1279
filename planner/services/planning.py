"""The attendee's plan: the one object through which every change of it goes.

Choosing, clearing, an import, an undo and a switch to another conference all go through
`Plan`, which commits the change and then emits `changed` once; the window's views listen.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from planner import data
from planner.domain.interest import LEVELS, interest
from planner.domain.programme import Conference, Programme, Session
from planner.domain.rules import Choice, choose, conflicts, doubled_themes
from planner.store.reading import Marks, PlanError
from planner.store.store import Store

if TYPE_CHECKING:
    from planner.domain.proposals import Proposal
    from planner.store.choices import Decide
    from planner.store.imports import ImportResult


class Opened(NamedTuple):
    store: Store
    conference: Conference
    # Said to the user at every start while they are there: damaged databases kept aside.
    notices: list[str]


def open_plan(path: Path, key: str | None = None) -> Opened:
    """Open the database at `path`, importing the shipped programme on first start.

    Raises StoreError when the database cannot be used, PlanError for an unknown conference.
    """
    store = Store.open(path)
    conference = store.reading.current()
    if conference is None:
        from planner.services.importing import read_programme  # only on first start

        store.save(read_programme(data.shipped_programme()))
        conference = store.reading.current()
    if key is not None:
        conference = next(
            (c for c in store.reading.conferences() if c.key.lower() == key.lower()), None
        )
        if conference is None:
            store.close()
            raise PlanError(
                QCoreApplication.translate(
                    "Plan",
                    "There is no conference {key} in the plan database; "
                    "check the acronym and try again.",
                ).format(key=key)
            )
    assert conference is not None
    notices = [
        QCoreApplication.translate(
            "Plan",
            "A damaged plan database was kept aside as {aside}, and {path} was started anew; "
            "nothing in the damaged file was changed. Move or delete it once you no longer "
            "need it, and this notice goes away.",
        ).format(path=store.database.path, aside=aside)
        for aside in store.database.kept_aside
    ]
    return Opened(store, conference, notices)


class PlanChange(NamedTuple):
    """What `Plan.changed` says changed."""

    # Sessions whose chosen, conflict or seen state changed.
    guids: frozenset[str] = frozenset()
    # The whole programme: another conference, or an import or undo of this one.
    programme: bool = False
    # A change of the plan's choices the user asked for (not a mark or a reload).
    choice: Choice | None = None


class Plan(QObject):
    """Choices for one conference. Every change is committed before `changed` is emitted."""

    changed = Signal(object)  # a PlanChange

    def __init__(self, store: Store, conference: Conference) -> None:
        super().__init__()
        self.store = store
        self._data_version: int | None = None
        self._load(conference)

    def _load(self, conference: Conference) -> None:
        reading = self.store.reading
        self.programme = reading.programme(conference)
        self._imported_at = reading.imported_at(conference)
        self.unseen = reading.unseen(conference)
        self.marks = reading.marks(conference)
        self._set_chosen(reading.chosen(conference))

    def _set_chosen(self, chosen: Iterable[str]) -> None:
        self.chosen = frozenset(chosen)
        self.conflicts = conflicts(self.programme, self.chosen)
        self.doubled = doubled_themes(self.programme, self.chosen)

    # What the plan holds ---------------------------------------------------------------

    @property
    def conference(self) -> Conference:
        return self.programme.conference

    @property
    def sessions(self) -> tuple[Session, ...]:
        return self.programme.sessions

    @property
    def by_guid(self) -> dict[str, Session]:
        return self.programme.by_guid

    @property
    def slots(self) -> dict[str, tuple[Session, ...]]:
        return self.programme.slots

    def is_chosen(self, guid: str) -> bool:
        return guid in self.chosen

    def choice_in(self, slot: str) -> Session | None:
        return next((s for s in self.programme.slots.get(slot, ()) if s.guid in self.chosen), None)

    def other_runs(self, session: Session) -> tuple[Session, ...]:
        return self.programme.other_runs(session)

    def chosen_sessions(self) -> list[Session]:
        """The chosen sessions of the programme in time order (not those an update cancelled)."""
        return [s for s in self.programme.sessions if s.guid in self.chosen]

    def chosen_count(self) -> int:
        """How many sessions of the programme are chosen, counted from the choices."""
        by_guid = self.by_guid
        return sum(1 for guid in self.chosen if guid in by_guid)

    def chosen_slot_count(self) -> int:
        return sum(1 for slot in self.programme.slots if self.choice_in(slot) is not None)

    def chosen_theme_count(self) -> int:
        return len({s.theme for s in self.chosen_sessions() if s.theme is not None})

    def preview(self, guid: str, *, replace_overlapping: bool = False) -> Choice:
        """What choosing `guid` would do, without doing it."""
        self._session(guid)
        return choose(self.programme, self.chosen, guid, replace_overlapping=replace_overlapping)

    # Changing it -----------------------------------------------------------------------

    def choose(self, guid: str, *, replace_overlapping: bool = False) -> Choice:
        """Choose a session: in a slot it replaces the slot's choice, for a theme it moves the
        choice from its other run; elsewhere an overlap stays, as a conflict, unless
        `replace_overlapping`. Raises PlanError for an item on everyone's agenda."""
        session = self._session(guid)
        if session.for_everyone:
            raise PlanError(
                QCoreApplication.translate(
                    "Repository", "{title} is not a choice: it is on everyone's agenda."
                ).format(title=session.title)
            )
        decided: list[Choice] = []

        def decide(current: frozenset[str]) -> tuple[Iterable[str], Iterable[str]]:
            # The rule runs on the choices as they are on disk, inside the write.
            choice = choose(self.programme, current, guid, replace_overlapping=replace_overlapping)
            decided.append(choice)
            return choice.removed, () if choice.unchanged else (guid,)

        self._change(decide, decided)
        return decided[0]

    def clear(self, guids: Iterable[str]) -> None:
        wanted = set(guids)
        self._change(lambda current: (current & wanted, ()), [])

    def clear_all(self) -> None:
        self._change(lambda current: (current, ()), [])

    def restore(self, remove: Iterable[str], add: Iterable[str]) -> None:
        """Take back or redo a change: unchoose `remove`, choose `add`, as they were."""
        removing, adding = set(remove), set(add)
        self._change(lambda _current: (removing, adding), [])

    def mark_seen(self, guids: set[str]) -> None:
        seen = guids & self.unseen.keys()
        if seen:
            self.store.personal.mark_seen(self.conference, seen)
            for guid in seen:
                del self.unseen[guid]
            self.changed.emit(PlanChange(frozenset(seen)))

    def import_programme(self, programme: Programme, *, force: bool = False) -> ImportResult:
        """Store an imported programme (a new conference or an update) and show it.

        Raises UpdateCancelsMostError for an update that would cancel most sessions, unless
        `force`."""
        shown = (self.programme, self._imported_at) if self._imported_at is not None else None
        result = self.store.programmes.import_(programme, force=force, shown=shown)
        self.switch(result.conference)
        return result

    def undo_import(self) -> Conference:
        conference = self.store.programmes.undo(self.conference)
        self.switch(conference)
        return conference

    def switch(self, conference: Conference) -> None:
        """Show another conference (or this one as the database now has it)."""
        self.store.programmes.open(conference)
        self._load(conference)
        self.changed.emit(PlanChange(programme=True))

    def remove_conference(self) -> None:
        """Remove the conference on show, with its plan, and show the one opened before it."""
        self.store.programmes.remove(self.conference)
        remaining = self.store.reading.current()
        if remaining is None:
            raise PlanError(
                QCoreApplication.translate("Plan", "The last conference cannot be removed.")
            )
        self.switch(remaining)

    def sync(self) -> None:
        """Take in what another program (the command line, say) changed in the database
        since the last look: cheap when nothing did, as a timer calls it often."""
        version = self.store.database.data_version()
        if version == self._data_version:
            return
        self._data_version = version
        if self.store.reading.imported_at(self.conference) != self._imported_at:
            self._load(self.conference)  # imported or undone meanwhile
            self.changed.emit(PlanChange(programme=True))
            return
        shown, shown_conflicts = self.chosen, self.conflicts
        self.unseen = self.store.reading.unseen(self.conference)
        self._set_chosen(self.store.reading.chosen(self.conference))
        touched = (shown ^ self.chosen) | (shown_conflicts ^ self.conflicts) | self._reload_marks()
        if touched:
            self.changed.emit(PlanChange(frozenset(touched)))

    def _change(self, decide: Decide, decided: list[Choice]) -> None:
        # What this window showed, which may be older than the disk when another program
        # changed the plan meanwhile: the cells to repaint are those that differ from it.
        shown, shown_conflicts = self.chosen, self.conflicts
        changed = self.store.choices.change(self.conference, decide)
        self._set_chosen(changed.after)
        touched = (shown ^ self.chosen) | (shown_conflicts ^ self.conflicts)
        if touched:
            self.changed.emit(
                PlanChange(frozenset(touched), choice=decided[0] if decided else None)
            )

    # The attendee's own marks: notes, stars, ratings, attended or skipped ----------------
    # Each is committed, then `changed` names the sessions it touched. Each setter returns
    # what it replaced, so that the window's undo stack can put it back.

    def note(self, guid: str) -> str:
        return self.marks.notes.get(guid, "")

    def is_starred(self, guid: str) -> bool:
        return guid in self.marks.starred

    def rating(self, session: Session) -> int:
        """The session's rating, or its theme's: 3 must, 2 want, 1 maybe, 0 none."""
        return interest(self.programme, self.marks.ratings, session)

    def attendance(self, guid: str) -> str | None:
        """ "attended", "skipped", or None before the attendee says."""
        return self.marks.attendance.get(guid)

    def set_note(self, guid: str, text: str) -> str:
        """Keep `text` as the session's note (blank removes it); returns the note before."""
        self._session(guid)
        text = text if text.strip() else ""
        before = self.note(guid)
        if text != before:
            self.store.personal.set_note(self.conference, guid, text)
            notes = {g: n for g, n in self.marks.notes.items() if g != guid}
            self._marked(self.marks._replace(notes=notes | ({guid: text} if text else {})), guid)
        return before

    def set_starred(self, guid: str, starred: bool) -> bool:
        """Star a session being considered, or unstar it; returns whether it was starred.
        A star is not a choice. Raises PlanError for an item on everyone's agenda."""
        self._choosable(guid)
        before = self.is_starred(guid)
        if starred != before:
            self.store.personal.set_starred(self.conference, guid, starred)
            stars = self.marks.starred - {guid} | ({guid} if starred else set())
            self._marked(self.marks._replace(starred=frozenset(stars)), guid)
        return before

    def rate(self, guid: str, level: int) -> int:
        """Rate a session, and so its theme: all its runs get `level` (0: no rating); returns
        the rating before. Raises PlanError for an item on everyone's agenda."""
        session = self._choosable(guid)
        if level not in LEVELS:
            raise ValueError(level)
        before = self.rating(session)
        runs = [session.guid, *(run.guid for run in self.other_runs(session))]
        # The rating is kept on the run rated; the theme's other runs give theirs up.
        levels = {run: (level or None) if run == guid else None for run in runs}
        if any(self.marks.ratings.get(run) != value for run, value in levels.items()):
            self.store.personal.set_rating(self.conference, levels)
            ratings = {g: n for g, n in self.marks.ratings.items() if g not in levels}
            self._marked(
                self.marks._replace(ratings=ratings | ({guid: level} if level else {})), *runs
            )
        return before

    def set_attendance(self, guid: str, state: str | None) -> str | None:
        """Mark a session "attended" or "skipped" (None: neither); returns the mark before."""
        self._session(guid)
        if state not in ("attended", "skipped", None):
            raise ValueError(state)
        before = self.attendance(guid)
        if state != before:
            self.store.personal.set_attendance(self.conference, guid, state)
            attendance = {g: a for g, a in self.marks.attendance.items() if g != guid}
            marks = self.marks._replace(attendance=attendance | ({guid: state} if state else {}))
            self._marked(marks, guid)
        return before

    def propose(self, *, replace_choices: bool = False) -> Proposal:
        """Plan for me: the plan of the highest total interest after the ratings (see
        `planner.domain.proposals`); nothing changes until `restore` takes it."""
        from planner.domain.proposals import propose

        return propose(self.programme, self.marks.ratings, self.chosen, replace=replace_choices)

    def _choosable(self, guid: str) -> Session:
        session = self._session(guid)
        if session.for_everyone:
            raise PlanError(
                QCoreApplication.translate(
                    "Repository", "{title} is not a choice: it is on everyone's agenda."
                ).format(title=session.title)
            )
        return session

    def _marked(self, marks: Marks, *guids: str) -> None:
        self.marks = marks
        self.changed.emit(PlanChange(frozenset(guids)))

    def _reload_marks(self) -> set[str]:
        """Read the marks anew (another program may have changed them); returns the
        sessions whose marks differ from those shown."""
        shown, self.marks = self.marks, self.store.reading.marks(self.conference)
        touched = set(shown.starred ^ self.marks.starred)
        for before, after in (
            (shown.notes, self.marks.notes),
            (shown.ratings, self.marks.ratings),
            (shown.attendance, self.marks.attendance),
        ):
            touched |= {g for g in before.keys() | after.keys() if before.get(g) != after.get(g)}
        return touched

    def _session(self, guid: str) -> Session:
        session = self.programme.by_guid.get(guid)
        if session is None:
            raise PlanError(
                QCoreApplication.translate(
                    "Repository", "There is no session {guid} in {conference}."
                ).format(guid=guid, conference=self.conference.title)
            )
        return session
