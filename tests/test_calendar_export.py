"""Calendar export: the .ics file read back by three independent parsers, and its dialog."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.data import shipped_programme
from planner.domain.programme import Programme
from planner.services.calendar import export_calendar, zone_observances
from planner.services.importing import read_programme
from planner.store.database import open_database
from planner.store.exports import ExportedEvent
from planner.store.store import Store
from planner.ui.calendar_export import CalendarExportDialog
from planner.ui.window import MainWindow
from tests.conftest import CliRun, program_json

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# One session per slot, by the beginning of its guid: a typical agenda with one open slot.
CHOICES = ("a01f53f7", "ce5c10e0", "7e2f8d63", "058f066b")
MOVED = "a01f53f7-b1e"  # "Medborgarbudget på mindre orter", 13:30 on the first day
FIXED_ITEMS = 16

Times = dict[str, tuple[str, str]]


def wall_clock(moment: datetime) -> str:
    return moment.astimezone(STOCKHOLM).strftime("%Y-%m-%dT%H:%M")


def read_icalendar(data: bytes) -> Times:
    calendar = icalendar.Calendar.from_ical(data)
    return {
        str(e["UID"]): (wall_clock(e.start), wall_clock(e.end)) for e in calendar.walk("VEVENT")
    }


def read_vobject(data: bytes) -> Times:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {
        e.uid.value: (wall_clock(e.dtstart.value), wall_clock(e.dtend.value))
        for e in calendar.vevent_list
    }


def read_ical(data: bytes) -> Times:
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {e.uid: (wall_clock(e.dtstart), wall_clock(e.end)) for e in calendar.events}


PARSERS: list[Callable[[bytes], Times]] = [read_icalendar, read_vobject, read_ical]


def programme_times(cli: CliRun) -> dict[str, tuple[str, str]]:
    """The programme's wall-clock times by session guid; an open end is taken as one hour."""
    result = {}
    for item in program_json(cli)["items"]:
        start = datetime.fromisoformat(f"{item['day']}T{item['start']}")
        end = (
            datetime.fromisoformat(f"{item['day']}T{item['end']}")
            if item["end"]
            else start + timedelta(hours=1)
        )
        result[item["id"]] = (f"{start:%Y-%m-%dT%H:%M}", f"{end:%Y-%m-%dT%H:%M}")
    return result


def export(cli: CliRun, target: Path, *options: str) -> bytes:
    code, out, err = cli("export-ics", str(target), *options)
    assert code == 0, err
    assert str(target) in out
    return target.read_bytes()


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def guid_of(uid: str) -> str:
    return uid.split("@", maxsplit=1)[0]


def exported_on_disk(db_path: Path) -> dict[str, ExportedEvent]:
    database = open_database(db_path)
    try:
        store = Store(database)
        conference = store.reading.current()
        assert conference is not None
        return store.exports.exported_events(conference)
    finally:
        database.close()


def move_session(db_path: Path, guid_start: str, minutes: int) -> None:
    """Save an updated programme in which one session starts and ends `minutes` later."""
    programme = read_programme(shipped_programme())
    sessions = tuple(
        s._replace(
            start=s.start + timedelta(minutes=minutes),
            end=s.end + timedelta(minutes=minutes) if s.end else None,
        )
        if s.guid.startswith(guid_start)
        else s
        for s in programme.sessions
    )
    database = open_database(db_path)
    try:
        Store(database).save(Programme(programme.conference, sessions))
    finally:
        database.close()


@pytest.fixture
def chosen(cli: CliRun) -> None:
    code, _out, err = cli("choose", *CHOICES)
    assert code == 0, err


# What the file says ------------------------------------------------------------------------


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.usefixtures("chosen")
def test_agenda_times_are_the_programmes_in_every_parser(
    cli: CliRun, tmp_path: Path, parse: Callable[[bytes], Times]
) -> None:
    data = export(cli, tmp_path / "agenda.ics")
    programme = programme_times(cli)
    times = parse(data)
    assert len(times) == FIXED_ITEMS + len(CHOICES)
    assert {guid_of(uid)[:8] for uid in times} >= set(CHOICES)
    for uid, (start, end) in times.items():
        assert (start, end) == programme[guid_of(uid)], uid


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__name__)
def test_whole_programme_has_all_36_items_at_their_times(
    cli: CliRun, tmp_path: Path, parse: Callable[[bytes], Times]
) -> None:
    data = export(cli, tmp_path / "all.ics", "--all")
    programme = programme_times(cli)
    times = parse(data)
    assert len(programme) == 36
    assert {guid_of(uid): t for uid, t in times.items()} == programme


