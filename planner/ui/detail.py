"""The pane beside the grid: everything about the selected session, its choices, and the
attendee's note, star, rating and attendance of it (`planner.ui.notes`).

Every text here comes from the programme's file or is made with it, so every label shows
plain text: nothing in a title or an abstract is ever rendered, loaded or followed. The one
link is the programme's declared URL of the event, opened only when the user clicks it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Session
from planner.services.planning import Plan, PlanChange
from planner.services.texts import clock, day_label, time_range
from planner.store.database import StoreError
from planner.ui.text_block import TextBlock

# How long a session is on show before its mark of a change (new, moved) goes: the arrow
# keys pass many by, and passing is not looking.
SEEN_MILLISECONDS = 600


class SessionDetail(QWidget):
    chooseRequested = Signal(str)
    clearRequested = Signal(str)
    # The personal editor's: each change for the window's undo stack, and a sentence when a
    # change could not be kept.
    edited = Signal(object)
    failed = Signal(str)

    def __init__(self, plan: Plan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.language = language
        self.session: Session | None = None
        self.setMinimumWidth(240)
        self.hint = TextBlock()
        # Until a session is selected the pane shows its hint alone; what shows a session is
        # made then (`_build`), so that it costs the start nothing.
        self.content = QVBoxLayout()
        self.content.addWidget(self.hint)
        self.content.addStretch(1)
        self._built = False
        self._seen = QTimer(self)
        self._seen.setSingleShot(True)
        self._seen.setInterval(SEEN_MILLISECONDS)
        self._seen.timeout.connect(self._on_seen_timeout)
        self._lay_out()
        plan.changed.connect(self._on_plan_changed)
        self.show_session(None)

    def _lay_out(self) -> None:
        content = QWidget()
        content.setLayout(self.content)
        # The pane never pushes the window taller than the screen: when it is short, all
        # of it scrolls.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build(self) -> None:
        """Make the widgets that show a session, below the hint."""
        self._built = True
        self.title = TextBlock()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.when = TextBlock()
        self.end_note = TextBlock()
        self.place = TextBlock()
        self.theme = TextBlock()
        self.extra = TextBlock()
        self.status = TextBlock()
        self.warning = TextBlock()
        # Two lines kept for the choice's status: choosing or clearing then leaves the note
        # and the abstract below in place, neither jumping nor laid out and painted again.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        # The abstract and the description, which may be long, scroll by themselves.
        self.abstract = TextBlock()
        self.abstract_area = _scrolling(self.abstract, self.fontMetrics().lineSpacing() * 8)
        self.choose_button = QPushButton()
        self.clear_button = QPushButton()
        self.link_button = QPushButton()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.runs = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch()
        layout = self.content
        layout.takeAt(layout.count() - 1)  # the stretch below the hint alone
        for label in (self.title, self.when, self.end_note, self.place, self.theme):
            layout.addWidget(label)
        layout.addWidget(self.extra)
        layout.addWidget(self.status)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addLayout(self.runs)
        from planner.ui.notes import PersonalEditor  # with the rest of what shows a session

        self.personal = PersonalEditor(self.plan)
        self.personal.edited.connect(self.edited)
        self.personal.failed.connect(self.failed)
        # As tall as it needs, never taller: the height left goes to the abstract.
        self.personal.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.personal)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The abstract takes the height left, and scrolls by itself.
        layout.addWidget(self.abstract_area, 1)
        layout.addStretch(0)  # keeps the rest at the top when there is no abstract

    def show_session(self, session: Session | None, *, looked: bool = False) -> None:
        """Show `session`; `looked` when the attendee went to it (not the window), so that
        its mark of a change goes once it has been on show a moment."""
        self.session = session
        self._seen.stop()
        if looked and session is not None and session.guid in self.plan.unseen:
            self._seen.start()
        if session is not None and not self._built:
            self._build()
        if self._built:
            self.personal.show_session(session)
        self._refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        session = self.session
        self.hint.setVisible(session is None)
        self.hint.setText(
            self.tr(
                "Select a session to see it here. Choose it with Space, a double-click or "
                "its check box."
            )
        )
        if session is None:
            if self._built:
                for part in self._session_widgets():
                    part.hide()
            return
        while (item := self.runs.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                # Possibly the button being clicked: detach now, delete once its signal is done.
                widget.setParent(None)
                widget.deleteLater()
        self.choose_button.setText(self.tr("Choose"))
        self.clear_button.setText(self.tr("Clear choice"))
        self.link_button.setText(self.tr("Open the event's page"))
        shown = session.translated(self.language)
        self.title.setText(shown.title)
        when = f"{day_label(shown.day, self.language)}, {time_range(shown)}"
        if shown.next_calendar_day:
            when += " " + self.tr("(after midnight, on {date})").format(
                date=day_label(shown.start.date(), self.language)
            )
        self.when.setText(when)
        self.end_note.setText(self.tr("The programme does not give an end time."))
        self.place.setText(self.tr("Room: {room}").format(room=shown.room) if shown.room else "")
        self.theme.setText(self._theme(shown))
        self.extra.setText("\n".join(filter(None, [shown.subtitle, ", ".join(shown.speakers)])))
        text = "\n\n".join(filter(None, [shown.abstract, shown.description]))
        if text != self.abstract.text():
            self.abstract.setText(text)
            self.abstract_area.verticalScrollBar().setValue(0)
        self.abstract_area.setVisible(bool(text))
        chosen = self.plan.is_chosen(session.guid)
        self.status.setText(self._choice_status(session, chosen))
        self.warning.setText(self._warning(session))
        for label in (self.when, self.title, self.theme, self.status):
            label.show()
        for label in (
            self.place,
            self.extra,
            self.warning,
        ):
            label.setVisible(bool(label.text()))
        self.end_note.setVisible(shown.end is None)
        self.link_button.setVisible(_is_web_address(shown.url))
        self.link_button.setToolTip(shown.url or "")
        self.choose_button.setVisible(not session.for_everyone and not chosen)
        self.clear_button.setVisible(chosen)
        for run in self.plan.other_runs(session):
            self._add_run(run)

    def _session_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.title,
            self.when,
            self.end_note,
            self.place,
            self.theme,
            self.extra,
            self.status,
            self.warning,
            self.abstract_area,
            self.choose_button,
            self.clear_button,
            self.link_button,
        )

    def _theme(self, shown: Session) -> str:
        if shown.track and shown.track != shown.title:
            return self.tr("Theme: {theme}").format(theme=shown.track)
        if shown.slot is not None:
            return self.tr("Theme {number} of {count} in this slot").format(
                number=shown.column + 1, count=len(self.plan.slots[shown.slot])
            )
        if shown.kind == "break":
            return self.tr("Break")
        return self.tr("For everyone") if shown.for_everyone else ""

    def _warning(self, session: Session) -> str:
        lines = []
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
        label = TextBlock()
        label.setText(text.format(day=day, time=time))
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

    def _on_link_button_clicked(self) -> None:
        url = self.session.url if self.session is not None else None
        if _is_web_address(url):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(str(url)))

    def _on_seen_timeout(self) -> None:
        if self.session is not None:
            try:
                self.plan.mark_seen({self.session.guid})
            except StoreError as error:
                self.failed.emit(str(error))

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.programme:
            self.show_session(None)
        elif self.session is not None:
            self._refresh()


def _is_web_address(url: str | None) -> bool:
    """Only web pages are opened: a file: or custom address in a schedule is never followed."""
    if not url:
        return False
    from PySide6.QtCore import QUrl  # for a session that has an address, and only then

    scheme = QUrl(url).scheme().lower()
    return scheme in ("http", "https") and QUrl(url).isValid()


def _scrolling(text: TextBlock, least_height: int) -> QScrollArea:
    """`text` in a scroll area of its own, as wide as the pane, scrolling down only."""
    area = QScrollArea()
    area.setWidget(text)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(least_height)
    # As wide as the pane, whatever width it would like: a scroll area hints at the width
    # its text once had (Qt's default of 640), and the pane's texts would all be broken into
    # lines at that width too, at each selection, to lay out a pane not that wide.
    policy = area.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    area.setSizePolicy(policy)
    return area
