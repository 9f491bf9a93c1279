"""What to print, remembered between runs, and the dialog that asks for it: made when the
attendee first prints or asks for the options, not at start."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.settings import Settings


@dataclass
class PrintOptions:
    """What to print, remembered between runs: the attendee's name, paper, agenda or grid."""

    name: str = ""
    paper: str = "a4"
    grid: bool = False

    @classmethod
    def load(cls, settings: Settings) -> PrintOptions:
        return cls(settings.print_name, settings.print_paper, settings.print_grid)

    def save(self, settings: Settings) -> None:
        settings.save_print(self.name, self.paper, self.grid)


class PrintOptionsDialog(QDialog):
    """The attendee's name on the printout, the paper size, and agenda or whole timetable."""

    def __init__(self, options: PrintOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print options"))
        self.name = QLineEdit(options.name)
        self.name.setPlaceholderText(self.tr("Optional: printed in the heading"))
        self.name.setClearButtonEnabled(True)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        self.agenda = QRadioButton(self.tr("&Personal agenda (portrait)"))
        self.grid = QRadioButton(self.tr("The &whole timetable (landscape)"))
        (self.grid if options.grid else self.agenda).setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.tr("Print:"), self.agenda)
        form.addRow("", self.grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        return PrintOptions(
            name=self.name.text().strip(),
            paper=str(self.paper.currentData()),
            grid=self.grid.isChecked(),
        )
