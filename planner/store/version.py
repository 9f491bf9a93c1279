"""What a plan database of this release is: its schema version, its application id, and the
tables and columns it holds. Plain values, so that start-up can check a file without loading
SQLAlchemy; a test keeps TABLES equal to the ORM models."""

from __future__ import annotations

# Raised whenever the tables change; a newer file is never opened by an older planner.
# 1: conference, day, session, choice. 2: exported_event (what calendar exports held).
# 3: programme_version (programmes replaced by imports), unseen_change.
# 4: times as instants with their UTC offset, kinds from the programme, slots and themes,
#    abstracts and links; days a list on the conference; the application id; a choice's
#    slot, one choice per slot; kept programmes compressed, with their format; sources;
#    personal (notes, stars, ratings, attendance) and colleague (plans shared with one).
SCHEMA_VERSION = 4
# PRAGMA application_id of every plan database since version 4 ("CPln"), so that the planner
# knows its own files from other applications' SQLite databases.
APPLICATION_ID = 0x43506C6E
# The shape of the programmes kept in `programme_version`, written into each of them.
PROGRAMME_FORMAT = 2

TABLES: dict[str, frozenset[str]] = {
    "conference": frozenset(
        {"id", "key", "title", "title_en", "timezone", "days", "info", "info_en"}
        | {"imported_at", "opened_at"}
    ),
    "session": frozenset(
        {"id", "conference_id", "guid", "day", "start", "end", "title", "kind", "track"}
        | {"room", "subtitle", "speakers", "abstract", "description", "url", "slot", "theme"}
        | {"column", "english"}
    ),
    "choice": frozenset({"conference_id", "session_guid", "slot", "chosen_at"}),
    "exported_event": frozenset({"conference_id", "uid", "fingerprint", "sequence", "changed_at"}),
    "programme_version": frozenset(
        {"id", "conference_id", "replaced_at", "format", "programme", "choices"}
    ),
    "unseen_change": frozenset({"conference_id", "session_guid", "change"}),
    "source": frozenset(
        {"conference_id", "url", "automatic", "etag", "last_modified", "content_hash"}
        | {"checked_at", "result", "message"}
    ),
    "personal": frozenset(
        {"conference_id", "session_guid", "note", "starred", "rating", "attendance"}
        | {"changed_at"}
    ),
    "colleague": frozenset(
        {"id", "conference_id", "name", "name_key", "written_at", "added_at"}
        | {"conference_key", "conference_title", "chosen", "starred", "ratings", "notes"}
    ),
}
