"""The attendee's choices: read, and changed by a rule in one write transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from planner.domain.programme import Conference
from planner.store.database import Database
from planner.store.lookup import conference_row
from planner.store.models import ChoiceRow

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

    def chosen(self, conference: Conference) -> set[str]:
        """The chosen guids, including those of sessions an update cancelled."""
        with self.database.transaction(write=False) as db:
            return chosen_in(db, conference_row(db, conference).id)

    def change(self, conference: Conference, decide: Decide) -> Changed:
        """Apply `decide` to the choices as they are on disk, in one write transaction.

        The write lock is taken before the read, so another writer (a second window, the
        command line) cannot slip a choice in between.
        """
        with self.database.transaction() as db:
            conference_id = conference_row(db, conference).id
            before = frozenset(chosen_in(db, conference_id))
            removed, added = decide(before)
            after = (before - set(removed)) | set(added)
            if after != before:
                replace_choices(db, conference_id, after, before)
            return Changed(before, frozenset(after))


def chosen_in(db: DbSession, conference_id: int) -> set[str]:
    return set(
        db.scalars(select(ChoiceRow.session_guid).where(ChoiceRow.conference_id == conference_id))
    )


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
    now = datetime.now()
    db.add_all(
        ChoiceRow(conference_id=conference_id, session_guid=guid, chosen_at=now)
        for guid in sorted(wanted - current)
    )
