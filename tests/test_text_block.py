"""The detail pane's texts: wrapped to their width, selected with the mouse, copied with the
keyboard or the context menu, and never read as markup."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner.ui.text_block import TextBlock

ABSTRACT = "How Rust drivers reach the mainline kernel, and what reviewers ask of them.\n\nSecond"


def shown(qtbot: QtBot, text: str, width: int = 600) -> TextBlock:
    block = TextBlock()
    qtbot.addWidget(block)
    block.setText(text)
    block.resize(width, block.heightForWidth(width))
    block.show()
    qtbot.waitExposed(block)
    return block


def test_text_wraps_to_the_width_it_is_given(qtbot: QtBot) -> None:
    block = shown(qtbot, ABSTRACT)
    line = block.fontMetrics().lineSpacing()
    # Wide enough: the first paragraph, the blank line and "Second" are three lines.
    assert block.heightForWidth(2000) < 4 * line
    assert block.heightForWidth(120) > 6 * line
    assert block.sizeHint().height() == block.heightForWidth(block.width())


def test_double_click_selects_a_word_and_ctrl_c_copies_it(qtbot: QtBot) -> None:
    block = shown(qtbot, ABSTRACT)
    metrics = block.fontMetrics()
    inside_drivers = QPoint(metrics.horizontalAdvance("How Rust dri"), metrics.height() // 2)
    qtbot.mouseDClick(block, Qt.MouseButton.LeftButton, pos=inside_drivers)
    assert block.selected_text() == "drivers"
    qtbot.keyClick(block, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "drivers"


def test_dragging_selects_across_paragraphs(qtbot: QtBot) -> None:
    block = shown(qtbot, ABSTRACT)
    metrics = block.fontMetrics()
    start = QPoint(metrics.horizontalAdvance("How "), metrics.height() // 2)
    end = QPoint(block.width() - 1, block.height() - 2)  # past the end of the last line
    qtbot.mousePress(block, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(block, end)
    qtbot.mouseRelease(block, Qt.MouseButton.LeftButton, pos=end)
    assert block.selected_text() == ABSTRACT.removeprefix("How ")


def test_select_all_then_copy_from_the_context_menu(qtbot: QtBot) -> None:
    block = shown(qtbot, ABSTRACT)
    qtbot.keyClick(block, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert block.selected_text() == ABSTRACT
    QGuiApplication.clipboard().clear()
    point = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, block.mapToGlobal(point))
    QApplication.sendEvent(block, event)
    menu = next(m for m in block.findChildren(QMenu) if m.isVisible())
    assert [a.text() for a in menu.actions()] == ["&Copy", "Select &all"]
    copy = next(a for a in menu.actions() if a.text() == "&Copy")
    assert copy.isEnabled()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == ABSTRACT
    menu.close()


def test_a_new_text_drops_the_selection(qtbot: QtBot) -> None:
    block = shown(qtbot, ABSTRACT)
    block.select_all()
    block.setText("Another talk")
    assert block.selected_text() == ""
    assert block.accessibleName() == "Another talk"


def test_markup_is_painted_as_its_characters(qtbot: QtBot) -> None:
    """A title that is markup paints exactly as the same characters typed as text would: the
    tags show, no bold, no image."""
    markup = shown(qtbot, "<b>bold</b> <img src='x.png'>")
    pixels = markup.grab().toImage()
    assert markup.heightForWidth(600) < 2 * markup.fontMetrics().lineSpacing()
    # Ink reaches as far right as the whole literal string is wide, which rendered markup
    # (the word "bold" alone) never does.
    width = markup.fontMetrics().horizontalAdvance("<b>bold</b> <img src='x.png'>")
    assert _rightmost_ink(pixels) > 0.9 * width


def _rightmost_ink(image: QImage) -> int:
    background = image.pixelColor(image.width() - 1, 0)
    for x in range(image.width() - 1, -1, -1):
        for y in range(image.height()):
            if image.pixelColor(x, y) != background:
                return x
    return -1
