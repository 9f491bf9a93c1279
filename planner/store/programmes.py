"""Conferences and their programmes: storing imports, keeping earlier versions, undoing."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from planner.domain.changes import (
    ChangeSet,
    affected_choices,
    compare,
    returning_choices,
)
from planner.domain.programme import Conference, Programme, sort_key
from planner.domain.rules import restored_choices
from planner.store import reading
from planner.store.choices import chosen_in, replace_choices
from planner.store.database import Database, connection_of, run_in
from planner.store.imports import ImportResult, UpdateCancelsMostError
from planner.store.lookup import conference_row
from planner.store.models import (
    ConferenceRow,
    ProgrammeVersionRow,
    UnseenChangeRow,
)
from planner.store.programme_rows import collector_paused, conference_row_id, fill
from planner.store.reading import PlanError
from planner.store.records import (
    UnreadableError,
    compressed_json,
    conference_from_record,
    conference_record,
    decompressed,
    json_bytes,
    session_from_record,
)
from planner.store.version import PROGRAMME_FORMAT

log = logging.getLogger(__name__)
# A programme as read from the database, and when it was stored there (imported_at).
Shown = tuple[Programme, datetime]
# Earlier programmes kept per conference: undo goes back one import at a time, and the
# change report and "back" detection look a few versions back.
KEPT_VERSIONS = 5


class Programmes:
    def __init__(self, database: Database) -> None:
        self.database = database

    def import_(
        self, programme: Programme, *, force: bool = False, shown: Shown | None = None
    ) -> ImportResult:
        """Store an imported programme and say what changed; the plan is kept whole.

        An earlier version of the same conference is kept, with the choices of that moment,
        so that `undo` can bring both back. Sessions that are new or changed stay marked
        until seen. An update that would cancel most of the programme is refused with
        UpdateCancelsMostError unless `force`. `shown` is the programme a window has read,
        with the time it was stored: while the database still holds that one, an update
        compares with it instead of reading it again.
        """
        with collector_paused(), self.database.transaction() as db:
            result = self._import(db, programme, force, shown)
        if not result.is_new:
            self.database.reclaim()  # the space of versions no longer kept
        return result

    def _import(
        self, db: DbSession, programme: Programme, force: bool, shown: Shown | None
    ) -> ImportResult:
        row, programme = _conference_for(db, programme)
        if row is None:
            connection = connection_of(db)
            fill(connection, conference_row_id(connection, programme.conference), programme)
            return ImportResult(programme.conference, True, ChangeSet(), [], programme.remarks)
        records = reading.session_records(run_in(db), row.id)
        # Every store of a programme sets imported_at anew, so the same conference stored
        # at the same time has the same sessions.
        if shown is not None and (shown[0].conference.key, shown[1]) == (row.key, row.imported_at):
            before = shown[0]
        else:
            before = reading.programme_of(run_in(db), row.id, records)
        chosen = chosen_in(db, row.id)
        changes = compare(
            before.sessions, programme.sessions, _returning(db, row.id, before, programme, chosen)
        )
        if not force and 2 * len(changes.cancelled) > len(before.sessions):
            raise UpdateCancelsMostError(
                programme.conference, len(changes.cancelled), len(before.sessions)
            )
        # The programme replaced is kept as its stored records. Compressing them is a good
        # part of an update, so it runs on another core meanwhile: zlib lets go of Python
        # (making the JSON does not, so that stays here).
        kept = {"conference": conference_record(before.conference), "sessions": records}
        with ThreadPoolExecutor(max_workers=1) as worker:
            compressing = worker.submit(compressed_json, json_bytes(kept))
            fill(connection_of(db), row.id, programme)
        db.add(
            ProgrammeVersionRow(
                conference_id=row.id,
                replaced_at=datetime.now(),
                format=PROGRAMME_FORMAT,
                programme=compressing.result(),
                choices=sorted(chosen),
            )
        )
        _forget_old_versions(db, row.id)
        _mark_unseen(db, row.id, _change_marks(changes))
        _restored, offered = returning_choices(changes, chosen, programme)
        if offered:
            replace_choices(run_in(db), row.id, chosen - {s.guid for s in offered}, chosen)
        affected = affected_choices(changes, chosen - {s.guid for s in offered}, programme, offered)
        return ImportResult(programme.conference, False, changes, affected, programme.remarks)

    def undo(self, conference: Conference) -> Conference:
        """Bring back the programme and the plan as they were before the last import."""
        with collector_paused(), self.database.transaction() as db:
            row = conference_row(db, conference)
            last = _last_version(db, row.id)
            if last is None:
                raise PlanError(
                    QCoreApplication.translate(
                        "Repository", "There is no import of {title} to undo."
                    ).format(title=conference.title)
                )
            version, earlier = last
            fill(connection_of(db), row.id, earlier)
            current = chosen_in(db, row.id)
            replace_choices(run_in(db), row.id, restored_choices(earlier, version.choices, current))
            db.execute(delete(UnseenChangeRow).filter_by(conference_id=row.id))
            db.delete(version)
            return earlier.conference

    def last_changes(self, conference: Conference) -> ChangeSet | None:
        """What the last import changed, or None when the programme was never updated."""
        with self.database.transaction() as db:
            row = conference_row(db, conference)
            last = _last_version(db, row.id)
            if last is None:
                return None
            version, earlier = last
            known = _known_guids(db, row.id, before=version.id)
            return compare(earlier.sessions, reading.programme(run_in(db), row.id).sessions, known)

    def remove(self, conference: Conference) -> None:
        """Remove a conference with its programme, plan and history."""
        with self.database.transaction() as db:
            db.delete(conference_row(db, conference))

    def open(self, conference: Conference) -> None:
        """Make `conference` the current one, which commands act on by default."""
        with self.database.transaction() as db:
            conference_row(db, conference).opened_at = datetime.now()


def _conference_for(db: DbSession, programme: Programme) -> tuple[ConferenceRow | None, Programme]:
    """The stored conference an imported programme updates, if any, and the programme keyed
    for it. An acronym alone does not make two programmes one conference: one whose title
    and days both differ from the stored one of that acronym is another conference, and
    gets a key of its own."""
    conference = programme.conference
    row = db.scalars(select(ConferenceRow).filter_by(key=conference.key)).first()
    if row is None or _same_conference(row, conference):
        return row, programme
    key = f"{conference.key}-{min(conference.days).isoformat()}"
    keyed = Programme(conference._replace(key=key), programme.sessions, programme.remarks)
    return db.scalars(select(ConferenceRow).filter_by(key=key)).first(), keyed


def _same_conference(row: ConferenceRow, conference: Conference) -> bool:
    days = {day.isoformat() for day in conference.days}
    return bool(days & set(row.days)) or row.title.casefold() == conference.title.casefold()


def _returning(
    db: DbSession, conference_id: int, before: Programme, after: Programme, chosen: set[str]
) -> set[str]:
    """Of the sessions `after` adds to `before`, those an earlier version or the plan knew.
    Most updates add none, and then the kept versions need not be read."""
    arrived = {s.guid for s in after.sessions} - {s.guid for s in before.sessions}
    if not arrived:
        return set()
    return (_known_guids(db, conference_id) | chosen) & arrived


def _mark_unseen(db: DbSession, conference_id: int, marks: dict[str, str]) -> None:
    """Mark the sessions until seen, in one statement; a later mark replaces an earlier one."""
    if marks:
        db.connection().exec_driver_sql(
            "INSERT INTO unseen_change (conference_id, session_guid, change) VALUES (?, ?, ?) "
            "ON CONFLICT (conference_id, session_guid) DO UPDATE SET change = excluded.change",
            [(conference_id, guid, change) for guid, change in marks.items()],
        )


def _known_guids(db: DbSession, conference_id: int, before: int | None = None) -> set[str]:
    """The identities of the sessions of the kept earlier versions (before version `before`)."""
    query = select(ProgrammeVersionRow).filter_by(conference_id=conference_id)
    if before is not None:
        query = query.where(ProgrammeVersionRow.id < before)
    found: set[str] = set()
    for version in db.scalars(query):
        try:
            data = decompressed(version.programme)
        except UnreadableError:
            continue  # _last_version repairs it when it is the one that matters
        found |= {str(s.get("guid")) for s in data.get("sessions", []) if isinstance(s, dict)}
    return found


def _forget_old_versions(db: DbSession, conference_id: int) -> None:
    """Keep the last KEPT_VERSIONS programmes of a conference, enough for undo and the change
    report; `Database.reclaim` gives the space of older ones back to the disk."""
    db.flush()  # the version just added counts
    db.connection().exec_driver_sql(
        "DELETE FROM programme_version WHERE conference_id = ? AND id NOT IN "
        "(SELECT id FROM programme_version WHERE conference_id = ? ORDER BY id DESC LIMIT ?)",
        (conference_id, conference_id, KEPT_VERSIONS),
    )


def _last_version(
    db: DbSession, conference_id: int
) -> tuple[ProgrammeVersionRow, Programme] | None:
    """The programme the last import replaced. One that cannot be read back is removed: it
    is lost already, and keeping it would stop every undo and change report."""
    query = select(ProgrammeVersionRow).filter_by(conference_id=conference_id)
    for version in db.scalars(query.order_by(ProgrammeVersionRow.id.desc())):
        try:
            return version, _version_programme(version)
        except UnreadableError:
            log.warning("a kept programme (version %s) cannot be read; removed", version.id)
            db.delete(version)
    return None


def _version_programme(version: ProgrammeVersionRow) -> Programme:
    if version.format != PROGRAMME_FORMAT:
        raise UnreadableError(f"programme version {version.id} has format {version.format}")
    data = decompressed(version.programme)
    try:
        sessions = sorted((session_from_record(s) for s in data["sessions"]), key=sort_key)
        return Programme(conference_from_record(data["conference"]), tuple(sessions))
    except (KeyError, TypeError) as error:
        raise UnreadableError(f"programme version {version.id}: {error!r}") from error


def _change_marks(changes: ChangeSet) -> dict[str, str]:
    """The mark each new or changed session gets; the weightiest change wins."""
    marks = {new.guid: "changed" for _, new in changes.other}
    marks |= {new.guid: "retitled" for _, new in changes.retitled}
    marks |= {new.guid: "moved" for _, new in changes.moved}
    return marks | {s.guid: "added" for s in (*changes.added, *changes.back)}
