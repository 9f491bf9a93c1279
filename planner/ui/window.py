"""The main window: the conference days, the detail pane, menus and the status line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Conference, Session
from planner.services.planning import Plan, PlanChange
from planner.services.texts import Translators
from planner.store.database import StoreError
from planner.ui import search
from planner.ui.asking import confirm
from planner.ui.changes import ChangesPanel
from planner.ui.choosing import Choosing
from planner.ui.days import DayPages
from planner.ui.detail import SessionDetail
from planner.ui.filters import Filter, FilterBar
from planner.ui.import_actions import ImportActions
from planner.ui.menus import Menus
from planner.ui.personal_actions import PersonalActions
from planner.ui.printing import PrintActions
from planner.ui.settings import Settings

if TYPE_CHECKING:
    from planner.ui.updates import UpdatesController

# How often the window looks whether another program (the command line) changed the plan.
SYNC_MILLISECONDS = 1000


class MainWindow(QMainWindow):
    def __init__(
        self, plan: Plan, settings: Settings, translators: Translators, language: str
    ) -> None:
        super().__init__()
        self.plan = plan
        self.settings = settings
        self.translators = translators
        self.language = language
        # Set while the window itself selects a session: that is not the attendee looking.
        self._focusing = False
        # The conference on show, so that a switch to another one resets the filters.
        self._shown_key: str | None = None
        self.choosing = Choosing(self, plan, self.warn, language)
        self.importing = ImportActions(self, plan, settings, self.warn, self._show_changes)
        self.printing = PrintActions(self, plan, settings, self.warn)
        self.personal = PersonalActions(self, plan, settings.store, self.choosing.undo_stack)
        self.personal.set_language(language)
        self.days = DayPages(plan, language, self._wire, as_list=settings.days_as_list)
        self.days.sessionSelected.connect(self._on_days_session_selected)
        self.detail = SessionDetail(plan, language)
        self.detail.chooseRequested.connect(self._on_detail_choose_requested)
        self.detail.clearRequested.connect(self.choosing.clear)
        self.detail.edited.connect(self.personal.record)
        self.detail.failed.connect(self.warn)
        self.changes = ChangesPanel(self)
        self.changes.undoRequested.connect(self.importing.undo_import)
        self.changes.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes)
        self.setCentralWidget(self._body())
        self.progress = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self.menus = Menus(self)
        # Programme files dropped on the window are imported.
        self.setAcceptDrops(True)
        plan.changed.connect(self._on_plan_changed)
        self._show_programme()
        geometry = settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        # Following programmes where they are published; made by finish_start.
        self.updates: UpdatesController | None = None
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_MILLISECONDS)
        self.sync_timer.timeout.connect(self.sync)

    def show(self) -> None:
        with self.days.measured_once_shown():
            super().show()

    def _body(self) -> QSplitter:
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(6, 4, 6, 4)
        self.hint_bar = Banner()
        self.hint_bar.button.clicked.connect(self._on_hint_bar_button_clicked)
        self.hint_bar.setVisible(not self.settings.first_run_hint_shown)
        # What an update found by itself, until the user has read it.
        self.announcement = Banner()
        self.announcement.button.clicked.connect(self.announcement.hide)
        self.announcement.hide()
        self.filters = FilterBar()
        self.filters.filterChanged.connect(self._on_filters_filter_changed)
        self.filters.search.returnPressed.connect(self.next_match)
        self.matches = QLabel()
        search_row = QHBoxLayout()
        search_row.addWidget(self.filters, 1)
        search_row.addWidget(self.matches)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint_bar)
        left_layout.addWidget(self.announcement)
        left_layout.addWidget(self.notice)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.days)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 300])
        return splitter

    def _show_programme(self) -> None:
        """Show the plan's programme: at start, after an import or an undo, or another one."""
        plan = self.plan
        other_conference = plan.conference.key != self._shown_key
        self._shown_key = plan.conference.key
        self.days.show_programme()
        self.detail.show_session(None)
        if other_conference:
            self.filters.clear()  # another conference's search or track means nothing here
        self.filters.set_plan(plan, self.language)
        self._retranslate()
        self._focus_first_choice()

    # Language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch every visible text, the programme's titles included, to `language`."""
        self.language = language
        self.settings.language = language
        self.menus.language_actions[language].setChecked(True)
        # Translators first: the grid's cells and the detail pane are made with them.
        self.translators.install(language)
        self.days.set_language(language)
        self.detail.set_language(language)
        self.choosing.set_language(language)
        self.personal.set_language(language)
        self.filters.set_plan(self.plan, language)
        # Installing the translators posted LanguageChange to every widget; deliver it now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.sync()  # the user comes back, perhaps from the command line
        super().changeEvent(event)

    def _retranslate(self) -> None:
        conference = self.conference
        self.setWindowTitle(self.tr("{title} – Conference planner").format(title=conference.title))
        self.menus.retranslate(self.language)
        self.importing.retranslate(self.language)
        self.printing.retranslate(self.language)
        self.changes.retranslate(self.plan, self.language)
        self.days.retranslate()
        notices = conference.info.notices
        self.notice.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))
        self.hint_bar.text.setText(
            self.tr(
                "Select a session to read about it; choose it with Space, a double-click or "
                "its check box. Your choices are saved as you make them, and Ctrl+Z takes "
                "one back. F1 lists every key."
            )
        )
        self.hint_bar.button.setText(self.tr("Got it"))
        self.announcement.button.setText(self.tr("Close"))
        self._update_matches()
        self._update_progress()

    @property
    def conference(self) -> Conference:
        return self.plan.conference.translated(self.language)

    # The days ------------------------------------------------------------------------------

    def _wire(self, view: QAbstractItemView) -> None:
        """Connect a day's new grid or list to choosing and to the context menu."""
        view.chooseRequested.connect(self.choosing.choose)  # type: ignore[attr-defined]
        view.clearRequested.connect(self.choosing.clear)  # type: ignore[attr-defined]
        view.starRequested.connect(self.personal.toggle_star)  # type: ignore[attr-defined]
        # Their shortcuts (Delete) work in the grid; its context menu offers those that apply.
        view.addActions(self.menus.grid_actions())
        view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)

    def show_session(self, session: Session) -> None:
        """Select `session` in its day's grid or list, scrolled into view."""
        self.days.select(session)

    def _focus_first_choice(self) -> None:
        """Start where the first decision is: the first open slot, else the first slot; a
        programme without slots starts at its first day."""
        slots = self.plan.slots
        open_slots = [sessions for slot, sessions in slots.items() if not self.plan.choice_in(slot)]
        candidates = open_slots or list(slots.values())
        if not candidates:
            self.days.setCurrentIndex(0)
            if self.days.count():
                self.days.current_widget()
            return
        # Putting the focus there is not the attendee looking at it: its mark stays. Nor
        # does the grid scroll there: a day opens at its first session.
        self._focusing = True
        self.days.select(candidates[0][0], scroll=False)
        self._focusing = False
        self.days.current_widget().setFocus()

    def current_session(self) -> Session | None:
        return self.days.current_session()

    # The plan ------------------------------------------------------------------------------

    def warn(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its class costs the start milliseconds

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Conference planner"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def sync(self) -> None:
        """Take in a change another program made; a failure is said in the status line only,
        as this runs every second."""
        try:
            self.plan.sync()
        except StoreError as error:
            self.statusBar().showMessage(str(error), SYNC_MILLISECONDS * 5)

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
            parts.append(self.tr("Sessions chosen: {chosen}").format(chosen=plan.chosen_count()))
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

    def _show_changes(self) -> None:
        self.changes.show()

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            self._show_programme()
            return
        self._update_progress()
        self.menus.update_enabled()
        if self.changes.isVisible():
            self.changes.retranslate(self.plan, self.language)

    def _on_detail_choose_requested(self, guid: str) -> None:
        self.choosing.choose(guid)
        session = self.plan.by_guid.get(guid)
        if session is not None and self.plan.is_chosen(guid):
            # "Choose at 15:50" moves the choice there, and the selection goes with it.
            self.show_session(session)

    def _on_days_session_selected(self, session: Session | None, looked: bool) -> None:
        self.detail.show_session(session, looked=looked and not self._focusing)
        self.personal.set_session(session)
        self.menus.update_enabled()
        self._update_matches()

    def _on_view_custom_context_menu_requested(self, position: QPoint) -> None:
        view = self.days.current_widget()
        session = view.current_session()
        if session is None or not view.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.menus.context_actions(session))
        menu.popup(view.viewport().mapToGlobal(position))

    def _on_filters_filter_changed(self, shown: Filter) -> None:
        self.days.set_filter(shown)
        self._update_matches()
        found = search.matches(self.plan, shown.text)
        if found:
            on_this_day = [s for s in found if s.day == self.days.current_day()]
            self.show_session(on_this_day[0] if on_this_day else found[0])

    def _update_matches(self) -> None:
        text = self.filters.filter().text
        day = self.days.current_day()
        found = search.matches(self.plan, text)
        shown = search.summary(found, day, self.language) if text.strip() and day else ""
        self.matches.setText(shown)

    def next_match(self, forward: bool = True) -> None:
        found = search.matches(self.plan, self.filters.filter().text)
        target = search.following(found, self.current_session(), forward)
        if target is not None:
            self.show_session(target)

    def _on_hint_bar_button_clicked(self) -> None:
        self.settings.mark_first_run_hint_shown()
        self.hint_bar.hide()

    # What is needed only once the window is shown -------------------------------------------

    def finish_start(self) -> None:
        """Following programmes where they are published: its downloads and dialogs load
        after the first paint, and its first automatic look starts now."""
        from planner.ui.updates import UpdatesController

        self.updates = UpdatesController(self, self.plan, self.settings.store)
        self.menus.add_updates(self.updates)
        self.updates.imported.connect(self.importing.report)
        self.updates.announce.connect(self._on_updates_announce)
        self.updates.confirmationNeeded.connect(self._on_updates_confirmation_needed)
        self.updates.problem.connect(self.warn)
        self.updates.note.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.updates.start()

    def import_address(self, text: str) -> None:
        """Import from a web address that was dropped or pasted on the window."""
        if self.updates is not None:
            self.updates.import_address(text)

    def _on_updates_announce(self, text: str) -> None:
        self.announcement.text.setText(text)
        self.announcement.show()

    def _on_updates_confirmation_needed(self, key: str, question: str) -> None:
        updates = self.updates
        if updates is not None:
            confirm(
                self,
                self.tr("Check for updates"),
                question,
                self.tr("Import anyway"),
                lambda: updates.confirm(key),
            )

    # Files dropped on the window ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = _dropped(event.mimeData())
        if dropped is None:
            return
        event.acceptProposedAction()
        if isinstance(dropped, Path):
            self.importing.import_file(dropped)
        else:
            self.import_address(dropped)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        if self.updates is not None:
            self.updates.stop()
        super().closeEvent(event)


class Banner(QWidget):
    """A line of text above the grid with a button that puts it away."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)


def _dropped(data: QMimeData) -> Path | str | None:
    """A schedule file, or the web address of one, dropped on the window."""
    urls = data.urls()
    if len(urls) != 1:
        return None
    url = urls[0]
    if url.isLocalFile():
        return Path(url.toLocalFile())
    return url.toString() if url.scheme() in ("http", "https") else None
