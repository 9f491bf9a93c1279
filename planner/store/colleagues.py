"""Colleagues' plans, added from the files they shared: one plan per person and conference."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select

from planner.domain.delegation import SharedPlan
from planner.domain.programme import Conference
from planner.store.database import Database
from planner.store.lookup import conference_row
from planner.store.models import ColleagueRow
from planner.store.reading import PlanError


class OlderPlanError(PlanError):
    """The database holds a plan of that person written later than the one being added."""


class Colleagues:
    def __init__(self, database: Database) -> None:
        self.database = database

    def all(self, conference: Conference) -> list[SharedPlan]:
        """The colleagues' plans for `conference`, by name."""
        with self.database.transaction() as db:
            rows = db.scalars(
                select(ColleagueRow)
                .filter_by(conference_id=conference_row(db, conference).id)
                .order_by(ColleagueRow.name_key)
            ).all()
            return [_plan(row) for row in rows]

    def add(self, conference: Conference, plan: SharedPlan) -> bool:
        """Add a colleague's plan to `conference`; returns whether it replaced an earlier one
        of the same person. Raises OlderPlanError when the stored one is newer."""
        with self.database.transaction() as db:
            conference_id = conference_row(db, conference).id
            key = plan.name.casefold()
            row = db.scalars(
                select(ColleagueRow).filter_by(conference_id=conference_id, name_key=key)
            ).first()
            replaced = row is not None
            if row is None:
                row = ColleagueRow(conference_id=conference_id, name_key=key)
                db.add(row)
            elif _is_older(plan.written, row.written_at):
                raise OlderPlanError(
                    QCoreApplication.translate(
                        "Repository",
                        "The plan of {name} added earlier was written later than this one; "
                        "it stays. Add their newest file instead.",
                    ).format(name=row.name)
                )
            row.name = plan.name
            row.written_at = _naive_utc(plan.written)
            row.added_at = datetime.now()
            row.conference_key = plan.conference_key
            row.conference_title = plan.conference_title
            row.chosen = sorted(plan.chosen)
            row.starred = sorted(plan.starred)
            row.ratings = dict(plan.ratings)
            row.notes = dict(plan.notes)
            return replaced

    def remove(self, conference: Conference, name: str) -> bool:
        """Remove a colleague's plan; returns whether there was one."""
        with self.database.transaction() as db:
            done = db.execute(
                delete(ColleagueRow)
                .where(ColleagueRow.conference_id == conference_row(db, conference).id)
                .where(ColleagueRow.name_key == name.casefold())
            )
            return bool(getattr(done, "rowcount", 0))


def _naive_utc(moment: datetime | None) -> datetime | None:
    """SQLite keeps no offsets: instants are kept as UTC without one."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _is_older(written: datetime | None, stored: datetime | None) -> bool:
    new = _naive_utc(written)
    return new is not None and stored is not None and new < stored


def _plan(row: ColleagueRow) -> SharedPlan:
    return SharedPlan(
        name=row.name,
        conference_key=row.conference_key,
        conference_title=row.conference_title,
        days=(),
        chosen=frozenset(row.chosen),
        starred=frozenset(row.starred),
        ratings=dict(row.ratings),
        notes=dict(row.notes),
        written=row.written_at.replace(tzinfo=UTC) if row.written_at is not None else None,
    )
