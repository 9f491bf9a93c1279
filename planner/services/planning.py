"""The attendee's plan for one conference, shared by the window's views."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from planner import data
from planner.domain.programme import (
    Conference,
    Session,
    conflicts,
    is_aligned,
    other_runs,
    overlaps,
    slots,
)
from planner.store.database import open_database
from planner.store.repository import PlanError, Repository

SHIPPED_PROGRAMME = data.folder("resources") / "programme.schedule.json"


@dataclass
class Opened:
    repository: Repository
    conference: Conference
    # Said to the user once: an unreadable database file was kept aside.
    set_aside_message: str | None


def open_plan(path: Path, key: str | None = None) -> Opened:
    """Open the database at `path`, importing the shipped programme on first start.

    Raises StoreError when the database cannot be used, PlanError for an unknown conference.
    """
    database = open_database(path)
    repository = Repository(database)
    conference = repository.current_conference()
    if conference is None:
        from planner.services.importing import read_programme  # only on first start

        repository.save_programme(read_programme(SHIPPED_PROGRAMME))
        conference = repository.current_conference()
    if key is not None:
        conference = next(
            (c for c in repository.conferences() if c.key.lower() == key.lower()), None
        )
        if conference is None:
            raise PlanError(
                QCoreApplication.translate(
                    "Plan",
                    "There is no conference {key} in the plan database; "
                    "check the acronym and try again.",
                ).format(key=key)
            )
    assert conference is not None
    message = None
    if database.set_aside is not None:
        message = QCoreApplication.translate(
            "Plan",
            "The plan database {path} could not be read, so it was kept aside as {aside} "
            "and a new one was started; nothing in the old file was changed.",
        ).format(path=database.path, aside=database.set_aside)
    return Opened(repository, conference, message)


class Plan(QObject):
    """Choices for one conference. Every change is committed before `changed` is emitted."""

    # The guids whose chosen state (or conflict, or unseen mark) changed.
    changed = Signal(object)

    def __init__(self, repository: Repository, conference: Conference) -> None:
        super().__init__()
        self.repository = repository
        self.conference = conference
        self.sessions = repository.sessions(conference)
        self.by_guid = {s.guid: s for s in self.sessions}
        self.slots = slots(self.sessions)
        # Slots whose sessions all start and end together: choosing one replaces the other.
        self.aligned = all(is_aligned(sessions) for sessions in self.slots.values())
        self.unseen = repository.unseen_changes(conference)
        self._read_choices()

    def _read_choices(self) -> None:
        self.chosen = self.repository.chosen(self.conference)
        self.conflicts = conflicts([self.by_guid[g] for g in self.chosen if g in self.by_guid])

    def is_chosen(self, guid: str) -> bool:
        return guid in self.chosen

    def choice_in(self, slot: str) -> Session | None:
        return next((s for s in self.slots.get(slot, []) if s.guid in self.chosen), None)

    def overlapping_choices(self, guid: str) -> list[Session]:
        """Chosen sessions that run at the same time as `guid`, which choosing it replaces."""
        session = self.by_guid[guid]
        return [
            s
            for s in self.sessions
            if s.guid in self.chosen and s.guid != guid and overlaps(s, session)
        ]

    def choose(self, guid: str, *, keep_overlapping: bool = False) -> None:
        changed = self.repository.choose(self.conference, guid, keep_overlapping=keep_overlapping)
        self._apply(changed)

    def clear(self, guid: str) -> None:
        self._apply(self.repository.clear(self.conference, {guid}))

    def mark_seen(self, guids: set[str]) -> None:
        seen = guids & self.unseen.keys()
        if seen:
            self.repository.mark_seen(self.conference, seen)
            for guid in seen:
                del self.unseen[guid]
            self.changed.emit(seen)

    def chosen_slot_count(self) -> int:
        return sum(1 for slot in self.slots if self.choice_in(slot) is not None)

    def other_runs(self, session: Session) -> list[Session]:
        return other_runs(session, self.sessions)

    def _apply(self, changed: set[str]) -> None:
        if not changed:
            return
        before = self.conflicts
        self._read_choices()
        self.changed.emit(changed | before | self.conflicts)
