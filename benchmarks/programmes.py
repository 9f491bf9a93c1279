"""Programmes the benchmark makes for itself: a FOSDEM-sized `schedule.xml` and larger ones.

Shaped like FOSDEM 2025's export (Pentabarf/frab `schedule.xml`): two days, a devroom per
room with its own track, 15 to 50 minute talks back to back, abstracts of a few paragraphs in
escaped HTML, one to three speakers. `scale` multiplies the rooms, so ×5 has five times the
sessions on the same two days, as a conference five times FOSDEM's size would.

`version=2` is the same programme a week later: some talks moved, retitled, rewritten,
cancelled or added, about as much as FOSDEM's exports differ from one week to the next.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

# FOSDEM 2025: 943 events in the rooms that had any, about 29 of them busy on each day.
ROOMS = 29
TALKS_PER_ROOM_AND_DAY = 16
DAYS = (date(2025, 2, 1), date(2025, 2, 2))
LENGTHS = (15, 20, 20, 25, 25, 30, 30, 40, 50)
GAPS = (0, 0, 5, 5, 10)
ZONE = "Europe/Brussels"
OFFSET = "+01:00"
NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")

VOCABULARY = (
    "open source community kernel compiler runtime memory safety package distribution build "
    "reproducible network protocol storage database query index replication cluster container "
    "scheduler embedded firmware bootloader hardware driver graphics desktop accessibility "
    "translation documentation testing fuzzing security cryptography identity federation "
    "messaging email calendar mobile battery energy observability tracing metrics logging "
    "language interpreter garbage collection type system library framework migration "
    "performance latency throughput benchmark profile cache concurrency parallel scaling "
    "governance funding licence policy legal contributor maintainer onboarding mentoring"
)
WORDS = tuple(VOCABULARY.split())
GIVEN = ("Ana", "Ben", "Chen", "Dana", "Emil", "Farah", "Gustav", "Hana", "Ivan", "Julia", "Karl")
FAMILY = ("Andersson", "Berg", "Costa", "Dubois", "Eriksson", "Fischer", "García", "Horvat")


@dataclass(frozen=True)
class Talk:
    id: int
    room: str
    track: str
    start: datetime
    minutes: int
    title: str
    abstract: str
    persons: tuple[tuple[int, str], ...]
    kind: str

    @property
    def guid(self) -> str:
        return str(uuid.uuid5(NAMESPACE, f"talk-{self.id}"))


def talks(scale: int = 1, version: int = 1, seed: int = 2025) -> list[Talk]:
    """The programme's talks, the same for the same arguments."""
    chance = random.Random(seed)
    made: list[Talk] = []
    for number in range(ROOMS * scale):
        room = f"{'HKU'[number % 3]}.{number // 3 + 1}.{100 + number % 7 * 11}"
        track = f"{_phrase(chance, 2).title()} devroom {number + 1}"
        for day in DAYS:
            start = datetime(day.year, day.month, day.day, 9, 0)
            for _ in range(TALKS_PER_ROOM_AND_DAY):
                minutes = chance.choice(LENGTHS)
                made.append(
                    Talk(
                        id=len(made) + 1000,
                        room=room,
                        track=track,
                        start=start,
                        minutes=minutes,
                        title=_phrase(chance, chance.randint(4, 9)).capitalize(),
                        abstract=_abstract(chance),
                        persons=_persons(chance),
                        kind="maintrack" if number < 2 * scale else "devroom",
                    )
                )
                start += timedelta(minutes=minutes + chance.choice(GAPS))
    return _week_later(made, random.Random(seed + 1)) if version > 1 else made


