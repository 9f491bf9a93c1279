"""The database tables: conferences, their days and sessions, and the attendee's choices."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Raised whenever the tables change; a newer file is never opened by an older planner.
# 1: conference, day, session, choice. 2: exported_event (what calendar exports held).
# 3: programme_version (programmes replaced by imports), unseen_change.
SCHEMA_VERSION = 3


class Base(DeclarativeBase):
    pass


class ConferenceRow(Base):
    __tablename__ = "conference"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str]
    title_en: Mapped[str | None]
    timezone: Mapped[str]
    # ConferenceInfo as JSON, in the programme's language and in English.
    info: Mapped[dict[str, object]] = mapped_column(JSON)
    info_en: Mapped[dict[str, object] | None] = mapped_column(JSON)
    imported_at: Mapped[datetime]
    opened_at: Mapped[datetime]

    days: Mapped[list[DayRow]] = relationship(
        back_populates="conference", cascade="all, delete-orphan", order_by="DayRow.date"
    )


class DayRow(Base):
    __tablename__ = "day"
    __table_args__ = (UniqueConstraint("conference_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    date: Mapped[date]

    conference: Mapped[ConferenceRow] = relationship(back_populates="days")
    sessions: Mapped[list[SessionRow]] = relationship(
        back_populates="day", cascade="all, delete-orphan"
    )


class SessionRow(Base):
    __tablename__ = "session"
    __table_args__ = (UniqueConstraint("conference_id", "guid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"))
    guid: Mapped[str]
    start: Mapped[datetime]
    end: Mapped[datetime | None]
    title: Mapped[str]
    kind: Mapped[str]
    track: Mapped[str | None]
    room: Mapped[str | None]
    subtitle: Mapped[str | None]
    speakers: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str | None]
    slot: Mapped[str | None]
    column: Mapped[int]
    english: Mapped[dict[str, str]] = mapped_column(JSON)

    day: Mapped[DayRow] = relationship(back_populates="sessions")


class ChoiceRow(Base):
    """A chosen session, by guid, so that it survives programme updates."""

    __tablename__ = "choice"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conference.id", ondelete="CASCADE"), primary_key=True
    )
    session_guid: Mapped[str] = mapped_column(primary_key=True)
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
    # The conference's fields and its sessions, as plain JSON values.
    programme: Mapped[dict[str, object]] = mapped_column(JSON)
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
