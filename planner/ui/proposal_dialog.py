"""Plan for me: the proposal the attendee's ratings make, shown before it is taken."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services.planning import Plan
from planner.services.texts import day_label, time_range


class ProposalDialog(QDialog):
    """Plan for me: what the proposal adds and replaces, taken as a whole or not at all."""

    # The Proposal, when the attendee takes it.
    taken = Signal(object)

    def __init__(self, plan: Plan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.language = plan, language
        self.setWindowTitle(self.tr("Plan for me"))
        self.replace = QCheckBox(self.tr("Let the proposal replace my choices in its way"))
        self.replace.toggled.connect(self._propose)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.buttons = _buttons(self, self.tr("Take this plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.replace)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._propose()

    def _propose(self) -> None:
        self.proposal = self.plan.propose(replace_choices=self.replace.isChecked())
        lines = []
        if not self.plan.marks.ratings:
            lines.append(self.tr("Rate the themes you want first: Interest, in the detail pane."))
        for heading, guids in (
            (self.tr("Proposed:"), self.proposal.added),
            (self.tr("Instead of:"), self.proposal.removed),
        ):
            sessions = sorted((self.plan.by_guid[g] for g in guids), key=lambda s: s.start)
            if sessions:
                lines.append(heading)
            for session in (s.translated(self.language) for s in sessions):
                when = f"{day_label(session.day, self.language)} {time_range(session)}"
                lines.append(f"  {when}  {session.title}")
        if self.plan.marks.ratings and not self.proposal.changes:
            lines.append(self.tr("Your plan already holds the most of what you rated."))
        self.text.setPlainText("\n".join(lines))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.proposal.changes)

    def accept(self) -> None:
        self.taken.emit(self.proposal)
        super().accept()


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
