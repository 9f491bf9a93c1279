"""The attendee's notes, stars, ratings and attendance: each change one write transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from planner.domain.programme import Conference
from planner.store.database import Database
from planner.store.lookup import conference_row
from planner.store.models import PersonalRow

Field = Literal["note", "starred", "rating", "attendance"]
# What a row holds when it keeps nothing of a field.
_EMPTY: dict[Field, object] = {"note": None, "starred": False, "rating": None, "attendance": None}


class Personal:
    def __init__(self, database: Database) -> None:
        self.database = database

    def set_note(self, conference: Conference, guid: str, text: str) -> str:
        """Keep `text` as the session's note (an empty one removes it); returns the note it
        replaces."""
        before = self._set(conference, "note", {guid: text or None})
        return str(before[guid] or "")

    def set_starred(self, conference: Conference, guid: str, starred: bool) -> bool:
        """Star or unstar the session; returns whether it was starred."""
        return bool(self._set(conference, "starred", {guid: starred})[guid])

    def set_rating(self, conference: Conference, levels: Mapping[str, int | None]) -> None:
        """Give sessions their levels (None: not rated)."""
        self._set(conference, "rating", dict(levels))

    def set_attendance(self, conference: Conference, guid: str, state: str | None) -> str | None:
        """Mark the session "attended" or "skipped" (None: neither); returns the mark before."""
        before = self._set(conference, "attendance", {guid: state})[guid]
        return str(before) if before is not None else None

    def _set(
        self, conference: Conference, name: Field, values: Mapping[str, object]
    ) -> dict[str, object]:
        """Set one field of the sessions' rows; returns what each held before."""
        with self.database.transaction() as db:
            conference_id = conference_row(db, conference).id
            rows = {
                row.session_guid: row
                for row in db.scalars(
                    select(PersonalRow)
                    .where(PersonalRow.conference_id == conference_id)
                    .where(PersonalRow.session_guid.in_(list(values)))
                )
            }
            before: dict[str, object] = {}
            now = datetime.now()
            for guid, value in values.items():
                row = rows.get(guid)
                if row is None:
                    row = PersonalRow(conference_id=conference_id, session_guid=guid)
                    for field, empty in _EMPTY.items():
                        setattr(row, field, empty)
                    db.add(row)
                before[guid] = getattr(row, name)
                setattr(row, name, value)
                row.changed_at = now
                if all(getattr(row, field) == empty for field, empty in _EMPTY.items()):
                    if row in db.new:
                        db.expunge(row)
                    else:
                        db.delete(row)
            return before
