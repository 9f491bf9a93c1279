"""The agenda as an iCalendar (.ics) file that Outlook, Google, Apple and Thunderbird read alike.

Times are written in the conference's zone (TZID) with one rule-based VTIMEZONE built here from
tzdata: a DAYLIGHT and a STANDARD part, each a YEARLY RRULE. icalendar's own timezone blocks are
lists of RDATEs, which ical.js and vobject read an hour off in summer and Outlook maps wrongly.
A zone whose changes do not follow one yearly rule, a programme that names no zone, and a
time that the zone's clock shows twice (or skips) get UTC times instead; a programme whose
file gives neither zone nor offsets is written in floating local time, as it was given.
"""

from __future__ import annotations

import calendar as gregorian
import errno
import hashlib
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, Session, agenda, sort_key
from planner.domain.zones import is_ambiguous
from planner.services.user_files import discard, publish, stage
from planner.store.exports import ExportedEvent, Exports

PRODID = "-//Conference planner//conference-planner//EN"
UID_DOMAIN = "planner"
MAX_UID_OCTETS = 200
# Reminders longer than a week before a conference session help nobody.
MAX_REMINDER_MINUTES = 7 * 24 * 60
# The year the observances of a VTIMEZONE start in, as Thunderbird and Evolution write them.
RULES_SINCE = 1970
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class ExportError(Exception):
    """The calendar cannot be written; the message says why and what to do. Nothing changed."""


@dataclass(frozen=True)
class Exported:
    path: Path
    count: int


def calendar_sessions(
    sessions: Sequence[Session],
    chosen: Set[str],
    *,
    whole_programme: bool = False,
    include_breaks: bool = True,
) -> list[Session]:
    """What an export holds: the agenda (fixed items and chosen sessions) or every session.

    An agenda with nothing chosen counts as empty: its fixed items alone are the printed
    programme, not the attendee's plan, so the export says so instead of writing them (unless
    the programme has nothing to choose).
    """
    has_choices = any(not s.for_everyone for s in sessions)
    if not whole_programme and has_choices and not chosen & {s.guid for s in sessions}:
        raise ExportError(
            QCoreApplication.translate(
                "Calendar",
                "Your agenda is empty: choose the sessions you want to attend first, "
                "or export the whole programme.",
            )
        )
    selected = sorted(sessions, key=sort_key) if whole_programme else agenda(sessions, chosen)
    selected = [s for s in selected if include_breaks or s.kind != "break"]
    if not selected:
        raise ExportError(
            QCoreApplication.translate(
                "Calendar", "There is nothing to export: the selection holds no sessions."
            )
        )
    return selected


def check_reminder(minutes: int | None) -> None:
    if minutes is not None and not 0 <= minutes <= MAX_REMINDER_MINUTES:
        raise ExportError(
            QCoreApplication.translate(
                "Calendar", "A reminder must be between 0 and {most} minutes before a session."
            ).format(most=MAX_REMINDER_MINUTES)
        )


