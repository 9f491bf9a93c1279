"""What a programme update changed, told in plain words: the attendee's own sessions first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.changes import AffectedChoice, ChangeSet
from planner.domain.programme import Session
from planner.services.texts import clock, short_day_label, time_range

Describe = Callable[[Session], str]


@dataclass(frozen=True)
class Report:
    mine: list[str]  # what happened to the attendee's choices
    others: list[str]  # every other change

    @property
    def is_empty(self) -> bool:
        return not (self.mine or self.others)


def describe(changes: ChangeSet, affected: Sequence[AffectedChoice], language: str) -> Report:
    def at(session: Session) -> str:
        return f"{short_day_label(session.day, language)} {clock(session.start)}"

    def span(session: Session) -> str:
        return f"{short_day_label(session.day, language)} {time_range(session)}"

    def title(session: Session) -> str:
        return session.translated(language).title

    mine = [_about_choice(choice, at, title) for choice in affected]
    others = [
        *(
            QCoreApplication.translate("ChangeReport", "New: {when} {title}").format(
                when=at(s), title=title(s)
            )
            for s in changes.added
        ),
        *(
            QCoreApplication.translate(
                "ChangeReport", "Back on the programme: {when} {title}"
            ).format(when=at(s), title=title(s))
            for s in changes.back
        ),
        *(
            QCoreApplication.translate("ChangeReport", "Cancelled: {when} {title}").format(
                when=at(s), title=title(s)
            )
            for s in changes.cancelled
        ),
        *(
            QCoreApplication.translate("ChangeReport", "Moved: {title}, {before} → {after}").format(
                title=title(new),
                before=_place(old, _when(old, new, at, span), new),
                after=_place(new, _when(old, new, at, span), old),
            )
            for old, new in changes.moved
        ),
        *(
            QCoreApplication.translate("ChangeReport", "Renamed: “{before}” → “{after}”").format(
                before=title(old), after=title(new)
            )
            for old, new in changes.retitled
        ),
        *(
            QCoreApplication.translate(
                "ChangeReport", "Details changed (speakers, description or track): {title}"
            ).format(title=title(new))
            for _old, new in changes.other
        ),
    ]
    return Report(mine, others)


def _when(old: Session, new: Session, at: Describe, span: Describe) -> Describe:
    """How to tell a moved session's time: with its end where only the end changed."""
    return span if (old.day, old.start) == (new.day, new.start) else at


def _place(session: Session, at: Describe, other: Session) -> str:
    """When a session runs, and where when the place is what changed."""
    if session.room and session.room != other.room:
        return f"{at(session)} ({session.room})"
    return at(session)


def _about_choice(choice: AffectedChoice, at: Describe, title: Describe) -> str:
    session = choice.session
    sentences = []
    if "cancelled" in choice.reasons:
        sentences.append(
            QCoreApplication.translate(
                "ChangeReport", "Your {when} choice “{title}” was cancelled."
            ).format(when=at(session), title=title(session))
        )
    if "moved" in choice.reasons and choice.old is not None and choice.new is not None:
        if choice.old.start != choice.new.start or choice.old.day != choice.new.day:
            sentences.append(
                QCoreApplication.translate(
                    "ChangeReport", "Your {before} choice “{title}” moved to {after}."
                ).format(before=at(choice.old), title=title(choice.new), after=at(choice.new))
            )
        else:
            sentences.append(
                QCoreApplication.translate(
                    "ChangeReport", "Your {when} choice “{title}” moved to {place}."
                ).format(
                    when=at(choice.new),
                    title=title(choice.new),
                    place=choice.new.room
                    or QCoreApplication.translate("ChangeReport", "another place"),
                )
            )
    if "retitled" in choice.reasons and choice.old is not None:
        sentences.append(
            QCoreApplication.translate(
                "ChangeReport", "Your {when} choice “{before}” is now called “{after}”."
            ).format(when=at(session), before=title(choice.old), after=title(session))
        )
    if "back" in choice.reasons:
        sentences.append(
            QCoreApplication.translate(
                "ChangeReport",
                "Your choice “{title}”, cancelled by an earlier update, is back at {when} "
                "and chosen again.",
            ).format(title=title(session), when=at(session))
        )
    if "offered" in choice.reasons:
        sentences.append(
            QCoreApplication.translate(
                "ChangeReport",
                "“{title}”, which you had chosen before it was cancelled, is back at {when}; "
                "it is not chosen again because of your choice “{other}”: choose it if you "
                "want it instead.",
            ).format(
                title=title(session),
                when=at(session),
                other=", ".join(title(s) for s in choice.conflicts_with),
            )
        )
    if "conflict" in choice.reasons:
        sentences.append(
            QCoreApplication.translate(
                "ChangeReport",
                "Your {when} choice “{title}” now runs at the same time as your choice “{other}”.",
            ).format(
                when=at(session),
                title=title(session),
                other=", ".join(title(s) for s in choice.conflicts_with),
            )
        )
    if choice.alternatives:
        sentences.append(
            QCoreApplication.translate("ChangeReport", "“{title}” also runs {when}.").format(
                title=title(session), when=", ".join(at(s) for s in choice.alternatives)
            )
        )
    return " ".join(sentences)


def as_json(changes: ChangeSet, affected: Sequence[AffectedChoice]) -> dict[str, Any]:
    """The report for scripts: guids, as the command line's `import --json` prints it."""
    return {
        "added": [s.guid for s in changes.added],
        "back": [s.guid for s in changes.back],
        "cancelled": [s.guid for s in changes.cancelled],
        "moved": [new.guid for _old, new in changes.moved],
        "retitled": [new.guid for _old, new in changes.retitled],
        "affected_choices": [
            {
                "id": choice.guid,
                "reasons": list(choice.reasons),
                "alternatives": [s.guid for s in choice.alternatives],
            }
            for choice in affected
        ],
    }
