"""Time zones: IANA names and fixed UTC offsets, and instants on the conference's clock."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def zone_for(name: str) -> tzinfo:
    """An IANA zone, or a fixed offset written like +01:00. Raises KeyError or ValueError."""
    match = _OFFSET.match(name)
    if match is None:
        return ZoneInfo(name)
    sign = -1 if match[1] == "-" else 1
    return fixed_offset(sign * timedelta(hours=int(match[2]), minutes=int(match[3])))


def is_zone_name(name: str) -> bool:
    """Whether `name` is an IANA zone this machine knows, like Europe/Brussels."""
    try:
        ZoneInfo(name)
    except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


@cache
def fixed_offset(offset: timedelta) -> timezone:
    return timezone(offset)


def on_clock(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """An aware instant as the planner keeps it: with the fixed UTC offset that `zone` (or,
    without one, the moment's own zone) has at that instant, so that its clock fields are the
    local time and its arithmetic is the instants'."""
    local = moment.astimezone(zone) if zone is not None else moment
    return local.replace(tzinfo=fixed_offset(local.utcoffset() or timedelta()), fold=0)


def wall_clock_instant(wall: datetime, zone: tzinfo) -> datetime:
    """The instant a naive wall-clock time names in `zone`.

    In the hour a clock repeats in autumn the earlier instant is meant (fold 0); a time that
    the clock skips in spring is read with the offset before the change, as RFC 5545 reads it.
    """
    return on_clock(wall.replace(tzinfo=zone, fold=0))


def is_ambiguous(moment: datetime, zone: tzinfo) -> bool:
    """Whether the local time of `moment` in `zone` happens twice, or never, on that clock:
    a calendar must then be given the instant in UTC."""
    local = moment.astimezone(zone).replace(tzinfo=None)
    early = local.replace(tzinfo=zone, fold=0).utcoffset()
    late = local.replace(tzinfo=zone, fold=1).utcoffset()
    return early != late
