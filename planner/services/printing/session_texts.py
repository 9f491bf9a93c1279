"""What both printouts say about a session beside its title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from planner.domain.programme import Session
from planner.services.printing.layout import GREY, Style, Text
from planner.services.texts import clock, qlocale, time_range


def weekday(day: date, language: str) -> str:
    """The short weekday: "Sun", "sön"."""
    return qlocale(language).toString(QDate(day.year, day.month, day.day), "ddd")


def time_text(session: Session, language: str) -> str:
    """ "13:30–14:20", "12:00" when the programme gives no end, and after midnight the
    calendar day it falls on: "00:30–01:15 (Sun)"."""
    text = time_range(session) if session.end is not None else clock(session.start)
    if session.next_calendar_day:
        text += f" ({weekday(session.start.date(), language)})"
    return text


def details(session: Session) -> list[str]:
    """The facts the programme has about a session, each on its own line."""
    lines = []
    if session.subtitle:
        lines.append(session.subtitle)
    if session.room:
        lines.append(
            QCoreApplication.translate("Printing", "Room: {room}").format(room=session.room)
        )
    if session.speakers:
        lines.append(
            QCoreApplication.translate("Printing", "Speakers: {names}").format(
                names=", ".join(session.speakers)
            )
        )
    return lines


def detail_texts(style: Style, session: Session, width: float) -> list[Text]:
    """The small grey lines under a title: subtitle, room, speakers, and a missing end."""
    # A few lines each, so that no item outgrows a page.
    texts = [style.text(style.small, width, line, GREY, most=3) for line in details(session)]
    if session.end is None:
        missing = QCoreApplication.translate("Printing", "End time not given in the programme")
        texts.append(style.text(style.small_italic, width, missing, GREY))
    return texts
