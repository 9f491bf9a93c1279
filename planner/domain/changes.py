"""What changed between two versions of one conference's programme, and what that means for a plan.

Sessions are matched by their identity (the guid, or where a file has none its id), never by
title. Pure values: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from planner.domain.programme import Programme, Session, overlaps, sort_key
from planner.domain.rules import choose

Pair = tuple[Session, Session]
# "back": a chosen session an earlier update cancelled is on the programme again, and chosen
# again; "offered": it is back, but at the same time as another choice, so it is not.
Reason = Literal["cancelled", "moved", "retitled", "conflict", "back", "offered"]


@dataclass(frozen=True)
class ChangeSet:
    """The changes from one version to the next, each list in time order.

    A session can be in several lists: one both moved and retitled is in `moved` and `retitled`.
    Pairs are (old, new).
    """

    added: tuple[Session, ...] = ()
    # On the programme again after an earlier version had cancelled them.
    back: tuple[Session, ...] = ()
    cancelled: tuple[Session, ...] = ()
    moved: tuple[Pair, ...] = ()  # its day, start, end or room changed
    retitled: tuple[Pair, ...] = ()
    other: tuple[Pair, ...] = ()  # speakers, track, texts, link, kind, English texts

    @property
    def is_empty(self) -> bool:
        return not (
            self.added or self.back or self.cancelled or self.moved or self.retitled or self.other
        )

    @property
    def changed_guids(self) -> set[str]:
        """The guids of the new programme's sessions that are new or changed."""
        pairs = (*self.moved, *self.retitled, *self.other)
        return {s.guid for s in (*self.added, *self.back)} | {new.guid for _, new in pairs}


def compare(
    old: Iterable[Session], new: Iterable[Session], known: Set[str] = frozenset()
) -> ChangeSet:
    """The changes that turn the sessions `old` into the sessions `new`; `known` are the
    identities of sessions earlier versions had, so that one that returns is not new."""
    before = {s.guid: s for s in old}
    after = {s.guid: s for s in new}
    pairs = [(before[guid], s) for guid, s in after.items() if guid in before]
    arrived = sorted((s for g, s in after.items() if g not in before), key=sort_key)
    return ChangeSet(
        added=tuple(s for s in arrived if s.guid not in known),
        back=tuple(s for s in arrived if s.guid in known),
        cancelled=tuple(sorted((s for g, s in before.items() if g not in after), key=sort_key)),
        moved=_sorted(p for p in pairs if _moved(*p)),
        retitled=_sorted(p for p in pairs if p[0].title != p[1].title),
        other=_sorted(p for p in pairs if _details(p[0]) != _details(p[1])),
    )


@dataclass(frozen=True)
class AffectedChoice:
    """A chosen session the update concerns, and what the attendee could choose instead."""

    guid: str
    reasons: tuple[Reason, ...]
    old: Session | None  # None when only a conflict concerns it and it did not change
    new: Session | None  # None when it was cancelled
    conflicts_with: tuple[Session, ...] = ()  # other chosen sessions it now overlaps
    alternatives: tuple[Session, ...] = ()  # its other runs, for a cancelled or conflicting one

    @property
    def session(self) -> Session:
        """The session as it is now, or as it was when it was cancelled."""
        result = self.new or self.old
        assert result is not None
        return result


def returning_choices(
    changes: ChangeSet, chosen: Set[str], programme: Programme
) -> tuple[list[Session], list[Session]]:
    """Chosen sessions that are back after an earlier update cancelled them: those that fit
    the plan as it is now (chosen again), and those that would clash with a choice made since
    (offered, not chosen: an update never puts a plan into a conflict by itself)."""
    returning = [s for s in changes.back if s.guid in chosen]
    kept = set(chosen) - {s.guid for s in returning}
    restored, offered = [], []
    for session in returning:
        choice = choose(programme, kept, session.guid)
        if choice.removed or choice.conflicts:
            offered.append(session)
        else:
            kept.add(session.guid)
            restored.append(session)
    return restored, offered


