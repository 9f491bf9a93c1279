"""The Delegation view: who of the delegation goes where, the delegation's proposal, and
sharing one's plan with it.

A table model of the sessions there is a choice about, a row each, in time order: when, what,
who goes (or that nobody covers its theme, and who is free then), and how many go (how full
the room will be, for an organiser who collected many plans). The view and the proposal
dialog both show it; both print it a day a page and export it as CSV.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.delegation import Coverage, DelegationProposal, Run, Topic, coverage
from planner.services.planning import Plan, PlanChange
from planner.services.texts import day_label, time_range

Index = QModelIndex | QPersistentModelIndex
FOLDER_SETTING = "personal/folder"


class DelegationModel(QAbstractTableModel):
    """A row per session there is a choice about; the columns below."""

    TIME, SESSION, GOERS, COUNT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.coverage: Coverage | None = None
        self._rows: list[tuple[Topic, Run]] = []

    def set_coverage(self, found: Coverage | None, language: str) -> None:
        self.beginResetModel()
        self.coverage, self.language = found, language
        rows = [(t, r) for t in found.topics for r in t.runs] if found is not None else []
        self._rows = sorted(rows, key=lambda row: (row[1].session.start, row[1].session.column))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._rows):
            return None
        topic, run = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is shown as markup: escape it into some.
            return f"<p>{html.escape(str(self.data(index)))}</p>"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        shown = run.session.translated(self.language)
        if column == self.TIME:
            return f"{day_label(shown.day, self.language)} {time_range(shown)}"
        if column == self.SESSION:
            return shown.title
        if column == self.COUNT:
            return len(run.goers)
        if run.goers:
            return ", ".join(run.goers)
        if topic.covered:
            return "–"
        if run.free:
            return self.tr("⚠ Nobody covers this theme; free then: {names}").format(
                names=", ".join(run.free)
            )
        return self.tr("⚠ Nobody covers this theme")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("When"), self.tr("Session"), self.tr("Who goes"), self.tr("How many"))
        return names[section] if 0 <= section < len(names) else None


def table(model: DelegationModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(DelegationModel.SESSION, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(DelegationModel.GOERS, QHeaderView.ResizeMode.Stretch)
    return view


class Exports(QObject):
    """Print, PDF and CSV of what a DelegationModel shows, for the view and the dialog."""

    def __init__(
        self, parent: QWidget, plan: Plan, model: DelegationModel, settings: QSettings
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.plan = plan
        self.model = model
        self.settings = settings
        self.warn: Callable[[str], None] = lambda _text: None
        self._buttons: list[QPushButton] = []

    def buttons(self) -> list[QPushButton]:
        """Print, Export PDF and Export CSV buttons; `retranslate` names them."""
        self._buttons = []
        for slot in (self.print_, self.export_pdf, self.export_csv):
            button = QPushButton()
            button.clicked.connect(slot)
            self._buttons.append(button)
        self.retranslate()
        return self._buttons

    def retranslate(self) -> None:
        texts = (self.tr("Print…"), self.tr("Export PDF…"), self.tr("Export CSV…"))
        for button, text in zip(self._buttons, texts, strict=True):
            button.setText(text)

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from planner.services.delegation_print import paint_delegation
        from planner.services.printing import PrintError, page_layout

        found = self.model.coverage
        if found is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout("a4"))
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def paint() -> None:
            try:
                paint_delegation(printer, self.plan.programme, found, self.model.language)
            except PrintError as error:
                self.warn(str(error))

        dialog.accepted.connect(paint)
        QDialog.open(dialog)

    def export_pdf(self) -> None:
        from planner.services.delegation_print import export_delegation_pdf

        self._export(self.tr("PDF files (*.pdf)"), ".pdf", export_delegation_pdf)

    def export_csv(self) -> None:
        from planner.services.delegation_print import export_delegation_csv

        def write(path: Path, _programme: object, found: Coverage, language: str) -> None:
            export_delegation_csv(path, found, language)

        self._export(self.tr("CSV files (*.csv)"), ".csv", write)

    def _export(self, kinds: str, suffix: str, write: Callable[..., object]) -> None:
        from planner.services.printing import PrintError

        found = self.model.coverage
        if found is None:
            return
        kind = self.tr("delegation")  # in the file's name, in the user's language
        name = f"{self.plan.conference.key.lower()}-{kind}{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export the delegation's plan"),
            str(folder(self.settings) / name),
            kinds,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            write(path, self.plan.programme, found, self.model.language)
        except PrintError as error:
            self.warn(str(error))
            return
        keep_folder(self.settings, path.parent)


def folder(settings: QSettings) -> Path:
    """Where plans, reports and the delegation's files go: the last folder used, else home."""
    saved = settings.value(FOLDER_SETTING)
    return Path(saved) if isinstance(saved, str) and Path(saved).is_dir() else Path.home()


def keep_folder(settings: QSettings, chosen: Path) -> None:
    settings.setValue(FOLDER_SETTING, str(chosen))


