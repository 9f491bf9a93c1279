"""Every command of the command line by name: what `main.py COMMAND` runs once the database
is open. Loaded only for a command, never to open the window."""

from __future__ import annotations

from planner import cli, cli_personal, cli_programmes
from planner.cli import Command

COMMANDS: dict[str, Command] = {
    **cli.COMMANDS,
    **cli_programmes.COMMANDS,
    **cli_personal.COMMANDS,
}
