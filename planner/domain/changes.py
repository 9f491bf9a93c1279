"""What changed between two versions of one conference's programme, and what that means for a plan.

Sessions are matched by guid, never by title or integer id: ids change between versions while
guids stay. Pure values: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from planner.domain.programme import Programme, Session, overlaps, sort_key

Pair = tuple[Session, Session]
Reason = Literal["cancelled", "moved", "retitled", "conflict"]


@dataclass(frozen=True)
class ChangeSet:
    """The changes from one version to the next, each list in time order.

    A session can be in several lists: one both moved and retitled is in `moved` and `retitled`.
    Pairs are (old, new).
    """

    added: tuple[Session, ...] = ()
    cancelled: tuple[Session, ...] = ()
    moved: tuple[Pair, ...] = ()  # its day, start, end or room changed
    retitled: tuple[Pair, ...] = ()
    other: tuple[Pair, ...] = ()  # speakers, track, texts, link, kind, English texts

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.cancelled or self.moved or self.retitled or self.other)

    @property
    def changed_guids(self) -> set[str]:
        """The guids of the new programme's sessions that are new or changed."""
        pairs = (*self.moved, *self.retitled, *self.other)
        return {s.guid for s in self.added} | {new.guid for _, new in pairs}


def compare(old: Iterable[Session], new: Iterable[Session]) -> ChangeSet:
    """The changes that turn the sessions `old` into the sessions `new`."""
    before = {s.guid: s for s in old}
    after = {s.guid: s for s in new}
    pairs = [(before[guid], s) for guid, s in after.items() if guid in before]
    return ChangeSet(
        added=tuple(sorted((s for g, s in after.items() if g not in before), key=sort_key)),
        cancelled=tuple(sorted((s for g, s in before.items() if g not in after), key=sort_key)),
        moved=_sorted(p for p in pairs if _place(p[0]) != _place(p[1])),
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


def affected_choices(
    changes: ChangeSet, chosen_guids: Iterable[str], programme: Programme
) -> list[AffectedChoice]:
    """The chosen sessions that were cancelled, moved or retitled, or now overlap another choice.

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


def _place(s: Session) -> tuple[object, ...]:
    return (s.day, s.start, s.end, s.room)


def _details(s: Session) -> tuple[object, ...]:
    return (s.speakers, s.track, s.subtitle, s.abstract, s.description, s.url, s.kind, s.english)
