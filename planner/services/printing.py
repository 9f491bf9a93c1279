"""The printed agenda and timetable: one painting function for preview, printer and PDF.

Everything is laid out first (every block measured on the target device), then split into
pages so that no item is cut in two, then painted; so "page x of y" knows y.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from planner.domain.programme import Conference, Programme, Session, sort_key
from planner.services.texts import capitalised, clock, day_label, qlocale, time_range

PAPERS = ("a4", "letter")

# Families tried in order; all of them carry å, ä and ö. The system's font is the last resort.
FONT_FAMILIES = (
    "Noto Sans",
    "Source Sans 3",
    "Liberation Sans",
    "DejaVu Sans",
    "Arial",
    "Helvetica",
    "Segoe UI",
)
BODY_SIZE = 10.0
PDF_RESOLUTION = 600

BLACK = QColor(0, 0, 0)
GREY = QColor(85, 85, 85)
RULE = QColor(160, 160, 160)
SHADE = QColor(236, 236, 236)
CHOSEN_SHADE = QColor(215, 215, 215)

Wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class PrintError(OSError):
    """The PDF could not be written; the message says why and what to do."""


@dataclass(frozen=True)
class Document:
    """What to print: the attendee's agenda, or the whole timetable (`grid`)."""

    conference: Conference
    sessions: Sequence[Session]
    chosen: frozenset[str]
    language: str
    attendee: str = ""
    grid: bool = False
    # The attendee's notes by session guid, printed under their sessions.
    notes: Mapping[str, str] = field(default_factory=dict)
    printed: date = field(default_factory=date.today)


def page_layout(paper: str = "a4", grid: bool = False) -> QPageLayout:
    """A4 or Letter; portrait for the agenda, landscape for the timetable."""
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    orientation = QPageLayout.Orientation.Landscape if grid else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(15, 14, 15, 12), QPageLayout.Unit.Millimeter)


def export_pdf(path: Path, document: Document, paper: str = "a4") -> int:
    """Write the document as a PDF file, whole or not at all; returns the page count."""
    path = Path(path)
    if path.is_dir():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "{path} is a folder: choose a file name for the PDF."
            ).format(path=path)
        )
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise PrintError(_cannot_write(path, error)) from error
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Conference planner")
        writer.setTitle(document.conference.translated(document.language).title)
        writer.setPageLayout(page_layout(paper, document.grid))
        pages = paint(writer, document)
        # The file is complete only once the writer is gone.
        del writer
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except (OSError, PrintError) as error:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        if isinstance(error, PrintError):
            raise
        raise PrintError(_cannot_write(path, error)) from error
    return pages


