"""The command line: thin commands that build options, call one core function, and report.

Each command maps the core's exceptions to exit codes: 0 clean, 1 findings that fail the gate,
2 usage or input error. Reports go to stdout; progress and summaries to stderr. Heavy modules
are imported inside the commands so that ``claimcheck --help`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from claimcheck import __version__
from claimcheck.cli.archive import archive_app
from claimcheck.cli.options import (
    ArchiveOpt,
    ExtractFormat,
    JobsOpt,
    MaxSizeOpt,
    NoCacheOpt,
    OutputOpt,
    ProjectFormatOpt,
    ProjectOpt,
    emit,
    err,
    jobs_of,
    left_out,
    megabytes,
    progress_bar,
    project_after_command,
    run,
    tune_gc,
)
from claimcheck.fastcli import FastCommand, FastGroup
from claimcheck.io import regexcache, usercache
from claimcheck.report.formats import CheckFormat, ProjectFormat

if TYPE_CHECKING:
    from claimcheck.model import ConflictReport, Mention

app = typer.Typer(
    name="claimcheck",
    cls=FastGroup,
    help="Fact-check numeric claims across sources: extract, register, verify, gate drafts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        print(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """claimcheck: a fact checker for numeric claims across sources."""


def _is_tty() -> bool:
    return sys.stdout.isatty()


@app.command(cls=FastCommand)
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files to read; - reads standard input.", metavar="PATH")
    ],
    format: Annotated[
        ExtractFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (default on a terminal), json, jsonl (a mention a line) or yaml.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY[-MM[-DD]]) to resolve 'last year' against."),
    ] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help="Only these kinds: quantity, date, ordinal.")
    ] = None,
    max_file_size: MaxSizeOpt = "50",
) -> None:
    """Print every numeric mention in the given files."""
    from claimcheck.commands import extract_paths
    from claimcheck.report import json as json_report
    from claimcheck.report import plural, table
    from claimcheck.report import yaml as yaml_report

    results = run(lambda: extract_paths(paths, published, kind, megabytes(max_file_size)))
    chosen = format or (ExtractFormat.table if _is_tty() else ExtractFormat.json)
    files = 0

    def counted() -> Iterator[tuple[str, Iterable[Mention]]]:
        nonlocal files
        for item in results:
            files += 1
            yield item

    def write(out: TextIO) -> int:
        if chosen is ExtractFormat.table:
            return table.mentions(table.console(out), counted())
        if chosen is ExtractFormat.json:
            return json_report.write_extract(out, counted())
        if chosen is ExtractFormat.jsonl:
            return json_report.write_extract_lines(out, counted())
        listed = [(path, list(found)) for path, found in counted()]  # YAML: written whole
        out.write(yaml_report.dumps(json_report.extract_data(listed)))
        return sum(len(m) for _, m in listed)

    found = emit(None, write)
    err(f"extract: {plural(found, 'mention')} in {plural(files, 'file')}")


@app.command(cls=FastCommand)
def sources(project: ProjectOpt = None) -> None:
    """List the project's sources with their metadata and claim counts."""
    from claimcheck.project import open_project
    from claimcheck.report import table

    proj = run(lambda: open_project(project))
    table.sources(table.console(), proj.sources, proj.registry)


@app.command(cls=FastCommand)
def sync(
    project: ProjectOpt = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 when the registry is out of date."),
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="Also update auto claims whose quote stands but whose figure the extractor now "
            "reads differently (verify reports them as CC107).",
        ),
    ] = False,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait", help="When another sync is writing the registry, wait instead of failing."
        ),
    ] = False,
    jobs: JobsOpt = None,
) -> None:
    """Fill and refresh the claim registry (claims/) from the sources."""
    from claimcheck.config import display, find
    from claimcheck.sync import sync_project

    n = run(lambda: jobs_of(jobs))
    cfg = run(lambda: find(project))
    new_folder = not cfg.claims.exists()  # the first sync creates it
    with progress_bar("sync: reading sources") as progress:
        result = run(
            lambda: sync_project(
                cfg, write=not check, refresh=refresh, wait=wait, progress=progress, jobs=n
            )
        )
    if new_folder and cfg.claims.is_dir():
        err(f"sync: created the claims folder {display(cfg.claims)}/")
    err(
        f"sync: {result.added} added, {result.refreshed} updated, {result.orphaned} newly orphaned, "
        f"{result.unchanged} unchanged"
    )
    for path in result.written:
        print(f"wrote {path}")
    if check and (result.added or result.refreshed or result.orphaned):
        raise typer.Exit(1)


