"""The report home: what the attendee attended and noted, as an editable .odt or as a PDF.

One QTextDocument is built with QTextCursor (headings, paragraphs, lists), every text put in
as plain text: titles and notes are never read as markup. Qt's ODF writer saves it as an
OpenDocument text the attendee goes on editing; the PDF paints the same document. Both are
written whole, or the earlier file stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextList,
    QTextListFormat,
)

from planner.domain.delegation import SharedPlan
from planner.domain.programme import Session, sort_key
from planner.services.planning import Plan
from planner.services.printing.headings import date_span
from planner.services.printing.layout import font_family, without_ligatures
from planner.services.texts import capitalised, day_label, time_range
from planner.services.user_files import write_file

SUFFIXES = (".odt", ".pdf")
PDF_RESOLUTION = 300


class ReportError(OSError):
    """The report could not be written; the message says why, in one sentence."""


def attended(plan: Plan) -> list[Session]:
    """What the report lists as attended: the items for everyone (not the breaks), the chosen
    sessions and those marked attended, except those marked skipped; in time order."""
    return [
        s
        for s in plan.sessions
        if s.kind != "break"
        and plan.attendance(s.guid) != "skipped"
        and (s.for_everyone or s.guid in plan.chosen or plan.attendance(s.guid) == "attended")
    ]


def report_document(
    plan: Plan, language: str, *, name: str = "", colleagues: Sequence[SharedPlan] = ()
) -> QTextDocument:
    """The report as a document: the conference, the sessions attended day by day with the
    notes under each, and each colleague's sessions and shared notes."""
    conference = plan.conference.translated(language)
    writer = _Writer(conference.title)
    writer.heading(
        QCoreApplication.translate("Report", "Conference report: {title}").format(
            title=conference.title
        ),
        1,
    )
    facts = [date_span(conference.days, language), conference.info.venue]
    writer.paragraph(" · ".join(part for part in facts if part))
    if name.strip():
        writer.paragraph(
            QCoreApplication.translate("Report", "Written by {name}").format(name=name.strip())
        )
    writer.heading(QCoreApplication.translate("Report", "The sessions I attended"), 2)
    _sessions(writer, attended(plan), plan.marks.notes, language, level=3)
    known = [c for c in colleagues if c.chosen & plan.by_guid.keys()]
    if known:
        writer.heading(QCoreApplication.translate("Report", "The delegation"), 2)
    for colleague in known:
        writer.heading(colleague.name, 3)
        theirs = [s for s in plan.sessions if s.guid in colleague.chosen]
        _sessions(writer, theirs, colleague.notes, language, level=4)
    return writer.document


def write_report(path: Path, document: QTextDocument) -> None:
    """Write the report as OpenDocument text (.odt) or PDF (.pdf), by the file's suffix.
    Raises ReportError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportError(
            QCoreApplication.translate(
                "Report", "{file}: a report is written as .odt (to edit) or .pdf; name it so."
            ).format(file=path.name)
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".odt":
        if not QTextDocumentWriter(buffer, b"ODF").write(document):
            raise _unwritten(path, "ODF")
    else:
        pdf = QPdfWriter(buffer)
        pdf.setResolution(PDF_RESOLUTION)
        pdf.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        pdf.setCreator("Conference planner")
        pdf.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 18, 20, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        # Laid out for the page, not for a window: the document takes the printer's page.
        document.setPageSize(QSizeF())
        document.print_(pdf)
        # The PDF is complete only once the writer is gone.
        del pdf
    try:
        write_file(path, bytes(buffer.data().data()))
    except OSError as error:
        raise _unwritten(path, error.strerror or str(error)) from error


def _unwritten(path: Path, reason: str) -> ReportError:
    return ReportError(
        QCoreApplication.translate(
            "Report", "The report could not be written to {path} ({reason}); choose another place."
        ).format(path=path, reason=reason)
    )


def _sessions(
    writer: _Writer,
    sessions: Sequence[Session],
    notes: Mapping[str, str],
    language: str,
    *,
    level: int,
) -> None:
    """Sessions day by day, a list of them each day, with the note of each under it."""
    days: dict[date, list[Session]] = {}
    for session in sorted(sessions, key=sort_key):
        days.setdefault(session.day, []).append(session)
    if not days:
        writer.paragraph(QCoreApplication.translate("Report", "No sessions."), italic=True)
    for day, on_day in days.items():
        writer.heading(capitalised(day_label(day, language)), level)
        items: QTextList | None = None
        for session in on_day:
            shown = session.translated(language)
            line = f"{time_range(shown)}  {shown.title}"
            theme = shown.track if shown.track and shown.track != shown.title else None
            if theme:
                line += " – " + theme
            items = writer.item(items, line)
            note = notes.get(session.guid, "").strip()
            if note:
                writer.paragraph(note, italic=True, indent=1)


class _Writer:
    """Builds the document block by block, every text as plain text."""

    def __init__(self, title: str) -> None:
        self.document = QTextDocument()
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        self.document.setDefaultFont(without_ligatures(QFont(font_family(), 11)))
        self.cursor = QTextCursor(self.document)
        self._first = True

    def _block(self, block: QTextBlockFormat, chars: QTextCharFormat) -> None:
        if self._first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(chars)
            self._first = False
        else:
            self.cursor.insertBlock(block, chars)

    def heading(self, text: str, level: int) -> None:
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        block.setTopMargin(14 if level <= 2 else 8)
        block.setBottomMargin(4)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold)
        chars.setFontPointSize({1: 18.0, 2: 15.0, 3: 13.0}.get(level, 11.5))
        self._block(block, chars)
        self.cursor.insertText(text, chars)

    def paragraph(self, text: str, *, italic: bool = False, indent: int = 0) -> None:
        block = QTextBlockFormat()
        block.setLeftMargin(40 * indent)
        block.setBottomMargin(4)
        chars = QTextCharFormat()
        chars.setFontItalic(italic)
        self._block(block, chars)
        self.cursor.insertText(text, chars)

    def item(self, items: QTextList | None, text: str) -> QTextList:
        """An item of the list `items` (a new list when None); returns the list."""
        chars = QTextCharFormat()
        self._block(QTextBlockFormat(), chars)
        if items is None:
            items = self.cursor.createList(QTextListFormat.Style.ListDisc)
        else:
            items.add(self.cursor.block())
        self.cursor.insertText(text, chars)
        return items
