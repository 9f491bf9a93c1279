"""The conference days as tabs: each shows its day as the timetable grid or, on request, as a
list. A day's grid is made when its tab is first shown, its list when first asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTabWidget

from planner.domain.programme import Session
from planner.services.planning import Plan
from planner.services.texts import capitalised, short_day_label
from planner.ui.filters import Filter
from planner.ui.timetable_model import TimetableModel
from planner.ui.timetable_view import TimetableView

if TYPE_CHECKING:
    from planner.ui.day_list import DayList

# How often the line of now moves on.
NOW_MILLISECONDS = 30_000
# Connects what a new grid or list asks for (choose, clear, its context menu) to the window.
Wiring = Callable[[QAbstractItemView], None]


class DayPages(QTabWidget):
    """A tab per day. `sessionSelected` tells which session is on show (None for none),
    whether in a grid or a list, and whether the user went to it (else another day's tab
    was shown)."""

    sessionSelected = Signal(object, bool)

    def __init__(self, plan: Plan, language: str, wire: Wiring, *, as_list: bool) -> None:
        super().__init__()
        self.plan = plan
        self.language = language
        self._wire = wire
        self._filter = Filter()
        self._as_list = as_list
        self._views: dict[int, TimetableView] = {}
        self._lists: dict[int, DayList] = {}
        # What "now" is; a test sets another time.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        # The line of now moves on by itself.
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_MILLISECONDS)
        self._now_timer.timeout.connect(self.show_now)
        self._now_timer.start()
        self.currentChanged.connect(self._on_current_changed)

    # The programme ---------------------------------------------------------------------------

    def show_programme(self) -> None:
        """Pages for the plan's days, empty until shown: after an import, an undo or a switch
        to another conference."""
        self.blockSignals(True)
        while self.count():
            page = self.widget(0)
            self.removeTab(0)
            if page is not None:
                page.deleteLater()
        self._views = {}
        self._lists = {}
        for _day in self.plan.conference.days:
            self.addTab(QStackedWidget(), "")
        self.blockSignals(False)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        for view in self._views.values():
            view.timetable().set_language(language)
        for day_list in self._lists.values():
            day_list.source.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        for number, day in enumerate(self.plan.conference.days):
            self.setTabText(number, capitalised(short_day_label(day, self.language)))

    def set_filter(self, shown: Filter) -> None:
        self._filter = shown
        for view in self._views.values():
            view.set_filter(shown)
        for day_list in self._lists.values():
            day_list.source.set_filter(shown)

    # Grid or list ----------------------------------------------------------------------------

    @property
    def as_list(self) -> bool:
        return self._as_list

    def set_as_list(self, as_list: bool) -> None:
        """Show every day as a list, or as the grid again, staying on the same session."""
        session = self.current_session()
        self._as_list = as_list
        number = self.currentIndex()
        if number >= 0:
            self._show_page(number)
            if session is not None and session.day == self.plan.conference.days[number]:
                self.select(session, scroll=True)

    @contextmanager
    def measured_once_shown(self) -> Iterator[None]:
        """For the window's show. Its widgets are shown one by one, and a tab lays out its
        page after what the page holds: a grid would lay every title out at sizes not yet
        its own. It is measured once, when all have theirs."""
        views = list(self._views.values())
        for view in views:
            view.held = True
        try:
            yield
        finally:
            for view in views:
                view.held = False
                view.updateGeometries()

    def current_view(self) -> TimetableView:
        """The grid of the day on show (made now if need be)."""
        return self.view_of(self.currentIndex())

    def current_widget(self) -> TimetableView | DayList:
        """What shows the day on show: its grid or its list."""
        number = self.currentIndex()
        return self.list_of(number) if self._as_list else self.view_of(number)

    def view_of(self, number: int) -> TimetableView:
        """The grid of the conference's day `number`, made now if it was not yet."""
        view = self._views.get(number)
        if view is None:
            view = TimetableView()
            view.setModel(TimetableModel(self.plan, self._day(number), self.language, view))
            view.set_filter(self._filter)
            view.set_now(self.now())
            view.selectionModel().currentChanged.connect(self._on_item_current_changed)
            self._wire(view)
            self._add(number, view)
            self._views[number] = view
        return view

    def list_of(self, number: int) -> DayList:
        """The list of the conference's day `number`, made now if it was not yet."""
        day_list = self._lists.get(number)
        if day_list is None:
            from planner.ui.day_list import DayList, DayListModel  # made when first asked for

            day_list = DayList(DayListModel(self.plan, self._day(number), self.language))
            day_list.source.set_filter(self._filter)
            day_list.selectionModel().currentChanged.connect(self._on_item_current_changed)
            self._wire(day_list)
            self._add(number, day_list)
            self._lists[number] = day_list
        return day_list

    def current_session(self) -> Session | None:
        return self.current_widget().current_session() if self.count() else None

    def select(self, session: Session, *, scroll: bool = True) -> None:
        """Go to `session`'s day and select it there, scrolled into view if `scroll`."""
        number = self.plan.conference.days.index(session.day)
        self.setCurrentIndex(number)
        if self._as_list:
            self.list_of(number).set_current_session(session.guid)
        else:
            self.view_of(number).set_current_session(session.guid, scroll=scroll)

    def now(self) -> datetime:
        """The clock's time as the programme gives its times: the times of a programme that
        names neither a zone nor offsets float, and are read on this computer's clock."""
        now = self.clock()
        return now.astimezone().replace(tzinfo=None) if self.plan.programme.floats else now

    def go_to_now(self) -> bool:
        """Select what is on now, or next today; False when the conference is not on."""
        session = self.plan.programme.at(self.now())
        if session is None:
            return False
        self.select(session)
        return True

    def show_now(self) -> None:
        """Move the line of now in every grid to the clock's time."""
        now = self.now()
        for view in self._views.values():
            view.set_now(now)

    def current_day(self) -> date | None:
        number = self.currentIndex()
        return self._day(number) if self.count() and number >= 0 else None

    def _day(self, number: int) -> date:
        return self.plan.conference.days[number]

    def _add(self, number: int, widget: TimetableView | DayList) -> None:
        page = self.widget(number)
        assert isinstance(page, QStackedWidget)
        page.addWidget(widget)

    def _show_page(self, number: int) -> None:
        page = self.widget(number)
        assert isinstance(page, QStackedWidget)
        # Made now, not once the event loop gets to it: the tab is being shown.
        page.setCurrentWidget(self.current_widget())

    def _on_current_changed(self, number: int) -> None:
        if 0 <= number < self.count():
            self._show_page(number)
            self.sessionSelected.emit(self.current_session(), False)

    def _on_item_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.sender() is self.current_widget().selectionModel():
            self.sessionSelected.emit(self.current_session(), True)
