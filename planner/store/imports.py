"""What an import gives back, and the update it holds back until the user confirms it: apart
from the store's writing part, so that what only reports an import loads no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.domain.changes import AffectedChoice, ChangeSet
from planner.domain.programme import Conference
from planner.store.reading import PlanError


@dataclass(frozen=True)
class ImportResult:
    conference: Conference
    # A conference the database did not have yet: nothing changed for the attendee.
    is_new: bool
    changes: ChangeSet
    affected: list[AffectedChoice]
    # What reading the file put right or left out (Programme.remarks).
    remarks: tuple[str, ...] = ()


class UpdateCancelsMostError(PlanError):
    """An update that would cancel most of a conference's sessions: perhaps the wrong file,
    or a broken export. It is imported only when the user confirms (`force`)."""

    def __init__(self, conference: Conference, cancelled: int, count: int) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Repository",
                "This file would cancel {cancelled} of the {count} sessions of {title}; "
                "if it really is the new programme, import it again with --force.",
            ).format(cancelled=cancelled, count=count, title=conference.title)
        )
        self.conference = conference
        self.cancelled = cancelled
        self.count = count
