"""The plan database: opening the file safely, reads and writes, and what their failures mean.

Reads, and the small writes a click makes (a choice, a note, a star, a change seen), go
through the stdlib sqlite3 module, so that the window starts, and answers a click, without
loading SQLAlchemy; imports, undo, exports and the rest go through SQLAlchemy's ORM, loaded
when the first of them asks for it. Both use the same file and the same SQL for what they
share.

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
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

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
from planner.store.records import UnreadableError
from planner.store.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["DamagedError", "Database", "RefusedError", "StoreError", "open_database"]

log = logging.getLogger(__name__)
# How long a transaction waits for another program's: short enough that the window does not
# freeze, long enough for another planner's single write to finish.
BUSY_MILLISECONDS = 1000

# Runs one SQL statement with its parameters and gives back its rows.
Run = Callable[[str, Sequence[object]], Any]


class Database:
    def __init__(
        self,
        path: Path,
        busy_milliseconds: int = BUSY_MILLISECONDS,
        kept_aside: Sequence[Path] = (),
    ) -> None:
        self.path = path
        self.busy_milliseconds = busy_milliseconds
        # Damaged databases kept aside beside this one: the user is told at every start.
        self.kept_aside = list(kept_aside)
        self._reader: sqlite3.Connection | None = None
        self._watch: sqlite3.Connection | None = None
        self._engine: Engine | None = None
        self._writes: sessionmaker[Session] | None = None

    def connect(self) -> sqlite3.Connection:
        """A connection to the file, given to SQLite as a path (no URL parsing of #, ?, %)."""
        connection = sqlite3.connect(
            str(self.path), timeout=self.busy_milliseconds / 1000, isolation_level=None
        )
        configure(connection)
        return connection

    @contextmanager
    def reading(self) -> Iterator[Run]:
        """One consistent read: what it sees is all from one moment of the file."""
        with self._plain("BEGIN") as connection:
            yield connection.execute

    @contextmanager
    def writing(self) -> Iterator[Run]:
        """One small write, committed at once; on any error nothing changes. Like
        `transaction`, it takes the write lock when it begins."""
        with self.storing() as connection:
            yield connection.execute

    @contextmanager
    def storing(self) -> Iterator[sqlite3.Connection]:
        """A write without SQLAlchemy that needs the stdlib connection itself (a programme's
        many rows); `writing` is the same, for one statement at a time."""
        with self._plain("BEGIN IMMEDIATE") as connection:
            yield connection

    @contextmanager
    def _plain(self, begin: str) -> Iterator[sqlite3.Connection]:
        """A transaction of the stdlib connection, committed when the block ends."""
        if self._reader is None:
            self._reader = self.connect()
        connection = self._reader
        try:
            connection.execute(begin)
            try:
                yield connection
                connection.execute("COMMIT")
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            raise StoreError(describe_failure(self.path, error)) from error
        except sqlite3.DatabaseError as error:
            raise DamagedError(damaged(self.path, str(error))) from error
        except UnreadableError as error:
            raise DamagedError(damaged(self.path, str(error))) from error

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write, committed at once; on any error nothing changes. It takes the write
        lock when it begins, so that what it reads (the slot's current choice, say) cannot
        change under it before it writes."""
        from sqlalchemy import exc

        writes = self._sessions()
        try:
            with writes.begin() as session:
                yield session
        except exc.OperationalError as error:
            raise StoreError(describe_failure(self.path, error.orig)) from error
        except exc.DatabaseError as error:
            raise DamagedError(damaged(self.path, str(error.orig))) from error
        except UnreadableError as error:
            raise DamagedError(damaged(self.path, str(error))) from error

    def warm_up(self) -> None:
        """Load what SQLAlchemy's writes need now, ahead of the first of them (a benchmark
        times an import without the loading)."""
        self._sessions()

    def _sessions(self) -> sessionmaker[Session]:
        if self._writes is None:
            from sqlalchemy.orm import sessionmaker

            self._writes = sessionmaker(
                self.engine().execution_options(immediate=True), expire_on_commit=False
            )
        return self._writes

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _engine(self)
        return self._engine

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
            with closing(self.connect()) as connection:
                connection.executescript("PRAGMA incremental_vacuum;")
        except sqlite3.Error as error:
            log.warning("space in %s not reclaimed: %s", self.path, error)

    def close(self) -> None:
        for connection in (self._reader, self._watch):
            if connection is not None:
                connection.close()
        self._reader = self._watch = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._writes = None


def run_in(session: Session) -> Run:
    """`Run` inside a write: the statement goes through the write's own connection."""
    return lambda sql, parameters: session.connection().exec_driver_sql(sql, tuple(parameters))


def connection_of(session: Session) -> sqlite3.Connection:
    """The stdlib connection a write of SQLAlchemy's runs on, inside its transaction."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


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
    database = Database(path, busy_milliseconds, set_aside_files(path))
    if inspected.version == 0:
        _create(database)
    elif inspected.version < SCHEMA_VERSION or inspected.missing:
        _migrate(database, inspected.version)
    return database


def _create(database: Database) -> None:
    """A new file: the tables made with the stdlib sqlite3 module, no SQLAlchemy."""
    from planner.store.schema import create

    try:
        with closing(database.connect()) as connection:
            create(connection)
    except sqlite3.OperationalError as error:
        database.close()
        # The path was free: what a failed start left there (an empty file, which the next
        # start would refuse as not a plan database) goes.
        database.path.unlink(missing_ok=True)
        raise StoreError(describe_failure(database.path, error)) from error


def _migrate(database: Database, version: int) -> None:
    from sqlalchemy import exc

    from planner.store.migrations import migrate

    if 0 < version < SCHEMA_VERSION:
        _copy_aside(database.path, version)
    try:
        with database.engine().execution_options(immediate=True).begin() as connection:
            migrate(connection, version)
        _let_space_be_reclaimed(database)
    except exc.OperationalError as error:
        database.close()
        raise StoreError(describe_failure(database.path, error.orig)) from error
    except sqlite3.Error as error:
        database.close()
        raise StoreError(describe_failure(database.path, error)) from error


def _engine(database: Database) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine("sqlite://", creator=database.connect, poolclass=QueuePool)
    event.listen(engine, "begin", _begin)
    return engine


def _let_space_be_reclaimed(database: Database) -> None:
    """Incremental vacuum, so that the pages of programmes that are no longer kept go back
    to the disk (SQLite takes the setting only outside a transaction, with a VACUUM)."""
    with closing(database.connect()) as connection:
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


def configure(connection: sqlite3.Connection) -> None:
    """Every connection's settings; transactions begin where the planner says, not where the
    sqlite3 module guesses (isolation_level None)."""
    try:
        # The first releases used WAL; see the module's docstring.
        connection.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "readonly" not in str(error):
            raise
    # FULL: a choice the grid shows as made has reached the disk.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
