"""The timetable window, driven as an attendee drives it: mouse, keyboard, detail pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from planner.services.planning import Plan, open_plan
from planner.services.texts import Translators
from planner.ui.about import ConferenceInfoDialog
from planner.ui.settings import Settings
from planner.ui.text_block import TextBlock
from planner.ui.timetable_model import STATE_ROLE, TimetableModel
from planner.ui.timetable_view import TimetableView
from planner.ui.window import MainWindow
from tests.test_store import chosen_on_disk


def cell(view: TimetableView, title: str, start: str) -> QModelIndex:
    model = view.timetable()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        session = model.session_at(index)
        if session is not None and index.data() == title and f"{session.start:%H:%M}" == start:
            return index
    raise AssertionError(f"no cell {title} at {start}")


def guid_of(index: QModelIndex) -> str:
    model = index.model()
    assert isinstance(model, TimetableModel)
    session = model.session_at(index)
    assert session is not None
    return session.guid


def click(qtbot: QtBot, view: TimetableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def double_click(qtbot: QtBot, view: TimetableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def states(view: TimetableView, index: QModelIndex) -> list[str]:
    """The states of the sessions that start with `index`'s, left to right as shown."""
    model = view.timetable()
    start = model.sessions()[index.row()].start
    band = [model.index(r, 0) for r, s in enumerate(model.sessions()) if s.start == start]
    band.sort(key=lambda i: view.visualRect(i).x())
    return [i.data(STATE_ROLE) for i in band]


CITIES = "Participatory budgeting in cities"
TOWNS = "Participatory budgeting in smaller towns"
SOCIAL = "Citizen dialogue on complex issues focusing on social integration"


