"""The user's preferences, in one typed place: language, window, printing, folders.

Made in `run_window` and handed to what needs it. A value that cannot be read (garbled, of
another type, from another release) gives the default and is replaced at the next save: a
preference is never a reason for the planner not to start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from planner.services.texts import LANGUAGES

PAPERS = ("a4", "letter")


class Settings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _text(self, key: str, default: str = "") -> str:
        try:
            value = self.store.value(key, default)
        except (TypeError, ValueError, RuntimeError):  # what a garbled value raises
            return default
        return value if isinstance(value, str) else default

    def _flag(self, key: str, default: bool = False) -> bool:
        text = self._text(key, "true" if default else "false").lower()
        return text == "true" if text in ("true", "false") else default

    @property
    def language(self) -> str | None:
        language = self._text("language")
        return language if language in LANGUAGES else None

    @language.setter
    def language(self, language: str) -> None:
        self.store.setValue("language", language)

    @property
    def geometry(self) -> QByteArray | None:
        try:
            value = self.store.value("window/geometry")
        except (TypeError, ValueError, RuntimeError):
            return None
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, geometry: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)

    @property
    def print_name(self) -> str:
        return self._text("print/name")

    @property
    def print_paper(self) -> str:
        paper = self._text("print/paper", PAPERS[0])
        return paper if paper in PAPERS else PAPERS[0]

    @property
    def print_grid(self) -> bool:
        return self._flag("print/grid")

    def save_print(self, name: str, paper: str, grid: bool) -> None:
        self.store.setValue("print/name", name)
        self.store.setValue("print/paper", paper)
        self.store.setValue("print/grid", "true" if grid else "false")

    @property
    def export_folder(self) -> Path:
        """Where exports are saved: the last folder one was saved in, else Documents."""
        return self._folder("export/folder")

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self.store.setValue("export/folder", str(folder))

    @property
    def import_folder(self) -> Path:
        """Where the import dialog opens: the last folder imported from, else Documents."""
        return self._folder("import/folder")

    @import_folder.setter
    def import_folder(self, folder: Path) -> None:
        self.store.setValue("import/folder", str(folder))

    @property
    def first_run_hint_shown(self) -> bool:
        return self._flag("window/first-run-hint-shown")

    def mark_first_run_hint_shown(self) -> None:
        self.store.setValue("window/first-run-hint-shown", "true")

    @property
    def days_as_list(self) -> bool:
        """Whether the days are shown as lists rather than grids."""
        return self._flag("window/days-as-list")

    @days_as_list.setter
    def days_as_list(self, as_list: bool) -> None:
        self.store.setValue("window/days-as-list", "true" if as_list else "false")

    def _folder(self, key: str) -> Path:
        saved = self._text(key)
        if saved and Path(saved).is_dir():
            return Path(saved)
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
