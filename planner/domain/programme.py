"""The conference's programme as plain values: sessions, days, slots and themes.

Sessions and conferences are named tuples: immutable values that are quick to make, by the
thousand when a programme is read, and whose classes cost the start almost nothing (a frozen
dataclass compiles its methods as its module loads).

Times are instants. A session's `start` and `end` are aware datetimes whose UTC offset is the
one the conference's clock shows at that moment, so their clock fields are already local time
and their arithmetic and order are the instants'; a programme whose file gives neither a zone
nor offsets has naive (floating) times instead, all of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator, Sequence, Set
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Literal, NamedTuple

Kind = Literal["session", "plenary", "break"]
KINDS: tuple[Kind, ...] = ("session", "plenary", "break")

# Where a calendar or a printout needs an end the programme does not give.
ASSUMED_DURATION = timedelta(hours=1)


class Session(NamedTuple):
    """One item of the programme.

    `kind` is what the programme says: "plenary" and "break" are for everyone, "session" is a
    talk the attendee may choose. `slot` and `theme` are worked out from the whole programme
    (see `arrange`): the slot it shares with parallel sessions that start and end with it, and
    the theme whose runs it is one of.
    """

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
    abstract: str | None = None
    description: str | None = None
    # The event's page, as the programme declares it.
    url: str | None = None
    slot: str | None = None
    theme: str | None = None
    # Left-to-right position among the rooms (or, without rooms, the themes) of the programme.
    column: int = 0
    # English texts of a programme published in another language: (field name, text) pairs,
    # sorted by field name.
    english: tuple[tuple[str, str], ...] = ()

    @property
    def for_everyone(self) -> bool:
        return self.kind != "session"

    @property
    def end_or_assumed(self) -> datetime:
        return self.end if self.end is not None else self.start + ASSUMED_DURATION

    @property
    def next_calendar_day(self) -> bool:
        """Whether it starts after midnight, on the calendar day after its conference day."""
        return self.start.date() > self.day

    def translated(self, language: str) -> Session:
        """This session with its texts in `language` where the programme has them."""
        if language != "en" or not self.english:
            return self
        return self._replace(**dict(self.english))  # type: ignore[arg-type]


class Speaker(NamedTuple):
    name: str
    affiliation: str


class ConferenceInfo(NamedTuple):
    """What the organisers say about the conference beyond its programme."""

    description: str = ""
    organizer: str = ""
    venue: str = ""
    audience: str = ""
    cost: str = ""
    registration: str = ""
    speakers: tuple[Speaker, ...] = ()
    notices: tuple[str, ...] = ()


class Conference(NamedTuple):
    """A conference. `timezone` is the IANA zone its file names (or the user gave), None when
    the file names none: its sessions then keep their own UTC offsets, or float."""

    key: str
    title: str
    timezone: str | None
    days: tuple[date, ...]
    info: ConferenceInfo = ConferenceInfo()
    title_en: str | None = None
    info_en: ConferenceInfo | None = None

    def translated(self, language: str) -> Conference:
        if language != "en":
            return self
        return self._replace(title=self.title_en or self.title, info=self.info_en or self.info)


def sort_key(session: Session) -> tuple[date, datetime, int, str]:
    return (session.day, session.start, session.column, session.guid)


def overlaps(a: Session, b: Session) -> bool:
    """Whether two sessions run at the same time (an open end counts as the assumed hour)."""
    return a.start < b.end_or_assumed and b.start < a.end_or_assumed


class Programme:
    """A conference and its sessions in time order, with the lookups the planner needs,
    each worked out when first asked for."""

    def __init__(
        self, conference: Conference, sessions: tuple[Session, ...], remarks: tuple[str, ...] = ()
    ) -> None:
        self.conference = conference
        self.sessions = sessions
        # What reading its file had to say: values it put right, such as removed control
        # characters. Not stored.
        self.remarks = remarks

    def __eq__(self, other: object) -> bool:
        # The same conference and sessions: what reading a file said is not its identity.
        if not isinstance(other, Programme):
            return NotImplemented
        return (self.conference, self.sessions) == (other.conference, other.sessions)

    def __hash__(self) -> int:
        return hash((self.conference, self.sessions))

    def __repr__(self) -> str:
        return f"Programme({self.conference.key!r}, {len(self.sessions)} sessions)"

    @property
    def floats(self) -> bool:
        """Whether its times float: its file names no zone and gives no UTC offsets, so
        they are as written, on the wall clock wherever one is."""
        return (
            self.conference.timezone is None
            and bool(self.sessions)
            and self.sessions[0].start.tzinfo is None
        )

    @cached_property
    def by_guid(self) -> dict[str, Session]:
        return {s.guid: s for s in self.sessions}

    @cached_property
    def slots(self) -> dict[str, tuple[Session, ...]]:
        """Each slot's sessions in column order, the slots in time order."""
        found: dict[str, list[Session]] = {}
        for session in self.sessions:
            if session.slot is not None:
                found.setdefault(session.slot, []).append(session)
        return {slot: tuple(members) for slot, members in found.items()}

    @cached_property
    def themes(self) -> dict[str, tuple[Session, ...]]:
        """Each theme's runs in time order."""
        found: dict[str, list[Session]] = {}
        for session in self.sessions:
            if session.theme is not None:
                found.setdefault(session.theme, []).append(session)
        return {theme: tuple(runs) for theme, runs in found.items()}

    def other_runs(self, session: Session) -> tuple[Session, ...]:
        """The other runs of the session's theme: alternatives to it."""
        if session.theme is None:
            return ()
        return tuple(s for s in self.themes[session.theme] if s.guid != session.guid)

    def on(self, day: date) -> tuple[Session, ...]:
        return self._by_day.get(day, ())

    def overlapping(self, session: Session) -> list[Session]:
        """The other sessions that run at the same time as `session`."""
        return self._times.overlapping(session)

    def at(self, instant: datetime) -> Session | None:
        """What is on at `instant`, else what comes next that conference day; None when
        `instant` is outside the conference. `instant` is aware, or naive (on the wall clock)
        for a programme whose times float."""
        for session in sorted(self.sessions, key=lambda s: (s.start, s.column)):
            if session.end_or_assumed > instant:
                running = session.start <= instant
                today = session.start.date() == instant.astimezone(session.start.tzinfo).date()
                return session if running or today else None
        return None

    @cached_property
    def _by_day(self) -> dict[date, tuple[Session, ...]]:
        found: dict[date, list[Session]] = {}
        for session in self.sessions:
            found.setdefault(session.day, []).append(session)
        return {day: tuple(sessions) for day, sessions in found.items()}

    @cached_property
    def _times(self) -> TimeIndex:
        return TimeIndex(self.sessions)


