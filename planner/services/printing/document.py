"""What is printed, on what paper, and the one error printing reports."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from planner.domain.programme import Conference, Programme, Session

PAPERS = ("a4", "letter")


class PrintError(OSError):
    """The PDF could not be written; the message says why and what to do."""


@dataclass(frozen=True)
class Document:
    """What to print: the attendee's agenda, or the whole timetable (`grid`)."""

    programme: Programme
    chosen: frozenset[str]
    language: str
    attendee: str = ""
    grid: bool = False
    # The attendee's notes by session guid, printed under their sessions.
    notes: Mapping[str, str] = field(default_factory=dict)
    printed: date = field(default_factory=date.today)

    @property
    def conference(self) -> Conference:
        """The conference in the document's language."""
        return self.programme.conference.translated(self.language)

    def shown(self, session: Session) -> Session:
        """A session with its texts in the document's language."""
        return session.translated(self.language)


def page_layout(paper: str = "a4", grid: bool = False) -> QPageLayout:
    """A4 or Letter; portrait for the agenda, landscape for the timetable."""
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    orientation = QPageLayout.Orientation.Landscape if grid else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(15, 14, 15, 12), QPageLayout.Unit.Millimeter)


def plan_document(
    programme: Programme,
    chosen: Iterable[str],
    language: str,
    *,
    attendee: str = "",
    grid: bool = False,
    printed: datetime | date | None = None,
) -> Document:
    """A document for the plan as it stands."""
    day = printed.date() if isinstance(printed, datetime) else printed
    return Document(
        programme=programme,
        chosen=frozenset(chosen),
        language=language,
        attendee=attendee.strip(),
        grid=grid,
        printed=day or date.today(),
    )
