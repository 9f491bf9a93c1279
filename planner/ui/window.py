"""The main window: a tab per conference day, the detail pane, menus and the status line."""

from __future__ import annotations

import argparse
import gc
import html
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Conference, Session
from planner.services.planning import Plan, open_plan
from planner.services.texts import LANGUAGES, Translators, short_day_label, system_language
from planner.store.database import StoreError
from planner.store.repository import PlanError
from planner.ui.detail import SessionDetail
from planner.ui.printing import PrintActions
from planner.ui.timetable import TimetableModel, TimetableView

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


class MainWindow(QMainWindow):
    def __init__(
        self, plan: Plan, settings: QSettings, translators: Translators, language: str
    ) -> None:
        super().__init__()
        self.plan = plan
        self.settings = settings
        self.translators = translators
        self.language = language
        self.views: list[TimetableView] = []
        self.tabs = QTabWidget()
        for day in plan.conference.days:
            view = TimetableView()
            view.setModel(TimetableModel(plan, day, language, view))
            view.chooseRequested.connect(self._choose)
            view.clearRequested.connect(self._clear)
            view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            self.views.append(view)
            self.tabs.addTab(view, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.detail = SessionDetail(plan, language)
        self.detail.chooseRequested.connect(self._choose)
        self.detail.clearRequested.connect(self._clear)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(6, 4, 6, 4)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.tabs)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 300])
        self.setCentralWidget(splitter)
        self.progress = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus()
        plan.changed.connect(self._on_plan_changed)
        self._retranslate()
        self._focus_first_choice()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _build_menus(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        # Export and print actions go above this separator: insertAction(self.file_separator, …).
        self.file_separator = self.file_menu.addSeparator()
        self.printing = PrintActions(self)
        for action in self.printing.actions():
            self.file_menu.insertAction(self.file_separator, action)
        self.export_calendar_action = QAction(self)
        self.export_calendar_action.triggered.connect(self._on_export_calendar_action_triggered)
        self.file_menu.insertAction(self.file_separator, self.export_calendar_action)
        self.toolbar.addAction(self.export_calendar_action)
        self.export_session_action = QAction(self)
        self.export_session_action.triggered.connect(self._on_export_session_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.plan_menu = bar.addMenu("")
        self.choose_action = QAction(self)
        self.choose_action.triggered.connect(self._on_choose_action_triggered)
        self.clear_action = QAction(self)
        self.clear_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_action.triggered.connect(self._on_clear_action_triggered)
        self.plan_menu.addActions([self.choose_action, self.clear_action])
        for view in self.views:
            view.addActions([self.choose_action, self.clear_action])
            view.addAction(self.export_session_action)
        self.view_menu = bar.addMenu("")
        self.info_action = QAction(self)
        self.info_action.triggered.connect(self.show_conference_info)
        self.view_menu.addAction(self.info_action)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = group.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu.addAction(self.about_action)

    # Language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch every visible text, the programme's titles included, to `language`."""
        self.language = language
        self.settings.setValue("language", language)
        self.language_actions[language].setChecked(True)
        for view in self.views:
            view.timetable().set_language(language)
        self.detail.set_language(language)
        # Installing the translators posts LanguageChange to every widget; deliver it now.
        self.translators.install(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        conference = self.conference
        self.setWindowTitle(self.tr("{title} – Conference planner").format(title=conference.title))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.printing.retranslate()
        self.export_calendar_action.setText(self.tr("Export to &calendar…"))
        self.export_session_action.setText(self.tr("Export session to calendar…"))
        self.plan_menu.setTitle(self.tr("&Plan"))
        self.choose_action.setText(self.tr("&Choose session"))
        self.clear_action.setText(self.tr("C&lear choice"))
        self.view_menu.setTitle(self.tr("&View"))
        self.info_action.setText(self.tr("&Conference information…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About the planner"))
        for number, day in enumerate(conference.days):
            label = short_day_label(day, self.language)
            self.tabs.setTabText(number, label[:1].upper() + label[1:])
        notices = conference.info.notices
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self._update_progress()

    @property
    def conference(self) -> Conference:
        return self.plan.conference.translated(self.language)

    # The plan ------------------------------------------------------------------------------

    def current_view(self) -> TimetableView:
        return self.views[self.tabs.currentIndex()]

    def _focus_first_choice(self) -> None:
        """Start where the first decision is: the first open slot, else the first slot."""
        slots = self.plan.slots
        open_slots = [sessions for slot, sessions in slots.items() if not self.plan.choice_in(slot)]
        candidates = open_slots or list(slots.values())
        if not candidates:
            return
        first = candidates[0][0]
        number = self.plan.conference.days.index(first.day)
        self.tabs.setCurrentIndex(number)
        view = self.views[number]
        view.setCurrentIndex(view.timetable().index_of(first.guid))
        view.setFocus()

    def _choose(self, guid: str) -> None:
        self._act(lambda: self.plan.choose(guid))

    def _clear(self, guid: str) -> None:
        self._act(lambda: self.plan.clear(guid))

    def _act(self, change: Callable[[], None]) -> None:
        try:
            change()
        except (StoreError, PlanError) as error:
            self.warn(str(error))

    def warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Conference planner"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _update_progress(self) -> None:
        self.progress.setText(
            self.tr("{chosen} of {count} slots chosen").format(
                chosen=self.plan.chosen_slot_count(), count=len(self.plan.slots)
            )
        )

    def _on_plan_changed(self, _guids: set[str]) -> None:
        self._update_progress()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_session(self.current_view().timetable().session_at(current))

    def _on_tabs_current_changed(self, _index: int) -> None:
        self.detail.show_session(self.current_view().current_session())

    def _on_choose_action_triggered(self) -> None:
        session = self.current_view().current_session()
        if session is not None and not session.is_fixed:
            self._choose(session.guid)

    def _on_clear_action_triggered(self) -> None:
        session = self.current_view().current_session()
        if session is not None:
            self._clear(session.guid)

    # Dialogs -------------------------------------------------------------------------------

    def show_conference_info(self) -> None:
        dialog = ConferenceInfoDialog(self.conference, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About the planner"),
            self.tr(
                "Plan your days at the conference: choose one session per slot, "
                "print your agenda and put it into your calendar."
            ),
        )

    def export_to_calendar(self, session: Session | None = None) -> None:
        """Open the calendar export dialog for the agenda, or for one session."""
        from planner.ui.calendar_export import CalendarExportDialog

        dialog = CalendarExportDialog(self.plan, self.settings, self.language, session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_export_calendar_action_triggered(self) -> None:
        self.export_to_calendar()

    def _on_export_session_action_triggered(self) -> None:
        session = self.current_view().current_session()
        if session is not None:
            self.export_to_calendar(session)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


class ConferenceInfoDialog(QDialog):
    """What the organisers say beyond the programme: place, audience, speakers, notices."""

    def __init__(self, conference: Conference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conference information"))
        info = conference.info
        rows = [
            (self.tr("Organiser"), info.organizer),
            (self.tr("Place"), info.venue),
            (self.tr("For"), info.audience),
            (self.tr("Cost"), info.cost),
            (self.tr("Registration"), info.registration),
        ]
        parts = [f"<h2>{html.escape(conference.title)}</h2>"]
        if info.description:
            parts.append(f"<p>{html.escape(info.description)}</p>")
        parts.append("<table cellspacing=4>")
        parts += [
            f"<tr><th align=left valign=top>{html.escape(name)}</th>"
            f"<td>{html.escape(value)}</td></tr>"
            for name, value in rows
            if value
        ]
        parts.append("</table>")
        if info.speakers:
            parts.append(f"<h3>{html.escape(self.tr('Speakers'))}</h3><ul>")
            parts += [
                f"<li><b>{html.escape(s.name)}</b>, {html.escape(s.affiliation)}</li>"
                for s in info.speakers
            ]
            parts.append("</ul>")
        parts += [f"<p><i>{html.escape(notice)}</i></p>" for notice in info.notices]
        self.text = QLabel("".join(parts))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 480)


def run_window(arguments: argparse.Namespace, path: Path) -> int:
    """Open the window (or render it to a PNG with --screenshot); returns the exit code."""
    if arguments.screenshot is not None:
        # A screenshot never needs a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings()
    language = arguments.lang or str(settings.value("language", system_language()))
    if language not in LANGUAGES:
        language = system_language()
    translators = Translators()
    translators.install(language)
    try:
        opened = open_plan(path, arguments.conference)
    except (StoreError, PlanError) as error:
        if arguments.screenshot is None:
            QMessageBox.critical(
                None, QApplication.translate("MainWindow", "Conference planner"), str(error)
            )
        print(error, file=sys.stderr)
        return 1
    plan = Plan(opened.repository, opened.conference)
    window = MainWindow(plan, settings, translators, language)
    if arguments.screenshot is None:
        window.show()
        if opened.set_aside_message:
            window.warn(opened.set_aside_message)
    # Start-up is over. What it built lives as long as the process, so the garbage collector,
    # paused by main(), need not scan it again, neither while the window is open nor at exit.
    gc.freeze()
    gc.enable()
    if arguments.screenshot is not None:
        return save_screenshot(window, arguments.screenshot)
    return app.exec()


def save_screenshot(window: MainWindow, target: Path) -> int:
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    if not window.grab().save(str(target), "PNG"):
        print(f"The screenshot could not be written to {target}.", file=sys.stderr)
        return 1
    return 0
