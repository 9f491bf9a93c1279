"""Real schedule files as they are: every layout of the formats, times as instants, safe text.

Each fixture is written by the test, shaped like a real export (FOSDEM before 2025, Pentabarf's
oldest layout, the CCC hub's schedule v2, wafer, iCalendar) with the detail that matters.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.services.importing import ScheduleError, read_programme
from planner.services.schedules import common
from tests.conftest import CliRun, at

# FOSDEM as it exported before 2025 (and Pentabarf generally): no acronym, no guid, no time
# zone, no <date>; a day change at 09:00; markup in descriptions.
NO_GUID_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>FOSDEM 2016</title>
    <venue>ULB</venue><city>Brussels</city>
    <day_change>09:00:00</day_change>
  </conference>
  <day index="1" date="2016-01-30">
    <room name="Janson">
      <event id="3527">
        <start>09:30</start><duration>00:25</duration><room>Janson</room>
        <title>Welcome to FOSDEM 2016</title><track>Keynotes</track><type>keynote</type>
        <abstract>&lt;p&gt;FOSDEM welcome and &lt;b&gt;opening&lt;/b&gt; talk.&lt;/p&gt;</abstract>
        <persons><person id="6">FOSDEM Staff</person></persons>
      </event>
      <event id="3682">
        <start>10:00</start><duration>00:50</duration><room>Janson</room>
        <title>systemd</title><track>Keynotes</track><type>keynote</type>
      </event>
    </room>
    <room name="H.2214">
      <event id="4000">
        <start>10:00</start><duration>00:40</duration><room>H.2214</room>
        <title>Perl 6</title><track>Perl</track><type>devroom</type>
        <persons><person id="1">Curtis Poe</person></persons>
      </event>
    </room>
  </day>
  <day index="2" date="2016-01-31">
    <room name="H.2214">
      <event id="4001">
        <start>16:10</start><duration>00:40</duration><room>H.2214</room>
        <title>Perl 6</title><track>Perl</track><type>devroom</type>
        <persons><person id="2">Elizabeth Mattijsen</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""

# Pentabarf's oldest layout (FOSDEM 2007, 2012): events directly under <day>, each naming its
# room.
NO_ROOMS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>FOSDEM 2007</title><acronym>fosdem2007</acronym></conference>
  <day date="2007-02-24" index="1">
    <event id="1"><start>10:00</start><duration>01:00</duration><room>Janson</room>
      <title>Opening</title></event>
    <event id="2"><start>10:00</start><duration>00:30</duration><room>H.1301</room>
      <title>Kernel hacking</title></event>
  </day>
</schedule>
"""

# The CCC hub's schedule v2: one list of events, rooms and tracks as objects.
VERSION_2 = {
    "schedule": {
        "version": "2024-12-26 20:23",
        "conference": {
            "acronym": "38c3",
            "title": "38C3",
            "time_zone_name": "Europe/Berlin",
            "tracks": [{"name": "CCC", "slug": "ccc"}, {"name": "Science", "slug": "science"}],
            "rooms": [{"name": "Saal 1"}, {"name": "Saal GLITCH"}],
            "days": [
                {
                    "index": 1,
                    "date": "2024-12-27",
                    "start": "2024-12-27T09:30:00+00:00",
                    "end": "2024-12-28T06:00:00+01:00",
                },
                {
                    "index": 2,
                    "date": "2024-12-28",
                    "start": "2024-12-28T06:00:00+01:00",
                    "end": "2024-12-29T06:00:00+01:00",
                },
            ],
        },
        "events": [
            {
                "type": "other",
                "guid": "270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                "start": "2024-12-27T10:30:00+01:00",
                "end": "2024-12-27T11:00:00+01:00",
                "room": {"name": "Saal 1", "guid": "x"},
                "title": "38C3: Opening Ceremony",
                "track": {"slug": "ccc"},
                "abstract": "Glad you could make it!",
                "participants": [{"name": "Gabriela Bogk", "role": "speaker"}],
                "url": "https://events.ccc.de/congress/2024/hub/event/opening/",
            },
            {
                "type": "talk",
                "guid": "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8",
                "start": "2024-12-28T00:15:00+01:00",
                "end": "2024-12-28T00:55:00+01:00",
                "room": {"name": "Saal GLITCH"},
                "title": "A Competitive Time-Trial AI",
                "track": {"slug": "science"},
                "participants": [{"name": "Sebastian Schwarz", "role": "speaker"}],
            },
        ],
    }
}

