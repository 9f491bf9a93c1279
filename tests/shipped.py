"""The shipped programme as a JSON document that tests change into updates."""

from __future__ import annotations

import json
from typing import Any

from planner.data import shipped_programme
from tests.conftest import CliRun, program_json


def shipped() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(shipped_programme().read_text(encoding="utf-8"))
    return document


def events(document: dict[str, Any]) -> list[dict[str, Any]]:
    days = document["schedule"]["conference"]["days"]
    return [event for day in days for event in day["rooms"][""]]


def find(document: dict[str, Any], title: str, start: str) -> dict[str, Any]:
    return next(e for e in events(document) if e["title"] == title and e["start"] == start)


def guid_of(cli: CliRun, title: str, start: str) -> str:
    items = program_json(cli, "--lang", "sv")["items"]
    return next(str(i["id"]) for i in items if i["title"] == title and i["start"] == start)