def _cannot_write(path: Path, error: OSError) -> str:
    return QCoreApplication.translate(
        "Printing",
        "The PDF could not be written to {path} ({reason}): choose a folder you can write to.",
    ).format(path=path, reason=error.strerror or error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def paint(device: QPagedPaintDevice, document: Document) -> int:
    """Paint the document onto a printer, a preview or a PDF writer; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer could not be used: check that it is ready."
            )
        )
    try:
        pages, style = (
            _grid_pages(device, document)
            if document.grid
            else _agenda_pages(Style(device), document)
        )
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for block, top in page:
                block.draw(painter, top)
            _draw_footer(painter, style, document, number, len(pages))
    finally:
        painter.end()
    return len(pages)


# Measuring on the device -------------------------------------------------------------------


class Style:
    """Fonts and sizes for one device; lengths are in device units, given in points."""

    def __init__(self, device: QPagedPaintDevice, scale: float = 1.0) -> None:
        self.device = device
        self.scale = scale
        self.unit = device.logicalDpiY() / 72.0
        self.width = float(device.width())
        self.height = float(device.height())
        self.family = font_family()
        self.body = self.font(BODY_SIZE)
        self.bold = self.font(BODY_SIZE, bold=True)
        self.italic = self.font(BODY_SIZE, italic=True)
        self.small = self.font(BODY_SIZE - 1.5)
        self.small_italic = self.font(BODY_SIZE - 1.5, italic=True)
        self.small_bold = self.font(BODY_SIZE - 1.5, bold=True)
        self.title = self.font(17, bold=True)
        self.subtitle = self.font(11.5)
        self.day = self.font(13, bold=True)
        self.footer_height = self.line(self.small) * 2 + self.pt(8)

    def pt(self, points: float) -> float:
        return points * self.unit

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        font.setItalic(italic)
        # Ligatures ("ﬀ" in "kaffe") would make the PDF's text differ from the programme's.
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()

    def text_height(self, font: QFont, width: float, text: str) -> float:
        if not text:
            return 0.0
        bound = QFontMetricsF(font, self.device).boundingRect(
            QRectF(0, 0, width, 1e9), int(Wrap), text
        )
        return bound.height()

    def text_width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)


def font_family() -> str:
    available = set(QFontDatabase.families())
    found = next((family for family in FONT_FAMILIES if family in available), None)
    return found or QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


@dataclass
class Block:
    """A piece of the page that is never split: its height and how to paint it at a top."""

    height: float
    draw: Callable[[QPainter, float], None]
    # A heading stays on the page of the block after it.
    keep_with_next: bool = False


Page = list[tuple[Block, float]]


@dataclass
class Section:
    """Blocks that start on a new page; `continued` repeats at the top of each further page."""

    blocks: list[Block]
    continued: list[Block]


def _paginate(style: Style, sections: Sequence[Section]) -> list[Page]:
    """Place blocks top to bottom; each section starts a page and flows onto more as needed."""
    bottom = style.height - style.footer_height
    pages: list[Page] = []
    for section in sections:
        page: Page = []
        pages.append(page)
        top = 0.0
        has_content = False
        blocks = section.blocks
        index = 0
        while index < len(blocks):
            # A heading moves with the block it introduces.
            group = [blocks[index]]
            while group[-1].keep_with_next and index + len(group) < len(blocks):
                group.append(blocks[index + len(group)])
            needed = sum(block.height for block in group)
            # A block taller than a page stays where it is rather than leave a page empty.
            if top + needed > bottom and has_content:
                page = []
                pages.append(page)
                top = 0.0
                for block in section.continued:
                    page.append((block, top))
                    top += block.height
            for block in group:
                page.append((block, top))
                top += block.height
            has_content = True
            index += len(group)
    return pages


# Pieces common to both documents -----------------------------------------------------------


def _draw_text(
    painter: QPainter,
    font: QFont,
    rect: QRectF,
    text: str,
    color: QColor = BLACK,
    *,
    flags: Qt.AlignmentFlag | Qt.TextFlag = Wrap,
) -> None:
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(rect, int(flags), text)


def _rule(painter: QPainter, style: Style, y: float, width: float, color: QColor = RULE) -> None:
    painter.setPen(QPen(color, style.pt(0.5)))
    painter.drawLine(QPointF(0, y), QPointF(width, y))


def _tick_box(painter: QPainter, style: Style, x: float, y: float, ticked: bool) -> None:
    """A square for a pen; with a drawn check mark when the choice is made."""
    side = style.pt(8.5)
    painter.setPen(QPen(BLACK, style.pt(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, side, side))
    if ticked:
        _check_mark(painter, style, x + style.pt(1.2), y + style.pt(1), side - style.pt(2.4))


def _check_mark(painter: QPainter, style: Style, x: float, y: float, size: float) -> None:
    path = QPainterPath(QPointF(x, y + size * 0.55))
    path.lineTo(QPointF(x + size * 0.38, y + size * 0.92))
    path.lineTo(QPointF(x + size, y + size * 0.05))
    pen = QPen(BLACK, style.pt(1.6))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _date_span(days: Sequence[date], language: str) -> str:
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


def _heading_block(style: Style, document: Document, conference: Conference) -> Block:
    """The conference's title, dates and place, and whose agenda this is."""
    width = style.width
    if document.grid:
        kind = (
            QCoreApplication.translate("Printing", "Timetable for {name}").format(
                name=document.attendee
            )
            if document.attendee
            else QCoreApplication.translate("Printing", "Timetable")
        )
    else:
        kind = (
            QCoreApplication.translate("Printing", "Personal agenda for {name}").format(
                name=document.attendee
            )
            if document.attendee
            else QCoreApplication.translate("Printing", "Personal agenda")
        )
    facts = " · ".join(
        part
        for part in (_date_span(conference.days, document.language), conference.info.venue)
        if part
    )
    lines = [(style.title, conference.title), (style.subtitle, facts), (style.bold, kind)]
    heights = [style.text_height(font, width, text) for font, text in lines]
    gap = style.pt(3)
    after = style.pt(10)

    def draw(painter: QPainter, top: float) -> None:
        y = top
        for (font, text), height in zip(lines, heights, strict=True):
            _draw_text(painter, font, QRectF(0, y, width, height), text)
            y += height + gap
        painter.setPen(QPen(BLACK, style.pt(1.2)))
        painter.drawLine(QPointF(0, y + style.pt(1)), QPointF(width, y + style.pt(1)))

    height = sum(heights) + gap * len(lines) + style.pt(2) + after
    return Block(height, draw, keep_with_next=True)


def _running_head_block(style: Style, document: Document, conference: Conference) -> Block:
    """The small line at the top of every page after the first."""
    text = conference.title + (f" – {document.attendee}" if document.attendee else "")
    height = style.line(style.small)

    def draw(painter: QPainter, top: float) -> None:
        metrics = QFontMetricsF(style.small, style.device)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, style.width)
        _draw_text(painter, style.small, QRectF(0, top, style.width, height), shown, GREY)
        _rule(painter, style, top + height + style.pt(2), style.width)

    return Block(height + style.pt(8), draw)


