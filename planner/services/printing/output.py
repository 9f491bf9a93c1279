"""Painting onto a printer, a preview or a PDF writer, and writing a PDF file whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter

from planner.services.printing.agenda import agenda_pages
from planner.services.printing.document import Document, PrintError, page_layout
from planner.services.printing.headings import draw_footer
from planner.services.printing.layout import Page, Style
from planner.services.printing.timetable import timetable_pages
from planner.services.user_files import write_file

PDF_RESOLUTION = 600


# Lays a document out for a device: the style it takes and its pages.
LayOut = Callable[[QPagedPaintDevice], tuple[Style, list[Page]]]
# Paints onto a device; returns the page count.
Painting = Callable[[QPagedPaintDevice], int]


def paint(device: QPagedPaintDevice, document: Document) -> int:
    """Paint the document onto a printer, a preview or a PDF writer; returns the page count."""

    def lay_out(device: QPagedPaintDevice) -> tuple[Style, list[Page]]:
        if document.grid:
            pages, style = timetable_pages(device, document)
            return style, pages
        style = Style(device)
        return style, agenda_pages(style, document)

    return paint_pages(device, document, lay_out)


def paint_pages(device: QPagedPaintDevice, document: Document, lay_out: LayOut) -> int:
    """Paint the pages `lay_out` gives, each with the document's footer."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The printer could not be used: check that it is ready."
            )
        )
    try:
        style, pages = lay_out(device)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            # Nothing reaches into the footer, even a block too tall for any page.
            painter.save()
            painter.setClipRect(QRectF(0, 0, style.width, style.bottom))
            for block, top in page:
                block.draw(painter, top)
            painter.restore()
            draw_footer(painter, style, document, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def export_pdf(path: Path, document: Document, paper: str = "a4") -> int:
    """Write the document as a PDF file, whole or not at all; returns the page count."""
    return write_pdf(
        path,
        document.conference.title,
        page_layout(paper, document.grid),
        lambda writer: paint(writer, document),
    )


def write_pdf(path: Path, title: str, layout: QPageLayout, painting: Painting) -> int:
    """Write what `painting` paints as a PDF file, whole or not at all; returns the page
    count."""
    path = Path(path)
    if path.is_dir():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "{path} is a folder: choose a file name for the PDF."
            ).format(path=path)
        )
    # Painted into memory first: QPdfWriter does not report a failed write, so the bytes are
    # written by a call that does, and the earlier file stays until they are all on disk.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Conference planner")
    writer.setTitle(title)
    writer.setPageLayout(layout)
    pages = painting(writer)
    # The PDF is complete only once the writer is gone.
    del writer
    try:
        write_file(path, bytes(buffer.data().data()))
    except OSError as error:
        raise PrintError(_cannot_write(path, error)) from error
    return pages


def _cannot_write(path: Path, error: OSError) -> str:
    return QCoreApplication.translate(
        "Printing",
        "The PDF could not be written to {path} ({reason}): choose a folder you can write to.",
    ).format(path=path, reason=error.strerror or error)
