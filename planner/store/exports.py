"""What calendar exports wrote: each event's SEQUENCE, so that calendars take updates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from planner.domain.programme import Conference
from planner.store.database import Database
from planner.store.lookup import conference_row
from planner.store.models import ExportedEventRow


@dataclass(frozen=True)
class ExportedEvent:
    """A calendar event as last exported: its SEQUENCE and when its content last changed (UTC)."""

    sequence: int
    changed_at: datetime


class Exports:
    def __init__(self, database: Database) -> None:
        self.database = database

    def exported_events(self, conference: Conference) -> dict[str, ExportedEvent]:
        """Every event UID exported so far for `conference`, with its last SEQUENCE."""
        with self.database.transaction() as db:
            rows = db.scalars(
                select(ExportedEventRow).filter_by(conference_id=conference_row(db, conference).id)
            )
            return {row.uid: ExportedEvent(row.sequence, row.changed_at) for row in rows}

    def record(
        self,
        conference: Conference,
        fingerprints: Mapping[str, str],
        write: Callable[[dict[str, ExportedEvent]], None],
        now: datetime,
    ) -> dict[str, ExportedEvent]:
        """Give each event UID its SEQUENCE, let `write` write the file, and keep the result.

        An event keeps its SEQUENCE while its fingerprint (time, title, place, description)
        stays the same, and gets the next one when it changed since the last export. All in
        one transaction: when `write` raises, nothing is kept. `now` is naive UTC.
        """
        with self.database.transaction() as db:
            conference_id = conference_row(db, conference).id
            rows = {
                row.uid: row
                for row in db.scalars(
                    select(ExportedEventRow).filter_by(conference_id=conference_id)
                )
            }
            events = {}
            for uid, fingerprint in fingerprints.items():
                row = rows.get(uid)
                if row is None:
                    row = ExportedEventRow(
                        conference_id=conference_id,
                        uid=uid,
                        fingerprint=fingerprint,
                        sequence=0,
                        changed_at=now,
                    )
                    db.add(row)
                elif row.fingerprint != fingerprint:
                    row.fingerprint = fingerprint
                    row.sequence += 1
                    row.changed_at = now
                events[uid] = ExportedEvent(row.sequence, row.changed_at)
            write(events)
            return events
