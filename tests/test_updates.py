"""Updates keep the plan, say what changed and can be undone; bad files change nothing."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.ui.timetable_model import BADGE_ROLE, STATE_ROLE
from planner.ui.window import MainWindow
from tests.conftest import CliRun, program_json
from tests.shipped import events, find, guid_of, shipped

CITIES = "Medborgarbudget i städer"
CIVIL = "Civilsamhällets roll inom Medborgarbudget"
CRITERIA = "Kriterier för Medborgarbudget"
NEW_TITLE = "Kriterier och uppföljning av medborgarbudget"


def updated(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The shipped programme, updated: two runs of a theme swap times, one session is
    renamed, one cancelled, one added. Returns the file and the guids concerned."""
    document = shipped()
    early, late = find(document, CITIES, "13:30"), find(document, CITIES, "15:50")
    for field in ("date", "start", "end"):
        early[field], late[field] = late[field], early[field]
    renamed = find(document, CRITERIA, "08:30")
    renamed["title"] = NEW_TITLE
    renamed["title_en"] = "Criteria and follow-up of participatory budgeting"
    cancelled = find(document, CIVIL, "16:50")
    day1, day2 = document["schedule"]["conference"]["days"]
    day1["rooms"][""].remove(cancelled)
    added = copy.deepcopy(find(document, "Avslut och lunch", "12:00"))
    added.update(
        guid="0b9f2c4e-5a77-4c1e-9d3e-2e8f1a6b7c01",
        title="Studiebesök i Stockholm",
        title_en="Study visit in Stockholm",
        date="2018-05-18T13:30:00+02:00",
        start="13:30",
        end="2018-05-18T15:00:00+02:00",
        duration="01:30",
    )
    day2["rooms"][""].append(added)
    path = tmp_path / "programme-update.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    guids = {
        "early": early["guid"],
        "late": late["guid"],
        "renamed": renamed["guid"],
        "cancelled": cancelled["guid"],
        "added": added["guid"],
    }
    return path, guids


