"""One start of a window, timed from outside: the planner's, or the bare floor's.

    python -m benchmarks.window_child floor
    python -m benchmarks.window_child planner --db PATH [--settle MS]

The parent notes the monotonic clock just before it starts this process. This process prints
one JSON line when its window has been painted for the first time: the clock then (the same
system-wide clock, so the parent subtracts), the resident memory, and whether SQLAlchemy was
loaded by then. With --settle it waits that long after the paint first (the planner's work
after its first paint runs meanwhile) and reports the memory at that moment too.

The planner starts as `main.py` starts it (planner.app.main); the only addition is that this
process makes the QApplication first, so that an event filter can see the first paint.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem, QWidget


def resident_mib() -> float:
    """This process's resident memory now (VmRSS), in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    """Reports, then ends the process, once the event loop is back after the first paint of
    a main window (Qt paints every widget of a window in one pass, so that pass is over)."""

    def __init__(self, settle_ms: int) -> None:
        super().__init__()
        self.settle_ms = settle_ms
        self.seen = False
        self.report: dict[str, object] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.report:
            return False
        if event.type() == QEvent.Type.Paint:
            if isinstance(watched, QWidget) and isinstance(watched.window(), QMainWindow):
                self.seen = True
        elif self.seen:
            # The first event after the window's paint pass: it is on the screen now, and
            # whatever the program queued for after its first paint has not run yet.
            self._painted()
        return False

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
    app.installEventFilter(watcher)
    if arguments[0] == "floor":
        window = floor_window()
        window.show()
        return app.exec()
    from planner.app import main as planner_main

    database = arguments[arguments.index("--db") + 1]
    return planner_main(["--db", database, "--lang", "en"])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
