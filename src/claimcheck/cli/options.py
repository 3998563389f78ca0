"""What the commands share: option types, the progress bar, and `project_after_command`; the
typer-free helpers (`run`, `emit`, `err`, `left_out`, `megabytes`, `tune_gc`) live in
`claimcheck.commandline`, shared with the entry point's fast path, and are re-exported here."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.commandline import emit, err, left_out, megabytes, run, tune_gc
from claimcheck.report.formats import ProjectFormat

__all__ = ["emit", "err", "left_out", "megabytes", "run", "tune_gc"]
ProjectOpt = Annotated[
    Path | None,
    typer.Option(
        "--project", "-C", help="Project folder (default: found from the current folder)."
    ),
]
MaxSizeOpt = Annotated[
    str,  # text, parsed by `megabytes`: a plain type keeps typer's pydantic coercion unloaded
    typer.Option(
        "--max-file-size",
        metavar="MB",
        help="Largest file read, in MB; a larger one is refused (exit 2).",
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Parse every registry file again; neither read nor write .claimcheck-cache/.",
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output-file", "-o", help="Write the report to this file.")
]
ArchiveOpt = Annotated[
    bool,
    typer.Option(
        "--archive",
        help="Also (check) or instead (conflicts) query the archive index (config: archive).",
    ),
]
JobsOpt = Annotated[
    str | None,  # text, checked by `jobs_of` (the same check for every command)
    typer.Option("--jobs", "-j", metavar="N", help="Worker processes (default: every core)."),
]
ProjectFormatOpt = Annotated[
    ProjectFormat | None,
    typer.Option("--format", "-f", help="table (default), json, sarif or junit."),
]


class ExtractFormat(StrEnum):
    """Output formats of ``extract``."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    yaml = "yaml"


def jobs_of(text: str | None) -> int:
    """``--jobs``: a whole number above 0 (default: every core)."""
    from claimcheck.errors import UsageError

    if text is None:
        from claimcheck.io.workers import cores

        return cores()
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"--jobs must be a whole number above 0, not {text!r}")
    return int(text)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while the block runs, when stderr is a terminal (none in a CI
    log or a pipe, where it would be noise: the block gets None); cleared when it ends."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task(label, total=None)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    with bar:
        yield update


_PROJECT_FLAGS = ("-C", "--project")
GROUPS = ("archive",)  # commands of commands: the project option goes after the second name


def project_after_command(argv: list[str]) -> list[str]:
    """``claimcheck -C folder verify`` as ``claimcheck verify -C folder``: like git and make,
    the project folder may come before the command; each command owns the option."""
    out: list[str] = []
    moved: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _PROJECT_FLAGS and i + 1 < len(argv):
            moved += argv[i : i + 2]
            i += 2
            continue
        if arg.startswith("--project=") or (arg.startswith("-C") and len(arg) > 2):
            moved.append(arg)
            i += 1
            continue
        if not arg.startswith("-"):  # the command: the rest is its own
            rest = argv[i + 1 :]
            if arg in GROUPS and rest and not rest[0].startswith("-"):
                return out + [arg, rest[0]] + moved + rest[1:]
            return out + [arg] + moved + rest
        out.append(arg)
        i += 1
    return argv
