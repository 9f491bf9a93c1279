"""The plan database and what it stores: programmes, choices and calendar exports."""

from __future__ import annotations

from pathlib import Path

from planner.store.choices import Choices
from planner.store.database import Database, open_database
from planner.store.exports import Exports
from planner.store.programmes import Programmes


class Store:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.programmes = Programmes(database)
        self.choices = Choices(database)
        self.exports = Exports(database)

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the database at `path`; raises StoreError."""
        return cls(open_database(path))

    def close(self) -> None:
        self.database.close()
