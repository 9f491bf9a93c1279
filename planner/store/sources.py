"""Where each conference's programme is published, and what the last look there found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from planner.domain.programme import Conference
from planner.store.database import Database
from planner.store.reading import conference_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from planner.store.models import SourceRow

# What a look at the address found (SourceRow.result).
UNCHANGED = "unchanged"
UPDATED = "updated"
FAILED = "failed"
_SOURCES = (
    "SELECT conference.key, url, automatic, etag, last_modified, content_hash, checked_at, "
    "result, message FROM source JOIN conference ON conference.id = source.conference_id"
)


@dataclass(frozen=True)
class Source:
    url: str
    # Whether the window looks for a new version by itself.
    automatic: bool
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    # The last look (aware, UTC), what it found and the sentence that says so.
    checked_at: datetime | None
    result: str | None
    message: str | None


class Sources:
    def __init__(self, database: Database) -> None:
        self.database = database

    def source(self, conference: Conference) -> Source | None:
        with self.database.reading() as run:
            found = run(
                _SOURCES + " WHERE conference_id = ?", (conference_id(run, conference),)
            ).fetchone()
        return _source(found) if found is not None else None

    def all(self) -> dict[str, Source]:
        """Every conference's source, by conference key."""
        with self.database.reading() as run:
            rows = run(_SOURCES, ()).fetchall()
        return {str(row[0]): _source(row) for row in rows}

    def save(
        self,
        conference: Conference,
        url: str,
        message: str,
        *,
        etag: str | None,
        last_modified: str | None,
        content_hash: str,
    ) -> None:
        """Remember that `conference`'s programme has just been imported from `url`, this
        version of it; whether to look again by itself stays as it was."""
        with self.database.transaction() as db:
            row = _row(db, conference, create=True)
            assert row is not None
            row.url = url
            row.etag = etag
            row.last_modified = last_modified
            row.content_hash = content_hash
            _checked(row, UPDATED, message)

    def record(
        self,
        conference: Conference,
        result: str,
        message: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """A look at the address: now, what it found, and the sentence that says so; with
        what the server now says of the version already imported, when it says it."""
        with self.database.transaction() as db:
            row = _row(db, conference)
            if row is None:
                return  # removed while the look was under way
            _checked(row, result, message)
            row.etag = etag or row.etag
            row.last_modified = last_modified or row.last_modified

    def change_address(self, conference: Conference, url: str) -> None:
        """Look for `conference`'s programme at `url` from now on. What the old server said
        of its version means nothing to the new one; the hash of the file imported last
        still tells an unchanged file."""
        with self.database.transaction() as db:
            row = _row(db, conference)
            if row is not None:
                row.url = url
                row.etag = row.last_modified = None

    def set_automatic(self, conference: Conference, automatic: bool) -> None:
        with self.database.transaction() as db:
            row = _row(db, conference)
            if row is not None:
                row.automatic = automatic

    def remove(self, conference: Conference) -> None:
        with self.database.transaction() as db:
            row = _row(db, conference)
            if row is not None:
                db.delete(row)


def _row(db: DbSession, conference: Conference, *, create: bool = False) -> SourceRow | None:
    """The conference's source row in a write, made when `create`. The ORM loads here, in
    a write: the window reads the sources at start without it."""
    from planner.store.lookup import conference_row
    from planner.store.models import SourceRow

    conference_id = conference_row(db, conference).id
    row = db.get(SourceRow, conference_id)
    if row is None and create:
        row = SourceRow(conference_id=conference_id)
        db.add(row)
    return row


def _checked(row: SourceRow, result: str, message: str) -> None:
    row.checked_at = datetime.now(UTC).replace(tzinfo=None)  # stored as UTC
    row.result = result
    row.message = message


def _source(row: Sequence[Any]) -> Source:
    url, automatic, etag, last_modified, content_hash, checked_at, result, message = row[1:]
    return Source(
        url=str(url),
        automatic=bool(automatic),
        etag=etag,
        last_modified=last_modified,
        content_hash=content_hash,
        checked_at=(
            datetime.fromisoformat(str(checked_at)).replace(tzinfo=UTC)
            if checked_at is not None
            else None
        ),
        result=result,
        message=message,
    )
