"""The "Import from address" dialog: a programme's web address, the time zone of a file that
names none, and the download, with a progress bar once it takes a moment and a Cancel button
that stops it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain.zones import is_zone_name
from planner.services.fetching import AddressError, Fetch, FetchResult, Status, web_address

# A download shorter than this shows no progress bar.
PROGRESS_AFTER_MS = 400


class ImportAddressDialog(QDialog):
    """Downloads the programme at the address given; `downloaded` hands it on to be imported
    (the dialog stays open until `accept()`, or `show_problem()` says what was wrong)."""

    downloaded = Signal(str, object, object)  # the address, a FetchResult, a zone or None

    def __init__(self, parent: QWidget | None = None, *, timeout_ms: int | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._fetch: Fetch | None = None
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://pretalx.com/democon/schedule/export/schedule.xml")
        self.address.textChanged.connect(self._on_address_text_changed)
        self.zone = QLineEdit()
        self.zone.setPlaceholderText("Europe/Stockholm")
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_AFTER_MS)
        self._progress_timer.timeout.connect(self.progress.show)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.download)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.address_label = QLabel()
        self.zone_label = QLabel()
        form.addRow(self.address_label, self.address)
        form.addRow(self.zone_label, self.zone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._retranslate()
        self.begin("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from address"))
        self.address_label.setText(self.tr("&Address:"))
        self.address_label.setBuddy(self.address)
        self.zone_label.setText(self.tr("&Time zone:"))
        self.zone_label.setBuddy(self.zone)
        self.zone.setToolTip(self.tr("Only for a file that names no time zone"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))

    def begin(self, url: str) -> None:
        """Start again, with `url` in the address field."""
        self.address.setText(url)
        self._on_address_text_changed(url)
        self.show_problem("")

    def download(self) -> None:
        """Download the programme at the address in the field."""
        url = self.address.text().strip()
        zone = self.zone.text().strip() or None
        if zone is not None and not is_zone_name(zone):
            self.show_problem(
                self.tr('"{zone}" is not a time zone name like Europe/Brussels.').format(zone=zone)
            )
            return
        try:
            fetch = Fetch(url, timeout_ms=self.timeout_ms, parent=self)
        except AddressError as error:
            self.show_problem(str(error))
            return
        fetch.progress.connect(self._on_fetch_progress)
        fetch.finished.connect(lambda fetched: self._on_fetch_finished(url, fetched, zone))
        self._fetch = fetch
        self.show_problem("")
        self._set_busy(True)
        fetch.start()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def reject(self) -> None:
        """Cancel: stops a download under way, and closes."""
        if self._fetch is not None:
            fetch, self._fetch = self._fetch, None
            fetch.cancel()
            fetch.deleteLater()
        self._set_busy(False)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.address.setReadOnly(busy)
        self.zone.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the size is known
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()

    def _on_address_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            web_address(text)
        except AddressError:
            ok.setEnabled(False)
        else:
            ok.setEnabled(self._fetch is None)

    def _on_fetch_progress(self, received: int, total: int) -> None:
        if total > 0:
            # A bar of kilobytes: a progress bar counts in int, and files may be large.
            self.progress.setRange(0, max(1, total // 1024))
            self.progress.setValue(min(received, total) // 1024)

    def _on_fetch_finished(self, url: str, fetched: FetchResult, zone: str | None) -> None:
        if self._fetch is None:
            return  # cancelled
        self._fetch.deleteLater()
        self._fetch = None
        self._set_busy(False)
        if fetched.status is not Status.OK:
            self.show_problem(fetched.message)
            return
        self.downloaded.emit(url, fetched, zone)