def test_a_click_shows_the_session_and_does_not_choose_it(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    index = cell(view, CITIES, "13:30")
    click(qtbot, view, index)
    assert view.currentIndex() == index
    assert view.selectionModel().isSelected(index)
    assert window.detail.title.text() == CITIES
    assert window.plan.chosen == frozenset()
    assert chosen_on_disk(db_path) == set()
    assert states(view, index) == ["open"] * 4


def test_a_double_click_chooses_and_the_choice_is_on_disk_first(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    index = cell(view, CITIES, "13:30")
    guid = guid_of(index)
    seen_on_disk_when_shown: list[set[str]] = []
    view.timetable().dataChanged.connect(
        lambda *_: seen_on_disk_when_shown.append(chosen_on_disk(db_path))
    )
    with qtbot.waitSignal(window.plan.changed):
        double_click(qtbot, view, index)
    assert states(view, index) == ["passed", "chosen", "passed", "passed"]
    assert seen_on_disk_when_shown and all(guid in s for s in seen_on_disk_when_shown)
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"


def test_the_check_box_in_the_cell_toggles_the_choice(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    index = cell(view, TOWNS, "15:50")
    view.scrollTo(index)
    box = view.delegate.check_box(view.visualRect(index), view.font())
    with qtbot.waitSignal(window.plan.changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert window.plan.is_chosen(guid_of(index))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(window.plan.changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert not window.plan.is_chosen(guid_of(index))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_choosing_another_session_of_the_slot_replaces_the_choice(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    view.setFocus()
    cities = cell(view, CITIES, "13:30")
    view.setCurrentIndex(cities)
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    towns = cell(view, TOWNS, "13:30")
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex() == towns
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert states(view, towns) == ["chosen", "passed", "passed", "passed"]
    assert chosen_on_disk(db_path) == {guid_of(towns)}
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"


def test_open_slots_look_open_and_items_for_everyone_span_the_row(window: MainWindow) -> None:
    view = window.days.current_view()
    towns = cell(view, TOWNS, "15:50")
    assert states(view, towns) == ["open"] * 4
    lunch = cell(view, "Lunch, mingling", "12:00")
    assert lunch.data(STATE_ROLE) == "break"
    themes = [r for _left, _right, r in view.room_spans()]
    assert themes == ["Theme 1", "Theme 2", "Theme 3", "Theme 4"]
    left, right = view.room_spans()[0][0], view.room_spans()[-1][1]
    rect = view.visualRect(lunch).translated(view.horizontalOffset(), 0)
    assert (rect.left(), rect.right() + 1) == (left, right)
    top = rect.top() + view.verticalOffset()
    assert (top, "12:00–13:30", True) in view.ruler_labels()
    welcome = cell(view, "Welcome to all, and lectures in plenary", "10:00")
    assert welcome.data(STATE_ROLE) == "plenary"


def test_keyboard_moves_chooses_and_clears(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    view.setFocus()
    view.setCurrentIndex(cell(view, TOWNS, "13:30"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.detail.title.text() == SOCIAL
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    first = view.currentIndex()
    assert states(view, first) == ["passed", "passed", "chosen", "passed"]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.detail.title.text() == "Coffee break"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # back in the column the cursor came down
    assert window.detail.title.text() == (
        "Cooperation all over the world in participatory budgeting"
    )
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert states(view, view.currentIndex()) == ["passed", "passed", "chosen", "passed"]
    assert window.progress.text() == "2 of 5 slots chosen · 2 of 8 themes"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex() == first
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert states(view, first) == ["open"] * 4
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert states(view, first) == ["open"] * 4


def test_the_grid_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    view.setFocus()
    view.setCurrentIndex(cell(view, TOWNS, "13:30"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert view.currentIndex() == cell(view, TOWNS, "13:30")


def test_the_plan_menu_chooses_what_the_cursor_is_on(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    index = cell(view, CITIES, "13:30")
    view.setCurrentIndex(index)
    with qtbot.waitSignal(window.plan.changed):
        window.menus.choose_action.trigger()
    assert window.plan.is_chosen(guid_of(index))
    with qtbot.waitSignal(window.plan.changed):
        window.menus.clear_action.trigger()
    assert not window.plan.is_chosen(guid_of(index))


def open_context_menu(view: TimetableView, index: QModelIndex) -> QMenu:
    point = view.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    menus = [m for m in view.window().findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def test_the_context_menu_offers_what_applies(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    towns = cell(view, TOWNS, "13:30")
    click(qtbot, view, towns)
    menu = open_context_menu(view, towns)
    star = window.personal.star_action
    assert menu.actions() == [window.menus.choose_action, star, window.menus.export_session_action]
    assert not star.isChecked()
    menu.close()
    with qtbot.waitSignal(window.plan.changed):
        window.menus.choose_action.trigger()
    menu = open_context_menu(view, towns)
    assert menu.actions() == [window.menus.clear_action, star, window.menus.export_session_action]
    menu.close()
    lunch = cell(view, "Lunch, mingling", "12:00")
    click(qtbot, view, lunch)
    menu = open_context_menu(view, lunch)
    assert menu.actions() == [window.menus.export_session_action]
    menu.close()


def test_detail_pane_offers_the_other_run_of_a_repeated_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.days.current_view()
    view.setCurrentIndex(cell(view, CITIES, "13:30"))
    detail = window.detail
    assert detail.title.text() == CITIES
    assert detail.when.text() == "Thursday 17 May 2018, 13:30–14:20"
    qtbot.waitUntil(
        lambda: any(
            label.text() == "Also runs at 15:50" and label.isVisible()
            for label in detail.findChildren(TextBlock)
        )
    )
    button = next(b for b in detail.findChildren(QPushButton) if b.text() == "Choose at 15:50")
    with qtbot.waitSignal(window.plan.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    later = cell(view, CITIES, "15:50")
    assert later.data(STATE_ROLE) == "chosen"
    assert cell(view, CITIES, "13:30").data(STATE_ROLE) == "open"


def test_the_detail_panes_button_chooses(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    index = cell(view, TOWNS, "13:30")
    click(qtbot, view, index)
    with qtbot.waitSignal(window.plan.changed):
        qtbot.mouseClick(window.detail.choose_button, Qt.MouseButton.LeftButton)
    assert index.data(STATE_ROLE) == "chosen"


def test_detail_pane_says_when_the_end_is_not_given(window: MainWindow) -> None:
    window.days.setCurrentIndex(1)
    view = window.days.current_view()
    view.setCurrentIndex(cell(view, "Closing and lunch", "12:00"))
    assert window.detail.when.text() == "Friday 18 May 2018, 12:00–"
    assert window.detail.end_note.isVisible()
    assert "does not give an end time" in window.detail.end_note.text()


def test_every_cell_has_an_accessible_name(window: MainWindow) -> None:
    for number in range(window.days.count()):
        model = window.days.view_of(number).timetable()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            name = index.data(Qt.ItemDataRole.AccessibleTextRole)
            assert name and str(index.data()) in name
    index = cell(window.days.view_of(0), TOWNS, "13:30")
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "13:30–14:20, Participatory budgeting in smaller towns, "
        "open: choose one session in this slot"
    )


def test_choices_survive_a_new_window_on_the_same_file(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    view = window.days.current_view()
    with qtbot.waitSignal(window.plan.changed):
        double_click(qtbot, view, cell(view, CITIES, "15:50"))
    window.close()
    opened = open_plan(db_path)
    reopened = MainWindow(
        Plan(opened.store, opened.conference),
        Settings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)),
        Translators(),
        "en",
    )
    qtbot.addWidget(reopened)
    assert cell(reopened.days.current_view(), CITIES, "15:50").data(STATE_ROLE) == "chosen"
    assert reopened.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"
    opened.store.close()


def assert_titles_fit(view: TimetableView, narrowest: int = 100) -> None:
    model = view.timetable()
    delegate = view.itemDelegate()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        option.rect = view.visualRect(index)
        option.font = view.font()
        assert option.rect.width() > narrowest
        needed = delegate.sizeHint(option, index).height()
        assert option.rect.height() >= needed, str(index.data())


def test_titles_wrap_and_are_never_clipped(qtbot: QtBot, window: MainWindow) -> None:
    for number in range(window.days.count()):
        window.days.setCurrentIndex(number)
        view = window.days.current_view()
        assert view.is_aligned()
        assert_titles_fit(view)
        # A chosen title is bold, and may take another line.
        for sessions in window.plan.slots.values():
            if sessions[0].day == view.timetable().day:
                window.plan.choose(sessions[-1].guid)
        assert_titles_fit(view)
    window.resize(700, 800)
    qtbot.waitUntil(lambda: window.days.current_view().viewport().width() < 600)
    # Columns narrow down to 8 em, and the bands grow to fit.
    assert_titles_fit(
        window.days.current_view(), 8 * window.fontMetrics().horizontalAdvance("M") - 1
    )


def test_a_day_opens_at_its_first_session(window: MainWindow) -> None:
    view = window.days.current_view()
    first = view.timetable().index(0, 0)
    assert view.verticalScrollBar().value() == 0
    assert view.viewport().rect().contains(view.visualRect(first).topLeft())


def test_opening_the_window_lays_its_grid_out_once(
    qtbot: QtBot, plan: Plan, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An aligned day lays every title out to measure itself. As the window shows its widgets
    # one by one, the grid is given sizes that are not yet its own; it is measured once, at
    # the width it keeps, and its titles fit that.
    widths: list[int] = []
    measure = TimetableView._measure

    def measured(view: TimetableView) -> None:
        widths.append(view.viewport().width())
        measure(view)

    monkeypatch.setattr(TimetableView, "_measure", measured)
    window = MainWindow(plan, Settings(settings), Translators(), "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.days.current_view()
    assert view.timetable().aligned
    assert widths == [view.viewport().width()]
    assert_titles_fit(view)


def test_days_get_their_grid_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    page = window.days.widget(1)
    assert page.findChild(TimetableView) is None
    window.days.setCurrentIndex(1)
    view = page.findChild(TimetableView)
    assert view is window.days.current_view() and view.isVisible()


def test_grid_model_passes_qtmodeltester(qtmodeltester: Any, plan: Plan) -> None:
    for day in plan.conference.days:
        qtmodeltester.check(TimetableModel(plan, day, "en"))


def test_conference_information_shows_what_the_invitation_says(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menus.info_action.trigger()
    dialog = window.findChild(ConferenceInfoDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for words in (
        "Giovanni Allegretti",
        "University of Coimbra",
        "Josh Lerner",
        "Participatory Budgeting Project",
        "Stockholm",
        "Information to come",
    ):
        assert words in text
    dialog.reject()


def test_a_screenshot_shows_the_first_day(window: MainWindow, tmp_path: Path) -> None:
    from planner.ui.launch import save_screenshot

    window.days.setCurrentIndex(1)
    assert save_screenshot(window, tmp_path / "shot.png") == 0
    assert window.days.currentIndex() == 0
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_switching_language_renames_rooms_cells_and_days(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    towns = cell(view, TOWNS, "13:30")
    window.menus.language_actions["sv"].trigger()
    assert [name for _l, _r, name in view.room_spans()][:2] == ["Tema 1", "Tema 2"]
    assert towns.data() == "Medborgarbudget på mindre orter"
    assert towns.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
        "öppet: välj ett pass vid den här tiden"
    )
    # A day shown for the first time after the switch speaks Swedish too.
    window.days.setCurrentIndex(1)
    other = window.days.current_view().timetable()
    assert other.language == "sv"
    window.menus.language_actions["en"].trigger()
    assert view.room_spans()[0][2] == "Theme 1"
    assert towns.data() == TOWNS


def test_a_new_programme_gets_new_grids(qtbot: QtBot, window: MainWindow) -> None:
    before = window.days.current_view()
    window.plan.switch(window.plan.conference)
    after = window.days.current_view()
    assert after is not before
    index = cell(after, CITIES, "13:30")
    with qtbot.waitSignal(window.plan.changed):
        double_click(qtbot, after, index)
    assert index.data(STATE_ROLE) == "chosen"


def test_selecting_a_session_lays_the_panes_texts_out_no_wider_than_the_pane(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each width a text of the detail pane is asked about breaks it into lines once more: a
    # selection asks only about the pane's own width (and the one its scroll bar leaves).
    sessions = [s for s in window.plan.sessions if s.slot is not None][:3]
    for session in sessions:  # each part of the pane has been shown once
        window.show_session(session)
        QApplication.processEvents()
    widths: list[int] = []
    height_for = TextBlock.heightForWidth

    def asked(block: TextBlock, width: int) -> int:
        widths.append(width)
        return height_for(block, width)

    monkeypatch.setattr(TextBlock, "heightForWidth", asked)
    window.show_session(sessions[0])
    QApplication.processEvents()  # the layouts the new texts asked for
    assert widths
    assert max(widths) <= window.detail.width()
