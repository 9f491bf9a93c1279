"""What showing a plan needs from the database: conferences, a programme, the choices, and the
attendee's notes, stars, ratings and attendance.

The same SQL serves the reads at start-up (through the stdlib sqlite3 module, with no
SQLAlchemy to load) and the reads inside a write (through SQLAlchemy's connection to the same
file): `Run` executes a statement either way, and the rows become values in one place
(`planner.store.records`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, Programme, Session, sort_key
from planner.store.database import Database, Run
from planner.store.records import (
    CONFERENCE_COLUMNS,
    SESSION_COLUMNS,
    conference_from_record,
    session_from_record,
    session_from_row,
)


class PlanError(ValueError):
    """What was asked cannot be done with this plan: an unknown conference or session."""


_CONFERENCE = "SELECT id, " + ", ".join(f'"{c}"' for c in CONFERENCE_COLUMNS) + " FROM conference"
# In the order of their text, which is time order but across a change of UTC offset (the
# night clocks go back): the sort by time that follows then has next to nothing to do.
_SESSIONS = (
    "SELECT "
    + ", ".join(f'"{c}"' for c in SESSION_COLUMNS)
    + ' FROM session WHERE conference_id = ? ORDER BY day, start, "column", guid'
)


class Marks(NamedTuple):
    """What the attendee keeps about sessions besides the choices, by session guid. Each
    change makes new Marks: the dictionaries are never changed in place."""

    notes: dict[str, str]
    starred: frozenset[str]
    # 1 maybe, 2 want, 3 must.
    ratings: dict[str, int]
    # "attended" or "skipped".
    attendance: dict[str, str]


class Reading:
    """Reads of the plan database, each one consistent in itself."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def conferences(self) -> list[Conference]:
        with self.database.reading() as run:
            rows = run(_CONFERENCE + " ORDER BY title", ()).fetchall()
        return [_conference(row) for row in rows]

    def current(self) -> Conference | None:
        """The conference opened or imported last."""
        with self.database.reading() as run:
            row = run(_CONFERENCE + " ORDER BY opened_at DESC LIMIT 1", ()).fetchone()
        return _conference(row) if row is not None else None

    def programme(self, conference: Conference) -> Programme:
        """The conference as the database has it now, with its sessions."""
        with self.database.reading() as run:
            return programme(run, conference_id(run, conference))

    def chosen(self, conference: Conference) -> set[str]:
        """The chosen guids, including those of sessions an update cancelled."""
        with self.database.reading() as run:
            return chosen(run, conference_id(run, conference))

    def marks(self, conference: Conference) -> Marks:
        """The attendee's notes, stars, ratings and attendance, including those of sessions
        an update cancelled (they come back with the session)."""
        with self.database.reading() as run:
            return marks(run, conference_id(run, conference))

    def unseen(self, conference: Conference) -> dict[str, str]:
        """Sessions added or changed by imports and not yet seen: guid -> kind of change."""
        with self.database.reading() as run:
            rows = run(
                "SELECT session_guid, change FROM unseen_change WHERE conference_id = ?",
                (conference_id(run, conference),),
            ).fetchall()
        return {str(guid): str(change) for guid, change in rows}

    def can_undo(self, conference: Conference) -> bool:
        """Whether an import of the conference can be undone."""
        with self.database.reading() as run:
            found = run(
                "SELECT 1 FROM programme_version WHERE conference_id = ? LIMIT 1",
                (conference_id(run, conference),),
            ).fetchone()
        return found is not None

    def imported_at(self, conference: Conference) -> datetime | None:
        """When the conference's programme was last stored (by an import, an undo, a save)."""
        with self.database.reading() as run:
            row = run("SELECT imported_at FROM conference WHERE key = ?", (conference.key,))
            found = row.fetchone()
        return datetime.fromisoformat(str(found[0])) if found is not None else None


def placeholders(values: Sequence[object]) -> str:
    """The placeholders of an IN list of `values`: "?, ?, ?"."""
    return ", ".join("?" * len(values))


def conference_id(run: Run, conference: Conference) -> int:
    found = run("SELECT id FROM conference WHERE key = ?", (conference.key,)).fetchone()
    if found is None:
        raise PlanError(
            QCoreApplication.translate(
                "Repository", "The conference {title} is not in the plan database."
            ).format(title=conference.title)
        )
    return int(found[0])


def programme(run: Run, conference_id: int) -> Programme:
    rows = run(_SESSIONS, (conference_id,)).fetchall()
    return _programme(run, conference_id, [session_from_row(row) for row in rows])


def session_records(run: Run, conference_id: int) -> list[dict[str, Any]]:
    """The conference's sessions as the session table holds them (and a kept version of
    the programme keeps them)."""
    return [
        dict(zip(SESSION_COLUMNS, values, strict=True))
        for values in run(_SESSIONS, (conference_id,)).fetchall()
    ]


def programme_of(run: Run, conference_id: int, records: list[dict[str, Any]]) -> Programme:
    return _programme(run, conference_id, [session_from_record(record) for record in records])


def _programme(run: Run, conference_id: int, sessions: list[Session]) -> Programme:
    row = run(_CONFERENCE + " WHERE id = ?", (conference_id,)).fetchone()
    sessions.sort(key=sort_key)
    return Programme(_conference(row), tuple(sessions))


def chosen(run: Run, conference_id: int) -> set[str]:
    rows = run("SELECT session_guid FROM choice WHERE conference_id = ?", (conference_id,))
    return {str(guid) for (guid,) in rows.fetchall()}


def marks(run: Run, conference_id: int) -> Marks:
    rows = run(
        "SELECT session_guid, note, starred, rating, attendance FROM personal "
        "WHERE conference_id = ?",
        (conference_id,),
    ).fetchall()
    return Marks(
        notes={str(guid): str(note) for guid, note, *_ in rows if note},
        starred=frozenset(str(guid) for guid, _, starred, *_ in rows if starred),
        ratings={str(guid): int(rating) for guid, _, _, rating, _ in rows if rating},
        attendance={str(guid): str(state) for guid, *_, state in rows if state},
    )


def _conference(row: Sequence[Any]) -> Conference:
    return conference_from_record(dict(zip(CONFERENCE_COLUMNS, row[1:], strict=True)))
