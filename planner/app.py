"""Start-up: arguments, logging, the database, then the command or the window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication, QStandardPaths

from planner.services.texts import LANGUAGES, Translators, system_language

APP_NAME = "conference-planner"
# Commands that paint (fonts, PDF) and so need a QGuiApplication.
GUI_COMMANDS = {"export-pdf"}
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """Bad usage gets one line, not the whole usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _CommandParser(_Parser):
    """A command's parser: the options valid for every command may also follow it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        _add_common_options(self, default=argparse.SUPPRESS)


def _add_common_options(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument(
        "--db", type=Path, default=default, help="the plan database file (default: per-user data)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default, help="language: sv or en (default: system)"
    )
    parser.add_argument(
        "--conference", default=default, help="the conference's acronym (default: the last opened)"
    )


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(prog="main.py", description="Plan your days at the conference.")
    _add_common_options(parser)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window's first day to a PNG file, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="command", parser_class=_CommandParser)
    for name, text in (("program", "the whole programme"), ("agenda", "your personal agenda")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--json", action="store_true", help="print JSON")
    choose = commands.add_parser("choose", help="choose sessions (each replaces its slot's choice)")
    choose.add_argument("ids", nargs="+", metavar="ID")
    clear = commands.add_parser("clear", help="unchoose sessions")
    clear.add_argument("ids", nargs="*", metavar="ID")
    clear.add_argument("--all", action="store_true", help="unchoose every session")
    export_ics = commands.add_parser("export-ics", help="write your agenda as a calendar (.ics)")
    export_ics.add_argument("file", type=Path, metavar="FILE")
    export_ics.add_argument(
        "--all", action="store_true", help="the whole programme instead of your agenda"
    )
    export_ics.add_argument(
        "--reminder", type=int, metavar="MIN", help="a reminder MIN minutes before each item"
    )
    export_ics.add_argument("--no-breaks", action="store_true", help="leave out the breaks")
    export_ics.add_argument(
        "--calendar-name", metavar="NAME", help="import as a new calendar called NAME"
    )
    export_pdf = commands.add_parser("export-pdf", help="print your agenda to a PDF file")
    export_pdf.add_argument("file", type=Path, metavar="FILE")
    export_pdf.add_argument(
        "--grid", action="store_true", help="the whole timetable, landscape, one day a page"
    )
    export_pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    export_pdf.add_argument("--name", default="", help="the attendee's name on the agenda")
    import_ = commands.add_parser(
        "import", help="import a schedule.xml or schedule.json (a new conference or an update)"
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument("--json", action="store_true", help="print the change report as JSON")
    commands.add_parser(
        "undo-import", help="bring back the programme and plan of before the last import"
    )
    commands.add_parser("conferences", help="the conferences in the database")
    arguments = parser.parse_args(argv)
    if arguments.command == "clear" and bool(arguments.ids) == arguments.all:
        parser.error("clear takes session IDs or --all")
    if arguments.command is not None and arguments.screenshot is not None:
        parser.error("--screenshot renders the window, so it takes no command")
    return arguments


def database_path(arguments: argparse.Namespace) -> Path:
    if arguments.db is not None:
        return Path(arguments.db)
    if os.environ.get("PLANNER_DB"):
        return Path(os.environ["PLANNER_DB"])
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "planner.sqlite"


def main(argv: list[str] | None = None) -> int:
    # Start-up builds long-lived objects (modules, mappers, widgets) that the cyclic garbage
    # collector would scan again and again for nothing: it runs once the planner is up.
    gc.disable()
    try:
        return _main(argv)
    except BrokenPipeError:
        # Whoever read the output stopped early (`program | head`): nothing went wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    if arguments.command is None:
        from planner.ui.window import run_window

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
    from planner import cli
    from planner.services.importing import ScheduleError
    from planner.services.planning import open_plan
    from planner.store.database import StoreError
    from planner.store.repository import PlanError

    try:
        opened = open_plan(path, arguments.conference)
    except PlanError as error:
        print(error, file=sys.stderr)
        return 2
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    if opened.set_aside_message:
        print(opened.set_aside_message, file=sys.stderr)
    try:
        command = cli.COMMANDS[arguments.command]
        command(opened.repository, opened.conference, language, arguments)
    except (cli.UsageError, PlanError, ScheduleError) as error:
        print(error, file=sys.stderr)
        return 2
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        opened.repository.database.close()
    return 0
