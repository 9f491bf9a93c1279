"""Reading other conferences' schedules: frab/pretalx/Pentabarf schedule.xml and schedule.json.

Each file is written here by the test; broken files give one sentence naming the file and where.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.domain.programme import Programme, Session
from planner.services.importing import ScheduleError, read_programme
from planner.services.schedules import common as schedule_common
from tests.conftest import at

# frab-style, as the 31C3 and FOSDEM exports are: no time_zone_name (the events' UTC offsets
# count), a blank line before `<?xml`, elements the planner does not know, a day that runs past
# midnight, an event with only a <start> clock time, and optional elements left out.
SMALL_XML = """
<?xml version='1.0' encoding='utf-8' ?>
<schedule>
<version>1.4 Travel through time and space</version>
<generator name="frab" version="0.1"/>
<conference>
<acronym>tinycon</acronym>
<title>Tiny Congress</title>
<start>2014-12-27</start>
<end>2014-12-28</end>
<days>2</days>
<day_change>04:00</day_change>
<timeslot_duration>00:05</timeslot_duration>
<venue>Congress Center</venue>
<city>Hamburg</city>
</conference>
<day date='2014-12-27' index='1' start='2014-12-27T11:00:00+01:00' end='2014-12-28T04:00:00+01:00'>
<room name='Saal 1'>
<event guid='29aecfd7-2e44-4f49-ab86-29b5e0877325' id='6561'>
<date>2014-12-27T11:00:00+01:00</date>
<start>11:00</start>
<duration>00:30</duration>
<room>Saal 1</room>
<slug>tinycon-6561-opening</slug>
<recording><license></license><optout>false</optout></recording>
<title>Opening Event</title>
<subtitle></subtitle>
<track>CCC</track>
<type>lecture</type>
<language>en</language>
<abstract>Welcome &amp; hello</abstract>
<description></description>
<persons>
<person id='1544'>erdgeist</person>
<person id='3874'>Geraldine de Bastion</person>
</persons>
<links></links>
<unknown_thing attribute="x">ignored</unknown_thing>
</event>
<event guid='late-night-1' id='7000'>
<date>2014-12-28T00:30:00+01:00</date>
<duration>01:00:00</duration>
<title>Night Talk</title>
</event>
</room>
<room name='Saal 2'>
<event guid='HOqeNIb6G7M4hYFKFRkCmQ' id='6264'>
<date>2014-12-27T11:10:00+01:00</date>
<duration>00:45</duration>
<room>Saal 2</room>
<title>„Wir beteiligen uns“</title>
<subtitle>Die digitale Agenda</subtitle>
<track>Ethics, Society &amp; Politics</track>
<type>lecture</type>
<description>Am 20. August…</description>
</event>
<event guid='only-a-clock-time'>
<start>01:15</start>
<duration>00:30</duration>
<title>After Midnight, no date given</title>
</event>
</room>
</day>
<day date='2014-12-28' index='2' start='2014-12-28T11:30:00+01:00' end='2014-12-29T04:00:00+01:00'>
<room name='Saal 2'>
<event guid='coffee-2'>
<date>2014-12-28T12:00:00+01:00</date>
<duration>00:20</duration>
<title>Coffee</title>
<type>Pause</type>
</event>
</room>
<room name='Saal G'>
<event guid='saal-g-1' id='6000'>
<date>2014-12-28T11:30:00+01:00</date>
<duration>01:00</duration>
<room>Saal G</room>
<title>Workshop in the Small Hall</title>
</event>
</room>
</day>
</schedule>
"""

# C3VOC schedule.json with keys the planner does not know at every level and optional fields
# (duration, track, persons, room order) left out.
SMALL_JSON = """{
  "$schema": "https://c3voc.de/schedule/schema.json",
  "generator": {"name": "pretalx", "version": "2024.1"},
  "schedule": {
    "version": "v1.1",
    "url": "https://example.org/",
    "conference": {
      "acronym": "democon",
      "title": "DemoCon",
      "time_zone_name": "Europe/Berlin",
      "colors": {"primary": "#3aa57c"},
      "days": [
        {
          "index": 1,
          "date": "2020-12-14",
          "day_start": "2020-12-14T06:00:00+01:00",
          "rooms": {
            "Gray Room": [
              {
                "guid": "d7a5ad4e-7d6b-5f1b-8f44-3b0b3b3b3b3b",
                "id": 1,
                "date": "2020-12-14T10:00:00+01:00",
                "title": "Minimal talk",
                "answers": [],
                "do_not_record": false
              },
              {
                "guid": "e8b6be5f-8e7c-6a2c-9a55-4c1c4c4c4c4c",
                "id": 1,
                "date": "2020-12-14T09:00:00Z",
                "duration": "00:45",
                "title": "Talk given in UTC",
                "track": "Main",
                "persons": [{"public_name": "Jane Doe", "biography": null}, {"code": "X"}]
              }
            ]
          }
        }
      ]
    }
  }
}
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def by_guid(programme: Programme) -> dict[str, Session]:
    return {s.guid: s for s in programme.sessions}


