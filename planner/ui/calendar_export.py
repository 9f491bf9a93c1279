"""The "Export to calendar" dialog: what goes into the .ics file, and where it goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Session
from planner.services.calendar import (
    MAX_REMINDER_MINUTES,
    Exported,
    ExportError,
    calendar_sessions,
    export_calendar,
)
from planner.services.planning import Plan
from planner.services.texts import day_label, time_range
from planner.store.database import StoreError

FOLDER_SETTING = "export/folder"
DEFAULT_REMINDER = 15


class CalendarExportDialog(QDialog):
    """Export the agenda, the whole programme, or one `session` to an .ics file."""

    # The Exported result, once the file is written.
    exported = Signal(object)

    def __init__(
        self,
        plan: Plan,
        settings: QSettings,
        language: str,
        session: Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.settings = settings
        self.language = language
        self.session = session
        self.message: QMessageBox | None = None
        self.open_button: QPushButton | None = None
        self.setWindowTitle(self.tr("Export to calendar"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._what())
        layout.addLayout(self._reminder())
        layout.addWidget(self._where())
        layout.addWidget(buttons)

    def _what(self) -> QGroupBox:
        what = QGroupBox(self.tr("What to export"))
        what_layout = QVBoxLayout(what)
        self.agenda_button = QRadioButton(
            self.tr("My agenda: the sessions I chose and the items for everyone")
        )
        self.programme_button = QRadioButton(self.tr("The whole programme"))
        self.agenda_button.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.agenda_button)
        scope.addButton(self.programme_button)
        self.breaks_box = QCheckBox(self.tr("Include breaks"))
        self.breaks_box.setChecked(True)
        # Notes are private: they go into the calendar only when asked for.
        self.notes_box = QCheckBox(self.tr("Include my notes"))
        self.notes_box.setToolTip(self.tr("Your notes go into the events' descriptions"))
        self.session_label = QLabel()
        self.session_label.setWordWrap(True)
        if self.session is None:
            for widget in (self.agenda_button, self.programme_button, self.breaks_box):
                what_layout.addWidget(widget)
        else:
            shown = self.session.translated(self.language)
            self.session_label.setText(
                f"{shown.title}\n{day_label(shown.day, self.language)}, {time_range(shown)}"
            )
            what_layout.addWidget(self.session_label)
        what_layout.addWidget(self.notes_box)
        return what

    def _reminder(self) -> QHBoxLayout:

        self.reminder_box = QCheckBox(self.tr("Remind me"))
        self.reminder_minutes = QSpinBox()
        self.reminder_minutes.setRange(0, MAX_REMINDER_MINUTES)
        self.reminder_minutes.setValue(DEFAULT_REMINDER)
        self.reminder_minutes.setSuffix(self.tr(" minutes before"))
        self.reminder_minutes.setEnabled(False)
        self.reminder_box.toggled.connect(self.reminder_minutes.setEnabled)
        # Off unless asked for: an alarm before every coffee break is noise.
        self.remind_breaks_box = QCheckBox(self.tr("Before breaks too"))
        self.remind_breaks_box.setEnabled(False)
        self.reminder_box.toggled.connect(self.remind_breaks_box.setEnabled)
        reminder = QHBoxLayout()
        reminder.addWidget(self.reminder_box)
        reminder.addWidget(self.reminder_minutes)
        reminder.addWidget(self.remind_breaks_box)
        reminder.addStretch()
        return reminder

    def _where(self) -> QGroupBox:
        where = QGroupBox(self.tr("Where it goes"))
        where_layout = QFormLayout(where)
        self.my_calendar_button = QRadioButton(self.tr("Add to my calendar"))
        self.new_calendar_button = QRadioButton(self.tr("As a new calendar named:"))
        self.my_calendar_button.setChecked(True)
        target = QButtonGroup(self)
        target.addButton(self.my_calendar_button)
        target.addButton(self.new_calendar_button)
        self.calendar_name = QLineEdit(self.plan.conference.translated(self.language).title)
        self.calendar_name.setCursorPosition(0)  # a long title shows its beginning
        self.calendar_name.setEnabled(False)
        self.new_calendar_button.toggled.connect(self.calendar_name.setEnabled)
        where_layout.addRow(self.my_calendar_button)
        where_layout.addRow(self.new_calendar_button, self.calendar_name)
        return where

    def accept(self) -> None:
        """Ask where to save, write the file, and say where it went; stay open on a problem."""
        try:
            sessions = (
                [self.session]
                if self.session is not None
                else calendar_sessions(
                    self.plan.sessions,
                    self.plan.chosen,
                    whole_programme=self.programme_button.isChecked(),
                    include_breaks=self.breaks_box.isChecked(),
                )
            )
        except ExportError as error:
            self._warn(str(error))
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(self._folder() / self._file_name()),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        name = self.calendar_name.text().strip()
        try:
            exported = export_calendar(
                path,
                self.plan.store.exports,
                self.plan.conference,
                sessions,
                self.language,
                reminder_minutes=(
                    self.reminder_minutes.value() if self.reminder_box.isChecked() else None
                ),
                remind_breaks=self.remind_breaks_box.isChecked(),
                calendar_name=name if self.new_calendar_button.isChecked() and name else None,
                notes=self.plan.marks.notes if self.notes_box.isChecked() else None,
            )
        except (ExportError, StoreError) as error:
            self._warn(str(error))
            return
        self.settings.setValue(FOLDER_SETTING, str(exported.path.parent))
        super().accept()
        self._tell(exported)
        self.exported.emit(exported)

    def _folder(self) -> Path:
        folder = self.settings.value(FOLDER_SETTING)
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    def _file_name(self) -> str:
        key = self.plan.conference.key
        if self.session is not None:
            return f"{key}-{self.session.guid[:8]}.ics"
        return f"{key}-programme.ics" if self.programme_button.isChecked() else f"{key}-agenda.ics"

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export to calendar"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _tell(self, exported: Exported) -> None:
        """Say where the file is, with a button that hands it to the calendar program."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export to calendar"),
            self.tr(
                "The calendar was written to {path} (events: {count}). "
                "Open the file to put them into your calendar."
            ).format(count=exported.count, path=exported.path),
            QMessageBox.StandardButton.Close,
            self.parentWidget() or self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_button = box.addButton(
            self.tr("Open in calendar"), QMessageBox.ButtonRole.ActionRole
        )
        url = QUrl.fromLocalFile(str(exported.path))
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(url))
        self.message = box
        box.open()
