"""Where the planner's own files are: the shipped programme and the compiled translations.

They live in the repository's top-level `resources/` and `translations/`, which the package
carries as its package data `planner.resources` and `planner.locale` (pyproject.toml maps
them), so that every kind of install (a wheel, `pip install --user`, a virtual environment)
finds them with importlib.resources. Run in place from a checkout, the package has no such
subpackages, and the checkout's folders are used.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
PACKAGES = {"resources": "planner.resources", "translations": "planner.locale"}


def path(folder: str, name: str) -> Path:
    """The file `name` of `resources` or `translations`: the installed package data, else
    the checkout's."""
    try:
        # A namespace package's files() is a MultiplexedPath; a file in it is a plain path.
        return Path(str(resources.files(PACKAGES[folder]).joinpath(name)))
    except ModuleNotFoundError:
        return CHECKOUT / folder / name
