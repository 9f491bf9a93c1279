"""The window's part in following programmes where they are published: importing from a web
address, looking there for new versions (when asked, at start and every few hours), and the
Sources dialog. It never blocks the window: downloads run in the event loop, one at a time.

How the window wires it (planner/ui/window.py), once its menus and toolbar exist:

    self.updates = UpdatesController(self, plan, settings)
    # File menu, after "Import programme…": Import from address…, Check for updates, Sources…
    self.file_menu.insertActions(self.undo_import_action, self.updates.actions())
    self.toolbar.addAction(self.updates.check_action)
    self.updates.imported.connect(...)  # an ImportResult: show it as a file's import is shown
    self.updates.announce.connect(...)  # a sentence for the banner (self.notice)
    self.updates.confirmationNeeded.connect(...)  # (key, question): ask; on yes, confirm(key)
    self.updates.problem.connect(self.warn)  # what went wrong with a look the user asked for
    self.updates.note.connect(lambda text: self.statusBar().showMessage(text, 10_000))
    self.updates.start()  # after show(): the first automatic look, then every few hours
    # A dropped or pasted web address (fetching.is_address(text)): self.updates.import_address
    # In closeEvent: self.updates.stop()

Its texts follow the window's language by themselves (it watches the window's LanguageChange).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from planner.services.fetching import FetchResult, shown_address
from planner.services.importing import ScheduleError
from planner.services.planning import Plan
from planner.services.updates import Found, Outcome, Updater, import_download
from planner.store.database import StoreError
from planner.store.imports import ImportResult, UpdateCancelsMostError
from planner.store.reading import PlanError
from planner.ui.import_address import ImportAddressDialog
from planner.ui.sources import SourcesDialog

log = logging.getLogger(__name__)

# How often a conference's address is looked at by itself (settings: updates/interval-minutes).
INTERVAL_MINUTES = 4 * 60
# How often the window asks which conferences are due: cheap, one read of the database.
TICK_MS = 10 * 60 * 1000


class UpdatesController(QObject):
    announce = Signal(str)  # one sentence for the banner: an update changed the plan's choices
    imported = Signal(object)  # the ImportResult of the conference on show, for its report
    confirmationNeeded = Signal(str, str)  # conference key, the question: import it anyway?
    problem = Signal(str)  # what went wrong with an import or look the user asked for
    note = Signal(str)  # a passing word: a look the user asked for found nothing new

    def __init__(self, window: QMainWindow, plan: Plan, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.settings = settings
        self.updater = Updater(plan, parent=self)
        self.updater.checked.connect(self._on_updater_checked)
        self.import_address_action = QAction(self)
        self.import_address_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.import_address_action.triggered.connect(self._on_import_address_action_triggered)
        self.check_action = QAction(self)
        self.check_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.check_action.triggered.connect(self.check_now)
        self.sources_action = QAction(self)
        self.sources_action.triggered.connect(self.open_sources)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._check_due)
        # Looks the user asked for: only their failures and "no changes" are told.
        self._asked: set[str] = set()
        # Imports from an address held back because they would cancel most sessions.
        self._held: dict[str, tuple[str, FetchResult, str | None]] = {}
        self._import_dialog: ImportAddressDialog | None = None
        self._sources_dialog: SourcesDialog | None = None
        window.installEventFilter(self)
        self._retranslate()

    def actions(self) -> list[QAction]:
        return [self.import_address_action, self.check_action, self.sources_action]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.import_address_action.setText(self.tr("Import from &address…"))
        self.import_address_action.setStatusTip(
            self.tr("Download a programme from where it is published, and follow its updates")
        )
        self.check_action.setText(self.tr("Check for &updates"))
        self.check_action.setStatusTip(
            self.tr("Look for new versions of the programmes imported from an address")
        )
        self.sources_action.setText(self.tr("&Sources…"))
        self.sources_action.setStatusTip(
            self.tr("Where each programme is published, and what the last look found")
        )

    def start(self) -> None:
        """Look at the addresses that are due now, then every little while."""
        self._timer.start()
        QTimer.singleShot(0, self._check_due)

    def stop(self) -> None:
        self._timer.stop()
        self.updater.cancel()

    def check_now(self) -> None:
        """Look at every conference's address now (Check for updates)."""
        try:
            sources = self.updater.sources()
            conferences = [c for c in self.plan.store.reading.conferences() if c.key in sources]
        except (StoreError, PlanError) as error:
            self.problem.emit(str(error))
            return
        if not conferences:
            self.problem.emit(
                self.tr(
                    "No programme was imported from a web address, so there is nowhere to look "
                    "for updates; use Import from address."
                )
            )
            return
        self._asked |= {c.key for c in conferences}
        self.updater.check(conferences)

    def import_address(self, url: str) -> None:
        """Import the programme at `url` (pasted or dropped on the window)."""
        dialog = self._open_import_dialog(url)
        dialog.download()

    def confirm(self, key: str) -> None:
        """The user confirmed an update of conference `key` that cancels most sessions."""
        held = self._held.pop(key, None)
        if held is None:
            self._asked.add(key)
            self.updater.confirm(key)
            return
        url, fetched, zone = held
        try:
            result = import_download(self.plan, url, fetched, zone, force=True)
        except (ScheduleError, StoreError, PlanError) as error:
            self.problem.emit(str(error))
            return
        self._show(result)

    def open_sources(self) -> None:
        if self._sources_dialog is None:
            self._sources_dialog = SourcesDialog(self.plan, self.updater, self.window)
        self._sources_dialog.refresh()
        self._sources_dialog.open()

    def _open_import_dialog(self, url: str) -> ImportAddressDialog:
        if self._import_dialog is None:
            self._import_dialog = ImportAddressDialog(self.window)
            self._import_dialog.downloaded.connect(self._on_import_dialog_downloaded)
        self._import_dialog.begin(url)
        self._import_dialog.open()
        return self._import_dialog

    def _interval(self) -> timedelta:
        try:
            minutes = float(str(self.settings.value("updates/interval-minutes", INTERVAL_MINUTES)))
        except ValueError:
            minutes = INTERVAL_MINUTES  # a setting that cannot be read is ignored
        return timedelta(minutes=max(0.0, minutes))

    def _check_due(self) -> None:
        """Look at the addresses not looked at for an interval, quietly."""
        if self.updater.busy:
            return
        try:
            sources = self.updater.sources()
            conferences = self.plan.store.reading.conferences()
        except (StoreError, PlanError) as error:
            log.warning("sources not read: %s", error)
            return
        due_before = datetime.now(UTC) - self._interval()
        self.updater.check(
            c
            for c in conferences
            if (source := sources.get(c.key)) is not None
            and source.automatic
            and (source.checked_at is None or source.checked_at <= due_before)
        )

    def _on_import_address_action_triggered(self) -> None:
        self._open_import_dialog("")

    def _on_import_dialog_downloaded(
        self, url: str, fetched: FetchResult, zone: str | None
    ) -> None:
        dialog = self._import_dialog
        assert dialog is not None
        try:
            result = import_download(self.plan, url, fetched, zone)
        except UpdateCancelsMostError as error:
            dialog.accept()
            self._held[error.conference.key] = (url, fetched, zone)
            self.confirmationNeeded.emit(
                error.conference.key,
                self.tr(
                    "The programme at {address} would cancel {cancelled} of the {count} "
                    "sessions of {title}, so it is imported only when you confirm it."
                ).format(
                    address=shown_address(url),
                    cancelled=error.cancelled,
                    count=error.count,
                    title=error.conference.title,
                ),
            )
            return
        except (ScheduleError, StoreError, PlanError) as error:
            dialog.show_problem(str(error))
            return
        dialog.accept()
        self._show(result)

    def _on_updater_checked(self, key: str, outcome: Outcome) -> None:
        asked = key in self._asked
        self._asked.discard(key)
        if outcome.result is not None:
            self._show(outcome.result)
        elif outcome.found is Found.NEEDS_CONFIRMATION:
            self.confirmationNeeded.emit(key, outcome.message)
        elif asked and outcome.found is Found.FAILED:
            self.problem.emit(outcome.message)
        elif asked:
            self.note.emit(
                self.tr("{title}: {message}").format(
                    title=outcome.conference.title, message=outcome.message
                )
            )

    def _show(self, result: ImportResult) -> None:
        """An import's report goes to the window when its conference is on show; an update of
        another one is announced, as the window shows no report of it."""
        title = result.conference.title
        if result.conference.key == self.plan.conference.key:
            self.imported.emit(result)
            if result.affected:
                self.announce.emit(
                    self.tr(
                        "The programme of {title} has changed, and with it {count} of your "
                        "choices; the report lists them."
                    ).format(title=title, count=len(result.affected))
                )
        elif not result.changes.is_empty:
            self.announce.emit(
                self.tr(
                    "The programme of {title} has changed ({count} of your choices concerned); "
                    "choose it in the conference picker to see it."
                ).format(title=title, count=len(result.affected))
            )
