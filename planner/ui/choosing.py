"""Choosing from the window: the question before an overlap, what the status line says, and
undo and redo of every change of the choices.

Each change is committed at once (through the Plan); the undo stack keeps what it took away
and what it added, so that undo and redo are changes of their own, committed the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow

from planner.domain.rules import Choice
from planner.services.planning import Plan, PlanChange
from planner.services.texts import clock
from planner.store.database import StoreError
from planner.store.reading import PlanError


class PlanStep(QUndoCommand):
    """A change of the choices that has been made: undo takes it back, redo makes it again."""

    def __init__(self, plan: Plan, text: str, removed: Iterable[str], added: Iterable[str]):
        super().__init__(text)
        self.plan = plan
        self.removed = frozenset(removed)
        self.added = frozenset(added)
        self._made = True  # pushed after it was made: the first redo is not a second making

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.plan.restore(remove=self.removed, add=self.added)

    def undo(self) -> None:
        self.plan.restore(remove=self.added, add=self.removed)


class Choosing(QObject):
    """Choose, clear and clear all for the window, each one step of `undo_stack`."""

    def __init__(
        self, window: QMainWindow, plan: Plan, warn: Callable[[str], None], language: str
    ) -> None:
        super().__init__(window)
        self.window = window
        self.plan = plan
        self.warn = warn
        self.language = language
        self.undo_stack = QUndoStack(self)
        plan.changed.connect(self._on_plan_changed)

    def choose(self, guid: str) -> None:
        """Choose a session. Where it runs at the same time as another choice outside its
        slot and theme, ask whether to replace that one or keep both."""
        try:
            preview = self.plan.preview(guid)
        except PlanError as error:
            self.warn(str(error))
            return
        if not preview.conflicts:
            text = self.tr("choose “{title}”").format(title=self._name(guid))
            self._step(text, lambda: self.plan.choose(guid))
            return
        from PySide6.QtWidgets import QMessageBox  # its class costs the start milliseconds

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Choose session"),
            self.tr("“{title}” runs at the same time as your choice {others}.").format(
                title=self._name(guid), others=self._names(preview.conflicts)
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(replace)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished() -> None:
            title = self._name(guid)
            if box.clickedButton() is replace:
                text = self.tr("choose “{title}” instead").format(title=title)
                self._step(text, lambda: self.plan.choose(guid, replace_overlapping=True))
            elif box.clickedButton() is keep:
                text = self.tr("choose “{title}” as well").format(title=title)
                self._step(text, lambda: self.plan.choose(guid))

        box.finished.connect(on_finished)
        box.open()

    def clear(self, guid: str) -> None:
        text = self.tr("clear “{title}”").format(title=self._name(guid))
        self._step(text, lambda: self.plan.clear({guid}))

    def clear_all(self) -> None:
        self._step(self.tr("clear all choices"), self.plan.clear_all)

    def set_language(self, language: str) -> None:
        self.language = language

    def _step(self, text: str, change: Callable[[], object]) -> None:
        """Make a change, tell what it did, and keep it on the undo stack."""
        before = self.plan.chosen
        try:
            done = change()
        except (StoreError, PlanError) as error:
            self.warn(str(error))
            return
        after = self.plan.chosen
        if before != after:
            self.undo_stack.push(PlanStep(self.plan, text, before - after, after - before))
        if isinstance(done, Choice):
            self._tell(done)

    def _tell(self, choice: Choice) -> None:
        """Say in the status line what a choice moved or replaced."""
        if choice.unchanged:
            return
        parts = []
        if choice.moved_from:
            parts.append(
                self.tr("Moved “{title}” from {before} to {after}.").format(
                    title=self._name(choice.guid),
                    before=", ".join(clock(self.plan.by_guid[g].start) for g in choice.moved_from),
                    after=clock(self.plan.by_guid[choice.guid].start),
                )
            )
        if choice.replaced:
            parts.append(
                self.tr("It replaces {titles}.").format(titles=self._names(choice.replaced))
            )
        if parts:
            self.window.statusBar().showMessage(" ".join(parts), 10_000)

    def _name(self, guid: str) -> str:
        session = self.plan.by_guid.get(guid)
        return session.translated(self.language).title if session is not None else guid

    def _names(self, guids: Iterable[str]) -> str:
        known = [g for g in guids if g in self.plan.by_guid]
        ordered = sorted(known, key=lambda g: self.plan.by_guid[g].start)
        return ", ".join(f"“{self._name(g)}”" for g in ordered)

    def _on_plan_changed(self, change: PlanChange) -> None:
        # Steps of another programme (or of this one before an import) cannot be taken back.
        if change.programme:
            self.undo_stack.clear()
