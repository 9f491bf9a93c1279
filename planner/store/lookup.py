"""Finding a conference's row, which every part of the store that writes needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from planner.domain.programme import Conference
from planner.store.models import ConferenceRow
from planner.store.reading import PlanError


def conference_row(db: DbSession, conference: Conference) -> ConferenceRow:
    row = db.scalars(select(ConferenceRow).filter_by(key=conference.key)).first()
    if row is None:
        raise PlanError(
            QCoreApplication.translate(
                "Repository", "The conference {title} is not in the plan database."
            ).format(title=conference.title)
        )
    return row
