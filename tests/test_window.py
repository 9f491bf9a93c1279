"""The timetable window, driven as an attendee drives it: mouse, keyboard, detail pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from planner.services.planning import Plan, open_plan
from planner.services.texts import Translators
from planner.ui.timetable import STATE_ROLE, TimetableView
from planner.ui.window import ConferenceInfoDialog, MainWindow
from tests.test_store import chosen_on_disk


def cell(view: TimetableView, title: str, start: str) -> QModelIndex:
    model = view.timetable()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            session = model.session_at(index)
            if session is not None and index.data() == title and f"{session.start:%H:%M}" == start:
                return index
    raise AssertionError(f"no cell {title} at {start}")


def click(qtbot: QtBot, view: TimetableView, index: QModelIndex) -> None:
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def states(view: TimetableView, row: int) -> list[str]:
    model = view.timetable()
    return [model.index(row, c).data(STATE_ROLE) for c in range(model.columnCount())]


CITIES = "Participatory budgeting in cities"
TOWNS = "Participatory budgeting in smaller towns"


def test_clicking_chooses_and_the_choice_is_on_disk_first(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.current_view()
    index = cell(view, CITIES, "13:30")
    guid = view.timetable().session_at(index).guid  # type: ignore[union-attr]
    seen_on_disk_when_shown: list[set[str]] = []
    view.timetable().dataChanged.connect(
        lambda *_: seen_on_disk_when_shown.append(chosen_on_disk(db_path))
    )
    with qtbot.waitSignal(window.plan.changed):
        click(qtbot, view, index)
    assert states(view, index.row()) == ["passed", "chosen", "passed", "passed"]
    assert seen_on_disk_when_shown and all(guid in s for s in seen_on_disk_when_shown)
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"


def test_choosing_another_session_of_the_slot_replaces_the_choice(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.current_view()
    click(qtbot, view, cell(view, CITIES, "13:30"))
    towns = cell(view, TOWNS, "13:30")
    with qtbot.waitSignal(window.plan.changed):
        click(qtbot, view, towns)
    assert states(view, towns.row()) == ["chosen", "passed", "passed", "passed"]
    assert chosen_on_disk(db_path) == {view.timetable().session_at(towns).guid}  # type: ignore[union-attr]
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"


def test_open_slots_look_open_and_fixed_items_span_the_row(window: MainWindow) -> None:
    view = window.current_view()
    row = cell(view, TOWNS, "15:50").row()
    assert states(view, row) == ["open"] * 4
    lunch = cell(view, "Lunch, mingling", "12:00")
    assert lunch.data(STATE_ROLE) == "break"
    assert view.columnSpan(lunch.row(), 0) == 4
    assert view.timetable().headerData(lunch.row(), Qt.Orientation.Vertical) == "12:00–13:30"
    welcome = cell(view, "Welcome to all, and lectures in plenary", "10:00")
    assert welcome.data(STATE_ROLE) == "plenary"


def test_keyboard_moves_chooses_and_clears(qtbot: QtBot, window: MainWindow) -> None:
    view = window.current_view()
    view.setFocus()
    view.setCurrentIndex(cell(view, TOWNS, "13:30"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.detail.title.text() == (
        "Citizen dialogue on complex issues focusing on social integration"
    )
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    row = view.currentIndex().row()
    assert states(view, row) == ["passed", "passed", "chosen", "passed"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the coffee break spans the row
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert states(view, view.currentIndex().row()).count("chosen") == 1
    assert window.progress.text() == "2 of 5 slots chosen · 2 of 8 themes"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    with qtbot.waitSignal(window.plan.changed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert states(view, row) == ["open"] * 4
    assert window.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"


def test_detail_pane_offers_the_other_run_of_a_repeated_theme(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.current_view()
    view.setCurrentIndex(cell(view, CITIES, "13:30"))
    detail = window.detail
    assert detail.title.text() == CITIES
    assert detail.when.text() == "Thursday 17 May 2018, 13:30–14:20"
    qtbot.waitUntil(
        lambda: any(
            label.text() == "Also runs at 15:50" and label.isVisible()
            for label in detail.findChildren(QLabel)
        )
    )
    button = next(b for b in detail.findChildren(QPushButton) if b.text() == "Choose at 15:50")
    with qtbot.waitSignal(window.plan.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    later = cell(view, CITIES, "15:50")
    assert later.data(STATE_ROLE) == "chosen"
    assert cell(view, CITIES, "13:30").data(STATE_ROLE) == "open"


def test_detail_pane_says_when_the_end_is_not_given(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    view = window.current_view()
    view.setCurrentIndex(cell(view, "Closing and lunch", "12:00"))
    assert window.detail.when.text() == "Friday 18 May 2018, 12:00–"
    assert window.detail.end_note.isVisible()
    assert "does not give an end time" in window.detail.end_note.text()


def test_every_cell_has_an_accessible_name(window: MainWindow) -> None:
    for view in window.views:
        model = view.timetable()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if model.session_at(index) is not None:
                    name = index.data(Qt.ItemDataRole.AccessibleTextRole)
                    assert name and str(index.data()) in name
    index = cell(window.views[0], TOWNS, "13:30")
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "13:30–14:20, Participatory budgeting in smaller towns, "
        "open: choose one session in this slot"
    )


def test_choices_survive_a_new_window_on_the_same_file(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    view = window.current_view()
    with qtbot.waitSignal(window.plan.changed):
        click(qtbot, view, cell(view, CITIES, "15:50"))
    window.close()
    opened = open_plan(db_path)
    reopened = MainWindow(
        Plan(opened.store, opened.conference),
        QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat),
        Translators(),
        "en",
    )
    qtbot.addWidget(reopened)
    assert cell(reopened.current_view(), CITIES, "15:50").data(STATE_ROLE) == "chosen"
    assert reopened.progress.text() == "1 of 5 slots chosen · 1 of 8 themes"
    opened.store.close()


def test_titles_wrap_and_are_never_clipped(window: MainWindow) -> None:
    for number, view in enumerate(window.views):
        window.tabs.setCurrentIndex(number)
        model = view.timetable()
        delegate = view.itemDelegate()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if model.session_at(index) is None:
                    continue
                option = QStyleOptionViewItem()
                option.rect = view.visualRect(index)
                option.font = view.font()
                assert option.rect.width() > 100
                needed = delegate.sizeHint(option, index).height()
                assert view.rowHeight(row) >= needed, str(index.data())


def test_grid_model_passes_qtmodeltester(qtmodeltester: Any, plan: Plan) -> None:
    from planner.ui.timetable import TimetableModel

    for day in plan.conference.days:
        qtmodeltester.check(TimetableModel(plan, day, "en"))


def test_conference_information_shows_what_the_invitation_says(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.info_action.trigger()
    dialog = window.findChild(ConferenceInfoDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.text()
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
