"""A delegation's plans together: who goes where, what nobody covers, and who should go where.

A municipality sends several people; between them they can attend far more than one person
can, as every theme of an afternoon runs twice. Coverage says, for every session, which
members go, and for every theme (or session that runs once: a *topic*) whether someone covers
it and, when nobody does, who is still free at one of its runs. The delegation's proposal
divides the runs among the members so that together they cover the most wanted topics.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from planner.domain.interest import interest
from planner.domain.programme import Programme, Session, overlaps
from planner.domain.proposals import (
    TooLargeError,
    best_plan,
    plans_by_topics,
    topic,
    topic_bits,
)

# Past this many topics in a group, or this much work, the delegation's proposal is made
# member by member (see propose_for).
MOST_TOPICS = 16
MOST_COMBINATIONS = 2_000_000


@dataclass(frozen=True)
class SharedPlan:
    """A person's plan as they share it: for one conference, by session guid."""

    name: str
    conference_key: str
    conference_title: str
    days: tuple[date, ...]
    chosen: frozenset[str]
    starred: frozenset[str] = frozenset()
    ratings: Mapping[str, int] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    # When the person wrote the file (UTC): a newer file of theirs replaces an older one.
    written: datetime | None = None


@dataclass(frozen=True)
class Member:
    """One of the delegation: the attendee (`you`) or a colleague whose plan was added."""

    name: str
    chosen: frozenset[str]
    ratings: Mapping[str, int] = field(default_factory=dict)
    you: bool = False


@dataclass(frozen=True)
class Run:
    """A session of a topic: who goes, and who has nothing chosen at that time."""

    session: Session
    goers: tuple[str, ...]
    free: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """A theme, or a session that runs once, with its runs in time order."""

    key: str
    runs: tuple[Run, ...]
    # The highest rating any member gave it.
    wanted: int

    @property
    def covered(self) -> bool:
        return any(run.goers for run in self.runs)

    @property
    def first(self) -> Session:
        return self.runs[0].session


@dataclass(frozen=True)
class Coverage:
    members: tuple[Member, ...]
    # In the order of their first run.
    topics: tuple[Topic, ...]

    def goers(self, guid: str) -> tuple[str, ...]:
        return self._goers.get(guid, ())

    def count(self, guid: str) -> int:
        """How many of the plans take the session: how full its room will be."""
        return len(self.goers(guid))

    @cached_property
    def _goers(self) -> dict[str, tuple[str, ...]]:
        return {run.session.guid: run.goers for t in self.topics for run in t.runs}


def coverage(programme: Programme, members: Sequence[Member]) -> Coverage:
    """Who of `members` goes to each session, and which topics someone covers."""
    runs_of: dict[str, list[Session]] = {}
    for session in programme.sessions:
        if not session.for_everyone:
            runs_of.setdefault(topic(session), []).append(session)
    plans = [[programme.by_guid[g] for g in m.chosen if g in programme.by_guid] for m in members]
    topics = []
    for key, sessions in runs_of.items():
        runs = tuple(
            Run(
                session,
                tuple(m.name for m in members if session.guid in m.chosen),
                tuple(
                    m.name
                    for m, plan in zip(members, plans, strict=True)
                    if not any(overlaps(session, mine) for mine in plan)
                ),
            )
            for session in sessions
        )
        wanted = max((interest(programme, m.ratings, sessions[0]) for m in members), default=0)
        topics.append(Topic(key, runs, wanted))
    topics.sort(key=lambda t: (t.first.start, t.first.column, t.key))
    return Coverage(tuple(members), tuple(topics))


@dataclass(frozen=True)
class DelegationProposal:
    """Who attends what: each member's part, in the order of the members."""

    members: tuple[Member, ...]
    parts: tuple[frozenset[str], ...]
    # The topics someone covers.
    covered: frozenset[str]
    # False when the programme was too large to be sure of the best division.
    exact: bool

    def members_with_parts(self) -> tuple[Member, ...]:
        return tuple(
            Member(m.name, part, m.ratings, m.you)
            for m, part in zip(self.members, self.parts, strict=True)
        )