# A wafer export (DebConf): the <day date> attribute is the UTC date of the day's start, which
# lags the local date of the events it holds.
WAFER_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <generator name="wafer" version="0.16"/>
  <conference>
    <title>DebConf 23</title><acronym>debconf23</acronym>
    <time_zone_name>Asia/Kolkata</time_zone_name>
  </conference>
  <day date="2023-09-09" start="2023-09-09T18:30:00+00:00" end="2023-09-10T18:30:00+00:00"
       index="1">
    <room name="Anamudi">
      <event id="1" guid="d0a1"><date>2023-09-10T10:30:00+05:30</date><start>10:30</start>
        <duration>00:45</duration><room>Anamudi</room><title>Opening</title></event>
      <event id="2" guid="d0a2"><date>2023-09-10T23:30:00+05:30</date><start>23:30</start>
        <duration>00:30</duration><room>Anamudi</room><title>Late talk</title></event>
    </room>
  </day>
</schedule>
"""

# The night Berlin's clocks go back: two events at 02:30, an hour apart, and one across it.
DST_NIGHT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Night Camp</title><acronym>nightcamp</acronym>
    <time_zone_name>Europe/Berlin</time_zone_name></conference>
  <day date="2024-10-26" start="2024-10-26T10:00:00+02:00" end="2024-10-27T10:00:00+01:00">
    <room name="Tent">
      <event guid="first-0230"><date>2024-10-27T02:30:00+02:00</date>
        <duration>00:20</duration><title>Summer time talk</title></event>
      <event guid="second-0230"><date>2024-10-27T02:30:00+01:00</date>
        <duration>00:20</duration><title>Winter time talk</title></event>
    </room>
    <room name="Hall">
      <event guid="across"><date>2024-10-27T01:30:00+02:00</date>
        <duration>03:00</duration><title>Three hours across the change</title></event>
    </room>
  </day>
</schedule>
"""

# A programme with neither a zone nor offsets: its times float.
FLOATING_JSON = {
    "schedule": {
        "conference": {
            "acronym": "floatcon",
            "title": "FloatCon",
            "days": [
                {
                    "date": "2024-03-01",
                    "rooms": {
                        "A": [
                            {
                                "guid": "f1",
                                "date": "2024-03-01T10:00:00",
                                "duration": "01:00",
                                "title": "Floating",
                            }
                        ]
                    },
                }
            ],
        }
    }
}

# An iCalendar programme whose folds split UTF-8 characters ("Düsternbrook", "ö").
FOLDED_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kielux//ical-file//DE\r\n"
    "X-WR-CALNAME:Kieler Linux Tage\r\n"
    "BEGIN:VEVENT\r\nUID:460@KOLT20\r\nDTSTART:20200918T110000Z\r\nDTEND:20200918T120000Z\r\n"
    "SUMMARY:OpenCelium – der Hub\r\nLOCATION:D\xfcsternbrook\r\nCATEGORIES:Talks\r\n"
    "DESCRIPTION:Sie m\xf6chten Daten synchronisieren\\, sch\xf6n.\r\n"
    'ATTENDEE;CN="J\xfcrgen Gro\xdf";ROLE=REQ-PARTICIPANT:invalid:nomail\r\n'
    "URL:https://kielux.de/programm/KOLT20#460\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:461@KOLT20\r\nDTSTART;TZID=Europe/Berlin:20200919T100000\r\n"
    "DURATION:PT45M\r\nSUMMARY:Workshop\r\nLOCATION:Laboe\r\n"
    "RRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:462@KOLT20\r\nDTSTART;VALUE=DATE:20200918\r\n"
    "SUMMARY:Registration open all day\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:463@KOLT20\r\nSTATUS:CANCELLED\r\nDTSTART:20200918T150000Z\r\n"
    "SUMMARY:Cancelled talk\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def fold_inside_characters(text: str) -> bytes:
    """Fold every line at 20 octets, as a careless exporter does, splitting characters."""
    lines = []
    for unfolded in text.encode("utf-8").split(b"\r\n"):
        rest = unfolded
        while len(rest) > 20:
            lines.append(rest[:20])
            rest = b" " + rest[20:]
        lines.append(rest)
    return b"\r\n".join(lines)


