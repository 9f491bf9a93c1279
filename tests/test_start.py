"""The window's start as the user runs it, in a process of its own: what it loads before its
first paint, and a second start on the same plan finding the window that is open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner.services.planning import Plan
from tests.test_cli import ROOT

# Starts the planner's window on a database and says, at its first paint, whether the two
# heavy libraries it can do without there were loaded, whether PySide had gone through
# every widget class it knows (QWizard's, which the planner never uses, among them), and
# whether a dialog's class or the dataclasses module, which compiles each dataclass's
# methods as its module loads, had been made or loaded before they were needed; and
# once the work queued for after that paint has run, whether the window now listens for a
# second start. The window itself reports its paint: an application-wide event filter here
# would make PySide go through those classes.
WINDOW = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
QTimer.singleShot(60_000, app.quit)  # never left behind, whatever happens

import planner.ui.launch
from planner.app import main


class Watched(planner.ui.launch.MainWindow):
    reported = False

    def paintEvent(self, event):
        if not self.reported:
            self.reported = True
            print(
                "painted",
                "sqlalchemy" in sys.modules,
                "PySide6.QtNetwork" in sys.modules,
                "QWizard" in vars(QtWidgets),
                "QMessageBox" in vars(QtWidgets) or "QFileDialog" in vars(QtWidgets),
                "dataclasses" in sys.modules,
            )
            # After the planner's own steps for after its first paint (queued before this).
            QTimer.singleShot(0, lambda: print("ready", flush=True))
        super().paintEvent(event)


planner.ui.launch.MainWindow = Watched
sys.exit(main(["--db", sys.argv[1], "--lang", "en"]))
"""


def test_the_window_paints_before_loading_what_it_can_do_without_and_a_second_start_finds_it(
    plan: Plan, db_path: Path, tmp_path: Path
) -> None:
    # The socket a window listens on goes in the temporary folder: this test's own.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    with subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(db_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as first:
        try:
            assert first.stdout is not None
            painted = first.stdout.readline().split()
            assert painted == ["painted", "False", "False", "False", "False", "False"]
            assert first.stdout.readline().split() == ["ready"]
            second = subprocess.run(
                [sys.executable, "main.py", "--db", str(db_path), "--lang", "en"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert second.returncode == 0, second.stderr
            assert "already open with this plan" in second.stdout
        finally:
            first.kill()