def propose_for(programme: Programme, members: Sequence[Member]) -> DelegationProposal:
    """Divide the programme among `members`: first cover as many topics as can be, the most
    wanted first (a topic counts 1 more than the highest rating a member gave it); then give
    each member what they rate highest; then let nobody sit idle where they could attend.

    Each member's part follows the rules (one session a slot, no overlaps, no theme twice).
    Exact for a programme of the shipped one's size; past MOST_COMBINATIONS the parts are
    made one member after the other, each the best for what is still uncovered.
    """
    members = tuple(members)
    parts: list[set[str]] = [set() for _ in members]
    exact = True
    for group in _independent_groups(programme):
        found = _divide(programme, group, members)
        if found is None:
            exact = False
            found = _divide_in_turn(programme, group, members)
        for part, picks in zip(parts, found, strict=True):
            part.update(picks)
    covered = frozenset(topic(programme.by_guid[g]) for part in parts for g in part)
    return DelegationProposal(members, tuple(frozenset(p) for p in parts), covered, exact)


def _independent_groups(programme: Programme) -> list[list[Session]]:
    """The choosable sessions in groups that no overlap and no theme ties together: each is
    divided on its own (the shipped programme's afternoon of themes, its morning of
    workshops)."""
    choosable = [s for s in programme.sessions if not s.for_everyone]
    parent = {s.guid: s.guid for s in choosable}

    def root(guid: str) -> str:
        while parent[guid] != guid:
            parent[guid] = parent[parent[guid]]
            guid = parent[guid]
        return guid

    for session in choosable:
        tied = [o for o in programme.overlapping(session) if o.guid in parent]
        tied += programme.other_runs(session)
        for other in tied:
            parent[root(other.guid)] = root(session.guid)
    groups: dict[str, list[Session]] = {}
    for session in choosable:
        groups.setdefault(root(session.guid), []).append(session)
    return list(groups.values())


def _weights(
    programme: Programme, group: Sequence[Session], members: Sequence[Member]
) -> tuple[dict[str, int], list[dict[str, int]]]:
    """What covering each topic is worth, and each member's own weight of each session: their
    rating first, then one for attending at all."""
    step = len(group) + 1
    worth: dict[str, int] = {}
    own: list[dict[str, int]] = []
    for member in members:
        levels = {s.guid: interest(programme, member.ratings, s) for s in group}
        own.append({guid: level * step + 1 for guid, level in levels.items()})
        for session in group:
            key = topic(session)
            worth[key] = max(worth.get(key, 1), 1 + levels[session.guid])
    return worth, own


def _divide(
    programme: Programme, group: Sequence[Session], members: Sequence[Member]
) -> list[tuple[str, ...]] | None:
    """The best division of `group` among `members`, or None when the search is too large.

    Each member's plans are kept by the topics they cover (the best of each); the members are
    then taken in turn, keeping for each set of topics covered so far the best total."""
    bits = topic_bits(group, topic)
    if len(bits) > MOST_TOPICS:
        return None
    worth, own = _weights(programme, group, members)
    # Topics covered -> (the members' total own weight, each member's picks so far).
    best: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {0: (0, ())}
    for weights in own:
        try:
            plans, _exact = plans_by_topics(group, _weight_in(weights), remember=True)
        except TooLargeError:
            return None
        if len(best) * len(plans) > MOST_COMBINATIONS:
            return None
        joined: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {}
        for covered, (total, picks) in best.items():
            for mask, (gain, plan) in plans.items():
                union = covered | mask
                found = joined.get(union)
                if found is None or total + gain > found[0]:
                    joined[union] = (total + gain, (*picks, plan))
        best = joined
    values = {key: worth[key] for key in bits}

    def score(item: tuple[int, tuple[int, tuple[tuple[str, ...], ...]]]) -> tuple[int, int]:
        mask, (total, _picks) = item
        return sum(v for key, v in values.items() if mask & bits[key]), total

    return list(max(best.items(), key=score)[1][1])


def _weight_in(weights: Mapping[str, int]) -> Callable[[Session], int]:
    return lambda session: weights[session.guid]


def _divide_in_turn(
    programme: Programme, group: Sequence[Session], members: Sequence[Member]
) -> list[tuple[str, ...]]:
    """Member after member, each the plan that best covers what is still uncovered."""
    worth, own = _weights(programme, group, members)
    covered: set[str] = set()
    found: list[tuple[str, ...]] = []
    for weights in own:
        # More than the member's own weights together: covering a topic comes first.
        scale = sum(weights.values()) + 1
        gains = {
            s.guid: (0 if topic(s) in covered else worth[topic(s)] * scale) + weights[s.guid]
            for s in group
        }
        picks, _exact = best_plan(group, gains)
        covered |= {topic(programme.by_guid[g]) for g in picks}
        found.append(picks)
    return found
