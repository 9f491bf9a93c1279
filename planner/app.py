"""Start-up: arguments, logging, the database, then the command or the window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, QTranslator

from planner.services.texts import LANGUAGES, TRANSLATIONS, Translators, system_language

APP_NAME = "conference-planner"
# Commands that paint (fonts, PDF) and so need a QGuiApplication.
GUI_COMMANDS = {"export-pdf"}
log = logging.getLogger(__name__)


# Marked with QT_TRANSLATE_NOOP (typed as object), returned translated.
Translate = Callable[[object], str]


class _Parser(argparse.ArgumentParser):
    """Bad usage gets one line, not the whole usage text."""

    def __init__(self, tr: Translate, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.tr = tr

    def error(self, message: str) -> NoReturn:
        text = self.tr(QT_TRANSLATE_NOOP("cli", "{prog}: {message} (see {prog} --help)"))
        self.exit(2, text.format(prog=self.prog, message=message) + "\n")


class _CommandParser(_Parser):
    """A command's parser: the options valid for every command may also follow it."""

    def __init__(self, tr: Translate, **kwargs: Any) -> None:
        super().__init__(tr, **kwargs)
        _add_common_options(self, tr, default=argparse.SUPPRESS)


def _add_common_options(
    parser: argparse.ArgumentParser, tr: Translate, default: Any = None
) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        help=tr(QT_TRANSLATE_NOOP("cli", "the plan database file (default: per-user data)")),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=tr(QT_TRANSLATE_NOOP("cli", "language: sv or en (default: the system's)")),
    )
    parser.add_argument(
        "--conference",
        default=default,
        help=tr(QT_TRANSLATE_NOOP("cli", "the conference's acronym (default: the last opened)")),
    )


def _help_language(argv: list[str]) -> Translate:
    """The help texts' translation: the app and its translators do not exist yet."""
    language = system_language()
    for number, argument in enumerate(argv):
        if argument == "--lang" and number + 1 < len(argv):
            language = argv[number + 1]
        elif argument.startswith("--lang="):
            language = argument.removeprefix("--lang=")
    translator = QTranslator()
    if language == "en" or not translator.load(f"planner_{language}", str(TRANSLATIONS)):
        return str
    return lambda text: translator.translate("cli", str(text)) or str(text)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    tr = _help_language(argv)
    parser = _Parser(
        tr,
        prog="main.py",
        description=tr(QT_TRANSLATE_NOOP("cli", "Plan your days at the conference.")),
    )
    _add_common_options(parser, tr)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=tr(QT_TRANSLATE_NOOP("cli", "render the window's first day to a PNG file, then exit")),
    )
    commands = parser.add_subparsers(dest="command", metavar="command", parser_class=_CommandParser)

    def command(name: str, text: object) -> argparse.ArgumentParser:
        added: argparse.ArgumentParser = commands.add_parser(name, help=tr(text), tr=tr)
        return added

    for name, text in (
        ("program", QT_TRANSLATE_NOOP("cli", "the whole programme")),
        ("agenda", QT_TRANSLATE_NOOP("cli", "your personal agenda")),
    ):
        command(name, text).add_argument(
            "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON"))
        )
    choose = command(
        "choose", QT_TRANSLATE_NOOP("cli", "choose sessions (each replaces its slot's choice)")
    )
    choose.add_argument("ids", nargs="+", metavar="ID")
    clear = command("clear", QT_TRANSLATE_NOOP("cli", "unchoose sessions"))
    clear.add_argument("ids", nargs="*", metavar="ID")
    clear.add_argument(
        "--all", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "unchoose every session"))
    )
    export_ics = command(
        "export-ics", QT_TRANSLATE_NOOP("cli", "write your agenda as a calendar (.ics)")
    )
    export_ics.add_argument("file", type=Path, metavar="FILE")
    export_ics.add_argument(
        "--all",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "the whole programme instead of your agenda")),
    )
    export_ics.add_argument(
        "--reminder",
        type=int,
        metavar="MIN",
        help=tr(QT_TRANSLATE_NOOP("cli", "a reminder MIN minutes before each item")),
    )
    export_ics.add_argument(
        "--no-breaks",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "leave out the breaks")),
    )
    export_ics.add_argument(
        "--calendar-name",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "import as a new calendar called NAME")),
    )
    export_pdf = command("export-pdf", QT_TRANSLATE_NOOP("cli", "print your agenda to a PDF file"))
    export_pdf.add_argument("file", type=Path, metavar="FILE")
    export_pdf.add_argument(
        "--grid",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "the whole timetable, landscape, one day a page")),
    )
    export_pdf.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=tr(QT_TRANSLATE_NOOP("cli", "paper size")),
    )
    export_pdf.add_argument(
        "--name", default="", help=tr(QT_TRANSLATE_NOOP("cli", "the attendee's name on the agenda"))
    )
    import_ = command(
        "import",
        QT_TRANSLATE_NOOP(
            "cli", "import a schedule.xml or schedule.json (a new conference or an update)"
        ),
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--json",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "print the change report as JSON")),
    )
    import_.add_argument(
        "--timezone",
        metavar="ZONE",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "the time zone of a file that names none, like Europe/Brussels"
            )
        ),
    )
    import_.add_argument(
        "--force",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "import an update even if it cancels most sessions")),
    )
    command(
        "undo-import",
        QT_TRANSLATE_NOOP("cli", "bring back the programme and plan of before the last import"),
    )
    command("conferences", QT_TRANSLATE_NOOP("cli", "the conferences in the database"))
    arguments = parser.parse_args(argv)
    if arguments.command == "clear" and bool(arguments.ids) == arguments.all:
        parser.error(tr(QT_TRANSLATE_NOOP("cli", "clear takes session IDs or --all")))
    if arguments.command is not None and arguments.screenshot is not None:
        parser.error(
            tr(QT_TRANSLATE_NOOP("cli", "--screenshot renders the window, so it takes no command"))
        )
    return arguments


def database_path(arguments: argparse.Namespace) -> Path:
    if arguments.db is not None:
        return Path(arguments.db)
    if os.environ.get("PLANNER_DB"):
        return Path(os.environ["PLANNER_DB"])
    current = data_folder() / "planner.sqlite"
    # The first release named no organisation, so its data folder was the one above.
    first_release = current.parent.parent / "planner.sqlite"
    if not current.exists() and first_release.is_file():
        return first_release
    return current


def data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def log_file() -> Path:
    return data_folder() / "planner.log"


def _log_to_file() -> None:
    """Warnings and failures go to a log file, never to the user's terminal or window."""
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


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
    except Exception:  # the last line of defence: one sentence, and the details in the log
        log.exception("unexpected failure")
        print(
            QCoreApplication.translate(
                "cli", "Something unexpected went wrong; the details are in {log}."
            ).format(log=log_file()),
            file=sys.stderr,
        )
        return 1
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    _log_to_file()
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
    from planner.services.planning import Plan, open_plan
    from planner.store.database import RefusedError, StoreError
    from planner.store.lookup import PlanError

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
        command = cli.COMMANDS[arguments.command]
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
