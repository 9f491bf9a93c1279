"""The tables of a new plan database, as SQL: a new file is made with the stdlib sqlite3
module, so that the first start need not load SQLAlchemy. They are the tables the ORM models
(planner.store.models) declare, statement for statement; a test holds the two equal."""

from __future__ import annotations

import sqlite3

from planner.store.version import APPLICATION_ID, SCHEMA_VERSION

TABLES = (
    (
        "CREATE TABLE conference ("
        "id INTEGER NOT NULL, "
        '"key" VARCHAR NOT NULL, '
        "title VARCHAR NOT NULL, "
        "title_en VARCHAR, "
        "timezone VARCHAR, "
        "days JSON NOT NULL, "
        "info JSON NOT NULL, "
        "info_en JSON, "
        "imported_at DATETIME NOT NULL, "
        "opened_at DATETIME NOT NULL, "
        "PRIMARY KEY (id), "
        'UNIQUE ("key")'
        ")"
    ),
    (
        "CREATE TABLE session ("
        "id INTEGER NOT NULL, "
        "conference_id INTEGER NOT NULL, "
        "guid VARCHAR NOT NULL, "
        "day VARCHAR NOT NULL, "
        "start VARCHAR NOT NULL, "
        '"end" VARCHAR, '
        "title VARCHAR NOT NULL, "
        "kind VARCHAR NOT NULL, "
        "track VARCHAR, "
        "room VARCHAR, "
        "subtitle VARCHAR, "
        "speakers JSON NOT NULL, "
        "abstract VARCHAR, "
        "description VARCHAR, "
        "url VARCHAR, "
        "slot VARCHAR, "
        "theme VARCHAR, "
        '"column" INTEGER NOT NULL, '
        "english JSON NOT NULL, "
        "PRIMARY KEY (id), "
        "UNIQUE (conference_id, guid), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE choice ("
        "conference_id INTEGER NOT NULL, "
        "session_guid VARCHAR NOT NULL, "
        "slot VARCHAR, "
        "chosen_at DATETIME NOT NULL, "
        "PRIMARY KEY (conference_id, session_guid), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    "CREATE UNIQUE INDEX choice_one_per_slot ON choice (conference_id, slot)",
    (
        "CREATE TABLE exported_event ("
        "conference_id INTEGER NOT NULL, "
        "uid VARCHAR NOT NULL, "
        "fingerprint VARCHAR NOT NULL, "
        "sequence INTEGER NOT NULL, "
        "changed_at DATETIME NOT NULL, "
        "PRIMARY KEY (conference_id, uid), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE programme_version ("
        "id INTEGER NOT NULL, "
        "conference_id INTEGER NOT NULL, "
        "replaced_at DATETIME NOT NULL, "
        "format INTEGER NOT NULL, "
        "programme BLOB NOT NULL, "
        "choices JSON NOT NULL, "
        "PRIMARY KEY (id), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE unseen_change ("
        "conference_id INTEGER NOT NULL, "
        "session_guid VARCHAR NOT NULL, "
        "change VARCHAR NOT NULL, "
        "PRIMARY KEY (conference_id, session_guid), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE source ("
        "conference_id INTEGER NOT NULL, "
        "url VARCHAR NOT NULL, "
        "automatic BOOLEAN NOT NULL, "
        "etag VARCHAR, "
        "last_modified VARCHAR, "
        "content_hash VARCHAR, "
        "checked_at DATETIME, "
        "result VARCHAR, "
        "message VARCHAR, "
        "PRIMARY KEY (conference_id), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE personal ("
        "conference_id INTEGER NOT NULL, "
        "session_guid VARCHAR NOT NULL, "
        "note VARCHAR, "
        "starred BOOLEAN NOT NULL, "
        "rating INTEGER, "
        "attendance VARCHAR, "
        "changed_at DATETIME NOT NULL, "
        "PRIMARY KEY (conference_id, session_guid), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
    (
        "CREATE TABLE colleague ("
        "id INTEGER NOT NULL, "
        "conference_id INTEGER NOT NULL, "
        "name VARCHAR NOT NULL, "
        "name_key VARCHAR NOT NULL, "
        "written_at DATETIME, "
        "added_at DATETIME NOT NULL, "
        "conference_key VARCHAR NOT NULL, "
        "conference_title VARCHAR NOT NULL, "
        "chosen JSON NOT NULL, "
        "starred JSON NOT NULL, "
        "ratings JSON NOT NULL, "
        "notes JSON NOT NULL, "
        "PRIMARY KEY (id), "
        "UNIQUE (conference_id, name_key), "
        "FOREIGN KEY(conference_id) REFERENCES conference (id) ON DELETE CASCADE"
        ")"
    ),
)


def create(connection: sqlite3.Connection) -> None:
    """Make the tables in a new, empty file, in one transaction (a crash leaves it empty)."""
    # Set before the first table, it needs no VACUUM: the space of kept programmes that are
    # no longer kept goes back to the disk (Database.reclaim).
    connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in TABLES:
            connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
