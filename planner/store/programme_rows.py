"""A programme's rows: the conference row and its sessions written, and the choices' slots
settled after. Plain SQL on the stdlib sqlite3 connection, inside a write transaction: the
first start stores the shipped programme without SQLAlchemy, and imports and undo, which run
in SQLAlchemy's transaction, write through its connection (`connection_of`) the same way."""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from planner.domain.programme import Conference, Programme
from planner.store.records import SESSION_COLUMNS, conference_record, session_row, stamp

_CONFERENCE_FIELDS = ("title", "title_en", "timezone", "days", "info", "info_en")
_JSON_FIELDS = frozenset({"days", "info", "info_en"})

_INSERT_SESSION = "INSERT INTO session (conference_id, {}) VALUES (?{})".format(
    ", ".join(f'"{name}"' for name in SESSION_COLUMNS), ", ?" * len(SESSION_COLUMNS)
)


def save(connection: sqlite3.Connection, programme: Programme) -> None:
    """Store `programme`, replacing the sessions of the conference of its key, if any."""
    fill(connection, conference_row_id(connection, programme.conference), programme)


def conference_row_id(connection: sqlite3.Connection, conference: Conference) -> int:
    """The id of the conference's row, made when the database does not have it yet."""
    found = connection.execute(
        'SELECT id FROM conference WHERE "key" = ?', (conference.key,)
    ).fetchone()
    if found is not None:
        return int(found[0])
    now = stamp()
    cursor = connection.execute(
        'INSERT INTO conference ("key", title, days, info, imported_at, opened_at) '
        "VALUES (?, '', '[]', '{}', ?, ?)",
        (conference.key, now, now),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def fill(connection: sqlite3.Connection, conference_id: int, programme: Programme) -> None:
    """Make the conference's row hold `programme`: its fields and sessions (choices stay
    as they are, their slots settled anew)."""
    record = conference_record(programme.conference)
    values = [
        json.dumps(record[name]) if name in _JSON_FIELDS else record[name]
        for name in _CONFERENCE_FIELDS
    ]
    now = stamp()
    connection.execute(
        "UPDATE conference SET "
        + ", ".join(f"{name} = ?" for name in _CONFERENCE_FIELDS)
        + ", imported_at = ?, opened_at = ? WHERE id = ?",
        (*values, now, now, conference_id),
    )
    connection.execute("DELETE FROM session WHERE conference_id = ?", (conference_id,))
    # One statement for all the rows: ORM objects, or SQLAlchemy turning each row's values
    # one by one, cost more than the rest of an import.
    connection.executemany(
        _INSERT_SESSION, [(conference_id, *session_row(s)) for s in programme.sessions]
    )
    settle_slots(connection, conference_id)


def settle_slots(connection: sqlite3.Connection, conference_id: int) -> None:
    """Give each choice its session's slot anew, after the programme changed: where an update
    put two choices into one slot, the one chosen first keeps it (the report names both)."""
    slot_of = dict(
        connection.execute(
            "SELECT guid, slot FROM session WHERE conference_id = ?", (conference_id,)
        ).fetchall()
    )
    chosen = [
        guid
        for (guid,) in connection.execute(
            "SELECT session_guid FROM choice WHERE conference_id = ? ORDER BY chosen_at",
            (conference_id,),
        )
    ]
    connection.execute("UPDATE choice SET slot = NULL WHERE conference_id = ?", (conference_id,))
    taken: set[str] = set()
    settled = []
    for guid in chosen:
        slot = slot_of.get(guid)
        if slot is not None and slot not in taken:
            taken.add(slot)
            settled.append((slot, conference_id, guid))
    connection.executemany(
        "UPDATE choice SET slot = ? WHERE conference_id = ? AND session_guid = ?", settled
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """An import makes tens of thousands of objects that all live until it ends: the cyclic
    garbage collector, run again and again meanwhile, would find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
