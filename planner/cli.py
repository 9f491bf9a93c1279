"""The command-line commands: the programme, the agenda, and choosing without the window."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, Session
from planner.domain.zones import is_zone_name
from planner.services.planning import Plan
from planner.services.texts import clock, day_label, short_day_label, time_range

if TYPE_CHECKING:
    from planner.store.programmes import ImportResult

SHORT_ID = 8


class UsageError(ValueError):
    """Bad input on the command line; exit code 2."""


def program(plan: Plan, language: str, arguments: Namespace) -> None:
    show(plan, language, agenda=False, as_json=arguments.json)


def agenda(plan: Plan, language: str, arguments: Namespace) -> None:
    show(plan, language, agenda=True, as_json=arguments.json)


def show(plan: Plan, language: str, *, agenda: bool, as_json: bool) -> None:
    chosen = plan.chosen
    everything = [s.translated(language) for s in plan.sessions]
    sessions = [s for s in everything if not agenda or s.for_everyone or s.guid in chosen]
    shown = plan.conference.translated(language)
    if as_json:
        print(json.dumps(_document(shown, sessions, chosen), ensure_ascii=False, indent=2))
        return
    print(shown.title)
    open_slots = {s.slot for s in everything if s.slot} - {s.slot for s in sessions if s.slot}
    for day in shown.days:
        print()
        print(day_label(day, language))
        for session in (s for s in everything if s.day == day):
            if session in sessions:
                print("  " + _line(session, chosen))
            elif session.slot in open_slots:
                open_slots.discard(session.slot)
                line = QCoreApplication.translate(
                    "cli", "open: choose one of {count} sessions ('program' lists them)"
                )
                count = len(plan.slots[session.slot])
                print(f"  {time_range(session):<12} [ ] " + line.format(count=count))
    for runs in plan.doubled.values():
        print(file=sys.stderr)
        print(_doubled(runs, language), file=sys.stderr)


def _line(session: Session, chosen: frozenset[str]) -> str:
    mark = "   " if session.for_everyone else ("[x]" if session.guid in chosen else "[ ]")
    details = [session.subtitle]
    if session.track and session.track != session.title:
        details.insert(0, session.track)
    text = " – ".join(filter(None, [session.title, *details]))
    ident = "" if session.for_everyone else f"  ({session.guid[:SHORT_ID]})"
    return f"{time_range(session):<12} {mark} {text}{ident}"


def _document(
    conference: Conference, sessions: list[Session], chosen: frozenset[str]
) -> dict[str, Any]:
    return {
        "conference": {
            "title": conference.title,
            "timezone": conference.timezone,
            "days": [day.isoformat() for day in conference.days],
        },
        "items": [
            {
                "id": s.guid,
                "day": s.day.isoformat(),
                "start": f"{s.start:%H:%M}",
                "end": f"{s.end:%H:%M}" if s.end is not None else None,
                "title": s.title,
                "track": s.track,
                "room": s.room,
                "kind": s.kind,
                "slot": s.slot,
                "chosen": s.guid in chosen,
            }
            for s in sessions
        ],
    }


def resolve(plan: Plan, ids: list[str]) -> list[Session]:
    """Sessions by guid, or by a unique beginning of one (as `program` shows them)."""
    found = []
    for ident in ids:
        exact = plan.by_guid.get(ident)
        matches = (
            [exact]
            if exact is not None
            else [s for s in plan.sessions if len(ident) >= 4 and s.guid.startswith(ident)]
        )
        if len(matches) != 1:
            if matches:
                problem = QCoreApplication.translate(
                    "cli", "{ident} matches several sessions; give more of its ID."
                )
            else:
                problem = QCoreApplication.translate(
                    "cli", "{ident} is not a session of this programme; 'program' lists the IDs."
                )
            raise UsageError(problem.format(ident=ident))
        found.append(matches[0])
    return found


def choose(plan: Plan, language: str, arguments: Namespace) -> None:
    sessions = resolve(plan, arguments.ids)
    # Every ID is checked before anything is written: bad input changes nothing.
    for session in sessions:
        if session.for_everyone:
            raise UsageError(
                QCoreApplication.translate(
                    "cli", "{title} is not a choice: it is on everyone's agenda."
                ).format(title=session.translated(language).title)
            )
    for session in sessions:
        choice = plan.choose(session.guid)
        shown = session.translated(language)
        if choice.moved_from:
            earlier = ", ".join(clock(plan.by_guid[g].start) for g in sorted(choice.moved_from))
            print(
                QCoreApplication.translate("cli", "Moved {title} from {before} to {after}.").format(
                    title=shown.title, before=earlier, after=clock(shown.start)
                )
            )
        else:
            print(
                QCoreApplication.translate("cli", "Chosen: {day} {time} {title}").format(
                    day=day_label(shown.day, language), time=time_range(shown), title=shown.title
                )
            )
        for guid in sorted(choice.replaced):
            print(
                "  "
                + QCoreApplication.translate("cli", "(instead of {title})").format(
                    title=plan.by_guid[guid].translated(language).title
                )
            )
        if choice.conflicts:
            print(
                QCoreApplication.translate(
                    "cli",
                    "{title} runs at the same time as your choice {others}; both are kept.",
                ).format(title=shown.title, others=_titles(plan, choice.conflicts, language)),
                file=sys.stderr,
            )


def _titles(plan: Plan, guids: Iterable[str], language: str) -> str:
    return ", ".join(
        f"“{plan.by_guid[g].translated(language).title}”"
        for g in sorted(guids, key=lambda g: plan.by_guid[g].start)
    )


def _doubled(runs: Iterable[Session], language: str) -> str:
    runs = list(runs)
    return QCoreApplication.translate(
        "cli", "Your plan holds “{title}” more than once: at {times}. Clear all but one."
    ).format(
        title=runs[0].translated(language).title,
        times=", ".join(f"{short_day_label(s.day, language)} {clock(s.start)}" for s in runs),
    )


def clear(plan: Plan, language: str, arguments: Namespace) -> None:
    ids: list[str] = [] if arguments.all else arguments.ids
    if not ids:
        count = len(plan.chosen)
        plan.clear_all()
        print(QCoreApplication.translate("cli", "Choices cleared: {count}.").format(count=count))
        return
    for session in resolve(plan, ids):
        shown = session.translated(language)
        if plan.is_chosen(session.guid):
            plan.clear({session.guid})
            print(
                QCoreApplication.translate("cli", "Cleared: {time} {title}").format(
                    time=time_range(shown), title=shown.title
                )
            )
        else:
            print(
                QCoreApplication.translate("cli", "{title} was not chosen.").format(
                    title=shown.title
                ),
                file=sys.stderr,
            )


def export_ics(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.services.calendar import (
        ExportError,
        calendar_sessions,
        check_reminder,
        export_calendar,
    )

    try:
        check_reminder(arguments.reminder)
        sessions = calendar_sessions(
            plan.sessions,
            plan.chosen,
            whole_programme=arguments.all,
            include_breaks=not arguments.no_breaks,
        )
        exported = export_calendar(
            arguments.file,
            plan.store.exports,
            plan.conference,
            sessions,
            language,
            reminder_minutes=arguments.reminder,
            calendar_name=arguments.calendar_name or None,
        )
    except ExportError as error:
        raise UsageError(str(error)) from error
    print(
        QCoreApplication.translate("cli", "Calendar written to {path} (events: {count}).").format(
            count=exported.count, path=exported.path
        )
    )
    if not arguments.all:
        for runs in plan.doubled.values():
            print(_doubled(runs, language), file=sys.stderr)


def export_pdf(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.services.printing import PrintError, export_pdf, plan_document

    document = plan_document(
        plan.programme, plan.chosen, language, attendee=arguments.name, grid=arguments.grid
    )
    try:
        pages = export_pdf(arguments.file, document, arguments.paper)
    except PrintError as error:
        raise UsageError(str(error)) from error
    print(
        QCoreApplication.translate("cli", "PDF written to {path} (pages: {pages}).").format(
            pages=pages, path=arguments.file
        )
    )


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
        if plan.conference.timezone is None and plan.sessions[0].start.tzinfo is None:
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


# Each command of the command line: what `main.py COMMAND` runs once the database is open.
COMMANDS: dict[str, Callable[[Plan, str, Namespace], None]] = {
    "program": program,
    "agenda": agenda,
    "choose": choose,
    "clear": clear,
    "export-pdf": export_pdf,
    "export-ics": export_ics,
    "import": import_,
    "undo-import": undo_import,
    "update": update,
    "conferences": conferences,
}
