"""The plan database: opening the file safely, transactions, and what their failures mean.

The journal is SQLite's rollback journal, not WAL: every lock is taken and given back within
one transaction. POSIX drops a process's locks on a file when any code of the process closes
any descriptor of it (Qt's file dialogs open the files of a folder they list); with WAL the
planner would hold a lock all the time and could lose it between transactions, and another
process could then delete the WAL under it. Between transactions the planner holds no lock
to lose, and each transaction takes its locks anew.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from planner.store.files import (
    DamagedError,
    Inspected,
    RefusedError,
    StoreError,
    damaged,
    in_use,
    inspect,
    read_only_uri,
    set_aside,
    set_aside_files,
)
from planner.store.migrations import migrate
from planner.store.models import SCHEMA_VERSION
from planner.store.records import UnreadableError

__all__ = ["DamagedError", "Database", "RefusedError", "StoreError", "open_database"]

log = logging.getLogger(__name__)
# How long a transaction waits for another program's: short enough that the window does not
# freeze, long enough for another planner's single write to finish.
BUSY_MILLISECONDS = 1000


@dataclass
class Database:
    path: Path
    engine: Engine
    # Damaged databases kept aside beside this one: the user is told at every start.
    kept_aside: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        # A write takes the write lock when it begins, so that what it reads (the slot's
        # current choice, say) cannot change under it before it writes.
        self._writes = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )
        self._watch: sqlite3.Connection | None = None

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work, committed at once; on any error nothing changes."""
        try:
            with (self._writes if write else self._reads).begin() as session:
                yield session
        except exc.OperationalError as error:
            raise StoreError(describe_failure(self.path, error.orig)) from error
        except exc.DatabaseError as error:
            raise DamagedError(damaged(self.path, str(error.orig))) from error
        except UnreadableError as error:
            raise DamagedError(damaged(self.path, str(error))) from error

    def data_version(self) -> int:
        """A number that changes when another connection (another program) has committed."""
        if self._watch is None:
            self._watch = sqlite3.connect(read_only_uri(self.path), uri=True, timeout=0.2)
        try:
            version: int = self._watch.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            raise StoreError(describe_failure(self.path, error)) from error
        return version

    def reclaim(self) -> None:
        """Give pages that deleted rows freed back to the disk (outside any transaction)."""
        try:
            with closing(sqlite3.connect(str(self.path), timeout=1.0)) as connection:
                connection.isolation_level = None
                connection.executescript("PRAGMA incremental_vacuum;")
        except sqlite3.Error as error:
            log.warning("space in %s not reclaimed: %s", self.path, error)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def describe_failure(path: Path, error: object) -> str:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return in_use(path)
    if "full" in text:
        message = QCoreApplication.translate(
            "Database", "The disk holding {path} is full; free some space and try again."
        )
    elif "readonly" in text or "read-only" in text:
        message = QCoreApplication.translate(
            "Database",
            "The plan database {path} cannot be written (it or its folder is read-only); "
            "check their permissions.",
        )
    elif "disk i/o" in text:
        message = QCoreApplication.translate(
            "Database",
            "The plan database {path} could not be read or written (a disk I/O error); "
            "check the disk and try again.",
        )
    else:
        message = QCoreApplication.translate(
            "Database", "The plan database {path} could not be used ({reason})."
        )
    return message.format(path=path, reason=error)


def open_database(path: Path, busy_milliseconds: int = BUSY_MILLISECONDS) -> Database:
    """Open (or create) the plan database at `path`.

    Raises RefusedError for a file that is not a plan database of this planner (left
    byte-identical), StoreError for a failure that may pass (a lock, a full disk). A damaged
    plan database is renamed aside and a new one started; `Database.kept_aside` names it.
    An older planner's file is copied aside, then brought up to this version.
    """
    path = Path(path).expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            QCoreApplication.translate(
                "Database", "The folder for {path} could not be created ({reason})."
            ).format(path=path, reason=error.strerror)
        ) from error
    try:
        inspected = inspect(path)
    except DamagedError:
        set_aside(path)
        inspected = Inspected(0)
    version = inspected.version
    if 0 < version < SCHEMA_VERSION:
        _copy_aside(path, version)
    engine = create_engine(
        "sqlite://",
        # The path goes to SQLite as a path: no URL parsing of `#`, `?` or `%` in it.
        creator=lambda: sqlite3.connect(str(path), timeout=busy_milliseconds / 1000),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    if version < SCHEMA_VERSION or inspected.missing:
        try:
            with engine.execution_options(immediate=True).begin() as connection:
                migrate(connection, version)
            _let_space_be_reclaimed(path)
        except exc.OperationalError as error:
            engine.dispose()
            raise StoreError(describe_failure(path, error.orig)) from error
        except sqlite3.Error as error:
            engine.dispose()
            raise StoreError(describe_failure(path, error)) from error
    return Database(path, engine, set_aside_files(path))


def _let_space_be_reclaimed(path: Path) -> None:
    """Incremental vacuum, so that the pages of programmes that are no longer kept go back
    to the disk (SQLite takes the setting only outside a transaction, with a VACUUM)."""
    with closing(sqlite3.connect(str(path))) as connection:
        connection.isolation_level = None
        if connection.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:
            connection.executescript("PRAGMA auto_vacuum = INCREMENTAL; VACUUM;")


def _copy_aside(path: Path, version: int) -> None:
    """A copy of an older planner's database, made before the first migration step."""
    target = path.with_name(f"{path.name}.version-{version}")
    if target.exists():
        return
    try:
        with (
            closing(sqlite3.connect(read_only_uri(path), uri=True)) as source,
            closing(sqlite3.connect(str(target))) as copy,
        ):
            source.backup(copy)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise StoreError(describe_failure(path, error)) from error


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _configure_connection(connection: Any, _record: Any) -> None:
    # Transactions begin where _begin says, not where the sqlite3 module guesses.
    connection.isolation_level = None
    cursor = connection.cursor()
    try:
        # The first releases used WAL; see the module's docstring.
        cursor.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "readonly" not in str(error):
            raise
    # FULL: a choice the grid shows as made has reached the disk.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()
