"""Read a programme in the frab/pretalx/Pentabarf `schedule.xml` format (FOSDEM, CCC).

The XML is parsed with defusedxml: no DTDs, no entity expansion, no external entities, so a
hostile file can neither blow up in memory nor make the planner read other files. Parsing is
lenient: unknown elements are ignored, optional ones may be missing, and blank lines before the
`<?xml` declaration are accepted.

Sessions belong to the `<day>` element they are in, not to their calendar date: a Pentabarf day
runs past midnight (its `day_change`), so an event at 00:30 may belong to the day before.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml import ElementTree as SafeElementTree
from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, ConferenceInfo, Programme, Session, arrange
from planner.services.schedule_common import (
    ScheduleError,
    check_count,
    checked_zone,
    duration,
    failure,
    finished,
    instant,
    kind_for,
    optional,
    room_order,
)


def read_schedule_xml(path: Path, text: str) -> Programme:
    root = _parse(path, text)
    if root.tag != "schedule":
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} is XML but not a schedule.xml: its root element is <{tag}>, "
                "not <schedule>; export the programme as schedule.xml and try again.",
            ).format(file=path.name, tag=root.tag)
        )
    return _Reader(path).programme(root)


def _parse(path: Path, text: str) -> Element:
    # Some exports start with blank lines before `<?xml`, which XML itself does not allow.
    body = text.lstrip()
    skipped = text[: len(text) - len(body)].count("\n")
    try:
        return SafeElementTree.fromstring(
            body, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file}, line {line}, column {column}: the XML cannot be read ({reason}); "
                "export the schedule again.",
            ).format(file=path.name, line=line + skipped, column=column + 1, reason=reason)
        ) from None
    except (DTDForbidden, EntitiesForbidden) as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file}: the file declares a document type or entities, which the planner "
                "does not read because they can hide an XML bomb or read other files; export "
                "the schedule again without them.",
            ).format(file=path.name)
        ) from error
    except DefusedXmlException as error:  # external references and whatever defusedxml adds
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file}: the file refers to external content, which the planner does not "
                "read; export the schedule again without it.",
            ).format(file=path.name)
        ) from error


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.zone_name: str | None = None

    def fail(self, where: str, template: str, **values: object) -> ScheduleError:
        """`template`: a translated sentence with {file}, {where} and `values` placeholders."""
        return failure(self.path, where, template, **values)

    def text(self, parent: Element, tag: str, where: str) -> str:
        value = optional(parent.findtext(tag))
        if value is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: <{tag}> is missing or empty."
                ),
                tag=tag,
            )
        return value

    def programme(self, root: Element) -> Programme:
        conference = root.find("conference")
        if conference is None:
            raise self.fail(
                "schedule",
                QCoreApplication.translate("Import", "{file}, {where}: <conference> is missing."),
            )
        key = self.text(conference, "acronym", "conference")
        title = self.text(conference, "title", "conference")
        self.zone_name = checked_zone(self.path, optional(conference.findtext("time_zone_name")))
        day_change = _clock(conference.findtext("day_change"))
        day_elements = root.findall("day")
        if not day_elements:
            raise self.fail(
                "schedule",
                QCoreApplication.translate(
                    "Import", "{file}, {where}: there is no <day> element, so no programme."
                ),
            )
        check_count(self.path, sum(1 for _ in root.iter("event")))
        rooms = room_order(
            [str(room.get("name") or "") for room in root.iterfind("rooms/room")]
            + [str(room.get("name") or "") for day in day_elements for room in day.iterfind("room")]
        )
        days: list[dt.date] = []
        sessions: list[Session] = []
        for day_index, day in enumerate(day_elements):
            where = f"day[{day_index}]"
            try:
                day_date = dt.date.fromisoformat(str(day.get("date")).strip())
            except ValueError:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        '{file}, {where}: the "date" attribute must be a date like 2025-02-01.',
                    ),
                ) from None
            days.append(day_date)
            begins = self.day_begins(day, day_date, day_change)
            for room_index, room in enumerate(day.iterfind("room")):
                name = optional(room.get("name"))
                room_where = f'{where}.room["{name}"]' if name else f"{where}.room[{room_index}]"
                for event_index, event in enumerate(room.iterfind("event")):
                    event_where = f"{room_where}.event[{event_index}]"
                    if event.get("id"):
                        event_where += f" (id {event.get('id')})"
                    sessions.append(self.session(event, event_where, day_date, begins, name))
        sessions = finished(self.path, sessions, rooms)
        venue = ", ".join(
            text
            for text in (
                optional(conference.findtext("venue")),
                optional(conference.findtext("city")),
            )
            if text
        )
        return Programme(
            Conference(
                key=key,
                title=title,
                timezone=self.zone_name,
                days=tuple(sorted(set(days))),
                info=ConferenceInfo(
                    description=optional(conference.findtext("description")) or "",
                    venue=venue,
                ),
            ),
            tuple(arrange(sessions)),
        )

    def day_begins(
        self, day: Element, day_date: dt.date, day_change: dt.time | None
    ) -> datetime | None:
        """When the day begins on the wall clock, where the file says; it may not."""
        start = day.get("start")
        if start:
            try:
                moment = datetime.fromisoformat(start.strip())
            except ValueError:
                moment = None
            if moment is not None:
                return instant(moment, self.zone_name)
        if day_change is not None:
            return instant(datetime.combine(day_date, day_change), self.zone_name)
        return None

    def session(
        self,
        event: Element,
        where: str,
        day: dt.date,
        day_begins: datetime | None,
        room: str | None,
    ) -> Session:
        guid = optional(event.get("guid"))
        if guid is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", '{file}, {where}: the "guid" attribute is missing or empty.'
                ),
            )
        title = self.text(event, "title", where)
        start = self.start(event, where, day, day_begins)
        given = optional(event.findtext("duration"))
        end = None  # the programme does not say when it ends
        if given is not None:
            length = duration(given)
            if length is None:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        "{file}, {where}: <duration> must be hours and minutes like 01:30, "
                        'not "{given}".',
                    ),
                    given=given,
                )
            end = start + length
        persons = event.find("persons")
        speakers = (
            tuple(
                name
                for name in (optional(person.text) for person in persons.iterfind("person"))
                if name
            )
            if persons is not None
            else ()
        )
        return Session(
            guid=guid,
            day=day,
            start=start,
            end=end,
            title=title,
            kind=kind_for(event.findtext("type")),
            track=optional(event.findtext("track")),
            room=optional(event.findtext("room")) or room,
            subtitle=optional(event.findtext("subtitle")),
            speakers=speakers,
            abstract=optional(event.findtext("abstract")),
            description=optional(event.findtext("description")),
            url=optional(event.findtext("url")),
        )

    def start(
        self, event: Element, where: str, day: dt.date, day_begins: datetime | None
    ) -> datetime:
        given = optional(event.findtext("date"))
        if given is not None:
            try:
                begins = datetime.fromisoformat(given)
            except ValueError:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        "{file}, {where}: <date> must be a date and time "
                        'like 2025-02-01T10:30:00+01:00, not "{given}".',
                    ),
                    given=given,
                ) from None
            return instant(begins, self.zone_name)
        # No <date>: the day's date and the <start> clock time, in the conference's zone.
        clock = _clock(event.findtext("start"))
        if clock is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    "{file}, {where}: <date> and <start> are missing, so the event has no time.",
                ),
            )
        wall = datetime.combine(day, clock)
        if self.zone_name is None and day_begins is not None and day_begins.tzinfo is not None:
            # A file that names no zone but gives the day's offset: the clock time is at it.
            wall = wall.replace(tzinfo=day_begins.tzinfo)
        if day_begins is not None and instant(wall, self.zone_name) < day_begins:
            wall += timedelta(days=1)  # after midnight, still on this day of the conference
        return instant(wall, self.zone_name)


def _clock(text: str | None) -> dt.time | None:
    """A clock time like 09:00 or 09:00:00, or None when `text` is not one."""
    length = duration(text or "")
    if length is None or length >= timedelta(days=1):
        return None
    return (datetime.min + length).time()
