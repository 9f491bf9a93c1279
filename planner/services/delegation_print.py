"""The delegation's plan on paper and as a spreadsheet: who goes where, a day a page.

The page paints through the printing package's layout (measured text, blocks, pages), onto
any QPagedPaintDevice: a printer, a preview or a PDF writer. A day is made to fit one page:
the text shrinks a little where it must, and a programme far too large for that (a FOSDEM
collected by an organiser) lists only the sessions someone goes to, flowing onto more pages.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPainter

from planner.domain.delegation import Coverage, Run, Topic
from planner.domain.programme import Programme
from planner.services.printing import PrintError, page_layout
from planner.services.printing.document import Document
from planner.services.printing.headings import continued_label, day_block, facts, note_block
from planner.services.printing.layout import GREY, Block, Page, Section, Style, paginate, rule
from planner.services.printing.output import paint_pages, write_pdf
from planner.services.printing.session_texts import time_text
from planner.services.texts import capitalised, day_label
from planner.services.user_files import write_file

# The sizes tried, largest first, until every day fits its page.
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)
# A day with more sessions to choose from lists only those someone goes to.
MOST_ROWS = 60


def paint_delegation(
    device: QPagedPaintDevice, programme: Programme, coverage: Coverage, language: str
) -> int:
    """Paint the delegation's plan, a day a page; returns the page count."""
    document = Document(programme, frozenset(), language)
    return paint_pages(device, document, lambda on: _laid_out(on, document, coverage))


def export_delegation_pdf(
    path: Path, programme: Programme, coverage: Coverage, language: str
) -> int:
    """Write the delegation's plan as a PDF, whole or not at all; returns the page count."""
    return write_pdf(
        path,
        programme.conference.translated(language).title,
        page_layout("a4"),
        lambda writer: paint_delegation(writer, programme, coverage, language),
    )


def delegation_csv(coverage: Coverage, language: str) -> bytes:
    """A row per session: day, time, title, theme, who goes, how many, whether covered."""
    out = io.StringIO()
    table = csv.writer(out)
    table.writerow(
        [
            QCoreApplication.translate("Delegation", "Day"),
            QCoreApplication.translate("Delegation", "Time"),
            QCoreApplication.translate("Delegation", "Session"),
            QCoreApplication.translate("Delegation", "Theme"),
            QCoreApplication.translate("Delegation", "Who goes"),
            QCoreApplication.translate("Delegation", "How many"),
            QCoreApplication.translate("Delegation", "Theme covered"),
            QCoreApplication.translate("Delegation", "Free then"),
        ]
    )
    yes, no = (
        QCoreApplication.translate("Delegation", "yes"),
        QCoreApplication.translate("Delegation", "no"),
    )
    for topic, run in _rows(coverage):
        shown = run.session.translated(language)
        table.writerow(
            [
                run.session.day.isoformat(),
                time_text(shown, language),
                shown.title,
                shown.track or "",
                "; ".join(run.goers),
                len(run.goers),
                yes if topic.covered else no,
                "" if topic.covered else "; ".join(run.free),
            ]
        )
    # With a byte order mark, spreadsheet programs read it as UTF-8.
    return out.getvalue().encode("utf-8-sig")


def export_delegation_csv(path: Path, coverage: Coverage, language: str) -> None:
    _write(Path(path), delegation_csv(coverage, language))


def _write(path: Path, data: bytes) -> None:
    try:
        write_file(path, data)
    except OSError as error:
        raise PrintError(
            QCoreApplication.translate(
                "Printing",
                "{path} could not be written ({reason}): choose a folder you can write to.",
            ).format(path=path, reason=error.strerror or error)
        ) from error


def _rows(coverage: Coverage) -> list[tuple[Topic, Run]]:
    rows = [(topic, run) for topic in coverage.topics for run in topic.runs]
    rows.sort(key=lambda row: (row[1].session.start, row[1].session.column))
    return rows


