"""The personal agenda: the items for everyone and the chosen sessions, each day from a new
page, with the slots still open and what the plan should know about its choices, the
attendee's notes under their sessions, and in open slots the sessions they starred."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainter, QPen

from planner.domain.programme import Programme, Session, agenda, sort_key
from planner.domain.rules import conflicts, doubled_themes
from planner.services.printing.document import Document
from planner.services.printing.headings import (
    continued_label,
    day_block,
    facts,
    note_block,
    running_head_block,
)
from planner.services.printing.layout import (
    BLACK,
    GREY,
    SHADE,
    Block,
    Page,
    Section,
    Style,
    Text,
    draw_stacked,
    paginate,
    rule,
    stacked_height,
    tick_box,
)
from planner.services.printing.session_texts import (
    detail_texts,
    details,
    time_text,
    weekday,
)
from planner.services.texts import capitalised, clock, day_label

# What a day of the agenda lists: an item on it, or a slot still to choose in.
Entry = Session | tuple[Session, ...]


@dataclass(frozen=True)
class Agenda(Document):
    """A document with the sessions the attendee starred: in an open slot, the candidates."""

    starred: frozenset[str] = frozenset()


def personal(document: Document, notes: Mapping[str, str], starred: Iterable[str]) -> Agenda:
    """`document` with the attendee's notes and starred sessions."""
    kept = {f.name: getattr(document, f.name) for f in fields(Document)}
    return Agenda(**{**kept, "notes": dict(notes)}, starred=frozenset(starred))


class _Columns:
    def __init__(self, style: Style) -> None:
        self.time = style.text_width(style.body, "00:00–00:00") + style.pt(10)
        self.mark = style.pt(15)
        self.text_x = self.time + self.mark
        self.text_width = style.width - self.text_x
        self.pad = style.pt(3.5)


def agenda_pages(style: Style, document: Document) -> list[Page]:
    programme = document.programme
    columns = _Columns(style)
    warnings = _warnings(document)
    running = running_head_block(style, document)
    sections: list[Section] = []
    for number, day in enumerate(document.conference.days):
        label = capitalised(day_label(day, document.language))
        opening = [_heading_block(style, document) if number == 0 else running]
        opening.append(day_block(style, label))
        continued = [running, day_block(style, continued_label(label))]
        # The most an entry may take: a page under the taller of the two openings.
        room = style.bottom - max(sum(b.height for b in blocks) for blocks in (opening, continued))
        blocks: list[Block] = []
        for entry in _entries(programme, document.chosen, day):
            if isinstance(entry, Session):
                blocks.append(_item_block(style, columns, document, entry, warnings))
            else:
                blocks += _open_slot_blocks(style, columns, document, entry, room)
        if not blocks:
            blocks.append(note_block(style, _empty_day(programme, day)))
        sections.append(Section(opening + blocks, continued))
    return paginate(style, sections)


def _entries(programme: Programme, chosen: frozenset[str], day: date) -> list[Entry]:
    """The day's agenda items and its open slots, in time order."""
    items: list[Entry] = list(agenda(programme.on(day), chosen))
    items += [
        members
        for members in programme.slots.values()
        if members[0].day == day and not any(s.guid in chosen for s in members)
    ]
    return sorted(
        items, key=lambda entry: sort_key(entry if isinstance(entry, Session) else entry[0])
    )


def _empty_day(programme: Programme, day: date) -> str:
    if programme.on(day):
        return QCoreApplication.translate("Printing", "Nothing chosen this day yet.")
    return QCoreApplication.translate("Printing", "Nothing on the programme this day.")


