"""Where the planner's own files are: the shipped programme and the compiled translations.

They live in the repository's top-level `resources/` and `translations/`, which the package
carries as its package data `planner.resources` and `planner.locale` (pyproject.toml maps
them), so that every kind of install (a wheel, `pip install --user`, a virtual environment)
finds them with importlib.resources. Run in place from a checkout, the package has no such
subpackages, and the checkout's folders are used.
"""

from __future__ import annotations

from pathlib import Path

PACKAGES = {"resources": "planner.resources", "translations": "planner.locale"}


def path(folder: str, name: str) -> Path:
    """The file `name` of `resources` or `translations`: the installed package data, else
    the checkout's."""
    # Asked only when a file is needed (a first start, Swedish), which an English start
    # showing a plan never is: importlib.resources would cost it a hundredth of a second.
    from importlib import resources

    try:
        # A namespace package's files() is a MultiplexedPath; a file in it is a plain path.
        return Path(str(resources.files(PACKAGES[folder]).joinpath(name)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / folder / name


def shipped_programme() -> Path:
    """The invitation's programme, in the C3VOC schedule.json format."""
    return path("resources", "programme.schedule.json")


def translations() -> Path:
    """The folder of the compiled translations (planner_sv.qm)."""
    return path("translations", "planner_sv.qm").parent