def test_update_report_lists_exactly_the_changes_and_keeps_choices(
    cli: CliRun, tmp_path: Path
) -> None:
    path, guids = updated(tmp_path)
    infrastructure = guid_of(cli, "Medborgardialog vid utveckling av infrastruktur", "15:50")
    civil_earlier = guid_of(cli, CIVIL, "14:40")
    assert cli("choose", guids["early"], infrastructure, guids["cancelled"])[0] == 0

    code, out, err = cli("import", str(path), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["added"] == [guids["added"]]
    assert report["cancelled"] == [guids["cancelled"]]
    assert report["moved"] == [guids["late"], guids["early"]]  # in their new time order
    assert report["retitled"] == [guids["renamed"]]
    affected = {a["id"]: a for a in report["affected_choices"]}
    assert affected[guids["cancelled"]]["reasons"] == ["cancelled"]
    assert affected[guids["cancelled"]]["alternatives"] == [civil_earlier]
    assert affected[guids["early"]]["reasons"] == ["moved", "conflict"]
    assert affected[guids["early"]]["alternatives"] == [guids["late"]]
    assert affected[infrastructure]["reasons"] == ["conflict"]

    chosen = {i["id"]: i for i in program_json(cli)["items"] if i["chosen"]}
    # The moved choice stays chosen at its new time; the cancelled one is kept, not shown.
    assert set(chosen) == {guids["early"], infrastructure}
    assert chosen[guids["early"]]["start"] == "15:50"


def test_text_report_tells_the_attendee_first(cli: CliRun, tmp_path: Path) -> None:
    path, guids = updated(tmp_path)
    cli("choose", guids["early"])
    code, out, _err = cli("import", str(path))
    assert code == 0
    lines = out.splitlines()
    mine = lines.index("Your choices:")
    assert lines[mine + 1] == (
        "  Your Thursday 17 May 13:30 choice “Participatory budgeting in cities” "
        "moved to Thursday 17 May 15:50."
    )
    assert lines.index("Other changes:") > mine
    assert "  New: Friday 18 May 13:30 Study visit in Stockholm" in lines
    assert (
        "  Renamed: “Criteria for participatory budgeting” → "
        "“Criteria and follow-up of participatory budgeting”" in lines
    )


def test_undo_restores_the_earlier_programme_and_plan(cli: CliRun, tmp_path: Path) -> None:
    path, guids = updated(tmp_path)
    cli("choose", guids["early"], guids["cancelled"])
    before = program_json(cli)
    assert cli("import", str(path))[0] == 0
    cli("clear", guids["early"])
    assert program_json(cli) != before
    code, out, _err = cli("undo-import")
    assert code == 0 and "back as they were" in out
    assert program_json(cli) == before
    code, _out, err = cli("undo-import")
    assert code == 2 and "no import" in err


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<schedule><conference><title>&lol3;</title></conference></schedule>"""

BROKEN = {
    "malformed.xml": ("<schedule><conference><title>Oops</conference></schedule>", "line 1"),
    "bomb.xml": (BOMB, "bomb.xml"),
    "latin1.json": ('{"schedule": {"conference": {"title": "Möte"}}}'.encode("latin-1"), "UTF-8"),
    "ends-too-early.json": (None, "ends"),
    "bad-zone.json": (
        json.dumps(shipped()).replace('"Europe/Stockholm"', '"Mars/Olympus"'),
        "time zone",
    ),
    "table.csv": ("title,start\nKeynote,09:00\n", "format"),
    "empty.json": ("", "empty"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_changes_nothing_and_says_what_is_wrong(
    cli: CliRun, db_path: Path, tmp_path: Path, name: str
) -> None:
    content, words = BROKEN[name]
    if content is None:  # the shipped programme with an event that ends before it starts
        document = shipped()
        events(document)[3]["end"] = "2018-05-17T08:00:00+02:00"
        content = json.dumps(document)
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    cli("choose", guid_of(cli, CITIES, "13:30"))
    before = db_path.read_bytes()
    code, out, err = cli("import", str(path))
    assert code == 2
    assert out == ""
    assert name in err and words in err
    assert len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_a_changed_session_the_arrows_pass_by_keeps_its_mark_and_one_looked_at_loses_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path, guids = updated(tmp_path)
    window.importing.import_file(path)
    view = window.days.view_of(0)
    model = view.timetable()
    passed, looked = guids["early"], guids["late"]
    assert {passed, looked} <= window.plan.unseen.keys()
    view.setCurrentIndex(model.index_of(passed))
    view.setCurrentIndex(model.index_of(looked))  # on at once: passing is not looking
    qtbot.waitUntil(lambda: looked not in window.plan.unseen)
    assert looked not in window.plan.store.reading.unseen(window.plan.conference)
    assert passed in window.plan.unseen
    assert model.index_of(passed).data(BADGE_ROLE) == "moved"


def test_import_in_the_window_marks_changes_and_undo_restores(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, guids = updated(tmp_path)
    window.plan.choose(guids["early"])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    window.importing.import_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "1 new, 1 cancelled, 2 moved, 1 renamed. Your choices concerned: 1." in box.text()
    box.close()
    assert window.changes.isVisible()
    report = window.changes.text.toPlainText()
    assert report.index("Your choices") < report.index("All changes")
    assert "choice “Participatory budgeting in cities” moved to Thursday 17 May 15:50" in report
    view = window.days.view_of(0)
    moved = view.timetable().index_of(guids["early"])
    assert moved.data(STATE_ROLE) == "chosen"
    assert window.plan.unseen[guids["early"]] == "moved"
    view.setCurrentIndex(moved)  # seeing it a moment clears the mark
    qtbot.waitUntil(lambda: guids["early"] not in window.plan.unseen)
    assert guids["early"] not in window.plan.store.reading.unseen(window.plan.conference)

    window.importing.undo_action.trigger()
    view = window.days.view_of(0)
    row = view.timetable().index_of(guids["early"]).row()
    assert f"{view.timetable().sessions()[row].start:%H:%M}" == "13:30"
    assert window.plan.is_chosen(guids["early"])
    assert not window.importing.undo_action.isEnabled()


def test_dropping_a_file_imports_it_and_a_bad_one_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("remember the umbrella", encoding="utf-8")

    def drop(path: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(event)

    drop(bad)
    box = window.findChild(QMessageBox)
    assert box is not None and "notes.txt" in box.text()
    box.close()
    box.deleteLater()
    path, guids = updated(tmp_path)
    drop(path)
    assert window.plan.by_guid[guids["added"]].title == "Studiebesök i Stockholm"


def test_several_conferences_each_keep_their_own_plan(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    shipped_choice = window.plan.slots["2018-05-17T13:30"][0].guid
    window.plan.choose(shipped_choice)
    assert not window.menus.conference_picker.isVisible()  # one conference needs no picker
    other = tmp_path / "democon.xml"
    other.write_text(SMALL_XML, encoding="utf-8")
    window.importing.import_file(other)
    assert window.plan.conference.key == "democon"
    qtbot.waitUntil(window.menus.conference_picker.isVisible)
    assert window.menus.conference_picker.count() == 2
    assert window.days.count() == 1
    talk = next(s for s in window.plan.sessions if s.title == "Grids of real size")
    window.plan.choose(talk.guid)

    window.menus.conference_picker.setCurrentIndex(
        window.menus.conference_picker.findData("skl_dialog_2018")
    )
    window.menus.conference_picker.activated.emit(window.menus.conference_picker.currentIndex())
    assert window.plan.conference.key == "skl_dialog_2018"
    assert window.plan.chosen == {shipped_choice}
    assert window.days.count() == 2

    window.menus.conference_picker.activated.emit(
        window.menus.conference_picker.findData("democon")
    )
    assert window.plan.chosen == {talk.guid}


def test_choosing_a_session_that_overlaps_a_choice_asks(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "democon.xml"
    other.write_text(SMALL_XML, encoding="utf-8")
    window.importing.import_file(other)
    plan = window.plan
    grids, offline = (
        next(s for s in plan.sessions if s.title == title)
        for title in ("Grids of real size", "Offline first")
    )
    window.choosing.choose(grids.guid)
    assert plan.chosen == {grids.guid}
    window.choosing.choose(offline.guid)  # 09:30–10:30 overlaps 09:00–10:00
    box = window.findChild(QMessageBox)
    assert box is not None and "runs at the same time as your choice" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep both")
    keep.click()
    assert plan.chosen == {grids.guid, offline.guid}
    assert plan.conflicts == {grids.guid, offline.guid}
    assert "at the same time as another choice: 2" in window.progress.text()


SMALL_XML = """
<?xml version='1.0' encoding='utf-8' ?>
<schedule>
  <conference><acronym>democon</acronym><title>DemoCon</title>
    <start>2020-12-14</start><end>2020-12-14</end><days>1</days>
    <time_zone_name>Europe/Berlin</time_zone_name></conference>
  <day index='1' date='2020-12-14'
       start='2020-12-14T08:00:00+01:00' end='2020-12-14T18:00:00+01:00'>
    <room name='Gray Room'>
      <event guid='d1e1'><date>2020-12-14T09:00:00+01:00</date><start>09:00</start>
        <duration>01:00</duration><room>Gray Room</room><title>Grids of real size</title>
        <track>UX</track><type>talk</type><persons><person id='1'>Ada</person></persons></event>
    </room>
    <room name='Tan Room'>
      <event guid='d1e2'><date>2020-12-14T09:30:00+01:00</date><start>09:30</start>
        <duration>01:00</duration><room>Tan Room</room><title>Offline first</title>
        <track>Web</track><type>talk</type><persons><person id='2'>Bo</person></persons></event>
    </room>
  </day>
</schedule>
"""


def test_undo_keeps_choices_made_since_that_fit_the_earlier_plan(
    cli: CliRun, tmp_path: Path
) -> None:
    path, guids = updated(tmp_path)
    cli("choose", guids["early"])
    assert cli("import", str(path))[0] == 0
    workshop = guid_of(cli, "Forskning inom medborgardialog", "08:30")
    towns_late = guid_of(cli, "Medborgarbudget på mindre orter", "15:50")
    # After the update the early run is at 15:50, so this choice replaces it there.
    cli("choose", workshop, towns_late)
    assert cli("undo-import")[0] == 0
    chosen = {i["id"] for i in program_json(cli)["items"] if i["chosen"]}
    assert chosen == {guids["early"], workshop, towns_late}


def test_every_session_of_a_crowded_start_time_has_a_cell(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    def event(guid: str, title: str, kind: str) -> dict[str, Any]:
        return {
            "guid": guid,
            "title": title,
            "type": kind,
            "date": "2021-03-01T10:00:00+01:00",
            "duration": "00:30",
        }

    document = {
        "schedule": {
            "version": "1",
            "conference": {
                "acronym": "crowded",
                "title": "Crowded",
                "days": [
                    {
                        "index": 1,
                        "date": "2021-03-01",
                        "rooms": {
                            "": [
                                event("c1", "Coffee", "break"),
                                event("c2", "Talk one", "talk"),
                                event("c3", "Talk two", "talk"),
                            ]
                        },
                    }
                ],
            },
        }
    }
    path = tmp_path / "crowded.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    window.importing.import_file(path)
    model = window.days.current_view().timetable()
    shown = {model.index_of(guid).data() for guid in ("c1", "c2", "c3")}
    assert shown == {"Coffee", "Talk one", "Talk two"}


@pytest.mark.parametrize("answer", ["Europe/Brussels", None], ids=["named", "as written"])
def test_a_file_that_names_no_zone_asks_for_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answer: str | None
) -> None:
    from planner.ui.zone_dialog import ZoneDialog
    from tests.test_import_layouts import NO_GUID_XML

    path = tmp_path / "fosdem-2016.xml"
    path.write_text(NO_GUID_XML, encoding="utf-8")
    window.importing.import_file(path)
    dialog = next(w for w in window.findChildren(ZoneDialog) if w.isVisible())
    assert window.plan.conference.key == "skl_dialog_2018"  # nothing stored before the answer
    with qtbot.waitSignal(window.plan.changed):
        if answer is None:
            dialog.reject()
        else:
            dialog.zones.setCurrentText(answer)
            assert dialog.use_button.isEnabled()
            dialog.accept()
    assert window.plan.conference.title == "FOSDEM 2016"
    assert window.plan.conference.timezone == answer
    # Times as written are read on this computer's clock: at 09:40 there, the welcome is on.
    window.days.clock = lambda: datetime(2016, 1, 30, 9, 40).astimezone()
    if answer is None:
        assert window.days.go_to_now()
        assert window.current_session() == window.plan.by_guid["3527"]
