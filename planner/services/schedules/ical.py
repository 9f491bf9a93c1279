"""Read a programme published as an iCalendar (.ics) file, as Indico, Sched and many small
conferences publish theirs: each VEVENT is a session.

UID is the session's identity, LOCATION its room, CATEGORIES its track, ATTENDEE names its
speakers. A repeating event (RRULE, RDATE) becomes one session per run; an all-day event has
no time in the timetable and is counted in the import's remarks instead; a cancelled one is
left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rruleset, rrulestr
from PySide6.QtCore import QCoreApplication

from planner.domain.programme import ConferenceInfo
from planner.services.schedules.common import (
    MAX_EVENTS,
    ScheduleError,
    check_count,
    checked_zone,
    failure,
    kind_for,
    later,
    optional,
    utf8_text,
)
from planner.services.schedules.draft import Draft, DraftEvent

# A fold is a line break followed by a space or tab (RFC 5545, 3.1). It may fall inside a
# UTF-8 character, so lines are unfolded before the text is decoded.
_FOLD = re.compile(rb"\r?\n[ \t]")


def read_icalendar(path: Path, data: bytes) -> Draft:
    unfolded = _FOLD.sub(b"", data)
    text = utf8_text(path, unfolded)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, TypeError) as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} cannot be read as an iCalendar file ({reason}); "
                "export the programme again.",
            ).format(file=path.name, reason=str(error).splitlines()[0][:120])
        ) from error
    reader = _Reader(path)
    events = list(reader.events(calendar))
    zone = checked_zone(path, optional(calendar.get("X-WR-TIMEZONE"))) or _common_zone(events)
    return Draft(
        path=path,
        title=optional(calendar.get("X-WR-CALNAME")) or optional(calendar.get("NAME")) or path.stem,
        key=None,
        zone=zone,
        events=events,
        info=ConferenceInfo(description=optional(calendar.get("X-WR-CALDESC")) or ""),
        remarks=reader.remarks(),
    )


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.all_day = 0
        self.cancelled = 0

    def fail(self, where: str, template: str, **values: object) -> ScheduleError:
        return failure(self.path, where, template, **values)

    def events(self, calendar: icalendar.Calendar) -> Iterator[DraftEvent]:
        components = calendar.walk("VEVENT")
        check_count(self.path, len(components))
        made = 0
        for index, component in enumerate(components):
            uid = optional(component.get("UID"))
            where = f"VEVENT[{index}]" + (f" (UID {uid})" if uid else "")
            if str(component.get("STATUS", "")).upper() == "CANCELLED":
                self.cancelled += 1
                continue
            start = self.time(component, "DTSTART", where)
            if start is None:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import", "{file}, {where}: DTSTART is missing, so the event has no time."
                    ),
                )
            if not isinstance(start, datetime):
                self.all_day += 1
                continue
            length = self.length(component, start, where)
            for run in self.runs(component, start, where):
                made += 1
                check_count(self.path, made)
                yield self.event(component, where, uid, run, length)

    def event(
        self,
        component: Any,
        where: str,
        uid: str | None,
        start: datetime,
        length: timedelta | None,
    ) -> DraftEvent:
        title = optional(component.get("SUMMARY"))
        if title is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: SUMMARY, the event's title, is missing or empty."
                ),
            )
        categories = _categories(component)
        return DraftEvent(
            where=where,
            guid=uid,
            ident=None,
            title=title,
            start=start,
            end=later(start, length) if length is not None else None,
            kind=kind_for(" ".join(categories)),
            track=categories[0] if categories else None,
            room=optional(component.get("LOCATION")),
            speakers=_attendees(component),
            description=optional(component.get("DESCRIPTION")),
            url=optional(component.get("URL")),
        )

    def time(self, component: Any, name: str, where: str) -> date | None:
        value = component.get(name)
        if value is None:
            return None
        try:
            moment = value.dt
        except (AttributeError, ValueError) as error:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: {field} is not a date and time."
                ),
                field=name,
            ) from error
        if not isinstance(moment, date):
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: {field} is not a date and time."
                ),
                field=name,
            )
        return moment

    def length(self, component: Any, start: datetime, where: str) -> timedelta | None:
        end = self.time(component, "DTEND", where)
        if isinstance(end, datetime):
            if (end.tzinfo is None) != (start.tzinfo is None):
                end = end.replace(tzinfo=start.tzinfo)
            return end - start
        given = component.get("DURATION")
        if given is not None and isinstance(getattr(given, "dt", None), timedelta):
            length: timedelta = given.dt
            return length
        return None

    def runs(self, component: Any, start: datetime, where: str) -> list[datetime]:
        """The event's start, or each start of a repeating event."""
        if component.get("RRULE") is None and component.get("RDATE") is None:
            return [start]
        rules = rruleset()
        try:
            for rule in _as_list(component.get("RRULE")):
                rules.rrule(rrulestr(rule.to_ical().decode(), dtstart=start))  # type: ignore[arg-type]
            for dates in _as_list(component.get("RDATE")):
                for value in dates.dts:
                    rules.rdate(value.dt)
            for dates in _as_list(component.get("EXDATE")):
                for value in dates.dts:
                    rules.exdate(value.dt)
            runs: list[datetime] = []
            for run in rules:
                runs.append(run)
                if len(runs) > MAX_EVENTS:
                    break
        except (ValueError, TypeError, OverflowError) as error:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    "{file}, {where}: the event repeats in a way the planner cannot follow "
                    "({reason}); export the programme with each session as its own event.",
                ),
                reason=str(error)[:120],
            ) from error
        if len(runs) > MAX_EVENTS:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    "{file}, {where}: the event repeats without end, which no session of a "
                    "programme does; export the programme with each session as its own event.",
                ),
            )
        return runs or [start]

    def remarks(self) -> list[str]:
        found = []
        if self.all_day:
            found.append(
                QCoreApplication.translate(
                    "Import",
                    "All-day events, which have no time in the timetable and were left out: "
                    "{count}.",
                ).format(count=self.all_day)
            )
        if self.cancelled:
            found.append(
                QCoreApplication.translate(
                    "Import", "Events marked as cancelled, which were left out: {count}."
                ).format(count=self.cancelled)
            )
        return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _categories(component: Any) -> list[str]:
    names: list[str] = []
    for value in _as_list(component.get("CATEGORIES")):
        names += [str(c).strip() for c in getattr(value, "cats", [value]) if str(c).strip()]
    return names


def _attendees(component: Any) -> tuple[str, ...]:
    names = []
    for attendee in _as_list(component.get("ATTENDEE")):
        name = optional(getattr(attendee, "params", {}).get("CN"))
        if name:
            names.append(name)
    return tuple(names)


def _common_zone(events: list[DraftEvent]) -> str | None:
    """The IANA zone every event's start is given in, if they share one."""
    zones = {getattr(e.start.tzinfo, "key", None) for e in events}
    if len(zones) == 1:
        (zone,) = zones
        if isinstance(zone, str) and zone != "UTC":
            try:
                ZoneInfo(zone)
            except (ValueError, KeyError):
                return None
            return zone
    return None
