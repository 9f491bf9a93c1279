"""Asking before an act that cannot be taken back, or that may be a mistake."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    act: str,
    then: Callable[[], object],
    *,
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
) -> QMessageBox:
    """Ask `question` (plain text) with the button `act` beside Cancel, which is the default:
    Enter never does what cannot be undone. `then` runs only when `act` is clicked. The box
    opens window-modal and goes when it is answered."""
    cancel = QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(act, role)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: then() if box.clickedButton() is button else None)
    box.open()
    return box
