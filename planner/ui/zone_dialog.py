"""The question an import asks of a programme whose file names no time zone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.domain.zones import is_zone_name


class ZoneDialog(QDialog):
    """The time zone of a programme whose file names none and gives its times as written."""

    def __init__(self, file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time zone of the programme"))
        text = QLabel(
            self.tr(
                "{file} does not say which time zone its times are in. Name it, so that "
                "calendars show the sessions at the right time; or keep the times as written."
            ).format(file=file)
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.zones = QComboBox()
        self.zones.setEditable(True)
        names = sorted(
            name
            for name in (bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds())
            if "/" in name and is_zone_name(name)
        )
        self.zones.addItems(names)
        system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        self.zones.setCurrentText(system if system in names else "Europe/Stockholm")
        text.setBuddy(self.zones)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(
            self.tr("Use this time zone"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            self.tr("Keep the times as written"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.zones.currentTextChanged.connect(
            lambda name: self.use_button.setEnabled(is_zone_name(name))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.zones)
        layout.addWidget(buttons)

    def zone(self) -> str | None:
        name = self.zones.currentText().strip()
        return name if is_zone_name(name) else None
