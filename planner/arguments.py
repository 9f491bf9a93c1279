"""The command line: its options and commands, and their help, in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from planner import data
from planner.services.texts import LANGUAGES, system_language

# What argparse itself says, marked for translation (context "argparse"); its module looks
# each up through the function _help_language gives it.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


# Marked with QT_TRANSLATE_NOOP (typed as object), returned translated.
Translate = Callable[[object], str]


def _english(text: str) -> str:
    """argparse's own words as written, in English. (argparse's gettext would look for a
    catalogue of the system's language at each word, loading the locale module to name it;
    a parse in Swedish gives it our translation instead.)"""
    return text


def _english_plural(one: str, many: str, count: int) -> str:
    return one if count == 1 else many


# The levels of interest as the command line names them (rate ID LEVEL).
LEVEL_WORDS = {"must": 3, "want": 2, "maybe": 1, "none": 0}


class _Parser(argparse.ArgumentParser):
    """Bad usage gets one line, not the whole usage text."""

    def __init__(self, tr: Translate, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.words = tr

    def error(self, message: str) -> NoReturn:
        text = self.words(QT_TRANSLATE_NOOP("cli", "{prog}: {message} (see {prog} --help)"))
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
        metavar=tr(QT_TRANSLATE_NOOP("cli", "FILE")),
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
        metavar=tr(QT_TRANSLATE_NOOP("cli", "KEY")),
        help=tr(QT_TRANSLATE_NOOP("cli", "the conference's acronym (default: the last opened)")),
    )


def _window_parser(tr: Translate, prog: str) -> _Parser:
    """The parser of the options that open the window (or render it)."""
    parser = _Parser(
        tr,
        prog=prog,
        description=tr(QT_TRANSLATE_NOOP("cli", "Plan your days at the conference.")),
    )
    _add_common_options(parser, tr)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar=tr(QT_TRANSLATE_NOOP("cli", "FILE.png")),
        help=tr(QT_TRANSLATE_NOOP("cli", "render the window's first day to a PNG file, then exit")),
    )
    return parser


def _help_language(argv: list[str]) -> Translate:
    """The help texts' translation: the app and its translators do not exist yet."""
    language = system_language()
    for number, argument in enumerate(argv):
        if argument == "--lang" and number + 1 < len(argv):
            language = argv[number + 1]
        elif argument.startswith("--lang="):
            language = argument.removeprefix("--lang=")
    translator = QTranslator()
    if language == "en" or not translator.load(f"planner_{language}", str(data.translations())):
        setattr(argparse, "_", _english)  # noqa: B010 - as below
        setattr(argparse, "ngettext", _english_plural)  # noqa: B010
        return str

    def in_context(context: str) -> Callable[[object], str]:
        return lambda text: translator.translate(context, str(text)) or str(text)

    # argparse's own words ("usage:", "invalid choice: ...") come from its module's gettext
    # function: it is given this translation, so that they speak the user's language too.
    argparse_words = in_context("argparse")
    setattr(argparse, "_", argparse_words)  # noqa: B010 - a module's global, by design
    setattr(  # noqa: B010
        argparse, "ngettext", lambda one, many, n: argparse_words(one if n == 1 else many)
    )
    return in_context("cli")


def parse_arguments(argv: list[str], prog: str) -> argparse.Namespace:
    """The command line's arguments; usage errors and --help exit, in the user's language.
    `prog` is the name the planner was started by (main.py, conference-planner-cli)."""
    tr = _help_language(argv)
    parser = _window_parser(tr, prog)
    if "-h" not in argv and "--help" not in argv:
        # Opening the window needs only these options: the commands' parsers are made for a
        # command, or for the help that lists them.
        window, rest = parser.parse_known_args(argv)
        if not rest:
            window.command = None
            return window
    commands = parser.add_subparsers(
        dest="command",
        metavar=tr(QT_TRANSLATE_NOOP("cli", "command")),
        title=tr(QT_TRANSLATE_NOOP("cli", "commands")),
        parser_class=_CommandParser,
    )

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
        "choose",
        QT_TRANSLATE_NOOP(
            "cli", "choose sessions (in a slot it replaces the choice; a theme's choice moves)"
        ),
    )
    choose.add_argument("ids", nargs="+", metavar=tr(QT_TRANSLATE_NOOP("cli", "ID")))
    clear = command("clear", QT_TRANSLATE_NOOP("cli", "unchoose sessions"))
    clear.add_argument("ids", nargs="*", metavar=tr(QT_TRANSLATE_NOOP("cli", "ID")))
    clear.add_argument(
        "--all", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "unchoose every session"))
    )
    export_ics = command(
        "export-ics", QT_TRANSLATE_NOOP("cli", "write your agenda as a calendar (.ics)")
    )
    export_ics.add_argument("file", type=Path, metavar=tr(QT_TRANSLATE_NOOP("cli", "FILE")))
    export_ics.add_argument(
        "--all",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "the whole programme instead of your agenda")),
    )
    export_ics.add_argument(
        "--reminder",
        type=int,
        metavar=tr(QT_TRANSLATE_NOOP("cli", "MIN")),
        help=tr(QT_TRANSLATE_NOOP("cli", "a reminder MIN minutes before each item")),
    )
    export_ics.add_argument(
        "--remind-breaks",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "remind before the breaks too")),
    )
    export_ics.add_argument(
        "--notes",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "put your notes into the events' descriptions")),
    )
    export_ics.add_argument(
        "--no-breaks",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "leave out the breaks")),
    )
    export_ics.add_argument(
        "--calendar-name",
        metavar=tr(QT_TRANSLATE_NOOP("cli", "NAME")),
        help=tr(QT_TRANSLATE_NOOP("cli", "import as a new calendar called NAME")),
    )
    export_pdf = command("export-pdf", QT_TRANSLATE_NOOP("cli", "print your agenda to a PDF file"))
    export_pdf.add_argument("file", type=Path, metavar=tr(QT_TRANSLATE_NOOP("cli", "FILE")))
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
            "cli",
            "import a schedule.xml, schedule.json or .ics from a file or a web address "
            "(a new conference or an update)",
        ),
    )
    import_.add_argument("file", metavar=tr(QT_TRANSLATE_NOOP("cli", "FILE|URL")))
    import_.add_argument(
        "--json",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "print the change report as JSON")),
    )
    import_.add_argument(
        "--timezone",
        metavar=tr(QT_TRANSLATE_NOOP("cli", "ZONE")),
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
    update = command(
        "update",
        QT_TRANSLATE_NOOP(
            "cli", "look for a new version of the programme at its web address and import it"
        ),
    )
    update.add_argument(
        "--all",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "every conference with an address, not only this one")),
    )
    update.add_argument(
        "--force",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "import an update even if it cancels most sessions")),
    )
    command(
        "undo-import",
        QT_TRANSLATE_NOOP("cli", "bring back the programme and plan of before the last import"),
    )
    command("conferences", QT_TRANSLATE_NOOP("cli", "the conferences in the database"))
    _personal_commands(command, tr)
    arguments = parser.parse_args(argv)
    if arguments.command == "clear" and bool(arguments.ids) == arguments.all:
        parser.error(tr(QT_TRANSLATE_NOOP("cli", "clear takes session IDs or --all")))
    if arguments.command is not None and arguments.screenshot is not None:
        parser.error(
            tr(QT_TRANSLATE_NOOP("cli", "--screenshot renders the window, so it takes no command"))
        )
    return arguments


