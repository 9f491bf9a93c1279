"""The Delegation view and the personal actions, driven as the window will drive them; the
delegation's plan printed a day a page and exported as CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.delegation import Member, SharedPlan, coverage
from planner.domain.interest import MUST
from planner.services.delegation_print import delegation_csv, export_delegation_pdf
from planner.services.planning import Plan
from planner.services.sharing import write_share
from planner.ui.delegation import DelegationModel, DelegationProposalDialog, ShareDialog
from planner.ui.personal_actions import PersonalActions
from planner.ui.proposal_dialog import ProposalDialog


def colleague(plan: Plan, name: str, *guids: str, **fields: Any) -> SharedPlan:
    return SharedPlan(
        name=name,
        conference_key=plan.conference.key,
        conference_title=plan.conference.title,
        days=plan.conference.days,
        chosen=frozenset(guids),
        **fields,
    )


@pytest.fixture
def actions(qtbot: QtBot, plan: Plan, settings: QSettings) -> Iterator[PersonalActions]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    made = PersonalActions(window, plan, settings, QUndoStack(window))
    made.set_language("en")
    yield made
    for box in window.findChildren(QMessageBox):
        box.close()


def shown(actions: PersonalActions, kind: type[Any]) -> Any:
    (found,) = [d for d in actions.window.findChildren(kind) if d.isVisible()]
    return found


def test_the_model_passes_qtmodeltester(qtmodeltester: Any, plan: Plan) -> None:
    towns = plan.slots["2018-05-17T13:30"][0]
    members = [Member("Me", frozenset({towns.guid}), you=True), Member("Anna", frozenset())]
    model = DelegationModel()
    model.set_coverage(coverage(plan.programme, members), "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 20
    first = model.index(0, DelegationModel.GOERS)
    assert first.data() == "Me"
    uncovered = model.index(1, DelegationModel.GOERS).data()
    assert uncovered == "⚠ Nobody covers this theme; free then: Anna"


def test_the_delegations_plan_prints_a_day_a_page_and_exports_as_csv(
    plan: Plan, tmp_path: Path
) -> None:
    afternoon = [s for s in plan.sessions if s.theme is not None]
    # An organiser's collection: thirty plans.
    members = [Member("Me", frozenset({afternoon[0].guid}), you=True)]
    members += [
        Member(f"Person {n}", frozenset({afternoon[n % 4].guid, afternoon[4 + n % 4].guid}))
        for n in range(30)
    ]
    found = coverage(plan.programme, members)
    target = tmp_path / "delegation.pdf"
    assert export_delegation_pdf(target, plan.programme, found, "en") == 2
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert "Thursday 17 May 2018" in pages[0] and "Friday 18 May 2018" in pages[1]
    assert "The delegation's plan: Me, Person 0" in pages[0]
    assert "9: Me, Person 0, Person 4" in pages[0]  # how full the room will be
    # Between them they cover the afternoon; nobody goes to a workshop of the second day.
    assert "⚠ Nobody covers this theme" not in pages[0]
    assert pages[1].count("⚠ Nobody covers this theme") == 4
    assert "Page 1 of 2" in pages[0]
    rows = list(csv.reader(io.StringIO(delegation_csv(found, "en").decode("utf-8-sig"))))
    assert rows[0][:3] == ["Day", "Time", "Session"]
    assert len(rows) == 1 + 20
    towns = next(r for r in rows if r[2] == afternoon[0].translated("en").title)
    assert towns[5] == "9" and towns[6] == "yes"


def test_adding_and_removing_colleagues_shows_in_the_view(
    qtbot: QtBot, actions: PersonalActions, plan: Plan, tmp_path: Path, monkeypatch: Any
) -> None:
    towns = plan.slots["2018-05-17T13:30"][0]
    plan.choose(towns.guid)
    file = tmp_path / "anna.plan.json"
    write_share(file, colleague(plan, "Anna", plan.slots["2018-05-17T13:30"][1].guid))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(file), ""))
    )
    actions.add_colleague_action.trigger()
    view = actions.view
    assert view is not None and view.isVisible()
    assert view.colleagues.currentText() == "Anna"
    assert view.model.index(0, DelegationModel.GOERS).data() == "You"
    assert view.model.index(1, DelegationModel.GOERS).data() == "Anna"
    assert "2 people cover 2 of 12 themes and sessions." in view.summary.text()
    message = shown(actions, QMessageBox)
    assert "The plan of Anna was added to the delegation." in message.text()
    message.close()
    # Choosing in the window shows in the view.
    plan.choose(plan.slots["2018-05-17T14:40"][0].guid)
    assert "3 of 12" in view.summary.text()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert view.colleagues.count() == 0
    assert plan.store.colleagues.all(plan.conference) == []


def test_plan_for_me_is_taken_as_one_undoable_step(actions: PersonalActions, plan: Plan) -> None:
    towns, cities = plan.slots["2018-05-17T13:30"][:2]
    plan.choose(cities.guid)
    plan.rate(towns.guid, MUST)
    actions.plan_for_me_action.trigger()
    dialog = shown(actions, ProposalDialog)
    assert "Proposed:" in dialog.text.toPlainText()
    dialog.replace.setChecked(True)
    assert "Instead of:" in dialog.text.toPlainText()
    dialog.accept()
    assert towns.guid in plan.chosen and cities.guid not in plan.chosen
    actions.undo.undo()
    assert plan.chosen == {cities.guid}
    actions.undo.redo()
    assert towns.guid in plan.chosen


def test_plan_for_the_delegation_takes_my_part_and_writes_each_members_file(
    actions: PersonalActions, plan: Plan, tmp_path: Path, monkeypatch: Any
) -> None:
    plan.store.colleagues.add(plan.conference, colleague(plan, "../../Evil name"))
    actions.plan_delegation_action.trigger()
    dialog = shown(actions, DelegationProposalDialog)
    # All eight themes of the afternoon, and two of the morning's four workshops.
    assert dialog.summary.text().startswith("2 people cover 10 of 12 themes and sessions.")
    dialog.take_button.click()
    proposal = dialog.proposal
    mine = next(p for m, p in zip(proposal.members, proposal.parts, strict=True) if m.you)
    assert plan.chosen == mine and len(mine) == 5
    actions.undo.undo()
    assert plan.chosen == frozenset()
    folder = tmp_path / "parts"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(folder))
    )
    dialog.write_button.click()
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["Evil-name.plan.json", "You.plan.json"]
    part = json.loads((folder / "Evil-name.plan.json").read_text(encoding="utf-8"))
    assert part["name"] == "../../Evil name" and len(part["chosen"]) == 5


def test_share_and_report_from_the_window(
    actions: PersonalActions, plan: Plan, settings: QSettings, tmp_path: Path, monkeypatch: Any
) -> None:
    targets = iter([tmp_path / "eva.plan.json", tmp_path / "report.odt"])
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        asked.append(start)
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    actions.share_action.trigger()
    dialog = shown(actions, ShareDialog)
    assert not dialog.notes.isChecked()
    dialog.name.setText("Eva")
    dialog.accept()
    assert asked[0].endswith("Eva.plan.json")
    assert json.loads((tmp_path / "eva.plan.json").read_text(encoding="utf-8"))["name"] == "Eva"
    assert settings.value("personal/name") == "Eva"
    shown(actions, QMessageBox).close()
    actions.report_action.trigger()
    assert (tmp_path / "report.odt").read_bytes()[:2] == b"PK"


def test_the_star_action_acts_on_the_current_session(actions: PersonalActions, plan: Plan) -> None:
    towns = plan.slots["2018-05-17T13:30"][0]
    actions.set_session(towns)
    actions.star_action.trigger()
    assert plan.is_starred(towns.guid)
    actions.undo.undo()
    assert not plan.is_starred(towns.guid)
    lunch = next(s for s in plan.sessions if s.kind == "break")
    actions.set_session(lunch)
    assert not actions.star_action.isEnabled()
