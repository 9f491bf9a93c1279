"""The plan database file: opening it safely, and keeping an unreadable one aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from planner.store.migrations import migrate
from planner.store.models import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot do what was asked; the message says why and what to do."""


@dataclass
class Database:
    path: Path
    engine: Engine
    # Where an unreadable earlier file was moved, so the user can be told.
    set_aside: Path | None = None

    def __post_init__(self) -> None:
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        # A write takes the write lock when it begins, so that what it reads (the slot's
        # current choice, say) cannot change under it before it writes.
        self._writes = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work, committed at once; on any error nothing changes."""
        try:
            with (self._writes if write else self._reads).begin() as session:
                yield session
        except exc.OperationalError as error:
            raise StoreError(describe_failure(self.path, error)) from error

    def close(self) -> None:
        self.engine.dispose()


def _in_use(path: Path) -> str:
    return QCoreApplication.translate(
        "Database",
        "The plan database {path} is in use by another program; "
        "close the other planner window and try again.",
    ).format(path=path)


def describe_failure(path: Path, error: exc.OperationalError) -> str:
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return _in_use(path)
    if "full" in text:
        message = QCoreApplication.translate(
            "Database", "The disk holding {path} is full; free some space and try again."
        )
    elif "readonly" in text or "read-only" in text:
        message = QCoreApplication.translate(
            "Database", "The plan database {path} cannot be written; check its permissions."
        )
    else:
        message = QCoreApplication.translate(
            "Database", "The plan database {path} could not be used ({reason})."
        )
    return message.format(path=path, reason=error.orig)


def open_database(path: Path) -> Database:
    """Open (or create) the database at `path`.

    A file that is not a readable SQLite database is renamed aside, never overwritten, and a
    new database takes its place; `Database.set_aside` names where the old file went. A file
    written by a newer planner is refused with StoreError, untouched.
    """
    path = path.expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            QCoreApplication.translate(
                "Database", "The folder for {path} could not be created ({reason})."
            ).format(path=path, reason=error.strerror)
        ) from error
    set_aside = None
    try:
        version = _file_version(path)
    except _UnreadableError:
        set_aside = _set_aside(path)
        version = 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            QCoreApplication.translate(
                "Database",
                "The plan database {path} was written by a newer version of the planner; "
                "update the planner, or use --db to open another file.",
            ).format(path=path)
        )
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    if version < SCHEMA_VERSION:
        try:
            with engine.execution_options(immediate=True).begin() as connection:
                migrate(connection, version)
        except exc.OperationalError as error:
            engine.dispose()
            raise StoreError(describe_failure(path, error)) from error
    return Database(path, engine, set_aside)


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _configure_connection(connection: Any, _record: Any) -> None:
    # Transactions begin where _begin says, not where the sqlite3 module guesses.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 3000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a choice the grid shows as made has reached the disk.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


class _UnreadableError(Exception):
    """The file is not a sound SQLite database."""


def _file_version(path: Path) -> int:
    """The schema version the file was written with; 0 for a missing or empty file."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return 0
    except OSError as error:
        raise StoreError(
            QCoreApplication.translate(
                "Database", "The plan database {path} could not be read ({reason})."
            ).format(path=path, reason=error.strerror)
        ) from error
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise _UnreadableError
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version: int = connection.execute("PRAGMA user_version").fetchone()[0]
            ok = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower():
            raise StoreError(_in_use(path)) from error
        raise _UnreadableError from error
    except sqlite3.DatabaseError as error:
        raise _UnreadableError from error
    if not ok:
        raise _UnreadableError
    return version


def _set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreError(
            QCoreApplication.translate(
                "Database",
                "The plan database {path} cannot be read, and could not be moved aside "
                "({reason}); move it away by hand, or use --db to open another file.",
            ).format(path=path, reason=error.strerror)
        ) from error
    return target
