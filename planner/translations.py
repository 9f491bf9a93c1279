"""Keep translations/ in step with the code: `python -m planner.translations`.

Runs pyside6-lupdate over the package (without source locations, so that moving code does not
change the .ts files) and compiles each .ts to .qm with pyside6-lrelease.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "translations"
TARGET_LANGUAGES = ("sv",)


def sources() -> list[Path]:
    return sorted((ROOT / "planner").rglob("*.py"))


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    found = sorted(folder.glob(f"pyside6-{name}*"))
    return str(found[0]) if found else f"pyside6-{name}"


def update_ts(ts_file: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            *map(str, sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-silent",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main() -> int:
    for language in TARGET_LANGUAGES:
        ts_file = FOLDER / f"planner_{language}.ts"
        update_ts(ts_file, language)
        compile_qm(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