def affected_choices(
    changes: ChangeSet,
    chosen_guids: Iterable[str],
    programme: Programme,
    offered: Iterable[Session] = (),
) -> list[AffectedChoice]:
    """The chosen sessions that were cancelled, moved, retitled or are back, or now overlap
    another choice; and the `offered` ones, back but not chosen again.

    A conflict is reported only when the update made it: at least one of the two overlapping
    chosen sessions moved. Overlaps the attendee already had are not news.
    """
    chosen = set(chosen_guids)
    moved = {new.guid: (old, new) for old, new in changes.moved if new.guid in chosen}
    retitled = {new.guid: (old, new) for old, new in changes.retitled if new.guid in chosen}
    by_guid = programme.by_guid
    mine = sorted((by_guid[g] for g in chosen if g in by_guid), key=sort_key)
    conflicts: dict[str, list[Session]] = {}
    for guid in moved:
        session = by_guid.get(guid)
        if session is None:
            continue
        for other in mine:
            if other.guid != guid and overlaps(session, other):
                conflicts.setdefault(guid, []).append(other)
                conflicts.setdefault(other.guid, []).append(session)

    result = [
        AffectedChoice(
            guid=s.guid,
            reasons=("cancelled",),
            old=s,
            new=None,
            alternatives=_runs_of(s, programme),
        )
        for s in changes.cancelled
        if s.guid in chosen
    ]
    result += [
        AffectedChoice(guid=s.guid, reasons=("back",), old=None, new=s)
        for s in changes.back
        if s.guid in chosen
    ]
    result += [
        AffectedChoice(
            guid=s.guid,
            reasons=("offered",),
            old=None,
            new=s,
            conflicts_with=_clashes(programme, chosen, s),
        )
        for s in offered
    ]
    concerned = (moved.keys() | retitled.keys() | conflicts.keys()) & by_guid.keys()
    for guid in sorted(concerned, key=lambda g: sort_key(by_guid[g])):
        reasons: list[Reason] = []
        if guid in moved:
            reasons.append("moved")
        if guid in retitled:
            reasons.append("retitled")
        pair = moved.get(guid) or retitled.get(guid)
        new = by_guid[guid]
        against = tuple(sorted({s.guid: s for s in conflicts.get(guid, [])}.values(), key=sort_key))
        if against:
            reasons.append("conflict")
        result.append(
            AffectedChoice(
                guid=guid,
                reasons=tuple(reasons),
                old=pair[0] if pair else None,
                new=new,
                conflicts_with=against,
                alternatives=programme.other_runs(new) if against else (),
            )
        )
    return sorted(result, key=lambda a: sort_key(a.session))


def _clashes(programme: Programme, chosen: Set[str], session: Session) -> tuple[Session, ...]:
    """The choices that choosing `session` would replace, move from, or overlap."""
    choice = choose(programme, chosen, session.guid)
    guids = choice.removed | choice.conflicts
    return tuple(s for s in programme.sessions if s.guid in guids)


def _runs_of(cancelled: Session, programme: Programme) -> tuple[Session, ...]:
    """The runs of a cancelled session's theme that are still on the programme."""
    if cancelled.theme is None:
        return ()
    return tuple(
        s
        for s in programme.sessions
        if s.guid != cancelled.guid and (s.title, s.track) == (cancelled.title, cancelled.track)
    )


def _sorted(pairs: Iterable[Pair]) -> tuple[Pair, ...]:
    return tuple(sorted(pairs, key=lambda pair: sort_key(pair[1])))


def _moved(old: Session, new: Session) -> bool:
    """Whether a session's day, time or room changed. A floating time that a zone has been
    named for since is the same time, if its clock reads the same."""
    if (old.day, old.room) != (new.day, new.room):
        return True
    return any(_time_changed(a, b) for a, b in ((old.start, new.start), (old.end, new.end)))


def _time_changed(old: datetime | None, new: datetime | None) -> bool:
    if old is None or new is None:
        return old is not new
    if (old.tzinfo is None) != (new.tzinfo is None):
        return old.replace(tzinfo=None) != new.replace(tzinfo=None)
    return old != new


def _details(s: Session) -> tuple[object, ...]:
    return (s.speakers, s.track, s.subtitle, s.abstract, s.description, s.url, s.kind, s.english)
