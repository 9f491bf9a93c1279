"""Importing from the window: the file dialog or a dropped file, the time zone of a file that
names none, the confirmation of an update that would cancel most sessions, the report, undo.

A file that cannot be read changes nothing and gets one sentence; every text shown is plain.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from planner.domain.programme import Programme
from planner.services.planning import Plan
from planner.store.database import StoreError
from planner.store.reading import PlanError
from planner.ui.asking import confirm
from planner.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from planner.store.imports import ImportResult, UpdateCancelsMostError

# The dialogs' classes are imported where one opens: each would cost the start milliseconds.


class ImportActions(QObject):
    """File ▸ Import programme…, Undo last import, and dropped files."""

    def __init__(
        self,
        window: QMainWindow,
        plan: Plan,
        settings: Settings,
        warn: Callable[[str], None],
        show_changes: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.settings = settings
        self.warn = warn
        self.show_changes = show_changes
        self.language = "en"
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.undo_action = QAction(window)
        self.undo_action.triggered.connect(self.undo_import)

    def retranslate(self, language: str) -> None:
        self.language = language
        self.import_action.setText(self.tr("&Import programme…"))
        self.import_action.setStatusTip(
            self.tr(
                "Open a schedule.xml, schedule.json or .ics file: a new conference or an update"
            )
        )
        self.undo_action.setText(self.tr("&Undo last import"))
        self.undo_action.setEnabled(self.plan.store.reading.can_undo(self.plan.conference))

    def _on_import_action_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import programme"),
            str(self.settings.import_folder),
            self.tr("Conference schedules (*.xml *.json *.ics);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path, timezone: str | None = None) -> None:
        """Import a schedule file and show what changed; a bad file changes nothing."""
        from planner.services.importing import ScheduleError, read_programme

        try:
            programme = read_programme(path, timezone)
        except ScheduleError as error:
            self.warn(str(error))
            return
        self.settings.import_folder = path.parent
        if timezone is None and programme.floats:
            self._ask_zone(path)
            return
        self._store(programme, force=False)

    def _ask_zone(self, path: Path) -> None:
        from planner.ui.zone_dialog import ZoneDialog  # only for a file that names no zone

        dialog = ZoneDialog(path.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(result: int) -> None:
            from PySide6.QtWidgets import QDialog

            from planner.services.importing import ScheduleError, read_programme

            zone = dialog.zone() if result == QDialog.DialogCode.Accepted else None
            try:
                self._store(read_programme(path, zone), force=False)
            except ScheduleError as error:
                self.warn(str(error))

        dialog.finished.connect(on_finished)
        dialog.open()

    def _store(self, programme: Programme, *, force: bool) -> None:
        from planner.store.imports import UpdateCancelsMostError

        try:
            result = self.plan.import_programme(programme, force=force)
        except UpdateCancelsMostError as error:
            self._confirm(programme, error)
            return
        except (StoreError, PlanError) as error:
            self.warn(str(error))
            return
        self.report(result)

    def report(self, result: ImportResult) -> None:
        """Say what an import (of a file, or from an address) changed: the Changes view and
        a summary whose Enter closes it; undoing the import takes a deliberate click."""
        title = self.plan.conference.translated(self.language).title
        remarks = "\n".join(result.remarks)
        if result.is_new:
            self.window.statusBar().showMessage(
                self.tr("Imported {title}.").format(title=title), 10_000
            )
            if remarks:
                imported = self.tr("Imported {title}.").format(title=title)
                self._tell(self.tr("Programme imported"), imported, remarks)
            return
        self.show_changes()
        changes = result.changes
        summary = (
            self.tr(
                "{title} was updated: {added} new, {cancelled} cancelled, {moved} moved, "
                "{renamed} renamed. Your choices concerned: {affected}."
            ).format(
                title=title,
                added=len(changes.added) + len(changes.back),
                cancelled=len(changes.cancelled),
                moved=len(changes.moved),
                renamed=len(changes.retitled),
                affected=len(result.affected),
            )
            if not changes.is_empty
            else self.tr("{title}: nothing changed.").format(title=title)
        )
        from PySide6.QtWidgets import QMessageBox

        box = self._tell(self.tr("Programme updated"), summary, remarks)
        undo = box.addButton(self.tr("Undo import"), QMessageBox.ButtonRole.ActionRole)
        undo.clicked.connect(self.undo_import)
        box.setDefaultButton(QMessageBox.StandardButton.Close)

    def _confirm(self, programme: Programme, error: UpdateCancelsMostError) -> None:
        confirm(
            self.window,
            self.tr("Import programme"),
            self.tr(
                "This file would cancel {cancelled} of the {count} sessions of {title}. It may "
                "be the wrong file, or a broken export. Import it anyway?"
            ).format(
                cancelled=error.cancelled,
                count=error.count,
                title=self.plan.conference.translated(self.language).title,
            ),
            self.tr("Import anyway"),
            lambda: self._store(programme, force=True),
        )

    def undo_import(self) -> None:
        """Bring back the programme and the plan of before the last import."""
        try:
            self.plan.undo_import()
        except (PlanError, StoreError) as error:
            self.warn(str(error))
            return
        self.window.statusBar().showMessage(
            self.tr("The last import was undone; programme and plan are as they were."), 10_000
        )

    def _tell(self, title: str, text: str, details: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