def test_outlook_safe_shape(cli: CliRun, tmp_path: Path) -> None:
    data = export(cli, tmp_path / "all.ics", "--all")
    text = data.decode("utf-8")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert "METHOD:PUBLISH\r\n" in text
    assert "ORGANIZER" not in text
    assert "X-WR-CALNAME" not in text
    calendar = icalendar.Calendar.from_ical(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Stockholm"
    (daylight,) = zone.walk("DAYLIGHT")
    (standard,) = zone.walk("STANDARD")
    assert "RDATE" not in text
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert standard["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    assert (daylight["DTSTART"].dt.time().hour, standard["DTSTART"].dt.time().hour) == (2, 3)
    assert (daylight["TZOFFSETTO"].td, standard["TZOFFSETTO"].td) == (
        timedelta(hours=2),
        timedelta(hours=1),
    )
    assert (str(daylight["TZNAME"]), str(standard["TZNAME"])) == ("CEST", "CET")
    for event in events(data):
        assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
        assert event["DTEND"].params["TZID"] == "Europe/Stockholm"
        assert event["DTSTAMP"].dt.utcoffset() == timedelta(0)
        assert event["LAST-MODIFIED"].dt.utcoffset() == timedelta(0)
        assert int(event["SEQUENCE"]) == 0
        assert str(event["TRANSP"]) == "OPAQUE"
        assert "VALARM" not in {c.name for c in event.subcomponents}
    lines = text.split("\r\n")
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert lines[-1] == ""


def test_texts_theme_and_open_end(cli: CliRun, tmp_path: Path) -> None:
    data = export(cli, tmp_path / "all.ics", "--all")
    by_title = {str(e["SUMMARY"]): e for e in events(data)}
    towns = next(e for e in events(data) if str(e["UID"]).startswith(MOVED))
    assert str(towns["SUMMARY"]) == "Participatory budgeting in smaller towns"
    assert towns["CATEGORIES"].cats == ["Participatory budgeting in smaller towns"]
    description = str(towns["DESCRIPTION"])
    assert "Theme: Participatory budgeting in smaller towns" in description
    assert "Developing democracy through dialogue and participation" in description
    assert "\\n" in data.decode("utf-8")  # newlines in DESCRIPTION are escaped
    closing = by_title["Closing and lunch"]
    assert "no end time" in str(closing["DESCRIPTION"])
    assert closing.end - closing.start == timedelta(hours=1)
    assert "CATEGORIES" not in closing
    assert str(closing["LOCATION"]) == "Stockholm"


def test_lines_fold_at_75_octets_between_characters(opened: Any, tmp_path: Path, qapp: Any) -> None:
    store = opened.store
    conference = opened.conference
    first = store.reading.programme(conference).sessions[0]
    long_title = "Medborgardialog i komplexa frågor " + "åäö" * 40
    session = first._replace(title=long_title, english=())
    target = tmp_path / "long.ics"
    export_calendar(
        target, store.exports, conference, [session], "sv", notes={first.guid: "Ta med\nkaffe"}
    )
    data = target.read_bytes()
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    assert any(len(line) >= 73 for line in physical)
    for line in physical:
        line.decode("utf-8")  # a fold inside å, ä or ö would not decode
    (event,) = events(data)
    assert str(event["SUMMARY"]) == long_title
    assert "Ta med\nkaffe" in str(event["DESCRIPTION"])


def test_uids_are_unique_ascii_and_stable(cli: CliRun, tmp_path: Path) -> None:
    first = [str(e["UID"]) for e in events(export(cli, tmp_path / "1.ics", "--all"))]
    second = [str(e["UID"]) for e in events(export(cli, tmp_path / "2.ics", "--all"))]
    assert first == second
    assert len(set(first)) == len(first) == 36
    for uid in first:
        assert uid.isascii() and len(uid.encode()) <= 200
        assert re.fullmatch(r"[0-9a-f-]{36}@skl_dialog_2018\.planner", uid)


@pytest.mark.usefixtures("chosen")
def test_sequence_rises_for_a_session_whose_time_changed(
    cli: CliRun, tmp_path: Path, db_path: Path
) -> None:
    before = {str(e["UID"]): e for e in events(export(cli, tmp_path / "1.ics"))}
    again = {str(e["UID"]): e for e in events(export(cli, tmp_path / "2.ics"))}
    assert {u: int(e["SEQUENCE"]) for u, e in again.items()} == {u: 0 for u in before}
    move_session(db_path, MOVED, 15)
    after = {str(e["UID"]): e for e in events(export(cli, tmp_path / "3.ics"))}
    assert set(after) == set(before)
    for uid, event in after.items():
        moved = uid.startswith(MOVED)
        assert int(event["SEQUENCE"]) == (1 if moved else 0), uid
        if moved:
            assert wall_clock(event.start).endswith("13:45")
            assert event["LAST-MODIFIED"].dt >= before[uid]["LAST-MODIFIED"].dt
    # The whole programme, exported next, carries the same SEQUENCE for the same UID.
    whole = {str(e["UID"]): e for e in events(export(cli, tmp_path / "4.ics", "--all"))}
    assert all(int(whole[u]["SEQUENCE"]) == int(after[u]["SEQUENCE"]) for u in after)


def test_reminder_is_one_alarm_after_the_event_properties(cli: CliRun, tmp_path: Path) -> None:
    breaks = {item["id"] for item in program_json(cli)["items"] if item["kind"] == "break"}
    assert breaks
    data = export(cli, tmp_path / "all.ics", "--all", "--reminder", "15")
    for event in events(data):
        if guid_of(str(event["UID"])) in breaks:
            assert event.walk("VALARM") == []  # no alarm before a coffee break
            continue
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].to_ical() == b"-PT15M"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
    for block in re.findall(r"END:VALARM\r\n(.*?)END:VEVENT", data.decode(), re.S):
        assert block == ""
    asked = export(cli, tmp_path / "breaks.ics", "--all", "--reminder", "15", "--remind-breaks")
    assert all(len(event.walk("VALARM")) == 1 for event in events(asked))


def test_calendar_name_only_when_asked(cli: CliRun, tmp_path: Path) -> None:
    data = export(cli, tmp_path / "all.ics", "--all", "--calendar-name", "Dialog 2018")
    assert str(icalendar.Calendar.from_ical(data)["X-WR-CALNAME"]) == "Dialog 2018"
    assert b"X-WR-CALNAME" not in export(cli, tmp_path / "plain.ics", "--all")


def test_breaks_can_be_left_out(cli: CliRun, tmp_path: Path) -> None:
    data = export(cli, tmp_path / "all.ics", "--all", "--no-breaks")
    titles = [str(e["SUMMARY"]) for e in events(data)]
    breaks = [i for i in program_json(cli)["items"] if i["kind"] == "break"]
    assert len(breaks) == 6
    assert len(titles) == 36 - len(breaks)
    assert not {"Coffee break", "Stretch break", "Lunch, mingling"} & set(titles)


def test_a_conference_without_a_zone_name_gets_utc_times(
    opened: Any, tmp_path: Path, qapp: Any
) -> None:
    conference = opened.conference._replace(timezone=None)
    sessions = opened.store.reading.programme(opened.conference).sessions
    target = tmp_path / "utc.ics"
    export_calendar(target, opened.store.exports, conference, sessions[:1], "en")
    (event,) = events(target.read_bytes())
    assert b"VTIMEZONE" not in target.read_bytes()
    # The registration at 09:00 in Stockholm's summer time.
    assert event["DTSTART"].to_ical() == b"20180517T070000Z"


@pytest.mark.parametrize(
    ("zone", "rules"),
    [
        (
            "America/New_York",
            ["FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"],
        ),
        (
            "Australia/Sydney",
            ["FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"],
        ),
        ("Asia/Tokyo", []),
    ],
)
def test_rules_of_other_zones(zone: str, rules: list[str]) -> None:
    observances = zone_observances(ZoneInfo(zone), {2018})
    assert observances is not None
    written = [
        f"FREQ=YEARLY;BYDAY={o.nth}{o.weekday};BYMONTH={o.month}"
        for o in observances
        if o.month is not None
    ]
    assert written == rules


# Bad input changes nothing -----------------------------------------------------------------


def test_empty_agenda_says_so_and_writes_nothing(
    cli: CliRun, tmp_path: Path, db_path: Path
) -> None:
    target = tmp_path / "agenda.ics"
    code, out, err = cli("export-ics", str(target))
    assert code == 2
    assert "agenda is empty" in err and "choose" in err
    assert out == ""
    assert not target.exists()
    assert exported_on_disk(db_path) == {}


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
@pytest.mark.usefixtures("chosen")
def test_unwritable_target_changes_nothing(
    cli: CliRun, tmp_path: Path, db_path: Path, where: str
) -> None:
    export(cli, tmp_path / "first.ics")
    kept = exported_on_disk(db_path)
    move_session(db_path, MOVED, 15)
    target = tmp_path / "missing" / "agenda.ics"
    if where == "a folder":
        target = tmp_path / "agenda.ics"
        target.mkdir()
    files = sorted(tmp_path.rglob("*"))
    code, _out, err = cli("export-ics", str(target))
    assert code == 2
    assert err.count("\n") == 1 and str(target) in err and "could not be written" in err
    assert sorted(tmp_path.rglob("*")) == files
    assert exported_on_disk(db_path) == kept


@pytest.mark.parametrize("value", ["-5", "99999", "soon"])
def test_bad_reminder_exits_2(cli: CliRun, tmp_path: Path, value: str) -> None:
    target = tmp_path / "all.ics"
    code, _out, err = cli("export-ics", str(target), "--all", "--reminder", value)
    assert code == 2
    assert err
    assert not target.exists()


# The dialog --------------------------------------------------------------------------------


@dataclasses.dataclass
class SaveAs:
    """The file dialog's stand-in: it answers `folder`/calendar and records where it started."""

    folder: Path
    asked: list[str]

    @property
    def target(self) -> Path:
        return self.folder / "calendar.ics"


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveAs:
    answers = SaveAs(tmp_path / "out", [])
    answers.folder.mkdir()

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        answers.asked.append(start)
        return str(answers.folder / "calendar"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return answers


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(urls.append))
    return urls


def open_dialog(window: MainWindow, qtbot: QtBot) -> CalendarExportDialog:
    (dialog,) = [d for d in window.findChildren(CalendarExportDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_exports_the_agenda_as_a_new_calendar(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    save_as: SaveAs,
    opened_urls: list[QUrl],
) -> None:
    for guid in (s.guid for s in window.plan.sessions if s.guid[:8] in CHOICES):
        window.plan.choose(guid)
    assert window.menus.export_calendar_action in window.menus.toolbar.actions()
    assert window.menus.export_calendar_action in window.menus.file_menu.actions()
    window.menus.export_calendar_action.trigger()
    dialog = open_dialog(window, qtbot)
    assert dialog.agenda_button.isChecked()
    # A long name shows its beginning; breaks ring only when asked.
    assert dialog.calendar_name.cursorPosition() == 0
    assert not dialog.remind_breaks_box.isChecked()
    qtbot.mouseClick(dialog.reminder_box, Qt.MouseButton.LeftButton)
    dialog.reminder_minutes.setValue(10)
    dialog.new_calendar_button.click()
    dialog.calendar_name.setText("Demokratidagarna")
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = save_as.target
    assert len(save_as.asked) == 1 and save_as.asked[0].endswith("skl_dialog_2018-agenda.ics")
    data = target.read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Demokratidagarna"
    assert len(events(data)) == FIXED_ITEMS + len(CHOICES)
    breaks = {s.guid for s in window.plan.sessions if s.kind == "break"}
    for event in events(data):
        alarms = event.walk("VALARM")
        if guid_of(str(event["UID"])) in breaks:
            assert alarms == []  # "Before breaks too" is off unless ticked
        else:
            assert alarms[0]["TRIGGER"].to_ical() == b"-PT10M"
    assert settings.value("export/folder") == str(save_as.folder)
    message = dialog.message
    assert message is not None and message.isVisible()
    assert str(target) in message.text()
    assert dialog.open_button is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(target))]

    # The next export starts in the folder of the last one.
    window.menus.export_calendar_action.trigger()
    dialog = open_dialog(window, qtbot)
    dialog.programme_button.click()
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert save_as.asked[1] == str(save_as.folder / "skl_dialog_2018-programme.ics")
    assert len(events(target.read_bytes())) == 36


def test_dialog_with_an_empty_agenda_says_so(
    qtbot: QtBot, window: MainWindow, save_as: SaveAs
) -> None:
    window.menus.export_calendar_action.trigger()
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert save_as.asked == []
    assert dialog.isVisible()
    assert dialog.message is not None and "agenda is empty" in dialog.message.text()
    dialog.message.close()
    dialog.reject()


def test_one_session_from_the_grids_context_menu(
    qtbot: QtBot, window: MainWindow, save_as: SaveAs
) -> None:
    view = window.days.current_view()
    model = view.timetable()
    index = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.session_at(model.index(row, column)) is not None
        and model.session_at(model.index(row, column)).guid.startswith(MOVED)  # type: ignore[union-attr]
    )
    view.setCurrentIndex(index)
    session = view.current_session()
    assert session is not None
    assert window.menus.export_session_action in window.menus.context_actions(session)
    window.menus.export_session_action.trigger()
    dialog = open_dialog(window, qtbot)
    assert "Participatory budgeting in smaller towns" in dialog.session_label.text()
    assert not dialog.agenda_button.isVisible()
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = save_as.target.read_bytes()
    (event,) = events(data)
    assert str(event["UID"]).startswith(MOVED)
    assert b"X-WR-CALNAME" not in data
