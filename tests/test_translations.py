"""Swedish and English throughout: committed translations are complete and current."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from planner.translations import FOLDER, compile_qm, update_ts
from planner.ui.timetable_model import STATE_ROLE
from planner.ui.window import MainWindow
from tests.conftest import CliRun, program_json
from tests.test_programme import expected_items

TS_FILE = FOLDER / "planner_sv.ts"
PLACEHOLDER = re.compile(r"\{\w+\}")


def test_ts_file_is_what_lupdate_makes_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    update_ts(fresh, "sv")
    assert fresh.read_text(encoding="utf-8") == TS_FILE.read_text(encoding="utf-8"), (
        "translations/planner_sv.ts is stale: run `python dev.py translations`"
    )


def test_every_swedish_entry_is_finished_and_keeps_its_placeholders() -> None:
    messages = ET.parse(TS_FILE).getroot().iter("message")
    count = 0
    for message in messages:
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        assert (translation.text or "").strip(), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text or "")
        ), source
    assert count > 50


def test_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    compiled = tmp_path / "planner_sv.qm"
    compile_qm(TS_FILE, compiled)
    assert compiled.read_bytes() == (FOLDER / "planner_sv.qm").read_bytes(), (
        "translations/planner_sv.qm is stale: run `python dev.py translations`"
    )


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_in_a_running_window(qtbot: QtBot, window: MainWindow) -> None:
    view = window.days.current_view()
    model = view.timetable()
    first_theme = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(STATE_ROLE) == "open"
    )
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Plan"]
    assert view.room_spans()[0][2] == "Theme 1"
    assert first_theme.data() == "Participatory budgeting in smaller towns"

    window.menus.language_actions["sv"].trigger()
    assert menu_titles(window)[:7] == [
        "&Arkiv",
        "&Redigera",
        "&Plan",
        "&Delegation",
        "&Visa",
        "&Språk",
        "&Hjälp",
    ]
    assert view.room_spans()[0][2] == "Tema 1"
    assert first_theme.data() == "Medborgarbudget på mindre orter"
    assert first_theme.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
        "öppet: välj ett pass vid den här tiden"
    )
    assert window.days.tabText(0) == "Torsdag 17 maj"
    assert window.progress.text() == "0 av 5 pass valda · 0 av 8 teman"
    # Qt's own dialogs and buttons speak Swedish too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert window.settings.store.value("language") == "sv"

    window.menus.language_actions["en"].trigger()
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Plan"]
    assert view.room_spans()[0][2] == "Theme 1"
    assert first_theme.data() == "Participatory budgeting in smaller towns"
    assert first_theme.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
        "open: choose one session in this slot"
    )
    assert window.days.tabText(0) == "Thursday 17 May"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_programme_in_both_languages(cli: CliRun) -> None:
    swedish = program_json(cli, "--lang", "sv")["items"]
    english = program_json(cli, "--lang", "en")["items"]
    assert [i["title"] for i in swedish] == [item[3] for item in expected_items()]
    assert len(english) == 36
    for sv, en in zip(swedish, english, strict=True):
        assert en["id"] == sv["id"] and en["start"] == sv["start"]
        assert en["title"] and en["title"] != sv["title"]
        assert not re.search("[åäöÅÄÖ]", en["title"]), en["title"]
    assert english[2]["title"] == "Participatory budgeting in the world"
    conference = program_json(cli, "--lang", "en")["conference"]
    assert conference["title"] == "Developing democracy through dialogue and participation"


def test_command_line_messages_in_swedish(cli: CliRun) -> None:
    guid = program_json(cli)["items"][7]["id"]
    code, out, _err = cli("--lang", "sv", "choose", guid)
    assert code == 0
    assert out.startswith("Valt: torsdag 17 maj 2018 13:30–14:20 Medborgarbudget på mindre orter")


def test_command_line_help_and_usage_errors_in_swedish(cli: CliRun) -> None:
    code, _out, err = cli("--lang", "sv", "clear")
    assert code == 2
    # The program is named as it was started (here, by pytest).
    prog = Path(sys.argv[0]).name
    assert err.strip() == f"{prog}: clear tar pass-id:n eller --all (se {prog} --help)"
    code, out, _err = cli("--lang", "sv", "--help")
    assert code == 0
    assert "Planera dina konferensdagar." in out
    assert "din personliga agenda" in out
