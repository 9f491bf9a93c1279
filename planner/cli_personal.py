"""The command line's personal commands: notes, stars, ratings, Plan for me, sharing a plan
with colleagues, the delegation, the conference report, and attended or skipped."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from planner.arguments import LEVEL_WORDS
from planner.cli import Command, UsageError, resolve
from planner.domain.programme import Session
from planner.services.planning import Plan
from planner.services.texts import day_label, time_range

if TYPE_CHECKING:
    from planner.domain.delegation import Coverage


def _one(plan: Plan, ident: str) -> Session:
    return resolve(plan, [ident])[0]


def _choosable(plan: Plan, ident: str, language: str) -> Session:
    session = _one(plan, ident)
    if session.for_everyone:
        raise UsageError(
            QCoreApplication.translate(
                "cli", "{title} is not a choice: it is on everyone's agenda."
            ).format(title=session.translated(language).title)
        )
    return session


def note(plan: Plan, language: str, arguments: Namespace) -> None:
    session = _one(plan, arguments.id)
    plan.set_note(session.guid, arguments.text)
    title = session.translated(language).title
    if plan.note(session.guid):
        print(QCoreApplication.translate("cli", "Note kept: {title}").format(title=title))
    else:
        print(QCoreApplication.translate("cli", "Note removed: {title}").format(title=title))


def star(plan: Plan, language: str, arguments: Namespace) -> None:
    session = _choosable(plan, arguments.id, language)
    plan.set_starred(session.guid, not arguments.off)
    title = session.translated(language).title
    if arguments.off:
        print(QCoreApplication.translate("cli", "Star taken away: {title}").format(title=title))
    else:
        print(QCoreApplication.translate("cli", "Starred: {title}").format(title=title))


def rate(plan: Plan, language: str, arguments: Namespace) -> None:
    session = _choosable(plan, arguments.id, language)
    plan.rate(session.guid, LEVEL_WORDS[arguments.level])
    print(
        QCoreApplication.translate("cli", "Rated {level}: {title}").format(
            level=arguments.level, title=session.translated(language).title
        )
    )


def plan_for_me(plan: Plan, language: str, arguments: Namespace) -> None:
    proposal = plan.propose(replace_choices=arguments.replace)
    if arguments.accept:
        plan.restore(proposal.removed, proposal.added)
    if arguments.json:
        print(
            json.dumps(
                {
                    "added": sorted(proposal.added),
                    "removed": sorted(proposal.removed),
                    "chosen": sorted(proposal.chosen),
                    "interest": proposal.interest,
                    "exact": proposal.exact,
                    "accepted": arguments.accept,
                },
                indent=2,
            )
        )
        return
    if not proposal.changes:
        print(
            QCoreApplication.translate(
                "cli",
                "Plan for me has nothing to add: rate the themes you want (rate ID must) or let "
                "it replace your choices (--replace).",
            )
        )
        return
    for heading, guids in (
        (QCoreApplication.translate("cli", "Proposed:"), proposal.added),
        (QCoreApplication.translate("cli", "Instead of:"), proposal.removed),
    ):
        if guids:
            print(heading)
            for session in sorted((plan.by_guid[g] for g in guids), key=lambda s: s.start):
                print("  " + _line(session, language))
    if arguments.accept:
        print(QCoreApplication.translate("cli", "The proposal is now your plan."))
    else:
        print(QCoreApplication.translate("cli", "Run it again with --accept to take it."))


def _line(session: Session, language: str) -> str:
    shown = session.translated(language)
    return f"{day_label(shown.day, language)} {time_range(shown)}  {shown.title}"


def share(plan: Plan, _language: str, arguments: Namespace) -> None:
    from planner.services.sharing import ShareError, shared_plan, write_share

    if not arguments.name.strip():
        raise UsageError(
            QCoreApplication.translate(
                "cli", "Give your name with --name: your colleagues see your plan under it."
            )
        )
    try:
        write_share(arguments.file, shared_plan(plan, arguments.name, notes=arguments.notes))
    except ShareError as error:
        raise UsageError(str(error)) from error
    print(QCoreApplication.translate("cli", "Plan written to {path}.").format(path=arguments.file))


def add_colleague(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.services.sharing import ShareError, read_share

    try:
        received = read_share(arguments.file, plan.programme, arguments.name)
    except ShareError as error:
        raise UsageError(str(error)) from error
    replaced = plan.store.colleagues.add(plan.conference, received.plan)
    text = (
        QCoreApplication.translate("cli", "The plan of {name} replaces their earlier one.")
        if replaced
        else QCoreApplication.translate("cli", "Added the plan of {name}.")
    )
    print(text.format(name=received.plan.name))
    if received.unmatched:
        print(
            QCoreApplication.translate(
                "cli",
                "It names {count} sessions that are not in this programme of {title} (another "
                "conference or another version of it): {ids}",
            ).format(
                count=len(received.unmatched),
                title=plan.conference.translated(language).title,
                ids=", ".join(received.unmatched),
            ),
            file=sys.stderr,
        )


def remove_colleague(plan: Plan, _language: str, arguments: Namespace) -> None:
    if not plan.store.colleagues.remove(plan.conference, arguments.name):
        raise UsageError(
            QCoreApplication.translate("cli", "There is no plan of {name} to remove.").format(
                name=arguments.name
            )
        )
    print(
        QCoreApplication.translate("cli", "Removed the plan of {name}.").format(name=arguments.name)
    )


def delegation(plan: Plan, language: str, arguments: Namespace) -> None:
    from planner.domain.delegation import coverage, propose_for
    from planner.services.sharing import members

    you = arguments.name.strip() or QCoreApplication.translate("cli", "You")
    delegation = members(plan, you, plan.store.colleagues.all(plan.conference))
    found = coverage(plan.programme, delegation)
    proposal = propose_for(plan.programme, delegation) if arguments.propose else None
    if arguments.json:
        document = _delegation_json(plan, language, found)
        if proposal is not None:
            document["proposal"] = {
                "exact": proposal.exact,
                "parts": [
                    {"name": m.name, "you": m.you, "ids": sorted(part)}
                    for m, part in zip(proposal.members, proposal.parts, strict=True)
                ],
            }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    shown = plan.conference.translated(language)
    print(shown.title)
    print(
        QCoreApplication.translate("cli", "The delegation: {names}").format(
            names=", ".join(m.name for m in delegation)
        )
    )
    for day in shown.days:
        print()
        print(day_label(day, language))
        for topic in found.topics:
            for run in topic.runs:
                if run.session.day != day:
                    continue
                who = ", ".join(run.goers)
                if not topic.covered:
                    who = QCoreApplication.translate("cli", "nobody (free: {names})").format(
                        names=", ".join(run.free) or "–"
                    )
                print(f"  {time_range(run.session):<12} {run.session.translated(language).title}")
                print(f"  {'':<12} → {who}")
    covered = sum(1 for t in found.topics if t.covered)
    print()
    print(
        QCoreApplication.translate(
            "cli", "Themes and sessions covered: {covered} of {count}."
        ).format(covered=covered, count=len(found.topics))
    )
    if proposal is not None:
        print()
        print(QCoreApplication.translate("cli", "Proposed division:"))
        for member, part in zip(proposal.members, proposal.parts, strict=True):
            print(f"  {member.name}:")
            for session in sorted((plan.by_guid[g] for g in part), key=lambda s: s.start):
                print("    " + _line(session, language))


def _delegation_json(plan: Plan, language: str, found: Coverage) -> dict[str, Any]:
    shown = plan.conference.translated(language)
    return {
        "conference": {
            "key": plan.conference.key,
            "title": shown.title,
            "days": [day.isoformat() for day in shown.days],
        },
        "members": [{"name": m.name, "you": m.you} for m in found.members],
        "sessions": [
            {
                "id": run.session.guid,
                "day": run.session.day.isoformat(),
                "start": f"{run.session.start:%H:%M}",
                "title": run.session.translated(language).title,
                "theme": topic.key,
                "attendees": list(run.goers),
                "count": len(run.goers),
            }
            for topic in found.topics
            for run in topic.runs
        ],
        "themes": [
            {
                "id": topic.key,
                "title": topic.first.translated(language).title,
                "day": topic.first.day.isoformat(),
                "covered": topic.covered,
                "runs": [
                    {
                        "id": run.session.guid,
                        "start": f"{run.session.start:%H:%M}",
                        "attendees": list(run.goers),
                        "free": list(run.free),
                    }
                    for run in topic.runs
                ],
            }
            for topic in found.topics
        ],
    }


def report(plan: Plan, language: str, arguments: Namespace) -> None:
    from PySide6.QtGui import QGuiApplication

    from planner.services.report import ReportError, report_document, write_report

    # Laying out text needs a QGuiApplication; without one Qt ends the process.
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("the report command paints text: list it in app.GUI_COMMANDS")

    colleagues = plan.store.colleagues.all(plan.conference)
    document = report_document(plan, language, name=arguments.name, colleagues=colleagues)
    try:
        write_report(arguments.file, document)
    except ReportError as error:
        raise UsageError(str(error)) from error
    print(
        QCoreApplication.translate("cli", "Report written to {path}.").format(path=arguments.file)
    )


def attended(plan: Plan, language: str, arguments: Namespace) -> None:
    _mark(plan, language, arguments, "attended")


def skipped(plan: Plan, language: str, arguments: Namespace) -> None:
    _mark(plan, language, arguments, "skipped")


def _mark(plan: Plan, language: str, arguments: Namespace, state: str) -> None:
    session = _one(plan, arguments.id)
    plan.set_attendance(session.guid, None if arguments.off else state)
    title = session.translated(language).title
    if arguments.off:
        text = QCoreApplication.translate("cli", "No longer marked: {title}")
    elif state == "attended":
        text = QCoreApplication.translate("cli", "Attended: {title}")
    else:
        text = QCoreApplication.translate("cli", "Skipped: {title}")
    print(text.format(title=title))


# What each personal command runs, by name.
COMMANDS: dict[str, Command] = {
    "note": note,
    "star": star,
    "rate": rate,
    "plan-for-me": plan_for_me,
    "share": share,
    "add-colleague": add_colleague,
    "remove-colleague": remove_colleague,
    "delegation": delegation,
    "report": report,
    "attended": attended,
    "skipped": skipped,
}
