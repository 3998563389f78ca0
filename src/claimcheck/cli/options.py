"""What the commands share: option types, the one place that maps the core's errors to exit
codes (`run`), writing a report (`emit`), and the process set-up of the entry point
(`tune_gc`, `project_after_command`)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer

from claimcheck.errors import ClaimcheckError, InputError, UsageError
from claimcheck.report.formats import ProjectFormat

T = TypeVar("T")
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


def megabytes(text: str) -> int:
    """Bytes of a ``--max-file-size`` given in MB; a usage error (exit 2) unless a number above 0."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise UsageError(f"--max-file-size must be a number of megabytes above 0, not {text!r}")
    return int(value * 2**20)


def err(message: str) -> None:
    """A line on stderr."""
    print(message, file=sys.stderr)


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


def left_out(problems: Sequence[ClaimcheckError] | None) -> None:
    """The files a command went on without, one line each as any input error, then exit 2: a
    run that could not read all its input never passes, though it reports what it could."""
    if not problems:
        return
    for problem in problems:
        err(f"claimcheck: {problem}")
    raise typer.Exit(2)


def run(action: Callable[[], T]) -> T:
    """Call the core; a `ClaimcheckError` becomes one line on stderr and exit code 2."""
    try:
        return action()
    except ClaimcheckError as exc:
        err(f"claimcheck: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err("claimcheck: interrupted")
        raise typer.Exit(130) from None


def emit(output_file: Path | None, write: Callable[[TextIO], T]) -> T:
    """Hand the report's stream (stdout, or a buffer for ``output_file``) to ``write`` and
    return what it returns; an error of the reporter or of writing (a full disk, a closed pipe)
    is one line and exit 2, like any other: a cut report must never end with exit 0."""
    from claimcheck.report import output

    def go() -> T:
        with output.destination(output_file) as out:
            try:
                return write(out)
            except OSError as exc:
                raise InputError(
                    f"cannot write the report: {exc.strerror or exc}", "<stdout>"
                ) from exc

    return run(go)


def tune_gc() -> None:
    """Collect cyclic garbage rarely in this process.

    A command is a short process that builds millions of small objects (100,000 claims, their
    mentions, an index) that live until it exits and are in no cycle: with the default
    thresholds the collector walks them over and over (a third of the time of loading 100,000
    claims) and finds nothing. What a process collects is the process's choice, so the entry
    point makes it, never a library function: objects alive after start-up are frozen out of
    collection, and the youngest generation is collected every 50,000 allocations instead of 700.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


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
