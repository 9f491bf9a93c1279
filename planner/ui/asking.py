"""Asking before an act that cannot be taken back, or that may be a mistake."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    act: str,
    then: Callable[[], object],
    *,
    destructive: bool = True,
) -> QMessageBox:
    """Ask `question` (plain text) with the button `act` beside Cancel, which is the default:
    Enter never does what cannot be undone. `then` runs only when `act` is clicked. The box
    opens window-modal and goes when it is answered. `act` is marked as destroying something
    unless told otherwise."""
    # Made here, when a question is asked: the class costs the start milliseconds.
    from PySide6.QtWidgets import QMessageBox

    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    cancel = QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(act, role)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: then() if box.clickedButton() is button else None)
    box.open()
    return box
