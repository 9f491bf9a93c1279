"""The whole timetable of a programme not aligned in slots (FOSDEM: dozens of rooms, talks of
every length): its rooms side by side, as many to a page as stay readable, an hour a row, each
room's sessions stacked in time order. The time column and the rooms' names open every page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.domain.programme import Session
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
from planner.services.printing.session_texts import details, time_text, weekday
from planner.services.texts import capitalised, clock, day_label

# The narrowest room column whose titles still read well, in points, and the type in it:
# nothing in the printout is smaller than DETAIL_SIZE.
ROOM_WIDTH = 100.0
TITLE_SIZE = 8.0
DETAIL_SIZE = 7.0


class _Grid:
    """The columns of a page of rooms, and the type in them."""

    def __init__(self, style: Style, rooms: int) -> None:
        self.title = style.font(TITLE_SIZE, bold=True)
        self.break_title = style.font(TITLE_SIZE, italic=True)
        self.time = style.font(DETAIL_SIZE, bold=True)
        self.detail = style.font(DETAIL_SIZE)
        self.aside = style.font(DETAIL_SIZE, italic=True)
        self.room = style.font(TITLE_SIZE + 0.5, bold=True)
        self.hour = style.font(TITLE_SIZE + 1, bold=True)
        self.pad = style.pt(2.5)
        self.box = style.pt(11)
        self.time_width = style.text_width(self.hour, "00:00") + 2 * self.pad + style.pt(4)
        available = style.width - self.time_width
        fitting = max(1, int(available // style.pt(ROOM_WIDTH)))
        # The rooms shared out evenly over as few pages across as they need.
        pages = -(-rooms // fitting)
        self.per_page = -(-rooms // pages)
        self.column = available / self.per_page
        self.text_width = self.column - 2 * self.pad - self.box


def room_pages(style: Style, document: Document) -> list[Page]:
    legend = legend_block(style)
    sections: list[Section] = []
    for day in document.conference.days:
        label = capitalised(day_label(day, document.language))
        sessions = [document.shown(s) for s in document.programme.on(day)]
        # An item for everyone while no talk runs goes across the rooms, on each page of them.
        across = [s for s in sessions if _across(document, s)]
        in_rooms = [s for s in sessions if s not in across]
        columns = sorted({s.column for s in in_rooms})
        if not sessions:
            nothing = QCoreApplication.translate("Printing", "Nothing on the programme this day.")
            heading = grid_heading_block(style, document, label)
            sections.append(Section([heading, note_block(style, nothing)], []))
            continue
        grid = _Grid(style, max(len(columns), 1))
        for first in range(0, max(len(columns), 1), grid.per_page):
            numbers = columns[first : first + grid.per_page]
            rooms = ""
            if len(numbers) < len(columns):
                rooms = QCoreApplication.translate(
                    "Printing", "Rooms {first}–{last} of {count}"
                ).format(first=first + 1, last=first + len(numbers), count=len(columns))
            heading = grid_heading_block(style, document, label, rooms)
            continued = grid_heading_block(style, document, continued_label(label), rooms)
            mine = [s for s in in_rooms if s.column in numbers]
            page = _Rooms(style, grid, document, day, in_rooms=mine, across=across)
            header = page.header_block()
            # The most a row may take: a page under the taller of the two openings.
            opening = max(heading.height + legend.height, continued.height) + header.height
            rows = page.row_blocks(style.bottom - opening)
            sections.append(Section([heading, legend, header, *rows], [continued, header]))
    return paginate(style, sections)


def _across(document: Document, session: Session) -> bool:
    return session.for_everyone and not any(
        not other.for_everyone for other in document.programme.overlapping(session)
    )


@dataclass(frozen=True)
class _Piece:
    """What a cell shows of one session: where it starts, or that it still goes on."""

    session: Session
    texts: list[Text]
    starts: bool


class _Rooms:
    """Some of a day's rooms, side by side on the pages they need."""

    def __init__(
        self,
        style: Style,
        grid: _Grid,
        document: Document,
        day: date,
        *,
        in_rooms: Sequence[Session],
        across: Sequence[Session],
    ) -> None:
        self.style = style
        self.grid = grid
        self.document = document
        self.day = day
        self.numbers = sorted({s.column for s in in_rooms})
        self.in_rooms = in_rooms
        self.across = {s.guid for s in across}
        self.sessions = sorted([*in_rooms, *across], key=lambda s: s.start)
        self.table_width = (
            grid.time_width + len(self.numbers) * grid.column if self.numbers else style.width
        )

    def header_block(self) -> Block:
        """The rooms' names over their columns, and the tracks each holds that day."""
        style, grid = self.style, self.grid
        width = grid.column - 2 * grid.pad
        cells = []
        for column in self.numbers:
            here = [s for s in self.in_rooms if s.column == column]
            name = next((s.room for s in here if s.room), None) or next(
                (s.track for s in here if s.track), ""
            )
            tracks = dict.fromkeys(s.track for s in here if s.track and s.track != name)
            cells.append(
                [
                    style.text(grid.room, width, name, BLACK, most=2),
                    style.text(grid.detail, width, " · ".join(tracks), GREY, most=2),
                ]
            )
        height = max((stacked_height(texts) for texts in cells), default=0.0) + 2 * grid.pad

        def draw(painter: QPainter, top: float) -> None:
            painter.fillRect(QRectF(0, top, self.table_width, height), SHADE)
            self._draw_lines(painter, top, top, height)
            for position, texts in enumerate(cells):
                left = grid.time_width + position * grid.column
                draw_stacked(painter, texts, left + grid.pad, top + grid.pad, width)

        return Block(height, draw, keep_with_next=True)

    def row_blocks(self, room: float) -> list[Block]:
        """A row an hour; an hour too full for a page is split at a start time inside it."""
        hours: dict[datetime, list[Session]] = {}
        for session in self.sessions:
            hour = session.start.replace(minute=0, second=0, microsecond=0)
            hours.setdefault(hour, []).append(session)
        blocks: list[Block] = []
        for hour, starting in hours.items():
            blocks += self._fitting(hour, starting, room)
        return blocks

    def _fitting(self, since: datetime, starting: list[Session], room: float) -> list[Block]:
        block = self._row_block(since, starting, compact=False)
        starts = sorted({s.start for s in starting})
        if block.height <= room:
            return [block]
        if len(starts) == 1:
            return [self._row_block(since, starting, compact=True)]
        middle = starts[len(starts) // 2]
        earlier = [s for s in starting if s.start < middle]
        later = [s for s in starting if s.start >= middle]
        return self._fitting(since, earlier, room) + self._fitting(middle, later, room)

    def _running(self, column: int, since: datetime) -> list[Session]:
        """The column's sessions that began before `since` and still go on then."""
        return [
            s
            for s in self.in_rooms
            if s.column == column and s.start < since and s.end is not None and s.end > since
        ]

    def _row_block(self, since: datetime, starting: list[Session], *, compact: bool) -> Block:
        """The sessions starting from `since` on, each in its room's column, in time order,
        under the items for everyone among them."""
        style, grid, document = self.style, self.grid, self.document
        everyone = [
            _Piece(s, self._everyone_texts(s), starts=True)
            for s in starting
            if s.guid in self.across
        ]
        across = sum(stacked_height(p.texts) + grid.pad for p in everyone)
        cells: list[list[_Piece]] = []
        for column in self.numbers:
            pieces = [
                _Piece(s, [self._continues(s)], starts=False) for s in self._running(column, since)
            ]
            pieces += [
                _Piece(s, self._session_texts(s, compact), starts=True)
                for s in starting
                if s.column == column and s.guid not in self.across
            ]
            cells.append(pieces)
        label = [style.text(grid.hour, grid.time_width, clock(since))]
        if since.date() > self.day:
            day = f"({weekday(since.date(), document.language)})"
            label.append(style.text(grid.time, grid.time_width, day))
        tallest = max(
            (
                sum(stacked_height(p.texts) for p in pieces) + grid.pad * max(len(pieces) - 1, 0)
                for pieces in cells
            ),
            default=0.0,
        )
        height = max(across + tallest, stacked_height(label)) + 2 * grid.pad

        def draw(painter: QPainter, top: float) -> None:
            self._draw_lines(painter, top, top + across, height)
            draw_stacked(painter, label, grid.pad, top + grid.pad, grid.time_width)
            y = top + grid.pad
            for piece in everyone:
                width = self.table_width - grid.time_width
                y = self._draw_piece(painter, piece, grid.time_width, y, width) + grid.pad
            for position, pieces in enumerate(cells):
                left = grid.time_width + position * grid.column
                y = top + across + grid.pad
                for piece in pieces:
                    y = self._draw_piece(painter, piece, left, y) + grid.pad

        def split(room: float) -> tuple[Block, Block] | None:
            # The most start times whose row fits, and a row of the rest from the next one.
            starts = sorted({s.start for s in starting})
            for cut in reversed(starts[1:]):
                first = self._row_block(
                    since, [s for s in starting if s.start < cut], compact=compact
                )
                if first.height <= room:
                    rest = [s for s in starting if s.start >= cut]
                    return first, self._row_block(cut, rest, compact=compact)
            return None

        return Block(height, draw, split=split)

    def _draw_piece(
        self, painter: QPainter, piece: _Piece, left: float, y: float, width: float = 0.0
    ) -> float:
        """A session's texts in a cell `width` wide (a column unless given), shaded and framed
        when chosen; returns the `y` under it."""
        style, grid = self.style, self.grid
        width = width or grid.column
        tall = stacked_height(piece.texts)
        area = QRectF(left, y - grid.pad / 2, width, tall + grid.pad)
        chosen = piece.session.guid in self.document.chosen
        if chosen:
            chosen_frame(painter, style, area)
        elif piece.session.kind == "break":
            painter.fillRect(area, SHADE)
        if piece.starts and not piece.session.for_everyone:
            tick_box(painter, style, left + grid.pad, y, ticked=chosen)
        x = left + grid.pad + grid.box
        return draw_stacked(painter, piece.texts, x, y, width - 2 * grid.pad - grid.box)

    def _draw_lines(self, painter: QPainter, top: float, columns: float, height: float) -> None:
        """A row's frame, and the lines between its columns from `columns` down."""
        painter.setPen(QPen(RULE, self.style.pt(0.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, top, self.table_width, height))
        painter.drawLine(
            QPointF(self.grid.time_width, top), QPointF(self.grid.time_width, top + height)
        )
        for position in range(1, len(self.numbers)):
            x = self.grid.time_width + position * self.grid.column
            painter.drawLine(QPointF(x, columns), QPointF(x, top + height))

    def _session_texts(self, session: Session, compact: bool) -> list[Text]:
        """Time, title, speakers: the whole title unless the row cannot grow any more."""
        style, grid = self.style, self.grid
        width = grid.text_width
        title_font = grid.break_title if session.kind == "break" else grid.title
        time = time_text(session, self.document.language)
        texts = [
            style.text(grid.time, width, time, BLACK, most=2),
            style.text(title_font, width, session.title, BLACK, most=3 if compact else 0),
        ]
        if session.speakers and not compact:
            speakers = ", ".join(session.speakers)
            texts.append(style.text(grid.detail, width, speakers, GREY, most=2))
        if session.end is None:
            missing = QCoreApplication.translate("Printing", "End time not given in the programme")
            texts.append(style.text(grid.aside, width, missing, GREY, most=2))
        return texts

    def _everyone_texts(self, session: Session) -> list[Text]:
        """An item for everyone, across the rooms: time, title, and where and by whom."""
        style, grid = self.style, self.grid
        width = self.table_width - grid.time_width - 2 * grid.pad - grid.box
        title_font = grid.break_title if session.kind == "break" else grid.title
        texts = [
            style.text(grid.time, width, time_text(session, self.document.language), most=1),
            style.text(title_font, width, session.title, most=3),
            style.text(grid.detail, width, " · ".join(details(session)), GREY, most=2),
        ]
        if session.end is None:
            missing = QCoreApplication.translate("Printing", "End time not given in the programme")
            texts.append(style.text(grid.aside, width, missing, GREY, most=1))
        return texts

    def _continues(self, session: Session) -> Text:
        assert session.end is not None
        text = QCoreApplication.translate("Printing", "continues until {time}").format(
            time=clock(session.end)
        )
        return self.style.text(self.grid.aside, self.grid.text_width, text, GREY, most=1)