@app.command(cls=FastCommand)
def verify(
    project: ProjectOpt = None,
    format: ProjectFormatOpt = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also report quotes that only moved.")
    ] = False,
    output_file: OutputOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Check every claim against its source; exit 1 when a claim no longer holds."""
    from claimcheck.project import open_project
    from claimcheck.report import table
    from claimcheck.report.formats import write_verify
    from claimcheck.verify import verify as do_verify

    n = run(lambda: jobs_of(jobs))
    proj = run(
        lambda: open_project(
            project, use_cache=False if no_cache else None, claims_required=True, go_on=True
        )
    )
    run(lambda: proj.refuse_output(output_file))
    report = run(lambda: do_verify(proj, n))
    emit(
        output_file,
        lambda out: write_verify(out, report, proj, format or ProjectFormat.table, verbose),
    )
    err(table.summary(report))
    left_out(proj.problems)
    if report.failed:
        raise typer.Exit(1)


@app.command(cls=FastCommand)
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to set up (default: here).")] = Path("."),
) -> None:
    """Scaffold a project: claimcheck.yaml, sources/ and claims/."""
    from claimcheck.commands import init_project

    for path in run(lambda: init_project(folder)):
        print(f"created {path}")


@app.command(cls=FastCommand)
def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Drafts or folders (.md, .markdown, .txt); - reads standard input.", metavar="PATH"
        ),
    ],
    project: ProjectOpt = None,
    format: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="text, json, sarif, github (annotations + text), rdjson (reviewdog), junit or claimreview (JSON-LD).",
        ),
    ] = CheckFormat.text,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Verdicts that fail (exit 1), repeated or comma-separated, or none "
            "(default: check.fail_on, contradicted and misattributed).",
        ),
    ] = None,
    output_file: OutputOpt = None,
    stdin_filename: Annotated[
        str | None, typer.Option("--stdin-filename", help="The path to report for what - reads.")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="text: also list supported numbers.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="text: each number's frame, why its claim matched, the candidates rejected and why.",
        ),
    ] = False,
    no_cache: NoCacheOpt = False,
    max_file_size: MaxSizeOpt = "50",
    archive: ArchiveOpt = False,
) -> None:
    """Check every number of editorial drafts against the registry and sources (a CI gate)."""
    from claimcheck.commandline import check_command

    check_command(paths, project, format, fail_on, output_file, stdin_filename,
                  verbose=verbose, explain=explain, no_cache=no_cache,
                  max_file_size=max_file_size, archive=archive)  # fmt: skip


@app.command(cls=FastCommand)
def conflicts(
    project: ProjectOpt = None,
    format: ProjectFormatOpt = None,
    show_all: Annotated[
        bool, typer.Option("--all", "-a", help="Also list conflicts a person has settled.")
    ] = False,
    output_file: OutputOpt = None,
    no_cache: NoCacheOpt = False,
    archive: ArchiveOpt = False,
) -> None:
    """List where claims disagree; exit 1 on an unsettled conflict at or above conflicts.fail_on."""
    if archive:
        _archive_conflicts(project, format, show_all, output_file)
        return
    from claimcheck.compare import project_conflicts
    from claimcheck.project import open_project
    from claimcheck.report import conflicts as conflicts_report
    from claimcheck.report.formats import write_conflicts

    # conflicts read claims only: sources are listed (and checked) but their text is not read
    proj = run(
        lambda: open_project(
            project,
            read_sources=False,
            use_cache=False if no_cache else None,
            claims_required=True,
            go_on=True,
        )
    )
    run(lambda: proj.refuse_output(output_file))
    report = run(lambda: project_conflicts(proj))
    emit(
        output_file,
        lambda out: write_conflicts(out, report, proj, format or ProjectFormat.table, show_all),
    )
    err(conflicts_report.summary(report))
    left_out(proj.problems)
    if report.failed:
        raise typer.Exit(1)


def _archive_conflicts(
    project: Path | None, format: ProjectFormat | None, show_all: bool, output_file: Path | None
) -> None:
    """``conflicts --archive``: the archive index's frames whose figures disagree."""
    from claimcheck.archive.build import archive_of
    from claimcheck.archive.conflicts import archive_conflicts, paths
    from claimcheck.config import display, find
    from claimcheck.io.paths import refuse_overwrite
    from claimcheck.report.archive import conflicts_summary
    from claimcheck.report.formats import write_conflicts

    def load() -> ConflictReport:
        cfg = find(project)
        arch = archive_of(cfg)
        if output_file is not None:
            config = [cfg.path] if cfg.path else []
            refuse_overwrite(output_file, config, [cfg.sources, cfg.claims, arch.path])
        return archive_conflicts(arch.path, display(arch.path), cfg.conflicts_fail_on)

    report = run(load)
    shown = paths(report)
    emit(
        output_file,
        lambda out: write_conflicts(
            out, report, None, format or ProjectFormat.table, show_all, shown
        ),
    )
    err(conflicts_summary(report))
    if report.failed:
        raise typer.Exit(1)


@app.command(name="report", cls=FastCommand)
def report_command(
    drafts: Annotated[
        list[str] | None,
        typer.Argument(
            help="Drafts to show with their numbers marked (.md, .markdown, .txt; - reads stdin).",
            metavar="DRAFT",
        ),
    ] = None,
    project: ProjectOpt = None,
    output_file: OutputOpt = None,
    stdin_filename: Annotated[
        str | None, typer.Option("--stdin-filename", help="The path to report for what - reads.")
    ] = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Write one static HTML page: sources, conflicts side by side, charts per measure, drafts marked."""
    from claimcheck.report import html

    page = run(
        lambda: html.build(
            drafts or [], project, False if no_cache else None, stdin_filename, output_file
        )
    )
    emit(output_file, lambda out: out.write(html.render(page)))
    err(html.summary(page))


app.add_typer(archive_app, name="archive")


def main() -> None:
    """Entry point of the ``claimcheck`` console script."""
    # parsed data files and compiled patterns kept between runs: a third of a cold start
    regexcache.install(usercache.enable())  # once: claimcheck.entry.main may have done it
    tune_gc()
    app(args=project_after_command(sys.argv[1:]))