def _day_block(style: Style, label: str, continued: bool = False) -> Block:
    text = _continued_label(label) if continued else label
    height = style.text_height(style.day, style.width, text)
    before, after = style.pt(4), style.pt(5)

    def draw(painter: QPainter, top: float) -> None:
        _draw_text(painter, style.day, QRectF(0, top + before, style.width, height), text)

    return Block(before + height + after, draw, keep_with_next=True)


def _continued_label(label: str) -> str:
    return QCoreApplication.translate("Printing", "{day} (continued)").format(day=label)


def _draw_footer(
    painter: QPainter, style: Style, document: Document, number: int, count: int
) -> None:
    width = style.width
    line = style.line(style.small)
    top = style.height - line * 2 - style.pt(3)
    _rule(painter, style, top - style.pt(3), width)
    locale = qlocale(document.language)
    printed = document.printed
    when = locale.toString(QDate(printed.year, printed.month, printed.day), "d MMMM yyyy")
    notice = QCoreApplication.translate(
        "Printing", "The programme may change: check the organisers' notices on the day."
    )
    _draw_text(painter, style.small_italic, QRectF(0, top, width, line), notice, GREY)
    bottom = QRectF(0, top + line, width, line)
    _draw_text(
        painter,
        style.small,
        bottom,
        QCoreApplication.translate("Printing", "Printed {date}").format(date=when),
        GREY,
    )
    page = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(
        page=number, pages=count
    )
    _draw_text(painter, style.small, bottom, page, GREY, flags=Qt.AlignmentFlag.AlignRight)


def _detail_lines(style: Style, session: Session) -> list[tuple[QFont, str, QColor]]:
    """The small grey lines under a title: subtitle, speakers, room, and a missing end."""
    lines = [(style.small, text, GREY) for text in _details(session)]
    if session.end is None:
        text = QCoreApplication.translate("Printing", "End time not given in the programme")
        lines.append((style.small_italic, text, GREY))
    return lines


def _details(session: Session) -> list[str]:
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


def _slot_time(sessions: Sequence[Session]) -> str:
    start = min(s.start for s in sessions)
    ends = [s.end for s in sessions]
    end = "" if any(e is None for e in ends) else clock(max(e for e in ends if e is not None))
    return f"{clock(start)}–{end}"


def _by_day(
    sessions: Iterable[Session], days: Sequence[date]
) -> list[tuple[date, list[list[Session]]]]:
    """Each day's entries in time order: a fixed item alone, or a slot's sessions."""
    result: list[tuple[date, list[list[Session]]]] = []
    ordered = sorted(sessions, key=sort_key)
    for day in days:
        entries: list[list[Session]] = []
        seen: dict[str, list[Session]] = {}
        for session in (s for s in ordered if s.day == day):
            if session.slot is None:
                entries.append([session])
            elif session.slot in seen:
                seen[session.slot].append(session)
            else:
                seen[session.slot] = [session]
                entries.append(seen[session.slot])
        result.append((day, entries))
    return result


