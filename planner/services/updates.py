"""Following a programme where it is published: importing it from its address, and looking
there for a new version, for one conference or several, one at a time, without blocking.

A new version is imported through the `Plan`, exactly as a file is (the change report, the
choices kept, undo), so the window's views follow it through `Plan.changed`. A look that
found the programme, changed or not, is recorded with the conference's source; a failed one
is kept by the Updater only, for as long as the planner runs: failing to reach a server is no
reason to write to the plan's file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QEventLoop, QLocale, QObject, Signal

from planner.domain.programme import Conference, Programme
from planner.services.fetching import AddressError, Fetch, FetchResult, Status, shown_address
from planner.services.importing import ScheduleError, parse_programme
from planner.services.planning import Plan
from planner.store.database import StoreError
from planner.store.imports import ImportResult, UpdateCancelsMostError
from planner.store.reading import PlanError
from planner.store.sources import FAILED, UNCHANGED, Source

log = logging.getLogger(__name__)


class Found(Enum):
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    # An update that would cancel most sessions: imported only when the user confirms.
    NEEDS_CONFIRMATION = "needs confirmation"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """What a look at a conference's address found."""

    conference: Conference
    found: Found
    # One sentence saying so, as the Sources dialog shows it.
    message: str
    result: ImportResult | None = None
    refusal: UpdateCancelsMostError | None = None
    # The address answered, with something the planner does not import (bad input).
    bad_content: bool = False


def programme_from(fetched: FetchResult, url: str, timezone: str | None) -> Programme:
    """The programme in a download from `url`; ScheduleError, naming the address, for
    anything else (a network's sign-in page, a file that is no longer a schedule)."""
    data = fetched.data or b""
    address = shown_address(url)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise ScheduleError(
            QCoreApplication.translate(
                "Updates",
                "{address} sent a web page, not a schedule: perhaps the sign-in page of this "
                "network, or a page about the programme; sign in with a browser, or use the "
                "address of the schedule's export (schedule.xml or schedule.json).",
            ).format(address=address)
        )
    name = PurePosixPath(urlsplit(shown_address(fetched.url)).path).name or "schedule"
    try:
        return parse_programme(Path(name), data, timezone)
    except ScheduleError as error:
        raise ScheduleError(
            QCoreApplication.translate(
                "Updates", "The file at {address} cannot be imported: {reason}"
            ).format(address=address, reason=error)
        ) from error


def import_download(
    plan: Plan, url: str, fetched: FetchResult, timezone: str | None, *, force: bool = False
) -> ImportResult:
    """Import what was downloaded from `url` and remember the address for the conference.
    Raises ScheduleError, UpdateCancelsMostError (unless `force`) and StoreError."""
    result = plan.import_programme(programme_from(fetched, url, timezone), force=force)
    _remember(plan, url, fetched, result)
    return result


def local_time(moment: datetime) -> str:
    """A moment on this computer's clock, in the planner's language: "17 May 2018 13:30"."""
    local = moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment
    clock = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
    return QLocale().toString(clock, "d MMMM yyyy HH:mm")


