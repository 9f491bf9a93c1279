"""The attendee's own marks in the window: a star with S in the grid or the list, a note in the
detail pane, each undone with Ctrl+Z; the delegation's actions in their menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.day_list import STATE, DayList
from planner.ui.timetable_model import CELL_ROLE
from planner.ui.window import MainWindow
from tests.test_window import TOWNS, cell, guid_of

CTRL = Qt.KeyboardModifier.ControlModifier


def on_disk(path: Path) -> dict[str, tuple[str | None, bool]]:
    """Notes and stars as an independent connection finds them in the database file."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT session_guid, note, starred FROM personal")
        return {guid: (note, bool(starred)) for guid, note, starred in rows}
    finally:
        connection.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, å, ä and ö too (QTest's keyClicks knows ASCII only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, key)


def test_s_stars_the_selected_session_and_ctrl_z_takes_the_star_back(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    view.setFocus()
    towns = cell(view, TOWNS, "13:30")
    guid = guid_of(towns)
    view.setCurrentIndex(towns)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert on_disk(db_path)[guid][1] is True
    assert towns.data(CELL_ROLE).starred
    assert window.personal.star_action.isChecked()  # the menu says so too
    assert window.menus.undo_action.text() == f"Undo star “{TOWNS}”"
    assert window.plan.chosen == frozenset()  # a star is no choice
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert on_disk(db_path).get(guid, (None, False))[1] is False
    assert not towns.data(CELL_ROLE).starred


def test_s_in_the_list_stars_and_the_list_shows_it(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    window.menus.list_action.trigger()
    day_list = window.days.current_widget()
    assert isinstance(day_list, DayList)
    window.show_session(window.plan.slots["2018-05-17T13:30"][0])
    day_list.setFocus()
    qtbot.keyClick(day_list, Qt.Key.Key_S)
    row = day_list.currentIndex().row()
    assert day_list.model().index(row, STATE).data() == "★"
    session = day_list.current_session()
    assert session is not None and on_disk(db_path)[session.guid] == (None, True)


def test_a_note_typed_in_the_detail_pane_is_saved_marked_and_undone(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    towns = cell(view, TOWNS, "13:30")
    view.setCurrentIndex(towns)
    note = window.detail.personal.note
    note.setFocus()
    type_text(note, "Fråga Malmö om budgeten")
    view.setFocus()  # leaving the note saves it at once
    assert on_disk(db_path)[guid_of(towns)][0] == "Fråga Malmö om budgeten"
    assert towns.data(CELL_ROLE).noted
    assert window.menus.undo_action.text() == f"Undo note on “{TOWNS}”"
    window.menus.undo_action.trigger()
    assert guid_of(towns) not in on_disk(db_path)  # nothing is left of it
    assert note.toPlainText() == ""


def test_the_delegation_menu_offers_sharing_and_dividing_the_themes(
    window: MainWindow,
) -> None:
    menu = window.menus.delegation_menu
    assert menu.title() == "&Delegation"
    assert [a.text() for a in menu.actions()] == [
        "&Share my plan…",
        "&Add a colleague's plan…",
        "&Overview of the delegation",
        "Plan for the de&legation…",
    ]
    plan_menu = [a.text() for a in window.menus.plan_menu.actions()]
    assert "&Starred" in plan_menu and "Plan for &me…" in plan_menu
    assert "Conference &report…" in [a.text() for a in window.menus.file_menu.actions()]
