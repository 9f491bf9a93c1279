"""The window's part: the automatic look while the window stays responsive, the Sources
dialog, the Import from address dialog, and updates that wait for the user's confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from planner.services.fetching import Fetch, shown_address
from planner.services.planning import Plan
from planner.services.updates import Updater, import_download
from planner.store.imports import ImportResult
from planner.ui.import_address import ImportAddressDialog
from planner.ui.sources import SourcesDialog
from planner.ui.updates import UpdatesController
from tests.test_updates_network import FIRST, GUIDS, SECOND, Server, schedule

SHIPPED_TITLE = "Utveckla demokratin genom dialog och deltagande"


@pytest.fixture
def server() -> Iterator[Server]:
    serving = Server()
    yield serving
    serving.stop()


def import_netcon(plan: Plan, server: Server, path: str = "/netcon/schedule.json") -> str:
    url = server.url + path
    import_download(plan, url, Fetch(url).wait(), None)
    server.requests.clear()
    server.arrived.clear()
    return url


def controller_for(qtbot: QtBot, plan: Plan, settings: QSettings) -> UpdatesController:
    window = QMainWindow()
    qtbot.addWidget(window)
    return UpdatesController(window, plan, settings)


def test_the_automatic_look_finds_a_change_while_the_window_stays_responsive(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    import_netcon(plan, server)
    plan.choose(GUIDS["A"])
    server.body = schedule(SECOND)
    server.hold = True  # the answer waits until the event loop has run a while
    settings.setValue("updates/interval-minutes", 0)
    controller = controller_for(qtbot, plan, settings)
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) == 3:
            server.release.set()

    results: list[object] = []
    announcements: list[str] = []
    controller.imported.connect(results.append)
    controller.announce.connect(announcements.append)
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignals([controller.imported, controller.announce], timeout=10_000):
        controller.start()
    timer.stop()
    controller.stop()
    assert len(ticks) >= 3
    (result,), (announcement,) = results, announcements
    assert isinstance(result, ImportResult)
    assert [new.guid for _old, new in result.changes.moved] == [GUIDS["A"]]
    assert "1 of your choices" in announcement
    assert plan.conference.key == "netcon"
    assert f"{plan.by_guid[GUIDS['A']].start:%H:%M}" == "14:00"
    assert plan.is_chosen(GUIDS["A"])
    source = plan.store.sources.source(plan.conference)
    assert source is not None and source.result == "updated"


def test_an_automatic_look_that_finds_nothing_new_is_quiet(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    import_netcon(plan, server)
    settings.setValue("updates/interval-minutes", 0)
    controller = controller_for(qtbot, plan, settings)
    said: list[str] = []
    for signal in (controller.note, controller.problem, controller.announce):
        signal.connect(said.append)
    with qtbot.waitSignal(controller.updater.checked, timeout=10_000):
        controller.start()
    controller.stop()
    assert said == []
    assert [r.status for r in server.requests] == [304]


def test_a_conference_looked_at_recently_is_not_looked_at_again(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    import_netcon(plan, server)
    controller = controller_for(qtbot, plan, settings)
    with qtbot.waitSignal(controller.updater.done, timeout=10_000):
        controller.start()
    controller.stop()
    assert server.requests == []


def test_a_look_the_user_asked_for_tells_its_failure(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server, db_path: Path
) -> None:
    url = import_netcon(plan, server)
    server.failing = True
    before = db_path.read_bytes()
    controller = controller_for(qtbot, plan, settings)
    with qtbot.waitSignal(controller.problem, timeout=10_000) as blocker:
        controller.check_action.trigger()
    sentence = f"{url} could not be downloaded: the server failed (HTTP 503); try again later."
    assert blocker.args == [sentence]
    # The Sources dialog tells the failed look; the plan's file is as it was.
    controller.open_sources()
    dialog = controller._sources_dialog
    assert dialog is not None
    assert dialog.list.topLevelItem(0).text(3) == sentence
    assert db_path.read_bytes() == before
    assert controller.check_action.text() == "Check for &updates"
    assert [a.text() for a in controller.actions()][::2] == ["Import from &address…", "&Sources…"]


def test_an_update_that_cancels_most_sessions_waits_for_confirmation(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    import_netcon(plan, server)
    server.body = schedule({"E": "15:00", "F": "16:00"})
    controller = controller_for(qtbot, plan, settings)
    with qtbot.waitSignal(controller.confirmationNeeded, timeout=10_000) as blocker:
        controller.check_now()
    key, question = blocker.args
    assert key == "netcon"
    assert "would cancel 4 of the 4 sessions of NetCon" in question
    assert {s.guid for s in plan.sessions} == {GUIDS[name] for name in FIRST}
    with qtbot.waitSignal(controller.imported, timeout=10_000) as blocker:
        controller.confirm(key)
    assert {s.guid for s in plan.sessions} == {GUIDS["E"], GUIDS["F"]}


def test_the_sources_dialog_lists_the_address_with_its_last_look(
    qtbot: QtBot, plan: Plan, server: Server
) -> None:
    url = import_netcon(plan, server, "/p/Zk3q9XvB2mLw7TcR/schedule.json?key=secret")
    updater = Updater(plan)
    dialog = SourcesDialog(plan, updater)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "NetCon"
    assert item.text(1) == shown_address(url) == f"{server.url}/p/Zk3q…/schedule.json?key=…"
    assert item.text(2) != ""
    assert item.text(3) == "NetCon was imported."
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText

    with qtbot.waitSignal(updater.checked, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    item = dialog.list.topLevelItem(0)
    assert item is not None
    assert item.text(3).startswith("No changes since ")

    dialog.automatic.setChecked(False)
    dialog.address.setText("ftp://example.org/schedule.xml")
    assert not dialog.change_button.isEnabled()
    dialog.address.setText(server.url + "/moved/schedule.json")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    source = plan.store.sources.source(plan.conference)
    assert source is not None
    assert (source.url, source.automatic, source.etag) == (
        server.url + "/moved/schedule.json",
        False,
        None,
    )
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 0
    assert plan.store.sources.source(plan.conference) is None


def test_import_from_address_downloads_and_imports(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    controller = controller_for(qtbot, plan, settings)
    with qtbot.waitSignal(controller.imported, timeout=10_000) as blocker:
        controller.import_address(server.url + "/netcon/schedule.json")
    assert blocker.args[0].is_new
    assert plan.conference.title == "NetCon"
    dialog = controller.window.findChild(ImportAddressDialog)
    assert dialog is not None and not dialog.isVisible()


def test_import_from_address_shows_what_is_wrong_and_stays_open(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    controller = controller_for(qtbot, plan, settings)
    controller.import_address_action.trigger()
    dialog = controller.window.findChild(ImportAddressDialog)
    assert dialog is not None and dialog.isVisible()
    import_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.address.setText("file:///etc/passwd")
    assert not import_button.isEnabled()
    dialog.address.setText(server.url + "/portal")
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=10_000)
    assert "sent a web page, not a schedule" in dialog.problem.text()
    assert dialog.isVisible()
    assert plan.conference.title == SHIPPED_TITLE


def test_cancel_stops_a_download_under_way(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    controller = controller_for(qtbot, plan, settings)
    controller.import_address(server.url + "/stall")
    dialog = controller.window.findChild(ImportAddressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.progress.isVisible, timeout=10_000)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert plan.conference.title == SHIPPED_TITLE


def test_closing_the_window_stops_a_look_without_recording_it(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    import_netcon(plan, server)
    before = plan.store.sources.source(plan.conference)
    server.hold = True
    controller = controller_for(qtbot, plan, settings)
    controller.check_now()
    qtbot.waitUntil(server.arrived.is_set, timeout=10_000)
    with qtbot.waitSignal(controller.updater.done, timeout=10_000):
        controller.stop()
    assert not controller.updater.busy
    assert plan.store.sources.source(plan.conference) == before


def test_an_import_from_an_address_that_cancels_most_sessions_waits_for_confirmation(
    qtbot: QtBot, plan: Plan, settings: QSettings, server: Server
) -> None:
    url = import_netcon(plan, server)
    server.body = schedule({"E": "15:00", "F": "16:00"})
    controller = controller_for(qtbot, plan, settings)
    with qtbot.waitSignal(controller.confirmationNeeded, timeout=10_000) as blocker:
        controller.import_address(url)
    key, question = blocker.args
    assert question == (
        f"The programme at {url} would cancel 4 of the 4 sessions of NetCon, so it is "
        "imported only when you confirm it."
    )
    with qtbot.waitSignal(controller.imported, timeout=10_000):
        controller.confirm(key)
    assert {s.guid for s in plan.sessions} == {GUIDS["E"], GUIDS["F"]}
