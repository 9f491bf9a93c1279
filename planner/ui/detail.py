"""The pane beside the grid: everything about the focused session, and its choices."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.programme import Session
from planner.services.planning import Plan, PlanChange
from planner.services.texts import clock, day_label, time_range


class SessionDetail(QWidget):
    chooseRequested = Signal(str)
    clearRequested = Signal(str)

    def __init__(self, plan: Plan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.language = language
        self.session: Session | None = None
        self.setMinimumWidth(240)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.when = QLabel()
        self.theme = QLabel()
        self.extra = QLabel()
        self.status = QLabel()
        self.end_note = QLabel()
        labels = (
            self.hint,
            self.title,
            self.when,
            self.theme,
            self.extra,
            self.end_note,
            self.status,
        )
        for label in labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.clear_button = QPushButton()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        self.runs = QVBoxLayout()
        layout = QVBoxLayout(self)
        for label in labels:
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addLayout(self.runs)
        layout.addStretch()
        plan.changed.connect(self._on_plan_changed)
        self.show_session(None)

    def show_session(self, session: Session | None) -> None:
        self.session = session
        self._refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        while (item := self.runs.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                # Possibly the button being clicked: detach now, delete once its signal is done.
                widget.setParent(None)
                widget.deleteLater()
        self.choose_button.setText(self.tr("Choose"))
        self.clear_button.setText(self.tr("Clear choice"))
        session = self.session
        for widget in (self.title, self.when, self.theme, self.extra, self.status, self.end_note):
            widget.setVisible(session is not None)
        self.hint.setVisible(session is None)
        self.hint.setText(
            self.tr(
                "Click a session to choose it, or move with the arrow keys and press Space. "
                "Its details show here."
            )
        )
        if session is None:
            self.choose_button.hide()
            self.clear_button.hide()
            return
        shown = session.translated(self.language)
        self.title.setText(shown.title)
        self.when.setText(f"{day_label(shown.day, self.language)}, {time_range(shown)}")
        self.end_note.setText(self.tr("The programme does not give an end time."))
        self.end_note.setVisible(shown.end is None)
        if shown.track and shown.track != shown.title:
            self.theme.setText(self.tr("Theme: {theme}").format(theme=shown.track))
        elif shown.slot is not None:
            self.theme.setText(
                self.tr("Theme {number} of {count} in this slot").format(
                    number=shown.column + 1, count=len(self.plan.slots[shown.slot])
                )
            )
        else:
            self.theme.setText(
                self.tr("Break") if shown.kind == "break" else self.tr("For everyone")
            )
        self.extra.setText(
            "\n".join(filter(None, [shown.subtitle, ", ".join(shown.speakers), shown.room]))
        )
        self.extra.setVisible(bool(self.extra.text()))
        chosen = self.plan.is_chosen(session.guid)
        self.choose_button.setVisible(not session.for_everyone and not chosen)
        self.clear_button.setVisible(chosen)
        self.status.setText(self._status(session, chosen))
        for run in self.plan.other_runs(session):
            self._add_run(run)

    def _status(self, session: Session, chosen: bool) -> str:
        lines = [self._choice_status(session, chosen)]
        doubled = self.plan.doubled.get(session.theme or "")
        if doubled and session.guid in {s.guid for s in doubled}:
            lines.append(
                self.tr("⚠ Your plan holds this theme more than once: at {times}.").format(
                    times=", ".join(clock(s.start) for s in doubled)
                )
            )
        return "\n".join(lines)

    def _choice_status(self, session: Session, chosen: bool) -> str:
        if session.for_everyone:
            return self.tr("On everyone's agenda.")
        if session.slot is not None:
            if chosen:
                return self.tr("✓ Chosen for this slot.")
            other = self.plan.choice_in(session.slot)
            if other is None:
                return self.tr("Nothing chosen in this slot yet.")
            return self.tr("Chosen in this slot: {title}").format(
                title=other.translated(self.language).title
            )
        # Outside slots what matters is what runs at the same time.
        if session.guid in self.plan.conflicts:
            return self.tr("✓ Chosen, at the same time as another of your choices.")
        if chosen:
            return self.tr("✓ Chosen.")
        others = [s for s in self.plan.programme.overlapping(session) if s.guid in self.plan.chosen]
        if not others:
            return self.tr("Not chosen; nothing you chose runs at the same time.")
        return self.tr("At the same time as your choice: {title}").format(
            title=", ".join(s.translated(self.language).title for s in others)
        )

    def _add_run(self, run: Session) -> None:
        time = clock(run.start)
        other_day = self.session is not None and run.day != self.session.day
        day = day_label(run.day, self.language)
        if self.plan.is_chosen(run.guid):
            text = (
                self.tr("Also runs {day} at {time}, where you chose it.")
                if other_day
                else self.tr("Also runs at {time}, where you chose it.")
            )
        else:
            text = (
                self.tr("Also runs {day} at {time}")
                if other_day
                else self.tr("Also runs at {time}")
            )
        label = QLabel(text.format(day=day, time=time))
        label.setWordWrap(True)
        self.runs.addWidget(label)
        if self.plan.is_chosen(run.guid):
            return
        button = QPushButton(self.tr("Choose at {time}").format(time=time))
        button.setAccessibleName(self.tr("Choose this theme at {time}").format(time=time))
        button.clicked.connect(lambda: self.chooseRequested.emit(run.guid))
        self.runs.addWidget(button)

    def _on_choose_button_clicked(self) -> None:
        if self.session is not None:
            self.chooseRequested.emit(self.session.guid)

    def _on_clear_button_clicked(self) -> None:
        if self.session is not None:
            self.clearRequested.emit(self.session.guid)

    def _on_plan_changed(self, change: PlanChange) -> None:
        if not change.programme:
            self._refresh()
