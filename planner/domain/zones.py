"""Time zones by name: an IANA name, or a fixed UTC offset for files that give no name."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def zone_for(name: str) -> tzinfo:
    match = _OFFSET.match(name)
    if match is None:
        return ZoneInfo(name)
    sign = -1 if match[1] == "-" else 1
    return timezone(sign * timedelta(hours=int(match[2]), minutes=int(match[3])))


def offset_name(moment: datetime) -> str:
    """The UTC offset of an aware moment as a zone name, like +01:00."""
    offset = moment.utcoffset() or timedelta()
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
