"""Plan for me: the plan with the highest total interest that the rules allow, as pure functions.

The attendee rates themes or sessions (must, want, maybe, or nothing). A proposal takes at most
one session of a slot, never two sessions that overlap, and never two runs of one theme; the
choices already made stay, unless the attendee lets the proposal replace those in its way.

It is weighted interval scheduling with one more rule (no theme twice), solved exactly: the
rated sessions in order of their start, each taken or left, where taking one skips what starts
before it ends. Each step remembers which themes it has taken that still have runs to come, so
the states are few: a theme is a set of runs close together in time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass

from planner.domain.interest import interest
from planner.domain.programme import Programme, Session, overlaps

# Beyond this many states a search for every set of topics is not worth waiting for.
MOST_STATES = 400_000
# How many open plans the search for the best one carries at one time (see plans_by_topics).
BEAM = 2_000


class TooLargeError(ValueError):
    """The search would hold more states than MOST_STATES."""


@dataclass(frozen=True)
class Proposal:
    """What Plan for me proposes: the choices to add, those it replaces, and the plan after."""

    added: frozenset[str]
    removed: frozenset[str]
    chosen: frozenset[str]
    # The total interest of the sessions of the plan after.
    interest: int
    # False when the programme was too tangled to be sure no plan is better.
    exact: bool = True

    @property
    def changes(self) -> bool:
        return bool(self.added or self.removed)


def topic(session: Session) -> str:
    """What one attends a session for: its theme, or the session itself when it runs once."""
    return session.theme or session.guid


def propose(
    programme: Programme, ratings: Mapping[str, int], chosen: Set[str], *, replace: bool = False
) -> Proposal:
    """The plan of the highest total interest. Choices already made stay; with `replace`,
    those that stand in the way of a better plan give way (and the rest stay)."""
    choosable = [s for s in programme.sessions if not s.for_everyone]
    mine = [s for s in choosable if s.guid in chosen]
    weights = {s.guid: interest(programme, ratings, s) for s in choosable}
    candidates = [s for s in choosable if weights[s.guid] > 0]
    if not replace:
        candidates = [s for s in candidates if s.guid not in chosen and _fits(s, mine)]
    # Between plans of equal interest, the runs the attendee rated themselves go first.
    scale = len(candidates) + 1
    preferred = {s.guid: weights[s.guid] * scale + (s.guid in ratings) for s in candidates}
    best, exact = best_plan(candidates, preferred)
    picked = set(best)
    taken = [programme.by_guid[g] for g in picked]
    kept = {s.guid for s in mine if s.guid in picked or _fits(s, taken)}
    after = frozenset(kept | picked)
    return Proposal(
        added=frozenset(picked - set(chosen)),
        removed=frozenset(set(chosen) - after) & {s.guid for s in mine},
        chosen=after,
        interest=sum(weights.get(g, 0) for g in after),
        exact=exact,
    )


def _fits(session: Session, beside: Iterable[Session]) -> bool:
    """Whether `session` can join `beside`: no overlap, not a run of a theme it holds."""
    return all(
        other.guid == session.guid
        or not (overlaps(session, other) or (session.theme and session.theme == other.theme))
        for other in beside
    )


def best_plan(
    sessions: Sequence[Session], weights: Mapping[str, int]
) -> tuple[tuple[str, ...], bool]:
    """The sessions of the highest total weight with no two overlapping and no theme twice,
    and whether that is sure to be the best (see `plans_by_topics`)."""
    plans, exact = plans_by_topics(sessions, lambda s: weights[s.guid], topics=lambda s: s.theme)
    best = max(plans.values(), key=lambda found: found[0])[1] if plans else ()
    return best, exact


def plans_by_topics(
    sessions: Sequence[Session],
    weight: Callable[[Session], int],
    *,
    topics: Callable[[Session], str | None] = topic,
    remember: bool = False,
) -> tuple[dict[int, tuple[int, tuple[str, ...]]], bool]:
    """The best plans of `sessions` (no overlap, no topic twice), by the topics they take,
    and whether they are sure to be the best.

    A plan's topics are a bit mask (see `topic_bits`). With `remember` every set of topics a
    plan can take is kept apart, as a delegation needs them all, and past MOST_STATES states
    TooLargeError is raised. Without, a plan forgets the topics that have no run left, so
    that only the best plan comes out; where more than BEAM plans of different topics are
    still open at one time (many themes running twice across each other), only the BEAM
    best go on, and the result is very good but not sure to be the best.
    """
    ordered = _in_order(sessions)
    starts = [s.start for s in ordered]
    bits = topic_bits(ordered, topics)
    bit_of = [bits.get(topics(s) or "", 0) for s in ordered]
    count = len(ordered)
    # The topics that still have a run from each position on.
    alive = [0] * (count + 1)
    for position in range(count - 1, -1, -1):
        alive[position] = alive[position + 1] | bit_of[position]
    every = (1 << len(bits)) - 1
    kept = [every] * (count + 1) if remember else alive
    # By position: topic mask -> (total weight, the plan so far as nested pairs).
    states: list[dict[int, tuple[int, Picks]]] = [{} for _ in range(count + 1)]
    states[0][0] = (0, None)
    held, exact = 1, True
    for position, session in enumerate(ordered):
        here = states[position]
        states[position] = {}
        if not remember and len(here) > BEAM:
            exact = False
            here = dict(sorted(here.items(), key=lambda item: -item[1][0])[:BEAM])
        after = bisect_left(starts, session.end_or_assumed, lo=position + 1)
        bit, gain = bit_of[position], weight(session)
        for mask, (total, picks) in here.items():
            held += _offer(states[position + 1], mask & kept[position + 1], total, picks)
            if not mask & bit:
                held += _offer(
                    states[after], (mask | bit) & kept[after], total + gain, (session.guid, picks)
                )
        if remember and held > MOST_STATES:
            raise TooLargeError(len(ordered))
    found = {mask: (total, _unpacked(picks)) for mask, (total, picks) in states[count].items()}
    return found, exact


def topic_bits(
    sessions: Iterable[Session], topics: Callable[[Session], str | None] = topic
) -> dict[str, int]:
    """Each topic's bit in the masks of `plans_by_topics`: in the order topics first run."""
    bits: dict[str, int] = {}
    for session in _in_order(sessions):
        name = topics(session)
        if name is not None and name not in bits:
            bits[name] = 1 << len(bits)
    return bits


def _in_order(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.start, s.end_or_assumed, s.guid))


# A plan being built: the last session taken and the plan before it.
Picks = tuple[str, "Picks"] | None


def _offer(states: dict[int, tuple[int, Picks]], mask: int, total: int, picks: Picks) -> int:
    """Keep the plan if it is the best so far with its topics; returns the states added."""
    found = states.get(mask)
    if found is None:
        states[mask] = (total, picks)
        return 1
    if total > found[0]:
        states[mask] = (total, picks)
    return 0


def _unpacked(picks: Picks) -> tuple[str, ...]:
    found: list[str] = []
    while picks is not None:
        guid, picks = picks
        found.append(guid)
    return tuple(reversed(found))
