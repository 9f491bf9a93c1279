"""File-menu printing: print preview, print and PDF export of the agenda or the timetable.

All three paint through `planner.services.printing.paint`; Qt's print-support module and
the dialogs' classes load only when the user first asks for one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from planner.services.planning import Plan
from planner.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from planner.services.printing import Document
    from planner.ui.print_options import PrintOptions


class PrintActions(QObject):
    """The File menu's print preview, print, PDF export and print options for the window."""

    def __init__(
        self, window: QMainWindow, plan: Plan, settings: Settings, warn: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.settings = settings
        self.warn = warn
        self.language = "en"
        self.preview_action = QAction(window)
        self.preview_action.triggered.connect(self._on_preview_action_triggered)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.options_action = QAction(window)
        self.options_action.triggered.connect(self._on_options_action_triggered)

    def actions(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.export_action, self.options_action]

    def retranslate(self, language: str) -> None:
        self.language = language
        self.preview_action.setText(self.tr("Print pre&view…"))
        self.print_action.setText(self.tr("&Print…"))
        self.export_action.setText(self.tr("&Export PDF…"))
        self.options_action.setText(self.tr("Print &options…"))
        self.options_action.setToolTip(
            self.tr("Your name on the printout, the paper, and agenda or whole timetable")
        )

    def options(self) -> PrintOptions:
        from planner.ui.print_options import PrintOptions  # with its dialog, when first asked

        return PrintOptions.load(self.settings)

    def document(self) -> Document:
        from planner.services.printing import plan_document

        plan = self.plan
        options = self.options()
        return plan_document(
            plan.programme,
            plan.chosen,
            self.language,
            attendee=options.name,
            grid=options.grid,
        )

    def paint(self, device: QPagedPaintDevice) -> None:
        from planner.services.printing import PrintError, paint

        try:
            paint(device, self.document())
        except PrintError as error:
            self.warn(str(error))

    def _prepare(self, printer: QPrinter) -> None:
        from planner.services.printing import page_layout

        options = self.options()
        printer.setPageLayout(page_layout(options.paper, options.grid))
        printer.setDocName(self.plan.conference.translated(self.language).title)

    # Preview -------------------------------------------------------------------------------

    def _on_preview_action_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        dialog = QPrintPreviewDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._prepare(dialog.printer())
        dialog.paintRequested.connect(self.paint)
        toolbar = dialog.findChild(QToolBar)
        preview = dialog.findChild(QPrintPreviewWidget)
        if toolbar is not None and preview is not None:
            toolbar.addSeparator()
            options = toolbar.addAction(self.tr("Name and layout…"))
            options.setToolTip(self.options_action.toolTip())
            options.triggered.connect(
                lambda: self._ask_options(dialog, lambda: self._refresh(dialog, preview))
            )
        # As tall as a page wants, but never taller than the screen it opens on.
        screen = self.window.screen().availableGeometry()
        dialog.resize(min(900, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))
        dialog.open()

    def _refresh(self, dialog: QDialog, preview: QWidget) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        assert isinstance(dialog, QPrintPreviewDialog)
        assert isinstance(preview, QPrintPreviewWidget)
        self._prepare(dialog.printer())
        preview.updatePreview()

    # Print ---------------------------------------------------------------------------------

    def _on_print_action_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._prepare(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The printer lives as long as the dialog that set it up.
        dialog.accepted.connect(lambda: self._print(printer))
        # QPrintDialog's own open() wants a receiver; the plain window-modal one will do.
        QDialog.open(dialog)

    def _print(self, printer: QPrinter) -> None:
        self.paint(printer)
        self.window.statusBar().showMessage(self.tr("Sent to the printer."), 5000)

    # PDF -----------------------------------------------------------------------------------

    def _on_export_action_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from planner.services.printing import PrintError, export_pdf

        options = self.options()
        # The name is offered in the user's language: "…-schema.pdf", "…-timetable.pdf".
        kind = self.tr("timetable") if options.grid else self.tr("agenda")
        suggested = self.settings.export_folder / f"{self.plan.conference.key.lower()}-{kind}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            pages = export_pdf(target, self.document(), options.paper)
        except PrintError as error:
            self.warn(str(error))
            return
        self.settings.export_folder = target.parent
        self.window.statusBar().showMessage(
            self.tr("PDF written to {path} (pages: {pages}).").format(pages=pages, path=target)
        )

    # Options -------------------------------------------------------------------------------

    def _on_options_action_triggered(self) -> None:
        self._ask_options(self.window, None)

    def _ask_options(self, parent: QWidget, then: Callable[[], None] | None) -> None:
        from planner.ui.print_options import PrintOptionsDialog

        dialog = PrintOptionsDialog(self.options(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            dialog.options().save(self.settings)
            if then is not None:
                then()

        dialog.accepted.connect(save)
        dialog.open()
