"""Read a programme in the C3VOC `schedule.json` format (what pretalx and frab export).

Parsing is lenient: unknown keys are ignored and optional fields may be missing. Extra keys
written by this project: `title_en`, `subtitle_en` and `track_en` on events, and
`conference.meta.planner` for what the organisers say beyond the programme.
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import (
    Conference,
    ConferenceInfo,
    Programme,
    Session,
    Speaker,
    arrange,
)
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


def read_schedule_json(path: Path, text: str) -> Programme:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import", "{file}, line {line}: this is not valid JSON ({reason})."
            ).format(file=path.name, line=error.lineno, reason=error.msg)
        ) from error
    reader = _Reader(path)
    schedule = reader.mapping(document, "schedule", None)
    conference = reader.mapping(schedule, "conference", "schedule")
    return reader.programme(conference)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, template: str, **values: object) -> ScheduleError:
        """`template`: a translated sentence with {file}, {where} and `values` placeholders."""
        return failure(self.path, where, template, **values)

    def mapping(self, parent: Any, key: str, where: str | None) -> dict[str, Any]:
        """The object at `key`; `where` is None for the file's top level."""
        value = parent.get(key) if isinstance(parent, dict) else None
        if isinstance(value, dict):
            return value
        if where is None:
            raise ScheduleError(
                QCoreApplication.translate(
                    "Import", '{file}: "{key}" is missing or is not an object.'
                ).format(file=self.path.name, key=key)
            )
        raise self.fail(
            where,
            QCoreApplication.translate(
                "Import", '{file}, {where}: "{key}" is missing or is not an object.'
            ),
            key=key,
        )

    def missing(self, where: str, key: str) -> ScheduleError:
        return self.fail(
            where,
            QCoreApplication.translate("Import", '{file}, {where}: "{key}" is missing or empty.'),
            key=key,
        )

    def text(self, parent: dict[str, Any], key: str, where: str) -> str:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.missing(where, key)
        return value.strip()

    def programme(self, conference: dict[str, Any]) -> Programme:
        title = self.text(conference, "title", "conference")
        key = self.text(conference, "acronym", "conference")
        days_data = conference.get("days")
        if not isinstance(days_data, list) or not days_data:
            raise self.missing("conference", "days")
        zone_name = checked_zone(self.path, conference.get("time_zone_name"))
        sessions: list[Session] = []
        rooms = _room_order(conference, days_data)
        days: list[dt.date] = []
        for day_index, day in enumerate(days_data):
            where = f"days[{day_index}]"
            if not isinstance(day, dict):
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import", "{file}, {where}: a day must be an object."
                    ),
                )
            day_date = self.date(day, where)
            days.append(day_date)
            day_rooms = day.get("rooms") or {}
            if not isinstance(day_rooms, dict):
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import", '{file}, {where}: "rooms" must be an object of room names.'
                    ),
                )
            for room, events in day_rooms.items():
                if not isinstance(events, list):
                    raise self.fail(
                        f'{where}.rooms["{room}"]',
                        QCoreApplication.translate(
                            "Import", "{file}, {where}: a room must be a list of events."
                        ),
                    )
                check_count(self.path, len(sessions) + len(events))
                for event_index, event in enumerate(events):
                    event_where = f'{where}.rooms["{room}"][{event_index}]'
                    sessions.append(self.session(event, event_where, day_date, zone_name, room))
        sessions = finished(self.path, sessions, rooms)
        meta = conference.get("meta")
        extra = meta.get("planner") if isinstance(meta, dict) else None
        extra = extra if isinstance(extra, dict) else {}
        return Programme(
            Conference(
                key=key,
                title=title,
                timezone=zone_name,
                days=tuple(sorted(set(days))),
                info=_info(extra, conference.get("description"), ""),
                title_en=extra.get("title_en") or None,
                info_en=_info(extra, extra.get("description_en"), "_en") if extra else None,
            ),
            tuple(arrange(sessions)),
        )

    def date(self, day: dict[str, Any], where: str) -> dt.date:
        try:
            return dt.date.fromisoformat(str(day.get("date")))
        except ValueError as error:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", '{file}, {where}: "date" must be a date like 2018-05-17.'
                ),
            ) from error

    def session(
        self, event: Any, where: str, day: dt.date, zone_name: str | None, listed_in: str
    ) -> Session:
        if not isinstance(event, dict):
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: an event must be an object."
                ),
            )
        guid = self.text(event, "guid", where)
        title = self.text(event, "title", where)
        try:
            begins = datetime.fromisoformat(str(event.get("date")))
        except ValueError as error:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    '{file}, {where}: "date" must be a date and time '
                    "like 2018-05-17T09:00:00+02:00.",
                ),
            ) from error
        start = instant(begins, zone_name)
        end = self.end(event, where, start, zone_name)
        persons = event.get("persons")
        persons = persons if isinstance(persons, list) else []
        speakers = tuple(
            str(p.get("name") or p.get("public_name"))
            for p in persons
            if isinstance(p, dict) and (p.get("name") or p.get("public_name"))
        )
        english = tuple(
            (name, str(event[f"{name}_en"]))
            for name in ("subtitle", "title", "track")  # sorted, as the store gives them back
            if event.get(f"{name}_en")
        )
        return Session(
            guid=guid,
            day=day,
            start=start,
            end=end,
            title=title,
            kind=kind_for(event.get("type")),
            track=optional(event.get("track")),
            # An event without its own "room" is in the room it is listed under.
            room=optional(event.get("room") or listed_in),
            subtitle=optional(event.get("subtitle")),
            speakers=speakers,
            abstract=optional(event.get("abstract")),
            description=optional(event.get("description")),
            url=optional(event.get("url")),
            english=english,
        )

    def end(
        self, event: dict[str, Any], where: str, start: datetime, zone_name: str | None
    ) -> datetime | None:
        if event.get("end"):
            try:
                ends = datetime.fromisoformat(str(event["end"]))
            except ValueError as error:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        '{file}, {where}: "end" must be a date and time '
                        "like 2018-05-17T10:00:00+02:00.",
                    ),
                ) from error
            return instant(ends, zone_name)
        given = event.get("duration")
        if not given:
            return None  # the programme does not say when it ends
        length = duration(str(given))
        if length is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    '{file}, {where}: "duration" must be hours and minutes like 01:30, '
                    'not "{given}".',
                ),
                given=given,
            )
        return start + length


def _room_order(conference: dict[str, Any], days: list[Any]) -> dict[str, int]:
    """Rooms in the order the file lists them, which is the order of the grid's columns."""
    names: list[str] = []
    for room in conference.get("rooms") or []:
        if isinstance(room, dict) and room.get("name"):
            names.append(str(room["name"]))
    for day in days:
        if isinstance(day, dict) and isinstance(day.get("rooms"), dict):
            names.extend(str(name) for name in day["rooms"])
    return room_order(names)


def _info(extra: dict[str, Any], description: Any, suffix: str) -> ConferenceInfo:
    def field(name: str) -> str:
        return str(extra.get(name + suffix) or extra.get(name) or "")

    speakers = tuple(
        Speaker(
            str(s.get("name", "")), str(s.get("affiliation" + suffix) or s.get("affiliation", ""))
        )
        for s in extra.get("speakers") or []
        if isinstance(s, dict)
    )
    notices = extra.get("notices" + suffix) or extra.get("notices") or []
    return ConferenceInfo(
        description=str(description or ""),
        organizer=field("organizer"),
        venue=field("venue"),
        audience=field("audience"),
        cost=field("cost"),
        registration=field("registration"),
        speakers=speakers,
        notices=tuple(str(n) for n in notices),
    )