def _personal_commands(
    command: Callable[[str, object], argparse.ArgumentParser], tr: Translate
) -> None:
    """The commands of the attendee's own marks, of the delegation and of the report."""
    session_id = tr(QT_TRANSLATE_NOOP("cli", "ID"))
    file_name = tr(QT_TRANSLATE_NOOP("cli", "FILE"))
    name_help = QT_TRANSLATE_NOOP("cli", "the name your colleagues know you by")
    as_json = tr(QT_TRANSLATE_NOOP("cli", "print JSON"))

    noting = command("note", QT_TRANSLATE_NOOP("cli", "keep a note on a session (empty: remove)"))
    noting.add_argument("id", metavar=session_id)
    noting.add_argument("text", metavar=tr(QT_TRANSLATE_NOOP("cli", "TEXT")))
    starring = command(
        "star", QT_TRANSLATE_NOOP("cli", "star a session you are considering (not a choice)")
    )
    starring.add_argument("id", metavar=session_id)
    starring.add_argument(
        "--off", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "take the star away"))
    )
    rating = command(
        "rate", QT_TRANSLATE_NOOP("cli", "rate a session, and so its theme, for Plan for me")
    )
    rating.add_argument("id", metavar=session_id)
    rating.add_argument("level", choices=tuple(LEVEL_WORDS))
    planning = command(
        "plan-for-me",
        QT_TRANSLATE_NOOP("cli", "propose the plan that takes most of what you rated"),
    )
    planning.add_argument(
        "--replace",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "let the proposal replace choices in its way")),
    )
    planning.add_argument(
        "--accept", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "apply the proposal"))
    )
    planning.add_argument("--json", action="store_true", help=as_json)
    sharing = command(
        "share", QT_TRANSLATE_NOOP("cli", "write your plan to a file to send to colleagues")
    )
    sharing.add_argument("file", type=Path, metavar=file_name)
    sharing.add_argument("--name", default="", help=tr(name_help))
    sharing.add_argument(
        "--notes", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "include your notes"))
    )
    adding = command(
        "add-colleague",
        QT_TRANSLATE_NOOP("cli", "add a colleague's shared plan (or a planner-made .ics)"),
    )
    adding.add_argument("file", type=Path, metavar=file_name)
    adding.add_argument(
        "--name",
        default="",
        help=tr(QT_TRANSLATE_NOOP("cli", "whose plan it is (default: the name in the file)")),
    )
    removing = command("remove-colleague", QT_TRANSLATE_NOOP("cli", "remove a colleague's plan"))
    removing.add_argument("name", metavar=tr(QT_TRANSLATE_NOOP("cli", "NAME")))
    together = command(
        "delegation", QT_TRANSLATE_NOOP("cli", "who of the delegation attends each session")
    )
    together.add_argument("--json", action="store_true", help=as_json)
    together.add_argument(
        "--propose",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "propose who attends what, to cover the most themes")),
    )
    together.add_argument("--name", default="", help=tr(name_help))
    reporting = command(
        "report", QT_TRANSLATE_NOOP("cli", "write your conference report (.odt or .pdf)")
    )
    reporting.add_argument("file", type=Path, metavar=file_name)
    reporting.add_argument("--name", default="", help=tr(name_help))
    for name, text in (
        ("attended", QT_TRANSLATE_NOOP("cli", "mark a session as attended")),
        ("skipped", QT_TRANSLATE_NOOP("cli", "mark a session as skipped")),
    ):
        marking = command(name, text)
        marking.add_argument("id", metavar=session_id)
        marking.add_argument(
            "--off", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "take the mark away"))
        )