def test_frab_schedule_xml_reads_times_rooms_and_days(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "schedule.xml", SMALL_XML))
    conference = programme.conference
    assert (conference.key, conference.title) == ("tinycon", "Tiny Congress")
    # No time_zone_name: no zone, and each event keeps the UTC offset it gives.
    assert conference.timezone is None
    assert programme.sessions[0].start.utcoffset() == dt.timedelta(hours=1)
    assert conference.days == (dt.date(2014, 12, 27), dt.date(2014, 12, 28))
    assert conference.info.venue == "Congress Center, Hamburg"

    sessions = by_guid(programme)
    assert len(sessions) == 6
    opening = sessions["29aecfd7-2e44-4f49-ab86-29b5e0877325"]
    assert opening.start == at(2014, 12, 27, 11, 0, zone="Europe/Berlin")
    assert opening.end == at(2014, 12, 27, 11, 30, zone="Europe/Berlin")
    assert opening.speakers == ("erdgeist", "Geraldine de Bastion")
    assert opening.track == "CCC"
    assert opening.subtitle is None
    assert (opening.abstract, opening.description) == ("Welcome & hello", None)

    wir = sessions["HOqeNIb6G7M4hYFKFRkCmQ"]
    assert wir.title == "„Wir beteiligen uns“"
    assert wir.track == "Ethics, Society & Politics"
    assert (wir.subtitle, wir.description) == ("Die digitale Agenda", "Am 20. August…")
    assert wir.speakers == ()

    # Rooms become grid columns in the order the file lists them.
    assert (opening.room, opening.column) == ("Saal 1", 0)
    assert (wir.room, wir.column) == ("Saal 2", 1)
    assert (sessions["saal-g-1"].room, sessions["saal-g-1"].column) == ("Saal G", 2)
    # Opening and "Wir beteiligen uns" overlap without being aligned: no slot, both talks.
    assert (opening.slot, wir.slot, opening.kind, wir.kind) == (None, None, "session", "session")

    # An event after midnight belongs to the <day> it is in, not to its calendar date.
    night = sessions["late-night-1"]
    assert night.day == dt.date(2014, 12, 27)
    assert (night.start, night.end) == (
        at(2014, 12, 28, 0, 30, zone="Europe/Berlin"),
        at(2014, 12, 28, 1, 30, zone="Europe/Berlin"),
    )
    assert night.room == "Saal 1"  # no <room> element: the room it is listed in
    clock_only = sessions["only-a-clock-time"]
    assert clock_only.day == dt.date(2014, 12, 27)
    assert clock_only.start == at(2014, 12, 28, 1, 15, zone="Europe/Berlin")

    assert sessions["coffee-2"].kind == "break"
    assert sessions["saal-g-1"].day == dt.date(2014, 12, 28)


def test_time_zone_name_is_used_when_the_xml_gives_one(tmp_path: Path) -> None:
    text = SMALL_XML.replace(
        "<days>2</days>", "<days>2</days><time_zone_name>Europe/Berlin</time_zone_name>"
    ).replace("2014-12-27T11:00:00+01:00</date>", "2014-12-27T10:00:00Z</date>")
    programme = read_programme(write(tmp_path, "schedule.xml", text))
    assert programme.conference.timezone == "Europe/Berlin"
    opening = by_guid(programme)["29aecfd7-2e44-4f49-ab86-29b5e0877325"]
    assert opening.start == at(2014, 12, 27, 11, 0, zone="Europe/Berlin")


