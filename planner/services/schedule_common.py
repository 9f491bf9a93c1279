"""What the schedule readers (schedule.json, schedule.xml) share: fields, times, rooms, limits."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Kind, Session
from planner.domain.zones import offset_name, zone_for
from planner.services.importing import ScheduleError

BREAK_TYPES = frozenset({"break", "pause"})
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
    return "break" if str(event_type or "").strip().lower() in BREAK_TYPES else "session"


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


def wall_clock(begins: datetime, zone_name: str | None) -> tuple[datetime, str]:
    """An aware moment as a naive wall-clock time in the conference's zone, and that zone.

    Files without a zone name: the UTC offset of their first event is authoritative.
    """
    if zone_name is None:
        zone_name = offset_name(begins)
    return begins.astimezone(zone_for(zone_name)).replace(tzinfo=None), zone_name


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
    return [_with_column(s, rooms) for s in sessions]


def _with_column(session: Session, rooms: dict[str, int]) -> Session:
    if session.room is None:
        return session
    return dataclasses.replace(session, column=rooms.get(session.room, 0))
