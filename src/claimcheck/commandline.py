"""What the commands share that needs no argument parser, and the body of ``check``.

`run` maps the core's errors to exit codes (one line on stderr, exit 2), `emit` writes a
report, `left_out` reports the files a run went on without, `megabytes` reads
``--max-file-size``, `tune_gc` sets up the process. An exit is a `SystemExit` with its code
(what typer's ``Exit`` becomes too), so that the typer commands (`claimcheck.cli`) and the entry
point's parser for plain ``check`` arguments (`claimcheck.entry`) share these and
`check_command`, and give the same results: nothing here imports typer.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from claimcheck.errors import ClaimcheckError, InputError, UsageError
from claimcheck.report.formats import CheckFormat

T = TypeVar("T")


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


def left_out(problems: Sequence[ClaimcheckError] | None) -> None:
    """The files a command went on without, one line each as any input error, then exit 2: a
    run that could not read all its input never passes, though it reports what it could."""
    if not problems:
        return
    for problem in problems:
        err(f"claimcheck: {problem}")
    raise SystemExit(2)


def run(action: Callable[[], T]) -> T:
    """Call the core; a `ClaimcheckError` becomes one line on stderr and exit code 2."""
    try:
        return action()
    except ClaimcheckError as exc:
        err(f"claimcheck: {exc}")
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        err("claimcheck: interrupted")
        raise SystemExit(130) from None


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


def check_command(
    paths: Sequence[str],
    project: Path | None,
    format: CheckFormat,
    fail_on: Sequence[str] | None,
    output_file: Path | None,
    stdin_filename: str | None,
    *,
    verbose: bool = False,
    explain: bool = False,
    no_cache: bool = False,
    max_file_size: str = "50",
    archive: bool = False,
) -> None:
    """``claimcheck check``: judge the drafts, write the report, exit 1 when the gate fails."""
    from claimcheck.check.gate import run_check
    from claimcheck.report import check_text
    from claimcheck.report.formats import write_check

    use_cache = False if no_cache else None
    limit = run(lambda: megabytes(max_file_size))
    checked = run(
        lambda: run_check(paths, project, fail_on, stdin_filename, use_cache, output_file, limit)
    )
    if archive:
        from claimcheck.archive_check import with_archive

        checked = run(lambda: with_archive(checked))
    emit(output_file, lambda out: write_check(out, checked, format, verbose, explain))
    err(check_text.summary(checked.result))
    left_out(checked.problems)
    if checked.result.failed:
        raise SystemExit(1)
