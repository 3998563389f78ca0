"""The ``claimcheck`` console script: plain ``check`` arguments parsed here, all else by typer.

``claimcheck check`` is the command CI runs on every push, so its start-up counts: importing
typer and building the command tree takes a fifth of a cold ``check``. When the arguments are
plain (the command name first, then drafts and known options, each option once, written
``--name value``, ``--name=value`` or ``-x value``), `parse_check` reads them and
`claimcheck.commandline.check_command` runs, the very body the typer command calls. Anything
else (``--help``, an unknown option or choice, a repeated option, options bundled or glued to
their value, ``--``, no draft) goes to the typer app, so every message about bad usage is
typer's. ``tests/test_fastcli.py`` runs every command both ways and compares the results.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from claimcheck.commandline import check_command, tune_gc
from claimcheck.io import regexcache, usercache
from claimcheck.report.formats import CheckFormat

# option names -> (parameter, takes a value)
_OPTIONS: dict[str, tuple[str, bool]] = {
    "-C": ("project", True),
    "--project": ("project", True),
    "-f": ("format", True),
    "--format": ("format", True),
    "--fail-on": ("fail_on", True),
    "-o": ("output_file", True),
    "--output-file": ("output_file", True),
    "--stdin-filename": ("stdin_filename", True),
    "-v": ("verbose", False),
    "--verbose": ("verbose", False),
    "--explain": ("explain", False),
    "--no-cache": ("no_cache", False),
    "--max-file-size": ("max_file_size", True),
    "--archive": ("archive", False),
}
_PATHS = ("project", "output_file")


def parse_check(argv: list[str]) -> dict[str, Any] | None:
    """The arguments of `check_command` for ``argv`` (the command line after the program's
    name), or None when they are not plain ``check`` arguments (typer then reads them)."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    given: dict[str, Any] = {}
    fail_on: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, attached = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        known = _OPTIONS.get(name)
        if known is None:
            return None
        param, takes = known
        if not takes:
            if eq or param in given:
                return None
            given[param] = True
            continue
        value = attached if eq else next(args, None)
        if not value or (value.startswith("-") and value != "-"):
            return None  # a missing or dash-led value: typer says what it makes of it
        if param == "fail_on":
            fail_on.append(value)
        elif param in given:
            return None
        else:
            given[param] = value
    return _checked(paths, given, fail_on)


def _checked(paths: list[str], given: dict[str, Any], fail_on: list[str]) -> dict[str, Any] | None:
    """The parsed values as `check_command` takes them; None when typer must judge them."""
    if not paths:
        return None
    chosen = given.pop("format", CheckFormat.text.value)
    if chosen not in {f.value for f in CheckFormat}:
        return None
    for param in _PATHS:
        if param in given:
            given[param] = Path(given[param])
    return {
        "paths": paths,
        "project": given.pop("project", None),
        "format": CheckFormat(chosen),
        "fail_on": fail_on or None,
        "output_file": given.pop("output_file", None),
        "stdin_filename": given.pop("stdin_filename", None),
        **given,
    }


def main() -> None:
    """Entry point of the ``claimcheck`` console script."""
    # parsed data files and compiled patterns kept between runs: a third of a cold start
    regexcache.install(usercache.enable())
    tune_gc()
    plain = parse_check(sys.argv[1:])
    if plain is None:
        from claimcheck.cli import main as typer_main

        typer_main()
        return
    check_command(**plain)