class TimeIndex:
    """Sessions by start, to find what runs at a given time.

    A query looks only at sessions starting within the longest session's length before the
    one asked about ends, so its cost follows how busy that time is, not the programme's size.
    """

    def __init__(self, sessions: Iterable[Session]) -> None:
        self._ordered = sorted(sessions, key=lambda s: s.start)
        self._starts = [s.start for s in self._ordered]
        # The ends beside the starts: a query compares them without a call per session.
        self._ends = [s.end_or_assumed for s in self._ordered]
        self._longest = max(
            (end - start for start, end in zip(self._starts, self._ends, strict=True)),
            default=timedelta(),
        )

    def overlapping(self, session: Session) -> list[Session]:
        return [s for s in self._running_with(session) if s.guid != session.guid]

    def runs_besides(self, session: Session, guids: Container[str]) -> bool:
        """Whether a session not in `guids` runs at the same time as `session`: the look
        ends at the first, however many rooms run in parallel."""
        return any(s.guid not in guids for s in self._running_with(session))

    def _running_with(self, session: Session) -> Iterator[Session]:
        """The sessions that run at the same time as `session`, and `session` itself."""
        start = session.start
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, session.end_or_assumed)
        ends, ordered = self._ends, self._ordered
        return (ordered[number] for number in range(first, last) if ends[number] > start)


def arrange(sessions: Iterable[Session]) -> list[Session]:
    """The sessions in time order, each with the slot and theme the programme gives it.

    A slot is an aligned parallel block: two or more choosable sessions that start and end
    together, with no other session partly overlapping them. A theme is a session offered more
    than once: choosable sessions with the same title and track at different times, given by
    the same people (or by no one named), like the shipped programme's repeated themes.
    """
    ordered = sorted(sessions, key=sort_key)
    slot_of = _slots(ordered)
    theme_of = _themes(ordered)
    return [s._replace(slot=slot_of.get(s.guid), theme=theme_of.get(s.guid)) for s in ordered]


def _slots(ordered: Sequence[Session]) -> dict[str, str]:
    blocks: dict[tuple[date, datetime, datetime | None], list[Session]] = {}
    for session in ordered:
        if session.kind == "session":
            blocks.setdefault((session.day, session.start, session.end), []).append(session)
    times = TimeIndex(ordered)
    slot_of: dict[str, str] = {}
    for (day, start, _end), members in blocks.items():
        if len(members) < 2:
            continue
        guids = {s.guid for s in members}
        # Anything else running at that time, or any part of it, makes the block not a slot.
        if times.runs_besides(members[0], guids):
            continue
        slot = f"{day.isoformat()}T{start:%H:%M}"
        slot_of |= {s.guid: slot for s in members}
    return slot_of


def _themes(ordered: Sequence[Session]) -> dict[str, str]:
    groups: dict[tuple[str, str | None], list[Session]] = {}
    for session in ordered:
        if session.kind == "session":
            groups.setdefault((session.title.casefold(), session.track), []).append(session)
    theme_of: dict[str, str] = {}
    for runs in groups.values():
        for theme in _same_people(runs):
            if len({s.start for s in theme}) > 1:
                theme_of |= {s.guid: theme[0].guid for s in theme}
    return theme_of


def _same_people(runs: list[Session]) -> list[list[Session]]:
    """Runs grouped by their speakers: runs sharing a speaker, or both without one, go
    together (a repeated workshop may lose a helper); a talk of the same title by other
    people is another talk."""
    groups: list[list[Session]] = []
    for run in runs:
        people = set(run.speakers)
        home = next(
            (
                group
                for group in groups
                if any(
                    (people & set(other.speakers)) or not (people or other.speakers)
                    for other in group
                )
            ),
            None,
        )
        if home is None:
            groups.append([run])
        else:
            home.append(run)
    return groups


def agenda(sessions: Iterable[Session], chosen: Set[str]) -> list[Session]:
    """The personal agenda: the items for everyone and the chosen sessions, in time order."""
    return [s for s in sorted(sessions, key=sort_key) if s.for_everyone or s.guid in chosen]
