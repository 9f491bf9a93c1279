"""What changed between two versions of a programme, and which of the attendee's choices it hits."""

from __future__ import annotations

from datetime import date

import pytest

from planner.data import shipped_programme
from planner.domain.changes import ChangeSet, affected_choices, compare
from planner.domain.programme import Programme, Session, arrange
from planner.services.importing import read_programme
from tests.conftest import at

# Sessions of the shipped programme, by guid.
SMALLER_TOWNS_1330 = "a01f53f7-b1e"  # repeated at 15:50
SMALLER_TOWNS_1550 = "aa4f2bd3-860"
CITIES_1330 = "413d011b-30b"
CITIES_1550 = "860da557-dc7"
INTEGRATION_1330 = "c9fd33bd-4a7"
INTEGRATION_1550 = "7e2f8d63-ebe"
CIVIL_SOCIETY_1440 = "dd19de49-2b4"
IT_WORKSHOP = "4961afb7-4d5"
EUROPE = "c8461fe0-08b"  # a plenary


@pytest.fixture(scope="module")
def shipped() -> Programme:
    return read_programme(shipped_programme())


def find(sessions: tuple[Session, ...] | list[Session], prefix: str) -> Session:
    (session,) = (s for s in sessions if s.guid.startswith(prefix))
    return session


def guid(sessions: tuple[Session, ...] | list[Session], prefix: str) -> str:
    return find(sessions, prefix).guid


def updated(
    shipped: Programme,
    changes: dict[str, dict[str, object]],
    cancel: tuple[str, ...] = (),
    add: tuple[Session, ...] = (),
) -> list[Session]:
    """The shipped programme as its organisers might publish it again, slotted anew."""
    sessions = []
    for original in shipped.sessions:
        if any(original.guid.startswith(c) for c in cancel):
            continue
        session = original
        for prefix, fields in changes.items():
            if session.guid.startswith(prefix):
                session = session._replace(**fields)  # type: ignore[arg-type]
        sessions.append(session)
    return arrange([*sessions, *add])


EXTRA = Session(
    guid="0f0e0d0c-added-session",
    day=date(2018, 5, 18),
    start=at(2018, 5, 18, 13, 0),
    end=at(2018, 5, 18, 14, 0),
    title="Extra: medborgarbudget i praktiken",
    kind="session",
)


def test_an_update_reports_exactly_what_changed(shipped: Programme) -> None:
    new = updated(
        shipped,
        {
            CIVIL_SOCIETY_1440: {
                "start": at(2018, 5, 17, 14, 45),
                "end": at(2018, 5, 17, 15, 35),
            },
            EUROPE: {"title": "Medborgarbudget i Europa och Norden"},
        },
        cancel=(SMALLER_TOWNS_1330,),
        add=(EXTRA,),
    )
    changes = compare(shipped.sessions, new)

    assert [s.guid for s in changes.added] == [EXTRA.guid]
    assert [s.guid for s in changes.cancelled] == [guid(shipped.sessions, SMALLER_TOWNS_1330)]
    assert [(old.start, new.start) for old, new in changes.moved] == [
        (at(2018, 5, 17, 14, 40), at(2018, 5, 17, 14, 45))
    ]
    assert [new.guid for _, new in changes.moved] == [guid(new, CIVIL_SOCIETY_1440)]
    assert [(old.title, new.title) for old, new in changes.retitled] == [
        ("Medborgarbudget i Europa", "Medborgarbudget i Europa och Norden")
    ]
    assert changes.other == ()
    assert changes.changed_guids == {
        EXTRA.guid,
        guid(new, CIVIL_SOCIETY_1440),
        guid(new, EUROPE),
    }


def test_the_same_programme_again_changes_nothing(shipped: Programme) -> None:
    changes = compare(shipped.sessions, read_programme(shipped_programme()).sessions)
    assert changes == ChangeSet()
    assert changes.is_empty
    # Two chosen sessions that already overlapped are not news.
    chosen = [guid(shipped.sessions, CITIES_1330), guid(shipped.sessions, INTEGRATION_1330)]
    assert affected_choices(changes, chosen, shipped) == []


