"""The database tables: conferences and their sessions, the attendee's choices, and history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ConferenceRow(Base):
    __tablename__ = "conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str]
    title_en: Mapped[str | None]
    # An IANA zone name, or NULL when the programme names none.
    timezone: Mapped[str | None]
    # The conference days as ISO dates.
    days: Mapped[list[str]] = mapped_column(JSON)
    # ConferenceInfo as JSON, in the programme's language and in English.
    info: Mapped[dict[str, object]] = mapped_column(JSON)
    info_en: Mapped[dict[str, object] | None] = mapped_column(JSON)
    imported_at: Mapped[datetime]
    opened_at: Mapped[datetime]


class SessionRow(Base):
    __tablename__ = "session"
    __table_args__ = (UniqueConstraint("conference_id", "guid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    guid: Mapped[str]
    # The conference day (ISO date), and the start and end as ISO instants with the UTC offset
    # of the conference's clock then ("2018-05-17T13:30:00+02:00"), or without one (floating).
    day: Mapped[str]
    start: Mapped[str]
    end: Mapped[str | None]
    title: Mapped[str]
    kind: Mapped[str]
    track: Mapped[str | None]
    room: Mapped[str | None]
    subtitle: Mapped[str | None]
    speakers: Mapped[list[str]] = mapped_column(JSON)
    abstract: Mapped[str | None]
    description: Mapped[str | None]
    url: Mapped[str | None]
    slot: Mapped[str | None]
    theme: Mapped[str | None]
    column: Mapped[int]
    english: Mapped[dict[str, str]] = mapped_column(JSON)


class ChoiceRow(Base):
    """A chosen session, by guid, so that it survives programme updates."""

    __tablename__ = "choice"
    # Whatever writes, a slot never holds two choices. (NULLs are distinct: choices outside
    # slots, and a second choice an update moved into a chosen slot, which the report names.)
    __table_args__ = (Index("choice_one_per_slot", "conference_id", "slot", unique=True),)

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    session_guid: Mapped[str] = mapped_column(primary_key=True)
    slot: Mapped[str | None]
    chosen_at: Mapped[datetime]


class ExportedEventRow(Base):
    """What the last calendar export wrote for an event, so a changed event gets a new SEQUENCE."""

    __tablename__ = "exported_event"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    uid: Mapped[str] = mapped_column(primary_key=True)
    # A hash of the event's time, title, place and description as last exported.
    fingerprint: Mapped[str]
    sequence: Mapped[int]
    # When the exported content last changed (UTC): the event's LAST-MODIFIED.
    changed_at: Mapped[datetime]


class ProgrammeVersionRow(Base):
    """A programme as it was before an import replaced it, with the plan of that moment.

    Kept so that nothing is lost to an update: the last import can be undone in one step.
    """

    __tablename__ = "programme_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    replaced_at: Mapped[datetime]
    # PROGRAMME_FORMAT when it was written: how to read `programme`.
    format: Mapped[int]
    # The conference's fields and its sessions as JSON, compressed with zlib.
    programme: Mapped[bytes] = mapped_column(LargeBinary)
    choices: Mapped[list[str]] = mapped_column(JSON)


class UnseenChangeRow(Base):
    """A session an import added or changed, marked in the grid until the attendee has seen it."""

    __tablename__ = "unseen_change"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    session_guid: Mapped[str] = mapped_column(primary_key=True)
    # "added", "moved", "retitled" or "changed".
    change: Mapped[str]


class SourceRow(Base):
    """Where a conference's programme is published, and what the last look there found."""

    __tablename__ = "source"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    url: Mapped[str]
    # Whether the window looks for a new version by itself, every few hours.
    automatic: Mapped[bool] = mapped_column(default=True)
    # What the server said of the version last imported, for a conditional request.
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    # A hash of the body last imported: a server that ignores conditional requests and sends
    # the same file again has changed nothing.
    content_hash: Mapped[str | None]
    # When the last look was (UTC), what it found ("unchanged", "updated", "failed"), and the
    # sentence that says so, in the language of that moment.
    checked_at: Mapped[datetime | None]
    result: Mapped[str | None]
    message: Mapped[str | None]


class PersonalRow(Base):
    """What the attendee keeps about a session besides the choice: a note, a star (a session
    they are considering), a rating (how much they want it), and whether they attended it.
    By guid, so that it survives programme updates; a row that keeps nothing is removed."""

    __tablename__ = "personal"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    session_guid: Mapped[str] = mapped_column(primary_key=True)
    note: Mapped[str | None]
    starred: Mapped[bool] = mapped_column(default=False)
    # 1 maybe, 2 want, 3 must; NULL when not rated.
    rating: Mapped[int | None]
    # "attended" or "skipped", marked during the conference; NULL before.
    attendance: Mapped[str | None]
    changed_at: Mapped[datetime]


class ColleagueRow(Base):
    """A colleague's plan, added from the file they shared: one per person and conference."""

    __tablename__ = "colleague"
    __table_args__ = (UniqueConstraint("conference_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[str]
    # The name case-folded: the same person whatever the case they typed it in.
    name_key: Mapped[str]
    # When they wrote the file (UTC), if it says: a newer file replaces an older one.
    written_at: Mapped[datetime | None]
    added_at: Mapped[datetime]
    # The conference the file was written for (its key and title, as the file gives them).
    conference_key: Mapped[str]
    conference_title: Mapped[str]
    # Session guids, {guid: level} and {guid: note}, all as the file gives them.
    chosen: Mapped[list[str]] = mapped_column(JSON)
    starred: Mapped[list[str]] = mapped_column(JSON)
    ratings: Mapped[dict[str, int]] = mapped_column(JSON)
    notes: Mapped[dict[str, str]] = mapped_column(JSON)
