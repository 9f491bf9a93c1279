"""Read a programme in the C3VOC `schedule.json` format: version 1 (what pretalx and frab
export: events in `conference.days[].rooms`) and version 2 (the CCC hub's: `schedule.events`).

Parsing is lenient: unknown keys are ignored and optional fields may be missing. Extra keys
written by this project: `title_en`, `subtitle_en` and `track_en` on events, and
`conference.meta.planner` for what the organisers say beyond the programme.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import ConferenceInfo, Speaker
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


def read_schedule_json(path: Path, text: str) -> Draft:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import", "{file}, line {line}: this is not valid JSON ({reason})."
            ).format(file=path.name, line=error.lineno, reason=error.msg)
        ) from error
    except RecursionError as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} nests its values deeper than any schedule does; "
                "export the programme again.",
            ).format(file=path.name)
        ) from error
    reader = _Reader(path)
    schedule = reader.mapping(document, "schedule", None)
    conference = reader.mapping(schedule, "conference", "schedule")
    return reader.draft(conference, schedule.get("events"))


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

    def draft(self, conference: dict[str, Any], events: Any) -> Draft:
        title = self.text(conference, "title", "conference")
        zone = checked_zone(self.path, conference.get("time_zone_name"))
        days_data = conference.get("days")
        if not isinstance(days_data, list) or (not days_data and events is None):
            raise self.missing("conference", "days")
        days = [self.day(day, f"days[{n}]") for n, day in enumerate(days_data)]
        rooms = [
            str(room["name"])
            for room in conference.get("rooms") or []
            if isinstance(room, dict) and room.get("name")
        ]
        if isinstance(events, list):
            found = list(self.version_2(conference, events))
        else:
            found = list(self.version_1(days_data, days, rooms))
        meta = conference.get("meta")
        extra = meta.get("planner") if isinstance(meta, dict) else None
        extra = extra if isinstance(extra, dict) else {}
        return Draft(
            path=self.path,
            title=title,
            key=optional(conference.get("acronym")),
            zone=zone,
            events=found,
            days=days,
            rooms=rooms,
            info=_info(extra, conference.get("description"), ""),
            title_en=extra.get("title_en") or None,
            info_en=_info(extra, extra.get("description_en"), "_en") if extra else None,
        )

    def day(self, day: Any, where: str) -> DraftDay:
        if not isinstance(day, dict):
            raise self.fail(
                where,
                QCoreApplication.translate("Import", "{file}, {where}: a day must be an object."),
            )
        try:
            date = dt.date.fromisoformat(str(day.get("date")))
        except ValueError as error:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", '{file}, {where}: "date" must be a date like 2018-05-17.'
                ),
            ) from error
        start = moment(str(day.get("day_start") or day.get("start") or ""))
        end = moment(str(day.get("day_end") or day.get("end") or ""))
        return DraftDay(date, start, end)

    def version_1(
        self, days_data: list[Any], days: list[DraftDay], rooms: list[str]
    ) -> Iterator[DraftEvent]:
        """Events listed under their day and room."""
        count = sum(
            len(events)
            for day in days_data
            if isinstance(day, dict) and isinstance(day.get("rooms"), dict)
            for events in day["rooms"].values()
            if isinstance(events, list)
        )
        check_count(self.path, count)
        for day_index, (day, draft_day) in enumerate(zip(days_data, days, strict=True)):
            where = f"days[{day_index}]"
            day_rooms = day.get("rooms") or {}
            if not isinstance(day_rooms, dict):
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import", '{file}, {where}: "rooms" must be an object of room names.'
                    ),
                )
            for room, events in day_rooms.items():
                rooms.append(str(room))
                if not isinstance(events, list):
                    raise self.fail(
                        f'{where}.rooms["{room}"]',
                        QCoreApplication.translate(
                            "Import", "{file}, {where}: a room must be a list of events."
                        ),
                    )
                for event_index, event in enumerate(events):
                    event_where = f'{where}.rooms["{room}"][{event_index}]'
                    yield self.event(event, event_where, str(room), draft_day.date)

    def version_2(self, conference: dict[str, Any], events: list[Any]) -> Iterator[DraftEvent]:
        """Events in one list, each naming its room and track by object."""
        check_count(self.path, len(events))
        tracks = {
            str(track.get("slug")): str(track.get("name"))
            for track in conference.get("tracks") or []
            if isinstance(track, dict) and track.get("slug") and track.get("name")
        }
        for index, event in enumerate(events):
            where = f"events[{index}]"
            if not isinstance(event, dict):
                yield self.event(event, where, None, None)
                continue
            room = event.get("room")
            track = event.get("track")
            if isinstance(track, dict):
                slug = str(track.get("slug") or "")
                track = track.get("name") or tracks.get(slug) or slug or None
            yield self.event(
                {
                    **event,
                    "room": room.get("name") if isinstance(room, dict) else room,
                    "track": track,
                    "date": event.get("start") or event.get("date"),
                    "persons": event.get("participants") or event.get("persons"),
                },
                where,
                None,
                None,
            )

    def event(
        self, event: Any, where: str, listed_in: str | None, day: dt.date | None
    ) -> DraftEvent:
        if not isinstance(event, dict):
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import", "{file}, {where}: an event must be an object."
                ),
            )
        title = self.text(event, "title", where)
        begins = moment(str(event.get("date") or ""))
        if begins is None:
            raise self.fail(
                where,
                QCoreApplication.translate(
                    "Import",
                    '{file}, {where}: "date" must be a date and time '
                    "like 2018-05-17T09:00:00+02:00.",
                ),
            )
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
        ident = event.get("id")
        return DraftEvent(
            where=where,
            guid=optional(event.get("guid")),
            ident=str(ident) if isinstance(ident, int | str) and str(ident).strip() else None,
            title=title,
            start=begins,
            end=self.end(event, where, begins),
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
            listed_day=day,
        )

    def end(self, event: dict[str, Any], where: str, start: datetime) -> datetime | None:
        if event.get("end"):
            ends = moment(str(event["end"]))
            if ends is None:
                raise self.fail(
                    where,
                    QCoreApplication.translate(
                        "Import",
                        '{file}, {where}: "end" must be a date and time '
                        "like 2018-05-17T10:00:00+02:00.",
                    ),
                )
            return ends
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
        return later(start, length)


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
