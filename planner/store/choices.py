"""The attendee's choices: read, and changed by a rule in one write transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from planner.domain.programme import Conference
from planner.store import reading
from planner.store.database import Database, run_in
from planner.store.models import ChoiceRow, SessionRow

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
        with self.database.transaction() as db:
            conference_id = reading.conference_id(run_in(db), conference)
            before = frozenset(chosen_in(db, conference_id))
            removed, added = decide(before)
            after = (before - set(removed)) | set(added)
            if after != before:
                replace_choices(db, conference_id, after, before)
            return Changed(before, frozenset(after))


def chosen_in(db: DbSession, conference_id: int) -> set[str]:
    return reading.chosen(run_in(db), conference_id)


def replace_choices(
    db: DbSession, conference_id: int, wanted: Iterable[str], current: Iterable[str] | None = None
) -> None:
    """Make the conference's choices `wanted`, touching only the rows that differ."""
    wanted = set(wanted)
    current = chosen_in(db, conference_id) if current is None else set(current)
    gone = current - wanted
    if gone:
        db.execute(
            delete(ChoiceRow)
            .where(ChoiceRow.conference_id == conference_id)
            .where(ChoiceRow.session_guid.in_(gone))
        )
    new = sorted(wanted - current)
    if not new:
        return
    slots: dict[str, str | None] = dict(
        db.execute(
            select(SessionRow.guid, SessionRow.slot)
            .where(SessionRow.conference_id == conference_id)
            .where(SessionRow.guid.in_(new))
        ).all()
    )
    now = datetime.now()
    db.add_all(
        ChoiceRow(
            conference_id=conference_id, session_guid=guid, slot=slots.get(guid), chosen_at=now
        )
        for guid in new
    )
    # A choice of a session in a slot that already holds one breaks the unique index: the
    # rules never ask for that, so it is a fault, not a plan.
    db.flush()


def settle_slots(db: DbSession, conference_id: int) -> None:
    """Give each choice its session's slot anew, after the programme changed: where an update
    put two choices into one slot, the one chosen first keeps it (the report names both)."""
    slot_of: dict[str, str | None] = dict(
        db.execute(
            select(SessionRow.guid, SessionRow.slot).where(
                SessionRow.conference_id == conference_id
            )
        ).all()
    )
    rows = db.scalars(
        select(ChoiceRow).filter_by(conference_id=conference_id).order_by(ChoiceRow.chosen_at)
    ).all()
    for row in rows:
        row.slot = None
    db.flush()
    taken: set[str] = set()
    for row in rows:
        slot = slot_of.get(row.session_guid)
        if slot is not None and slot not in taken:
            taken.add(slot)
            row.slot = slot
    db.flush()
