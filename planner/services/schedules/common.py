"""What the schedule readers share: the error, limits, kinds, durations, zones and times."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Kind

# Far above any real conference (FOSDEM's schedule.xml is about 3 MB).
MAX_BYTES = 64 * 1024 * 1024
# Far above any real conference (FOSDEM has about 950 events, the largest CCC about 1,400).
MAX_EVENTS = 20_000
# The years a programme can be in, and the longest an event can last.
YEARS = range(1900, 2201)
LONGEST = timedelta(hours=24)

# What an event's `type` must say for the item to be on everyone's agenda; every other type
# (talk, lecture, keynote, workshop, devroom, ...) is a session the attendee may choose.
BREAK_WORDS = frozenset(
    {"break", "pause", "lunch", "coffee", "tea", "dinner", "breakfast", "meal", "snack"}
    | {"paus", "rast", "lunchpaus", "kaffepaus", "fika", "kaffe", "middag", "frukost"}
)
PLENARY_WORDS = frozenset({"plenary", "plenum", "plenar"})

_DURATION = re.compile(r"^(\d{1,5}):(\d{2})(?::(\d{2}))?$")


class ScheduleError(ValueError):
    """A schedule file that cannot be understood; the message says which file, where and why.

    Messages are translated (context "Import") when they are raised, in the language the
    planner speaks at that moment.
    """


def utf8_text(path: Path, data: bytes) -> str:
    """The file's text: UTF-8, a byte-order mark or not; ScheduleError naming the byte else."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file}, byte {byte}: the file is not UTF-8 text; "
                "export the schedule again as UTF-8.",
            ).format(file=path.name, byte=error.start)
        ) from error


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


def later(start: datetime, length: timedelta) -> datetime:
    """`start` plus `length`; past the calendar's end, the last moment it has (which the
    year check then refuses, naming the event)."""
    try:
        return start + length
    except OverflowError:
        return datetime.max.replace(tzinfo=start.tzinfo)


def moment(text: str) -> datetime | None:
    """An ISO 8601 date and time (with or without a UTC offset, "Z" for UTC), or None."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


def checked_zone(path: Path, name: object) -> str | None:
    """The file's time zone name, None when it gives none; an unknown zone is refused."""
    if name is None or name == "":
        return None
    if isinstance(name, str):
        try:
            ZoneInfo(name.strip())
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


def check_count(path: Path, count: int) -> None:
    if count > MAX_EVENTS:
        raise ScheduleError(
            QCoreApplication.translate(
                "Import",
                "{file} has {count} events, more than the {most} the planner accepts; "
                "no conference schedule is that large.",
            ).format(file=path.name, count=count, most=MAX_EVENTS)
        )
