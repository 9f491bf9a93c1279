"""What a file given as the plan database is, before anything writes to it.

Only a SQLite database of this planner is ever opened for writing. Anything else (not a
database, empty, another application's, a newer planner's) is refused and left byte-identical;
a transient failure (a lock, a full disk, a read-only place, an I/O error) is never taken for
damage; only a damaged planner database is set aside: renamed, never deleted or overwritten.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from planner.store.version import APPLICATION_ID, SCHEMA_VERSION, TABLES

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables without which a file holds no plan; the others can be made anew.
CORE_TABLES = frozenset({"conference", "session", "choice"})
# What the first releases' files (schema 1 to 3, before the application id) held.
_FIRST_RELEASES = range(1, 4)
_SET_ASIDE = ".damaged-"


class StoreError(Exception):
    """The database cannot do what was asked; the message says why and what to do."""


class RefusedError(StoreError):
    """The file is not a plan database this planner may write: bad input, nothing changed."""


class DamagedError(StoreError):
    """The file is this planner's database, but damaged."""


class Inspected(NamedTuple):
    # The schema version; 0 for a file that does not exist yet.
    version: int
    # Tables of this version that the file lacks and that can be made anew without losing
    # anything (the record of calendar exports, kept programmes, marks of changes).
    missing: frozenset[str] = frozenset()


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only; every character of the path is quoted, so that
    `#`, `?` and `%` in it stay part of the path."""
    return f"file:{quote(str(path))}?mode=ro"


def inspect(path: Path) -> Inspected:
    """What the file at `path` is. Raises RefusedError, DamagedError or StoreError."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return Inspected(0)
    except IsADirectoryError as error:
        raise RefusedError(_not_ours(path, "folder")) from error
    except OSError as error:
        raise StoreError(_cannot_read(path, error.strerror or str(error))) from error
    if not header:
        raise RefusedError(_not_ours(path, "empty"))
    if not header.startswith(SQLITE_HEADER):
        raise RefusedError(_not_ours(path, "not-sqlite"))
    if len(header) < 100:
        raise DamagedError(damaged(path, "the file ends inside its header"))
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=1.0)
    except sqlite3.Error as error:
        raise _failure(path, error) from error
    try:
        return _check(path, connection)
    except sqlite3.Error as error:
        raise _failure(path, error, header) from error
    finally:
        connection.close()


def _check(path: Path, connection: sqlite3.Connection) -> Inspected:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = {
        name: {column for (_, column, *_rest) in connection.execute(f'PRAGMA table_info("{name}")')}
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    first_release = application_id == 0 and version in _FIRST_RELEASES
    if application_id != APPLICATION_ID and not (first_release and tables.keys() >= CORE_TABLES):
        raise RefusedError(_not_ours(path, "foreign"))
    if version > SCHEMA_VERSION:
        raise RefusedError(
            QCoreApplication.translate(
                "Database",
                "The plan database {path} was written by a newer version of the planner; "
                "update the planner, or use --db to open another file.",
            ).format(path=path)
        )
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise DamagedError(damaged(path, "its pages do not check out"))
    missing = CORE_TABLES - tables.keys()
    if missing:
        raise DamagedError(damaged(path, f"the table {sorted(missing)[0]} is missing"))
    if version < SCHEMA_VERSION:
        return Inspected(version)
    _check_current(path, connection, tables)
    return Inspected(version, frozenset(TABLES.keys() - tables.keys()))


def _check_current(path: Path, connection: sqlite3.Connection, tables: dict[str, set[str]]) -> None:
    """The tables and columns this version needs, and rows it can read back."""
    for name, columns in TABLES.items():
        if name in tables and not columns <= tables[name]:
            raise DamagedError(damaged(path, f"the table {name} lacks columns"))
    checks = {
        "an unknown kind of session": "SELECT 1 FROM session "
        "WHERE kind NOT IN ('session', 'plenary', 'break') LIMIT 1",
        "a session time that is not a time": "SELECT 1 FROM session WHERE datetime(start) "
        'IS NULL OR ("end" IS NOT NULL AND datetime("end") IS NULL) LIMIT 1',
        "broken stored lists": "SELECT 1 FROM session WHERE NOT json_valid(speakers) "
        "OR NOT json_valid(english) LIMIT 1",
        "a broken conference": "SELECT 1 FROM conference WHERE NOT json_valid(days) "
        "OR NOT json_valid(info) LIMIT 1",
    }
    for problem, query in checks.items():
        if connection.execute(query).fetchone() is not None:
            raise DamagedError(damaged(path, problem))


def _failure(path: Path, error: sqlite3.Error, header: bytes | None = None) -> StoreError:
    """A failure while reading: damage only where SQLite says the file is damaged."""
    text = str(error).lower()
    if "malformed" in text or "not a database" in text:
        ours = header is not None and (
            int.from_bytes(header[68:72], "big") == APPLICATION_ID
            or int.from_bytes(header[60:64], "big") in _FIRST_RELEASES
        )
        if ours:
            return DamagedError(damaged(path, str(error)))
        return RefusedError(_not_ours(path, "foreign"))
    if "locked" in text or "busy" in text:
        return StoreError(in_use(path))
    return StoreError(_cannot_read(path, str(error)))


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its journal) out of the way; returns where it went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{_SET_ASIDE}{stamp}")
    try:
        path.rename(target)
        for suffix in ("-journal", "-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreError(
            QCoreApplication.translate(
                "Database",
                "The plan database {path} is damaged, and could not be moved aside "
                "({reason}); move it away by hand, or use --db to open another file.",
            ).format(path=path, reason=error.strerror)
        ) from error
    return target


def set_aside_files(path: Path) -> list[Path]:
    """Damaged databases kept aside beside `path` (by this release or the first ones)."""
    return sorted(
        p
        for pattern in (f"{path.name}{_SET_ASIDE}*", f"{path.name}.unreadable-*")
        for p in path.parent.glob(pattern)
        if not p.name.endswith(("-journal", "-wal", "-shm"))
    )


def damaged(path: Path, reason: str) -> str:
    return QCoreApplication.translate(
        "Database", "The plan database {path} is damaged ({reason})."
    ).format(path=path, reason=reason)


def in_use(path: Path) -> str:
    return QCoreApplication.translate(
        "Database",
        "Another program is using the plan database {path}; close it and try again.",
    ).format(path=path)


def _cannot_read(path: Path, reason: str) -> str:
    return QCoreApplication.translate(
        "Database",
        "The plan database {path} could not be read ({reason}); nothing in it was changed.",
    ).format(path=path, reason=reason)


def _not_ours(path: Path, what: str) -> str:
    texts = {
        "empty": QCoreApplication.translate(
            "Database",
            "{path} is an empty file, not a plan database; nothing was changed: remove it, "
            "or use --db to name the plan database.",
        ),
        "not-sqlite": QCoreApplication.translate(
            "Database",
            "{path} is not a plan database (it is not an SQLite database at all); nothing "
            "was changed: use --db to name the plan database.",
        ),
        "foreign": QCoreApplication.translate(
            "Database",
            "{path} is another application's database, not this planner's; nothing was "
            "changed: use --db to name the plan database.",
        ),
        "folder": QCoreApplication.translate(
            "Database", "{path} is a folder, not a plan database; use --db to name a file."
        ),
    }
    return texts[what].format(path=path)
