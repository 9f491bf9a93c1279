"""The window with the keyboard alone: choose, clear, undo and redo, search across days,
export and print; the dialogs' safe defaults; one window per plan database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from planner.services.texts import Translators
from planner.store.store import Store
from planner.ui.launch import bring_forward, serve
from planner.ui.settings import Settings
from planner.ui.window import MainWindow
from tests.conftest import at
from tests.test_store import chosen_on_disk
from tests.test_window import CITIES, TOWNS, cell, guid_of


def press(
    qtbot: QtBot,
    widget: Any,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_undo_and_redo_every_change_of_the_choices(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    view = window.days.current_view()
    view.setFocus()
    towns, cities = cell(view, TOWNS, "13:30"), cell(view, CITIES, "13:30")
    view.setCurrentIndex(towns)
    press(qtbot, view, Qt.Key.Key_Space)
    view.setCurrentIndex(cities)
    press(qtbot, view, Qt.Key.Key_Space)  # replaces the slot's choice
    assert chosen_on_disk(db_path) == {guid_of(cities)}
    assert window.menus.undo_action.text() == "Undo choose “Participatory budgeting in cities”"
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen_on_disk(db_path) == {guid_of(towns)}
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen_on_disk(db_path) == set()
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, view, Qt.Key.Key_Z, shift_control)
    press(qtbot, view, Qt.Key.Key_Z, shift_control)
    assert chosen_on_disk(db_path) == {guid_of(cities)}
    # Clear all is one step too.
    window.menus.clear_all_action.trigger()
    assert chosen_on_disk(db_path) == set()
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen_on_disk(db_path) == {guid_of(cities)}
    assert window.plan.chosen == {guid_of(cities)}


def test_moving_a_theme_by_the_detail_pane_is_undone_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.days.current_view()
    early = cell(view, CITIES, "13:30")
    view.setCurrentIndex(early)
    press(qtbot, view, Qt.Key.Key_Space)
    window.detail.chooseRequested.emit(guid_of(cell(view, CITIES, "15:50")))
    assert window.plan.chosen == {guid_of(cell(view, CITIES, "15:50"))}
    assert window.current_session() is not None
    assert window.current_session().guid == guid_of(cell(view, CITIES, "15:50"))  # type: ignore[union-attr]
    window.menus.undo_action.trigger()
    assert window.plan.chosen == {guid_of(early)}


def test_search_selects_the_first_match_and_steps_across_days(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, window.days.current_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.filters.search
    assert search.hasFocus()
    assert not search.isClearButtonEnabled()  # nothing to clear yet
    qtbot.keyClicks(search, "budget")
    assert search.isClearButtonEnabled()
    assert window.matches.text().startswith("Matches: ")
    # The count names the other day, where the rest of the matches are.
    assert window.matches.text().endswith(" on Friday 18 May)")
    first = window.current_session()
    assert first is not None and "budget" in first.title.casefold()
    seen = {first.guid}
    days = {first.day}
    for _ in range(30):
        press(qtbot, search, Qt.Key.Key_Return)
        current = window.current_session()
        assert current is not None and "budget" in current.translated("en").title.casefold()
        seen.add(current.guid)
        days.add(current.day)
    assert len(days) == 2 and len(seen) > 5


def test_export_and_print_open_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.activateWindow()
    press(qtbot, window.days.current_view(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    assert dialog.windowTitle()
    dialog.reject()
    window.menus.export_calendar_action.trigger()
    exported = next(d for d in window.findChildren(QDialog) if d.isVisible())
    assert exported.windowTitle() == "Export to calendar"
    exported.reject()


def test_every_dialog_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    for action in (
        window.menus.info_action,
        window.menus.shortcuts_action,
        window.menus.about_action,
        window.menus.export_calendar_action,
        window.printing.options_action,
        window.printing.preview_action,
    ):
        action.trigger()
        for dialog in [d for d in window.findChildren(QDialog) if d.isVisible()]:
            size = dialog.frameGeometry()
            assert size.width() <= max(1280, screen.width()), action.text()
            assert size.height() <= min(800, screen.height() + 40), action.text()
            dialog.reject()


def test_the_update_report_closes_on_enter_and_never_undoes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import json

    from tests.shipped import shipped

    document = shipped()
    document["schedule"]["conference"]["days"][1]["rooms"][""].pop()
    update = tmp_path / "update.json"
    update.write_text(json.dumps(document), encoding="utf-8")
    window.importing.import_file(update)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Close)
    press(qtbot, box, Qt.Key.Key_Return)
    assert window.plan.store.reading.can_undo(window.plan.conference)  # the import stands


def test_a_second_start_on_the_same_plan_brings_the_first_window_forward(
    qtbot: QtBot, window: MainWindow, db_path: Path, plan: Plan
) -> None:
    server = serve(db_path, window)
    try:
        assert not bring_forward(db_path.with_name("another.sqlite"))
        with qtbot.waitSignal(server.newConnection):
            assert bring_forward(db_path)
    finally:
        server.close()


def test_a_speaker_on_both_days_is_found_and_the_count_names_the_other_day(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    saturday, sunday = date(2025, 2, 1), date(2025, 2, 2)

    def talk(guid: str, day: date, hour: int, room: str, speaker: str) -> Session:
        start = at(day.year, day.month, day.day, hour, 0, zone="Europe/Brussels")
        return Session(
            guid=guid,
            day=day,
            start=start,
            end=start + timedelta(minutes=40),
            title=f"Talk {guid}",
            kind="session",
            room=room,
            speakers=(speaker,),
        )

    # Many rooms, the first talk late in a far room: it must be scrolled to.
    sessions = [talk(f"s{n}", saturday, 9 + n % 8, f"R{n:02}", "Someone Else") for n in range(30)]
    sessions += [
        talk("robin-sat", saturday, 17, "R29", "Robin Jarry"),
        talk("robin-sun", sunday, 11, "R03", "Robin Jarry"),
    ]
    store = Store.open(tmp_path / "plan.sqlite")
    conference = Conference("fosdem-like", "FOSDEM-like", "Europe/Brussels", (saturday, sunday))
    store.save(Programme(conference, tuple(arrange(sessions))))
    plan = Plan(store, conference)
    window = MainWindow(plan, Settings(settings), Translators(), "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    press(qtbot, window.days.current_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filters.search, "robin jarry")
    view = window.days.current_view()
    current = view.current_session()
    assert current is not None and current.guid == "robin-sat"
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    assert window.matches.text() == "Matches: 2 (1 on Sunday 2 February)"
    store.close()
