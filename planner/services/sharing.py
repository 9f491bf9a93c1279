"""Plans shared between colleagues: the share file written and read, and planner-made calendars.

A share file is a small JSON document that can be mailed: the format's name and version, the
conference (key, title, days), the person's name and their chosen and starred sessions by guid,
their ratings, and their notes only when they choose to share them. A file from someone else is
data from a stranger: it is read only as JSON (or as an iCalendar file the planner wrote, whose
UIDs name the sessions), checked for size, shape and types before anything is kept, and never
run or rendered. What it names that this programme lacks is reported, not kept silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.delegation import Member, SharedPlan
from planner.domain.interest import LEVELS, NONE
from planner.domain.programme import Programme
from planner.services.planning import Plan
from planner.services.user_files import write_file

FORMAT = "conference-planner-plan"
VERSION = 1
SUFFIX = ".plan.json"
MOST_BYTES = 2 * 2**20
MOST_GUIDS = 5000
MOST_TEXT = 50_000


class ShareError(ValueError):
    """A plan file that cannot be written or added; the message is one sentence saying why."""


@dataclass(frozen=True)
class Received:
    """A colleague's plan as read from their file, and what of it this programme lacks."""

    plan: SharedPlan
    # Session guids the file names that are not sessions of this programme.
    unmatched: tuple[str, ...]
    # The file is for another conference (or another key of it) than the one on show.
    other_conference: bool


def shared_plan(
    plan: Plan,
    name: str,
    *,
    notes: bool = False,
    chosen: Iterable[str] | None = None,
    ratings: Mapping[str, int] | None = None,
) -> SharedPlan:
    """The attendee's plan (or, with `chosen`, a part the delegation proposes) to share as
    `name`'s; notes only when asked for."""
    conference = plan.conference
    return SharedPlan(
        name=name.strip(),
        conference_key=conference.key,
        conference_title=conference.title,
        days=conference.days,
        chosen=frozenset(plan.chosen if chosen is None else chosen),
        starred=plan.marks.starred if chosen is None else frozenset(),
        ratings=dict(plan.marks.ratings if ratings is None else ratings),
        notes=dict(plan.marks.notes) if notes else {},
        written=datetime.now(UTC),
    )


