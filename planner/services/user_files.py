"""Writing the user's files (calendars, PDFs, reports) whole or not at all.

The bytes go to a temporary file in the target's folder, are flushed to the disk, and only
then take the target's name; on any failure the earlier file stays as it was. A write in two
steps (stage, then publish) lets a caller commit the database in between, so that neither
changes when the other fails.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def stage(target: Path, data: bytes) -> Path:
    """Write `data` completely to a temporary file beside `target`. Raises OSError."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def publish(temporary: Path, target: Path) -> None:
    """Give a staged file the target's name, replacing an earlier file in one step."""
    try:
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def discard(temporary: Path) -> None:
    temporary.unlink(missing_ok=True)


def write_file(target: Path, data: bytes) -> None:
    """Stage and publish `data` as `target`. Raises OSError; the earlier file then stays."""
    publish(stage(target, data), target)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
