"""The detail pane: everything about the selected session, as plain text, and its link."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, Programme, Session, arrange
from planner.services.planning import Plan
from planner.store.store import Store
from planner.ui.detail import SessionDetail
from tests.conftest import at

DAY = date(2025, 2, 1)
HOSTILE = (
    '<img src="file:///dev/zero">',
    '<a href="https://example.org/">click me</a>',
    "<font size=100>big</font>",
)


def talk(guid: str, title: str, minute: int, **fields: object) -> Session:
    start = at(2025, 2, 1, 10, minute, zone="Europe/Brussels")
    return Session(
        guid=guid,
        day=DAY,
        start=start,
        end=start + timedelta(minutes=25),
        title=title,
        kind="session",
        room="H.1309",
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def small_plan(qapp: object, tmp_path: Path) -> Iterator[Plan]:
    sessions = [
        talk(
            "rust",
            "Rust in the kernel",
            0,
            speakers=("Ada Lovelace",),
            abstract="How Rust drivers reach the mainline kernel, and what is still missing.",
            description="A longer description.\n\nWith a second paragraph.",
            url="https://fosdem.org/2025/schedule/event/rust/",
            track="Rust",
        ),
        talk("sneaky", "A talk whose page is a file", 30, url="file:///etc/passwd"),
        *(talk(f"hostile-{n}", title, 30 + 5 * n) for n, title in enumerate(HOSTILE)),
    ]
    store = Store.open(tmp_path / "plan.sqlite")
    conference = Conference("fosdem-like", "FOSDEM-like", "Europe/Brussels", (DAY,))
    store.save(Programme(conference, tuple(arrange(sessions))))
    yield Plan(store, conference)
    store.close()


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_pane_shows_the_abstract_and_opens_the_events_page(
    qtbot: QtBot, small_plan: Plan
) -> None:
    detail = SessionDetail(small_plan, "en")
    qtbot.addWidget(detail)
    detail.resize(320, 700)
    detail.show()
    detail.show_session(small_plan.by_guid["rust"])
    assert detail.title.text() == "Rust in the kernel"
    assert detail.abstract.isVisible()
    shown = detail.abstract.text()
    assert shown.startswith("How Rust drivers reach the mainline kernel")
    assert shown.endswith("A longer description.\n\nWith a second paragraph.")
    assert detail.place.text() == "Room: H.1309"
    assert "Ada Lovelace" in detail.extra.text()
    handler = Opened()
    QDesktopServices.setUrlHandler("https", handler, "open")
    try:
        qtbot.mouseClick(detail.link_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [url.toString() for url in handler.urls] == [
        "https://fosdem.org/2025/schedule/event/rust/"
    ]


def test_only_web_addresses_are_offered(qtbot: QtBot, small_plan: Plan) -> None:
    detail = SessionDetail(small_plan, "en")
    qtbot.addWidget(detail)
    detail.show()
    detail.show_session(small_plan.by_guid["sneaky"])
    assert not detail.link_button.isVisible()


@pytest.mark.parametrize("number", range(len(HOSTILE)))
def test_hostile_titles_show_as_literal_text(qtbot: QtBot, small_plan: Plan, number: int) -> None:
    detail = SessionDetail(small_plan, "en")
    qtbot.addWidget(detail)
    detail.show()
    detail.show_session(small_plan.by_guid[f"hostile-{number}"])
    assert detail.title.text() == HOSTILE[number]
    # The programme's texts are in TextBlocks, which never read markup; so are the labels.
    for label in detail.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    # Shown as typed: as wide as its characters, not as an image or a 100-point font.
    metrics = detail.title.fontMetrics()
    assert detail.title.sizeHint().height() < 4 * metrics.height()
