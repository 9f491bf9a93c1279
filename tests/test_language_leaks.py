"""In Swedish, nothing the planner wrote shows in English: not in the window, its menus, the
detail pane, the dialogs, nor the command line's help; and every text is one lupdate sees."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.ui.text_block import TextBlock
from planner.ui.window import MainWindow
from tests.conftest import CliRun

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "translations" / "planner_sv.ts"


def english_templates() -> list[re.Pattern[str]]:
    """Every English source text whose Swedish differs, as a pattern its shown forms match
    (placeholders stand for anything)."""
    patterns = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        plain = source.replace("&", "")
        if not plain.strip() or plain == translation.replace("&", "") or len(plain) < 4:
            continue
        parts = re.split(r"\{[a-z_]+\}|%\(?[a-z_]*\)?[sdr]", plain)
        patterns.append(re.compile("^" + ".+".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def shown_texts(widget: QWidget) -> Iterator[str]:
    """What a user can read on `widget` and its children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | TextBlock):
            yield child.text()
        if isinstance(child, QAbstractButton):
            yield child.text()
        if isinstance(child, QGroupBox):
            yield child.title()
        if isinstance(child, QLineEdit):
            yield child.placeholderText()
        if isinstance(child, QComboBox):
            yield from (child.itemText(n) for n in range(child.count()))
        if isinstance(child, QTabWidget):
            yield from (child.tabText(n) for n in range(child.count()))
        if isinstance(child, QMenu):
            yield child.title()
        yield child.toolTip()
        yield child.windowTitle()
        for action in child.actions():
            yield action.text()
            yield action.toolTip()
            yield action.statusTip()


def english_in(texts: Iterator[str]) -> list[str]:
    patterns = english_templates()
    found = []
    for text in texts:
        plain = text.replace("&", "").strip()
        if plain and any(p.match(plain) for p in patterns):
            found.append(plain)
    return found


def test_the_window_and_its_dialogs_speak_swedish(qtbot: QtBot, window: MainWindow) -> None:
    window.set_language("sv")
    window.detail.show_session(window.plan.sessions[8])
    leaks = english_in(shown_texts(window))
    for action in (
        window.menus.info_action,
        window.menus.shortcuts_action,
        window.menus.about_action,
        window.menus.export_calendar_action,
        window.printing.options_action,
    ):
        action.trigger()
        for dialog in [d for d in window.findChildren(QDialog) if d.isVisible()]:
            leaks += english_in(shown_texts(dialog))
            dialog.reject()
    assert leaks == []


COMMANDS = ["program", "agenda", "choose", "clear", "export-ics", "export-pdf", "import"]
COMMANDS += ["undo-import", "conferences", "update"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_command_line_help_speaks_swedish(cli: CliRun, command: str | None) -> None:
    code, out, _err = cli("--lang", "sv", *([command] if command else []), "--help")
    assert code == 0
    leaks = english_in(iter(line.strip() for line in out.splitlines()))
    # argparse's own words too: "usage:", "options", "show this help message and exit".
    assert "usage:" not in out and "show this help message" not in out
    assert leaks == []


def calls_lupdate_cannot_read(tree: ast.AST) -> Iterator[str]:
    """Translations lupdate cannot see: self.tr() or QCoreApplication.translate() with a text
    that is not a literal, or inside an f-string, or tr() of another object (whose context is
    not the class lupdate files the text under). The command line's `tr` function takes
    texts marked with QT_TRANSLATE_NOOP, which lupdate reads where they are marked."""
    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring |= {id(child) for child in ast.walk(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, receiver = node.func.attr, node.func.value
        owner = receiver.id if isinstance(receiver, ast.Name) else ""
        if name == "tr" or (name == "translate" and owner in ("QCoreApplication", "app")):
            text = node.args[0 if name == "tr" else 1] if node.args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                yield f"line {node.lineno}: not a literal text"
            if id(node) in inside_fstring:
                yield f"line {node.lineno}: inside an f-string"
            if name == "tr" and owner != "self":
                yield f"line {node.lineno}: tr() of another object"


def test_every_text_is_one_lupdate_sees() -> None:
    problems = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        problems += [f"{path.relative_to(ROOT)}: {p}" for p in calls_lupdate_cannot_read(tree)]
    assert problems == []
