"""Read a programme in the frab/pretalx/Pentabarf `schedule.xml` format (FOSDEM, CCC).

The XML is parsed with defusedxml: no DTDs, no entity expansion, no external entities, so a
hostile file can neither blow up in memory nor make the planner read other files. Parsing is
lenient: unknown elements are ignored, optional ones may be missing, and blank lines before the
`<?xml` declaration are accepted.

Events may be listed under `<day>/<room>` (frab, pretalx, FOSDEM) or directly under `<day>`
with a `<room>` of their own (Pentabarf's older exports); their time is `<date>` where given,
else the day's date and their `<start>` clock time. A Pentabarf day runs past midnight (its
`day_change`), so an event at 00:30 may belong to the day before.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml import ElementTree as SafeElementTree
from PySide6.QtCore import QCoreApplication

from planner.domain.programme import ConferenceInfo
from planner.services.schedules.common import (
    ScheduleError,
    check_count,
    checked_zone,
    duration,
    failure,
    kind_for,
    later,
    moment,
    optional,
)
from planner.services.schedules.draft import Draft, DraftDay, DraftEvent


def read_schedule_xml(path: Path, text: str) -> Draft:
    root = _parse(path, text)
    if root.tag != "schedule":
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} is XML but not a schedule.xml: its root element is <{tag}>, "
                "not <schedule>; export the programme as schedule.xml and try again.",
            ).format(file=path.name, tag=root.tag)
        )
    return _Reader(path).draft(root)


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

    def draft(self, root: Element) -> Draft:
        conference = root.find("conference")
        if conference is None:
            raise self.fail(
                "schedule",
                QCoreApplication.translate("Import", "{file}, {where}: <conference> is missing."),
            )
        day_elements = root.findall("day")
        if not day_elements:
            raise self.fail(
                "schedule",
                QCoreApplication.translate(
                    "Import", "{file}, {where}: there is no <day> element, so no programme."
                ),
            )
        check_count(self.path, sum(1 for _ in root.iter("event")))
        day_change = _clock(conference.findtext("day_change"))
        rooms = [str(room.get("name") or "") for room in root.iterfind("rooms/room")]
        days: list[DraftDay] = []
        events: list[DraftEvent] = []
        placed: set[int] = set()
        for day_index, day in enumerate(day_elements):
            where = f"day[{day_index}]"
            draft_day = self.day(day, where)
            days.append(draft_day)
            listed: list[tuple[str | None, str, list[Element]]] = [
                (None, f"{where}.event", day.findall("event"))
            ]
            for room_index, room in enumerate(day.iterfind("room")):
                name = optional(room.get("name"))
                rooms.append(name or "")
                room_where = f'{where}.room["{name}"]' if name else f"{where}.room[{room_index}]"
                listed.append((name, f"{room_where}.event", room.findall("event")))
            for room_name, prefix, elements in listed:
                for event_index, event in enumerate(elements):
                    placed.add(id(event))
                    event_where = f"{prefix}[{event_index}]"
                    if event.get("id"):
                        event_where += f" (id {event.get('id')})"
                    events.append(self.event(event, event_where, draft_day, day_change, room_name))
        self.check_all_placed(root, placed)
        venue = ", ".join(
            text
            for text in (
                optional(conference.findtext("venue")),
                optional(conference.findtext("city")),
            )
            if text
        )
        return Draft(
            path=self.path,
            title=optional(conference.findtext("title")) or self.path.stem,
            key=optional(conference.findtext("acronym")),
            zone=checked_zone(self.path, optional(conference.findtext("time_zone_name"))),
            events=events,
            days=days,
            rooms=rooms,
            day_change=day_change,
            info=ConferenceInfo(
                description=optional(conference.findtext("description")) or "",
                venue=venue,
            ),
        )

    def check_all_placed(self, root: Element, placed: set[int]) -> None:
        """An event outside any day has no date: the file is refused rather than the event
        silently dropped."""
        for event in root.iter("event"):
            if id(event) not in placed:
                raise self.fail(
                    f"event (id {event.get('id')})" if event.get("id") else "event",
                    QCoreApplication.translate(
                        "Import",
                        "{file}, {where}: the event “{title}” is not inside a <day>, so it has "
                        "no date; export the schedule again.",
                    ),
                    title=optional(event.findtext("title")) or "?",
                )

    def day(self, day: Element, where: str) -> DraftDay:
        try:
            date = dt.date.fromisoformat(str(day.get("date")).strip())
        except ValueError:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    '{file}, {where}: the "date" attribute must be a date like 2025-02-01.',
                ),
            ) from None
        return DraftDay(
            date, moment(str(day.get("start") or "")), moment(str(day.get("end") or ""))
        )

    def event(
        self,
        event: Element,
        where: str,
        day: DraftDay,
        day_change: dt.time | None,
        room: str | None,
    ) -> DraftEvent:
        title = self.text(event, "title", where)
        start = self.start(event, where, day, day_change)
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
            end = later(start, length)
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
        return DraftEvent(
            where=where,
            guid=optional(event.get("guid")),
            ident=optional(event.get("id")),
            title=title,
            start=start,
            end=end,
            kind=kind_for(event.findtext("type")),
            track=optional(event.findtext("track")),
            room=optional(event.findtext("room")) or room,
            subtitle=optional(event.findtext("subtitle")),
            speakers=speakers,
            abstract=optional(event.findtext("abstract")),
            description=optional(event.findtext("description")),
            url=optional(event.findtext("url")),
            listed_day=day.date,
        )

    def start(
        self, event: Element, where: str, day: DraftDay, day_change: dt.time | None
    ) -> datetime:
        given = optional(event.findtext("date"))
        if given is not None:
            begins = moment(given)
            if begins is None:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        "{file}, {where}: <date> must be a date and time "
                        'like 2025-02-01T10:30:00+01:00, not "{given}".',
                    ),
                    given=given,
                )
            return begins
        # No <date>: the day's date and the <start> clock time.
        clock = _clock(event.findtext("start"))
        if clock is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    "{file}, {where}: <date> and <start> are missing, so the event has no time.",
                ),
            )
        begins = datetime.combine(day.date, clock)
        if day.start is not None and day.start.tzinfo is not None:
            # The day gives its offset: a clock time of that day is at the same offset.
            begins = begins.replace(tzinfo=day.start.tzinfo)
        day_begins = day.start.time() if day.start is not None else day_change
        if day_begins is not None and clock < day_begins:
            begins += timedelta(days=1)  # after midnight, still on this day of the conference
        return begins


def _clock(text: str | None) -> dt.time | None:
    """A clock time like 09:00 or 09:00:00, or None when `text` is not one."""
    length = duration(text or "")
    if length is None or length >= timedelta(days=1):
        return None
    return (datetime.min + length).time()