def _warnings(document: Document) -> dict[str, list[str]]:
    """By chosen session: the other choices at the same time, and the runs of a theme chosen
    more than once."""
    programme, chosen = document.programme, document.chosen
    found: dict[str, list[str]] = {}
    for guid in conflicts(programme, chosen):
        others = [
            QCoreApplication.translate("Printing", "“{title}”").format(
                title=document.shown(other).title
            )
            for other in programme.overlapping(programme.by_guid[guid])
            if other.guid in chosen
        ]
        text = (
            QCoreApplication.translate("Printing", "⚠ At the same time as your choice {title}")
            if len(others) == 1
            else QCoreApplication.translate(
                "Printing", "⚠ At the same time as your choices {title}"
            )
        ).format(title=_listed(others))
        found.setdefault(guid, []).append(text)
    for runs in doubled_themes(programme, chosen).values():
        for run in runs:
            times = [
                clock(other.start)
                if other.day == run.day
                else f"{weekday(other.day, document.language)} {clock(other.start)}"
                for other in runs
            ]
            text = QCoreApplication.translate(
                "Printing", "⚠ You chose this theme more than once: at {times}"
            ).format(times=_listed(times))
            found.setdefault(run.guid, []).append(text)
    return found


def _listed(parts: Sequence[str]) -> str:
    """ "13:30 and 15:50", "09:00, 13:30 and 15:50"."""
    if len(parts) < 2:
        return "".join(parts)
    return QCoreApplication.translate("Printing", "{earlier} and {last}").format(
        earlier=", ".join(parts[:-1]), last=parts[-1]
    )


def _heading_block(style: Style, document: Document) -> Block:
    """The conference's title, dates and place, and whose agenda this is."""
    width = style.width
    kind = (
        QCoreApplication.translate("Printing", "Personal agenda for {name}").format(
            name=document.attendee
        )
        if document.attendee
        else QCoreApplication.translate("Printing", "Personal agenda")
    )
    texts = [
        style.text(style.title, width, document.conference.title, most=3),
        style.text(style.subtitle, width, facts(document), most=2),
        style.text(style.bold, width, kind, most=2),
    ]
    gap = style.pt(3)

    def draw(painter: QPainter, top: float) -> None:
        y = top
        for text in texts:
            y = text.draw(painter, 0, y, width) + gap
        painter.setPen(QPen(BLACK, style.pt(1.2)))
        painter.drawLine(QPointF(0, y + style.pt(1)), QPointF(width, y + style.pt(1)))

    height = stacked_height(texts) + gap * len(texts) + style.pt(12)
    return Block(height, draw, keep_with_next=True)


def _item_block(
    style: Style,
    columns: _Columns,
    document: Document,
    item: Session,
    warnings: dict[str, list[str]],
) -> Block:
    """One item of the agenda: time, a check mark for a choice, title, and what else is known."""
    session = document.shown(item)
    chosen = session.guid in document.chosen
    width = columns.text_width
    title_font = style.italic if session.kind == "break" else style.bold
    texts = [style.text(title_font, width, session.title, most=6)]
    theme = session.track if session.track and session.track != session.title else None
    if chosen:
        label = (
            QCoreApplication.translate("Printing", "Your choice – theme: {theme}").format(
                theme=theme
            )
            if theme
            else QCoreApplication.translate("Printing", "Your choice")
        )
        texts.append(style.text(style.small_bold, width, label, GREY, most=2))
    elif theme:
        label = QCoreApplication.translate("Printing", "Theme: {theme}").format(theme=theme)
        texts.append(style.text(style.small, width, label, GREY, most=2))
    texts += [
        style.text(style.small_bold, width, warning, BLACK, most=3)
        for warning in warnings.get(session.guid, [])
    ]
    texts += detail_texts(style, session, width)
    note = document.notes.get(session.guid)
    if note:
        text = QCoreApplication.translate("Printing", "Note: {note}").format(note=note)
        texts.append(style.text(style.small_italic, width, text, BLACK, most=6))
    time = style.text(style.body, columns.time - style.pt(6), time_text(session, document.language))
    height = max(stacked_height(texts), time.height) + 2 * columns.pad

    def draw(painter: QPainter, top: float) -> None:
        y = top + columns.pad
        time.draw(painter, 0, y, columns.time)
        if chosen:
            tick_box(painter, style, columns.time, y + style.pt(1.5), ticked=True)
        draw_stacked(painter, texts, columns.text_x, y, width)
        rule(painter, style, top + height, style.width)

    return Block(height, draw)


