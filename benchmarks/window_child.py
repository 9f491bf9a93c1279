"""One start of a window, timed from outside: the planner's, or the bare floor's.

    python -m benchmarks.window_child floor
    python -m benchmarks.window_child planner --db PATH [--settle MS]

The parent notes the monotonic clock just before it starts this process. This process prints
one JSON line when its window has been painted for the first time: the clock then (the same
system-wide clock, so the parent subtracts), the resident memory, and whether SQLAlchemy was
loaded by then. With --settle it waits that long after the paint first (the planner's work
after its first paint runs meanwhile) and reports the memory at that moment too.

The planner starts as `main.py` starts it (planner.app.main); the only additions are that
this process makes the QApplication first, and that the first main window shown, the floor's
or the planner's, is watched for its first paint. The watch is on that window alone: an
application-wide event filter would be handed objects Qt made, and PySide would make some
250 widget and event classes to find their Python types, the same work added to the floor
and to the planner (85 million instructions, a tenth of the floor's), which would flatter
their ratio.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


def resident_mib() -> float:
    """This process's resident memory now (VmRSS), in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    """Reports, then ends the process, once the event loop is back from the first paint of
    the watched window (Qt paints every widget of a window in one pass)."""

    def __init__(self, settle_ms: int) -> None:
        super().__init__()
        self.settle_ms = settle_ms
        self.seen = False
        self.report: dict[str, object] = {}

    def watch(self, window: QMainWindow) -> None:
        if not self.seen:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # Delivered once the paint pass is over, before anything the program queued for
            # after its first paint (its own zero timers are of normal priority).
            QApplication.postEvent(
                self, QEvent(QEvent.Type.User), Qt.EventPriority.HighEventPriority.value
            )
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self._painted()
            return True
        return super().event(event)

    def _painted(self) -> None:
        self.report = {
            "painted": time.monotonic(),
            "rss_painted": resident_mib(),
            "sqlalchemy_before_paint": "sqlalchemy" in sys.modules,
        }
        if self.settle_ms:
            QTimer.singleShot(self.settle_ms, self._settled)
        else:
            self._end()

    def _settled(self) -> None:
        self.report["rss_settled"] = resident_mib()
        self._end()

    def _end(self) -> None:
        print(json.dumps(self.report), flush=True)
        # What the benchmark times is over. The window closes as when the user closes it,
        # so that the next start finds nothing left behind (the socket a second start looks
        # for, above all), as it would after a real session.
        QApplication.quit()


def floor_window() -> QMainWindow:
    """The floor: a bare main window holding a 20×5 table, and nothing else."""
    window = QMainWindow()
    table = QTableWidget(20, 5)
    for row in range(20):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem(f"Row {row + 1}, column {column + 1}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    return window


def main(arguments: list[str]) -> int:
    settle_ms = int(arguments[arguments.index("--settle") + 1]) if "--settle" in arguments else 0
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(settle_ms)
    show = QMainWindow.show

    def watched_show(window: QMainWindow) -> None:
        watcher.watch(window)
        show(window)

    # The planner's window shows itself through QMainWindow.show, as the floor's does.
    QMainWindow.show = watched_show  # type: ignore[method-assign]
    if arguments[0] == "floor":
        window = floor_window()
        window.show()
        return app.exec()
    from planner.app import main as planner_main

    database = arguments[arguments.index("--db") + 1]
    return planner_main(["--db", database, "--lang", "en"])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
