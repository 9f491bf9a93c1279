"""A day of the programme laid out as a grid, in rooms and time, with no drawing in it.

Columns are the rooms in the programme's order (without rooms, the positions of sessions that
start together: the themes). Sessions that run at once in one room stand side by side in that
room's *lanes*, never in a neighbour's column. An *aligned* day, made only of slots and items
for everyone, is a stack of bands (rows); any other day is a time axis on which each session
sits where its time is. Positions here are lanes and minutes; the view turns them into pixels.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Literal, NamedTuple

from planner.domain.programme import Session

Move = Literal["left", "right", "up", "down", "home", "end", "first", "last", "next", "previous"]
HALF_HOUR = timedelta(minutes=30)


class Room(NamedTuple):
    """A column: a room, or (`name` None) a position among roomless parallel sessions."""

    name: str | None
    column: int
    first_lane: int
    lanes: int


class Place(NamedTuple):
    """Where a session is drawn: lanes `lane` to `lane + lanes - 1`, from `start` to `end`."""

    lane: int
    lanes: int
    start: datetime
    # As drawn: never less than the grid's shortest length after the start.
    end: datetime
    # Its band in an aligned day; -1 on a time axis.
    band: int = -1


class Band(NamedTuple):
    """A row of an aligned day: the sessions that start at `start`."""

    start: datetime
    # The latest end the programme gives, None when it gives none.
    end: datetime | None
    guids: tuple[str, ...]


class Tick(NamedTuple):
    """A mark of the time ruler, on the conference's clock."""

    moment: datetime
    minutes: float
    hour: bool


def drawn_end(session: Session, shortest: timedelta) -> datetime:
    return max(session.end_or_assumed, session.start + shortest)


def is_aligned(sessions: Iterable[Session]) -> bool:
    """Whether a day is a stack of bands: every session in a slot or for everyone, and each
    group of sessions that start together over before the next group starts."""
    groups: dict[datetime, list[Session]] = {}
    for session in sessions:
        if session.slot is None and not session.for_everyone:
            return False
        groups.setdefault(session.start, []).append(session)
    previous_end: datetime | None = None
    for start in sorted(groups):
        if previous_end is not None and start < previous_end:
            return False
        previous_end = max(s.end_or_assumed for s in groups[start])
    return True


