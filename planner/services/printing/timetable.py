"""The whole timetable. An aligned programme (every talk in a slot of a few parallel sessions,
like the shipped one) prints a row a slot, a day a page where it fits, its themes side by
side; any other programme prints its rooms side by side (see `rooms`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from planner.domain.grid import is_aligned
from planner.domain.programme import Programme, Session
from planner.services.printing.document import Document
from planner.services.printing.headings import (
    continued_label,
    grid_heading_block,
    legend_block,
    note_block,
)
from planner.services.printing.layout import (
    BLACK,
    GREY,
    RULE,
    SHADE,
    Block,
    Page,
    Section,
    Style,
    Text,
    chosen_frame,
    draw_stacked,
    paginate,
    stacked_height,
    tick_box,
)
from planner.services.printing.rooms import ROOM_WIDTH, room_pages
from planner.services.printing.session_texts import detail_texts, time_text
from planner.services.texts import capitalised, day_label

# A wall chart is read from a step away: larger type when the fullest day leaves room for it.
GRID_SCALES = (1.5, 1.4, 1.3, 1.2, 1.1, 1.0)


def timetable_pages(device: QPagedPaintDevice, document: Document) -> tuple[list[Page], Style]:
    """The timetable's pages, and the style they were measured in."""
    style = Style(device)
    if not _aligned(style, document):
        return room_pages(style, document), style
    # The largest type that keeps every day on one page.
    for scale in GRID_SCALES:
        style = Style(device, scale)
        pages = _slot_pages(style, document)
        if len(pages) <= len(document.conference.days):
            break
    return pages, style


def _aligned(style: Style, document: Document) -> bool:
    """Whether every day is a stack of slots and items for everyone (as the window's grid
    sees it), and the widest slot fits across a page."""
    programme = document.programme
    if not all(is_aligned(programme.on(day)) for day in document.conference.days):
        return False
    widest = max((len(members) for members in programme.slots.values()), default=1)
    return (style.width - _time_width(style)) / widest >= style.pt(ROOM_WIDTH)


def _time_width(style: Style) -> float:
    return style.text_width(style.small_bold, "00:00–00:00") + style.pt(8)


def _rows(programme: Programme, day: date) -> list[list[Session]]:
    """The day's rows in time order: an item for everyone alone, or a slot's sessions."""
    rows: list[list[Session]] = []
    seen: set[str] = set()
    for session in programme.on(day):
        if session.slot is None:
            rows.append([session])
        elif session.slot not in seen:
            seen.add(session.slot)
            rows.append(list(programme.slots[session.slot]))
    return rows


def _slot_pages(style: Style, document: Document) -> list[Page]:
    programme = document.programme
    columns = max((len(members) for members in programme.slots.values()), default=1)
    legend = legend_block(style)
    sections: list[Section] = []
    for day in document.conference.days:
        label = capitalised(day_label(day, document.language))
        heading = grid_heading_block(style, document, label)
        continued = grid_heading_block(style, document, continued_label(label))
        blocks = [_row_block(style, document, row, columns) for row in _rows(programme, day)]
        if not blocks:
            blocks.append(
                note_block(
                    style,
                    QCoreApplication.translate("Printing", "Nothing on the programme this day."),
                )
            )
        sections.append(Section([heading, legend, *blocks], [continued, legend]))
    return paginate(style, sections)


def _row_block(style: Style, document: Document, row: list[Session], column_count: int) -> Block:
    """One row of the timetable: an item for everyone across all columns, or a slot."""
    pad = style.pt(3.5)
    box = style.pt(13)
    time_width = _time_width(style)
    grid_width = style.width - time_width
    fixed = row[0].for_everyone
    cell_width = grid_width if fixed else grid_width / column_count
    text_width = cell_width - 2 * pad - (0 if fixed else box)
    time = style.text(style.small_bold, time_width - 2 * pad, time_text(row[0], document.language))
    cells = [
        (session.guid, _cell_texts(style, document.shown(session), fixed, text_width))
        for session in row
    ]
    height = max([time.height, *(stacked_height(texts) for _, texts in cells)]) + 2 * pad

    def draw(painter: QPainter, top: float) -> None:
        painter.setPen(QPen(RULE, style.pt(0.5)))
        painter.setBrush(SHADE if fixed and row[0].kind == "break" else Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, top, style.width, height))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        time.draw(painter, pad, top + pad, time_width - pad)
        for position, (guid, texts) in enumerate(cells):
            left = time_width + position * cell_width
            cell = QRectF(left, top, cell_width, height)
            chosen = guid in document.chosen
            if chosen:
                chosen_frame(painter, style, cell)
            else:
                painter.setPen(QPen(RULE, style.pt(0.5)))
                painter.drawLine(cell.topLeft(), cell.bottomLeft())
            x = left + pad
            if not fixed:
                tick_box(painter, style, x, top + pad + style.pt(1), ticked=chosen)
                x += box
            draw_stacked(painter, texts, x, top + pad, text_width)

    return Block(height, draw)


def _cell_texts(style: Style, session: Session, fixed: bool, width: float) -> list[Text]:
    if session.kind == "break":
        title_font = style.italic
    else:
        title_font = style.bold if fixed else style.small_bold
    texts = [style.text(title_font, width, session.title, BLACK, most=6)]
    if session.track and session.track != session.title:
        texts.append(style.text(style.small, width, session.track, GREY, most=2))
    return texts + detail_texts(style, session, width)
