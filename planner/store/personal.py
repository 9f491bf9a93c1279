"""The attendee's notes, stars, ratings and attendance, and the changes they have seen: each
change one small write (`Database.writing`), so that a click never waits for SQLAlchemy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from planner.domain.programme import Conference
from planner.store import reading
from planner.store.database import Database, Run
from planner.store.records import stamp

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

    def mark_seen(self, conference: Conference, guids: set[str]) -> None:
        """The attendee has looked at these sessions: their marks of an update go."""
        if not guids:
            return
        with self.database.writing() as run:
            listed = sorted(guids)
            run(
                "DELETE FROM unseen_change WHERE conference_id = ? AND session_guid IN "
                f"({reading.placeholders(listed)})",
                (reading.conference_id(run, conference), *listed),
            )

    def _set(
        self, conference: Conference, name: Field, values: Mapping[str, object]
    ) -> dict[str, object]:
        """Set one field of the sessions' rows; returns what each held before. A row that
        keeps nothing is removed."""
        with self.database.writing() as run:
            conference_id = reading.conference_id(run, conference)
            now = stamp()
            before: dict[str, object] = {}
            for guid, value in values.items():
                row = _row(run, conference_id, guid)
                before[guid] = row[name]
                row[name] = value
                if all(row[field] == empty for field, empty in _EMPTY.items()):
                    run(_DELETE, (conference_id, guid))
                else:
                    run(_UPSERT, (conference_id, guid, *(row[f] for f in _EMPTY), now))
            return before


_FIELDS = ", ".join(_EMPTY)
_DELETE = "DELETE FROM personal WHERE conference_id = ? AND session_guid = ?"
_UPSERT = (
    f"INSERT OR REPLACE INTO personal (conference_id, session_guid, {_FIELDS}, changed_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _row(run: Run, conference_id: int, guid: str) -> dict[Field, object]:
    """What the session's row holds, field by field; the empty values when it has none."""
    found = run(
        f"SELECT {_FIELDS} FROM personal WHERE conference_id = ? AND session_guid = ?",
        (conference_id, guid),
    ).fetchone()
    if found is None:
        return dict(_EMPTY)
    # SQLite gives a star back as 0 or 1.
    values = dict(zip(_EMPTY, found, strict=True))
    values["starred"] = bool(values["starred"])
    return values