def write(tmp_path: Path, name: str, content: str | bytes | dict[str, object]) -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        path.write_text(json.dumps(content), encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_a_file_without_guids_acronym_zone_or_dates_imports_floating(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "fosdem-2016.xml", NO_GUID_XML))
    conference = programme.conference
    assert conference.key == "fosdem-2016-2016-01-30"
    assert conference.timezone is None
    by_guid = programme.by_guid
    # The event's id within the conference is its identity.
    assert sorted(by_guid) == ["3527", "3682", "4000", "4001"]
    welcome = by_guid["3527"]
    assert welcome.start.tzinfo is None and f"{welcome.start:%H:%M}" == "09:30"
    assert welcome.day == date(2016, 1, 30)
    assert welcome.kind == "session"  # a keynote is a talk one chooses
    assert welcome.abstract == "FOSDEM welcome and opening talk."  # markup made plain
    # Same title and track, other speakers: two talks, not one theme run twice.
    assert by_guid["4000"].theme is None and by_guid["4001"].theme is None


def test_naming_the_zone_gives_the_instants(tmp_path: Path) -> None:
    path = write(tmp_path, "fosdem-2016.xml", NO_GUID_XML)
    programme = read_programme(path, "Europe/Brussels")
    assert programme.conference.timezone == "Europe/Brussels"
    assert programme.by_guid["3527"].start == at(2016, 1, 30, 9, 30, zone="Europe/Brussels")


def test_a_moved_talk_in_a_file_without_guids_is_an_update(cli: CliRun, tmp_path: Path) -> None:
    first = write(tmp_path, "first.xml", NO_GUID_XML)
    moved = write(
        tmp_path,
        "moved.xml",
        NO_GUID_XML.replace(
            "<start>10:00</start><duration>00:50</duration>",
            "<start>11:00</start><duration>00:50</duration>",
        ),
    )
    assert cli("import", str(first))[0] == 0
    code, out, _err = cli("import", str(moved))
    assert code == 0
    assert "Updated FOSDEM 2016." in out and "Moved: systemd" in out
    code, out, _err = cli("conferences")
    assert out.count("FOSDEM 2016") == 1


def test_events_directly_under_their_day_keep_their_rooms(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "fosdem-2007.xml", NO_ROOMS_XML))
    assert [(s.title, s.room) for s in programme.sessions] == [
        ("Opening", "Janson"),
        ("Kernel hacking", "H.1301"),
    ]


def test_an_event_outside_any_day_is_refused_by_name(tmp_path: Path) -> None:
    stray = NO_ROOMS_XML.replace(
        "</schedule>",
        "<room name='X'><event id='9'><title>Lost talk</title></event></room>\n</schedule>",
    )
    with pytest.raises(ScheduleError, match="Lost talk") as raised:
        read_programme(write(tmp_path, "stray.xml", stray))
    assert "event (id 9)" in str(raised.value)


