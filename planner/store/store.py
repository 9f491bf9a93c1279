"""The plan database and what it stores: programmes, choices, calendar exports, sources, the
attendee's notes, stars, ratings and attendance, and colleagues' plans.

Reading, and the small writes of a click (choices, the attendee's marks), need only the
stdlib sqlite3 module; the parts that write with SQLAlchemy (imports, exports, sources,
colleagues) load it when first used, or when `warm_up` asks for them ahead of need.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.programme import Programme
from planner.store.database import Database, open_database
from planner.store.reading import Reading

if TYPE_CHECKING:
    from planner.store.choices import Choices
    from planner.store.colleagues import Colleagues
    from planner.store.exports import Exports
    from planner.store.personal import Personal
    from planner.store.programmes import Programmes
    from planner.store.sources import Sources


class Store:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.reading = Reading(database)

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the database at `path`; raises StoreError."""
        return cls(open_database(path))

    @cached_property
    def programmes(self) -> Programmes:
        from planner.store.programmes import Programmes

        return Programmes(self.database)

    @cached_property
    def choices(self) -> Choices:
        from planner.store.choices import Choices

        return Choices(self.database)

    @cached_property
    def exports(self) -> Exports:
        from planner.store.exports import Exports

        return Exports(self.database)

    @cached_property
    def sources(self) -> Sources:
        from planner.store.sources import Sources

        return Sources(self.database)

    @cached_property
    def personal(self) -> Personal:
        from planner.store.personal import Personal

        return Personal(self.database)

    @cached_property
    def colleagues(self) -> Colleagues:
        from planner.store.colleagues import Colleagues

        return Colleagues(self.database)

    def save(self, programme: Programme) -> None:
        """Store a programme, replacing an earlier version of the same conference as it is:
        no change report, no kept version (the shipped programme on first start does this,
        without SQLAlchemy). The plan is keyed by session guid, so choices of sessions that
        still exist stay."""
        from planner.store.programme_rows import collector_paused, save

        with collector_paused(), self.database.storing() as connection:
            save(connection, programme)

    def warm_up(self) -> None:
        """Load what writing needs (SQLAlchemy, its mappers, the engine) ahead of need."""
        self.database.warm_up()
        # Touching them makes them (cached_property).
        assert self.programmes and self.choices and self.exports and self.personal

    def close(self) -> None:
        self.database.close()
