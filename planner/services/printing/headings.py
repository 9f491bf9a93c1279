"""The headings, notes and footer of the printed pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPainter

from planner.services.printing.document import Document
from planner.services.printing.layout import GREY, Block, Style, rule, tick_box
from planner.services.texts import qlocale


def date_span(days: Sequence[date], language: str) -> str:
    """ "17–18 maj 2018", "30 May – 2 June 2018"."""
    if not days:
        return ""
    locale = qlocale(language)
    first, last = min(days), max(days)

    def show(day: date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if first == last:
        return show(first, "d MMMM yyyy")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{show(last, 'd MMMM yyyy')}"
    if first.year == last.year:
        return f"{show(first, 'd MMMM')} – {show(last, 'd MMMM yyyy')}"
    return f"{show(first, 'd MMMM yyyy')} – {show(last, 'd MMMM yyyy')}"


def facts(document: Document) -> str:
    """The conference's dates and place: "17–18 May 2018 · Stockholm"."""
    conference = document.conference
    parts = (date_span(conference.days, document.language), conference.info.venue)
    return " · ".join(part for part in parts if part)


def running_head_block(style: Style, document: Document) -> Block:
    """The small line at the top of every agenda page after the first."""
    who = f" – {document.attendee}" if document.attendee else ""
    text = style.text(style.small, style.width, document.conference.title + who, GREY, most=1)

    def draw(painter: QPainter, top: float) -> None:
        text.draw(painter, 0, top, style.width)
        rule(painter, style, top + text.height + style.pt(2), style.width)

    return Block(text.height + style.pt(8), draw, keep_with_next=True)


def day_block(style: Style, label: str) -> Block:
    text = style.text(style.day, style.width, label)
    before, after = style.pt(4), style.pt(5)

    def draw(painter: QPainter, top: float) -> None:
        text.draw(painter, 0, top + before, style.width)

    return Block(before + text.height + after, draw, keep_with_next=True)


def continued_label(label: str) -> str:
    return QCoreApplication.translate("Printing", "{day} (continued)").format(day=label)


def note_block(style: Style, text: str) -> Block:
    shown = style.text(style.italic, style.width, text, GREY)

    def draw(painter: QPainter, top: float) -> None:
        shown.draw(painter, 0, top + style.pt(3), style.width)

    return Block(shown.height + style.pt(6), draw)


def draw_footer(
    painter: QPainter, style: Style, document: Document, number: int, count: int
) -> None:
    width = style.width
    line = style.line(style.footer)
    top = style.height - line * 2 - style.pt(3)
    rule(painter, style, top - style.pt(3), width)
    printed = document.printed
    when = qlocale(document.language).toString(
        QDate(printed.year, printed.month, printed.day), "d MMMM yyyy"
    )
    notice = QCoreApplication.translate(
        "Printing", "The programme may change: check the organisers' notices on the day."
    )
    style.text(style.footer_italic, width, notice, GREY, most=1).draw(painter, 0, top, width)
    printed_on = QCoreApplication.translate("Printing", "Printed {date}").format(date=when)
    page = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
        page=number, pages=count
    )
    style.text(style.footer, width, printed_on, GREY, most=1).draw(painter, 0, top + line, width)
    right = Qt.AlignmentFlag.AlignRight
    style.text(style.footer, width, page, GREY, most=1).draw(painter, 0, top + line, width, right)


def grid_heading_block(style: Style, document: Document, label: str, rooms: str = "") -> Block:
    """The timetable page's heading: the conference, the day, and which of its rooms."""
    who = f" – {document.attendee}" if document.attendee else ""
    width = style.width
    top_line = style.text(style.subtitle, width, document.conference.title + who, most=2)
    facts_line = style.text(style.small, width, facts(document), GREY, most=1)
    rooms_line = style.text(style.subtitle, width, rooms, most=1)
    beside = style.text_width(style.subtitle, rooms) + style.pt(12) if rooms else 0.0
    day = style.text(style.title, width - beside, label, most=2)

    def draw(painter: QPainter, top: float) -> None:
        y = top_line.draw(painter, 0, top, width)
        y = facts_line.draw(painter, 0, y, width) + style.pt(2)
        day.draw(painter, 0, y, width)
        # On the day's line, to the right, at the foot of the day's name.
        baseline = y + day.height - rooms_line.height
        rooms_line.draw(painter, 0, baseline, width, Qt.AlignmentFlag.AlignRight)

    height = top_line.height + facts_line.height + style.pt(2) + day.height + style.pt(4)
    return Block(height, draw, keep_with_next=True)


def legend_block(style: Style) -> Block:
    text = QCoreApplication.translate(
        "Printing", "Your choices are shaded, framed and ticked; an empty box is still open."
    )
    box = style.pt(13)
    shown = style.text(style.small, style.width - box, text, GREY)

    def draw(painter: QPainter, top: float) -> None:
        tick_box(painter, style, 0, top + style.pt(0.5), ticked=True)
        shown.draw(painter, box, top, style.width - box)

    return Block(shown.height + style.pt(6), draw, keep_with_next=True)