def test_schedule_json_with_extra_keys_and_missing_optional_fields(tmp_path: Path) -> None:
    programme = read_programme(write(tmp_path, "democon.json", SMALL_JSON))
    assert (programme.conference.key, programme.conference.timezone) == ("democon", "Europe/Berlin")
    sessions = by_guid(programme)
    minimal = sessions["d7a5ad4e-7d6b-5f1b-8f44-3b0b3b3b3b3b"]
    assert minimal.start == at(2020, 12, 14, 10, 0, zone="Europe/Berlin")
    assert minimal.end is None  # no duration: the programme does not say
    # No "room" of its own: the room it is listed under, as in schedule.xml.
    assert (minimal.track, minimal.room, minimal.speakers) == (None, "Gray Room", ())
    in_utc = sessions["e8b6be5f-8e7c-6a2c-9a55-4c1c4c4c4c4c"]
    assert (in_utc.start, in_utc.end) == (
        at(2020, 12, 14, 10, 0, zone="Europe/Berlin"),
        at(2020, 12, 14, 10, 45, zone="Europe/Berlin"),
    )
    assert in_utc.speakers == ("Jane Doe",)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE schedule [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><acronym>&lol9;</acronym></conference></schedule>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><acronym>x</acronym><title>&secret;</title></conference></schedule>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE schedule SYSTEM "http://example.org/schedule.dtd">
<schedule/>
"""


def without(text: str, old: str, new: str = "") -> str:
    assert old in text
    return text.replace(old, new, 1)


BROKEN: list[tuple[str, str, str | bytes, list[str]]] = [
    (
        "malformed XML",
        "schedule.xml",
        "\n<?xml version='1.0'?>\n<schedule>\n<conference>\n</schedule>\n",
        ["schedule.xml, line 5, column 3", "mismatched tag"],
    ),
    ("XML bomb", "bomb.xml", BILLION_LAUGHS, ["bomb.xml", "XML bomb"]),
    ("external entity", "secret.xml", EXTERNAL_ENTITY, ["secret.xml", "entities"]),
    ("external DTD", "dtd.xml", EXTERNAL_DTD, ["dtd.xml", "document type"]),
    (
        "Latin-1 bytes",
        "latin1.xml",
        SMALL_XML.replace("utf-8", "iso-8859-1")
        .replace("Congress Center", "Salle des fêtes")
        .encode("latin-1", errors="replace"),
        ["latin1.xml, byte", "not UTF-8"],
    ),
    (
        "missing title",
        "notitle.xml",
        without(SMALL_XML, "<title>Opening Event</title>"),
        ['notitle.xml, day[0].room["Saal 1"].event[0] (id 6561): <title> is missing or empty.'],
    ),
    (
        "bad duration",
        "duration.xml",
        without(SMALL_XML, "<duration>00:30</duration>", "<duration>half an hour</duration>"),
        ['duration.xml, day[0].room["Saal 1"].event[0] (id 6561): <duration>', "half an hour"],
    ),
    (
        "XML that is no schedule",
        "feed.xml",
        "<?xml version='1.0'?><rss><channel/></rss>",
        ["feed.xml is XML but not a schedule.xml", "<rss>"],
    ),
    (
        "missing title in JSON",
        "notitle.json",
        without(SMALL_JSON, '"title": "Talk given in UTC",'),
        ['notitle.json, days[0].rooms["Gray Room"][1]: "title" is missing or empty.'],
    ),
    (
        "CSV",
        "programme.csv",
        "title,start,end\nOpening,09:00,10:00\n",
        ["programme.csv is not a schedule in a format the planner knows", "schedule.xml"],
    ),
    ("empty file", "empty.xml", b"", ["empty.xml is empty"]),
    ("blank file", "blank.json", "\n  \n", ["blank.json is empty"]),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_file_gives_one_clear_sentence(
    tmp_path: Path, name: str, content: str | bytes, expected: list[str]
) -> None:
    with pytest.raises(ScheduleError) as raised:
        read_programme(write(tmp_path, name, content))
    message = str(raised.value)
    for part in expected:
        assert part in message
    assert "\n" not in message and message.endswith(".")


def test_too_many_events_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schedule_common, "MAX_EVENTS", 5)
    with pytest.raises(ScheduleError, match=r"^big\.xml has 6 events, more than the 5 "):
        read_programme(write(tmp_path, "big.xml", SMALL_XML))
    document = json.loads(SMALL_JSON)
    events = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"]
    events.extend(
        {"guid": f"extra-{n}", "title": "Extra", "date": "2020-12-14T11:00:00+01:00"}
        for n in range(4)
    )
    with pytest.raises(ScheduleError, match=r"^big\.json has 6 events, more than the 5 "):
        read_programme(write(tmp_path, "big.json", json.dumps(document)))
