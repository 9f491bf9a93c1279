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


def test_a_first_word_too_long_for_the_room_beside_the_marks_starts_the_next_line(
    qapp: Any,
) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    title = "Medborgarbudgetsprocessen i Umeå"
    # Beside the marks there is room for a few letters, on the lines below for the word.
    first = metrics.horizontalAdvance("Medborg")
    width = metrics.horizontalAdvance("Medborgarbudgetsprocessen i")
    lines = Lines()

    broken = lines.wrapped(title, font, font.key(), first=first, width=width, most=100)
    one = lines.wrapped(title, font, font.key(), first=first, width=width, most=1)

    assert broken[0] == ""
    assert " ".join(broken[1:]) == title
    assert broken[1].startswith("Medborgarbudgetsprocessen")
    # With one line only, it is the room beside the marks, ending in an ellipsis.
    assert one[0].endswith("…") and metrics.horizontalAdvance(one[0]) <= first


def test_a_first_line_ending_after_a_hyphen_stays_beside_the_marks(qapp: Any) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    title = "Medborgar-budget i Umeå"
    first = metrics.horizontalAdvance("Medborgar-bu")
    width = metrics.horizontalAdvance("Medborgar-budget i Umeå") * 2
    lines = Lines()

    broken = lines.wrapped(title, font, font.key(), first=first, width=width, most=100)

    assert broken[0] == "Medborgar-"
    assert broken[1] == "budget i Umeå"


def test_a_word_longer_than_a_whole_line_starts_below_the_marks_and_is_cut_there(
    qapp: Any,
) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    word = "Medborgarbudgetsdialogsprocessutvärderingsrapport"
    first = metrics.horizontalAdvance(word[:6])
    width = metrics.horizontalAdvance(word[:12])
    lines = Lines()

    broken = lines.wrapped(word, font, font.key(), first=first, width=width, most=100)

    assert broken[0] == "" and "".join(broken) == word
    assert len(broken) > 2