# The personal agenda -----------------------------------------------------------------------


class _AgendaColumns:
    def __init__(self, style: Style) -> None:
        self.time = style.text_width(style.body, "00:00–00:00") + style.pt(10)
        self.mark = style.pt(15)
        self.text_x = self.time + self.mark
        self.text_width = style.width - self.text_x
        self.pad = style.pt(3.5)


def _agenda_pages(style: Style, document: Document) -> tuple[list[Page], Style]:
    conference = document.conference.translated(document.language)
    sessions = [s.translated(document.language) for s in document.sessions]
    columns = _AgendaColumns(style)
    running = _running_head_block(style, document, conference)
    sections: list[Section] = []
    for number, (day, entries) in enumerate(_by_day(sessions, conference.days)):
        label = capitalised(day_label(day, document.language))
        blocks = [_day_block(style, label)]
        blocks.insert(0, _heading_block(style, document, conference) if number == 0 else running)
        for entry in entries:
            chosen = [s for s in entry if s.guid in document.chosen]
            if entry[0].for_everyone:
                blocks.append(_item_block(style, columns, document, entry[0], chosen=False))
            elif chosen:
                blocks += [_item_block(style, columns, document, s, chosen=True) for s in chosen]
            else:
                blocks.append(_open_slot_block(style, columns, entry))
        if not entries:
            blocks.append(
                _note_block(
                    style,
                    QCoreApplication.translate("Printing", "Nothing on the programme this day."),
                )
            )
        continued = [running, _day_block(style, label, continued=True)]
        sections.append(Section(blocks, continued))

    return _paginate(style, sections), style


def _note_block(style: Style, text: str) -> Block:
    height = style.text_height(style.italic, style.width, text) + style.pt(6)

    def draw(painter: QPainter, top: float) -> None:
        rect = QRectF(0, top + style.pt(3), style.width, height)
        _draw_text(painter, style.italic, rect, text, GREY)

    return Block(height, draw)


def _item_block(
    style: Style, columns: _AgendaColumns, document: Document, session: Session, *, chosen: bool
) -> Block:
    """One line of the agenda: time, a check mark for a choice, title, and what else is known."""
    title_font = style.italic if session.kind == "break" else style.bold
    lines: list[tuple[QFont, str, QColor]] = [(title_font, session.title, BLACK)]
    if chosen:
        if session.track and session.track != session.title:
            label = QCoreApplication.translate("Printing", "Your choice – theme: {theme}").format(
                theme=session.track
            )
        else:
            label = QCoreApplication.translate("Printing", "Your choice")
        lines.append((style.small_bold, label, GREY))
    elif session.track and session.track != session.title:
        theme = QCoreApplication.translate("Printing", "Theme: {theme}")
        lines.append((style.small, theme.format(theme=session.track), GREY))
    lines += _detail_lines(style, session)
    note = document.notes.get(session.guid)
    if note:
        lines.append(
            (
                style.small_italic,
                QCoreApplication.translate("Printing", "Note: {note}").format(note=note),
                BLACK,
            )
        )
    width = columns.text_width
    heights = [style.text_height(font, width, text) for font, text, _ in lines]
    time = time_range(session) if session.end is not None else clock(session.start)
    height = max(sum(heights), style.line(style.body)) + 2 * columns.pad

    def draw(painter: QPainter, top: float) -> None:
        y = top + columns.pad
        _draw_text(painter, style.body, QRectF(0, y, columns.time, style.line(style.body)), time)
        if chosen:
            _tick_box(painter, style, columns.time, y + style.pt(1.5), ticked=True)
        for (font, text, color), line_height in zip(lines, heights, strict=True):
            _draw_text(painter, font, QRectF(columns.text_x, y, width, line_height), text, color)
            y += line_height
        _rule(painter, style, top + height, style.width)

    return Block(height, draw)


