"""What a choice does to a plan: the rules of slots, themes and overlaps, as pure functions.

In a slot the attendee holds at most one session: choosing another replaces it. The runs of a
theme are alternatives: choosing another run moves the choice there. Everywhere else choosing
is free: a choice that overlaps another is kept beside it, and both are a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from typing import NamedTuple

from planner.domain.programme import Programme, Session, overlaps, sort_key


class Choice(NamedTuple):
    """What choosing `guid` does: which choices go, and which stay beside it in conflict."""

    guid: str
    # The slot's earlier choice, and with `replace_overlapping` whatever else ran then.
    replaced: frozenset[str] = frozenset()
    # Other runs of its theme that were chosen: the choice moves from them.
    moved_from: frozenset[str] = frozenset()
    # Chosen sessions at the same time that stay: both are now a conflict.
    conflicts: frozenset[str] = frozenset()
    # Already chosen: nothing changes.
    unchanged: bool = False

    @property
    def removed(self) -> frozenset[str]:
        return self.replaced | self.moved_from


def choose(
    programme: Programme, chosen: Set[str], guid: str, *, replace_overlapping: bool = False
) -> Choice:
    """What choosing the session `guid` does to the plan `chosen`."""
    if guid in chosen:
        return Choice(guid, unchanged=True)
    session = programme.by_guid[guid]
    moved_from = frozenset(s.guid for s in programme.other_runs(session) if s.guid in chosen)
    in_slot = programme.slots.get(session.slot, ()) if session.slot is not None else ()
    replaced = {s.guid for s in in_slot if s.guid in chosen}
    others = {s.guid for s in programme.overlapping(session) if s.guid in chosen}
    others -= replaced | moved_from
    if replace_overlapping:
        return Choice(guid, frozenset(replaced | others), moved_from)
    return Choice(guid, frozenset(replaced), moved_from, frozenset(others))


def conflicts(programme: Programme, chosen: Iterable[str]) -> set[str]:
    """The chosen sessions that run at the same time as another chosen session."""
    mine = [programme.by_guid[g] for g in chosen if g in programme.by_guid]
    mine.sort(key=lambda s: s.start)
    found: set[str] = set()
    for number, session in enumerate(mine):
        for later in mine[number + 1 :]:
            if later.start >= session.end_or_assumed:
                break
            if overlaps(session, later):
                found |= {session.guid, later.guid}
    return found


def doubled_themes(programme: Programme, chosen: Set[str]) -> dict[str, tuple[Session, ...]]:
    """Themes of which the plan holds more than one run: theme -> the chosen runs."""
    found: dict[str, tuple[Session, ...]] = {}
    for theme, runs in programme.themes.items():
        mine = tuple(s for s in runs if s.guid in chosen)
        if len(mine) > 1:
            found[theme] = mine
    return found


def restored_choices(programme: Programme, earlier: Iterable[str], current: Set[str]) -> set[str]:
    """The plan an undo of an import brings back: the choices of before the import, plus those
    made since that are sessions of the restored programme and that the rules let stand beside
    them (no second choice in a slot, no second run of a theme, no new overlap)."""
    kept = set(earlier)
    later = sorted(
        (programme.by_guid[g] for g in current - kept if g in programme.by_guid), key=sort_key
    )
    for session in later:
        if session.for_everyone:
            continue
        choice = choose(programme, kept, session.guid)
        if not (choice.removed or choice.conflicts):
            kept.add(session.guid)
    return kept
