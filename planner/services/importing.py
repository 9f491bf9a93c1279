"""Read a conference programme from a file, whatever standard format it is in."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Programme
from planner.services.schedules.common import MAX_BYTES, ScheduleError, utf8_text
from planner.services.schedules.draft import Draft, finish

__all__ = ["ScheduleError", "parse_programme", "read_programme"]


def read_programme(path: Path, timezone: str | None = None) -> Programme:
    """Read and parse the file at `path`. `timezone` is the zone the user names for a file
    that names none. Raises ScheduleError with one sentence naming the file and the fault."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ScheduleError(
                QCoreApplication.translate(
                    "Import", "{file} is larger than {size} MB; no schedule is that large."
                ).format(file=path.name, size=MAX_BYTES // 2**20)
            )
        data = path.read_bytes()
    except OSError as error:
        raise ScheduleError(
            QCoreApplication.translate("Import", "{path} could not be read ({reason}).").format(
                path=path, reason=error.strerror
            )
        ) from error
    return parse_programme(path, data, timezone)


def parse_programme(path: Path, data: bytes, timezone: str | None = None) -> Programme:
    """Parse a schedule's bytes, recognising the format by the content, not the name; `path`
    names the file in messages."""
    # Parsing makes an element tree and the sessions, all alive until it ends: the cyclic
    # garbage collector would scan them again and again and free nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return finish(_draft(path, data), timezone)
    finally:
        if was_enabled:
            gc.enable()


def _draft(path: Path, data: bytes) -> Draft:
    # Each reader, with what it needs (icalendar's is the largest), loads only for its files.
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR"):
        from planner.services.schedules.ical import read_icalendar

        return read_icalendar(path, data)
    text = utf8_text(path, data)
    if not text.strip():
        raise ScheduleError(
            QCoreApplication.translate(
                "Import", "{file} is empty; choose the file the programme was saved in."
            ).format(file=path.name)
        )
    if text.lstrip().startswith("{"):
        from planner.services.schedules.c3voc import read_schedule_json

        return read_schedule_json(path, text)
    if text.lstrip().startswith("<"):
        from planner.services.schedules.pentabarf import read_schedule_xml

        return read_schedule_xml(path, text)
    raise ScheduleError(
        QCoreApplication.translate(
            "Import",
            "{file} is not a schedule in a format the planner knows (schedule.json or "
            "schedule.xml, as pretalx, frab and Pentabarf export them, or an iCalendar .ics "
            "file); export the programme in one of those formats and try again.",
        ).format(file=path.name)
    )
