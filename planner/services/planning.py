"""The attendee's plan: the one object through which every change of it goes.

Choosing, clearing, an import, an undo and a switch to another conference all go through
`Plan`, which commits the change and then emits `changed` once; the window's views listen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from planner import data
from planner.domain.programme import Conference, Programme, Session
from planner.domain.rules import Choice, choose, conflicts, doubled_themes
from planner.store.reading import PlanError
from planner.store.store import Store

if TYPE_CHECKING:
    from planner.store.choices import Decide
    from planner.store.programmes import ImportResult

SHIPPED_PROGRAMME = data.path("resources", "programme.schedule.json")


@dataclass
class Opened:
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

        store.programmes.save(read_programme(SHIPPED_PROGRAMME))
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


@dataclass(frozen=True)
class PlanChange:
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
            self.store.programmes.mark_seen(self.conference, seen)
            for guid in seen:
                del self.unseen[guid]
            self.changed.emit(PlanChange(frozenset(seen)))

    def import_programme(self, programme: Programme, *, force: bool = False) -> ImportResult:
        """Store an imported programme (a new conference or an update) and show it.

        Raises UpdateCancelsMostError for an update that would cancel most sessions, unless
        `force`."""
        result = self.store.programmes.import_(programme, force=force)
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
        touched = (shown ^ self.chosen) | (shown_conflicts ^ self.conflicts)
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

    def _session(self, guid: str) -> Session:
        session = self.programme.by_guid.get(guid)
        if session is None:
            raise PlanError(
                QCoreApplication.translate(
                    "Repository", "There is no session {guid} in {conference}."
                ).format(guid=guid, conference=self.conference.title)
            )
        return session