def _laid_out(
    device: QPagedPaintDevice, document: Document, coverage: Coverage
) -> tuple[Style, list[Page]]:
    """The largest size at which every day fits a page, and its pages."""
    for scale in SCALES:
        style = Style(device, scale)
        sections = [_day(style, document, coverage, day) for day in document.conference.days]
        pages = paginate(style, sections)
        if len(pages) <= len(sections):
            break
    return style, pages


def _day(style: Style, document: Document, coverage: Coverage, day: date) -> Section:
    language = document.language
    label = capitalised(day_label(day, language))
    heading = _heading(style, document, coverage)
    rows = [(t, r) for t, r in _rows(coverage) if r.session.day == day]
    if len(rows) > MOST_ROWS:
        rows = [(t, r) for t, r in rows if r.goers]
    blocks = [heading, day_block(style, label)]
    blocks += [_row(style, language, topic, run) for topic, run in rows]
    if not rows:
        text = QCoreApplication.translate("Delegation", "Nothing to choose this day.")
        blocks.append(note_block(style, text))
    return Section(blocks, [heading, day_block(style, continued_label(label))])


def _heading(style: Style, document: Document, coverage: Coverage) -> Block:
    width = style.width
    names = ", ".join(m.name for m in coverage.members)
    covered = sum(1 for t in coverage.topics if t.covered)
    texts = [
        style.text(style.title, width, document.conference.title, most=2),
        style.text(style.small, width, facts(document), GREY, most=1),
        style.text(
            style.bold,
            width,
            QCoreApplication.translate("Delegation", "The delegation's plan: {names}").format(
                names=names
            ),
            most=3,
        ),
        style.text(
            style.small,
            width,
            QCoreApplication.translate(
                "Delegation", "Themes and sessions covered: {covered} of {count}"
            ).format(covered=covered, count=len(coverage.topics)),
            GREY,
            most=1,
        ),
    ]

    def draw(painter: QPainter, top: float) -> None:
        y = top
        for text in texts:
            y = text.draw(painter, 0, y, width)
        rule(painter, style, y + style.pt(3), width)

    return Block(sum(t.height for t in texts) + style.pt(8), draw, keep_with_next=True)


def _row(style: Style, language: str, topic: Topic, run: Run) -> Block:
    """A session: its time, title and theme, and who goes (or that nobody covers it)."""
    shown = run.session.translated(language)
    time_width = style.text_width(style.body, "00:00–00:00") + style.pt(8)
    who_width = style.width * 0.36
    title_width = style.width - time_width - who_width - style.pt(8)
    time = style.text(style.body, time_width, time_text(shown, language))
    title = [style.text(style.bold if run.goers else style.body, title_width, shown.title, most=3)]
    if shown.track and shown.track != shown.title:
        title.append(style.text(style.small, title_width, shown.track, GREY, most=2))
    if run.goers:
        who = style.text(style.body, who_width, _goers(run), most=4)
    elif topic.covered:
        who = style.text(style.small, who_width, "–", GREY)
    else:
        text = QCoreApplication.translate("Delegation", "⚠ Nobody covers this theme")
        if run.free:
            text = QCoreApplication.translate(
                "Delegation", "⚠ Nobody covers this theme; free then: {names}"
            ).format(names=", ".join(run.free))
        who = style.text(style.small_italic, who_width, text, most=4)
    pad = style.pt(2.5)
    height = max(time.height, sum(t.height for t in title), who.height) + 2 * pad

    def draw(painter: QPainter, top: float) -> None:
        time.draw(painter, 0, top + pad, time_width)
        y = top + pad
        for text in title:
            y = text.draw(painter, time_width, y, title_width)
        who.draw(painter, style.width - who_width, top + pad, who_width)
        rule(painter, style, top + height, style.width)

    return Block(height, draw)


def _goers(run: Run) -> str:
    names = ", ".join(run.goers)
    if len(run.goers) < 4:
        return names
    return QCoreApplication.translate("Delegation", "{count}: {names}").format(
        count=len(run.goers), names=names
    )
