"""Every test runs offscreen, with its own database file and settings under tmp_path."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from planner.app import main
from planner.domain.zones import on_clock
from planner.services.planning import Opened, Plan, open_plan
from planner.services.texts import Translators
from planner.ui.settings import Settings
from planner.ui.window import MainWindow

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def opened(db_path: Path) -> Iterator[Opened]:
    opened = open_plan(db_path)
    yield opened
    opened.store.close()


@pytest.fixture
def plan(qapp: Any, opened: Opened) -> Plan:
    return Plan(opened.store, opened.conference)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, plan: Plan, settings: QSettings) -> Iterator[MainWindow]:
    translators = Translators()
    window = MainWindow(plan, Settings(settings), translators, "en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # A test that switched the language and failed must not leave the next one in Swedish.
    translators.remove()


def at(*fields: int, zone: str = "Europe/Stockholm") -> datetime:
    """A moment as the planner keeps it: on the clock of `zone`, with its UTC offset then."""
    return on_clock(datetime(*fields, tzinfo=ZoneInfo(zone)))  # type: ignore[misc]


CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(qapp: Any, db_path: Path, capsys: pytest.CaptureFixture[str]) -> CliRun:
    """Run the command line in this process: cli("agenda", "--json") -> (code, out, err)."""

    def run(*arguments: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), "--lang", "en", *arguments])
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def program_json(cli: CliRun, *extra: str) -> dict[str, Any]:
    code, out, err = cli("program", "--json", *extra)
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A file system of 2 MiB mounted for the test where it may mount one (as root on
    Linux); None elsewhere, where the tests make SQLite's writes fail instead."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = (
        sys.platform == "linux"
        and os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    yield folder if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system of `folder` to its last byte; returns the filler file."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(b"\0" * 512)
        except OSError:
            pass  # full
    return filler