class TimeAxis:
    """A day's time from its first half hour to its last, as minutes from the start."""

    def __init__(self, sessions: Sequence[Session], shortest: timedelta = timedelta()) -> None:
        ordered = sorted(sessions, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        if ordered:
            first = ordered[0].start
            last = max(drawn_end(s, shortest) for s in ordered)
        else:
            first = last = datetime(2000, 1, 1)
        self.start = _floor_half_hour(first)
        end = _floor_half_hour(last)
        if end < last:
            end += HALF_HOUR
        self.end = max(end, self.start + HALF_HOUR)

    @property
    def length(self) -> float:
        return self.minutes(self.end)

    def minutes(self, moment: datetime) -> float:
        return (moment - self.start).total_seconds() / 60

    def at(self, minutes: float) -> datetime:
        return self.start + timedelta(minutes=minutes)

    def ticks(self) -> list[Tick]:
        """A tick every half hour, each on the clock the sessions around it show."""
        found = []
        moment = self.start
        while moment <= self.end:
            local = self.local(moment)
            found.append(Tick(local, self.minutes(moment), local.minute == 0))
            moment += HALF_HOUR
        return found

    def local(self, moment: datetime) -> datetime:
        """`moment` on the clock of the session that starts last before it (its offset)."""
        if moment.tzinfo is None or not self._starts:
            return moment
        before = max(0, bisect_right(self._starts, moment) - 1)
        return moment.astimezone(self._starts[before].tzinfo)


def _floor_half_hour(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 30, second=0, microsecond=0)


class Grid:
    """The places of the sessions shown on one day.

    `aligned` lays them out in bands; otherwise by time. An item for everyone with nothing
    else at its time spans every lane; every other session stays in its room's column. A
    session takes the lanes of its room that are free for the whole of its time.
    """

    def __init__(
        self, sessions: Iterable[Session], *, aligned: bool, shortest: timedelta = timedelta()
    ) -> None:
        self.aligned = aligned
        shown = sorted(sessions, key=lambda s: (s.start, s.column, s.guid))
        ends = {s.guid: drawn_end(s, shortest) for s in shown}
        alone = _alone(shown, ends)
        spanning = [s for s in shown if s.for_everyone and s.guid in alone]
        in_rooms = [s for s in shown if not (s.for_everyone and s.guid in alone)]
        self.rooms, lane_of = _rooms(in_rooms, ends)
        self.lanes = max(1, sum(room.lanes for room in self.rooms))
        bands = _bands(shown) if aligned else []
        band_of = {guid: number for number, band in enumerate(bands) for guid in band.guids}
        self.bands: tuple[Band, ...] = tuple(bands)
        self.places: dict[str, Place] = {}
        for session in spanning:
            self.places[session.guid] = Place(
                0, self.lanes, session.start, ends[session.guid], band_of.get(session.guid, -1)
            )
        for session in in_rooms:
            lane, lanes = lane_of[session.guid]
            self.places[session.guid] = Place(
                lane, lanes, session.start, ends[session.guid], band_of.get(session.guid, -1)
            )
        # Each lane's sessions in time order; within a lane they never overlap.
        self.lane_guids: list[list[str]] = [[] for _ in range(self.lanes)]
        for session in shown:
            place = self.places[session.guid]
            for lane in range(place.lane, place.lane + place.lanes):
                self.lane_guids[lane].append(session.guid)
        self._lane_starts = [[self.places[g].start for g in guids] for guids in self.lane_guids]
        self._order = [s.guid for s in shown]

    def at(self, lane: int, moment: datetime) -> str | None:
        """The session in `lane` that runs at `moment`, else the one starting nearest to it."""
        if not 0 <= lane < self.lanes or not self.lane_guids[lane]:
            return None
        guids, starts = self.lane_guids[lane], self._lane_starts[lane]
        after = bisect_right(starts, moment)
        if after > 0 and self.places[guids[after - 1]].end > moment:
            return guids[after - 1]
        candidates = [n for n in (after - 1, after) if 0 <= n < len(guids)]
        nearest = min(candidates, key=lambda n: (abs(starts[n] - moment), -n))
        return guids[nearest]

    def move(self, guid: str | None, move: Move, lane: int | None = None) -> tuple[str, int] | None:
        """Where a key takes the cursor from `guid`, and along which lane; None where there is
        nowhere to go. From no session (or one not shown) every key goes to the first.

        `lane` is the lane the cursor came along (a wide item covers several): up and down
        keep to it, so that passing a break returns to the column one started in.
        """
        place = self.places.get(guid) if guid is not None else None
        if place is None or guid is None:
            return self._arrive(self._order[0]) if self._order else None
        if lane is None or not place.lane <= lane < place.lane + place.lanes:
            lane = place.lane
        if move in ("up", "down"):
            guids = self.lane_guids[lane]
            number = guids.index(guid) + (1 if move == "down" else -1)
            return (guids[number], lane) if 0 <= number < len(guids) else None
        if move in ("next", "previous"):
            number = self._order.index(guid) + (1 if move == "next" else -1)
            return self._arrive(self._order[number]) if 0 <= number < len(self._order) else None
        if move in ("first", "last"):
            return self._arrive(self._order[0 if move == "first" else -1])
        after = range(place.lane + place.lanes, self.lanes)
        before = range(place.lane - 1, -1, -1)
        lanes = {"right": after, "left": before, "home": before[::-1], "end": after[::-1]}[move]
        for target in lanes:
            found = self.at(target, place.start)
            if found is not None and found != guid:
                return found, target
        return None

    def _arrive(self, guid: str) -> tuple[str, int]:
        return guid, self.places[guid].lane


def _alone(shown: Sequence[Session], ends: dict[str, datetime]) -> set[str]:
    """The items for everyone that nothing else shown overlaps, as drawn."""
    longest = max((ends[s.guid] - s.start for s in shown), default=timedelta())
    starts = [s.start for s in shown]
    alone = set()
    for session in (s for s in shown if s.for_everyone):
        first = bisect_left(starts, session.start - longest)
        last = bisect_left(starts, ends[session.guid])
        if not any(
            other.guid != session.guid
            and other.start < ends[session.guid]
            and session.start < ends[other.guid]
            for other in shown[first:last]
        ):
            alone.add(session.guid)
    return alone


def _rooms(
    sessions: Sequence[Session], ends: dict[str, datetime]
) -> tuple[tuple[Room, ...], dict[str, tuple[int, int]]]:
    """The rooms in use, in the programme's order, and each session's first lane and width."""
    by_room: dict[tuple[int, bool, str], list[Session]] = {}
    for session in sessions:
        key = (session.column, session.room is None, session.room or "")
        by_room.setdefault(key, []).append(session)
    rooms: list[Room] = []
    lane_of: dict[str, tuple[int, int]] = {}
    first_lane = 0
    for key in sorted(by_room):
        lanes = _lanes(by_room[key], ends)
        starts = [[s.start for s in lane] for lane in lanes]
        for lane_number, members in enumerate(lanes):
            for session in members:
                wide = _free_lanes(session, lanes, starts, lane_number, ends)
                lane_of[session.guid] = (first_lane + lane_number, wide)
        rooms.append(Room(by_room[key][0].room, key[0], first_lane, len(lanes)))
        first_lane += len(lanes)
    return tuple(rooms), lane_of


def _lanes(sessions: Sequence[Session], ends: dict[str, datetime]) -> list[list[Session]]:
    """One room's sessions in as few lanes as hold them without overlap, earliest first."""
    lanes: list[list[Session]] = []
    # The longer of two sessions that start together takes the left lane.
    for session in sorted(sessions, key=lambda s: (s.start, s.start - ends[s.guid], s.guid)):
        home = next((lane for lane in lanes if ends[lane[-1].guid] <= session.start), None)
        if home is None:
            lanes.append([session])
        else:
            home.append(session)
    return lanes


def _free_lanes(
    session: Session,
    lanes: list[list[Session]],
    starts: list[list[datetime]],
    lane: int,
    ends: dict[str, datetime],
) -> int:
    """How many lanes, from its own rightwards, are free for the whole of its time."""
    wide = 1
    for other, other_starts in zip(lanes[lane + 1 :], starts[lane + 1 :], strict=True):
        before = bisect_left(other_starts, ends[session.guid]) - 1
        if before >= 0 and ends[other[before].guid] > session.start:
            break
        wide += 1
    return wide


def _bands(shown: Sequence[Session]) -> list[Band]:
    groups: dict[datetime, list[Session]] = {}
    for session in shown:
        groups.setdefault(session.start, []).append(session)
    bands = []
    for start in sorted(groups):
        members = groups[start]
        given = [s.end for s in members if s.end is not None]
        bands.append(Band(start, max(given) if given else None, tuple(s.guid for s in members)))
    return bands
