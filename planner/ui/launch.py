"""Opening the window: the preferences, the language, the plan, one window per plan database,
and the screenshot that renders the window without a screen."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCryptographicHash,
    QEvent,
    QObject,
    QSettings,
    QStandardPaths,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QWidget

from planner.services.planning import Plan, open_plan
from planner.services.texts import LANGUAGES, Translators, system_language
from planner.store.database import RefusedError, StoreError
from planner.store.reading import PlanError
from planner.ui.settings import Settings
from planner.ui.window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

# The most a screenshot waits for the window to settle.
SETTLE_MILLISECONDS = 2000


def run_window(arguments: argparse.Namespace, path: Path) -> int:
    """Open the window (or render it to a PNG with --screenshot); returns the exit code."""
    if arguments.screenshot is not None:
        # A screenshot never needs a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(QSettings())
    language = arguments.lang or settings.language or system_language()
    if language not in LANGUAGES:
        language = system_language()
    translators = Translators()
    translators.install(language)
    if arguments.screenshot is None and bring_forward(path):
        print(
            app.translate(
                "MainWindow",
                "The planner is already open with this plan; its window was brought to the front.",
            )
        )
        return 0
    try:
        opened = open_plan(path, arguments.conference)
    except (StoreError, PlanError) as error:
        if arguments.screenshot is None:
            from PySide6.QtWidgets import QMessageBox  # its class costs the start milliseconds

            QMessageBox.critical(
                None, app.translate("MainWindow", "Conference planner"), str(error)
            )
        print(error, file=sys.stderr)
        return 2 if isinstance(error, RefusedError | PlanError) else 1
    plan = Plan(opened.store, opened.conference)
    window = MainWindow(plan, settings, translators, language)
    if arguments.screenshot is not None:
        return save_screenshot(window, arguments.screenshot)
    window.show()
    for notice in opened.notices:
        window.warn(notice)
    window.sync_timer.start()
    # Listening for a second start, and what follows programmes where they are published,
    # load while the user looks, not before the first paint. (SQLAlchemy loads only for an
    # import, an export or the like: a click's writes do without it.)
    servers: list[QLocalServer] = []
    painted = FirstPaint(window, [lambda: servers.append(serve(path, window)), window.finish_start])
    window.installEventFilter(painted)
    # Start-up is over. What it built lives as long as the process, so the garbage collector,
    # paused by main(), need not scan it again, neither while the window is open nor at exit.
    gc.freeze()
    gc.enable()
    try:
        return app.exec()
    finally:
        for server in servers:
            server.close()


class FirstPaint(QObject):
    """Runs `then`, one by one, once the event loop is back from painting `window` for the
    first time. A timer started before the event loop would not do: under X11 the first
    paint waits for the server to expose the window, after the loop's first rounds.

    It watches the window alone, which is painted first in each pass, not the application:
    the objects an application's filter is handed include some that Qt made, and PySide
    spends tens of milliseconds finding the Python type of the first of those."""

    def __init__(self, window: QWidget, then: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            for step in self.then:
                QTimer.singleShot(0, step)
        return False


def instance_address(path: Path) -> str:
    """Where the window of one plan database listens, for a second start to find it: a local
    socket in the temporary folder (Linux, macOS), or a named pipe (Windows)."""
    # Qt's SHA-256: hashlib would load OpenSSL, a good part of the start, for this alone.
    where = QByteArray(str(path.expanduser().absolute()).encode())
    digest = QCryptographicHash.hash(where, QCryptographicHash.Algorithm.Sha256).toHex()
    name = f"conference-planner-{digest.toStdString()[:20]}"
    if os.name == "nt":
        return rf"\\.\pipe\{name}"
    temporary = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return str(Path(temporary) / name)


def bring_forward(path: Path) -> bool:
    """Ask the window already open on `path`, if any, to come to the front."""
    address = instance_address(path)
    # A local socket is a file: without it no window listens, and the start need not load
    # Qt's network module at all. (Looking at a Windows pipe would connect to it.)
    if os.name != "nt" and not os.path.exists(address):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(500):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


def serve(path: Path, window: MainWindow) -> QLocalServer:
    """Listen for a second start on the same plan database, and answer by coming forward."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(window)
    address = instance_address(path)
    if not server.listen(address):
        QLocalServer.removeServer(address)  # left behind by a planner that did not close
        server.listen(address)

    def on_new_connection() -> None:
        connection = server.nextPendingConnection()
        if connection is not None:
            connection.disconnectFromServer()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(on_new_connection)
    return server


def save_screenshot(window: MainWindow, target: Path) -> int:
    from PySide6.QtCore import QEventLoop

    window.days.setCurrentIndex(0)
    window.resize(1280, 800)
    window.show()
    # Until the window has settled (its layouts, then the grid's scroll bars shown or
    # hidden on a later pass), not for one pass of the event loop alone.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, SETTLE_MILLISECONDS)
    if not window.grab().save(str(target), "PNG"):
        print(
            QApplication.translate(
                "MainWindow", "The screenshot could not be written to {path}."
            ).format(path=target),
            file=sys.stderr,
        )
        return 1
    return 0
