"""Conferences, their programmes and the attendee's plan, read and written in transactions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from planner.domain.programme import (
    KINDS,
    Conference,
    ConferenceInfo,
    Programme,
    Session,
    Speaker,
    sort_key,
)
from planner.store.database import Database
from planner.store.models import (
    ChoiceRow,
    ConferenceRow,
    DayRow,
    ExportedEventRow,
    SessionRow,
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
        """Store a programme, replacing an earlier version of the same conference.

        The plan is keyed by session guid, so choices of sessions that still exist stay.
        """
        conference = programme.conference
        now = datetime.now()
        with self.database.transaction() as db:
            row = db.scalars(select(ConferenceRow).filter_by(key=conference.key)).first()
            if row is None:
                row = ConferenceRow(key=conference.key, imported_at=now, opened_at=now)
                db.add(row)
            row.title = conference.title
            row.title_en = conference.title_en
            row.timezone = conference.timezone
            row.info = _info_json(conference.info)
            row.info_en = _info_json(conference.info_en) if conference.info_en else None
            row.imported_at = row.opened_at = now
            row.days.clear()
            db.flush()
            days = {day: DayRow(date=day) for day in conference.days}
            row.days.extend(days.values())
            db.flush()
            for session in programme.sessions:
                days[session.day].sessions.append(_session_row(row.id, session))

    # The programme and the plan ----------------------------------------------------------

    def sessions(self, conference: Conference) -> list[Session]:
        with self.database.transaction() as db:
            rows = db.execute(
                select(SessionRow, DayRow.date)
                .join(DayRow)
                .where(SessionRow.conference_id == _conference_id(db, conference))
            )
            return sorted((_session(row, day) for row, day in rows), key=sort_key)

    def chosen(self, conference: Conference) -> set[str]:
        with self.database.transaction() as db:
            return set(
                db.scalars(
                    select(ChoiceRow.session_guid).where(
                        ChoiceRow.conference_id == _conference_id(db, conference)
                    )
                )
            )

    def choose(self, conference: Conference, guid: str) -> set[str]:
        """Choose a session, replacing any other choice in its slot; returns changed guids."""
        with self.database.transaction() as db:
            conference_id = _conference_id(db, conference)
            session = db.scalars(
                select(SessionRow).filter_by(conference_id=conference_id, guid=guid)
            ).first()
            if session is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "There is no session {guid} in {conference}."
                    ).format(guid=guid, conference=conference.title)
                )
            if session.slot is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "{title} is not a choice: it is on everyone's agenda."
                    ).format(title=session.title)
                )
            replaced = set(
                db.scalars(
                    select(ChoiceRow.session_guid)
                    .join(
                        SessionRow,
                        (SessionRow.guid == ChoiceRow.session_guid)
                        & (SessionRow.conference_id == ChoiceRow.conference_id),
                    )
                    .where(ChoiceRow.conference_id == conference_id)
                    .where(SessionRow.slot == session.slot)
                )
            )
            if replaced == {guid}:
                return set()
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