def _open_slot_block(style: Style, columns: _AgendaColumns, sessions: list[Session]) -> Block:
    """A slot not chosen yet: its themes, each with an empty box to tick on the spot."""
    header = QCoreApplication.translate(
        "Printing", "Not chosen yet – tick one of these {count} themes on the spot:"
    ).format(count=len(sessions))
    box = style.pt(13)
    width = columns.text_width - style.pt(4)
    header_height = style.text_height(style.bold, width, header)
    themes = []
    for session in sessions:
        text = session.track or session.title
        if session.track and session.track != session.title:
            text = f"{session.title} ({session.track})"
        details = " · ".join(_details(session))
        themes.append(
            (
                text,
                style.text_height(style.body, width - box, text),
                details,
                style.text_height(style.small, width - box, details),
            )
        )
    gap = style.pt(2)
    inner = header_height + style.pt(3) + sum(h + d + gap for _, h, _, d in themes)
    height = inner + 2 * columns.pad + style.pt(2)

    def draw(painter: QPainter, top: float) -> None:
        shade = QRectF(0, top + style.pt(1), style.width, height - style.pt(2))
        painter.fillRect(shade, SHADE)
        painter.fillRect(QRectF(0, shade.top(), style.pt(2.2), shade.height()), BLACK)
        y = top + columns.pad + style.pt(1)
        time_rect = QRectF(style.pt(5), y, columns.time, style.line(style.body))
        _draw_text(painter, style.body, time_rect, _slot_time(sessions))
        x = columns.text_x
        _draw_text(painter, style.bold, QRectF(x, y, width, header_height), header)
        y += header_height + style.pt(3)
        for text, text_height, details, details_height in themes:
            _tick_box(painter, style, x, y + style.pt(1.5), ticked=False)
            _draw_text(painter, style.body, QRectF(x + box, y, width - box, text_height), text)
            y += text_height
            if details:
                rect = QRectF(x + box, y, width - box, details_height)
                _draw_text(painter, style.small, rect, details, GREY)
            y += details_height + gap

    return Block(height, draw)


# The whole timetable -----------------------------------------------------------------------


# A wall chart is read from a step away: larger type when the fullest day leaves room for it.
GRID_SCALES = (1.5, 1.4, 1.3, 1.2, 1.1, 1.0)


def _grid_pages(device: QPagedPaintDevice, document: Document) -> tuple[list[Page], Style]:
    """The timetable at the largest type size that keeps every day on one page."""
    for scale in GRID_SCALES:
        style = Style(device, scale)
        pages = _grid_layout(style, document)
        days = len(document.conference.days)
        if len(pages) <= days or scale == GRID_SCALES[-1]:
            break
    return pages, style


def _grid_layout(style: Style, document: Document) -> list[Page]:
    conference = document.conference.translated(document.language)
    sessions = [s.translated(document.language) for s in document.sessions]
    days = _by_day(sessions, conference.days)
    column_count = max((len(entry) for _, entries in days for entry in entries), default=1)
    time_width = style.text_width(style.small_bold, "00:00–00:00") + style.pt(8)
    legend = _legend_block(style)
    sections: list[Section] = []
    for day, entries in days:
        label = capitalised(day_label(day, document.language))
        heading = _grid_heading_block(style, document, conference, label)
        continued = _grid_heading_block(style, document, conference, _continued_label(label))
        rows = [
            _grid_row_block(style, document, entry, time_width, column_count) for entry in entries
        ]
        if not entries:
            rows.append(
                _note_block(
                    style,
                    QCoreApplication.translate("Printing", "Nothing on the programme this day."),
                )
            )
        sections.append(Section([heading, legend, *rows], [continued, legend]))
    return _paginate(style, sections)


def _grid_heading_block(
    style: Style, document: Document, conference: Conference, label: str
) -> Block:
    who = f" – {document.attendee}" if document.attendee else ""
    facts = " · ".join(
        part
        for part in (_date_span(conference.days, document.language), conference.info.venue)
        if part
    )
    top_line = conference.title + who
    small_height = style.text_height(style.subtitle, style.width, top_line)
    day_height = style.text_height(style.title, style.width, label)
    facts_height = style.line(style.small)

    def draw(painter: QPainter, top: float) -> None:
        _draw_text(painter, style.subtitle, QRectF(0, top, style.width, small_height), top_line)
        y = top + small_height
        _draw_text(painter, style.small, QRectF(0, y, style.width, facts_height), facts, GREY)
        y += facts_height + style.pt(2)
        _draw_text(painter, style.title, QRectF(0, y, style.width, day_height), label)

    height = small_height + facts_height + style.pt(2) + day_height + style.pt(4)
    return Block(height, draw, keep_with_next=True)


