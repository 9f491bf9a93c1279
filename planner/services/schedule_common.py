"""What the schedule readers (schedule.json, schedule.xml) share: fields, times, rooms, limits."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Kind, Session
from planner.domain.zones import on_clock, wall_clock_instant, zone_for

# Far above any real conference (FOSDEM's schedule.xml is about 3 MB).
MAX_BYTES = 64 * 1024 * 1024


class ScheduleError(ValueError):
    """A schedule file that cannot be understood; the message says which file, where and why.

    Messages are translated (context "Import") when they are raised, in the language the
    planner speaks at that moment.
    """


# What an event's `type` must say for the item to be on everyone's agenda; every other type
# (talk, lecture, keynote, workshop, devroom, ...) is a session the attendee may choose.
BREAK_WORDS = frozenset(
    {"break", "pause", "lunch", "coffee", "tea", "dinner", "breakfast", "meal", "snack"}
    | {"paus", "rast", "lunchpaus", "kaffepaus", "fika", "kaffe", "middag", "frukost"}
)
PLENARY_WORDS = frozenset({"plenary", "plenum", "plenar"})
# Far above any real conference (FOSDEM has about 950 events, the largest CCC about 300).
MAX_EVENTS = 20_000

_DURATION = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?$")


def failure(path: Path, where: str, template: str, **values: object) -> ScheduleError:
    """One sentence naming the file, the element and what is wrong with it.

    `template` is a whole sentence already translated (context "Import"), with `{file}` and
    `{where}` placeholders and any of `values`; `where` is a technical path such as
    `days[0].rooms["Saal 1"][3]`, the same in every language.
    """
    return ScheduleError(template.format(file=path.name, where=where, **values))


def optional(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def kind_for(event_type: object) -> Kind:
    """The kind an event's `type` gives it: a break, a plenary, or a session to choose."""
    words = set(re.split(r"[\W_]+", str(event_type or "").casefold()))
    if words & BREAK_WORDS:
        return "break"
    return "plenary" if words & PLENARY_WORDS else "session"


def duration(text: str) -> timedelta | None:
    """A duration like 01:30 or 01:30:00, or None when `text` is not one."""
    match = _DURATION.match(text.strip())
    if match is None:
        return None
    return timedelta(hours=int(match[1]), minutes=int(match[2]), seconds=int(match[3] or 0))


def checked_zone(path: Path, name: object) -> str | None:
    """The file's time zone name, None when it gives none; an unknown zone is refused."""
    if name is None or name == "":
        return None
    if isinstance(name, str):
        try:
            zone_for(name.strip())
        except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
            pass
        else:
            return name.strip()
    raise ScheduleError(
        QCoreApplication.translate(
            "Import",
            '{file}: the time zone "{zone}" is not a time zone name like Europe/Stockholm; '
            "correct it in the file or leave it out.",
        ).format(file=path.name, zone=name)
    )


def instant(moment: datetime, zone_name: str | None) -> datetime:
    """A time from the file as the planner keeps it.

    With an offset it is an instant, shown on the conference's clock when the file names its
    zone and at its own offset when not; without one it is a wall-clock time in the named
    zone, or floating when the file names none.
    """
    zone = zone_for(zone_name) if zone_name is not None else None
    if moment.tzinfo is not None:
        return on_clock(moment, zone)
    return wall_clock_instant(moment, zone) if zone is not None else moment


def room_order(names: Iterable[str]) -> dict[str, int]:
    """Rooms in the order the file lists them, which is the order of the grid's columns."""
    order: dict[str, int] = {}
    for name in names:
        if name.strip():
            order.setdefault(name.strip(), len(order))
    return order


def check_count(path: Path, count: int) -> None:
    if count > MAX_EVENTS:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} has {count} events, more than the {most} the planner accepts; "
                "no conference schedule is that large.",
            ).format(file=path.name, count=count, most=MAX_EVENTS)
        )


def finished(path: Path, sessions: Sequence[Session], rooms: dict[str, int]) -> list[Session]:
    """The sessions with their rooms' columns, once each guid is known to be used once."""
    check_count(path, len(sessions))
    seen: set[str] = set()
    for session in sessions:
        if session.guid in seen:
            raise failure(
                path,
                "conference",
                QCoreApplication.translate(
                    "Import", '{file}, {where}: the guid "{guid}" is used twice.'
                ),
                guid=session.guid,
            )
        seen.add(session.guid)
    return with_columns(sessions, rooms)


def with_columns(sessions: Sequence[Session], rooms: dict[str, int]) -> list[Session]:
    """Each session's left-to-right place: its room's, or without a room, its place among
    the roomless sessions that start with it, in the order the file lists them (the shipped
    programme's parallel themes)."""
    roomless: dict[datetime, int] = {}
    placed = []
    for session in sessions:
        if session.room is not None:
            column = rooms.get(session.room, 0)
        else:
            column = roomless.get(session.start, 0)
            roomless[session.start] = column + 1
        placed.append(dataclasses.replace(session, column=column))
    return placed