def export_calendar(
    path: Path,
    exports: Exports,
    conference: Conference,
    sessions: Sequence[Session],
    language: str,
    *,
    reminder_minutes: int | None = None,
    remind_breaks: bool = False,
    calendar_name: str | None = None,
    notes: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> Exported:
    """Write `sessions` to the .ics file at `path`, replacing it in one step.

    Each event's SEQUENCE is kept in the database and rises when the event changed since it
    was last exported; when the file cannot be written, neither it nor the database changes.
    `notes` holds the attendee's notes by session guid. A reminder rings before every session
    and plenary, and before a break only with `remind_breaks`: a coffee break needs no alarm.
    Raises ExportError, or StoreError.
    """
    check_reminder(reminder_minutes)
    if not sessions:
        raise ExportError(
            QCoreApplication.translate(
                "Calendar", "There is nothing to export: the selection holds no sessions."
            )
        )
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    target = Path(path).expanduser().absolute()
    zone = ZoneInfo(conference.timezone) if conference.timezone else None
    observances = (
        zone_observances(zone, {s.day.year for s in sessions}) if zone is not None else None
    )
    shown = conference.translated(language)
    ordered = sorted(sessions, key=sort_key)
    events = [
        _event(
            session.translated(language),
            session=session,
            conference=shown,
            zone=zone if observances is not None else None,
            notes=notes,
        )
        for session in ordered
    ]
    ringing = {
        str(event["UID"])
        for event, session in zip(events, ordered, strict=True)
        if remind_breaks or session.kind != "break"
    }

    staged: list[Path] = []

    def write(exported: dict[str, ExportedEvent]) -> None:
        cal = icalendar.Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        if calendar_name:
            cal.add("x-wr-calname", calendar_name)
        if zone is not None and observances is not None:
            cal.add_component(_vtimezone(zone.key, observances))
        for event in events:
            uid = str(event["UID"])
            event.add("dtstamp", stamp.replace(tzinfo=UTC))
            event.add("last-modified", exported[uid].changed_at.replace(tzinfo=UTC))
            event.add("sequence", exported[uid].sequence)
            if reminder_minutes is not None and uid in ringing:
                event.add_component(_alarm(str(event["SUMMARY"]), reminder_minutes))
            cal.add_component(event)
        try:
            staged.append(stage(target, cal.to_ical()))
        except OSError as error:
            raise _unwritable(target, error) from error

    fingerprints = {str(event["UID"]): _fingerprint(event) for event in events}
    if len(fingerprints) != len(events):
        raise ExportError(
            QCoreApplication.translate(
                "Calendar", "The programme gives two sessions the same identity."
            )
        )
    if target.is_dir():
        raise _unwritable(target, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    try:
        # The file is written in full before the database commits what it holds, and takes
        # its name only after: when either fails, neither the file nor the database changes
        # (short of the rename itself failing, which costs only a skipped SEQUENCE number).
        exports.record(conference, fingerprints, write, stamp)
        publish(staged[0], target)
    except OSError as error:
        raise _unwritable(target, error) from error
    finally:
        for temporary in staged:
            discard(temporary)
    return Exported(target, len(events))


def event_uid(session: Session, conference: Conference) -> str:
    """Stable across exports and programme updates: the session's guid at the conference."""
    text = f"{session.guid}@{conference.key}.{UID_DOMAIN}"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    uid = re.sub(r"[^A-Za-z0-9@._-]+", "-", ascii_text).lower()
    if len(uid) > MAX_UID_OCTETS:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        uid = f"{digest}@{UID_DOMAIN}"
    return uid


def _event(
    shown: Session,
    *,
    session: Session,
    conference: Conference,
    zone: ZoneInfo | None,
    notes: Mapping[str, str] | None,
) -> icalendar.Event:
    def moment(time: datetime) -> datetime:
        """In the conference's zone where its clock names the time once, else in UTC."""
        if time.tzinfo is None:
            return time  # floating: the programme names no zone and gives no offsets
        if zone is None or is_ambiguous(time, zone):
            return time.astimezone(UTC)
        return time.astimezone(zone)

    event = icalendar.Event()
    event.add("uid", event_uid(session, conference))
    event.add("summary", shown.title)
    event.add("dtstart", moment(session.start))
    event.add("dtend", moment(session.end_or_assumed))
    location = shown.room or conference.info.venue
    if location:
        event.add("location", location)
    event.add("description", _description(shown, session, conference, notes))
    theme = _theme(shown, session)
    if theme:
        event.add("categories", [theme])
    event.add("transp", "OPAQUE")
    return event


def _theme(shown: Session, session: Session) -> str | None:
    if session.track is None:
        return None
    # A theme named like its session reads in the user's language, as the title does.
    return shown.title if session.track == session.title else shown.track


def _description(
    shown: Session,
    session: Session,
    conference: Conference,
    notes: Mapping[str, str] | None,
) -> str:
    theme = _theme(shown, session)
    lines = [
        shown.subtitle,
        ", ".join(shown.speakers),
        QCoreApplication.translate("Calendar", "Theme: {theme}").format(theme=theme)
        if theme
        else None,
        shown.description,
        QCoreApplication.translate(
            "Calendar", "The programme gives no end time; the calendar shows one hour."
        )
        if session.end is None
        else None,
        QCoreApplication.translate("Calendar", "Conference: {title}").format(
            title=conference.title
        ),
    ]
    note = (notes or {}).get(session.guid)
    if note:
        lines.append(QCoreApplication.translate("Calendar", "My note: {note}").format(note=note))
    return "\n".join(line for line in lines if line)


def _fingerprint(event: icalendar.Event) -> str:
    """What SEQUENCE follows: the event's time (with its zone), title, place and description."""
    parts = []
    for name in ("DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"):
        value = event.get(name)
        text = value.to_ical() if value is not None else b""
        parts.append(text if isinstance(text, bytes) else text.encode("utf-8"))
        parts.append(str(getattr(value, "params", {}).get("TZID", "")).encode("utf-8"))
    return hashlib.sha256(b"\x00".join(parts)).hexdigest()


def _alarm(summary: str, minutes: int) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(minutes=-minutes))
    return alarm


# The time zone ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Observance:
    """One part of a VTIMEZONE: from `since` (local time before the change) on, `offset_to`."""

    daylight: bool
    since: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    # The yearly rule, e.g. month 3, nth -1, weekday "SU": the last Sunday of March.
    month: int | None = None
    nth: int | None = None
    weekday: str | None = None


def zone_observances(zone: ZoneInfo, years: set[int]) -> list[Observance] | None:
    """A STANDARD and a DAYLIGHT part with yearly rules matching tzdata in `years`.

    A zone without daylight saving gets one STANDARD part. None when the zone's changes in
    those years follow no single yearly rule (then times are written in UTC).
    """
    changes = [change for year in sorted(years) for change in _changes(zone, year)]
    if not changes:
        year = min(years)
        moment = datetime(year, 1, 1, tzinfo=zone)
        offset = moment.utcoffset() or timedelta()
        return [
            Observance(False, datetime(RULES_SINCE, 1, 1), offset, offset, moment.tzname() or "")
        ]
    rules: dict[bool, Observance] = {}
    for observance in changes:
        earlier = rules.setdefault(observance.daylight, observance)
        if (
            earlier.month,
            earlier.nth,
            earlier.weekday,
            earlier.since.time(),
            earlier.offset_from,
            earlier.offset_to,
        ) != (
            observance.month,
            observance.nth,
            observance.weekday,
            observance.since.time(),
            observance.offset_from,
            observance.offset_to,
        ):
            return None
    if set(rules) != {False, True} or len(changes) != 2 * len(years):
        return None
    return [_since_1970(rules[True]), _since_1970(rules[False])]


def _changes(zone: ZoneInfo, year: int) -> list[Observance]:
    """The zone's offset changes in `year`, found hour by hour and then to the minute."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    hour = timedelta(hours=1)
    while moment < end:
        later = moment + hour
        before, after = _offset(zone, moment), _offset(zone, later)
        if before != after:
            low, high = moment, later
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            local = (high + before).replace(tzinfo=None)
            days = gregorian.monthrange(local.year, local.month)[1]
            after_moment = high.astimezone(zone)
            found.append(
                Observance(
                    daylight=bool(after_moment.dst()),
                    since=local,
                    offset_from=before,
                    offset_to=after,
                    name=after_moment.tzname() or "",
                    month=local.month,
                    nth=-1 if local.day + 7 > days else (local.day - 1) // 7 + 1,
                    weekday=WEEKDAYS[local.weekday()],
                )
            )
        moment = later
    return found


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta()


def _since_1970(rule: Observance) -> Observance:
    """The rule's first day in 1970: where its observance starts."""
    assert rule.month is not None and rule.nth is not None and rule.weekday is not None
    weekday = WEEKDAYS.index(rule.weekday)
    days = [
        day
        for day in range(1, gregorian.monthrange(RULES_SINCE, rule.month)[1] + 1)
        if date(RULES_SINCE, rule.month, day).weekday() == weekday
    ]
    day = days[-1] if rule.nth == -1 else days[rule.nth - 1]
    since = datetime.combine(date(RULES_SINCE, rule.month, day), rule.since.time())
    return Observance(
        rule.daylight,
        since,
        rule.offset_from,
        rule.offset_to,
        rule.name,
        rule.month,
        rule.nth,
        rule.weekday,
    )


def _vtimezone(tzid: str, observances: list[Observance]) -> icalendar.Timezone:
    timezone = icalendar.Timezone()
    timezone.add("tzid", tzid)
    for observance in observances:
        part = icalendar.TimezoneDaylight() if observance.daylight else icalendar.TimezoneStandard()
        part.add("dtstart", observance.since)
        part.add("tzoffsetfrom", observance.offset_from)
        part.add("tzoffsetto", observance.offset_to)
        if observance.name:
            part.add("tzname", observance.name)
        if observance.month is not None:
            part.add(
                "rrule",
                {
                    "freq": "yearly",
                    "bymonth": observance.month,
                    "byday": f"{observance.nth}{observance.weekday}",
                },
            )
        timezone.add_component(part)
    return timezone


# The file ---------------------------------------------------------------------------------


def _unwritable(target: Path, error: OSError) -> ExportError:
    return ExportError(
        QCoreApplication.translate(
            "Calendar",
            "The calendar file {path} could not be written ({reason}); choose another place.",
        ).format(path=target, reason=error.strerror or error)
    )