def _legend_block(style: Style) -> Block:
    text = QCoreApplication.translate(
        "Printing", "Your choices are shaded, framed and ticked; an empty box is still open."
    )
    box = style.pt(13)
    height = style.text_height(style.small, style.width - box, text)

    def draw(painter: QPainter, top: float) -> None:
        _tick_box(painter, style, 0, top + style.pt(0.5), ticked=True)
        rect = QRectF(box, top, style.width - box, height)
        _draw_text(painter, style.small, rect, text, GREY)

    return Block(height + style.pt(6), draw, keep_with_next=True)


def _grid_row_block(
    style: Style, document: Document, entry: list[Session], time_width: float, column_count: int
) -> Block:
    """One row of the timetable: a fixed item across all columns, or a slot's sessions."""
    pad = style.pt(3.5)
    box = style.pt(13)
    grid_width = style.width - time_width
    fixed = entry[0].for_everyone
    cell_width = grid_width if fixed else grid_width / column_count
    time = _slot_time(entry)
    text_width = cell_width - 2 * pad - (0 if fixed else box)
    cells = []
    for session in entry:
        lines = _grid_cell_lines(style, session, fixed, entry[0])
        heights = [style.text_height(font, text_width, text) for font, text, _ in lines]
        cells.append((session, lines, heights))
    height = max(sum(heights) for _, _, heights in cells) + 2 * pad

    def draw(painter: QPainter, top: float) -> None:
        painter.setPen(QPen(RULE, style.pt(0.5)))
        painter.setBrush(SHADE if fixed and entry[0].kind == "break" else Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, top, style.width, height))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        time_rect = QRectF(pad, top + pad, time_width - pad, height - 2 * pad)
        _draw_text(painter, style.small_bold, time_rect, time)
        for position, (session, lines, heights) in enumerate(cells):
            left = time_width + position * cell_width
            cell = QRectF(left, top, cell_width, height)
            chosen = session.guid in document.chosen
            if chosen:
                painter.fillRect(cell, CHOSEN_SHADE)
                painter.setPen(QPen(BLACK, style.pt(1.6)))
                inset = style.pt(0.8)
                painter.drawRect(cell.adjusted(inset, inset, -inset, -inset))
            else:
                painter.setPen(QPen(RULE, style.pt(0.5)))
                painter.drawLine(cell.topLeft(), cell.bottomLeft())
            x = left + pad
            if not fixed:
                _tick_box(painter, style, x, top + pad + style.pt(1), ticked=chosen)
                x += box
            y = top + pad
            for (font, text, color), line_height in zip(lines, heights, strict=True):
                _draw_text(painter, font, QRectF(x, y, text_width, line_height), text, color)
                y += line_height

    return Block(height, draw)


def _grid_cell_lines(
    style: Style, session: Session, fixed: bool, first: Session
) -> list[tuple[QFont, str, QColor]]:
    if session.kind == "break":
        title_font = style.italic
    else:
        title_font = style.bold if fixed else style.small_bold
    lines = [(title_font, session.title, BLACK)]
    if session.track and session.track != session.title:
        lines.append((style.small, session.track, GREY))
    if not fixed and (session.start, session.end) != (first.start, first.end):
        lines.append((style.small, time_range(session), GREY))
    lines += _detail_lines(style, session)
    return lines


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
        conference=programme.conference,
        sessions=programme.sessions,
        chosen=frozenset(chosen),
        language=language,
        attendee=attendee.strip(),
        grid=grid,
        printed=day or date.today(),
    )


__all__ = [
    "PAPERS",
    "Document",
    "PrintError",
    "export_pdf",
    "page_layout",
    "paint",
    "plan_document",
]
