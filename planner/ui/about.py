"""Help's pages: what the organisers say about the conference, the keys, and the planner itself.

All of it is shown as plain text: the conference's words come from its programme file.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Conference


def _label(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _closing(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def _scrolling(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    return scroll


class ConferenceInfoDialog(QDialog):
    """What the organisers say beyond the programme: place, audience, speakers, notices."""

    def __init__(self, conference: Conference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conference information"))
        info = conference.info
        content = QWidget()
        column = QVBoxLayout(content)
        title = _label(conference.title, bold=True)
        column.addWidget(title)
        if info.description:
            column.addWidget(_label(info.description))
        form = QFormLayout()
        for name, value in (
            (self.tr("Organiser"), info.organizer),
            (self.tr("Place"), info.venue),
            (self.tr("For"), info.audience),
            (self.tr("Cost"), info.cost),
            (self.tr("Registration"), info.registration),
        ):
            if value:
                form.addRow(_label(name, bold=True), _label(value))
        column.addLayout(form)
        if info.speakers:
            column.addWidget(_label(self.tr("Speakers"), bold=True))
            for speaker in info.speakers:
                column.addWidget(_label(f"{speaker.name}, {speaker.affiliation}"))
        for notice in info.notices:
            column.addWidget(_label(notice))
        column.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content))
        _closing(self, layout)
        self.resize(560, 480)

    def text(self) -> str:
        """Everything the dialog says, as the user reads it."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts (F1): every key of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        content = QWidget()
        form = QFormLayout(content)
        for keys, does in self.rows():
            form.addRow(_label(keys, bold=True), _label(does))
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling(content))
        _closing(self, layout)
        self.resize(560, 440)

    def rows(self) -> list[tuple[str, str]]:
        """The keys of the window, in the order the page lists them: (key, what it does)."""

        def key(standard: QKeySequence.StandardKey) -> str:
            return QKeySequence(standard).toString(QKeySequence.SequenceFormat.NativeText)

        return [
            (
                self.tr("Arrow keys"),
                self.tr("Move between sessions: left and right by room, up and down by time"),
            ),
            (self.tr("Space, Enter, double-click"), self.tr("Choose the selected session")),
            (self.tr("Delete, Backspace"), self.tr("Clear the selected choice")),
            (key(QKeySequence.StandardKey.Undo), self.tr("Undo the last change of your choices")),
            (key(QKeySequence.StandardKey.Redo) + ", Ctrl+Shift+Z", self.tr("Redo it")),
            (key(QKeySequence.StandardKey.Find), self.tr("Search titles and speakers")),
            (
                self.tr("Enter, F3 (in the search field)"),
                self.tr("Go to the next match, on any day"),
            ),
            ("Shift+F3", self.tr("Go to the previous match")),
            ("Ctrl+PgDown, Ctrl+PgUp", self.tr("Next or previous day")),
            ("Ctrl+T", self.tr("Go to what is on now")),
            ("Ctrl+L", self.tr("Show the days as lists, or as the timetable again")),
            (key(QKeySequence.StandardKey.Open), self.tr("Import a programme from a file")),
            (key(QKeySequence.StandardKey.Print), self.tr("Print your agenda")),
            (self.tr("Shift + mouse wheel"), self.tr("Scroll the timetable sideways")),
            ("F1", self.tr("This page")),
        ]


class AboutDialog(QDialog):
    """The planner's version, where it keeps its data, and the way to the keys."""

    def __init__(
        self, database: Path, settings: str, log: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the planner"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(self.tr("Conference planner {version}").format(version=version()), bold=True)
        )
        layout.addWidget(
            _label(
                self.tr(
                    "Plan your days at a conference: look at the timetable, choose your "
                    "sessions, print your agenda and put it into your calendar. Every choice "
                    "is saved at once."
                )
            )
        )
        form = QFormLayout()
        form.addRow(_label(self.tr("Your plan:"), bold=True), _label(str(database)))
        form.addRow(_label(self.tr("Preferences:"), bold=True), _label(settings))
        form.addRow(_label(self.tr("Log of problems:"), bold=True), _label(str(log)))
        layout.addLayout(form)
        self.shortcuts_button = QPushButton(self.tr("&Keyboard shortcuts…"))
        self.shortcuts_button.clicked.connect(self._on_shortcuts_button_clicked)
        layout.addWidget(self.shortcuts_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = _closing(self, layout)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.resize(560, 300)

    def _on_shortcuts_button_clicked(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def version() -> str:
    try:
        return metadata.version("conference-planner")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return ""
