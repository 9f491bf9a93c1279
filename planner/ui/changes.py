"""The Changes view: what the last programme update changed, the attendee's choices first.

The report is worked out only while the view is shown: a hidden view costs nothing at start.
Its lines are made of schedule text, so each is escaped before it goes into the view's HTML,
and the view follows no link.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.services.planning import Plan


class ChangesPanel(QDockWidget):
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes")
        self.plan: Plan | None = None
        self.language = "en"
        self._stale = True
        # The view's widgets are made when it is first shown (`_build`): it starts hidden.
        self._built = False

    def _build(self) -> None:
        # Its class (and its base's), with their named values, is made here, not at start.
        from PySide6.QtWidgets import QTextBrowser

        self._built = True
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.seen_button = QPushButton()
        self.seen_button.clicked.connect(self._on_seen_button_clicked)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.undo_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setWidget(body)

    def retranslate(self, plan: Plan, language: str) -> None:
        """Show `plan`'s last update in `language` (once the view is shown)."""
        self.plan = plan
        self.language = language
        self.setWindowTitle(self.tr("Changes"))
        self._stale = True
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill()

    def _fill(self) -> None:
        # Loaded when the view is first shown, not with the window.
        import html

        from planner.domain.changes import affected_choices
        from planner.services.change_report import describe

        plan = self.plan
        if plan is None:
            return
        if not self._built:
            self._build()
        self.seen_button.setText(self.tr("Mark all as seen"))
        self.undo_button.setText(self.tr("Undo last import"))
        self._stale = False
        changes = plan.store.programmes.last_changes(plan.conference)
        self.undo_button.setEnabled(changes is not None)
        self.seen_button.setEnabled(bool(plan.unseen))
        if changes is None:
            never = self.tr("This programme has not been updated since it was imported.")
            self.text.setHtml(f"<p>{html.escape(never)}</p>")
            return
        affected = affected_choices(changes, plan.chosen, plan.programme)
        report = describe(changes, affected, self.language)
        parts = []
        for heading, lines in (
            (self.tr("Your choices"), report.mine),
            (self.tr("All changes"), report.others),
        ):
            if lines:
                parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
                parts += [f"<li>{html.escape(line)}</li>" for line in lines]
                parts.append("</ul>")
        if report.is_empty:
            nothing = self.tr("The last import changed nothing.")
            parts.append(f"<p>{html.escape(nothing)}</p>")
        self.text.setHtml("".join(parts))

    def _on_seen_button_clicked(self) -> None:
        if self.plan is not None:
            self.plan.mark_seen(set(self.plan.unseen))
            self.seen_button.setEnabled(False)
