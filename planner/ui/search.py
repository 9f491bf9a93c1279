"""Search across the days: what matches, how many, and the next match from where one is."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.domain.programme import Session
from planner.services.planning import Plan
from planner.services.texts import short_day_label
from planner.ui.filters import haystack


def matches(plan: Plan, text: str) -> list[Session]:
    """The sessions whose title or speakers hold `text`, in the programme's order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    return [s for s in plan.sessions if needle in haystack(s)]


def summary(found: list[Session], day: date, language: str) -> str:
    """ "Matches: 3 (2 on Sunday 2 February)", as the count beside the search field says it:
    the matches on the other days by day, so that one knows where to look."""
    if not found:
        return QCoreApplication.translate("Search", "No match")
    elsewhere = Counter(s.day for s in found if s.day != day)
    if not elsewhere:
        return QCoreApplication.translate("Search", "Matches: {count}").format(count=len(found))
    others = ", ".join(
        QCoreApplication.translate("Search", "{count} on {day}").format(
            count=count, day=short_day_label(other, language)
        )
        for other, count in sorted(elsewhere.items())
    )
    return QCoreApplication.translate("Search", "Matches: {count} ({others})").format(
        count=len(found), others=others
    )


def following(found: list[Session], current: Session | None, forward: bool) -> Session | None:
    """The match after (or before) `current`, round the end to the start; the first match when
    `current` is none of them."""
    if not found:
        return None
    guids = [s.guid for s in found]
    if current is None or current.guid not in guids:
        if current is None:
            return found[0] if forward else found[-1]
        later = [s for s in found if (s.day, s.start) > (current.day, current.start)]
        earlier = [s for s in found if (s.day, s.start) < (current.day, current.start)]
        if forward:
            return later[0] if later else found[0]
        return earlier[-1] if earlier else found[-1]
    step = 1 if forward else -1
    return found[(guids.index(current.guid) + step) % len(found)]
