"""The command line's commands for the programmes: importing a file or an address, looking
there for a new version, undoing an import, and the conferences in the database."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication

from planner.cli import Command, UsageError
from planner.domain.zones import is_zone_name
from planner.services.planning import Plan

if TYPE_CHECKING:
    from planner.store.imports import ImportResult


def import_(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.services.fetching import is_address
    from planner.services.importing import read_programme

    zone = arguments.timezone
    if zone is not None and not is_zone_name(zone):
        raise UsageError(
            QCoreApplication.translate(
                "cli", '"{zone}" is not a time zone name like Europe/Brussels.'
            ).format(zone=zone)
        )
    if is_address(arguments.file):
        result = _import_address(plan, arguments.file, zone, force=arguments.force)
    else:
        programme = read_programme(Path(arguments.file), zone)
        result = plan.import_programme(programme, force=arguments.force)
    _report_import(plan, result, language, as_json=arguments.json)


def _import_address(plan: Plan, url: str, zone: str | None, *, force: bool) -> ImportResult:
    from planner.services.fetching import AddressError, Fetch
    from planner.services.updates import import_download

    try:
        fetch = Fetch(url)
    except AddressError as error:
        raise UsageError(str(error)) from error
    fetched = fetch.wait()
    if fetched.too_large:
        raise UsageError(fetched.message)
    if fetched.data is None:
        _fail(fetched.message)
    return import_download(plan, url, fetched, zone, force=force)


def _fail(message: str) -> NoReturn:
    """A failure that is neither bad input nor the database's (the network's): exit code 1."""
    print(message, file=sys.stderr)
    raise SystemExit(1)


def _report_import(plan: Plan, result: ImportResult, language: str, *, as_json: bool) -> None:
    from planner.services import change_report

    shown = result.conference.translated(language)
    if as_json:
        print(json.dumps(change_report.as_json(result.changes, result.affected), indent=2))
        return
    for remark in result.remarks:
        print(remark, file=sys.stderr)
    if result.is_new:
        print(
            QCoreApplication.translate(
                "cli", "Imported {title}; it is now the current conference."
            ).format(title=shown.title)
        )
        if plan.programme.floats:
            print(
                QCoreApplication.translate(
                    "cli",
                    "The file names no time zone and gives no UTC offsets, so its times are "
                    "shown as written; import it again with --timezone to put it into calendars "
                    "at the right time.",
                ),
                file=sys.stderr,
            )
        return
    report = change_report.describe(result.changes, result.affected, language)
    print(QCoreApplication.translate("cli", "Updated {title}.").format(title=shown.title))
    if report.is_empty:
        print(QCoreApplication.translate("cli", "Nothing changed."))
    for heading, lines in (
        (QCoreApplication.translate("cli", "Your choices:"), report.mine),
        (QCoreApplication.translate("cli", "Other changes:"), report.others),
    ):
        if lines:
            print()
            print(heading)
            for line in lines:
                print("  " + line)


def update(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.services.fetching import shown_address
    from planner.services.updates import Found, Outcome, Updater

    sources = plan.store.sources.all()
    candidates = plan.store.reading.conferences() if arguments.all else [plan.conference]
    conferences = [c for c in candidates if c.key in sources]
    if not conferences:
        raise UsageError(
            QCoreApplication.translate(
                "cli",
                "There is no web address to look at for a new version; import the programme "
                "from its address first (import URL).",
            )
        )
    outcomes: list[Outcome] = []
    updater = Updater(plan)
    updater.checked.connect(lambda _key, outcome: outcomes.append(outcome))
    updater.check(conferences, force=arguments.force)
    updater.wait()
    code = 0
    for outcome in outcomes:
        title = outcome.conference.translated(language).title
        message = outcome.message
        if outcome.refusal is not None:
            message = QCoreApplication.translate(
                "cli",
                "The new programme at {address} would cancel {cancelled} of the {count} "
                "sessions of {title}; if it really is the new programme, run update again "
                "with --force.",
            ).format(
                address=shown_address(sources[outcome.conference.key].url),
                cancelled=outcome.refusal.cancelled,
                count=outcome.refusal.count,
                title=title,
            )
        if arguments.all and outcome.found is not Found.UPDATED:
            message = QCoreApplication.translate("cli", "{title}: {message}").format(
                title=title, message=message
            )
        if outcome.result is not None:
            _report_import(plan, outcome.result, language, as_json=False)
        elif outcome.found is Found.UNCHANGED:
            print(message)
        else:
            print(message, file=sys.stderr)
            bad_input = outcome.bad_content or outcome.refusal is not None
            code = max(code, 2 if bad_input else 1)
    if code:
        raise SystemExit(code)


def undo_import(plan: Plan, language: str, _arguments: Namespace) -> None:
    restored = plan.undo_import().translated(language)
    print(
        QCoreApplication.translate(
            "cli", "The programme and plan of {title} are back as they were before the last import."
        ).format(title=restored.title)
    )


def conferences(plan: Plan, language: str, _arguments: Namespace) -> None:
    for each in plan.store.reading.conferences():
        mark = "*" if each.key == plan.conference.key else " "
        print(f"{mark} {each.key:<24} {each.translated(language).title}")


COMMANDS: dict[str, Command] = {
    "import": import_,
    "undo-import": undo_import,
    "update": update,
    "conferences": conferences,
}
