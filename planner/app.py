"""Start-up: arguments, logging, the database, then the command or the window."""

from __future__ import annotations

import argparse
import gc
import importlib.util
import logging
import os
import sys
from pathlib import Path

APP_NAME = "conference-planner"
# Commands that paint (fonts, PDF) and so need a QGuiApplication.
GUI_COMMANDS = {"export-pdf", "report"}
log = logging.getLogger(__name__)


def database_path(arguments: argparse.Namespace) -> Path:
    if arguments.db is not None:
        return Path(arguments.db)
    if os.environ.get("PLANNER_DB"):
        return Path(os.environ["PLANNER_DB"])
    from planner import places

    current = places.data_folder() / "planner.sqlite"
    # The first release named no organisation, so its data folder was the one above.
    first_release = current.parent.parent / "planner.sqlite"
    if not current.exists() and first_release.is_file():
        return first_release
    return current


def _log_to_file() -> None:
    """Warnings and failures go to a log file, never to the user's terminal or window."""
    from planner import places

    try:
        places.log_file().parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(
            places.log_file(), encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


def main(argv: list[str] | None = None) -> int:
    if importlib.util.find_spec("PySide6") is None:
        # Without Qt there are no translations either: both languages, then.
        print(
            "The conference planner needs PySide6 (Qt for Python), which this Python does not "
            "have: start it with `python dev.py run`, which installs it.\n"
            "Konferensplaneraren behöver PySide6 (Qt för Python), som denna Python saknar: "
            "starta den med `python dev.py run`, som installerar det.",
            file=sys.stderr,
        )
        return 1
    # Start-up builds long-lived objects (modules, mappers, widgets) that the cyclic garbage
    # collector would scan again and again for nothing: it runs once the planner is up.
    gc.disable()
    try:
        return _main(argv)
    except BrokenPipeError:
        # Whoever read the output stopped early (`program | head`): nothing went wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # the last line of defence: one sentence, and the details in the log
        from PySide6.QtCore import QCoreApplication

        from planner import places

        log.exception("unexpected failure")
        print(
            QCoreApplication.translate(
                "cli", "Something unexpected went wrong; the details are in {log}."
            ).format(log=places.log_file()),
            file=sys.stderr,
        )
        return 1
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.arguments import parse_arguments
    from planner.services.texts import Translators, system_language

    prog = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "conference-planner"
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv, prog)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    _log_to_file()
    if arguments.command is None:
        from planner.ui.launch import run_window

        return run_window(arguments, database_path(arguments))
    if arguments.command in GUI_COMMANDS and QCoreApplication.instance() is None:
        # Painting text needs a QGuiApplication; it never needs a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        QGuiApplication(sys.argv[:1])
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = Translators()
    language = arguments.lang or system_language()
    translators.install(language)
    try:
        return run_command(arguments, database_path(arguments), language)
    finally:
        translators.remove()
        app.processEvents()  # deliver the LanguageChange the removal posts


def run_command(arguments: argparse.Namespace, path: Path, language: str) -> int:
    from planner import cli, commands
    from planner.services.importing import ScheduleError
    from planner.services.planning import Plan, open_plan
    from planner.store.database import RefusedError, StoreError
    from planner.store.reading import PlanError

    try:
        opened = open_plan(path, arguments.conference)
    except (PlanError, RefusedError) as error:
        print(error, file=sys.stderr)
        return 2
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    for notice in opened.notices:
        print(notice, file=sys.stderr)
    try:
        command = commands.COMMANDS[arguments.command]
        command(Plan(opened.store, opened.conference), language, arguments)
    except (cli.UsageError, PlanError, ScheduleError) as error:
        print(error, file=sys.stderr)
        return 2
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        opened.store.close()
    return 0
