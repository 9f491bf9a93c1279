"""Bringing a database of an earlier planner up to this one's tables, step by step.

Each step takes the file from one schema version to the next inside the one transaction that
opening runs; the caller has copied the file aside before the first step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, insert

from planner import data
from planner.domain.programme import Session, arrange
from planner.domain.zones import on_clock, zone_for
from planner.store.models import Base, SessionRow
from planner.store.records import compressed, session_from_record, session_record
from planner.store.version import APPLICATION_ID, PROGRAMME_FORMAT, SCHEMA_VERSION


def migrate(connection: Connection, version: int) -> None:
    """Take a database from `version` (0: a new file) to SCHEMA_VERSION; for a file of this
    version, make anew the tables it lacks that hold nothing irreplaceable."""
    if version in (0, SCHEMA_VERSION):
        Base.metadata.create_all(connection)
    else:
        for step in STEPS[version - 1 :]:
            step(connection)
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _to_3(connection: Connection) -> None:
    """Versions 1 and 2 lacked tables that version 3 added; nothing else changed."""
    for statement in _VERSION_3_TABLES:
        connection.exec_driver_sql(statement)


_VERSION_3_TABLES = (
    "CREATE TABLE IF NOT EXISTS exported_event (conference_id INTEGER NOT NULL, "
    "uid VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, sequence INTEGER NOT NULL, "
    "changed_at DATETIME NOT NULL, PRIMARY KEY (conference_id, uid), "
    "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE)",
    "CREATE TABLE IF NOT EXISTS programme_version (id INTEGER NOT NULL, "
    "conference_id INTEGER NOT NULL, replaced_at DATETIME NOT NULL, programme JSON NOT NULL, "
    "choices JSON NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE)",
    "CREATE TABLE IF NOT EXISTS unseen_change (conference_id INTEGER NOT NULL, "
    "session_guid VARCHAR NOT NULL, change VARCHAR NOT NULL, "
    "PRIMARY KEY (conference_id, session_guid), "
    "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE)",
)


def _to_4(connection: Connection) -> None:
    """Times become instants, kinds come from the programme, slots and themes are redone.

    Version 3 kept wall-clock times in the conference's zone (or a "+01:00" offset) and called
    any session alone at its time a plenary. Now a plenary is only what the programme says is
    one: of version 3's, those the shipped programme marks so.
    """
    sql = connection.exec_driver_sql
    conferences = sql("SELECT id, timezone FROM conference").all()
    sql("ALTER TABLE conference ADD COLUMN days JSON NOT NULL DEFAULT '[]'")
    sql("ALTER TABLE session RENAME TO session_v3")
    Base.metadata.tables["session"].create(connection)
    for conference_id, zone_name in conferences:
        days = [
            day for (day,) in sql("SELECT date FROM day WHERE conference_id = ?", (conference_id,))
        ]
        sql(
            "UPDATE conference SET days = ?, timezone = ? WHERE id = ?",
            (json.dumps(sorted(days)), _zone_name_4(zone_name), conference_id),
        )
        rows = sql(
            'SELECT s.guid, d.date, s.start, s."end", s.title, s.kind, s.track, s.room, '
            's.subtitle, s.speakers, s.description, s."column", s.english '
            "FROM session_v3 s JOIN day d ON d.id = s.day_id WHERE s.conference_id = ?",
            (conference_id,),
        ).all()
        names = ("guid", "day", "start", "end", "title", "kind", "track", "room", "subtitle")
        sessions = [
            _session_4(
                {
                    **dict(zip(names, row[:9], strict=True)),
                    "speakers": json.loads(row[9]),
                    "description": row[10],
                    "column": row[11],
                    "english": json.loads(row[12]),
                },
                zone_name,
            )
            for row in rows
        ]
        records = [{**session_record(s), "conference_id": conference_id} for s in arrange(sessions)]
        if records:
            connection.execute(insert(SessionRow), records)
    sql("DROP TABLE session_v3")
    sql("DROP TABLE day")
    sql("ALTER TABLE programme_version ADD COLUMN format INTEGER NOT NULL DEFAULT 1")
    for version_id, text in sql("SELECT id, programme FROM programme_version").all():
        sql(
            "UPDATE programme_version SET programme = ?, format = ? WHERE id = ?",
            (compressed(_programme_4(json.loads(text))), PROGRAMME_FORMAT, version_id),
        )
    sql("ALTER TABLE choice ADD COLUMN slot VARCHAR")
    sql(
        "UPDATE choice SET slot = (SELECT s.slot FROM session s WHERE s.conference_id = "
        "choice.conference_id AND s.guid = choice.session_guid)"
    )
    # Version 3 could hold two choices in one slot: the later-chosen ones keep no slot.
    sql(
        "UPDATE choice SET slot = NULL WHERE slot IS NOT NULL AND rowid NOT IN "
        "(SELECT MIN(rowid) FROM choice WHERE slot IS NOT NULL GROUP BY conference_id, slot)"
    )
    sql("CREATE UNIQUE INDEX choice_one_per_slot ON choice (conference_id, slot)")
    Base.metadata.create_all(connection)  # the tables version 4 adds


def _zone_name_4(name: str) -> str | None:
    """Version 3 wrote "+01:00" for a file that gave offsets and no zone: now no zone."""
    return None if name.startswith(("+", "-")) else name


def _session_4(old: Mapping[str, Any], zone_name: str) -> Session:
    zone = zone_for(zone_name)

    def instant(text: str | None) -> str | None:
        if text is None:
            return None
        return on_clock(datetime.fromisoformat(text).replace(tzinfo=zone), zone).isoformat()

    kind = old["kind"]
    if kind == "plenary" and old["guid"] not in _shipped_plenaries():
        kind = "session"
    return session_from_record(
        {
            **old,
            "day": str(old["day"])[:10],
            "start": instant(old["start"]),
            "end": instant(old["end"]),
            "kind": kind,
            "abstract": None,
            "url": None,
            "slot": None,
            "theme": None,
        }
    )


def _programme_4(old: Mapping[str, Any]) -> dict[str, Any]:
    conference = dict(old["conference"])
    zone_name = str(conference["timezone"])
    conference["timezone"] = _zone_name_4(zone_name)
    sessions = arrange(_session_4(item, zone_name) for item in old["sessions"])
    return {"conference": conference, "sessions": [session_record(s) for s in sessions]}


@cache
def _shipped_plenaries() -> frozenset[str]:
    """The guids the shipped programme marks as plenaries."""
    path = data.shipped_programme()
    document = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(
        event["guid"]
        for day in document["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
        if event.get("type") == "plenary"
    )


# STEPS[n] takes a database from version n + 1 to n + 2 (index 0 and 1: versions 1 and 2).
STEPS: tuple[Callable[[Connection], None], ...] = (_to_3, _to_3, _to_4)
assert len(STEPS) == SCHEMA_VERSION - 1
