"""The window's personal actions: sharing plans, the delegation, Plan for me, the report, stars.

`PersonalActions(window, plan, settings, undo)` makes the actions and opens their dialogs
(with open(), never exec()); every change of the plan it makes is one step of `undo` (the
stack the window's Edit menu undoes). `settings` is the QSettings the preferences are kept in
(`Settings.store`). The window wires it like this:

    self.personal = PersonalActions(self, plan, settings.store, undo_stack)
    self.personal.set_language(language)            # and again in set_language()
    some_menu.addActions(self.personal.actions())   # a "Delegation" menu, say
    self.detail.edited.connect(self.personal.record)
    self.detail.failed.connect(self.warn)
    # for each day's grid, in view_of():
    view.starRequested.connect(self.personal.toggle_star)
    view.addAction(self.personal.star_action)       # in the grid's context menu too
    # when the grid's current session changes (_on_view_current_changed):
    self.personal.set_session(session)

Dialogs and what they use (proposals, sharing, the report) load when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

from planner.domain.programme import Session
from planner.services.planning import Plan
from planner.store.database import StoreError
from planner.store.reading import PlanError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from planner.domain.delegation import DelegationProposal
    from planner.ui.delegation import DelegationView
    from planner.ui.notes import Edit

# The dialogs' classes are imported where one opens: each would cost the start milliseconds.

NAME_SETTING = "personal/name"
Failure = (StoreError, PlanError)


class PersonalActions(QObject):
    def __init__(
        self, window: QMainWindow, plan: Plan, settings: QSettings, undo: QUndoStack
    ) -> None:
        super().__init__(window)
        self.window, self.plan, self.settings, self.undo = window, plan, settings, undo
        self.language = "en"
        self.session: Session | None = None
        self.view: DelegationView | None = None
        self.star_action = self._action(self._on_star_action_triggered)
        # Checked when the session on show is starred; S in a grid or a list, as in the menu.
        self.star_action.setCheckable(True)
        self.star_action.setShortcut(QKeySequence("S"))
        self.star_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        plan.changed.connect(self._show_star)
        self.plan_for_me_action = self._action(self.plan_for_me)
        self.share_action = self._action(self.share)
        self.add_colleague_action = self._action(self.add_colleague)
        self.delegation_action = self._action(self.show_delegation)
        self.plan_delegation_action = self._action(self.plan_for_delegation)
        self.report_action = self._action(self.write_report)

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.star_action,
            self.plan_for_me_action,
            self.share_action,
            self.add_colleague_action,
            self.delegation_action,
            self.plan_delegation_action,
            self.report_action,
        ]

    def set_language(self, language: str) -> None:
        self.language = language
        self.star_action.setText(self.tr("&Starred"))
        self.star_action.setToolTip(self.tr("Star a session you are considering (key S)"))
        self.plan_for_me_action.setText(self.tr("Plan for &me…"))
        self.share_action.setText(self.tr("&Share my plan…"))
        self.add_colleague_action.setText(self.tr("&Add a colleague's plan…"))
        self.delegation_action.setText(self.tr("&Overview of the delegation"))
        self.plan_delegation_action.setText(self.tr("Plan for the de&legation…"))
        self.report_action.setText(self.tr("Conference &report…"))
        if self.view is not None:
            self.view.retranslate(language)

    def set_session(self, session: Session | None) -> None:
        """The session the star action is for."""
        self.session = session
        self.star_action.setEnabled(session is not None and not session.for_everyone)
        self._show_star()

    def _show_star(self, _change: object = None) -> None:
        session = self.session
        self.star_action.setChecked(session is not None and self.plan.is_starred(session.guid))

    # Changes, each one step of the undo stack -------------------------------------------

    def record(self, edit: Edit) -> None:
        """Keep an edit that the detail pane made on the undo stack."""
        # The undo steps load with the first change: a start makes none.
        from planner.ui.notes import Step, apply

        texts = {
            "note": self.tr("note on “{title}”"),
            "star": self.tr("star “{title}”"),
            "rating": self.tr("rate “{title}”"),
            "attendance": self.tr("mark “{title}”"),
        }
        plan, kind, guid = self.plan, edit.kind, edit.guid
        self.undo.push(
            Step(
                texts[kind].format(title=self._title(guid)),
                lambda: apply(plan, kind, guid, edit.before),
                lambda: apply(plan, kind, guid, edit.after),
                self.warn,
                merge=f"note {guid}" if kind == "note" else None,
            )
        )

    def toggle_star(self, guid: str) -> None:
        starred = not self.plan.is_starred(guid)
        try:
            before = self.plan.set_starred(guid, starred)
        except Failure as error:
            self.warn(str(error))
            return
        from planner.ui.notes import Edit

        self.record(Edit("star", guid, before, starred))

    def take(self, text: str, removed: Iterable[str], added: Iterable[str]) -> None:
        """Take a proposal into the plan, as one step."""
        plan, removed, added = self.plan, frozenset(removed), frozenset(added)
        try:
            plan.restore(removed, added)
        except Failure as error:
            self.warn(str(error))
            return
        undo, redo = (lambda: plan.restore(added, removed)), (lambda: plan.restore(removed, added))
        from planner.ui.notes import Step

        self.undo.push(Step(text, undo, redo, self.warn))

    # The actions ---------------------------------------------------------------------------

    def plan_for_me(self) -> None:
        from planner.ui.proposal_dialog import ProposalDialog  # when first asked for

        dialog = ProposalDialog(self.plan, self.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.taken.connect(
            lambda found: self.take(self.tr("Plan for me"), found.removed, found.added)
        )
        dialog.open()

    def share(self) -> None:
        from planner.ui.delegation import ShareDialog

        dialog = ShareDialog(self._saved_name(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._share(dialog.name.text(), dialog.notes.isChecked()))
        dialog.open()

    def _share(self, name: str, notes: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        from planner.services.sharing import SUFFIX, ShareError, shared_plan, write_share
        from planner.ui.delegation import file_name

        self.settings.setValue(NAME_SETTING, name.strip())
        suggested = self._folder() / f"{file_name(name)}{SUFFIX}"
        chosen, _kind = QFileDialog.getSaveFileName(
            self.window, self.tr("Share my plan"), str(suggested), self._plan_files()
        )
        if not chosen:
            return
        try:
            write_share(Path(chosen), shared_plan(self.plan, name, notes=notes))
        except ShareError as error:
            self.warn(str(error))
            return
        self._keep_folder(Path(chosen).parent)
        text = self.tr("Your plan was written to {path}; send it to your colleagues.")
        self._tell(text.format(path=chosen))

    def add_colleague(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        calendars = self.tr("Calendars made by the planner (*.ics)")
        chosen, _kind = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Add a colleague's plan"),
            str(self._folder()),
            f"{self._plan_files()};;{calendars}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            self._add(path, "")
            return
        # A calendar does not say whose it is.
        ask = QInputDialog(self.window)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.setWindowTitle(self.tr("Add a colleague's plan"))
        ask.setLabelText(self.tr("Whose plan is {file}?").format(file=path.name))
        ask.setTextValue(path.stem)
        ask.textValueSelected.connect(lambda name: self._add(path, name))
        ask.open()

    def _add(self, path: Path, name: str) -> None:
        from planner.services.sharing import ShareError, read_share

        try:
            received = read_share(path, self.plan.programme, name)
            replaced = self.plan.store.colleagues.add(self.plan.conference, received.plan)
        except (ShareError, *Failure) as error:
            self.warn(str(error))
            return
        self._keep_folder(path.parent)
        text = (
            self.tr("The plan of {name} replaces their earlier one.")
            if replaced
            else self.tr("The plan of {name} was added to the delegation.")
        ).format(name=received.plan.name)
        if received.unmatched:
            text += " " + self.tr(
                "It names {count} sessions that are not in this programme (another conference "
                "or another version of it): {ids}"
            ).format(count=len(received.unmatched), ids=", ".join(received.unmatched))
        self.show_delegation()
        self._tell(text)

    def remove_colleague(self, name: str) -> None:
        try:
            self.plan.store.colleagues.remove(self.plan.conference, name)
        except Failure as error:
            self.warn(str(error))
        if self.view is not None:
            self.view.refresh()

    def show_delegation(self) -> None:
        from planner.ui.delegation import DelegationView

        if self.view is None:
            self.view = DelegationView(self.plan, self.settings, self.your_name, self.window)
            self.view.exports.warn = self.warn
            self.view.addRequested.connect(self.add_colleague)
            self.view.proposeRequested.connect(self.plan_for_delegation)
            self.view.removeRequested.connect(self.remove_colleague)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.view)
        self.view.show()
        self.view.raise_()
        self.view.retranslate(self.language)

    def plan_for_delegation(self) -> None:
        from planner.domain.delegation import propose_for
        from planner.services.sharing import members
        from planner.ui.delegation import DelegationProposalDialog

        colleagues = self.plan.store.colleagues.all(self.plan.conference)
        if not colleagues:
            self._tell(
                self.tr(
                    "Add your colleagues' plans first (Add a colleague's plan…): the delegation "
                    "is planned with their ratings and yours."
                )
            )
            return
        delegation = members(self.plan, self.your_name(), colleagues)
        proposal = propose_for(self.plan.programme, delegation)
        dialog = DelegationProposalDialog(
            self.plan, proposal, self.language, self.settings, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exports.warn = self.warn
        text = self.tr("Plan for the delegation")
        dialog.takeRequested.connect(
            lambda part: self.take(text, self.plan.chosen - part, part - self.plan.chosen)
        )
        dialog.writeRequested.connect(lambda folder: self._write_parts(folder, proposal))
        dialog.open()

    def _write_parts(self, folder: Path, proposal: DelegationProposal) -> None:
        """A share file for each member with their part of the delegation's plan."""
        from planner.services.sharing import SUFFIX, ShareError, shared_plan, write_share
        from planner.ui.delegation import file_name

        written = []
        parts = zip(proposal.members, proposal.parts, strict=True)
        for number, (member, part) in enumerate(parts, start=1):
            path = folder / f"{file_name(member.name, number)}{SUFFIX}"
            shared = shared_plan(self.plan, member.name, chosen=part, ratings=member.ratings)
            try:
                write_share(path, shared)
            except ShareError as error:
                self.warn(str(error))
                return
            written.append(path.name)
        text = self.tr("Written to {folder}: {files}")
        self._tell(text.format(folder=folder, files=", ".join(written)))

    def write_report(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from planner.services.report import ReportError, report_document
        from planner.services.report import write_report as write

        kind = self.tr("report")  # in the file's name, in the user's language
        suggested = self._folder() / f"{self.plan.conference.key.lower()}-{kind}.odt"
        chosen, chosen_kind = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Conference report"),
            str(suggested),
            self.tr("OpenDocument text, to edit (*.odt);;PDF (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".odt", ".pdf"):
            pdf = "pdf" in chosen_kind.lower()
            path = path.with_name(path.name + (".pdf" if pdf else ".odt"))
        try:
            colleagues = self.plan.store.colleagues.all(self.plan.conference)
            name = self._saved_name()
            write(path, report_document(self.plan, self.language, name=name, colleagues=colleagues))
        except (ReportError, *Failure) as error:
            self.warn(str(error))
            return
        self._keep_folder(path.parent)
        box = self._tell(self.tr("The report was written to {path}.").format(path=path))
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        url = QUrl.fromLocalFile(str(path))
        box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.ActionRole).clicked.connect(
            lambda: QDesktopServices.openUrl(url)
        )

    # Inside ------------------------------------------------------------------------------

    def your_name(self) -> str:
        """How the delegation's view and proposal name the attendee."""
        return self._saved_name() or self.tr("You")

    def _saved_name(self) -> str:
        saved = self.settings.value(NAME_SETTING, "")
        return saved.strip() if isinstance(saved, str) else ""

    def _on_star_action_triggered(self) -> None:
        if self.session is not None and not self.session.for_everyone:
            self.toggle_star(self.session.guid)

    def _folder(self) -> Path:
        from planner.ui.delegation import folder

        return folder(self.settings)

    def _keep_folder(self, chosen: Path) -> None:
        from planner.ui.delegation import keep_folder

        keep_folder(self.settings, chosen)

    def _plan_files(self) -> str:
        return self.tr("Shared plans (*.plan.json *.json)")

    def _title(self, guid: str) -> str:
        session = self.plan.by_guid.get(guid)
        return session.translated(self.language).title if session is not None else guid

    def warn(self, text: str) -> None:
        self._tell(text, warning=True)

    def _tell(self, text: str, *, warning: bool = False) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(
            icon, self.tr("Conference planner"), text, QMessageBox.StandardButton.Close, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