def write_share(path: Path, shared: SharedPlan) -> None:
    """Write the share file whole (or not at all). Raises ShareError."""
    if not shared.name:
        raise ShareError(
            QCoreApplication.translate(
                "Sharing", "Give your name: your colleagues see your plan under it."
            )
        )
    document = {
        "format": FORMAT,
        "version": VERSION,
        "written": (shared.written or datetime.now(UTC)).isoformat(timespec="seconds"),
        "conference": {
            "key": shared.conference_key,
            "title": shared.conference_title,
            "days": [day.isoformat() for day in shared.days],
        },
        "name": shared.name,
        "chosen": sorted(shared.chosen),
        "starred": sorted(shared.starred),
        "ratings": dict(sorted(shared.ratings.items())),
        "notes": dict(sorted(shared.notes.items())),
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    try:
        write_file(Path(path), data)
    except OSError as error:
        raise ShareError(
            QCoreApplication.translate(
                "Sharing", "The plan file {path} could not be written ({reason})."
            ).format(path=path, reason=error.strerror or error)
        ) from error


def read_share(path: Path, programme: Programme, name: str = "") -> Received:
    """Read a colleague's share file, or a calendar the planner wrote; `name`, when given,
    says whose it is. Raises ShareError with one sentence naming the file."""
    path = Path(path)
    try:
        if path.stat().st_size > MOST_BYTES:
            raise _bad(path, _too_large())
        data = path.read_bytes()
    except OSError as error:
        problem = QCoreApplication.translate("Sharing", "it could not be opened ({reason})")
        raise _bad(path, problem.format(reason=error.strerror or error)) from error
    if data.lstrip().startswith(b"BEGIN:VCALENDAR"):
        shared = _read_calendar(path, data, programme)
    else:
        shared = _read_json(path, data)
    if name.strip():
        shared = replace(shared, name=name.strip()[:200])
    named = shared.chosen | shared.starred | shared.ratings.keys() | shared.notes.keys()
    unmatched = tuple(sorted(g for g in named if g not in programme.by_guid))
    other = shared.conference_key.casefold() != programme.conference.key.casefold()
    if other and len(unmatched) == len(named):
        problem = QCoreApplication.translate(
            "Sharing", "it is a plan for {title}, and none of its sessions are in {current}"
        )
        raise _bad(
            path,
            problem.format(title=shared.conference_title, current=programme.conference.title),
        )
    return Received(shared, unmatched, other)


def members(plan: Plan, you: str, colleagues: Iterable[SharedPlan]) -> tuple[Member, ...]:
    """The delegation: the attendee (named `you`) and the colleagues whose plans were added."""
    mine = Member(you, plan.chosen, plan.marks.ratings, you=True)
    return (mine, *(Member(c.name, c.chosen, c.ratings) for c in colleagues))


def _bad(path: Path, problem: str) -> ShareError:
    return ShareError(
        QCoreApplication.translate(
            "Sharing", "The plan file {file} cannot be added: {problem}."
        ).format(file=path.name, problem=problem)
    )


def _too_large() -> str:
    return QCoreApplication.translate(
        "Sharing", "it is larger than {size} MB, far more than any plan"
    ).format(size=MOST_BYTES // 2**20)


def _read_json(path: Path, data: bytes) -> SharedPlan:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        problem = QCoreApplication.translate("Sharing", "it is not a plan file (not JSON text)")
        raise _bad(path, problem) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        problem = QCoreApplication.translate(
            "Sharing", "it is not a plan file of the conference planner"
        )
        raise _bad(path, problem)
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        problem = QCoreApplication.translate(
            "Sharing", "it is of version {version}, and this planner reads version {supported}"
        )
        raise _bad(path, problem.format(version=_shown(version), supported=VERSION))
    fields = _Fields(path, document)
    conference = fields.mapping("conference")
    about = _Fields(path, conference, "conference.")
    shared = SharedPlan(
        name=fields.text("name", required=True),
        conference_key=about.text("key", required=True),
        conference_title=about.text("title"),
        days=about.days("days"),
        chosen=fields.guids("chosen"),
        starred=fields.guids("starred"),
        ratings=fields.levels("ratings"),
        notes=fields.notes("notes"),
        written=fields.moment("written"),
    )
    named = shared.chosen | shared.starred | shared.ratings.keys() | shared.notes.keys()
    if len(named) > MOST_GUIDS:
        problem = QCoreApplication.translate("Sharing", "it names more than {most} sessions")
        raise _bad(path, problem.format(most=MOST_GUIDS))
    return shared


def _read_calendar(path: Path, data: bytes, programme: Programme) -> SharedPlan:
    """The sessions of a calendar the planner wrote: its UIDs are `guid@key.planner`."""
    import icalendar

    from planner.services.calendar import UID_DOMAIN, event_uid

    try:
        calendar = icalendar.Calendar.from_ical(data)
        uids = [str(event.get("UID", "")) for event in calendar.walk("VEVENT")]
    except Exception as error:  # icalendar raises many kinds of error for a broken file
        problem = QCoreApplication.translate("Sharing", "it is not a calendar file it can read")
        raise _bad(path, problem) from error
    conference = programme.conference
    guid_of = {event_uid(s, conference): s.guid for s in programme.sessions}
    chosen: set[str] = set()
    keys: set[str] = set()
    for uid in uids:
        local, _at, domain = uid.lower().rpartition("@")
        if uid.lower() in guid_of:
            session = programme.by_guid[guid_of[uid.lower()]]
            keys.add(conference.key.casefold())
            if not session.for_everyone:
                chosen.add(session.guid)
        elif domain.endswith("." + UID_DOMAIN) and local:
            keys.add(domain.removesuffix("." + UID_DOMAIN))
            chosen.add(local)
    if not keys:
        problem = QCoreApplication.translate(
            "Sharing", "it is a calendar the planner did not write: its events name no sessions"
        )
        raise _bad(path, problem)
    key = conference.key if conference.key.casefold() in keys else sorted(keys)[0]
    return SharedPlan(
        # A calendar does not say whose it is: the name given, else the file's.
        name=path.stem[:200],
        conference_key=key,
        conference_title=conference.title if key == conference.key else key,
        days=(),
        chosen=frozenset(chosen),
    )


def _shown(value: object) -> str:
    """A value from the file, as a message may quote it: short, one line."""
    return " ".join(json.dumps(value, ensure_ascii=False).split())[:40]


class _Fields:
    """The fields of one JSON object of a share file, each checked for its type."""

    def __init__(self, path: Path, document: Mapping[str, Any], prefix: str = "") -> None:
        self.path = path
        self.document = document
        self.prefix = prefix

    def _wrong(self, name: str, expected: str) -> ShareError:
        problem = QCoreApplication.translate("Sharing", "“{field}” should be {expected}")
        return _bad(self.path, problem.format(field=self.prefix + name, expected=expected))

    def mapping(self, name: str) -> Mapping[str, Any]:
        value = self.document.get(name)
        if not isinstance(value, dict):
            raise self._wrong(name, QCoreApplication.translate("Sharing", "an object"))
        return value

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.document.get(name, "")
        if not isinstance(value, str) or len(value) > 200 or (required and not value.strip()):
            raise self._wrong(name, QCoreApplication.translate("Sharing", "a short text"))
        return value.strip()

    def days(self, name: str) -> tuple[date, ...]:
        value = self.document.get(name, [])
        try:
            if not isinstance(value, list) or len(value) > 366:
                raise TypeError(name)
            return tuple(date.fromisoformat(day) for day in value)
        except (TypeError, ValueError) as error:
            expected = QCoreApplication.translate("Sharing", "a list of dates like 2018-05-17")
            raise self._wrong(name, expected) from error

    def guids(self, name: str) -> frozenset[str]:
        value = self.document.get(name, [])
        if not isinstance(value, list) or not all(_is_guid(g) for g in value):
            raise self._wrong(name, QCoreApplication.translate("Sharing", "a list of session IDs"))
        return frozenset(value)

    def levels(self, name: str) -> dict[str, int]:
        value = self.document.get(name, {})
        if not isinstance(value, dict) or not all(
            _is_guid(g) and type(n) is int and n in LEVELS and n != NONE for g, n in value.items()
        ):
            expected = QCoreApplication.translate("Sharing", "levels from 1 to 3 by session ID")
            raise self._wrong(name, expected)
        return dict(value)

    def notes(self, name: str) -> dict[str, str]:
        value = self.document.get(name, {})
        if not isinstance(value, dict) or not all(
            _is_guid(g) and isinstance(n, str) and len(n) <= MOST_TEXT for g, n in value.items()
        ):
            expected = QCoreApplication.translate("Sharing", "texts by session ID")
            raise self._wrong(name, expected)
        return {g: n for g, n in value.items() if n.strip()}

    def moment(self, name: str) -> datetime | None:
        value = self.document.get(name)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise TypeError(name)
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError) as error:
            expected = QCoreApplication.translate("Sharing", "a time like 2018-05-10T09:00:00Z")
            raise self._wrong(name, expected) from error
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _is_guid(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200
