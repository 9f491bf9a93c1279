"""The Sources dialog: where each conference's programme is published (shown without its
secrets), when the planner last looked there and what it found; looking now, whether to look
by itself, a new address, or none."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.programme import Conference
from planner.services.fetching import AddressError, shown_address, web_address
from planner.services.planning import Plan
from planner.services.updates import Updater, local_time
from planner.store.database import StoreError
from planner.store.reading import PlanError

if TYPE_CHECKING:
    from planner.store.sources import Sources

KEY_ROLE = Qt.ItemDataRole.UserRole


class SourcesDialog(QDialog):
    def __init__(self, plan: Plan, updater: Updater, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.updater = updater
        self._conferences: dict[str, Conference] = {}
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.automatic = QCheckBox()
        self.automatic.toggled.connect(self._on_automatic_toggled)
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://…/schedule.xml")
        self.address.textChanged.connect(self._on_address_text_changed)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        change = QHBoxLayout()
        change.addWidget(self.address)
        change.addWidget(self.change_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addWidget(self.automatic)
        layout.addLayout(change)
        layout.addLayout(buttons)
        self.resize(760, 360)
        updater.checked.connect(lambda _key, _outcome: self.refresh())
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources"))
        self.list.setHeaderLabels(
            [self.tr("Conference"), self.tr("Address"), self.tr("Last look"), self.tr("Found")]
        )
        self.automatic.setText(self.tr("Look for a new version &automatically every few hours"))
        self.change_button.setText(self.tr("C&hange address"))
        self.check_button.setText(self.tr("&Look now"))
        self.remove_button.setText(self.tr("&Remove address"))
        self.refresh()

    def refresh(self) -> None:
        """Show the sources as the database has them now."""
        selected = self._selected()
        try:
            sources = self.updater.sources()
            self._conferences = {c.key: c for c in self.plan.store.reading.conferences()}
        except (StoreError, PlanError) as error:
            self.message.setText(str(error))
            return
        self.list.clear()
        for key, source in sources.items():
            conference = self._conferences.get(key)
            if conference is None:
                continue
            item = QTreeWidgetItem(
                [
                    conference.title,
                    shown_address(source.url),
                    local_time(source.checked_at) if source.checked_at is not None else "",
                    source.message or "",
                ]
            )
            item.setData(0, KEY_ROLE, key)
            self.list.addTopLevelItem(item)
            if key == selected or self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self._show_selected()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, KEY_ROLE)) if item is not None else None

    def _conference(self) -> Conference | None:
        key = self._selected()
        return self._conferences.get(key) if key is not None else None

    def _show_selected(self) -> None:
        conference = self._conference()
        source = None
        if conference is not None:
            try:
                source = self.updater.sources().get(conference.key)
            except (StoreError, PlanError) as error:
                self.message.setText(str(error))
                return
        for widget in (self.automatic, self.check_button, self.remove_button, self.address):
            widget.setEnabled(source is not None)
        self._on_address_text_changed(self.address.text())
        if source is None:
            self.message.setText(
                self.tr(
                    "No conference has a web address yet: import a programme from its address "
                    "(File, Import from address), and the planner can look there for new versions."
                )
            )
            return
        self.automatic.blockSignals(True)
        self.automatic.setChecked(source.automatic)
        self.automatic.blockSignals(False)
        self.message.setText(source.message or self.tr("Not looked at yet."))

    def _change(self, change: Callable[[Sources, Conference], object]) -> None:
        """Make one of the changes the dialog offers, then show the sources as they now are."""
        conference = self._conference()
        if conference is None:
            return
        try:
            change(self.plan.store.sources, conference)
        except (StoreError, PlanError) as error:
            self.message.setText(str(error))
            return
        self.refresh()

    def _on_list_current_item_changed(self, *_items: object) -> None:
        self._show_selected()

    def _on_automatic_toggled(self, checked: bool) -> None:
        self._change(lambda sources, conference: sources.set_automatic(conference, checked))

    def _on_address_text_changed(self, text: str) -> None:
        try:
            web_address(text)
        except AddressError:
            self.change_button.setEnabled(False)
        else:
            self.change_button.setEnabled(self._conference() is not None)

    def _on_change_button_clicked(self) -> None:
        url = self.address.text().strip()
        self.address.clear()
        self._change(lambda sources, conference: sources.change_address(conference, url))

    def _on_remove_button_clicked(self) -> None:
        self._change(lambda sources, conference: sources.remove(conference))

    def _on_check_button_clicked(self) -> None:
        conference = self._conference()
        if conference is not None:
            self.message.setText(self.tr("Looking at the address…"))
            self.updater.check([conference])
