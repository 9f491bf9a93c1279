"""Where the planner keeps the user's files: its data folder, its log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_folder() -> Path:
    """The per-user data folder (after the application and organisation names are set)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def log_file() -> Path:
    return data_folder() / "planner.log"