def test_a_file_with_no_session_is_refused_and_changes_nothing(
    cli: CliRun, db_path: Path, tmp_path: Path
) -> None:
    empty = write(
        tmp_path,
        "empty.xml",
        "<schedule><conference><title>Nothing</title></conference>"
        "<day date='2024-01-01'/></schedule>",
    )
    cli("program")
    before = db_path.read_bytes()
    code, out, err = cli("import", str(empty))
    assert (code, out) == (2, "")
    assert "empty.xml holds no session" in err and len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_schedule_version_2_imports_its_events(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "hub.json", VERSION_2))
    opening, night = programme.sessions
    assert (opening.title, opening.room, opening.track) == (
        "38C3: Opening Ceremony",
        "Saal 1",
        "CCC",
    )
    assert opening.speakers == ("Gabriela Bogk",)
    assert opening.url == "https://events.ccc.de/congress/2024/hub/event/opening/"
    assert opening.start == at(2024, 12, 27, 10, 30, zone="Europe/Berlin")
    # After midnight, still on the day whose start and end contain it.
    assert (night.day, night.track, night.next_calendar_day) == (
        date(2024, 12, 27),
        "Science",
        True,
    )


def test_a_wafer_day_that_lags_its_events_shows_them_on_their_own_date(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "debconf.xml", WAFER_XML))
    assert programme.conference.days == (date(2023, 9, 10),)
    assert {s.day for s in programme.sessions} == {date(2023, 9, 10)}
    assert f"{programme.by_guid['d0a1'].start:%H:%M}" == "10:30"


def test_a_dst_night_keeps_two_0230_events_apart(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "night.xml", DST_NIGHT_XML))
    first, second = programme.by_guid["first-0230"], programme.by_guid["second-0230"]
    assert f"{first.start:%H:%M}" == f"{second.start:%H:%M}" == "02:30"
    assert second.start - first.start == timedelta(hours=1)
    across = programme.by_guid["across"]
    assert across.end is not None and across.end - across.start == timedelta(hours=3)
    assert f"{across.end:%H:%M}" == "03:30"  # winter time after the change


def test_a_dst_night_exports_distinct_instants(cli: CliRun, tmp_path: Path) -> None:
    import icalendar

    cli("import", str(write(tmp_path, "night.xml", DST_NIGHT_XML)))
    target = tmp_path / "night.ics"
    assert cli("export-ics", str(target), "--all")[0] == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    starts = {str(e["SUMMARY"]): e["DTSTART"].dt for e in calendar.walk("VEVENT")}
    assert starts["Winter time talk"] - starts["Summer time talk"] == timedelta(hours=1)
    # 02:30 happens twice on that clock: the calendar gets those in UTC.
    raw = target.read_bytes()
    assert b"DTSTART:20241027T003000Z" in raw and b"DTSTART:20241027T013000Z" in raw


def test_neither_zone_nor_offsets_floats_until_a_zone_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "float.json", FLOATING_JSON)
    floating = read_programme(path).sessions[0]
    assert floating.start.tzinfo is None and f"{floating.start:%H:%M}" == "10:00"
    zoned = read_programme(path, "Europe/Stockholm").sessions[0]
    assert zoned.start == at(2024, 3, 1, 10, 0)


def test_a_floating_programme_is_exported_in_floating_time(cli: CliRun, tmp_path: Path) -> None:
    cli("import", str(write(tmp_path, "float.json", FLOATING_JSON)))
    target = tmp_path / "float.ics"
    assert cli("export-ics", str(target), "--all")[0] == 0
    assert b"DTSTART:20240301T100000\r\n" in target.read_bytes()