class DelegationView(QDockWidget):
    """The delegation's plans together; it follows the plan while shown."""

    addRequested = Signal()
    proposeRequested = Signal()
    # The name of a colleague whose plan the user asked to remove.
    removeRequested = Signal(str)

    def __init__(
        self, plan: Plan, settings: QSettings, you: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegation")
        self.plan = plan
        self.you = you
        self.language = "en"
        self.model = DelegationModel(self)
        self.exports = Exports(self, plan, self.model, settings)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.colleagues = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.propose_button = QPushButton()
        self.propose_button.clicked.connect(self.proposeRequested)
        members = QHBoxLayout()
        for widget in (self.add_button, self.colleagues, self.remove_button):
            members.addWidget(widget)
        members.addStretch()
        members.addWidget(self.propose_button)
        outputs = QHBoxLayout()
        outputs.addStretch()
        for button in self.exports.buttons():
            outputs.addWidget(button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(members)
        layout.addWidget(self.summary)
        layout.addWidget(table(self.model))
        layout.addLayout(outputs)
        self.setWidget(body)
        plan.changed.connect(self._on_plan_changed)
        self.visibilityChanged.connect(self._on_visibility_changed)

    def retranslate(self, language: str) -> None:
        self.language = language
        self.setWindowTitle(self.tr("Delegation"))
        self.add_button.setText(self.tr("Add a colleague's plan…"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen colleague's plan"))
        self.colleagues.setAccessibleName(self.tr("Colleagues"))
        self.propose_button.setText(self.tr("Plan for the delegation…"))
        self.exports.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Take in the plan and the colleagues' plans as they are now (only while shown)."""
        if not self.isVisible():
            return
        from planner.services.sharing import members

        colleagues = self.plan.store.colleagues.all(self.plan.conference)
        self.colleagues.clear()
        for colleague in colleagues:
            self.colleagues.addItem(colleague.name)
        self.remove_button.setEnabled(bool(colleagues))
        found = coverage(self.plan.programme, members(self.plan, self.you(), colleagues))
        self.model.set_coverage(found, self.language)
        self.summary.setText(describe(found, self.language))

    def _on_remove_button_clicked(self) -> None:
        if self.colleagues.currentText():
            self.removeRequested.emit(self.colleagues.currentText())

    def _on_plan_changed(self, _change: PlanChange) -> None:
        self.refresh()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh()


def describe(found: Coverage, language: str) -> str:
    """ "3 people cover 7 of 12 themes and sessions. Nobody covers: …"."""
    covered = [t for t in found.topics if t.covered]
    missing = [t.first.translated(language).title for t in found.topics if not t.covered]
    text = QCoreApplication.translate(
        "Delegation", "{members} people cover {covered} of {count} themes and sessions."
    ).format(members=len(found.members), covered=len(covered), count=len(found.topics))
    if missing:
        text += " " + QCoreApplication.translate("Delegation", "Nobody covers: {titles}").format(
            titles="; ".join(missing)
        )
    return text


class DelegationProposalDialog(QDialog):
    """Plan for the delegation: who attends what. Each member's part can be written to a
    share file for them; the attendee's own part can be taken into their plan."""

    # The attendee's part, when they take it.
    takeRequested = Signal(object)
    # The folder the members' files are to be written to.
    writeRequested = Signal(object)

    def __init__(
        self,
        plan: Plan,
        proposal: DelegationProposal,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.settings = settings
        self.setWindowTitle(self.tr("Plan for the delegation"))
        self.model = DelegationModel(self)
        found = coverage(plan.programme, proposal.members_with_parts())
        self.model.set_coverage(found, language)
        self.exports = Exports(self, plan, self.model, settings)
        self.summary = QLabel(describe(found, language))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.write_button = buttons.addButton(
            self.tr("Write a file for each member…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.take_button = buttons.addButton(
            self.tr("Take my part into my plan"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.take_button.clicked.connect(self._on_take_button_clicked)
        outputs = QHBoxLayout()
        for button in self.exports.buttons():
            outputs.addWidget(button)
        outputs.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if not proposal.exact:
            note = QLabel(
                self.tr("The programme is large: this division is good, but perhaps not the best.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(table(self.model))
        layout.addLayout(outputs)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def _on_take_button_clicked(self) -> None:
        mine = next(
            p for m, p in zip(self.proposal.members, self.proposal.parts, strict=True) if m.you
        )
        self.takeRequested.emit(mine)
        self.take_button.setEnabled(False)

    def _on_write_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the members' files"), str(folder(self.settings))
        )
        if chosen:
            keep_folder(self.settings, Path(chosen))
            self.writeRequested.emit(Path(chosen))


def file_name(name: str, number: int = 1) -> str:
    """A name from a file a stranger wrote, made safe as a file name: letters, digits, - and
    _ only, never a path."""
    return re.sub(r"[^\w-]+", "-", name).strip("-_")[:60] or f"member-{number}"


class ShareDialog(QDialog):
    """Your name (as colleagues will see it) and whether to share your notes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share my plan"))
        self.name = QLineEdit(name)
        self.notes = QCheckBox(self.tr("Include my notes"))
        about = QLabel(
            self.tr(
                "The file holds your choices, the sessions you starred and your ratings, so "
                "that your delegation can plan together; your notes only if you tick it."
            )
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow("", self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save…"))
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(name.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
