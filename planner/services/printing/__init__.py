"""The printed agenda and timetable: one painting function for preview, printer and PDF."""

from planner.services.printing.document import (
    PAPERS,
    Document,
    PrintError,
    page_layout,
    plan_document,
)
from planner.services.printing.output import export_pdf, paint

__all__ = [
    "PAPERS",
    "Document",
    "PrintError",
    "export_pdf",
    "page_layout",
    "paint",
    "plan_document",
]