def test_an_icalendar_programme_with_folds_inside_characters(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "kielux.ics", fold_inside_characters(FOLDED_ICS)))
    assert programme.conference.title == "Kieler Linux Tage"
    talk = programme.by_guid["460@KOLT20"]
    assert (talk.room, talk.track, talk.speakers) == ("Düsternbrook", "Talks", ("Jürgen Groß",))
    assert talk.description == "Sie möchten Daten synchronisieren, schön."
    assert talk.url == "https://kielux.de/programm/KOLT20#460"
    # A repeating workshop is a session per run; all-day and cancelled events are left out
    # and said so.
    workshops = [s for s in programme.sessions if s.title == "Workshop"]
    assert [f"{s.start:%d %H:%M}" for s in workshops] == ["19 10:00", "20 10:00"]
    assert len(programme.sessions) == 3
    assert any("All-day events" in r and "1" in r for r in programme.remarks)
    assert any("cancelled" in r for r in programme.remarks)


def test_a_guid_repeated_for_each_run_makes_a_session_per_run(tmp_path: Path) -> None:
    repeated = DST_NIGHT_XML.replace("guid='across'", "guid='first-0230'").replace(
        'guid="across"', 'guid="first-0230"'
    )
    programme = read_programme(write(tmp_path, "repeat.xml", repeated))
    assert len(programme.sessions) == 3
    assert len(programme.by_guid) == 3
    assert any("first-0230" in remark for remark in programme.remarks)


def hostile(title: str) -> dict[str, object]:
    document = json.loads(json.dumps(FLOATING_JSON))
    event = document["schedule"]["conference"]["days"][0]["rooms"]["A"][0]
    event["title"] = title
    return document


def test_control_and_direction_characters_are_removed_and_said(tmp_path: Path) -> None:
    programme = read_programme(
        write(tmp_path, "spoof.json", hostile("Report\u202efdp.exe\x00 final\x07"))
    )
    assert programme.sessions[0].title == "Reportfdp.exe final"
    assert any("were removed: 1." in remark for remark in programme.remarks)


def nested(depth: int) -> str:
    return '{"schedule": ' + "[" * depth + "]" * depth + "}"


def with_event(**fields: object) -> dict[str, object]:
    document = json.loads(json.dumps(FLOATING_JSON))
    event = document["schedule"]["conference"]["days"][0]["rooms"]["A"][0]
    event.update(fields)
    return document


BAD_VALUES: list[tuple[str, str | dict[str, object], list[str]]] = [
    ("end before start", with_event(end="2024-03-01T09:00:00"), ["ends", "before it starts"]),
    ("48 hours", with_event(duration="48:00"), ["lasts 48 hours", "longer than a day"]),
    ("year 9999", with_event(date="9999-12-31T23:00:00", duration="02:00"), ["year"]),
    ("year 0001", with_event(date="0001-01-01T10:00:00"), ["year 1"]),
    ("nested 100000 deep", nested(100_000), ["nests its values deeper"]),
]


@pytest.mark.parametrize(
    ("content", "expected"),
    [case[1:] for case in BAD_VALUES],
    ids=[case[0] for case in BAD_VALUES],
)
def test_a_bad_value_gets_one_sentence_and_changes_nothing(
    cli: CliRun,
    db_path: Path,
    tmp_path: Path,
    content: str | dict[str, object],
    expected: list[str],
) -> None:
    path = write(tmp_path, "bad.json", content)
    cli("program")
    before = db_path.read_bytes()
    code, out, err = cli("import", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("bad.json") and len(err.strip().splitlines()) == 1
    for part in expected:
        assert part in err
    assert "Traceback" not in err
    assert db_path.read_bytes() == before


def test_a_zero_length_event_imports(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "deadline.json", with_event(duration="00:00")))
    (deadline,) = programme.sessions
    assert deadline.end == deadline.start


def test_the_count_of_too_many_events_is_true(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "MAX_EVENTS", 20)
    document = json.loads(json.dumps(FLOATING_JSON))
    room = document["schedule"]["conference"]["days"][0]["rooms"]["A"]
    room.extend(
        {"guid": f"e{n}", "date": "2024-03-01T11:00:00", "title": f"Talk {n}"} for n in range(49)
    )
    with pytest.raises(ScheduleError, match=r"has 50 events, more than the 20 "):
        read_programme(write(tmp_path, "big.json", document))
