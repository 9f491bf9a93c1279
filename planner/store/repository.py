"""Conferences, their programmes and the attendee's plan, read and written in transactions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from planner.domain.changes import AffectedChoice, ChangeSet, affected_choices, compare
from planner.domain.programme import (
    KINDS,
    Conference,
    ConferenceInfo,
    Programme,
    Session,
    Speaker,
    overlaps,
    sort_key,
)
from planner.store.database import Database
from planner.store.models import (
    ChoiceRow,
    ConferenceRow,
    DayRow,
    ExportedEventRow,
    ProgrammeVersionRow,
    SessionRow,
    UnseenChangeRow,
)


class PlanError(ValueError):
    """A choice that cannot be made: an unknown session, or a fixed item."""


@dataclass(frozen=True)
class ExportedEvent:
    """A calendar event as last exported: its SEQUENCE and when its content last changed (UTC)."""

    sequence: int
    changed_at: datetime


class Repository:
    def __init__(self, database: Database) -> None:
        self.database = database

    # Conferences -------------------------------------------------------------------------

    def conferences(self) -> list[Conference]:
        with self.database.transaction() as db:
            rows = db.scalars(select(ConferenceRow).order_by(ConferenceRow.title))
            return [_conference(row) for row in rows]

    def current_conference(self) -> Conference | None:
        """The conference opened or imported last."""
        with self.database.transaction() as db:
            row = db.scalars(
                select(ConferenceRow).order_by(ConferenceRow.opened_at.desc()).limit(1)
            ).first()
            return _conference(row) if row else None

    def save_programme(self, programme: Programme) -> None:
        """Store a programme, replacing an earlier version of the same conference as it is.

        The plan is keyed by session guid, so choices of sessions that still exist stay.
        """
        with self.database.transaction() as db:
            _fill(db, _conference_row(db, programme.conference), programme)

    def import_programme(self, programme: Programme) -> ImportResult:
        """Store an imported programme and say what changed; the plan is kept whole.

        An earlier version of the same conference is kept, with the choices of that moment,
        so that `undo_import` can bring both back. Sessions that are new or changed stay
        marked until seen.
        """
        with self.database.transaction() as db:
            row = db.scalars(select(ConferenceRow).filter_by(key=programme.conference.key)).first()
            if row is None:
                _fill(db, _conference_row(db, programme.conference), programme)
                return ImportResult(programme.conference, True, ChangeSet(), [])
            before = _sessions(db, row.id)
            chosen = _chosen(db, row.id)
            db.add(
                ProgrammeVersionRow(
                    conference_id=row.id,
                    replaced_at=datetime.now(),
                    programme=_programme_json(_conference(row), before),
                    choices=sorted(chosen),
                )
            )
            _fill(db, row, programme)
            changes = compare(before, programme.sessions)
            for guid, change in _change_marks(changes).items():
                db.merge(UnseenChangeRow(conference_id=row.id, session_guid=guid, change=change))
            affected = affected_choices(changes, chosen, programme.sessions)
            return ImportResult(programme.conference, False, changes, affected)

    def can_undo_import(self, conference: Conference) -> bool:
        with self.database.transaction() as db:
            return _last_version(db, _conference_id(db, conference)) is not None

    def undo_import(self, conference: Conference) -> Conference:
        """Bring back the programme and the plan as they were before the last import."""
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            version = _last_version(db, conference_id)
            if version is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "There is no import of {title} to undo."
                    ).format(title=conference.title)
                )
            earlier = _programme_from_json(version.programme)
            row = db.get_one(ConferenceRow, conference_id)
            _fill(db, row, earlier)
            current = _chosen(db, conference_id)
            _delete_choices(db, conference_id, current)
            db.add_all(
                ChoiceRow(conference_id=conference_id, session_guid=guid, chosen_at=datetime.now())
                for guid in _restored_choices(earlier.sessions, version.choices, current)
            )
            db.execute(delete(UnseenChangeRow).filter_by(conference_id=conference_id))
            db.delete(version)
            return earlier.conference

    def last_changes(self, conference: Conference) -> ChangeSet | None:
        """What the last import changed, or None when the programme was never updated."""
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            version = _last_version(db, conference_id)
            if version is None:
                return None
            earlier = _programme_from_json(version.programme)
            return compare(earlier.sessions, _sessions(db, conference_id))

    def unseen_changes(self, conference: Conference) -> dict[str, str]:
        """Sessions added or changed by imports and not yet seen: guid -> kind of change."""
        with self.database.transaction() as db:
            rows = db.scalars(
                select(UnseenChangeRow).filter_by(conference_id=_conference_id(db, conference))
            )
            return {row.session_guid: row.change for row in rows}

    def mark_seen(self, conference: Conference, guids: set[str]) -> None:
        with self.database.transaction() as db:
            db.execute(
                delete(UnseenChangeRow)
                .where(UnseenChangeRow.conference_id == _conference_id(db, conference))
                .where(UnseenChangeRow.session_guid.in_(guids))
            )

    def open_conference(self, conference: Conference) -> None:
        """Make `conference` the current one, which commands act on by default."""
        with self.database.transaction() as db:
            db.get_one(ConferenceRow, _conference_id(db, conference)).opened_at = datetime.now()

    # The programme and the plan ----------------------------------------------------------

    def sessions(self, conference: Conference) -> list[Session]:
        with self.database.transaction() as db:
            return _sessions(db, _conference_id(db, conference))

    def chosen(self, conference: Conference) -> set[str]:
        """The chosen guids, including those of sessions an update cancelled."""
        with self.database.transaction() as db:
            return _chosen(db, _conference_id(db, conference))

    def choose(
        self, conference: Conference, guid: str, *, keep_overlapping: bool = False
    ) -> set[str]:
        """Choose a session; returns the guids whose chosen state changed.

        Chosen sessions that run at the same time are replaced (for aligned slots: the slot's
        earlier choice), unless `keep_overlapping`, which keeps both as a conflict.
        """
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            row = db.scalars(
                select(SessionRow).filter_by(conference_id=conference_id, guid=guid)
            ).first()
            if row is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "There is no session {guid} in {conference}."
                    ).format(guid=guid, conference=conference.title)
                )
            if row.slot is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "{title} is not a choice: it is on everyone's agenda."
                    ).format(title=row.title)
                )
            chosen = db.scalars(
                select(SessionRow)
                .join(
                    ChoiceRow,
                    (SessionRow.guid == ChoiceRow.session_guid)
                    & (SessionRow.conference_id == ChoiceRow.conference_id),
                )
                .where(ChoiceRow.conference_id == conference_id)
            ).all()
            if any(other.guid == guid for other in chosen):
                return set()
            session = _session(row, row.start.date())
            replaced = (
                set()
                if keep_overlapping
                else {
                    other.guid
                    for other in chosen
                    if overlaps(session, _session(other, other.start.date()))
                }
            )
            _delete_choices(db, conference_id, replaced)
            db.add(
                ChoiceRow(conference_id=conference_id, session_guid=guid, chosen_at=datetime.now())
            )
            return replaced | {guid}

    def clear(self, conference: Conference, guids: set[str] | None = None) -> set[str]:
        """Unchoose `guids` (all choices when None); returns the guids that were chosen."""
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            query = select(ChoiceRow.session_guid).where(ChoiceRow.conference_id == conference_id)
            if guids is not None:
                query = query.where(ChoiceRow.session_guid.in_(guids))
            cleared = set(db.scalars(query))
            _delete_choices(db, conference_id, cleared)
            return cleared

    # Calendar exports ---------------------------------------------------------------------

    def exported_events(self, conference: Conference) -> dict[str, ExportedEvent]:
        """Every event UID exported so far for `conference`, with its last SEQUENCE."""
        with self.database.transaction() as db:
            rows = db.scalars(
                select(ExportedEventRow).filter_by(conference_id=_conference_id(db, conference))
            )
            return {row.uid: ExportedEvent(row.sequence, row.changed_at) for row in rows}

    def record_export(
        self,
        conference: Conference,
        fingerprints: Mapping[str, str],
        write: Callable[[dict[str, ExportedEvent]], None],
        now: datetime,
    ) -> dict[str, ExportedEvent]:
        """Give each event UID its SEQUENCE, let `write` write the file, and keep the result.

        An event keeps its SEQUENCE while its fingerprint (time, title, place, description)
        stays the same, and gets the next one when it changed since the last export. All in
        one transaction: when `write` raises, nothing is kept. `now` is naive UTC.
        """
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            rows = {
                row.uid: row
                for row in db.scalars(
                    select(ExportedEventRow).filter_by(conference_id=conference_id)
                )
            }
            events = {}
            for uid, fingerprint in fingerprints.items():
                row = rows.get(uid)
                if row is None:
                    row = ExportedEventRow(
                        conference_id=conference_id,
                        uid=uid,
                        fingerprint=fingerprint,
                        sequence=0,
                        changed_at=now,
                    )
                    db.add(row)
                elif row.fingerprint != fingerprint:
                    row.fingerprint = fingerprint
                    row.sequence += 1
                    row.changed_at = now
                events[uid] = ExportedEvent(row.sequence, row.changed_at)
            write(events)
            return events


@dataclass(frozen=True)
class ImportResult:
    conference: Conference
    # A conference the database did not have yet: nothing changed for the attendee.
    is_new: bool
    changes: ChangeSet
    affected: list[AffectedChoice]


def _conference_row(db: DbSession, conference: Conference) -> ConferenceRow:
    row = db.scalars(select(ConferenceRow).filter_by(key=conference.key)).first()
    if row is None:
        now = datetime.now()
        row = ConferenceRow(key=conference.key, imported_at=now, opened_at=now)
        db.add(row)
    return row


def _fill(db: DbSession, row: ConferenceRow, programme: Programme) -> None:
    """Make `row` hold `programme`: its fields, days and sessions (choices stay as they are)."""
    conference = programme.conference
    row.title = conference.title
    row.title_en = conference.title_en
    row.timezone = conference.timezone
    row.info = _info_json(conference.info)
    row.info_en = _info_json(conference.info_en) if conference.info_en else None
    row.imported_at = row.opened_at = datetime.now()
    row.days.clear()
    db.flush()
    days = {day: DayRow(date=day) for day in conference.days}
    row.days.extend(days.values())
    db.flush()
    for session in programme.sessions:
        days[session.day].sessions.append(_session_row(row.id, session))


def _sessions(db: DbSession, conference_id: int) -> list[Session]:
    rows = db.execute(
        select(SessionRow, DayRow.date)
        .join(DayRow)
        .where(SessionRow.conference_id == conference_id)
    )
    return sorted((_session(row, day) for row, day in rows), key=sort_key)


def _chosen(db: DbSession, conference_id: int) -> set[str]:
    return set(
        db.scalars(select(ChoiceRow.session_guid).where(ChoiceRow.conference_id == conference_id))
    )


def _last_version(db: DbSession, conference_id: int) -> ProgrammeVersionRow | None:
    return db.scalars(
        select(ProgrammeVersionRow)
        .filter_by(conference_id=conference_id)
        .order_by(ProgrammeVersionRow.id.desc())
        .limit(1)
    ).first()


def _restored_choices(
    sessions: Sequence[Session], earlier: Iterable[str], current: set[str]
) -> set[str]:
    """The plan an undo brings back: the choices of before the import, plus those made since
    that are sessions of the restored programme and clash with none of the earlier choices."""
    by_guid = {s.guid: s for s in sessions}
    kept = set(earlier)
    for guid in sorted(current - kept, key=lambda g: sort_key(by_guid[g]) if g in by_guid else ()):
        session = by_guid.get(guid)
        if (
            session is not None
            and session.slot is not None
            and not any(overlaps(session, by_guid[k]) for k in kept if k in by_guid)
        ):
            kept.add(guid)
    return kept


def _change_marks(changes: ChangeSet) -> dict[str, str]:
    """The mark each new or changed session gets; the weightiest change wins."""
    marks = {new.guid: "changed" for _, new in changes.other}
    marks |= {new.guid: "retitled" for _, new in changes.retitled}
    marks |= {new.guid: "moved" for _, new in changes.moved}
    return marks | {s.guid: "added" for s in changes.added}


def _programme_json(conference: Conference, sessions: list[Session]) -> dict[str, Any]:
    return {
        "conference": {
            "key": conference.key,
            "title": conference.title,
            "title_en": conference.title_en,
            "timezone": conference.timezone,
            "days": [day.isoformat() for day in conference.days],
            "info": _info_json(conference.info),
            "info_en": _info_json(conference.info_en) if conference.info_en else None,
        },
        "sessions": [
            {
                **{name: getattr(s, name) for name in _PLAIN_FIELDS},
                "day": s.day.isoformat(),
                "start": s.start.isoformat(),
                "end": s.end.isoformat() if s.end else None,
                "speakers": list(s.speakers),
                "english": dict(s.english),
            }
            for s in sessions
        ],
    }


_PLAIN_FIELDS = (
    "guid",
    "title",
    "kind",
    "track",
    "room",
    "subtitle",
    "description",
    "slot",
    "column",
)


def _programme_from_json(data: dict[str, Any]) -> Programme:
    fields = data["conference"]
    conference = Conference(
        key=fields["key"],
        title=fields["title"],
        timezone=fields["timezone"],
        days=tuple(date.fromisoformat(day) for day in fields["days"]),
        info=_info(fields["info"]),
        title_en=fields["title_en"],
        info_en=_info(fields["info_en"]) if fields["info_en"] else None,
    )
    sessions = tuple(
        Session(
            **{name: item[name] for name in _PLAIN_FIELDS},
            day=date.fromisoformat(item["day"]),
            start=datetime.fromisoformat(item["start"]),
            end=datetime.fromisoformat(item["end"]) if item["end"] else None,
            speakers=tuple(item["speakers"]),
            english=tuple(sorted(item["english"].items())),
        )
        for item in data["sessions"]
    )
    return Programme(conference, sessions)


def _delete_choices(db: DbSession, conference_id: int, guids: set[str]) -> None:
    if guids:
        db.execute(
            delete(ChoiceRow)
            .where(ChoiceRow.conference_id == conference_id)
            .where(ChoiceRow.session_guid.in_(guids))
        )


def _conference_id(db: DbSession, conference: Conference) -> int:
    found = db.scalars(select(ConferenceRow.id).filter_by(key=conference.key)).first()
    if found is None:
        raise PlanError(
            QCoreApplication.translate(
                "Repository", "The conference {title} is not in the plan database."
            ).format(title=conference.title)
        )
    return found


def _info_json(info: ConferenceInfo) -> dict[str, Any]:
    return asdict(info)


def _info(data: dict[str, Any]) -> ConferenceInfo:
    values = dict(data)
    values["speakers"] = tuple(Speaker(**s) for s in values.get("speakers", []))
    values["notices"] = tuple(values.get("notices", []))
    return ConferenceInfo(**values)


def _conference(row: ConferenceRow) -> Conference:
    return Conference(
        key=row.key,
        title=row.title,
        timezone=row.timezone,
        days=tuple(day.date for day in row.days),
        info=_info(row.info),
        title_en=row.title_en,
        info_en=_info(row.info_en) if row.info_en else None,
    )


def _session_row(conference_id: int, session: Session) -> SessionRow:
    return SessionRow(
        conference_id=conference_id,
        guid=session.guid,
        start=session.start,
        end=session.end,
        title=session.title,
        kind=session.kind,
        track=session.track,
        room=session.room,
        subtitle=session.subtitle,
        speakers=list(session.speakers),
        description=session.description,
        slot=session.slot,
        column=session.column,
        english=dict(session.english),
    )


def _session(row: SessionRow, day: Any) -> Session:
    kind = next(k for k in KINDS if k == row.kind)
    return Session(
        guid=row.guid,
        day=day,
        start=row.start,
        end=row.end,
        title=row.title,
        kind=kind,
        track=row.track,
        room=row.room,
        subtitle=row.subtitle,
        speakers=tuple(row.speakers),
        description=row.description,
        slot=row.slot,
        column=row.column,
        english=tuple(sorted(row.english.items())),
    )
