"""How much the attendee wants a session: the levels of interest they rate themes with, and
a session's level (its own rating, or its theme's).

Apart from planning (`planner.domain.proposals`) because the detail pane shows a session's
level at every start, and the planning modules are for when the attendee asks for a plan.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.programme import Programme, Session

MUST, WANT, MAYBE, NONE = 3, 2, 1, 0
LEVELS = (MUST, WANT, MAYBE, NONE)


def interest(programme: Programme, ratings: Mapping[str, int], session: Session) -> int:
    """How much the attendee wants `session`: its rating, or its theme's (any run's)."""
    levels = [ratings.get(session.guid, NONE)]
    levels += [ratings.get(run.guid, NONE) for run in programme.other_runs(session)]
    return max(levels)
