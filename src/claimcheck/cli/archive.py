"""``claimcheck archive``: build the archive index and count what it holds.

``archive build`` brings the index up to date (only new or changed documents are extracted;
``--engine pool`` with ``--jobs N`` local processes, or ``--engine dask`` / ``--scheduler
tcp://host:8786`` on Dask); ``archive stats`` prints its counts. ``check --archive`` and
``conflicts --archive`` (in `claimcheck.cli`) query it.
"""

from __future__ import annotations

import time
from enum import StrEnum
from typing import Annotated

import typer

from claimcheck.cli.options import JobsOpt, ProjectOpt, emit, err, jobs_of, run
from claimcheck.fastcli import FastCommand, FastGroup
from claimcheck.report.archive import StatsFormat

archive_app = typer.Typer(
    name="archive",
    cls=FastGroup,
    help="The archive index: every figure of a large corpus, queried by check/conflicts --archive.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class EngineName(StrEnum):
    """Where ``archive build`` extracts (claimcheck.archive.build.Engine, named without
    importing the build)."""

    pool = "pool"
    dask = "dask"


@archive_app.command(cls=FastCommand)
def build(
    project: ProjectOpt = None,
    jobs: JobsOpt = None,
    engine: Annotated[
        EngineName,
        typer.Option("--engine", help="pool (local processes, the default) or dask."),
    ] = EngineName.pool,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="A Dask scheduler to run on (tcp://host:8786); implies --engine dask.",
        ),
    ] = None,
) -> None:
    """Bring the archive index up to date: extract new or changed documents, drop removed ones."""
    from claimcheck.archive.build import Engine
    from claimcheck.archive.build import build as do_build
    from claimcheck.config import find
    from claimcheck.report.archive import build_summary, progress

    kind = Engine(engine.value)
    n = run(lambda: jobs_of(jobs))
    cfg = run(lambda: find(project))
    start = time.perf_counter()
    with progress() as advance:
        result = run(lambda: do_build(cfg, kind, n, scheduler, progress=advance))
    err(build_summary(result, time.perf_counter() - start))


@archive_app.command(cls=FastCommand)
def stats(
    project: ProjectOpt = None,
    format: Annotated[
        StatsFormat, typer.Option("--format", "-f", help="text (default) or json.")
    ] = StatsFormat.text,
    top: Annotated[
        str, typer.Option("--top", metavar="N", help="Measures, dimensions and entities listed.")
    ] = "10",
) -> None:
    """Count what the archive index holds: documents, figures, by dimension and measure, size."""
    from claimcheck.archive.build import archive_of
    from claimcheck.archive.queries import stats as do_stats
    from claimcheck.config import display, find
    from claimcheck.errors import UsageError
    from claimcheck.report.archive import write_stats

    def counted() -> dict[str, object]:
        if not top.isdigit():
            raise UsageError(f"--top must be a whole number, not {top!r}")
        arch = archive_of(find(project))
        return do_stats(arch.path, display(arch.path), int(top))

    data = run(counted)
    emit(None, lambda out: write_stats(out, data, format))
