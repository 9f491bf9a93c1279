"""The printed agenda and timetable: PDF export read back, print preview, print dialog."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.programme import Conference, ConferenceInfo, Programme, Session, arrange
from planner.services.planning import Opened, Plan
from planner.services.printing import export_pdf, plan_document
from planner.ui.print_options import PrintOptionsDialog
from planner.ui.window import MainWindow
from tests.conftest import CliRun, program_json

# The shipped programme's 13:30 and 08:30 slots, and a 14:40 theme.
SMALL_TOWNS = "Participatory budgeting in smaller towns"
IT_SUPPORT = "Participatory budgeting with IT support"
YOUNG = "Participatory budgeting for young people"


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of white space (line breaks of wrapped text) as one space."""
    return [page.text for page in pdf_runs(path)]


@dataclass(frozen=True)
class Run:
    """A piece of text as the PDF shows it: where it starts on the page, and its size."""

    text: str
    x: float
    y: float
    size: float


FOOTER_STARTS = ("The programme may change", "Printed ", "Page ")


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    text: str
    runs: list[Run]

    @property
    def footer(self) -> list[Run]:
        return [r for r in self.runs if r.text.startswith(FOOTER_STARTS)]

    @property
    def body(self) -> list[Run]:
        return [r for r in self.runs if not r.text.startswith(FOOTER_STARTS)]


def pdf_runs(path: Path) -> list[PdfPage]:
    """Each page's text, and its pieces with the place and size that the text matrix and the
    transformation matrix give them."""
    return [read_page(page) for page in PdfReader(path).pages]


def read_page(page: PageObject) -> PdfPage:
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        text = " ".join(text.split())
        if text:
            _a, _b, c, d, e, f = tm
            ca, cb, cc, cd, ce, cf = cm
            x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
            runs.append(Run(text, x, y, size * math.hypot(c * ca + d * cc, c * cb + d * cd)))

    text = " ".join((page.extract_text(visitor_text=visit) or "").split())
    box = page.mediabox
    return PdfPage(float(box.width), float(box.height), text, runs)


def assert_well_placed(pages: list[PdfPage]) -> None:
    """Every text on its page, above the footer, at 7 points or more; no page left empty."""
    for number, page in enumerate(pages, start=1):
        assert len(page.footer) == 3, number
        footer_top = max(r.y + r.size for r in page.footer)
        assert page.body, f"page {number} is blank"
        for run in page.runs:
            assert 0 <= run.x < page.width and 0 <= run.y < page.height, (number, run)
            assert run.size >= 6.99, (number, run)
        for run in page.body:
            assert run.y > footer_top, (number, run)


def ids_by_title(cli: CliRun, *titles: str) -> list[str]:
    items = program_json(cli)["items"]
    return [next(i["id"] for i in items if i["title"] == title) for title in titles]


