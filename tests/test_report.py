"""The conference report, read back: the .odt's content.xml parsed, the PDF's text."""

from __future__ import annotations

import errno
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from planner.domain.delegation import SharedPlan
from planner.services import report
from planner.services.planning import Plan
from planner.services.report import ReportError, report_document, write_report
from planner.services.texts import Translators

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@pytest.fixture
def swedish(qapp: Any) -> Iterator[None]:
    translators = Translators()
    translators.install("sv")
    yield
    translators.remove()


@pytest.fixture
def attended(plan: Plan) -> dict[str, str]:
    """A plan as the conference went: two choices with notes, one skipped, one attended
    that was not chosen; a colleague's plan with a note they shared."""
    towns = plan.slots["2018-05-17T13:30"][0]
    young = plan.slots["2018-05-17T14:40"][0]
    cities = plan.slots["2018-05-17T15:50"][1]
    workshop = plan.slots["2018-05-18T08:30"][2]
    infrastructure = plan.slots["2018-05-17T16:50"][3]
    for session in (towns, young, cities):
        plan.choose(session.guid)
    plan.set_note(towns.guid, "Börja med en liten budget.\nFråga <b>Malmö</b>.")
    plan.set_note(workshop.guid, "Bra metod för dialog")
    plan.set_attendance(cities.guid, "skipped")
    plan.set_attendance(workshop.guid, "attended")
    colleague = SharedPlan(
        name="Anna Andersson",
        conference_key=plan.conference.key,
        conference_title=plan.conference.title,
        days=plan.conference.days,
        chosen=frozenset({infrastructure.guid}),
        notes={infrastructure.guid: "Trafikverket deltog"},
    )
    plan.store.colleagues.add(plan.conference, colleague)
    return {
        "towns": towns.title,
        "young": young.title,
        "cities": cities.title,
        "workshop": workshop.title,
        "infrastructure": infrastructure.title,
    }


def odt_paragraphs(path: Path) -> list[str]:
    """The text of each paragraph of the document, as a reader sees it."""
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def text_of(element: ElementTree.Element) -> str:
        parts = [element.text or ""]
        for child in element:
            parts.append(" " if child.tag == f"{TEXT}s" else text_of(child))
            parts.append(child.tail or "")
        return "".join(parts)

    return [" ".join(text_of(p).split()) for p in root.iter(f"{TEXT}p")]


def check(text: str, titles: dict[str, str], plan: Plan) -> None:
    assert "Torsdag 17 maj 2018" in text and "Fredag 18 maj 2018" in text
    assert "17–18 maj 2018 · Stockholm" in text
    assert plan.conference.title in text
    for kept in ("towns", "young", "workshop", "infrastructure"):
        assert titles[kept] in text, kept
    assert titles["cities"] not in text  # skipped
    assert "Börja med en liten budget." in text and "Fråga <b>Malmö</b>." in text
    assert "Bra metod för dialog" in text
    assert "Anna Andersson" in text and "Trafikverket deltog" in text
    # Breaks are not in a report; plenaries are.
    assert "Kaffepaus" not in text and "Medborgarbudget i Europa" in text


def test_the_report_as_odt_holds_the_sessions_attended_and_their_notes_in_swedish(
    swedish: None, plan: Plan, attended: dict[str, str], tmp_path: Path
) -> None:
    colleagues = plan.store.colleagues.all(plan.conference)
    document = report_document(plan, "sv", name="Eva", colleagues=colleagues)
    target = tmp_path / "rapport.odt"
    write_report(target, document)
    assert zipfile.ZipFile(target).read("mimetype") == b"application/vnd.oasis.opendocument.text"
    paragraphs = odt_paragraphs(target)
    check("\n".join(paragraphs), attended, plan)
    # The notes stand under their sessions, each of its lines a paragraph.
    towns = next(n for n, p in enumerate(paragraphs) if attended["towns"] in p)
    assert paragraphs[towns + 1 : towns + 3] == [
        "Börja med en liten budget.",
        "Fråga <b>Malmö</b>.",
    ]
    workshop = next(n for n, p in enumerate(paragraphs) if attended["workshop"] in p)
    assert paragraphs[workshop + 1] == "Bra metod för dialog"
    assert paragraphs[workshop].startswith("08:30–10:00")


def test_the_report_as_pdf_holds_the_same(
    swedish: None, plan: Plan, attended: dict[str, str], tmp_path: Path
) -> None:
    colleagues = plan.store.colleagues.all(plan.conference)
    target = tmp_path / "rapport.pdf"
    write_report(target, report_document(plan, "sv", colleagues=colleagues))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    check(text, attended, plan)


def test_a_failed_write_keeps_the_earlier_report(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.odt"
    target.write_bytes(b"the earlier report")

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report, "write_file", full)
    with pytest.raises(ReportError, match=r"could not be written.*No space left"):
        write_report(target, report_document(plan, "en"))
    assert target.read_bytes() == b"the earlier report"
