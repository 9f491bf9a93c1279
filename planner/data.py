"""Where the planner's own files are: the shipped programme and the compiled translations.

From a checkout (and the editable install `dev.py` makes) they are the repository's
`resources/` and `translations/`; an installed wheel carries copies under
`<prefix>/share/conference-planner/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
INSTALLED = Path(sys.prefix) / "share" / "conference-planner"


def folder(name: str) -> Path:
    """`resources` or `translations`: the checkout's when there is one, else the installed."""
    in_checkout = (CHECKOUT / "pyproject.toml").is_file()
    return (CHECKOUT if in_checkout else INSTALLED) / name