def _week_later(made: list[Talk], chance: random.Random) -> list[Talk]:
    """The programme after a week of edits by the organisers."""
    later: list[Talk] = []
    for talk in made:
        roll = chance.random()
        if roll < 0.02:
            continue  # cancelled
        if roll < 0.05:
            later.append(_replace(talk, start=talk.start + timedelta(minutes=5)))
        elif roll < 0.08:
            later.append(_replace(talk, title=talk.title + " (updated)"))
        elif roll < 0.15:
            later.append(_replace(talk, abstract=_abstract(chance)))
        else:
            later.append(talk)
    # New lightning talks, in a room of their own, each day from the morning on.
    newest = max(t.id for t in made)
    for number, talk in enumerate(chance.sample(made, len(made) // 50)):
        day = DAYS[number % len(DAYS)]
        start = datetime(day.year, day.month, day.day, 9, 0)
        later.append(
            _replace(
                talk,
                id=newest + number + 1,
                room="H.2215 (Lightning)",
                track="Lightning Talks",
                start=start + timedelta(minutes=30 * (number // len(DAYS))),
                minutes=25,
            )
        )
    return later


def _replace(talk: Talk, **changes: object) -> Talk:
    values = {**talk.__dict__, **changes}
    return Talk(**values)  # type: ignore[arg-type]


def _phrase(chance: random.Random, count: int) -> str:
    return " ".join(chance.choice(WORDS) for _ in range(count))


def _abstract(chance: random.Random) -> str:
    paragraphs = []
    for _ in range(chance.randint(1, 4)):
        sentences = (
            _phrase(chance, chance.randint(8, 22)).capitalize() + "."
            for _ in range(chance.randint(2, 5))
        )
        paragraphs.append(f"<p>{' '.join(sentences)}</p>")
    return "\n".join(paragraphs)


def _persons(chance: random.Random) -> tuple[tuple[int, str], ...]:
    return tuple(
        (chance.randint(1, 9000), f"{chance.choice(GIVEN)} {chance.choice(FAMILY)}")
        for _ in range(chance.choice((1, 1, 1, 2, 2, 3)))
    )


def schedule_xml(made: list[Talk], title: str = "Benchmark Conference") -> str:
    """The talks as a frab/Pentabarf schedule.xml, grouped by day and room as FOSDEM does."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<schedule>",
        "  <version>benchmark</version>",
        "  <conference>",
        "    <acronym>bench-2025</acronym>",
        f"    <title>{escape(title)}</title>",
        f"    <start>{DAYS[0]}</start>",
        f"    <end>{DAYS[-1]}</end>",
        f"    <days>{len(DAYS)}</days>",
        "    <day_change>09:00:00</day_change>",
        "    <timeslot_duration>00:05:00</timeslot_duration>",
        f"    <time_zone_name>{ZONE}</time_zone_name>",
        "  </conference>",
    ]
    for index, day in enumerate(DAYS, start=1):
        end = day + timedelta(days=1)
        lines.append(
            f'  <day index="{index}" date="{day}" start="{day}T09:00:00{OFFSET}" '
            f'end="{end}T08:59:00{OFFSET}">'
        )
        rooms: dict[str, list[Talk]] = {}
        for talk in sorted(made, key=lambda t: (t.room, t.start)):
            if talk.start.date() == day:
                rooms.setdefault(talk.room, []).append(talk)
        for room, held in rooms.items():
            lines.append(f"    <room name={quoteattr(room)}>")
            lines.extend(_event(talk) for talk in held)
            lines.append("    </room>")
        lines.append("  </day>")
    lines.append("</schedule>")
    return "\n".join(lines) + "\n"


def _event(talk: Talk) -> str:
    slug = f"bench-{talk.id}"
    persons = "".join(
        f'<person id="{number}">{escape(name)}</person>' for number, name in talk.persons
    )
    return (
        f'      <event guid="{talk.guid}" id="{talk.id}">'
        f"<date>{talk.start.isoformat()}{OFFSET}</date>"
        f"<start>{talk.start:%H:%M}</start>"
        f"<duration>{talk.minutes // 60:02d}:{talk.minutes % 60:02d}</duration>"
        f"<room>{escape(talk.room)}</room><slug>{slug}</slug>"
        f"<url>https://example.org/2025/schedule/event/{slug}/</url>"
        f"<title>{escape(talk.title)}</title><subtitle></subtitle>"
        f"<track>{escape(talk.track)}</track><type>{talk.kind}</type><language>en</language>"
        f"<abstract>{escape(talk.abstract)}</abstract><description></description>"
        f"<persons>{persons}</persons><attachments></attachments><links></links>"
        "</event>"
    )


def write(folder: Path, scale: int = 1, version: int = 1) -> Path:
    """Write the programme of `scale` and `version` into `folder`; returns its path."""
    path = folder / f"bench-x{scale}-v{version}.xml"
    path.write_text(schedule_xml(talks(scale, version)), encoding="utf-8")
    return path
