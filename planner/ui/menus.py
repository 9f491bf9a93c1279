"""The window's menus, toolbar and actions, with their shortcuts, and their texts in the
user's language (set by `retranslate` whenever the language changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel

from planner import places
from planner.domain.programme import Session
from planner.services.texts import LANGUAGES, day_label
from planner.store.database import StoreError
from planner.store.reading import PlanError
from planner.ui.asking import confirm

if TYPE_CHECKING:
    from planner.ui.updates import UpdatesController
    from planner.ui.window import MainWindow

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


class Menus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = window.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._file_menu()
        self._edit_menu()
        self._plan_menu()
        self._view_menu()
        self._language_menu()
        self._help_menu()

    def _action(
        self,
        slot: Callable[[], object],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        """An action whose text `retranslate` sets."""
        action = QAction(self.window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        return action

    def _file_menu(self) -> None:
        window = self.window
        self.file_menu = window.menuBar().addMenu("")
        importing = window.importing
        self.file_menu.addActions([importing.import_action, importing.undo_action])
        self.toolbar.addAction(importing.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(window.printing.actions())
        self.export_calendar_action = self._action(self._on_export_calendar_action_triggered)
        self.export_session_action = self._action(self._on_export_session_action_triggered)
        self.file_menu.addAction(self.export_calendar_action)
        self.file_menu.addAction(window.personal.report_action)
        self.toolbar.addAction(self.export_calendar_action)
        self.file_menu.addSeparator()
        self.remove_action = self._action(self._on_remove_action_triggered)
        self.file_menu.addAction(self.remove_action)
        self.file_menu.addSeparator()
        self.quit_action = self._action(window.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)

    def _edit_menu(self) -> None:
        window = self.window
        self.edit_menu = window.menuBar().addMenu("")
        stack = window.choosing.undo_stack
        self.undo_action = stack.createUndoAction(window)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(window)
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.find_action = self._action(
            self._on_find_action_triggered, QKeySequence.StandardKey.Find
        )
        self.find_next_action = self._action(lambda: window.next_match(True), "F3")
        self.find_previous_action = self._action(lambda: window.next_match(False), "Shift+F3")
        self.edit_menu.addActions(
            [self.find_action, self.find_next_action, self.find_previous_action]
        )
        self.edit_menu.addSeparator()
        self.paste_action = self._action(
            self._on_paste_action_triggered, QKeySequence.StandardKey.Paste
        )
        self.edit_menu.addAction(self.paste_action)

    def _plan_menu(self) -> None:
        window = self.window
        self.plan_menu = window.menuBar().addMenu("")
        self.choose_action = self._action(self._on_choose_action_triggered, "Space")
        self.clear_action = self._action(
            self._on_clear_action_triggered, QKeySequence.StandardKey.Delete
        )
        for action in (self.choose_action, self.clear_action):
            # Keys of the grid: the search field keeps its own Space and Delete.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_all_action = self._action(self._on_clear_all_action_triggered)
        personal = window.personal
        self.plan_menu.addActions(
            [self.choose_action, self.clear_action, self.clear_all_action, personal.star_action]
        )
        self.plan_menu.addSeparator()
        self.plan_menu.addAction(personal.plan_for_me_action)
        # The delegation's plans: sharing them, seeing them together, dividing the themes.
        self.delegation_menu = window.menuBar().addMenu("")
        self.delegation_menu.addActions(
            [
                personal.share_action,
                personal.add_colleague_action,
                personal.delegation_action,
                personal.plan_delegation_action,
            ]
        )

    def _view_menu(self) -> None:
        window = self.window
        self.view_menu = window.menuBar().addMenu("")
        self.info_action = self._action(self._on_info_action_triggered)
        self.next_day_action = self._action(lambda: self._step_day(1), "Ctrl+PgDown")
        self.previous_day_action = self._action(lambda: self._step_day(-1), "Ctrl+PgUp")
        self.now_action = self._action(self._on_now_action_triggered, "Ctrl+T")
        self.list_action = self._action(self._on_list_action_triggered, "Ctrl+L")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(window.settings.days_as_list)
        self.view_menu.addActions(
            [
                self.info_action,
                window.changes.toggleViewAction(),
                self.list_action,
                self.now_action,
                self.next_day_action,
                self.previous_day_action,
            ]
        )
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

    def _language_menu(self) -> None:
        window = self.window
        self.language_menu = window.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = group.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == window.language)
            action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _help_menu(self) -> None:
        self.help_menu = self.window.menuBar().addMenu("")
        self.shortcuts_action = self._action(self._on_shortcuts_action_triggered, "F1")
        self.about_action = self._action(self._on_about_action_triggered)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def add_updates(self, updates: UpdatesController) -> None:
        """The actions of following programmes where they are published, once they exist."""
        actions = self.file_menu.actions()
        after = actions.index(self.window.importing.undo_action) + 1
        self.file_menu.insertActions(actions[after], updates.actions())
        self.toolbar.insertAction(self.export_calendar_action, updates.check_action)

    def _on_paste_action_triggered(self) -> None:
        from planner.services.fetching import is_address

        text = QGuiApplication.clipboard().text().strip()
        if is_address(text):
            self.window.import_address(text)
        else:
            self.window.statusBar().showMessage(
                self.tr("The clipboard holds no web address to import from."), 10_000
            )

    def grid_actions(self) -> list[QAction]:
        """Actions whose keys work in a grid."""
        return [self.choose_action, self.clear_action, self.window.personal.star_action]

    def context_actions(self, session: Session) -> list[QAction]:
        """What the grid's context menu offers for `session`: only what applies."""
        actions = []
        if not session.for_everyone:
            chosen = self.window.plan.is_chosen(session.guid)
            actions.append(self.clear_action if chosen else self.choose_action)
            actions.append(self.window.personal.star_action)
        actions.append(self.export_session_action)
        return actions

    def retranslate(self, language: str) -> None:
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.file_menu.setTitle(self.tr("&File"))
        self.export_calendar_action.setText(self.tr("Export to &calendar…"))
        self.export_session_action.setText(self.tr("Export session to calendar…"))
        self.remove_action.setText(self.tr("&Remove this conference…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.find_action.setText(self.tr("&Find…"))
        self.find_next_action.setText(self.tr("Find &next"))
        self.find_previous_action.setText(self.tr("Find &previous"))
        self.paste_action.setText(self.tr("&Paste an address to import"))
        self.plan_menu.setTitle(self.tr("&Plan"))
        self.choose_action.setText(self.tr("&Choose session"))
        self.clear_action.setText(self.tr("C&lear choice"))
        self.clear_all_action.setText(self.tr("Clear &all choices"))
        self.delegation_menu.setTitle(self.tr("&Delegation"))
        self.view_menu.setTitle(self.tr("&View"))
        self.info_action.setText(self.tr("&Conference information…"))
        self.next_day_action.setText(self.tr("&Next day"))
        self.previous_day_action.setText(self.tr("&Previous day"))
        self.now_action.setText(self.tr("&Now"))
        self.list_action.setText(self.tr("Show days as a &list"))
        self.conference_label.setText(self.tr("Conference:") + " ")
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About the planner"))
        self._fill_conference_picker(language)
        self.update_enabled()

    def update_enabled(self) -> None:
        window = self.window
        session = window.current_session()
        chosen = session is not None and window.plan.is_chosen(session.guid)
        self.choose_action.setEnabled(
            session is not None and not session.for_everyone and not chosen
        )
        self.clear_action.setEnabled(chosen)
        self.clear_all_action.setEnabled(bool(window.plan.chosen))
        self.export_session_action.setEnabled(session is not None)
        self.remove_action.setEnabled(self.conference_picker.count() > 1)

    # Conferences ---------------------------------------------------------------------------

    def _fill_conference_picker(self, language: str) -> None:
        picker = self.conference_picker
        window = self.window
        picker.blockSignals(True)
        picker.clear()
        for conference in window.plan.store.reading.conferences():
            picker.addItem(conference.translated(language).title, conference.key)
        picker.setCurrentIndex(picker.findData(window.plan.conference.key))
        picker.blockSignals(False)
        # One conference needs no picker.
        for action in self.conference_actions:
            action.setVisible(picker.count() > 1)

    def _on_conference_picker_activated(self, index: int) -> None:
        plan = self.window.plan
        key = self.conference_picker.itemData(index)
        if key == plan.conference.key:
            return
        conference = next(c for c in plan.store.reading.conferences() if c.key == key)
        self._act(lambda: plan.switch(conference))

    def _on_remove_action_triggered(self) -> None:
        window = self.window
        title = window.conference.title
        confirm(
            window,
            self.tr("Remove conference"),
            self.tr(
                "Remove {title} and your plan for it from the planner? Its programme can be "
                "imported again, but your choices for it cannot be brought back."
            ).format(title=title),
            self.tr("Remove"),
            lambda: self._act(window.plan.remove_conference),
        )

    def _act(self, change: Callable[[], object]) -> None:
        try:
            change()
        except (StoreError, PlanError) as error:
            self.window.warn(str(error))

    # The plan and the views ----------------------------------------------------------------

    def _on_choose_action_triggered(self) -> None:
        session = self.window.current_session()
        if session is not None and not session.for_everyone:
            self.window.choosing.choose(session.guid)

    def _on_clear_action_triggered(self) -> None:
        session = self.window.current_session()
        if session is not None:
            self.window.choosing.clear(session.guid)

    def _on_clear_all_action_triggered(self) -> None:
        self.window.choosing.clear_all()

    def _on_find_action_triggered(self) -> None:
        search = self.window.filters.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _step_day(self, step: int) -> None:
        days = self.window.days
        if days.count():
            days.setCurrentIndex((days.currentIndex() + step) % days.count())

    def _on_list_action_triggered(self) -> None:
        as_list = self.list_action.isChecked()
        self.window.settings.days_as_list = as_list
        self.window.days.set_as_list(as_list)

    def _on_now_action_triggered(self) -> None:
        window = self.window
        days = window.plan.conference.days
        sessions = window.plan.programme.sessions
        window.days.show_now()
        if window.days.go_to_now() or not sessions:
            return
        today = window.days.clock().astimezone(sessions[0].start.tzinfo).date()
        first, last = (day_label(day, window.language) for day in (days[0], days[-1]))
        message = (
            self.tr("Nothing more is on today.")
            if today in days
            else self.tr("Nothing is on now: the conference is on {day}.").format(day=first)
            if first == last
            else self.tr("Nothing is on now: the conference runs from {first} to {last}.").format(
                first=first, last=last
            )
        )
        window.statusBar().showMessage(message, 10_000)

    # The dialogs load when first opened, not with the window.

    def _on_info_action_triggered(self) -> None:
        from planner.ui.about import ConferenceInfoDialog

        dialog = ConferenceInfoDialog(self.window.conference, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_shortcuts_action_triggered(self) -> None:
        from planner.ui.about import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about_action_triggered(self) -> None:
        from planner.ui.about import AboutDialog

        window = self.window
        dialog = AboutDialog(
            window.plan.store.database.path,
            window.settings.store.fileName(),
            places.log_file(),
            window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_export_calendar_action_triggered(self) -> None:
        self._export_to_calendar(None)

    def _on_export_session_action_triggered(self) -> None:
        session = self.window.current_session()
        if session is not None:
            self._export_to_calendar(session)

    def _export_to_calendar(self, session: Session | None) -> None:
        """The calendar export dialog for the agenda, or for one session; before it, a word
        when the plan holds a theme twice."""
        window = self.window
        doubled = [runs for runs in window.plan.doubled.values()]
        if session is not None or not doubled:
            self._open_export(session)
            return
        runs = doubled[0]
        confirm(
            window,
            self.tr("Export to calendar"),
            self.tr(
                "Your plan holds “{title}” more than once (at {times}): the calendar would "
                "hold it more than once too. Export anyway, or clear all but one run first?"
            ).format(
                title=runs[0].translated(window.language).title,
                times=", ".join(f"{s.start:%H:%M}" for s in runs),
            ),
            self.tr("Export anyway"),
            lambda: self._open_export(None),
            destructive=False,
        )

    def _open_export(self, session: Session | None) -> None:
        from planner.ui.calendar_export import CalendarExportDialog

        window = self.window
        dialog = CalendarExportDialog(
            window.plan, window.settings.store, window.language, session, window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
