"""The command line's contract: JSON shapes, replacing choices, and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CliRun, program_json

ROOT = Path(__file__).resolve().parents[1]
ITEM_KEYS = {"id", "day", "start", "end", "title", "track", "room", "kind", "slot", "chosen"}


def slot_sessions(cli: CliRun, start: str, day: str = "2018-05-17") -> list[str]:
    items = program_json(cli)["items"]
    return [i["id"] for i in items if i["slot"] == f"{day}T{start}"]


def test_json_shape(cli: CliRun) -> None:
    document = program_json(cli)
    assert set(document) == {"conference", "items"}
    assert all(set(item) == ITEM_KEYS for item in document["items"])
    assert not any(item["chosen"] for item in document["items"])


def test_choose_in_a_new_process_shows_in_the_agenda(db_path: Path, cli: CliRun) -> None:
    first, second = slot_sessions(cli, "13:30")[:2]

    def main(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                str(db_path),
                "--lang",
                "en",
                *arguments,
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )

    assert main("choose", first).returncode == 0
    agenda = json.loads(main("agenda", "--json").stdout)
    assert [i["id"] for i in agenda["items"] if i["slot"]] == [first]
    assert main("choose", second).returncode == 0
    agenda = json.loads(main("agenda", "--json").stdout)
    chosen = [i for i in agenda["items"] if i["slot"]]
    assert [(i["id"], i["chosen"]) for i in chosen] == [(second, True)]
    assert len(agenda["items"]) == 16 + 1


def test_agenda_lists_fixed_items_and_choices_in_time_order(cli: CliRun) -> None:
    late = slot_sessions(cli, "16:50")[3]
    early = slot_sessions(cli, "13:30")[0]
    assert cli("choose", late, early)[0] == 0
    items = json.loads(cli("agenda", "--json")[1])["items"]
    assert [i["id"] for i in items if i["chosen"]] == [early, late]
    times = [(i["day"], i["start"]) for i in items]
    assert times == sorted(times)


def test_short_ids_and_text_output(cli: CliRun) -> None:
    guid = slot_sessions(cli, "14:40")[1]
    code, out, _err = cli("choose", guid[:8])
    assert code == 0
    assert "The role of elected representatives in participatory budgeting" in out
    code, out, _err = cli("agenda")
    assert "[x] The role of elected representatives" in out
    assert "Thursday 17 May 2018" in out


def test_clear(cli: CliRun) -> None:
    a, b = slot_sessions(cli, "13:30")[0], slot_sessions(cli, "14:40")[0]
    cli("choose", a, b)
    assert cli("clear", a)[0] == 0
    assert [i["id"] for i in program_json(cli)["items"] if i["chosen"]] == [b]
    code, out, _err = cli("clear", "--all")
    assert code == 0 and "1" in out
    assert not any(i["chosen"] for i in program_json(cli)["items"])


def test_bad_input_exits_2_and_changes_nothing(cli: CliRun, db_path: Path) -> None:
    chosen = slot_sessions(cli, "13:30")[0]
    cli("choose", chosen)
    before = program_json(cli)
    fixed = before["items"][0]["id"]
    for arguments, words in [
        (("choose", "no-such-session"), "is not a session"),
        (("choose", fixed), "on everyone's agenda"),
        (("clear",), "clear takes session IDs or --all"),
        (("choose",), "the following arguments are required"),
        (("--conference", "nope", "agenda"), "no conference nope"),
    ]:
        code, _out, err = cli(*arguments)
        assert code == 2, arguments
        assert words in err
        assert len(err.strip().splitlines()) <= 2  # a clear sentence, not a traceback
    assert program_json(cli) == before


def test_choosing_a_themes_other_run_moves_the_choice_there(cli: CliRun) -> None:
    early = slot_sessions(cli, "13:30")[1]
    items = program_json(cli)["items"]
    title = next(i["title"] for i in items if i["id"] == early)
    later = next(i["id"] for i in items if i["title"] == title and i["start"] == "15:50")
    assert cli("choose", early)[0] == 0
    assert cli("choose", later)[0] == 0
    code, out, _err = cli("agenda", "--json")
    assert code == 0
    chosen = [i for i in json.loads(out)["items"] if i["slot"]]
    # The theme once, at 15:50; the 13:30 slot is open again.
    assert [(i["title"], i["start"]) for i in chosen] == [(title, "15:50")]
