"""The main window: a tab per conference day, the detail pane, menus and the status line."""

from __future__ import annotations

import argparse
import gc
import html
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Conference, Session
from planner.domain.rules import Choice
from planner.services.planning import Plan, PlanChange, open_plan
from planner.services.texts import (
    LANGUAGES,
    Translators,
    capitalised,
    clock,
    short_day_label,
    system_language,
)
from planner.store.database import StoreError
from planner.store.reading import PlanError
from planner.ui.changes import ChangesPanel
from planner.ui.detail import SessionDetail
from planner.ui.filters import Filter, FilterBar
from planner.ui.printing import PrintActions
from planner.ui.timetable_model import TimetableModel
from planner.ui.timetable_view import TimetableView

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
        # A page per day; a day's grid is made when its tab is first shown.
        self._pages: list[QWidget] = []
        self._views: dict[int, TimetableView] = {}
        self._focusing = False
        # The conference on show, so that a switch to another one resets the filters.
        self._shown_key: str | None = None
        self.tabs = QTabWidget()
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
        self.filters = FilterBar()
        self.filters.filterChanged.connect(self._on_filters_filter_changed)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.filters)
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
        self.changes = ChangesPanel(self)
        self.changes.undoRequested.connect(self.undo_import)
        self.changes.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes)
        self._build_menus()
        # Programme files dropped on the window are imported.
        self.setAcceptDrops(True)
        plan.changed.connect(self._on_plan_changed)
        self._show_programme()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _show_programme(self) -> None:
        """Show the plan's programme: at start, after an import or an undo, or another one."""
        plan = self.plan
        other_conference = plan.conference.key != self._shown_key
        self._shown_key = plan.conference.key
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for page in self._pages:
            page.deleteLater()
        self._pages = []
        self._views = {}
        for _day in plan.conference.days:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.tabs.addTab(page, "")
        self.tabs.blockSignals(False)
        self.detail.show_session(None)
        if other_conference:
            self.filters.clear()  # another conference's search or track means nothing here
        self.filters.set_plan(plan, self.language)
        self._retranslate()
        self._focus_first_choice()

    def _action(
        self, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        """An action whose text `_retranslate` sets."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_file_menu()
        bar = self.menuBar()
        self.plan_menu = bar.addMenu("")
        self.choose_action = self._action(self._on_choose_action_triggered)
        self.clear_action = self._action(
            self._on_clear_action_triggered, QKeySequence.StandardKey.Delete
        )
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.plan_menu.addActions([self.choose_action, self.clear_action])
        self.view_menu = bar.addMenu("")
        self.info_action = self._action(self.show_conference_info)
        self.view_menu.addActions([self.info_action, self.changes.toggleViewAction()])
        self.conference_picker = QComboBox()
        self.conference_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.conference_picker.activated.connect(self._on_conference_picker_activated)
        self.conference_label = QLabel()
        self.conference_label.setBuddy(self.conference_picker)
        # A toolbar shows and hides its widgets through the actions that hold them.
        self.conference_actions = [
            self.toolbar.addSeparator(),
            self.toolbar.addWidget(self.conference_label),
            self.toolbar.addWidget(self.conference_picker),
        ]
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
        self.about_action = self._action(self._on_about_action_triggered)
        self.help_menu.addAction(self.about_action)

    def _build_file_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = self._action(
            self._on_import_action_triggered, QKeySequence.StandardKey.Open
        )
        self.undo_import_action = self._action(self.undo_import)
        self.file_menu.addActions([self.import_action, self.undo_import_action])
        self.toolbar.addAction(self.import_action)
        self.file_menu.addSeparator()
        # Export and print actions go above this separator: insertAction(self.file_separator, …).
        self.file_separator = self.file_menu.addSeparator()
        self.printing = PrintActions(self)
        for action in self.printing.actions():
            self.file_menu.insertAction(self.file_separator, action)
        self.export_calendar_action = self._action(self._on_export_calendar_action_triggered)
        self.file_menu.insertAction(self.file_separator, self.export_calendar_action)
        self.toolbar.addAction(self.export_calendar_action)
        self.export_session_action = self._action(self._on_export_session_action_triggered)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)

    # Language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch every visible text, the programme's titles included, to `language`."""
        self.language = language
        self.settings.setValue("language", language)
        self.language_actions[language].setChecked(True)
        # Translators first: the grid's cells and the detail pane are made with them.
        self.translators.install(language)
        for view in self._views.values():
            view.timetable().set_language(language)
        self.detail.set_language(language)
        self.filters.set_plan(self.plan, language)
        # Installing the translators posted LanguageChange to every widget; deliver it now.
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
        self.import_action.setText(self.tr("&Import programme…"))
        self.import_action.setStatusTip(
            self.tr("Open a schedule.xml or schedule.json: a new conference or an update")
        )
        self.undo_import_action.setText(self.tr("&Undo last import"))
        self.undo_import_action.setEnabled(self.plan.store.reading.can_undo(self.plan.conference))
        self.conference_label.setText(self.tr("Conference:") + " ")
        self._fill_conference_picker()
        self.changes.retranslate(self.plan, self.language)
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
            self.tabs.setTabText(number, capitalised(short_day_label(day, self.language)))
        notices = conference.info.notices
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self._update_progress()

    @property
    def conference(self) -> Conference:
        return self.plan.conference.translated(self.language)

    # The plan ------------------------------------------------------------------------------

    def current_view(self) -> TimetableView:
        return self.view_of(self.tabs.currentIndex())

    def view_of(self, number: int) -> TimetableView:
        """The grid of the conference's day `number`, made now if it was not yet."""
        view = self._views.get(number)
        if view is not None:
            return view
        view = TimetableView()
        day = self.plan.conference.days[number]
        view.setModel(TimetableModel(self.plan, day, self.language, view))
        view.set_filter(self.filters.filter())
        view.chooseRequested.connect(self._choose)
        view.clearRequested.connect(self._clear)
        view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        # Their shortcuts (Delete) work in the grid; its context menu offers those that apply.
        view.addActions([self.choose_action, self.clear_action, self.export_session_action])
        view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        layout = self._pages[number].layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()  # now, not once the event loop gets to it: the tab is being shown
        self._views[number] = view
        return view

    def _focus_first_choice(self) -> None:
        """Start where the first decision is: the first open slot, else the first slot; a
        programme without slots starts at its first day."""
        slots = self.plan.slots
        open_slots = [sessions for slot, sessions in slots.items() if not self.plan.choice_in(slot)]
        candidates = open_slots or list(slots.values())
        if not candidates:
            self.tabs.setCurrentIndex(0)
            if self._pages:
                self.current_view()
            return
        first = candidates[0][0]
        number = self.plan.conference.days.index(first.day)
        self.tabs.setCurrentIndex(number)
        view = self.view_of(number)
        # Putting the focus there is not the attendee looking at it: its mark stays. Nor
        # does the grid scroll there: a day opens at its first session.
        self._focusing = True
        view.set_current_session(first.guid, scroll=False)
        self._focusing = False
        view.setFocus()

    def _choose(self, guid: str) -> None:
        """Choose a session. Where it runs at the same time as another choice outside its slot
        and theme, ask whether to replace that one or keep both."""
        try:
            preview = self.plan.preview(guid)
        except PlanError as error:
            self.warn(str(error))
            return
        if not preview.conflicts:
            self._act(lambda: self._said(self.plan.choose(guid)))
            return
        title = self.plan.by_guid[guid].translated(self.language).title
        others = ", ".join(
            f"“{self.plan.by_guid[g].translated(self.language).title}”"
            for g in sorted(preview.conflicts)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Choose session"),
            self.tr("“{title}” runs at the same time as your choice {others}.").format(
                title=title, others=others
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(replace)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished() -> None:
            if box.clickedButton() is replace:
                self._act(lambda: self._said(self.plan.choose(guid, replace_overlapping=True)))
            elif box.clickedButton() is keep:
                self._act(lambda: self._said(self.plan.choose(guid)))

        box.finished.connect(on_finished)
        box.open()

    def _said(self, choice: Choice) -> None:
        """Tell in the status line what a choice moved or replaced."""
        if choice.unchanged:
            return
        session = self.plan.by_guid[choice.guid].translated(self.language)
        parts = []
        if choice.moved_from:
            parts.append(
                self.tr("Moved “{title}” from {before} to {after}.").format(
                    title=session.title,
                    before=", ".join(clock(self.plan.by_guid[g].start) for g in choice.moved_from),
                    after=clock(session.start),
                )
            )
        if choice.replaced:
            parts.append(
                self.tr("It replaces “{title}”.").format(
                    title=", ".join(
                        self.plan.by_guid[g].translated(self.language).title
                        for g in sorted(choice.replaced)
                        if g in self.plan.by_guid
                    )
                )
            )
        if parts:
            self.statusBar().showMessage(" ".join(parts), 10_000)

    def _clear(self, guid: str) -> None:
        self._act(lambda: self.plan.clear({guid}))

    def _act(self, change: Callable[[], object]) -> None:
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
        plan = self.plan
        parts = []
        if plan.slots:
            parts.append(
                self.tr("{chosen} of {count} slots chosen").format(
                    chosen=plan.chosen_slot_count(), count=len(plan.slots)
                )
            )
        else:
            parts.append(
                self.tr("Sessions chosen: {chosen}").format(chosen=len(plan.chosen_sessions()))
            )
        if plan.programme.themes:
            parts.append(
                self.tr("{chosen} of {count} themes").format(
                    chosen=plan.chosen_theme_count(), count=len(plan.programme.themes)
                )
            )
        if plan.doubled:
            parts.append(self.tr("⚠ a theme chosen twice: {count}").format(count=len(plan.doubled)))
        if plan.conflicts:
            parts.append(
                self.tr("at the same time as another choice: {count}").format(
                    count=len(plan.conflicts)
                )
            )
        self.progress.setText(" · ".join(parts))

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            self._show_programme()
            return
        self._update_progress()
        if self.changes.isVisible():
            self.changes.retranslate(self.plan, self.language)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = current.model()
        session = model.session_at(current) if isinstance(model, TimetableModel) else None
        self.detail.show_session(session)
        if session is not None and not self._focusing:
            self.plan.mark_seen({session.guid})

    def _on_view_custom_context_menu_requested(self, position: QPoint) -> None:
        view = self.current_view()
        session = view.current_session()
        if session is None or not view.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not session.for_everyone:
            chosen = self.plan.is_chosen(session.guid)
            menu.addAction(self.clear_action if chosen else self.choose_action)
        menu.addAction(self.export_session_action)
        menu.popup(view.viewport().mapToGlobal(position))

    def _on_filters_filter_changed(self, shown: Filter) -> None:
        for view in self._views.values():
            view.set_filter(shown)

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._pages):
            self.detail.show_session(self.view_of(index).current_session())

    # Importing and conferences -------------------------------------------------------------

    def _on_import_action_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import programme"),
            str(self.settings.value("import/folder", QDir.homePath())),
            self.tr("Conference schedules (*.xml *.json);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Import a schedule file and show what changed; a bad file changes nothing."""
        from planner.services.importing import ScheduleError, read_programme

        try:
            result = self.plan.import_programme(read_programme(path))
        except (ScheduleError, StoreError, PlanError) as error:
            self.warn(str(error))
            return
        self.settings.setValue("import/folder", str(path.parent))
        title = self.conference.title
        if result.is_new:
            self.statusBar().showMessage(self.tr("Imported {title}.").format(title=title), 10_000)
            return
        self.changes.show()
        changes = result.changes
        summary = self.tr(
            "{title} was updated: {added} new, {cancelled} cancelled, {moved} moved, "
            "{renamed} renamed. Your choices concerned: {affected}."
        ).format(
            title=title,
            added=len(changes.added),
            cancelled=len(changes.cancelled),
            moved=len(changes.moved),
            renamed=len(changes.retitled),
            affected=len(result.affected),
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Programme updated"),
            summary
            if not changes.is_empty
            else self.tr("{title}: nothing changed.").format(title=title),
            QMessageBox.StandardButton.Close,
            self,
        )
        undo = box.addButton(self.tr("Undo import"), QMessageBox.ButtonRole.ActionRole)
        undo.clicked.connect(self.undo_import)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def undo_import(self) -> None:
        """Bring back the programme and the plan of before the last import."""
        try:
            self.plan.undo_import()
        except (PlanError, StoreError) as error:
            self.warn(str(error))
            return
        self.statusBar().showMessage(
            self.tr("The last import was undone; programme and plan are as they were."), 10_000
        )

    def _fill_conference_picker(self) -> None:
        picker = self.conference_picker
        picker.blockSignals(True)
        picker.clear()
        for conference in self.plan.store.reading.conferences():
            picker.addItem(conference.translated(self.language).title, conference.key)
        picker.setCurrentIndex(picker.findData(self.plan.conference.key))
        picker.blockSignals(False)
        # One conference needs no picker.
        for action in self.conference_actions:
            action.setVisible(picker.count() > 1)

    def _on_conference_picker_activated(self, index: int) -> None:
        key = self.conference_picker.itemData(index)
        if key == self.plan.conference.key:
            return
        conference = next(c for c in self.plan.store.reading.conferences() if c.key == key)
        self._act(lambda: self.plan.switch(conference))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def _on_choose_action_triggered(self) -> None:
        session = self.current_view().current_session()
        if session is not None and not session.for_everyone:
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
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About the planner"),
            self.tr(
                "Plan your days at the conference: choose one session per slot, "
                "print your agenda and put it into your calendar."
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

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


def _dropped_file(data: QMimeData) -> Path | None:
    files = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
    return Path(files[0]) if len(files) == 1 else None


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
    plan = Plan(opened.store, opened.conference)
    window = MainWindow(plan, settings, translators, language)
    if arguments.screenshot is None:
        window.show()
        for notice in opened.notices:
            window.warn(notice)
    # Start-up is over. What it built lives as long as the process, so the garbage collector,
    # paused by main(), need not scan it again, neither while the window is open nor at exit.
    gc.freeze()
    gc.enable()
    if arguments.screenshot is not None:
        return save_screenshot(window, arguments.screenshot)
    return app.exec()


def save_screenshot(window: MainWindow, target: Path) -> int:
    window.tabs.setCurrentIndex(0)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    if not window.grab().save(str(target), "PNG"):
        print(f"The screenshot could not be written to {target}.", file=sys.stderr)
        return 1
    return 0