def test_moved_and_retitled_is_in_both_lists_and_speakers_are_other_changes(
    shipped: Programme,
) -> None:
    new = updated(
        shipped,
        {
            EUROPE: {"title": "Europa", "room": "Aulan"},
            IT_WORKSHOP: {"speakers": ("Anna Andersson",), "track": "IT"},
        },
    )
    changes = compare(shipped.sessions, new)
    assert [n.room for _, n in changes.moved] == ["Aulan"]
    assert [n.title for _, n in changes.retitled] == ["Europa"]
    assert [(o.speakers, n.speakers) for o, n in changes.other] == [((), ("Anna Andersson",))]
    assert not changes.added and not changes.cancelled


def test_cancelled_and_moved_choices_are_listed_with_alternatives(shipped: Programme) -> None:
    new = updated(
        shipped,
        {
            CIVIL_SOCIETY_1440: {
                "start": at(2018, 5, 17, 14, 45),
                "end": at(2018, 5, 17, 15, 35),
            },
            EUROPE: {"title": "Medborgarbudget i Europa och Norden"},
        },
        cancel=(SMALLER_TOWNS_1330,),
        add=(EXTRA,),
    )
    changes = compare(shipped.sessions, new)
    chosen = {
        guid(shipped.sessions, prefix)
        for prefix in (SMALLER_TOWNS_1330, CIVIL_SOCIETY_1440, INTEGRATION_1550, IT_WORKSHOP)
    }

    affected = affected_choices(changes, chosen, Programme(shipped.conference, tuple(new)))

    assert [(a.session.title, a.reasons) for a in affected] == [
        ("Medborgarbudget på mindre orter", ("cancelled",)),
        ("Civilsamhällets roll inom Medborgarbudget", ("moved",)),
    ]
    cancelled, moved = affected
    assert cancelled.new is None
    assert [s.guid for s in cancelled.alternatives] == [guid(new, SMALLER_TOWNS_1550)]
    assert cancelled.alternatives[0].start == at(2018, 5, 17, 15, 50)
    assert moved.old is not None and moved.new is not None
    assert (moved.old.start, moved.new.start) == (
        at(2018, 5, 17, 14, 40),
        at(2018, 5, 17, 14, 45),
    )
    assert moved.conflicts_with == () and moved.alternatives == ()


def test_a_choice_moved_onto_another_choice_is_a_conflict(shipped: Programme) -> None:
    # "Your 13:30 choice moved to 15:50", where another choice already is.
    new = updated(
        shipped,
        {
            CITIES_1330: {
                "start": at(2018, 5, 17, 15, 50),
                "end": at(2018, 5, 17, 16, 40),
            }
        },
    )
    changes = compare(shipped.sessions, new)
    chosen = {guid(new, CITIES_1330), guid(new, INTEGRATION_1550)}

    affected = affected_choices(changes, chosen, Programme(shipped.conference, tuple(new)))

    by_title = {a.session.title: a for a in affected}
    assert sorted(by_title) == [
        "Medborgarbudget i städer",
        "Medborgardialog i komplexa frågor som fokuserar på social integration",
    ]
    moved = by_title["Medborgarbudget i städer"]
    assert moved.reasons == ("moved", "conflict")
    assert [s.guid for s in moved.conflicts_with] == [guid(new, INTEGRATION_1550)]
    stayed = by_title["Medborgardialog i komplexa frågor som fokuserar på social integration"]
    assert stayed.reasons == ("conflict",)
    assert stayed.old is None
    assert [s.guid for s in stayed.conflicts_with] == [guid(new, CITIES_1330)]
    # Its other run, at 13:30, is free now.
    assert [s.guid for s in stayed.alternatives] == [guid(new, INTEGRATION_1330)]
    # The moved one has no other run at another time: its repeat is now in the same slot.
    assert moved.alternatives == ()
