"""The command-line commands: the programme, the agenda, and choosing without the window."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Conference, Session
from planner.services.planning import Plan
from planner.services.texts import clock, day_label, short_day_label, time_range

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
            remind_breaks=arguments.remind_breaks,
            calendar_name=arguments.calendar_name or None,
            notes=plan.marks.notes if arguments.notes else None,
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


Command = Callable[[Plan, str, Namespace], None]
# The commands of this part: what `main.py COMMAND` runs once the database is open.
COMMANDS: dict[str, Command] = {
    "program": program,
    "agenda": agenda,
    "choose": choose,
    "clear": clear,
    "export-pdf": export_pdf,
    "export-ics": export_ics,
}
