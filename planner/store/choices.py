"""The attendee's choices: read, and changed by a rule in one small write transaction (no
SQLAlchemy: a click never waits for it to load)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.programme import Conference
from planner.store import reading
from planner.store.database import Database, Run, run_in
from planner.store.records import stamp

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

# Given the choices on disk, the guids to unchoose and those to choose.
Decide = Callable[[frozenset[str]], tuple[Iterable[str], Iterable[str]]]


@dataclass(frozen=True)
class Changed:
    """The choices before and after one change."""

    before: frozenset[str]
    after: frozenset[str]


class Choices:
    def __init__(self, database: Database) -> None:
        self.database = database

    def change(self, conference: Conference, decide: Decide) -> Changed:
        """Apply `decide` to the choices as they are on disk, in one write transaction.

        The write lock is taken before the read, so another writer (a second window, the
        command line) cannot slip a choice in between.
        """
        with self.database.writing() as run:
            conference_id = reading.conference_id(run, conference)
            before = frozenset(reading.chosen(run, conference_id))
            removed, added = decide(before)
            after = (before - set(removed)) | set(added)
            if after != before:
                replace_choices(run, conference_id, after, before)
            return Changed(before, frozenset(after))


def chosen_in(db: DbSession, conference_id: int) -> set[str]:
    return reading.chosen(run_in(db), conference_id)


def replace_choices(
    run: Run, conference_id: int, wanted: Iterable[str], current: Iterable[str] | None = None
) -> None:
    """Make the conference's choices `wanted`, touching only the rows that differ; in a write
    of either kind (`run_in` gives an import's)."""
    wanted = set(wanted)
    current = reading.chosen(run, conference_id) if current is None else set(current)
    gone = sorted(current - wanted)
    if gone:
        run(
            "DELETE FROM choice WHERE conference_id = ? "
            f"AND session_guid IN ({reading.placeholders(gone)})",
            (conference_id, *gone),
        )
    new = sorted(wanted - current)
    if not new:
        return
    slots: dict[str, str | None] = dict(
        run(
            "SELECT guid, slot FROM session WHERE conference_id = ? "
            f"AND guid IN ({reading.placeholders(new)})",
            (conference_id, *new),
        ).fetchall()
    )
    now = stamp()
    # A choice of a session in a slot that already holds one breaks the unique index: the
    # rules never ask for that, so it is a fault, not a plan.
    for guid in new:
        run(
            "INSERT INTO choice (conference_id, session_guid, slot, chosen_at) VALUES (?, ?, ?, ?)",
            (conference_id, guid, slots.get(guid), now),
        )
