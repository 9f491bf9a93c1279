"""The conference's programme as plain values: sessions, slots and the personal agenda."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

Kind = Literal["session", "plenary", "break"]
KINDS: tuple[Kind, ...] = ("session", "plenary", "break")

# Where a calendar or a printout needs an end the programme does not give.
ASSUMED_DURATION = timedelta(hours=1)


@dataclass(frozen=True)
class Session:
    """One item of the programme. Times are wall-clock times in the conference's zone."""

    guid: str
    day: date
    start: datetime
    end: datetime | None
    title: str
    kind: Kind
    track: str | None = None
    room: str | None = None
    subtitle: str | None = None
    speakers: tuple[str, ...] = ()
    description: str | None = None
    # Sessions competing for one choice share a slot; fixed items have none.
    slot: str | None = None
    # Left-to-right position in the grid among the sessions of its slot.
    column: int = 0
    # English texts of a programme published in another language: (field name, text) pairs,
    # sorted by field name.
    english: tuple[tuple[str, str], ...] = ()

    @property
    def is_fixed(self) -> bool:
        return self.slot is None

    @property
    def end_or_assumed(self) -> datetime:
        return self.end if self.end is not None else self.start + ASSUMED_DURATION

    def translated(self, language: str) -> Session:
        """This session with its texts in `language` where the programme has them."""
        if language != "en" or not self.english:
            return self
        return dataclasses.replace(self, **dict(self.english))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Speaker:
    name: str
    affiliation: str


@dataclass(frozen=True)
class ConferenceInfo:
    """What the organisers say about the conference beyond its programme."""

    description: str = ""
    organizer: str = ""
    venue: str = ""
    audience: str = ""
    cost: str = ""
    registration: str = ""
    speakers: tuple[Speaker, ...] = ()
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conference:
    key: str
    title: str
    timezone: str
    days: tuple[date, ...]
    info: ConferenceInfo = field(default_factory=ConferenceInfo)
    title_en: str | None = None
    info_en: ConferenceInfo | None = None

    def translated(self, language: str) -> Conference:
        if language != "en":
            return self
        return dataclasses.replace(
            self, title=self.title_en or self.title, info=self.info_en or self.info
        )


@dataclass(frozen=True)
class Programme:
    conference: Conference
    sessions: tuple[Session, ...]


def sort_key(session: Session) -> tuple[date, datetime, int]:
    return (session.day, session.start, session.column)


def assign_slots(sessions: Iterable[Session]) -> list[Session]:
    """Group sessions that overlap in time into slots; a session alone in its time is fixed.

    Breaks are always fixed. Within a slot, sessions keep the column the importer gave them
    when they have rooms, and otherwise take columns in programme order.
    """
    ordered = sorted(sessions, key=sort_key)
    result: list[Session] = []
    group: list[Session] = []
    group_end = datetime.min

    def close_group() -> None:
        if len(group) == 1:
            result.append(dataclasses.replace(group[0], slot=None, kind=_fixed_kind(group[0])))
        elif group:
            first = group[0]
            slot = f"{first.day.isoformat()}T{first.start:%H:%M}"
            use_rooms = all(s.room for s in group)
            for position, session in enumerate(group):
                column = session.column if use_rooms else position
                result.append(
                    dataclasses.replace(session, slot=slot, kind="session", column=column)
                )
        group.clear()

    for session in ordered:
        if session.kind == "break":
            close_group()
            result.append(dataclasses.replace(session, slot=None))
            continue
        if group and (session.day != group[0].day or session.start >= group_end):
            close_group()
        group_end = max(group_end, session.end_or_assumed) if group else session.end_or_assumed
        group.append(session)
    close_group()
    return sorted(result, key=sort_key)


def _fixed_kind(session: Session) -> Kind:
    return "plenary" if session.kind == "session" else session.kind


def agenda(sessions: Sequence[Session], chosen: set[str]) -> list[Session]:
    """The personal agenda: every fixed item and every chosen session, in time order."""
    return [s for s in sorted(sessions, key=sort_key) if s.is_fixed or s.guid in chosen]


def slots(sessions: Iterable[Session]) -> dict[str, list[Session]]:
    """The slots in time order, each with its sessions in column order."""
    result: dict[str, list[Session]] = {}
    for session in sorted(sessions, key=sort_key):
        if session.slot is not None:
            result.setdefault(session.slot, []).append(session)
    return result


def other_runs(session: Session, sessions: Iterable[Session]) -> list[Session]:
    """Other sessions of the same theme (track and title) at another time: repeats."""
    if session.slot is None:
        return []
    return [
        s
        for s in sorted(sessions, key=sort_key)
        if s.guid != session.guid
        and s.slot is not None
        and s.slot != session.slot
        and s.title == session.title
        and s.track == session.track
    ]


def overlaps(a: Session, b: Session) -> bool:
    """Whether two sessions run at the same time (an open end counts as the assumed hour)."""
    return a.start < b.end_or_assumed and b.start < a.end_or_assumed


def is_aligned(sessions: Iterable[Session]) -> bool:
    """Whether sessions all start and end together, as the shipped programme's themes do."""
    return len({(s.start, s.end) for s in sessions}) <= 1


def conflicts(chosen: Sequence[Session]) -> set[str]:
    """The chosen sessions that run at the same time as another chosen session."""
    ordered = sorted(chosen, key=lambda s: s.start)
    result: set[str] = set()
    for number, session in enumerate(ordered):
        for later in ordered[number + 1 :]:
            if later.start >= session.end_or_assumed:
                break
            result |= {session.guid, later.guid}
    return result
