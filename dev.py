"""Set up the project's own virtual environment, then open the planner or run its checks.

    python dev.py run            # open the planner
    python dev.py test           # lint, type-check and test
    python dev.py translations   # update translations/*.ts from the code, compile the .qm files

Needs only Python >= 3.11: everything else is installed into .venv on first use, and again
whenever pyproject.toml changes. Opening the planner installs what it needs to run; the test
command adds the test tools (linters, pytest and the parsers the tests read files back with).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "installed-from.sha256"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_venv(*, tests: bool) -> Path:
    """Create .venv and install the project (with its test tools when `tests`), unless what
    is installed is current: the stamp names the pyproject.toml and what it installed."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    python = venv_python()
    if not python.exists():
        print("Creating .venv (once) ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    installed = STAMP.read_text().split() if STAMP.exists() else []
    if installed[:1] == [digest] and (not tests or "test" in installed[1:]):
        return python
    what = "its test tools" if tests else "what it needs to run"
    print(
        f"Installing the planner and {what} into .venv; the first time this downloads "
        "PySide6 (Qt) and takes a few minutes ...",
        flush=True,
    )
    target = f"{ROOT}[test]" if tests else str(ROOT)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--editable",
            target,
        ],
        check=True,
    )
    STAMP.write_text(" ".join([digest, *(["test"] if tests else [])]))
    return python


def run(python: Path, *args: str) -> int:
    print("$", " ".join(args), flush=True)
    return subprocess.run([str(python), *args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "translations"}:
        print(__doc__)
        return 2
    python = ensure_venv(tests=argv[0] != "run")
    if argv[0] == "run":
        return run(python, "main.py", *argv[1:])
    if argv[0] == "translations":
        return run(python, "-m", "planner.translations")
    steps = [
        ("-m", "ruff", "check", "."),
        ("-m", "ruff", "format", "--check", "."),
        ("-m", "mypy"),
        # import-linter: the layers one-way, no import cycles (pyproject.toml's contracts).
        ("-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"),
        ("-m", "pytest", *argv[1:]),
    ]
    failed = [" ".join(step[:3])[:40] for step in steps if run(python, *step) != 0]
    if failed:
        print("Failed:", ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
