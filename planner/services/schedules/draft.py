"""What every reader hands on, and the rules that make a programme of it whatever the format.

Readers only read: a `Draft` holds the conference and its events as the file gives them (times
with or without offsets, guids that may be missing or repeated, text as written). `finish`
applies what is the same for every format: time zones and instants, identities, conference
days, checks of values, safe text, rooms' order, slots and themes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, ConferenceInfo, Kind, Programme, Session, arrange
from planner.domain.zones import on_clock, wall_clock_instant
from planner.services.schedules.common import (
    LONGEST,
    YEARS,
    ScheduleError,
    check_count,
    failure,
)
from planner.services.schedules.text import clean, plain

# Where a file gives no day change, an event before this still belongs to the day before it
# is listed under (a night session of a congress).
NIGHT_ENDS = time(6)


@dataclass
class DraftEvent:
    # Where the event is in the file, for messages: `day[0].room["Saal 1"].event[3]`.
    where: str
    guid: str | None
    # The format's own id of the event, its identity where it has no guid.
    ident: str | None
    title: str
    start: datetime
    end: datetime | None
    kind: Kind = "session"
    track: str | None = None
    room: str | None = None
    subtitle: str | None = None
    speakers: tuple[str, ...] = ()
    abstract: str | None = None
    description: str | None = None
    url: str | None = None
    english: tuple[tuple[str, str], ...] = ()
    # The day element the event is listed under, where the format nests events in days.
    listed_day: date | None = None


@dataclass
class DraftDay:
    date: date
    start: datetime | None = None
    end: datetime | None = None


@dataclass
class Draft:
    path: Path
    title: str
    key: str | None
    zone: str | None
    events: list[DraftEvent]
    days: list[DraftDay] = field(default_factory=list)
    # Room names in the order the file lists them: the grid's columns.
    rooms: list[str] = field(default_factory=list)
    # When a day of the file ends on the clock ("04:00": events before it belong to the day
    # before), where the file says.
    day_change: time | None = None
    info: ConferenceInfo = field(default_factory=ConferenceInfo)
    title_en: str | None = None
    info_en: ConferenceInfo | None = None
    # What the reader left out or put right, for the import's report.
    remarks: list[str] = field(default_factory=list)


def finish(draft: Draft, timezone: str | None = None) -> Programme:
    """The programme the draft describes. `timezone` is the zone the user names for a file
    that names none. Raises ScheduleError naming the event and field of a bad value."""
    path = draft.path
    if not draft.events:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} holds no session, so there is nothing to plan; "
                "choose the file of the programme itself.",
            ).format(file=path.name)
        )
    check_count(path, len(draft.events))
    zone_name = draft.zone or timezone
    zone = ZoneInfo(zone_name) if zone_name else None
    texts = _Texts()
    events = [_checked(path, event, zone, texts) for event in draft.events]
    if zone is None and len({e.start.tzinfo is None for e in events}) > 1:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} gives some times with a UTC offset and some without, and names no "
                "time zone; import it again naming the zone (--timezone, or in the import "
                "dialog).",
            ).format(file=path.name)
        )
    days = [_day(d, zone) for d in draft.days]
    remarks = [*draft.remarks, *texts.remarks()]
    identities = _identities(events, remarks)
    rooms = _room_order([*draft.rooms, *(e.room for e in events if e.room)])
    roomless: Counter[datetime] = Counter()
    sessions = []
    for event, guid in zip(events, identities, strict=True):
        if event.room is not None:
            column = rooms[event.room]
        else:
            column = roomless[event.start]
            roomless[event.start] += 1
        sessions.append(
            Session(
                guid=guid,
                day=_conference_day(event, days, draft.day_change),
                start=event.start,
                end=event.end,
                title=event.title,
                kind=event.kind,
                track=event.track,
                room=event.room,
                subtitle=event.subtitle,
                speakers=event.speakers,
                abstract=event.abstract,
                description=event.description,
                url=event.url,
                column=column,
                english=event.english,
            )
        )
    title = texts.text(draft.title) or path.stem
    first_day = min(s.day for s in sessions)
    conference = Conference(
        key=draft.key or _key_of(title, first_day),
        title=title,
        timezone=zone_name,
        days=tuple(sorted({s.day for s in sessions} | {d for d, _, _ in days})),
        info=draft.info,
        title_en=draft.title_en,
        info_en=draft.info_en,
    )
    return Programme(conference, tuple(arrange(sessions)), remarks=tuple(remarks))


class _Texts:
    """Cleans every text of the file, counting those that held unsafe characters."""

    def __init__(self) -> None:
        self.cleaned = 0

    def text(self, value: str | None) -> str | None:
        if value is None:
            return None
        text, changed = clean(value)
        self.cleaned += changed
        return text.strip() or None

    def remarks(self) -> list[str]:
        if not self.cleaned:
            return []
        return [
            QCoreApplication.translate(
                "Import",
                "Texts with control or direction-override characters, which were removed: {count}.",
            ).format(count=self.cleaned)
        ]


def _checked(path: Path, event: DraftEvent, zone: tzinfo | None, texts: _Texts) -> DraftEvent:
    """The event with its times as instants and its texts safe, or ScheduleError."""

    def bad(template: str, **values: object) -> ScheduleError:
        return failure(path, event.where, template, **values)

    for name, value in (("start", event.start), ("end", event.end)):
        if value is not None and value.year not in YEARS:
            raise bad(
                QCoreApplication.translate(
                    "Import",
                    "{file}, {where}: the {field} is in the year {year}, which no programme "
                    "is in; correct the file.",
                ),
                field=name,
                year=value.year,
            )
    start = _instant(event.start, zone)
    end = _instant(event.end, zone) if event.end is not None else None
    if end is not None and (start.tzinfo is None) != (end.tzinfo is None):
        end = end.replace(tzinfo=None) if start.tzinfo is None else end.replace(tzinfo=start.tzinfo)
    if end is not None and end < start:
        raise bad(
            QCoreApplication.translate(
                "Import",
                "{file}, {where}: the event ends ({end}) before it starts ({start}); "
                "correct its end or duration.",
            ),
            start=f"{start:%Y-%m-%d %H:%M}",
            end=f"{end:%Y-%m-%d %H:%M}",
        )
    if end is not None and end - start > LONGEST:
        raise bad(
            QCoreApplication.translate(
                "Import",
                "{file}, {where}: the event lasts {hours} hours, longer than a day, which no "
                "session of a programme does; correct its end or duration.",
            ),
            hours=int((end - start) / timedelta(hours=1)),
        )
    title = texts.text(event.title)
    if title is None:
        raise bad(QCoreApplication.translate("Import", "{file}, {where}: the title is empty."))
    description = texts.text(event.description)
    abstract = texts.text(event.abstract)
    return dataclasses.replace(
        event,
        start=start,
        end=end,
        title=title,
        track=texts.text(event.track),
        room=texts.text(event.room),
        subtitle=texts.text(event.subtitle),
        speakers=tuple(s for s in (texts.text(name) for name in event.speakers) if s),
        abstract=plain(abstract) if abstract else None,
        description=plain(description) if description else None,
        # A link is only ever a web address the user may open: nothing else is kept.
        url=event.url if event.url and event.url.startswith(("https://", "http://")) else None,
        english=tuple((k, t) for k, t in ((k, texts.text(v)) for k, v in event.english) if t),
    )


def _instant(moment: datetime, zone: tzinfo | None) -> datetime:
    """A time of the file as the planner keeps it: an instant shown on the conference's
    clock, at its own offset where no zone is named, or floating where it has no offset."""
    try:
        if moment.tzinfo is not None:
            return on_clock(moment, zone)
        return wall_clock_instant(moment, zone) if zone is not None else moment
    except OverflowError:
        return moment  # at the edge of the calendar: the year check refuses it


def _day(day: DraftDay, zone: tzinfo | None) -> tuple[date, datetime | None, datetime | None]:
    """A day of the file: its date is the local date its start has, where it gives a start
    (an export's `date` attribute may be in UTC and lag the local date of its events)."""
    start = _instant(day.start, zone) if day.start is not None else None
    end = _instant(day.end, zone) if day.end is not None else None
    return (start.date() if start is not None else day.date), start, end


def _conference_day(
    event: DraftEvent,
    days: list[tuple[date, datetime | None, datetime | None]],
    day_change: time | None,
) -> date:
    """The conference day an event belongs to: the day whose start and end contain it, else
    the day it is listed under when its own date is that day (or the next, before the day
    changes), else its own date."""
    for day, start, end in days:
        if start is not None and end is not None and _compare(start, event.start, end):
            return day
    local = event.start
    night = local.time() < (day_change or NIGHT_ENDS)
    if event.listed_day is not None and (
        local.date() == event.listed_day
        or (local.date() == event.listed_day + timedelta(days=1) and night)
    ):
        return event.listed_day
    if day_change is not None and night:
        return local.date() - timedelta(days=1)
    return local.date()


def _compare(start: datetime, moment: datetime, end: datetime) -> bool:
    try:
        return start <= moment < end
    except TypeError:  # floating events and zoned days: the day's own date decides
        return start.date() == moment.date()


def _identities(events: list[DraftEvent], remarks: list[str]) -> list[str]:
    """Each event's stable identity: its guid, else its id within the conference, else its
    title and time. An identity several events share (a workshop repeated under one guid)
    gets the run's start added, so that each run is a session of its own."""
    base = [e.guid or e.ident or _derived(e.title, e.start) for e in events]
    counts = Counter(base)
    derived = sum(1 for e in events if not (e.guid or e.ident))
    if derived:
        remarks.append(
            QCoreApplication.translate(
                "Import",
                "Events without a guid or an id, which later versions of the file are "
                "matched to by title and time: {count}.",
            ).format(count=derived)
        )
    identities = [
        f"{identity}@{event.start:%Y-%m-%dT%H:%M}" if counts[identity] > 1 else identity
        for event, identity in zip(events, base, strict=True)
    ]
    for repeated, count in sorted(counts.items()):
        if count > 1:
            remarks.append(
                QCoreApplication.translate(
                    "Import",
                    "The identity {guid} is given to {count} events; each is kept as a "
                    "session of its own.",
                ).format(guid=repeated, count=count)
            )
    still = Counter(identities)
    return [
        f"{identity}#{n}" if still[identity] > 1 else identity
        for n, identity in enumerate(identities)
    ]


def _derived(title: str, start: datetime) -> str:
    digest = hashlib.sha256(f"{title}\x00{start.isoformat()}".encode()).hexdigest()
    return f"derived-{digest[:24]}"


def _room_order(names: list[str]) -> dict[str, int]:
    order: dict[str, int] = {}
    for name in names:
        text = clean(name)[0].strip()
        if text:
            order.setdefault(text, len(order))
    return order


def _key_of(title: str, first_day: date) -> str:
    """A key for a conference whose file names no acronym: its title and first day."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "conference"
    return f"{slug[:40]}-{first_day.isoformat()}"
