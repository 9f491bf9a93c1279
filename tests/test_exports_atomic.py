"""Exports are written whole or not at all: on a full disk the earlier file stays, and the
message and exit code say so."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from planner.services import user_files
from tests.conftest import CliRun, fill


def make_full(folder: Path, small_disk: Path | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fill the small file system, or, without one, make every flush to the disk fail as
    on a full disk."""
    if small_disk is not None:
        fill(folder)
        return

    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(user_files.os, "fsync", no_space)


@pytest.mark.parametrize("kind", ["ics", "pdf"])
def test_an_export_on_a_full_disk_keeps_the_earlier_file(
    cli: CliRun,
    tmp_path: Path,
    small_disk: Path | None,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    folder = small_disk or tmp_path
    target = folder / f"agenda.{kind}"
    command = "export-ics" if kind == "ics" else "export-pdf"
    cli("choose", "413d011b")
    assert cli(command, str(target))[0] == 0
    earlier = target.read_bytes()
    cli("choose", "ce6713d8")
    make_full(folder, small_disk, monkeypatch)
    code, out, err = cli(command, str(target))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(target) in err
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".agenda")) == []