def _open_slot_blocks(
    style: Style,
    columns: _Columns,
    document: Document,
    members: tuple[Session, ...],
    room: float,
) -> list[Block]:
    """A slot not chosen yet, each of its sessions with an empty box to tick on the spot. A
    slot too large for a page lists them compactly (title, theme and room run on), and goes
    on over as many pages as that needs."""
    slot = _OpenSlot(style, columns, document, members)
    options = slot.options(compact=False)
    if slot.height(slot.header, options, compact=False) <= room:
        return [slot.block(slot.header, options, compact=False)]
    options = slot.options(compact=True)
    blocks: list[Block] = []
    header = slot.header
    while options:
        # The most lines that fit under the header (at least one, so that it ends).
        fitting = 1
        while fitting < len(options) and (
            slot.height(header, options[: fitting + 1], compact=True) <= room
        ):
            fitting += 1
        blocks.append(slot.block(header, options[:fitting], compact=True))
        options = options[fitting:]
        header = slot.continued
    return blocks


class _OpenSlot:
    """The texts of a slot not chosen yet: its time, a header, and a box with each session."""

    def __init__(
        self, style: Style, columns: _Columns, document: Document, members: tuple[Session, ...]
    ) -> None:
        self.style = style
        self.columns = columns
        self.sessions = [document.shown(s) for s in members]
        self.starred = document.starred if isinstance(document, Agenda) else frozenset()
        self.box = style.pt(13)
        self.width = columns.text_width - style.pt(4)
        header = QCoreApplication.translate(
            "Printing", "Not chosen yet – tick one of these {count} themes on the spot:"
        ).format(count=len(members))
        self.header = style.text(style.bold, self.width, header)
        continued = QCoreApplication.translate("Printing", "Not chosen yet (continued):")
        self.continued = style.text(style.bold, self.width, continued)
        self.time = style.text(
            style.body, columns.time - style.pt(6), time_text(self.sessions[0], document.language)
        )

    def options(self, *, compact: bool) -> list[list[Text]]:
        """Each session's texts: title, theme and details, or title, theme and room run on when
        compact."""
        style, width = self.style, self.width - self.box
        considering = QCoreApplication.translate("Printing", "★ considering")
        options: list[list[Text]] = []
        for session in self.sessions:
            name = session.title
            if session.track and session.track != session.title:
                name = f"{session.title} ({session.track})"
            mark = [considering] if session.guid in self.starred else []
            if compact:
                line = " · ".join([name, *([session.room] if session.room else []), *mark])
                options.append([style.text(style.body, width, line, most=3)])
            else:
                more = " · ".join(details(session))
                options.append(
                    [
                        style.text(style.body, width, name, most=4),
                        *(style.text(style.small_bold, width, text, most=1) for text in mark),
                        style.text(style.small, width, more, GREY, most=3),
                    ]
                )
        return options

    def _gap(self, compact: bool) -> float:
        return 0.0 if compact else self.style.pt(2)

    def height(self, header: Text, options: Sequence[list[Text]], *, compact: bool) -> float:
        style, gap = self.style, self._gap(compact)
        inner = header.height + style.pt(3) + sum(stacked_height(o) + gap for o in options)
        return max(inner, self.time.height) + 2 * self.columns.pad + style.pt(2)

    def block(self, header: Text, options: Sequence[list[Text]], *, compact: bool) -> Block:
        style, columns, box, width = self.style, self.columns, self.box, self.width
        height = self.height(header, options, compact=compact)
        gap = self._gap(compact)

        def draw(painter: QPainter, top: float) -> None:
            shade = QRectF(0, top + style.pt(1), style.width, height - style.pt(2))
            painter.fillRect(shade, SHADE)
            painter.fillRect(QRectF(0, shade.top(), style.pt(2.2), shade.height()), BLACK)
            y = top + columns.pad + style.pt(1)
            self.time.draw(painter, style.pt(5), y, columns.time)
            x = columns.text_x
            y = header.draw(painter, x, y, width) + style.pt(3)
            for option in options:
                tick_box(painter, style, x, y + style.pt(1.5), ticked=False)
                y = draw_stacked(painter, option, x + box, y, width - box) + gap

        return Block(height, draw)