def top_level(kind: type[QWidget], window: QWidget) -> list[Any]:
    """The shown dialogs of a kind that `window` opened (other tests' may linger)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and w.parentWidget() is window
    ]


# The PDF, through the command line ---------------------------------------------------------


def test_agenda_pdf_has_choices_in_time_order_open_slots_and_footer(
    cli: CliRun, tmp_path: Path
) -> None:
    later, earlier = ids_by_title(cli, IT_SUPPORT, SMALL_TOWNS)
    assert cli("choose", later, earlier)[0] == 0
    target = tmp_path / "agenda.pdf"

    code, out, err = cli("export-pdf", str(target), "--name", "Alex Smith")

    assert code == 0, err
    assert str(target) in out
    pages = pdf_pages(target)
    assert len(pages) == 2
    first, second = pages
    assert "Developing democracy through dialogue and participation" in first
    assert "17–18 May 2018 · Stockholm" in first
    assert "Personal agenda for Alex Smith" in first
    assert "Thursday 17 May 2018" in first
    assert "Friday 18 May 2018" in second
    # In time order: the fixed morning, the chosen 13:30 theme, the open 14:40 slot, the buffet.
    order = [
        "09:00–10:00 Registration, coffee served",
        f"13:30–14:20 {SMALL_TOWNS}",
        "Coffee break",
        "14:40–15:30 Not chosen yet – tick one of these 4 themes on the spot:",
        YOUNG,
        "Buffet, mingling",
    ]
    positions = [first.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Your choice" in first
    assert second.index(IT_SUPPORT) < second.index("Summing up the days")
    # The chosen slot lists no alternatives; the open one lists all four, once.
    assert "Participatory budgeting in cities" in first  # 15:50 is still open
    assert first.count(YOUNG) == 2  # 14:40 and 16:50, both open
    assert "12:00 Closing and lunch End time not given in the programme" in second
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 2" in page
        assert "The programme may change" in page
        assert "Printed " in page


def test_agenda_pdf_offers_a_tick_list_for_each_open_slot_and_nothing_else(
    cli: CliRun, tmp_path: Path
) -> None:
    target = tmp_path / "agenda.pdf"

    assert cli("export-pdf", str(target))[0] == 0

    first, second = pdf_pages(target)
    header = "Not chosen yet – tick one of these 4 themes on the spot:"
    for time in ("13:30–14:20", "14:40–15:30", "15:50–16:40", "16:50–17:40"):
        assert f"{time} {header}" in first
    assert first.count(header) == 4
    assert second.count(header) == 1
    assert "08:30–10:00 " + header in second
    assert_well_placed(pdf_runs(target))


def test_agenda_pdf_warns_of_a_theme_chosen_twice(plan: Plan, tmp_path: Path) -> None:
    # An update of the programme can leave both runs of a theme in the plan.
    runs = [s for s in plan.sessions if s.translated("en").title == SMALL_TOWNS]
    assert len(runs) == 2
    document = plan_document(plan.programme, [s.guid for s in runs], "en")
    target = tmp_path / "twice.pdf"

    assert export_pdf(target, document) == 2

    first = pdf_pages(target)[0]
    warning = "⚠ You chose this theme more than once: at 13:30 and 15:50"
    assert first.count(warning) == 2
    assert first.index(warning) > first.index(SMALL_TOWNS)
    assert "At the same time as your choice" not in first


def test_agenda_pdf_in_swedish_keeps_swedish_letters(cli: CliRun, tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"

    code, _out, err = cli("--lang", "sv", "export-pdf", str(target), "--name", "Åsa Öberg")

    assert code == 0, err
    first, second = pdf_pages(target)
    assert "Utveckla demokratin genom dialog och deltagande" in first
    assert "17–18 maj 2018 · Stockholm" in first
    assert "Åsa Öberg" in first
    assert "Torsdag 17 maj 2018" in first
    assert "Medborgarbudget på mindre orter" in first
    assert "Förtroendevaldas roll inom medborgarbudget" in first
    assert "Registrering, kaffe serveras" in first
    assert "Fredag 18 maj 2018" in second
    assert "Föreläsning i plenum" in second


def test_default_agenda_fits_a_day_a_page_on_letter_too(cli: CliRun, tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"

    assert cli("export-pdf", str(target), "--paper", "letter")[0] == 0

    reader = PdfReader(target)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_grid_pdf_is_landscape_a_day_a_page_with_choices_marked(
    cli: CliRun, tmp_path: Path
) -> None:
    (chosen,) = ids_by_title(cli, SMALL_TOWNS)
    cli("choose", chosen)
    target = tmp_path / "grid.pdf"

    assert cli("export-pdf", str(target), "--grid")[0] == 0

    reader = PdfReader(target)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    first, second = pdf_pages(target)
    assert "Thursday 17 May 2018" in first
    assert "Friday 18 May 2018" in second
    assert "Your choices are shaded, framed and ticked" in first
    # Every theme of the day, chosen or not, side by side.
    assert "Participatory budgeting in cities" in first
    assert first.count(SMALL_TOWNS) == 2
    assert "Page 2 of 2" in second
    assert_well_placed(pdf_runs(target))


def long_programme() -> Programme:
    """Another conference: three long days, plenaries with speakers and a few parallel slots."""
    days = (date(2025, 3, 4), date(2025, 3, 5), date(2025, 3, 6))
    sessions = []
    for day_number, day in enumerate(days, start=1):
        moment = datetime(day.year, day.month, day.day, 8, 0)
        for number in range(1, 31):
            end = moment + timedelta(minutes=20)
            parallel = 1 if number % 6 else 3
            for column in range(parallel):
                sessions.append(
                    Session(
                        guid=f"long-{day_number}-{number}-{column}",
                        day=day,
                        start=moment,
                        end=end,
                        title=f"Talk D{day_number}N{number:02d}C{column} on the long road ahead",
                        kind="session" if parallel > 1 else "plenary",
                        track=f"Track {column}" if parallel > 1 else None,
                        room=f"Hall {column + 1}",
                        column=column,
                        speakers=(f"Speaker D{day_number}N{number:02d}C{column}",),
                        subtitle="A subtitle long enough to wrap onto a second line " * 2,
                    )
                )
            moment = end
    conference = Conference(
        key="LONG",
        title="A long conference",
        timezone="+01:00",
        days=days,
        info=ConferenceInfo(venue="Göteborg"),
    )
    return Programme(conference, tuple(arrange(sessions)))


def test_long_programme_flows_over_pages_without_splitting_an_item(
    cli: CliRun, opened: Opened, tmp_path: Path
) -> None:
    programme = long_programme()
    opened.store.save(programme)
    target = tmp_path / "long.pdf"

    code, _out, err = cli("--conference", "LONG", "export-pdf", str(target))

    assert code == 0, err
    pages = pdf_pages(target)
    assert len(pages) > 3
    assert_well_placed(pdf_runs(target))
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        # Every page holds items, not headings alone.
        assert re.search(r"\d\d:\d\d–\d\d:\d\d", page), number
    fixed = [s for s in programme.sessions if s.for_everyone]
    assert len(fixed) == 75
    for session in fixed:
        holding = [page for page in pages if session.title in page]
        assert len(holding) == 1, session.title
        # The whole item, its last line too, is on that one page.
        assert session.speakers[0] in holding[0]
    # Each open slot lists its sessions once, all on one page.
    for members in programme.slots.values():
        holding = [page for page in pages if members[0].title in page]
        assert len(holding) == 1
        assert all(page.count(s.title) == 1 for s in members for page in holding)
    # A day goes on over further pages under its own heading, never under another's.
    for day in ("Tuesday 4 March 2025", "Wednesday 5 March 2025", "Thursday 6 March 2025"):
        first = next(n for n, page in enumerate(pages) if day in page)
        assert f"{day} (continued)" not in pages[first]
        continued = [n for n, page in enumerate(pages) if f"{day} (continued)" in page]
        assert continued == list(range(first + 1, first + 1 + len(continued)))
    assert any("(continued)" in page for page in pages)


def test_unwritable_target_gives_one_clear_sentence_and_no_file(
    cli: CliRun, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder" / "agenda.pdf"

    code, out, err = cli("export-pdf", str(missing))

    assert code == 2
    assert out == ""
    assert str(missing) in err
    assert "choose a folder you can write to" in err
    assert not missing.parent.exists()

    code, _out, err = cli("export-pdf", str(tmp_path))
    assert code == 2
    assert "is a folder" in err
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_export_replaces_an_earlier_pdf_whole(cli: CliRun, tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"an older printout")

    assert cli("export-pdf", str(target))[0] == 0

    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# The window --------------------------------------------------------------------------------


def test_print_preview_opens_with_both_pages_and_closes(qtbot: QtBot, window: MainWindow) -> None:
    window.printing.preview_action.trigger()

    (dialog,) = top_level(QPrintPreviewDialog, window)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 2)
    dialog.close()
    qtbot.waitUntil(lambda: not top_level(QPrintPreviewDialog, window))


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = {key: window.settings.store.value(key) for key in window.settings.store.allKeys()}
    window.printing.print_action.trigger()
    (dialog,) = top_level(QPrintDialog, window)
    target = tmp_path / "printed.pdf"
    dialog.printer().setOutputFileName(str(target))

    dialog.reject()

    qtbot.waitUntil(lambda: not top_level(QPrintDialog, window))
    assert not target.exists()
    assert window.statusBar().currentMessage() == ""
    assert {
        key: window.settings.store.value(key) for key in window.settings.store.allKeys()
    } == before


def test_export_pdf_from_the_menu_remembers_the_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    asked: list[str] = []

    def save_file_name(*arguments: Any) -> tuple[str, str]:
        asked.append(arguments[2])
        return str(folder / "mine"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    window.settings.store.setValue("print/name", "Kim Lindqvist")

    window.printing.export_action.trigger()

    target = folder / "mine.pdf"
    pages = pdf_pages(target)
    assert len(pages) == 2
    assert "Personal agenda for Kim Lindqvist" in pages[0]
    assert str(target) in window.statusBar().currentMessage()
    assert window.settings.store.value("export/folder") == str(folder)
    window.printing.export_action.trigger()
    assert Path(asked[-1]).parent == folder


def test_export_pdf_to_an_unwritable_place_warns_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "gone" / "agenda.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_arguments: (str(missing), "PDF files (*.pdf)")
    )

    window.printing.export_action.trigger()

    qtbot.waitUntil(lambda: bool(top_level(QMessageBox, window)))
    (box,) = top_level(QMessageBox, window)
    assert str(missing) in box.text()
    assert "choose a folder you can write to" in box.text()
    assert not missing.parent.exists()
    assert window.settings.store.value("export/folder") is None
    box.close()


def test_print_options_are_remembered_and_used(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.printing.options_action.trigger()
    (dialog,) = top_level(PrintOptionsDialog, window)
    dialog.name.setText("  Maria Nilsson ")
    dialog.grid.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))

    dialog.accept()

    assert window.settings.store.value("print/name") == "Maria Nilsson"
    target = tmp_path / "wall.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_arguments: (str(target), "PDF files (*.pdf)")
    )
    window.printing.export_action.trigger()
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    assert "Maria Nilsson" in pdf_pages(target)[0]
