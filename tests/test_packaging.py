"""The package as installed: every subpackage listed, and the shipped files carried along."""

from __future__ import annotations

import tomllib
from pathlib import Path

from planner import data

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_installing() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "planner").rglob("__init__.py")
    }
    assert listed == found | {"planner.resources", "planner.locale"}


def test_the_shipped_files_are_found() -> None:
    assert data.path("resources", "programme.schedule.json").is_file()
    assert data.path("translations", "planner_sv.qm").is_file()