class Updater(QObject):
    """Looks at conferences' addresses for new versions, one at a time, and imports each
    through the plan; `checked` tells each look's outcome, `done` that none is left."""

    checked = Signal(str, object)  # conference key, Outcome
    done = Signal()

    def __init__(
        self, plan: Plan, *, timeout_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.timeout_ms = timeout_ms
        self._waiting: deque[tuple[Conference, bool]] = deque()
        self._fetch: Fetch | None = None
        self._looking: tuple[Conference, Source, bool] | None = None
        # The failed looks since the planner started, by conference key: (when, why).
        self._failed: dict[str, tuple[datetime, str]] = {}

    def sources(self) -> dict[str, Source]:
        """The conferences' sources as the database has them, with a later failed look in
        place of the look recorded there."""
        sources = self.plan.store.sources.all()
        for key, (when, message) in self._failed.items():
            source = sources.get(key)
            if source is not None and (source.checked_at is None or source.checked_at < when):
                sources[key] = dataclasses.replace(
                    source, checked_at=when, result=FAILED, message=message
                )
        return sources

    @property
    def busy(self) -> bool:
        return self._looking is not None or bool(self._waiting)

    def check(self, conferences: Iterable[Conference], *, force: bool = False) -> None:
        """Look for new versions of `conferences`; `force` imports even an update that would
        cancel most sessions (the user confirmed it)."""
        waiting = {conference.key for conference, _force in self._waiting}
        if self._looking is not None:
            waiting.add(self._looking[0].key)
        for conference in conferences:
            if conference.key not in waiting:
                self._waiting.append((conference, force))
                waiting.add(conference.key)
        self._next()

    def confirm(self, key: str) -> None:
        """Import the update of conference `key` that was held back for confirmation."""
        self.check((c for c in self.plan.store.reading.conferences() if c.key == key), force=True)

    def cancel(self) -> None:
        """Stop looking: the look under way (left unrecorded, so it comes again first) and
        those waiting."""
        self._waiting.clear()
        if self._fetch is not None:
            fetch, self._fetch, self._looking = self._fetch, None, None
            fetch.finished.disconnect(self._on_fetch_finished)
            fetch.cancel()
            fetch.deleteLater()
            self.done.emit()

    def wait(self) -> None:
        """Run the event loop until every look asked for is over (the command line)."""
        if self.busy:
            loop = QEventLoop()
            self.done.connect(loop.quit)
            loop.exec()

    def _next(self) -> None:
        # A slot of `checked` may ask for more looks meanwhile: one at a time all the same.
        while self._looking is None and self._waiting:
            conference, force = self._waiting.popleft()
            try:
                source = self.plan.store.sources.source(conference)
                if source is None:
                    continue  # removed meanwhile
                fetch = Fetch(
                    source.url,
                    etag=source.etag,
                    last_modified=source.last_modified,
                    timeout_ms=self.timeout_ms,
                    parent=self,
                )
            except (StoreError, PlanError, AddressError) as error:
                self.checked.emit(conference.key, Outcome(conference, Found.FAILED, str(error)))
                continue
            self._looking = (conference, source, force)
            self._fetch = fetch
            fetch.finished.connect(self._on_fetch_finished)
            fetch.start()
        if not self.busy:
            self.done.emit()

    def _on_fetch_finished(self, fetched: FetchResult) -> None:
        assert self._looking is not None and self._fetch is not None
        conference, source, force = self._looking
        self._fetch.deleteLater()
        self._fetch = None
        try:
            outcome = self._outcome(conference, source, fetched, force)
            self._record(outcome, source, fetched)
        except Exception:  # raised in a slot, it would reach no caller, and looking would stop
            log.exception("the look at %s failed", shown_address(source.url))
            outcome = Outcome(
                conference,
                Found.FAILED,
                QCoreApplication.translate(
                    "Updates",
                    "Looking at {address} went wrong unexpectedly; the details are in the "
                    "planner's log file.",
                ).format(address=shown_address(source.url)),
            )
        self._looking = None
        self.checked.emit(conference.key, outcome)
        self._next()

    def _outcome(
        self, conference: Conference, source: Source, fetched: FetchResult, force: bool
    ) -> Outcome:
        if fetched.status is Status.FAILED:
            return Outcome(conference, Found.FAILED, fetched.message, bad_content=fetched.too_large)
        shown = self.plan.conference
        try:
            if fetched.status is Status.NOT_MODIFIED or _hash(fetched) == source.content_hash:
                return Outcome(conference, Found.UNCHANGED, self._unchanged(conference))
            programme = programme_from(fetched, source.url, conference.timezone)
            _check_same_conference(programme, conference, source.url)
            result = self.plan.import_programme(programme, force=force)
        except ScheduleError as error:
            return Outcome(conference, Found.FAILED, str(error), bad_content=True)
        except UpdateCancelsMostError as error:
            return Outcome(
                conference,
                Found.NEEDS_CONFIRMATION,
                QCoreApplication.translate(
                    "Updates",
                    "The new programme at {address} would cancel {cancelled} of the {count} "
                    "sessions of {title}, so it is imported only when you confirm it.",
                ).format(
                    address=shown_address(source.url),
                    cancelled=error.cancelled,
                    count=error.count,
                    title=conference.title,
                ),
                refusal=error,
            )
        except (StoreError, PlanError) as error:
            return Outcome(conference, Found.FAILED, str(error))
        if result.conference.key != shown.key:
            self.plan.switch(shown)  # an update of another conference leaves this one on show
        return Outcome(conference, Found.UPDATED, _updated(result), result)

    def _unchanged(self, conference: Conference) -> str:
        changed_at = self.plan.store.reading.imported_at(conference)
        return QCoreApplication.translate("Updates", "No changes since {time}.").format(
            time=local_time(changed_at) if changed_at is not None else "—"
        )

    def _record(self, outcome: Outcome, source: Source, fetched: FetchResult) -> None:
        sources = self.plan.store.sources
        key = outcome.conference.key
        if outcome.found in (Found.FAILED, Found.NEEDS_CONFIRMATION):
            self._failed[key] = (datetime.now(UTC), outcome.message)
            return
        self._failed.pop(key, None)
        try:
            if outcome.result is not None:
                _remember(self.plan, source.url, fetched, outcome.result, outcome.message)
            elif outcome.found is Found.UNCHANGED:
                sources.record(
                    outcome.conference,
                    UNCHANGED,
                    outcome.message,
                    etag=fetched.etag,
                    last_modified=fetched.last_modified,
                )
        except (StoreError, PlanError) as error:
            # The outcome is still told; only the record of this look is missing.
            log.warning("the look at %s was not recorded: %s", shown_address(source.url), error)


def _remember(
    plan: Plan, url: str, fetched: FetchResult, result: ImportResult, message: str | None = None
) -> None:
    plan.store.sources.save(
        result.conference,
        url,
        message or _updated(result),
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        content_hash=_hash(fetched),
    )


def _updated(result: ImportResult) -> str:
    changes = result.changes
    if result.is_new:
        text = QCoreApplication.translate("Updates", "{title} was imported.")
    elif changes.is_empty:
        text = QCoreApplication.translate("Updates", "A new version of {title}; nothing changed.")
    else:
        text = QCoreApplication.translate(
            "Updates",
            "A new version of {title} was imported: {added} new, {cancelled} cancelled, "
            "{moved} moved, {renamed} renamed; your choices concerned: {affected}.",
        )
    return text.format(
        title=result.conference.title,
        added=len(changes.added),
        cancelled=len(changes.cancelled),
        moved=len(changes.moved),
        renamed=len(changes.retitled),
        affected=len(result.affected),
    )


def _hash(fetched: FetchResult) -> str:
    return hashlib.sha256(fetched.data or b"").hexdigest()


def _check_same_conference(programme: Programme, conference: Conference, url: str) -> None:
    """A file of another conference at the address is not an update of this one. (An acronym
    that another conference held first has the first day added to it: Programmes' keys.)"""
    key = programme.conference.key
    if conference.key != key and not conference.key.startswith(f"{key}-"):
        raise ScheduleError(
            QCoreApplication.translate(
                "Updates",
                "{address} now holds the programme of another conference, {other}, not of "
                "{title}; import it as a conference of its own, or change the address in "
                "Sources.",
            ).format(
                address=shown_address(url),
                other=programme.conference.title,
                title=conference.title,
            )
        )
