"""Notes: saved as they are typed, undoable, kept through updates, in the grid, on paper and,
when asked, in the calendar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from planner.services.importing import read_programme
from planner.services.planning import Plan
from planner.services.printing import export_pdf, plan_document
from planner.services.printing.agenda import personal
from planner.ui.calendar_export import CalendarExportDialog
from planner.ui.detail import SessionDetail
from planner.ui.notes import SAVE_AFTER_MILLISECONDS, PersonalEditor
from planner.ui.personal_actions import PersonalActions
from planner.ui.timetable_model import CELL_ROLE, TimetableModel
from tests.test_updates import updated

TOWNS = "2018-05-17T13:30"


def test_notes_survive_an_update_that_moves_their_session_and_its_undo(
    plan: Plan, tmp_path: Path
) -> None:
    path, guids = updated(tmp_path)
    plan.set_note(guids["early"], "Ask Malmö how they began")
    plan.set_note(guids["cancelled"], "Bring the questions")
    plan.set_starred(guids["early"], True)
    plan.import_programme(read_programme(path))
    moved = plan.by_guid[guids["early"]]
    assert f"{moved.start:%H:%M}" == "15:50"
    assert plan.note(guids["early"]) == "Ask Malmö how they began"
    assert plan.is_starred(guids["early"])
    # The cancelled session's note is kept, not shown, and comes back with the session.
    assert guids["cancelled"] not in plan.by_guid
    assert plan.note(guids["cancelled"]) == "Bring the questions"
    plan.undo_import()
    assert f"{plan.by_guid[guids['early']].start:%H:%M}" == "13:30"
    assert plan.note(guids["early"]) == "Ask Malmö how they began"
    assert plan.note(guids["cancelled"]) == "Bring the questions"
    assert Plan(plan.store, plan.conference).marks == plan.marks


def test_a_note_is_saved_as_it_is_typed_and_undone_as_one_step(
    qtbot: QtBot, plan: Plan, settings: QSettings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    detail = SessionDetail(plan, "en")
    window.setCentralWidget(detail)
    undo = QUndoStack(window)
    actions = PersonalActions(window, plan, settings, undo)
    detail.edited.connect(actions.record)
    window.show()
    towns, cities = plan.slots[TOWNS][:2]
    detail.show_session(towns)
    editor = detail.personal.note
    editor.setFocus()
    with qtbot.waitSignal(plan.changed, timeout=SAVE_AFTER_MILLISECONDS + 1000):
        qtbot.keyClicks(editor, "Budget of 2 %")
    assert plan.note(towns.guid) == "Budget of 2 %"
    with qtbot.waitSignal(plan.changed, timeout=SAVE_AFTER_MILLISECONDS + 1000):
        qtbot.keyClicks(editor, " per year")
    # Bursts of typing in one note are one step of the undo stack.
    assert undo.count() == 1
    undo.undo()
    assert plan.note(towns.guid) == ""
    assert editor.toPlainText() == ""
    undo.redo()
    assert editor.toPlainText() == plan.note(towns.guid) == "Budget of 2 % per year"
    # Another session shown saves what was typed at once.
    qtbot.keyClicks(editor, "!")
    detail.show_session(cities)
    assert plan.note(towns.guid) == "Budget of 2 % per year!"
    assert editor.toPlainText() == ""
    # And so does leaving the editor.
    qtbot.keyClicks(editor, "Cities")
    other = QLineEdit(window)
    other.show()
    other.setFocus()
    QApplication.processEvents()
    assert plan.note(cities.guid) == "Cities"
    # Edits of one note in a row are one step; another note is the next.
    assert undo.count() == 2


def test_star_rating_and_attendance_from_the_pane_are_undoable(
    qtbot: QtBot, plan: Plan, settings: QSettings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = PersonalEditor(plan)
    window.setCentralWidget(editor)
    undo = QUndoStack(window)
    editor.edited.connect(PersonalActions(window, plan, settings, undo).record)
    towns = plan.slots[TOWNS][0]
    editor.show_session(towns)
    qtbot.mouseClick(editor.star_button, Qt.MouseButton.LeftButton)
    assert plan.is_starred(towns.guid) and editor.star_button.text() == "★ Starred"
    editor.rating.setCurrentIndex(3)
    editor.rating.activated.emit(3)
    assert plan.rating(towns) == 3
    editor.attendance.setCurrentIndex(1)
    editor.attendance.activated.emit(1)
    assert plan.attendance(towns.guid) == "attended"
    assert undo.count() == 3
    for _ in range(3):
        undo.undo()
    assert not plan.is_starred(towns.guid) and plan.rating(towns) == 0
    assert plan.attendance(towns.guid) is None
    assert editor.rating.currentIndex() == 0 and not editor.star_button.isChecked()
    # Items for everyone have notes, but no star and no rating.
    lunch = next(s for s in plan.sessions if s.kind == "break")
    editor.show_session(lunch)
    assert editor.star_button.isHidden() and editor.rating.isHidden()
    assert not editor.note.isHidden()


def test_the_grid_marks_notes_and_stars(qapp: Any, plan: Plan) -> None:
    towns = plan.slots[TOWNS][0]
    model = TimetableModel(plan, towns.day, "en")
    index = model.index_of(towns.guid)
    for row in range(model.rowCount()):
        model.cell(row)  # as painted: only cells that change are repainted
    cell = index.data(CELL_ROLE)
    assert not cell.noted and not cell.starred
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    plan.set_note(towns.guid, "a note")
    plan.set_starred(towns.guid, True)
    assert changed == [index.row(), index.row()]
    cell = index.data(CELL_ROLE)
    assert cell.noted and cell.starred and not cell.chosen
    assert "you have a note on it" in cell.description
    assert "starred: you are considering it" in cell.description


def test_the_agenda_prints_notes_under_their_sessions_and_starred_candidates(
    plan: Plan, tmp_path: Path
) -> None:
    towns = plan.slots[TOWNS][0]
    plan.choose(towns.guid)
    plan.set_note(towns.guid, "Ask about the first year")
    young = plan.slots["2018-05-17T14:40"][0]
    plan.set_starred(young.guid, True)
    document = personal(
        plan_document(plan.programme, plan.chosen, "en"), plan.marks.notes, plan.marks.starred
    )
    export_pdf(tmp_path / "agenda.pdf", document)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "agenda.pdf").pages
    )
    assert "Note: Ask about the first year" in text
    assert "★ considering" in text
    young_title = young.translated("en").title
    assert text.index(young_title) < text.index("★ considering")
    assert text.count("★ considering") == 1


def test_the_calendar_holds_notes_only_when_asked(
    qtbot: QtBot, plan: Plan, settings: QSettings, tmp_path: Path, monkeypatch: Any
) -> None:
    towns = plan.slots[TOWNS][0]
    plan.choose(towns.guid)
    plan.set_note(towns.guid, "Private: ask about the budget")
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    descriptions = []
    for include in (False, True):
        dialog = CalendarExportDialog(plan, settings, "en", None, parent)
        assert not dialog.notes_box.isChecked()
        dialog.notes_box.setChecked(include)
        with qtbot.waitSignal(dialog.exported):
            dialog.accept()
        calendar = icalendar.Calendar.from_ical(target.read_bytes())
        event = next(e for e in calendar.walk("VEVENT") if towns.guid in str(e["UID"]))
        descriptions.append(str(event["DESCRIPTION"]))
        assert dialog.message is not None
        dialog.message.close()
    assert "Private" not in descriptions[0]
    assert "My note: Private: ask about the budget" in descriptions[1]
    # A star is not a choice: it never enters the calendar.
    young = plan.slots["2018-05-17T14:40"][0]
    plan.set_starred(young.guid, True)
    dialog = CalendarExportDialog(plan, settings, "en", None, parent)
    with qtbot.waitSignal(dialog.exported):
        dialog.accept()
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert not any(young.guid in uid for uid in uids)
