"""The shipped programme is the invitation's programme, item for item."""

from __future__ import annotations

from collections import Counter

from tests.conftest import CliRun, program_json

THEMES_1330 = [
    "Medborgarbudget på mindre orter",
    "Medborgarbudget i städer",
    "Medborgardialog i komplexa frågor som fokuserar på social integration",
    "Medborgardialog vid utveckling av infrastruktur",
]
THEMES_1440 = [
    "Medborgarbudget för unga",
    "Förtroendevaldas roll inom medborgarbudget",
    "Samarbeten över hela världen inom Medborgarbudget",
    "Civilsamhällets roll inom Medborgarbudget",
]
WORKSHOPS = [
    "Medborgarbudget med IT-stöd",
    "Kriterier för Medborgarbudget",
    "Ledning av medborgardialog inom komplexa frågor",
    "Forskning inom medborgardialog",
]

# The invitation's programme: (day, start, end, title or list of parallel themes).
INVITATION = [
    ("2018-05-17", "09:00", "10:00", "Registrering, kaffe serveras"),
    ("2018-05-17", "10:00", "10:25", "Alla hälsas välkomna och föreläsningar i plenum"),
    ("2018-05-17", "10:25", "11:00", "Medborgarbudget I världen"),
    ("2018-05-17", "11:00", "11:10", "Bensträckare"),
    ("2018-05-17", "11:10", "11:30", "Medborgarbudget i Europa"),
    ("2018-05-17", "11:30", "12:00", "Medborgarbudget i Sverige"),
    ("2018-05-17", "12:00", "13:30", "Lunch, mingel"),
    ("2018-05-17", "13:30", "14:20", THEMES_1330),
    ("2018-05-17", "14:20", "14:40", "Kaffepaus"),
    ("2018-05-17", "14:40", "15:30", THEMES_1440),
    ("2018-05-17", "15:30", "15:50", "Bensträckare"),
    ("2018-05-17", "15:50", "16:40", THEMES_1330),
    ("2018-05-17", "16:40", "16:50", "Bensträckare"),
    ("2018-05-17", "16:50", "17:40", THEMES_1440),
    ("2018-05-17", "17:40", "19:00", "Buffe, mingel"),
    ("2018-05-18", "08:30", "10:00", WORKSHOPS),
    ("2018-05-18", "10:00", "10:20", "Bensträckare"),
    (
        "2018-05-18",
        "10:20",
        "10:50",
        "Föreläsning i plenum: Politikerna tillsammans med invånarna/medborgarna?",
    ),
    ("2018-05-18", "10:50", "11:20", "Varför introducerar vi medborgarbudget?"),
    ("2018-05-18", "11:20", "12:00", "Uppsummering av dagarna."),
    ("2018-05-18", "12:00", None, "Avslut och lunch"),
]


def expected_items() -> list[tuple[str, str, str | None, str, bool]]:
    items = []
    for day, start, end, what in INVITATION:
        if isinstance(what, list):
            items += [(day, start, end, theme, True) for theme in what]
        else:
            items.append((day, start, end, what, False))
    return items


def test_program_json_is_the_invitations_programme(cli: CliRun) -> None:
    document = program_json(cli, "--lang", "sv")
    shown = [
        (i["day"], i["start"], i["end"], i["title"], i["slot"] is not None)
        for i in document["items"]
    ]
    assert shown == expected_items()
    assert document["conference"] == {
        "title": "Utveckla demokratin genom dialog och deltagande",
        "timezone": "Europe/Stockholm",
        "days": ["2018-05-17", "2018-05-18"],
    }


def test_sixteen_fixed_items_and_five_slots_of_four(cli: CliRun) -> None:
    items = program_json(cli)["items"]
    fixed = [i for i in items if i["slot"] is None]
    slots = Counter(i["slot"] for i in items if i["slot"] is not None)
    assert len(items) == 36
    assert len(fixed) == 16
    assert all(i["kind"] in ("plenary", "break") for i in fixed)
    assert list(slots.values()) == [4, 4, 4, 4, 4]
    assert all(i["kind"] == "session" for i in items if i["slot"] is not None)
    breaks = [i["start"] for i in fixed if i["kind"] == "break"]
    assert breaks == ["11:00", "12:00", "14:20", "15:30", "16:40", "10:00"]


def test_repeated_themes_keep_titles_but_each_run_has_its_own_guid(cli: CliRun) -> None:
    items = program_json(cli, "--lang", "sv")["items"]
    assert len({i["id"] for i in items}) == 36
    runs = [i for i in items if i["title"] == "Medborgarbudget i städer"]
    assert [(r["start"], r["track"]) for r in runs] == [
        ("13:30", "Medborgarbudget i städer"),
        ("15:50", "Medborgarbudget i städer"),
    ]
    assert runs[0]["id"] != runs[1]["id"]


def test_the_last_item_has_no_end_and_nothing_invents_rooms(cli: CliRun) -> None:
    items = program_json(cli)["items"]
    assert items[-1]["end"] is None
    assert all(i["room"] is None for i in items)
