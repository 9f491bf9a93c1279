"""The one mapping between the programme's values and what the database holds.

A *record* is a dict of plain JSON values keyed by column name. The session table's rows and
the programmes kept in `programme_version` are both records, so there is one way each way.
A record that cannot be read back (an unknown kind, a malformed time) raises UnreadableError.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from planner.domain.programme import KINDS, Conference, ConferenceInfo, Kind, Session, Speaker

SESSION_COLUMNS = (
    "guid",
    "day",
    "start",
    "end",
    "title",
    "kind",
    "track",
    "room",
    "subtitle",
    "speakers",
    "abstract",
    "description",
    "url",
    "slot",
    "theme",
    "column",
    "english",
)
# A stored kind this planner does not know raises KeyError, so it cannot pass for another.
_KIND: dict[object, Kind] = {kind: kind for kind in KINDS}
CONFERENCE_COLUMNS = ("key", "title", "title_en", "timezone", "days", "info", "info_en")


def stamp() -> str:
    """Now, as SQLAlchemy keeps a DateTime in SQLite, so that both read it alike."""
    return datetime.now().isoformat(sep=" ", timespec="microseconds")


class UnreadableError(ValueError):
    """Stored data this planner cannot read back: the database is damaged."""


def session_record(session: Session) -> dict[str, Any]:
    return {
        "guid": session.guid,
        "day": session.day.isoformat(),
        "start": session.start.isoformat(),
        "end": session.end.isoformat() if session.end is not None else None,
        "title": session.title,
        "kind": session.kind,
        "track": session.track,
        "room": session.room,
        "subtitle": session.subtitle,
        "speakers": list(session.speakers),
        "abstract": session.abstract,
        "description": session.description,
        "url": session.url,
        "slot": session.slot,
        "theme": session.theme,
        "column": session.column,
        "english": dict(session.english),
    }


def session_row(session: Session) -> tuple[Any, ...]:
    """The session's record as the session table holds it: values in SESSION_COLUMNS order,
    its JSON columns as JSON text."""
    record = session_record(session)
    record["speakers"] = json.dumps(record["speakers"]) if session.speakers else "[]"
    record["english"] = json.dumps(record["english"]) if session.english else "{}"
    return tuple(record[name] for name in SESSION_COLUMNS)


def session_from_record(record: Mapping[str, Any]) -> Session:
    try:
        values = tuple(record[name] for name in SESSION_COLUMNS)
    except KeyError as error:
        raise UnreadableError(f"session {record.get('guid')!r}: {error!r}") from error
    return session_from_row(values)


def session_from_row(values: Sequence[Any]) -> Session:
    """A session from its values in SESSION_COLUMNS order, as a row of the session table."""
    # Every start and every import reads each session through here: it is kept lean.
    try:
        (
            guid,
            day,
            start,
            end,
            title,
            kind,
            track,
            room,
            subtitle,
            speakers,
            abstract,
            description,
            url,
            slot,
            theme,
            column,
            english,
        ) = values
        return Session(
            guid=str(guid),
            day=date.fromisoformat(day),
            start=datetime.fromisoformat(start),
            end=None if end is None else datetime.fromisoformat(end),
            title=str(title),
            kind=_KIND[kind],
            track=_text(track),
            room=_text(room),
            subtitle=_text(subtitle),
            abstract=_text(abstract),
            description=_text(description),
            url=_text(url),
            slot=_text(slot),
            theme=_text(theme),
            speakers=tuple(str(name) for name in _json(speakers)),
            column=int(column),
            english=_english(english),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UnreadableError(f"session {values[0] if values else None!r}: {error!r}") from error


def conference_record(conference: Conference) -> dict[str, Any]:
    return {
        "key": conference.key,
        "title": conference.title,
        "title_en": conference.title_en,
        "timezone": conference.timezone,
        "days": [day.isoformat() for day in conference.days],
        "info": _info_record(conference.info),
        "info_en": _info_record(conference.info_en) if conference.info_en else None,
    }


def conference_from_record(record: Mapping[str, Any]) -> Conference:
    try:
        return Conference(
            key=str(record["key"]),
            title=str(record["title"]),
            timezone=_text(record["timezone"]),
            days=tuple(sorted(date.fromisoformat(day) for day in _json(record["days"]))),
            info=_info(_json(record["info"])),
            title_en=_text(record["title_en"]),
            info_en=_info(_json(record["info_en"])) if _json(record["info_en"]) else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UnreadableError(f"conference {record.get('key')!r}: {error!r}") from error


def compressed(document: Mapping[str, Any]) -> bytes:
    """A kept programme as stored: its JSON, compressed (a FOSDEM programme to a sixth)."""
    return compressed_json(json_bytes(document))


def json_bytes(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


def compressed_json(data: bytes) -> bytes:
    """Zlib's fastest level: the default takes five times as long, about a tenth of an
    update, to save a few hundred kilobytes that only five kept versions ever hold."""
    return zlib.compress(data, 1)


def decompressed(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError, TypeError) as error:
        raise UnreadableError(f"a kept programme cannot be read: {error}") from error
    if not isinstance(document, dict):
        raise UnreadableError("a kept programme is not an object")
    return document


def _json(value: Any) -> Any:
    """A JSON column's value: as the database's driver gives it (text), or already read."""
    if value == "[]":  # most sessions' English texts, and many a speaker list
        return []
    return json.loads(value) if isinstance(value, str | bytes) else value


def _english(value: Any) -> tuple[tuple[str, str], ...]:
    if value == "{}":  # the English texts of a programme in English
        return ()
    return tuple(sorted((str(k), str(v)) for k, v in _json(value).items()))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _info_record(info: ConferenceInfo) -> dict[str, Any]:
    # The speakers as objects of their own: a named tuple alone would go into JSON as a list.
    return {**info._asdict(), "speakers": [speaker._asdict() for speaker in info.speakers]}


def _info(data: Mapping[str, Any]) -> ConferenceInfo:
    values = dict(data)
    values["speakers"] = tuple(Speaker(**s) for s in values.get("speakers", []))
    values["notices"] = tuple(values.get("notices", []))
    return ConferenceInfo(**values)
