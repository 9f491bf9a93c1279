"""The grid's titles broken into lines: all of them, or as many as a cell has room for, the
last one then ending in an ellipsis that follows on from the line before."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics

from planner.ui.text_lines import Lines

TITLE = "Medborgarbudget i Göteborg och Malmö: så går dialogen till när staden lyssnar"


def test_a_title_short_of_room_keeps_its_first_lines_and_ends_in_an_ellipsis(qapp: Any) -> None:
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance("Medborgarbudget i Göteborg")
    lines = Lines()

    every = lines.wrapped(TITLE, font, font.key(), first=width, width=width, most=100)
    two = lines.wrapped(TITLE, font, font.key(), first=width, width=width, most=2)

    assert len(every) > 2
    assert " ".join(every) == TITLE
    assert two[0] == every[0]
    assert two[1].endswith("…") and two[1] != every[1]
    # The second line goes on from the first: the text of the rest, cut where it fills.
    assert every[1].startswith(two[1].removesuffix("…").rstrip())


def test_a_word_longer_than_a_line_is_cut_without_a_space_put_in(qapp: Any) -> None:
    font = QFont()
    word = "Medborgarbudgetsdialogsprocessutvärderingsrapport"
    width = QFontMetrics(font).horizontalAdvance(word[:12])
    lines = Lines()

    every = lines.wrapped(word, font, font.key(), first=width, width=width, most=100)
    last = lines.wrapped(word, font, font.key(), first=width, width=width, most=1)

    assert len(every) > 1 and "".join(every) == word
    assert " " not in last[0] and last[0].endswith("…")
